"""FMT005 page-margin-out-of-range."""

from __future__ import annotations

from collections.abc import Iterator

from rules.formatting._helpers import is_form, system
from validator.model import BODY, Document, Location, Section
from validator.rule import Finding, Rule, Severity

# (top, bottom, left, right) as (min, max) in millimetres.
MARGINS = {
    "party": ((20, 20), (20, 20), (30, 30), (15, 15)),  # HD 36 §II.4.3
    "state": ((20, 25), (20, 25), (30, 35), (15, 20)),  # NĐ 30 Phụ lục I
}
SIDES = ("trên", "dưới", "trái", "phải")
# Word stores twips and drafters type centimetres or inches: 20 mm is often 19.9, 20.1 or
# 19.05 (0.75"); a difference of 2 mm or less is no reason to send a draft back.
TOLERANCE = 2.0


def _mm(value: float) -> str:
    """Millimetres as Vietnamese write them: "12,5", "20"."""
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def section_location(doc: Document, section: Section) -> Location:
    """Where a finding about a page setup stands: the whole document when it has one section,
    else the section's first paragraph outside a table, or its first table as a whole (never
    a table cell that happens to come first, such as the header block's or an "STT" cell)."""
    if len(doc.sections) <= 1:
        return Location(part=BODY)
    inside = [p for p in doc.body_paragraphs if p.page_section == section.index]
    para = next((p for p in inside if p.table is None), None)
    if para is not None:
        return para.location
    if inside:
        return Location(part=BODY, table=inside[0].table, section=inside[0].section)
    return Location(part=BODY)


def _range(low: float, high: float) -> str:
    return _mm(low) if low == high else f"{_mm(low)}–{_mm(high)}"


def allowed_margins(
    spec: tuple[tuple[float, float], ...], section: Section
) -> tuple[tuple[float, float], ...]:
    """Per side (top, bottom, left, right), the range allowed for this section.

    A landscape section (appendix tables) may keep the portrait margins or rotate them, and
    Word's rotation direction depends on how the drafter turned the page, so each side is
    allowed anything between the smallest and the largest value of any side.
    """
    if section.orientation != "landscape":
        return spec
    low = min(s[0] for s in spec)
    high = max(s[1] for s in spec)
    return ((low, high),) * 4


class PageMarginOutOfRange(Rule):
    """Flags a section whose page margins differ from the regulation's.

    Why: Hướng dẫn 36 fixes the margins of Party documents at top 20, bottom 20, left 30 and
    right 15 mm; Nghị định 30 gives ranges for state documents (top and bottom 20–25, left
    30–35, right 15–20 mm). Landscape appendix pages may rotate them. Differences of up to
    2 mm (rounding in Word, margins typed in inches) are accepted. Mirrored margins for
    two-sided printing are not checked. The finding stands for the whole document, or for the
    section concerned when the document has several.

    Tóm tắt: Lề trang khác với quy định.

    Vì sao: Hướng dẫn 36 quy định lề văn bản của Đảng: trên 20, dưới 20, trái 30, phải 15 mm; Nghị
    định 30 cho khoảng với văn bản nhà nước (trên và dưới 20–25, trái 30–35, phải 15–20 mm). Trang
    phụ lục nằm ngang có thể xoay lề. Chênh lệch dưới 1 mm (do Word làm tròn) được chấp nhận. Lề đối
    xứng để in hai mặt không bị kiểm tra.

    Bad:
        # expect: FMT005
        margins: 15 15 20 10
        p: THÀNH ỦY HẢI PHÒNG
        p: *
        p: Số 28-BC/TU
        p: ĐẢNG CỘNG SẢN VIỆT NAM
        p: Hải Phòng, ngày 30 tháng 01 năm 2026
        p: BÁO CÁO
    Good:
        margins: 20 20 30 15
        p: THÀNH ỦY HẢI PHÒNG
        p: *
        p: Số 28-BC/TU
        p: ĐẢNG CỘNG SẢN VIỆT NAM
        p: Hải Phòng, ngày 30 tháng 01 năm 2026
        p: BÁO CÁO
    """

    id = "FMT005"
    name = "page-margin-out-of-range"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        if is_form(self.analysis):
            return  # a routing slip, a form or a text without a document frame
        spec = MARGINS.get(system(self.analysis) or "")
        if spec is None:
            return
        seen: set[tuple[object, ...]] = set()
        for section in doc.sections:
            values = (
                section.margin_top, section.margin_bottom,
                section.margin_left, section.margin_right,
            )
            if (section.orientation, values) in seen:
                continue  # the same page setup repeated in the next section
            seen.add((section.orientation, values))
            allowed = allowed_margins(spec, section)
            wrong = [
                f"lề {side} {_mm(v)} mm (quy định {_range(*rng)} mm)"
                for side, v, rng in zip(SIDES, values, allowed, strict=True)
                if v is not None and not rng[0] - TOLERANCE <= v <= rng[1] + TOLERANCE
            ]
            if not wrong:
                continue
            where = f"Phần {section.index + 1} của văn bản" if len(doc.sections) > 1 else (
                "Văn bản")
            yield Finding(
                section_location(doc, section),
                f"{where} có {', '.join(wrong)}",
                suggestion="Sửa lề trang trong Bố cục > Lề (Layout > Margins).",
            )
