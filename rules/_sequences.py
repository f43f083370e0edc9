"""Shared analyses of the numbering and cross-reference rules.

- ``stt_value``: what an STT cell holds (a row number, a group label "II"/"II.1", a letter…);
- ``stt_tables``: the STT column of every data table, with tables split over several Word
  tables (identical header rows) joined into one sequence and repeated header rows dropped;
- ``appendices``: the appendix headings ("PHỤ LỤC 1") with their title and note lines;
- ``appendix_citations``: where the text cites an appendix ("(Phụ lục 3 kèm theo)").

Everything is computed once per document and cached on the rule context.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import msgspec

from validator import recache
from validator.model import Document, Paragraph, Table, fold
from validator.numerals import roman_value
from validator.rule import Context

# -- STT cells ----------------------------------------------------------------------------

STT_HEADERS = {"stt", "tt", "số tt", "số thứ tự", "s tt", "thứ tự", "stt.", "số tt."}
_INT_RE = recache.compile(r"^\(?(\d{1,4})\)?\.?$")
_ROMAN_RE = recache.compile(r"^([IVXLC]{1,6})\.?$")
_DOTTED_RE = recache.compile(r"^([IVXLC]{1,6}|\d{1,3})\.(\d{1,3})\.?$")
_LETTER_RE = recache.compile(r"^([a-zđA-ZĐ])[.)]?$")


class SttValue(msgspec.Struct, frozen=True):
    kind: str  # "int", "roman", "dotted", "letter", "mark", "empty", "text", "band"
    value: int | None = None
    parent: str | None = None  # "II" in "II.1"
    text: str = ""


def stt_value(text: str) -> SttValue:
    """Classify the text of an STT cell."""
    t = " ".join(fold(text).split())
    if not t:
        return SttValue("empty")
    m = _INT_RE.match(t)
    if m:
        return SttValue("int", int(m.group(1)), text=t)
    m = _ROMAN_RE.match(t)
    if m and roman_value(m.group(1)) is not None:
        return SttValue("roman", roman_value(m.group(1)), text=t)
    m = _DOTTED_RE.match(t)
    if m:
        return SttValue("dotted", int(m.group(2)), m.group(1), text=t)
    m = _LETTER_RE.match(t)
    if m:
        return SttValue("letter", None, text=t)
    if t in ("-", "+", "*", "•"):
        return SttValue("mark", text=t)
    return SttValue("text", text=t)


def _norm_header(text: str) -> str:
    return " ".join(fold(text).lower().replace(":", " ").split())


class SttRow(msgspec.Struct):
    value: SttValue
    paragraph: Paragraph | None  # the STT cell's first paragraph (for the location)
    table: Table
    row: int


class SttTable(msgspec.Struct):
    """One numbered list of rows, possibly spread over several Word tables."""

    tables: list[Table]
    column: int
    named: bool  # the column is headed "STT"/"TT"
    rows: list[SttRow] = msgspec.field(default_factory=list)


def _row_texts(table: Table, r: int) -> tuple[str, ...]:
    return tuple(" ".join(c.text.split()) for c in table.rows[r].cells)


def _is_column_number_row(table: Table, r: int, first: bool) -> bool:
    """A row that numbers the columns: "1 | 2 | 3 | 4" or "(1) | (2) | (3)" or "A | B | 1";
    in a narrow table, only right under the header."""
    vals = []
    for c in table.rows[r].cells:
        v = stt_value(c.text)
        if v.kind not in ("int", "empty", "letter"):
            return False  # any other cell rules the row out: stop at the first one
        vals.append(v)
    ints = [v.value for v in vals if v.kind == "int" and v.value is not None]
    enough = len(ints) >= 3 or (first and len(ints) == len(vals) >= 2 and ints[0] == 1)
    return enough and all(b == a + 1 for a, b in zip(ints, ints[1:]))


def _header_rows(table: Table) -> list[int]:
    """Header rows: marked as repeating, else the rows before the first numbered row."""
    marked = [r.index for r in table.rows if r.is_header]
    if marked:
        return marked
    out: list[int] = []
    for r in table.rows[:3]:
        texts = [_norm_header(c.text) for c in r.cells]
        if any(t in STT_HEADERS for t in texts):
            out.append(r.index)
            # a merged header continues on the next row (cells spanning two rows)
            if any(c.rowspan > 1 for c in r.cells):
                out.append(r.index + 1)
            break
    return out


def _stt_column(table: Table, header: list[int]) -> tuple[int, bool] | None:
    for r in header:
        for c in table.rows[r].cells:
            if _norm_header(c.text) in STT_HEADERS:
                return c.col, True
    # fallback: a first column of mostly small increasing integers
    grid = table.grid()
    vals = []
    for r in range(len(table.rows)):
        if r in header:
            continue
        cell = grid[r][0] if table.columns else None
        if cell is not None and cell.row == r:
            vals.append(stt_value(cell.text))
    ints = [v.value for v in vals if v.kind == "int" and v.value is not None]
    filled = [v for v in vals if v.kind not in ("empty",)]
    if len(ints) < 3 or len(ints) < 0.6 * len(filled) or min(ints) > 2:
        return None
    rising = sum(1 for a, b in zip(ints, ints[1:]) if b > a)
    if rising < 0.8 * (len(ints) - 1) or max(ints) > 4 * len(ints) + 5:
        return None
    return 0, False


def stt_tables(doc: Document, ctx: Context | None = None) -> list[SttTable]:
    """The STT sequences of the document's tables (cached on the context)."""
    if ctx is not None and "stt_tables" in ctx.cache:
        return ctx.cache["stt_tables"]  # type: ignore[no-any-return]
    out: list[SttTable] = []
    prev: tuple[Table, tuple[tuple[str, ...], ...], SttTable] | None = None
    for table in doc.tables(nested=False):
        if table.borderless or len(table.rows) < 2:
            continue
        header = _header_rows(table)
        found = _stt_column(table, header)
        if found is None:
            prev = None
            continue
        col, named = found
        head_text = tuple(_row_texts(table, r) for r in header)
        if prev is not None and head_text and head_text == prev[1] and col == prev[2].column:
            seq = prev[2]
            seq.tables.append(table)
        else:
            seq = SttTable([table], col, named)
            out.append(seq)
        prev = (table, head_text, seq)
        grid = table.grid()
        head_sizes = {len(h) for h in head_text}  # a row equal to a header row has its size
        for r in range(len(table.rows)):
            if r in header or (
                len(table.rows[r].cells) in head_sizes and _row_texts(table, r) in head_text
            ):
                continue
            if _is_column_number_row(table, r, r == max(header, default=-1) + 1):
                continue
            cell = grid[r][col]
            if cell is None or cell.row != r:
                continue  # merged from the row above
            v = stt_value(cell.text)
            if _norm_header(cell.text) in STT_HEADERS:
                continue
            cells = table.rows[r].cells
            if v.kind in ("empty", "text") and len(cells) <= 2 and any(c.span > 1 for c in cells):
                v = SttValue("band", text=v.text)  # a title row across the table
            para = cell.paragraphs[0] if cell.paragraphs else None
            seq.rows.append(SttRow(v, para, table, r))
    if ctx is not None:
        ctx.cache["stt_tables"] = out
    return out


