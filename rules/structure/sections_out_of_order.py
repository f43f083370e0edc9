"""STR013 sections-out-of-order: required content sections appear in the wrong order."""
# ruff: noqa: E501  (outline examples are one block per line)

from __future__ import annotations

from collections.abc import Iterator

from rules.structure._helpers import SectionHit, expected_title, find_sections, nested
from validator.model import Document
from validator.rule import Finding, Related, Rule, Severity


class SectionsOutOfOrder(Rule):
    """Flags a required content section that comes after one the profile puts later.

    Why: a report whose parts are shuffled (tasks for next month before the shortcomings
    they answer) is hard to read and to compare month by month. A section nested inside
    another (a "1. Công tác lãnh đạo, chỉ đạo" under "I. Kết quả thực hiện") is not out of
    order.

    Tóm tắt: Các phần nội dung bắt buộc không đúng thứ tự.

    Vì sao: Báo cáo có các phần bị đảo (nhiệm vụ tháng tới đứng trước hạn chế mà nó khắc phục) khó
    đọc và khó so sánh giữa các tháng. Một phần nằm bên trong phần khác ("1. Công tác lãnh đạo, chỉ
    đạo" dưới "I. Kết quả thực hiện") không bị coi là sai thứ tự.

    Bad:
        table: THÀNH ỦY HẢI PHÒNG{p}*{p}Số 28-BC/TU | ĐẢNG CỘNG SẢN VIỆT NAM{p}Hải Phòng, ngày 30 tháng 01 năm 2026
        p: BÁO CÁO
        p: tình hình thực hiện nhiệm vụ tháng 01; nhiệm vụ trọng tâm tháng 02 năm 2026
        p: I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
        p: II. KẾT QUẢ THỰC HIỆN
        p: III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 02
        p: IV. MỘT SỐ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN   # expect: STR013
        table: Nơi nhận:{p}- Lưu Văn phòng Thành ủy. | T/M BAN THƯỜNG VỤ{p}BÍ THƯ{p}Nguyễn Văn A
    Good:
        table: THÀNH ỦY HẢI PHÒNG{p}*{p}Số 28-BC/TU | ĐẢNG CỘNG SẢN VIỆT NAM{p}Hải Phòng, ngày 30 tháng 01 năm 2026
        p: BÁO CÁO
        p: tình hình thực hiện nhiệm vụ tháng 01; nhiệm vụ trọng tâm tháng 02 năm 2026
        p: I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
        p: II. KẾT QUẢ THỰC HIỆN
        p: III. MỘT SỐ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN
        p: IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 02
        table: Nơi nhận:{p}- Lưu Văn phòng Thành ủy. | T/M BAN THƯỜNG VỤ{p}BÍ THƯ{p}Nguyễn Văn A
    """

    id = "STR013"
    name = "sections-out-of-order"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        prof = self.profile
        if len(prof.sections) < 2:
            return
        hits = find_sections(doc, self.analysis.frame, prof.sections)
        seen: list[SectionHit] = []
        for hit in hits:
            later = [h for h in seen if h.spec.order > hit.spec.order
                     and not nested(h.paragraph, hit.paragraph)]
            seen.append(hit)
            if not later:
                continue
            first = min(later, key=lambda h: h.spec.order)
            p = hit.paragraph
            yield Finding(
                p.location,
                f'Mục "{p.display.strip()[:70]}" ({expected_title(hit.spec)}) đứng sau mục '
                f'"{first.paragraph.display.strip()[:70]}" ({expected_title(first.spec)})',
                suggestion=(
                    "Sắp xếp các mục theo thứ tự: "
                    + "; ".join(expected_title(s) for s in sorted(prof.sections, key=lambda s: s.order))
                    + "."
                ),
                related=(Related(first.paragraph.location, "mục đặt trước",
                                 first.paragraph.text[:80]),),
            )
