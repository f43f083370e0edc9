"""Reading a report's tables: the STT column of each data table, and table views.

- ``stt_value``: what an STT cell holds (a row number, a group label "II"/"II.1", a letter…);
- ``stt_tables``: the STT column of every data table, with tables split over several Word
  tables (identical header rows) joined into one sequence and repeated header rows dropped;
- ``table_views``: each data table read once: its header rows, the label, unit, order,
  evaluation, current-period and summary columns, and the notation ("vi"/"en") of each
  numeric column.

``analysis.stt_tables`` and ``analysis.table_views`` compute them once per document.
"""

from __future__ import annotations

import msgspec

from validator import recache
from validator.analysis.numbers import (
    NUMBER_RE,
    Figure,
    cell_figure,
    classify,
    context_notation,
    unit_of,
)
from validator.analysis.text import norm
from validator.model import Document, Paragraph, Table, fold
from validator.numerals import roman_value

# -- STT columns ----------------------------------------------------------------------------

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


def _stt_header_rows(table: Table) -> list[int]:
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


def stt_tables(doc: Document) -> list[SttTable]:
    """The STT sequences of the document's tables."""
    out: list[SttTable] = []
    prev: tuple[Table, tuple[tuple[str, ...], ...], SttTable] | None = None
    for table in doc.tables(nested=False):
        if table.borderless or len(table.rows) < 2:
            continue
        header = _stt_header_rows(table)
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
    return out


# -- table views --------------------------------------------------------------------------

LABEL_HEAD = recache.compile(r"chỉ tiêu|danh mục|nội dung|tên|hạng mục|dự án|lĩnh vực")
UNIT_HEAD = recache.compile(r"đơn vị tính|^đvt|đơn vị$")
ORDER_HEAD = recache.compile(r"^(?:stt|tt|số tt|số thứ tự|0)$")
EVAL_HEAD = recache.compile(r"đánh giá")
CURRENT_HEAD = recache.compile(r"(?:ưth|ước thực hiện|thực hiện|kết quả|ước tính|ước đạt).*tháng")
SUMMARY_HEAD = recache.compile(r"tóm tắt")


class TableView(msgspec.Struct):
    """A data table read once: header rows, special columns and column notations."""

    table: Table
    header_rows: int
    headers: list[str]
    label_col: int | None = None
    unit_col: int | None = None
    order_col: int | None = None
    eval_col: int | None = None
    current_col: int | None = None
    summary_col: int | None = None
    notation: dict[int, str | None] = msgspec.field(default_factory=dict)
    # text(row, col) read once: several rules read every cell (the model is immutable)
    _texts: dict[tuple[int, int], str] = msgspec.field(default_factory=dict)

    def text(self, row: int, col: int) -> str:
        hit = self._texts.get((row, col))
        if hit is None:
            hit = self._texts[(row, col)] = self._text(row, col)
        return hit

    def _text(self, row: int, col: int) -> str:
        cell = self.table.cell_at(row, col)
        if cell is None or (cell.row != row and cell.rowspan > 1 and row >= self.header_rows):
            return "" if cell is None or cell.row != row else cell.text
        return cell.text if cell.col == col else ""

    def paragraph(self, row: int, col: int) -> Paragraph | None:
        cell = self.table.cell_at(row, col)
        return cell.paragraphs[0] if cell is not None and cell.paragraphs else None

    def data_rows(self) -> range:
        return range(self.header_rows, len(self.table.rows))

    def figure(self, row: int, col: int) -> Figure | None:
        return cell_figure(self.text(row, col), self.notation.get(col))

    def unit(self, row: int) -> tuple[int, str | None]:
        return unit_of(self.text(row, self.unit_col)) if self.unit_col is not None else (1, None)


def _header_rows(t: Table) -> int:
    n = sum(1 for r in t.rows if r.is_header)
    if n:
        return n
    if not t.rows:
        return 0
    return max((c.rowspan for c in t.rows[0].cells), default=1)


def table_view(t: Table) -> TableView:
    h = min(_header_rows(t), len(t.rows))
    grid = t.grid()
    headers = []
    for c in range(t.columns):
        seen: list[str] = []
        for r in range(h):
            cell = grid[r][c]
            if cell is not None and cell.text.strip() and cell.text.strip() not in seen:
                seen.append(cell.text.strip())
        headers.append(" ".join(norm(" ".join(seen)).split()))
    v = TableView(t, h, headers)
    for c, head in enumerate(headers):
        above = grid[h - 1][c] if h else None
        last = norm(above.text) if above is not None else head
        if v.order_col is None and ORDER_HEAD.match(head):
            v.order_col = c
        elif v.unit_col is None and UNIT_HEAD.search(head):
            v.unit_col = c
        elif v.label_col is None and LABEL_HEAD.search(head):
            v.label_col = c
        elif EVAL_HEAD.search(last):
            v.eval_col = c
        elif SUMMARY_HEAD.search(head):
            v.summary_col = c
        elif CURRENT_HEAD.search(last):
            v.current_col = c
    for c in range(t.columns):
        tokens = [m.group(1) for r in v.data_rows() for m in NUMBER_RE.finditer(v.text(r, c))]
        v.notation[c] = context_notation(tokens) or _default(tokens)
    return v


def _default(tokens: list[str]) -> str | None:
    kinds = {classify(t) for t in tokens}
    return "en" if "amb-comma" in kinds and "amb-dot" not in kinds else None


def table_views(doc: Document) -> list[TableView]:
    """Every non-layout table of the body, read once."""
    return [table_view(t) for t in doc.tables() if not t.borderless and len(t.rows) >= 2]
