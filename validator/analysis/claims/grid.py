"""A report table read once into a grid of cell figures, for the table readers of :mod:`.tables`.

Merged cells are read once and each column in its own notation; the header rows (closed by a
row numbering the columns), the rows' order marks (I / 1 / 1.1 / a / - / +) and labels, the
columns that hold amounts and the rows that hold rates are known from the grid.
"""

from __future__ import annotations

import re

from validator import recache
from validator.analysis.claims.model import Term
from validator.analysis.numbers import (
    NUMBER_RE,
    Figure,
    cell_figure,
    classify,
    context_notation,
    has_digit,
)
from validator.model import Cell, Paragraph, Table

RATE_HEAD = recache.compile(
    r"tỷ lệ|tỉ lệ|%|bình quân|trung bình|tốc độ|chỉ số|điểm|xếp|hạng|đơn giá|giá|lãi suất|"
    r"hệ số|năng suất|mật độ|tăng\s*/\s*giảm|so sánh|so với|tăng,\s*giảm|ghi chú|năm|mã|"
    r"cỡ|kích thước|khổ",
    re.IGNORECASE,
)
RATE_LABEL = recache.compile(r"^\s*[-+]?\s*(?:tỷ lệ|tỉ lệ|tốc độ|chỉ số|bình quân|trung bình)",
                             re.IGNORECASE)
ORDER_RE = recache.compile(
    r"^\s*(?:(?P<roman>[IVXLC]+)|(?P<dotted>\d{1,2}(?:\.\d{1,2})+)|(?P<arabic>\d{1,3})|"
    r"(?P<letter>[a-zđ])|(?P<dash>[-–])|(?P<plus>\+))\s*[.)]?\s*$"
)
LETTERS_RE = recache.compile(r"[^\W\d_]{2,}")
LEAD_MARK = recache.compile(r"^\s*(?P<mark>[-–+])\s+\S")


class Grid:
    """A table's text and figures by (row, column), merged cells read once."""

    def __init__(self, t: Table) -> None:
        self.t = t
        grid = t.grid()
        self.rows = len(t.rows)
        self.cols = t.columns
        self.cells: dict[tuple[int, int], Cell] = {}
        for r in range(self.rows):
            for c in range(self.cols):
                cell = grid[r][c]
                if cell is not None and cell.row == r and cell.col == c:
                    self.cells[(r, c)] = cell
        self.header = _header_rows(t)
        # text of every cell, long ones cut: a figure cell is short, a label is read by its start
        self.text = {k: _cell_text(v) for k, v in self.cells.items()}
        self.notation: dict[int, str | None] = {}
        short: dict[tuple[int, int], str] = {
            k: v for k, v in self.text.items()
            if k[0] >= self.header and v and len(v) <= 40 and has_digit(v)}
        by_col: dict[int, list[str]] = {}
        for (_, c), text in short.items():
            by_col.setdefault(c, []).extend(m.group(1) for m in NUMBER_RE.finditer(text))
        for c in range(self.cols):
            tokens = by_col.get(c, [])
            self.notation[c] = context_notation(tokens) or _default(tokens)
        self.fig: dict[tuple[int, int], Term] = {}
        self.pct: set[tuple[int, int]] = set()
        for (r, c), text in short.items():
            sign = 1
            if text[:1] in "-+−" and len(text) > 1 and text[1:].lstrip()[:1].isdigit():
                sign, text = (-1 if text[0] != "+" else 1), text[1:].lstrip()
            f = _cell_figure(text, self.notation[c])
            if f is None or f.approx:
                continue
            if sign < 0:
                f = Figure(-f.value, f.decimals, f.start, f.end, "-" + f.token, f.kind, f.scale,
                           f.unit)
            cell = self.cells[(r, c)]
            para = cell.paragraphs[0] if cell.paragraphs else None
            self.fig[(r, c)] = Term(f.value, f.decimals, f.token, para, 0, len(text),
                                    exact=not f.decimals)
            if f.unit == "%":
                self.pct.add((r, c))
        self.head = [" ".join(self.text.get((r, c), "") for r in range(self.header)).lower()
                     for c in range(self.cols)]
        for c in range(min(2, self.cols)):
            cells = [self.text.get((r, c), "") for r in range(self.header, self.rows)]
            cells = [x for x in cells if x]
            if re.fullmatch(r"\s*(?:stt|tt|số tt|số thứ tự|thứ tự)\s*", self.head[c]) or (
                    cells and sum(1 for x in cells if ORDER_RE.match(x)) * 2 > len(cells)):
                for r in range(self.header, self.rows):
                    self.fig.pop((r, c), None)
                    self.pct.discard((r, c))
        self.unit_col = next((c for c in range(self.cols) if re.search(
            r"đơn vị tính|^đvt|đơn vị$", self.head[c].strip())), None)
        self._labels: dict[int, tuple[int, str]] = {}
        self.rates: dict[int, bool] = {}

    def label(self, r: int) -> tuple[int, str]:
        """The row's label cell: its first cell with letters (after an order column)."""
        hit = self._labels.get(r)
        if hit is None:
            hit = self._labels[r] = next(
                ((c, self.text.get((r, c), "")) for c in range(self.cols)
                 if LETTERS_RE.search(self.text.get((r, c), ""))), (-1, ""))
        return hit

    def order(self, r: int) -> str:
        for c in range(min(2, self.cols)):
            text = self.text.get((r, c), "")
            if text and ORDER_RE.match(text):
                return text.strip().rstrip(".)")
        c, label = self.label(r)
        m = LEAD_MARK.match(label)
        return m.group("mark").replace("–", "-") if m else ""

    def para(self, r: int, c: int) -> Paragraph | None:
        cell = self.cells.get((r, c))
        if cell is None:
            grid = self.t.grid()
            cell = grid[r][c] if r < self.rows and c < self.cols else None
        return cell.paragraphs[0] if cell is not None and cell.paragraphs else None


