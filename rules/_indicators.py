"""Reading report tables and the figures a report states about its indicators.

:func:`table_views` reads each data table once: its header rows, the label, unit, order and
evaluation columns, and the notation ("vi"/"en") of each numeric column. :func:`statements`
is the index of indicator figures stated in the body, in appendix table rows (the column of
the period's result) and in the rows' summary text, so that one indicator stated twice with
different values can be found. Matching is by normalised key words of the indicator name
("thu ngân sách", "khách du lịch", "IIP"), conservatively: a statement counts only when the
key, a verb of result ("đạt", "là", "ước đón"…) and the figure stand together in one clause,
with no period or plan word ("quý", "kế hoạch", "cùng kỳ"…) between them.
"""

from __future__ import annotations

import re
import unicodedata

import msgspec

from rules._numbers import (
    NUMBER_RE,
    SCALE_RE,
    UNIT_RE,
    Figure,
    cell_figure,
    classify,
    context_notation,
    figures,
    unit_of,
)
from validator import recache
from validator.model import Document, Paragraph, Table
from validator.rule import Context

TONES = "\u0300\u0301\u0309\u0303\u0323"  # grave, acute, hook, tilde, dot below
# "hoá", "khoẻ", "uỷ": the tone on the second vowel of a final "oa"/"oe"/"uy" (old placement)
OLD_TONE_RE = recache.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([\u0300\u0301\u0309\u0303\u0323])(?!\w)"
)


def new_tone(text: str) -> str:
    """Move the tone of a final "oa"/"oe"/"uy" to the first vowel ("hoá" -> "hóa"), NFC."""
    nfd = unicodedata.normalize("NFD", text)
    moved = OLD_TONE_RE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), nfd)
    return unicodedata.normalize("NFC", moved)


def norm(text: str) -> str:
    """Lower-case NFC text with the new tone placement ("hoá" -> "hóa", "uỷ" -> "ủy")."""
    return new_tone(text).lower()


# key -> pattern on normalised text. Order matters: the more specific keys first.
KEYS: tuple[tuple[str, str], ...] = (
    ("thu nội địa", r"thu nội địa"),
    ("thu xuất nhập khẩu", r"thu (?:từ hoạt động )?xuất nhập khẩu"),
    ("thu tiền sử dụng đất", r"thu tiền sử dụng đất"),
    ("thu ngân sách", r"thu ngân sách"),
    ("khách du lịch", r"khách du lịch"),
    ("IIP", r"\(iip\)|\biip\b|chỉ số sản xuất công nghiệp"),
    ("kim ngạch xuất khẩu", r"kim ngạch xuất khẩu"),
    ("hàng hóa qua cảng", r"hàng hóa (?:thông )?qua cảng"),
    ("vốn đầu tư nước ngoài", r"đầu tư nước ngoài|\bfdi\b"),
    ("doanh nghiệp thành lập mới", r"doanh nghiệp (?:đăng ký )?thành lập (?:tăng )?mới"),
    ("giải ngân vốn đầu tư công", r"giải ngân vốn đầu tư công"),
    ("tổng mức bán lẻ", r"tổng mức bán lẻ"),
)
KEY_RES = tuple((k, recache.compile(p)) for k, p in KEYS)
# matches somewhere exactly when one of KEY_RES does: a text without it names no key
ANY_KEY_RE = recache.compile("|".join(f"(?:{p})" for _, p in KEYS))
VERB_RE = recache.compile(r"\b(?:đạt|là|thực hiện|ước đón|đón|ước tính|ước|tăng|có)\s*$")
PERIOD_RE = recache.compile(
    r"quý|cả năm|năm \d{4}|kế hoạch|kịch bản|mục tiêu|chỉ tiêu|dự toán|cùng kỳ|lũy kế|"
    r"tết|ngày nghỉ|phấn đấu|đến năm|bình quân|trong đó|\(|;"
)
MONTH_RE = recache.compile(r"tháng\s*\d{1,2}(?:\s*(?:năm|/)\s*\d{4})?")
UNIT_GAP_RE = recache.compile(
    rf"^\s*(?:{SCALE_RE})?\s*(?:{UNIT_RE})?\s*(?:người\s*)?$", re.IGNORECASE
)

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


