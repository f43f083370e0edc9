"""FMT024 line-spacing-out-of-range."""

from __future__ import annotations

from collections.abc import Iterator

from rules.formatting._body import body_format, pt, tally
from rules.formatting._helpers import body_text
from validator.model import Document, Paragraph
from validator.rule import Finding, Related, Rule, Severity

# A single line of Times New Roman is about 1.15 times the font size (its ascent, descent
# and gap): 16.1 pt for 14 pt text, which Word's "Single" gives and "Exactly" must match.
SINGLE = 1.15
TOLERANCE = 0.02  # lines: 1,52 lines typed for 1,5 pass


def described(p: Paragraph) -> str:
    """The paragraph's line spacing as Word's dialog names it."""
    if p.line_rule == "auto":
        lines = p.line_spacing / 240
        return {1.0: "Single", 1.5: "1,5 lines", 2.0: "Double"}.get(lines, f"Multiple {pt(lines)}")
    kind = "Exactly" if p.line_rule == "exact" else "At least"
    return f"{kind} {pt(p.line_spacing / 20)} pt"


def height(p: Paragraph) -> tuple[float, float]:
    """(least, most) height of the paragraph's lines in points."""
    size = p.size or 14.0
    single = SINGLE * size
    if p.line_rule == "auto":
        h = p.line_spacing / 240 * single
        return h, h
    value = p.line_spacing / 20
    if p.line_rule == "exact":
        return value, value
    return max(value, single), max(value, single)


def deviation(p: Paragraph, lines: list[float] | None, least_pt: float | None) -> str | None:
    """Why the paragraph's line spacing is outside ``lines`` ([least, most], in single lines)
    or below ``least_pt`` points, or None."""
    size = p.size or 14.0
    low, high = height(p)
    if lines is not None:
        single = SINGLE * size
        if p.line_rule == "exact" and low < size:
            return "dưới dòng đơn, chữ bị cắt"  # lines closer than the letters are tall
        if p.line_rule == "auto" and low / single < lines[0] - TOLERANCE:
            return "dưới dòng đơn"
        if high / single > lines[1] + TOLERANCE:
            return f"quá {pt(lines[1])} dòng"
    if least_pt is not None and low < least_pt - 0.5:
        return f"dưới {pt(least_pt)} pt"
    return None


class LineSpacingOutOfRange(Rule):
    """Flags body paragraphs whose line spacing is outside what the regulation prescribes.

    Why: Nghị định 30 (Phụ lục I §II.6.e) sets the body's line spacing between single and 1.5
    lines: "Exactly 12 pt" under 13–14 pt text cuts the letters, double spacing doubles the
    page count. Hướng dẫn 36 (§II.1.6.2) asks at least 18 pt (Exactly) in Party documents, more
    than a single line of 14 pt text (about 16 pt). The range is the profile's
    (``[format.body]``). Tables, forms and routing slips are left alone. One finding for the
    document, with how many paragraphs and which spacings.

    Tóm tắt: Giãn dòng phần nội dung ngoài khoảng quy định (dưới dòng đơn, quá 1,5 dòng, hay dưới
    18 pt với văn bản của Đảng).

    Vì sao: Nghị định 30 (Phụ lục I mục II.6.e) quy định khoảng cách giữa các dòng tối thiểu là
    dòng đơn, tối đa 1,5 dòng: "Exactly 12 pt" với chữ 13–14 làm chữ bị cắt, giãn đôi làm văn
    bản dài gấp đôi. Hướng dẫn 36 (mục II.1.6.2) quy định tối thiểu 18 pt (Exactly) cho văn bản
    của Đảng, nhiều hơn một dòng đơn chữ 14 (khoảng 16 pt). Bảng biểu, mẫu biểu và phiếu trình
    không bị xét. Một cảnh báo cho cả văn bản, nêu số đoạn và cách giãn dòng.

    Bad:
        p[center]: **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        p[center]: Số: 12/BC-UBND
        p[center]: **BÁO CÁO**
        p[center]: **Tình hình kinh tế - xã hội tháng 02 năm 2026**
        p[justify, line=1.2]: Trong tháng, Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành triển khai các nhiệm vụ.
        p[justify, line=exact:12]: Tổng thu ngân sách nhà nước trên địa bàn ước đạt 2.150 tỷ đồng.  # expect: FMT024
    Good:
        p[center]: **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        p[center]: Số: 12/BC-UBND
        p[center]: **BÁO CÁO**
        p[center]: **Tình hình kinh tế - xã hội tháng 02 năm 2026**
        p[justify, line=1.2]: Trong tháng, Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành triển khai các nhiệm vụ.
        p[justify, line=exact:18]: Tổng thu ngân sách nhà nước trên địa bàn ước đạt 2.150 tỷ đồng.
    """

    id = "FMT024"
    name = "line-spacing-out-of-range"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        spec = body_format(self.analysis)
        lines = spec.get("line_spacing")
        least = spec.get("line_height")
        if lines is None and least is None:
            return
        rng = [float(x) for x in lines] if lines is not None else None
        wrong: list[tuple[Paragraph, str, str]] = []
        for p in self.analysis.of(body_text):
            why = deviation(p, rng, float(least) if least is not None else None)
            if why is not None:
                wrong.append((p, described(p), why))
        if not wrong:
            return
        first, now, why = wrong[0]
        want = (f"từ dòng đơn đến {pt(rng[1])} dòng" if rng is not None
                else f"tối thiểu {pt(float(least or 0))} pt (Exactly)")
        if len(wrong) == 1:
            message = f"Giãn dòng {now}, {why}; quy định {want}"
        else:
            message = (f"Giãn dòng của {len(wrong)} đoạn văn {why}; quy định {want} "
                       f"({tally([v for _, v, _ in wrong])})")
        yield Finding(
            first.location,
            message,
            suggestion=f"Đặt Giãn dòng (Line spacing) {want} trong Đoạn văn (Paragraph).",
            related=tuple(Related(p.location, f"Giãn dòng {v}") for p, v, _ in wrong[1:11]),
        )