# -- appendices ---------------------------------------------------------------------------


class Appendix(msgspec.Struct):
    heading: Paragraph
    number: str | None  # as typed: "3", "03", "III", None when unnumbered
    value: int | None
    numerals: str | None  # "arabic" | "roman" | None
    title: Paragraph | None = None
    note: Paragraph | None = None  # "(Kèm theo …)" / "(theo …)" line under the title
    end: int = 1 << 30  # index of the first paragraph after the appendix


_APP_NUM_RE = recache.compile(r"(?i)^\s*ph[ụu]\s*l[ụu]\s*c\s+(?:s[ốo]\s+)?([0-9]+|[IVXLC]+)\b")


def appendices(doc: Document, ctx: Context | None = None) -> list[Appendix]:
    """The appendix headings, in order, with their title and note lines."""
    if ctx is not None and "appendices" in ctx.cache:
        return ctx.cache["appendices"]  # type: ignore[no-any-return]
    out: list[Appendix] = []
    body = [p for p in doc.paragraphs(tables=False) if not p.in_textbox]
    for i, p in enumerate(body):
        if p.outline_kind != "appendix":
            continue
        m = _APP_NUM_RE.match(fold(p.text))
        number = m.group(1) if m else None
        numerals = None if number is None else ("arabic" if number.isdigit() else "roman")
        app = Appendix(p, number, p.outline_value, numerals)
        rest = [q for q in body[i + 1:i + 6] if q.text.strip()]
        for q in rest[:3]:
            if q.outline_kind == "appendix":
                break
            t = q.text.strip()
            if t.startswith("(") and app.note is None:
                app.note = q
            elif app.title is None and app.note is None and not t.startswith("("):
                app.title = q
        if out:
            out[-1].end = p.index
        out.append(app)
    if ctx is not None:
        ctx.cache["appendices"] = out
    return out