def table_views(doc: Document, ctx: Context) -> list[TableView]:
    """Every non-layout table of the body, read once per document."""
    if "indicators.tables" not in ctx.cache:
        ctx.cache["indicators.tables"] = [
            table_view(t) for t in doc.tables() if not t.borderless and len(t.rows) >= 2
        ]
    return ctx.cache["indicators.tables"]


class Statement(msgspec.Struct, frozen=True):
    """One figure stated for an indicator: where, which key, what value."""

    key: str
    figure: Figure
    paragraph: Paragraph
    source: str  # "body" | "cell" | "text" (prose inside a table)
    growth: bool = False  # a growth rate ("tăng 36,2%"), not a level


def prose_statements(p: Paragraph, source: str) -> list[Statement]:
    """Statements of the form "<key> … đạt <figure>" or "<figure> <unit> <key>" in ``p``."""
    figs = list(figures(p.match))
    if not any(not f.approx and f.unit is not None for f in figs):
        return []  # only an exact figure with a unit is stated for a key
    text = norm(p.match)
    if len(text) != len(p.match):
        text = p.match.lower()
    if not ANY_KEY_RE.search(text):
        return []
    out: list[Statement] = []
    for key, rx in KEY_RES:
        for km in rx.finditer(text):
            for f in figs:
                if f.approx or f.unit is None:
                    continue
                if 0 <= km.start() - (f.start + len(f.token)) <= 20 and UNIT_GAP_RE.match(
                    text[f.start + len(f.token):km.start()]
                ):
                    out.append(Statement(key, f, p, source))
                    break
                gap = text[km.end():f.start]
                if f.start < km.end() or len(gap) > 80:
                    continue
                clean = MONTH_RE.sub(" ", gap)
                if PERIOD_RE.search(clean) or NUMBER_RE.search(clean) or not VERB_RE.search(gap):
                    break
                if any(r.search(gap) for k, r in KEY_RES if k != key):
                    break
                out.append(Statement(key, f, p, source, growth=f.unit == "%"))
                break
    taken: set[int] = set()
    unique = []
    for s in out:  # one key per figure: the first (most specific) wins
        if s.figure.start not in taken:
            taken.add(s.figure.start)
            unique.append(s)
    return unique


def _row_key(text: str) -> str | None:
    """The key a normalised row label names, or None."""
    if not ANY_KEY_RE.search(text):
        return None
    for key, rx in KEY_RES:
        if rx.search(text):
            return key
    return None


def statements(doc: Document, ctx: Context) -> list[Statement]:
    """The index of indicator figures stated in the body and in report tables."""
    if "indicators.statements" in ctx.cache:
        return ctx.cache["indicators.statements"]
    out: list[Statement] = []
    for p in doc.paragraphs(tables=False):
        out.extend(prose_statements(p, "body"))
    for n in doc.note_paragraphs():
        out.extend(prose_statements(n, "body"))
    for v in table_views(doc, ctx):
        if v.label_col is None:
            continue
        for r in v.data_rows():
            label = norm(v.text(r, v.label_col))
            key = _row_key(label)
            if key and v.current_col is not None and v.unit_col is not None:
                f = v.figure(r, v.current_col)
                scale, unit = v.unit(r)
                para = v.paragraph(r, v.current_col)
                if f is not None and unit and para is not None and not f.approx:
                    f = Figure(f.value, f.decimals, 0, len(f.token), f.token, f.kind, scale, unit)
                    growth = unit == "%" and "tăng" in label
                    out.append(Statement(key, f, para, "cell", growth))
            if v.summary_col is not None:
                cell = v.table.cell_at(r, v.summary_col)
                if cell is not None and cell.row == r:
                    for para in cell.paragraphs:
                        out.extend(prose_statements(para, "text"))
    ctx.cache["indicators.statements"] = out
    return out
