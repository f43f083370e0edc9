"""FMT012 paper-size-not-a4."""

from __future__ import annotations

from collections.abc import Iterator

from rules.formatting._helpers import is_form
from rules.formatting.page_margin_out_of_range import section_location
from validator.model import BODY, Document, Location, Section
from validator.rule import Finding, Rule, Severity

A4 = (210.0, 297.0)
# Word stores twips; "A4" set by hand or by another program is often 209,9 × 297 or 210,1 ×
# 296,9 mm.
TOLERANCE = 2.0
NAMED = {(215.9, 279.4): "Letter", (215.9, 355.6): "Legal", (148.0, 210.0): "A5",
         (297.0, 420.0): "A3", (182.0, 257.0): "B5"}


def _mm(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def _name(short: float, long: float) -> str:
    for (w, h), name in NAMED.items():
        if abs(short - w) <= 1 and abs(long - h) <= 1:
            return f"{name} ({_mm(w)} × {_mm(h)} mm)"
    return f"{_mm(short)} × {_mm(long)} mm"


def _size(section: Section) -> tuple[float, float] | None:
    if section.page_width is None or section.page_height is None:
        return None
    short, long = sorted((section.page_width, section.page_height))
    return short, long


class PaperSizeNotA4(Rule):
    """Flags a document (or one of its sections) set on paper other than A4, such as Letter.

    Why: Hướng dẫn 36 (§II.4.2) and Nghị định 30 (Phụ lục I) prescribe A4 paper (210 × 297
    mm, portrait, or landscape for wide tables). A document left on US Letter (215,9 × 279,4
    mm), the default of many Word installations, prints on A4 with its lines and margins
    shifted; 19 real files of the corpus are set so. Sizes within 2 mm of A4 pass, in either
    orientation. Forms and routing slips (no number line and no type name) are not checked.

    Tóm tắt: Văn bản (hoặc một phần) dùng khổ giấy khác A4, ví dụ khổ Letter.

    Vì sao: Hướng dẫn 36 (mục II.4.2) và Nghị định 30 (Phụ lục I) quy định khổ giấy A4 (210 × 297
    mm, trang đứng, hoặc nằm ngang với bảng rộng). Văn bản để khổ Letter của Mỹ (215,9 × 279,4 mm),
    mặc định của nhiều bản Word, khi in ra giấy A4 sẽ lệch dòng và lệch lề; 19 tệp thật trong kho
    văn bản để như vậy. Khổ giấy lệch A4 không quá 2 mm được chấp nhận, theo cả hai chiều. Mẫu biểu,
    phiếu trình (không có số, ký hiệu và tên loại) không bị kiểm tra.

    Bad:
        # expect: FMT012
        page: letter
        p: Số: 12/BC-UBND
        p: BÁO CÁO
        p: Tình hình kinh tế - xã hội tháng 02 năm 2026
    Good:
        page: A4
        p: Số: 12/BC-UBND
        p: BÁO CÁO
        p: Tình hình kinh tế - xã hội tháng 02 năm 2026
    """

    id = "FMT012"
    name = "paper-size-not-a4"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        if not doc.sections or is_form(self.analysis):
            return
        wrong = [(s, size) for s in doc.sections
                 if (size := _size(s)) is not None
                 and not (abs(size[0] - A4[0]) <= TOLERANCE and abs(size[1] - A4[1]) <= TOLERANCE)]
        if not wrong:
            return
        if len(wrong) == len(doc.sections) and len({size for _, size in wrong}) == 1:
            # the whole document: one finding, for the document
            yield self._finding(Location(part=BODY), "Văn bản", wrong[0][1])
            return
        seen: set[tuple[float, float]] = set()
        for section, size in wrong:
            if size in seen:
                continue
            seen.add(size)
            yield self._finding(section_location(doc, section),
                                f"Phần {section.index + 1} của văn bản", size)

    @staticmethod
    def _finding(location: Location, where: str, size: tuple[float, float]) -> Finding:
        return Finding(
            location,
            f"{where} dùng khổ giấy {_name(*size)}, không phải khổ A4 (210 × 297 mm) theo "
            "quy định",
            suggestion="Chọn khổ A4 trong Bố cục > Khổ giấy (Layout > Size), rồi xem lại lề "
            "trang và bảng biểu.",
        )