def standalone(doc: Document, apps: list[Appendix]) -> bool:
    """The file is itself one appendix of a larger document (fewer than three paragraphs of
    text before its first appendix heading): its sibling appendices are elsewhere."""
    if not apps:
        return False
    index = apps[0].heading.index
    before = [p for p in doc.paragraphs(tables=False) if p.index < index and p.text.strip()]
    return len(before) < 3


def appendix_of(apps: list[Appendix], p: Paragraph) -> Appendix | None:
    """The appendix a body paragraph stands in, if any."""
    for a in apps:
        if a.heading.index <= p.index < a.end:
            return a
    return None


# -- citations of appendices --------------------------------------------------------------

_CITE_RE = recache.compile(
    r"(?i)(?<![\w])(?:các\s+)?ph[ụu]\s+l[ụu]c(?:\s+s[ốo])?"
    r"(?P<nums>(?:\s*(?:,|và|-|đến|;)?\s*(?:0?\d{1,2}|(?-i:[IVXLC]{1,5}))(?![\w/.-]\d)(?!\w))*)"
)
# the part every _CITE_RE match holds, without the look-behind and the optional prefix: a
# cheap test that spares most paragraphs the full pattern
_CITE_CORE = recache.compile(r"(?i)ph[ụu]\s+l[ụu]c")
_NUM_TOKEN = recache.compile(r"(?<!\w)(?:0?\d{1,2}|[IVXLC]{1,5})(?!\w)")
# a citation of another document's appendix: "Phụ lục I Nghị định 30/2020/NĐ-CP",
# "Phụ lục 3 của Hướng dẫn 36", "Phụ lục ban hành kèm theo Quyết định số…"
_FOREIGN_RE = recache.compile(
    r"(?i)^[\s,.:;)]*(?:\(?(?:ban hành\s+)?(?:kèm theo|của|tại|thuộc|theo)\s+)?"
    r"(?:nghị định|nghị quyết|quyết định|thông tư|luật|hướng dẫn|chỉ thị|kết luận|"
    r"kế hoạch|chương trình|công văn|văn bản|thông báo|quy định|quy chế|đề án|tờ trình|"
    r"báo cáo số|ban hành|số\s+\d)"
)


# "kèm theo Kế hoạch này": this document
_THIS_RE = recache.compile(r"^[^.;()\d]{0,40}?\bnày\b")


class AppendixCite(msgspec.Struct, frozen=True):
    paragraph: Paragraph
    offset: int
    length: int
    numbers: tuple[int, ...]  # empty when the citation names no number
    text: str


def appendix_citations(doc: Document, ctx: Context | None = None) -> list[AppendixCite]:
    """Citations of this document's appendices in its text (notes included), outside the
    appendix headings themselves. Comments and deleted text are never read."""
    if ctx is not None and "appendix_cites" in ctx.cache:
        return ctx.cache["appendix_cites"]  # type: ignore[no-any-return]
    out: list[AppendixCite] = []
    paras = [*doc.body_paragraphs, *doc.textboxes, *doc.note_paragraphs()]
    for p in paras:
        if p.outline_kind == "appendix" or _CITE_CORE.search(p.match) is None:
            continue
        for m in _CITE_RE.finditer(p.match):
            tail = p.match[m.end():m.end() + 60]
            if _FOREIGN_RE.match(tail) and not _THIS_RE.match(tail):
                continue
            nums: list[int] = []
            for tok in _NUM_TOKEN.findall(m.group("nums")):
                v = int(tok) if tok.isdigit() else roman_value(tok.upper())
                if v is not None:
                    nums.append(v)
            span = p.match[m.start():m.end()].rstrip(" ,;-")
            if re.search(r"(?i)(đến|-)\s*\S+$", span) and len(nums) >= 2:
                a, b = nums[-2], nums[-1]
                if a < b <= a + 20:
                    nums[-1:] = list(range(a + 1, b + 1))
            text = p.text[m.start():m.start() + len(span)]
            out.append(AppendixCite(p, m.start(), len(span), tuple(nums), text))
    if ctx is not None:
        ctx.cache["appendix_cites"] = out
    return out


