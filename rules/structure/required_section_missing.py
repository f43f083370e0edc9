"""STR012 required-section-missing: a content section the profile requires is absent."""
# ruff: noqa: E501  (outline examples are one block per line)

from __future__ import annotations

from collections.abc import Iterator

from rules.structure._helpers import expected_title, find_sections, head_location
from validator.model import Document
from validator.rule import Finding, Rule, Severity


class RequiredSectionMissing(Rule):
    """Flags a required content section that the report does not have.

    Why: some kinds of report have fixed parts; the Party committee's monthly report (profile
    party-monthly-report, from practice, not from HD 36) reviews leadership, results,
    shortcomings and the next month's tasks. Headings are matched tolerantly: wording
    variants, case, typed or automatic numbers, Heading styles or bold.

    Tóm tắt: Báo cáo thiếu một phần nội dung bắt buộc theo hồ sơ văn bản.

    Vì sao: Một số loại báo cáo có các phần cố định; báo cáo tháng của ban thường vụ cấp ủy (hồ sơ
    party-monthly-report, theo thực tế, không theo Hướng dẫn 36) gồm công tác lãnh đạo, kết quả, hạn
    chế và nhiệm vụ tháng tới. Đề mục được so khớp linh hoạt: cách diễn đạt khác nhau, chữ hoa chữ
    thường, số gõ tay hoặc tự động, kiểu Heading hoặc chữ đậm.

    Bad:
        table: THÀNH ỦY HẢI PHÒNG{p}*{p}Số 28-BC/TU | ĐẢNG CỘNG SẢN VIỆT NAM{p}Hải Phòng, ngày 30 tháng 01 năm 2026
        p: BÁO CÁO
        p: tình hình thực hiện nhiệm vụ tháng 01; nhiệm vụ trọng tâm tháng 02 năm 2026
        p: I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
        p: II. KẾT QUẢ THỰC HIỆN
        p: III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 02   # expect: STR012
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

    id = "STR012"
    name = "required-section-missing"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        prof = self.profile
        if not prof.sections:
            return
        f = self.analysis.frame
        hits = find_sections(doc, f, prof.sections)
        found = {h.spec.id: h for h in hits}
        specs = sorted(prof.sections, key=lambda s: s.order)
        for spec in specs:
            if spec.id in found:
                continue
            before = [found[s.id] for s in specs if s.order < spec.order and s.id in found]
            after = [found[s.id] for s in specs if s.order > spec.order and s.id in found]
            where = ""
            if before:
                where += f' sau mục "{before[-1].paragraph.display.strip()[:60]}"'
            if after:
                where += f'{"," if before else ""} trước mục "{after[0].paragraph.display.strip()[:60]}"'
            anchor = after[0].paragraph if after else before[-1].paragraph if before else None
            loc = anchor.location if anchor is not None else head_location(doc, f)
            names = ", ".join(f'"{a}"' for a in spec.aliases[:3] if a != spec.title)
            yield Finding(
                loc,
                f'Thiếu mục bắt buộc "{expected_title(spec)}" của {prof.title or prof.name}'
                + (f" (cần đứng{where})" if where else ""),
                suggestion=(
                    f'Thêm mục "{expected_title(spec).upper()}"{where}'
                    + (f"; cũng chấp nhận các tên {names}" if names else "") + "."
                ),
            )
