"""Formatting changed between a draft and its final: page setup, header block, body text.

The header block is found here by its text, independently of soat's own frame analysis (a
benchmark should not measure soat with soat's reading of the page): the national motto or the
Party title, the slogan, the number line ("Số: …/…"), the place-and-date line, the issuer lines
above the motto, the type name in capitals after the date line, and the line under it.

Each change is an :class:`~bench.drafts.align.Edit` of kind ``format``. It counts as checkable
when the draft's value lies outside what the regulations prescribe (Nghị định 30/2020/NĐ-CP
Phụ lục I for state documents, Hướng dẫn 36-HD/VPTW for Party documents), so that a program
could have flagged the draft; a change between two allowed values is reported but not
checkable.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from bench.drafts.align import Edit
from validator.model import Document, Paragraph, fold

# sizes in points: (low, high) per header element; the state number line is 13 in the decree,
# 14 is common in signed texts and accepted (as soat's FMT004 does)
SIZES = {
    "state": {"motto": (12, 13), "slogan": (13, 14), "issuer": (12, 13),
              "number_line": (13, 14), "place_date": (13, 14), "type_name": (13, 14),
              "summary": (13, 14)},
    "party": {"motto": (15, 15), "issuer": (14, 14), "number_line": (14, 14),
              "place_date": (14, 14), "type_name": (15, 16), "summary": (14, 15)},
}
BODY_SIZE = (13, 14)
MARGINS = {"top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20)}  # mm
A4 = (210.0, 297.0)
PAGE_TOLERANCE = 2.0  # mm: Word's own unit conversions
MARGIN_TOLERANCE = 0.1  # mm
FONT = "Times New Roman"
MIXED_SHARE = 0.85  # below this share of the body's dominant size, sizes are mixed
HEAD_SCAN = 40  # header elements are looked for among the first non-empty paragraphs

TYPE_WORDS = ("QUYẾT ĐỊNH", "ĐIỀU LỆ", "KẾ HOẠCH", "BÁO CÁO", "TỜ TRÌNH", "THÔNG BÁO",
              "CÔNG VĂN", "NGHỊ QUYẾT", "KẾT LUẬN", "CHỈ THỊ", "QUY CHẾ", "QUY ĐỊNH",
              "CHƯƠNG TRÌNH", "ĐỀ ÁN", "HƯỚNG DẪN", "THÔNG TƯ", "NGHỊ ĐỊNH", "PHƯƠNG ÁN")


def _upper(p: Paragraph) -> str:
    return fold(p.text).strip().upper().replace("HOÀ", "HÒA")


def _caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def header_elements(doc: Document) -> dict[str, list[Paragraph]]:
    """Header-block paragraphs by element name (each a list; issuer lines may be several)."""
    head = [p for p in doc.body_paragraphs if p.text.strip()][:HEAD_SCAN]
    found: dict[str, list[Paragraph]] = {}

    def first(name: str, pred: object, after: int = -1) -> None:
        for p in head:
            if p.index > after and pred(p):  # type: ignore[operator]
                found[name] = [p]
                return

    first("motto", lambda p: _upper(p).startswith(("CỘNG HÒA XÃ HỘI", "ĐẢNG CỘNG SẢN VIỆT NAM")))
    first("slogan", lambda p: _upper(p).startswith("ĐỘC LẬP - TỰ DO"))
    first("number_line", lambda p: re.match(r"\s*Số\s*[:.]?[\s\d.…_]*/", fold(p.text)))
    first("place_date", lambda p: len(p.text) < 90 and re.search(
        r"^[^,]{2,40},\s*ngày\b.*\bnăm\b", fold(p.text).strip()) is not None)
    if "motto" in found:
        motto = found["motto"][0].index
        issuer = [p for p in head if p.index < motto and _caps(p.text) and len(p.text) < 70
                  and not _upper(p).startswith("SỐ")]
        if issuer:
            found["issuer"] = issuer
    if "place_date" in found:
        first("type_name", lambda p: _caps(p.text) and _upper(p).startswith(TYPE_WORDS),
              found["place_date"][0].index)
    if "type_name" in found:
        first("summary", lambda p: not _caps(p.text) or _upper(p).startswith("V/V"),
              found["type_name"][0].index)
    return found


def _system(doc: Document) -> str:
    head = [_upper(p) for p in doc.body_paragraphs[:HEAD_SCAN]]
    return "party" if any(t.startswith("ĐẢNG CỘNG SẢN VIỆT NAM") for t in head) else "state"


def _inside(value: float | None, low: float, high: float, slack: float = 0.0) -> bool:
    return value is None or low - slack <= value <= high + slack


def _edit(attribute: str, before: object, after: object, checkable: bool,
          element: Sequence[Paragraph] = ()) -> Edit:
    p = element[0] if element else None
    return Edit(
        part="body", paragraph=p.index if p else None, start=0, end=len(p.text) if p else 0,
        before=str(before), after=str(after), draft_text=p.text if p else "",
        kind="format", attribute=attribute, checkable=checkable,
        paragraphs=tuple(q.index for q in element),
    )


def _is_font(name: str | None) -> bool:
    return name is None or name.startswith(FONT)


def section_edits(draft: Document, final: Document) -> Iterable[Edit]:
    for a, b in zip(draft.sections, final.sections):
        if a.page_width and b.page_width and a.page_height and b.page_height and (
            abs(a.page_width - b.page_width) > PAGE_TOLERANCE
            or abs(a.page_height - b.page_height) > PAGE_TOLERANCE
        ):
            a4 = abs(min(a.page_width, a.page_height) - A4[0]) <= PAGE_TOLERANCE and abs(
                max(a.page_width, a.page_height) - A4[1]) <= PAGE_TOLERANCE
            yield _edit("page-size", f"{a.page_width:g}×{a.page_height:g} mm",
                        f"{b.page_width:g}×{b.page_height:g} mm", not a4)
        if a.orientation != b.orientation:
            yield _edit("orientation", a.orientation, b.orientation, False)
        for side, (low, high) in MARGINS.items():
            va, vb = getattr(a, f"margin_{side}"), getattr(b, f"margin_{side}")
            if va is not None and vb is not None and abs(va - vb) > MARGIN_TOLERANCE:
                yield _edit(f"margin-{side}", f"{va:g} mm", f"{vb:g} mm",
                            not _inside(va, low, high, MARGIN_TOLERANCE))


def header_edits(draft: Document, final: Document) -> Iterable[Edit]:
    """One edit per element and attribute (an issuer of two lines changed is one edit)."""
    sizes = SIZES[_system(draft)]
    ha, hb = header_elements(draft), header_elements(final)
    for element, paragraphs in ha.items():
        pairs = list(zip(paragraphs, hb.get(element, [])))
        changed = [(p, q) for p, q in pairs if p.size and q.size and p.size != q.size]
        if changed:
            low, high = sizes.get(element, (0, 99))
            p, q = changed[0]
            yield _edit(f"size of {element}", f"{p.size:g} pt", f"{q.size:g} pt",
                        any(not _inside(p.size, low, high) for p, _ in changed), paragraphs)
        changed = [(p, q) for p, q in pairs if p.font and q.font and p.font != q.font]
        if changed:
            p, q = changed[0]
            yield _edit(f"font of {element}", p.font, q.font,
                        any(not _is_font(p.font) for p, _ in changed), paragraphs)


def _body_runs(doc: Document) -> tuple[Counter[str], Counter[float]]:
    fonts: Counter[str] = Counter()
    sizes: Counter[float] = Counter()
    for p in doc.body_paragraphs:
        if p.table is not None:
            continue
        for r in p.runs:
            n = len(r.text.strip())
            if r.font:
                fonts[r.font] += n
            if r.size:
                sizes[r.size] += n
    return fonts, sizes


def body_edits(draft: Document, final: Document) -> Iterable[Edit]:
    fa, sa = _body_runs(draft)
    fb, sb = _body_runs(final)
    if fa and fb and fa.most_common(1)[0][0] != fb.most_common(1)[0][0]:
        font_a, font_b = fa.most_common(1)[0][0], fb.most_common(1)[0][0]
        yield _edit("body font", font_a, font_b, not _is_font(font_a))
    if sa and sb:
        (size_a, na), (size_b, nb) = sa.most_common(1)[0], sb.most_common(1)[0]
        if size_a != size_b:
            yield _edit("body size", f"{size_a:g} pt", f"{size_b:g} pt",
                        not _inside(size_a, *BODY_SIZE))
        share_a, share_b = na / sum(sa.values()), nb / sum(sb.values())
        if share_a < MIXED_SHARE <= share_b:
            yield _edit("body size mixed", f"{share_a:.0%} in {size_a:g} pt",
                        f"{share_b:.0%} in {size_b:g} pt", True)


def format_edits(draft: Document, final: Document) -> list[Edit]:
    """Every formatting change; a change repeated in several sections counts once."""
    out: dict[tuple[str, str, str], Edit] = {}
    for e in (*section_edits(draft, final), *header_edits(draft, final),
              *body_edits(draft, final)):
        out.setdefault((e.attribute, e.before, e.after), e)
    return list(out.values())