# -- footnotes typed by hand --------------------------------------------------------------

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_RE = recache.compile(f"[{SUPERSCRIPT_DIGITS}]+")
_NOTE_START = recache.compile(r"^\s*(\d{1,3})\s*[.)]?\s+(?=\S)")
# a superscript after a unit or a number is an exponent: m², km², 10⁶
_UNIT_BEFORE = recache.compile(r"(?:\d|\b(?:m|km|cm|mm|dm|ha|m3|x))\s?$", re.IGNORECASE)


def _sup_int(s: str) -> int | None:
    t = s.translate(str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")).strip()
    return int(t) if t.isdigit() and len(t) <= 3 else None


class TypedMark(msgspec.Struct, frozen=True):
    paragraph: Paragraph
    offset: int
    length: int
    number: int


class TypedNotes(msgspec.Struct):
    marks: list[TypedMark]
    notes: list[tuple[Paragraph, int]]  # the note paragraphs and their numbers


def _body_size(doc: Document) -> float | None:
    sizes: dict[float, int] = {}
    for p in doc.paragraphs(tables=False):
        if p.size and not _NOTE_START.match(p.text) and not _SUP_RE.match(p.text.lstrip()):
            sizes[p.size] = sizes.get(p.size, 0) + len(p.text)
    return max(sizes, key=lambda k: sizes[k]) if sizes else doc.default_size


def typed_notes(doc: Document, ctx: Context | None = None) -> TypedNotes:
    """Footnotes typed by hand, as converters leave them: superscript digits in the text
    (superscript runs or ¹²³) and note paragraphs starting with the same number, either
    superscript or smaller than the body text. Empty when the document has no note
    paragraphs (superscripts alone are units and exponents)."""
    if ctx is not None and "typed_notes" in ctx.cache:
        return ctx.cache["typed_notes"]  # type: ignore[no-any-return]
    size = _body_size(doc)
    notes: list[tuple[Paragraph, int]] = []
    note_ids: set[int] = set()
    for p in doc.paragraphs(tables=False):
        n = _note_number(p, size)
        if n is not None:
            notes.append((p, n))
            note_ids.add(p.index)
    marks: list[TypedMark] = []
    if notes:
        for p in doc.paragraphs():
            if p.index in note_ids:
                continue
            for off, length, n in _marks(p):
                marks.append(TypedMark(p, off, length, n))
    if not marks:
        notes = []  # small numbered paragraphs without any mark are not footnotes
    out = TypedNotes(marks, notes)
    if ctx is not None:
        ctx.cache["typed_notes"] = out
    return out


def _note_number(p: Paragraph, size: float | None) -> int | None:
    text = p.text
    m = _SUP_RE.match(text.lstrip())
    if m:
        return _sup_int(m.group(0))
    first = next((r for r in p.runs if r.text.strip()), None)
    if first is not None and first.superscript:
        n = _sup_int(first.text)
        if n is not None and len(text.strip()) > len(first.text.strip()):
            return n
    m = _NOTE_START.match(text)
    if m and size and p.size and p.size <= size - 1.5 and p.outline_kind != "arabic":
        return int(m.group(1))
    return None


def _marks(p: Paragraph) -> Iterator[tuple[int, int, int]]:
    for r in p.runs:
        if r.superscript and r.text.strip():
            n = _sup_int(r.text)
            if n is not None and not _UNIT_BEFORE.search(p.text[:r.start]):
                yield r.start, r.end - r.start, n
    for m in _SUP_RE.finditer(p.text):
        n = _sup_int(m.group(0))
        if n is not None and not _UNIT_BEFORE.search(p.text[:m.start()]):
            yield m.start(), m.end() - m.start(), n
