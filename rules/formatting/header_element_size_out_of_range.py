"""FMT004 header-element-size-out-of-range."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from rules.formatting._helpers import is_form, system
from rules.formatting.body_text_size_inconsistent import fmt_size, paragraph_size
from validator.model import Document, Paragraph
from validator.rule import Finding, Related, Rule, Severity

# (element, Vietnamese name, min, max) per system. HD 36 Phụ lục 3; NĐ 30 Phụ lục I. The state
# number line is 13 in the decree's table; 14 is accepted as it is common in signed texts.
# The ranges in force are the profile's (``size`` in ``[format.<element>]``, which an office
# may tighten); these are the regulations' own, for a profile that gives none.
SIZES = {
    "party": (
        ("motto", "Tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\"", 15, 15),
        ("issuer", "Tên cơ quan ban hành", 14, 14),
        ("number_line", "Số và ký hiệu", 14, 14),
        ("place_date", "Địa danh và ngày tháng", 14, 14),
        ("type_name", "Tên loại văn bản", 15, 16),
        ("summary", "Trích yếu", 14, 15),
    ),
    "state": (
        ("motto", "Quốc hiệu", 12, 13),
        ("slogan", "Tiêu ngữ", 13, 14),
        ("issuer", "Tên cơ quan ban hành", 12, 13),
        ("number_line", "Số và ký hiệu", 13, 14),
        ("place_date", "Địa danh và ngày tháng", 13, 14),
        ("type_name", "Tên loại văn bản", 13, 14),
        ("summary", "Trích yếu", 13, 14),
    ),
}


# Half a point either side: 13,5 for 13 is a rounding of the drafting tool, not a defect.
TOLERANCE = 0.5


class HeaderElementSizeOutOfRange(Rule):
    """Flags a header element (motto, issuer, number, date, type, subject) in the wrong size.

    Why: Hướng dẫn 36 (Phụ lục 3) and Nghị định 30 (Phụ lục I) fix the size of each element of
    the header block: for a Party report the title "ĐẢNG CỘNG SẢN VIỆT NAM" is 15 pt, the
    issuer, number and date line 14 pt, the type name 15–16 pt; for a state document the
    national motto is 12–13 pt and the slogan 13–14 pt. Half a point either side passes. One
    finding for the header block, on its first element out of range, naming every such
    element (the others related).

    Tóm tắt: Cỡ chữ của một thành phần thể thức (quốc hiệu, tên cơ quan, số, ngày, tên loại, trích
    yếu) sai quy định.

    Vì sao: Hướng dẫn 36 (Phụ lục 3) và Nghị định 30 (Phụ lục I) quy định cỡ chữ của từng thành phần
    phần đầu văn bản: với báo cáo của Đảng, tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" cỡ 15, tên cơ quan, số
    và ngày tháng cỡ 14, tên loại cỡ 15–16; với văn bản nhà nước, quốc hiệu cỡ 12–13 và tiêu ngữ cỡ
    13–14.

    Bad:
        p: THÀNH ỦY HẢI PHÒNG
        p: *
        p: Số 28-BC/TU
        p[size=12]: ĐẢNG CỘNG SẢN VIỆT NAM  # expect: FMT004
        p: Hải Phòng, ngày 30 tháng 01 năm 2026
        p[size=15]: BÁO CÁO
        p: tình hình thực hiện nhiệm vụ tháng 01
    Good:
        p: THÀNH ỦY HẢI PHÒNG
        p: *
        p: Số 28-BC/TU
        p[size=15]: ĐẢNG CỘNG SẢN VIỆT NAM
        p: Hải Phòng, ngày 30 tháng 01 năm 2026
        p[size=15]: BÁO CÁO
        p: tình hình thực hiện nhiệm vụ tháng 01
    """

    id = "FMT004"
    name = "header-element-size-out-of-range"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        f = self.analysis.frame
        table = SIZES.get(system(self.analysis) or "")
        if not table:
            return
        if is_form(self.analysis):
            return  # routing slips (phiếu trình, phiếu gửi) and forms have their own layout
        fmt = self.analysis.format
        wrong: list[tuple[Paragraph, str, str, str]] = []  # paragraph, element, size, rule
        for attr, label, least, most in table:
            value = getattr(f, attr)
            paragraphs = value if isinstance(value, list) else [value]
            if attr == "slogan" and f.slogan is f.motto:
                continue
            low, high = _range(fmt, attr, least, most)
            if attr == "summary" and f.summary is not None and f.summary.match.lstrip(
            ).lower().startswith("v/v"):
                low, high = _range(fmt, "subject", 12, 13)  # công văn subject (NĐ 30 Phụ lục I)
            for p in paragraphs:
                if p is None:
                    continue
                size = paragraph_size(p)
                if size is None or low - TOLERANCE <= size <= high + TOLERANCE:
                    continue
                want = fmt_size(low) if low == high else f"{fmt_size(low)}–{fmt_size(high)}"
                wrong.append((p, label, fmt_size(size), want))
                break  # one per element (an issuer may take several lines)
        if not wrong:
            return
        # one finding for the header block, which is set in one go; each element is named
        wrong.sort(key=lambda w: w[0].index)
        parts = [f"{label} cỡ chữ {size}, quy định là {want}" for _, label, size, want in wrong]
        message = parts[0] + "".join(f"; {x[0].lower()}{x[1:]}" for x in parts[1:])
        yield Finding(
            wrong[0][0].location,
            message,
            suggestion="Đặt cỡ chữ theo quy định: " + "; ".join(
                f"{label[0].lower()}{label[1:]} {want}" for _, label, _, want in wrong) + ".",
            related=tuple(Related(p.location, f"{label} cỡ chữ {size}")
                          for p, label, size, _ in wrong[1:]),
        )


def _range(fmt: Mapping[str, Mapping[str, Any]], element: str, low: float,
           high: float) -> tuple[float, float]:
    """The size range of ``element`` in the profile's format, else (low, high)."""
    size = fmt.get(element, {}).get("size")
    if isinstance(size, list | tuple) and len(size) == 2:
        return float(size[0]), float(size[1])
    return low, high