def _cell_figure(text: str, notation: str | None) -> Figure | None:
    return cell_figure(text, notation)


def _cell_text(cell: Cell) -> str:
    ps = cell.paragraphs
    if not ps:
        return ""
    if len(ps) == 1:
        return ps[0].match.strip()
    return " ".join(p.match.strip() for p in ps if p.match.strip())[:160]


def _default(tokens: list[str]) -> str | None:
    kinds = {classify(t) for t in tokens}
    return "en" if "amb-comma" in kinds and "amb-dot" not in kinds else None


def _header_rows(t: Table) -> int:
    n = sum(1 for r in t.rows if r.is_header)
    if not n and t.rows:
        n = max((c.rowspan for c in t.rows[0].cells), default=1)
    # a row numbering the columns ("(1) (2) (3)", "1 2 3 4") closes the header
    if n < len(t.rows):
        cells = [c.paragraphs[0].text.strip() if c.paragraphs else "" for c in t.rows[n].cells]
        nums = [re.sub(r"[()]", "", x) for x in cells if x]
        if len(nums) >= 3 and all(x.isdigit() or re.fullmatch(r"[A-Z]", x) for x in nums) and \
                [int(x) for x in nums if x.isdigit()] == list(range(1, 1 + sum(
                    1 for x in nums if x.isdigit()))):
            n += 1
    return min(n, len(t.rows))


def level(order: str) -> int | None:
    m = ORDER_RE.match(order) if order else None
    if not m:
        return None
    if m.group("roman"):
        return 1
    if m.group("arabic"):
        return 2
    if m.group("dotted"):
        return 2 + m.group("dotted").count(".")
    if m.group("letter"):
        return 6
    if m.group("dash"):
        return 7
    return 8


def additive(g: Grid, c: int) -> bool:
    head = g.head[c]
    if RATE_HEAD.search(head):
        return False
    cells = [(r, c) for r in range(g.header, g.rows) if (r, c) in g.fig]
    return bool(cells) and sum(1 for k in cells if k in g.pct) * 2 <= len(cells)


def rate_row(g: Grid, r: int) -> bool:
    hit = g.rates.get(r)
    if hit is None:
        hit = g.rates[r] = _is_rate_row(g, r)
    return hit


def _is_rate_row(g: Grid, r: int) -> bool:
    _, label = g.label(r)
    if RATE_LABEL.match(label):
        return True
    unit_cols = [c for c in range(g.cols) if "đơn vị" in g.head[c] or "đvt" in g.head[c]]
    return any(g.text.get((r, c), "").strip() == "%" for c in unit_cols)
