"""Claims of report tables: totals, parents and their children, ratio columns, x/y cells.

A table is read once into a grid of cell figures (merged cells counted once, each column
read in its own notation). Relations are found from the table's structure and confirmed by
its own figures:

- a row labelled "Tổng cộng", "Cộng", "Tổng số", "Toàn tỉnh" … is the sum of the rows it
  closes (or opens), column by column; rows numbered I / 1 / 1.1 / a / - / + form a tree,
  and a parent row is the sum of its children. A column is summed only when it holds
  amounts (not rates, averages, scores or ranks); when some column of the same total or
  tree adds up, the others must too (error), otherwise a mismatch is a warning;
- a column that is, on most rows, the ratio (×100) of two other columns, or their
  difference, is checked on every row ("Chỉ số chung" = "Điểm đạt được"/"Điểm tối đa");
- a "Tỷ lệ …" row whose two children are a total and a part ("Tổng số hồ sơ …",
  "Số hồ sơ … đúng hạn") states their ratio;
- a cell "9,49/9,5" next to a percentage states that percentage.
"""

from __future__ import annotations

import re
from decimal import Decimal

from validator import recache
from validator.analysis.claims.model import (
    CHANGE,
    ERROR,
    HUNDRED,
    RATIO,
    SUM,
    WARNING,
    Claim,
    Term,
    near_miss,
    pct_text,
    ratio_computation,
    show,
    show_value,
    sum_agrees,
)
from validator.analysis.numbers import (
    NUMBER_RE,
    Figure,
    cell_figure,
    classify,
    context_notation,
    has_digit,
)
from validator.model import Cell, Paragraph, Table

TOTAL_LABEL = recache.compile(
    r"^(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|toàn thành phố|toàn huyện|toàn quốc|"
    r"tổng chung|cộng chung|chung toàn tỉnh)\s*[:.]?$",
    re.IGNORECASE,
)
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
SLASH_RE = recache.compile(r"^\s*(\d[\d.,]*)\s*/\s*(\d[\d.,]*)\s*$")
TOTAL_CHILD = recache.compile(r"^\s*(?:tổng|kế hoạch|dự toán|chỉ tiêu|số .{0,40}được giao)",
                              re.IGNORECASE)


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


def _level(order: str) -> int | None:
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


def _additive(g: Grid, c: int) -> bool:
    head = g.head[c]
    if RATE_HEAD.search(head):
        return False
    cells = [(r, c) for r in range(g.header, g.rows) if (r, c) in g.fig]
    return bool(cells) and sum(1 for k in cells if k in g.pct) * 2 <= len(cells)


def _rate_row(g: Grid, r: int) -> bool:
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


def table_claims(t: Table) -> list[Claim]:
    if len(t.rows) < 3 or t.columns < 2:
        return []
    if not any(has_digit(c.paragraphs[0].match) for row in t.rows[1:] for c in row.cells
               if c.paragraphs):
        return []
    g = Grid(t)
    if len(g.fig) < 3:
        return []
    out: list[Claim] = []
    out.extend(_slash_cells(g))
    out.extend(_formula_columns(g))
    out.extend(_totals(g))
    out.extend(_tree(g))
    return out


# -- x/y cells ----------------------------------------------------------------------------


def _slash_cells(g: Grid) -> list[Claim]:
    out: list[Claim] = []
    slash: dict[tuple[int, int], tuple[Term, Term]] = {}
    for (r, c), text in g.text.items():
        if r < g.header or "/" not in text:
            continue
        m = SLASH_RE.match(text)
        if not m:
            continue
        f1 = cell_figure(m.group(1), g.notation[c])
        f2 = cell_figure(m.group(2), g.notation[c])
        if f1 is None or f2 is None:
            continue
        para = g.para(r, c)
        # "9,49/9,5": a score out of a maximum, which is not rounded
        slash[(r, c)] = (Term(f1.value, f1.decimals, f1.token, para, exact=not f1.decimals),
                         Term(f2.value, f2.decimals, f2.token, para,
                              exact=f2.decimals < f1.decimals or not f2.decimals))
    pairs = []
    for (r, c), (a, b) in slash.items():
        k = next((k for k in range(c + 1, g.cols) if (r, k) in g.cells), None)  # the next cell
        pct = g.fig.get((r, k)) if k is not None else None
        if k is None or pct is None or (r, k) not in g.pct or not b.base:
            continue
        ok, comp = ratio_computation(a, b, pct)
        para = g.para(r, k)
        if para is not None:
            pairs.append(Claim(RATIO, pct, (a, b), ok, ERROR, para.location, comp, note="tỷ lệ",
                               source="table"))
    # "9,49/9,5 | 99,9%" when most such pairs agree; "43/63" next to a percentage may be a rank
    if len(pairs) >= 2 and sum(c.holds for c in pairs) >= 0.75 * len(pairs):
        out.extend(pairs)
    # a total row of x/y cells: numerators and denominators add up
    by_col: dict[int, list[int]] = {}
    for r, c in slash:
        by_col.setdefault(c, []).append(r)
    for c, rows in by_col.items():
        rows.sort()
        if len(rows) < 3:
            continue
        last = rows[-1]
        body = rows[:-1]
        a_tot, b_tot = slash[(last, c)]
        a_parts = [slash[(r, c)][0] for r in body]
        b_parts = [slash[(r, c)][1] for r in body]
        if not sum_agrees(b_tot, b_parts):
            continue  # not a total row: the maxima do not add up
        ok = sum_agrees(a_tot, a_parts)
        s = sum((x.base for x in a_parts), Decimal(0))
        d = max([a_tot.decimals, *(x.decimals for x in a_parts)])
        comp = " + ".join(show(x) for x in a_parts) + f" = {show_value(s, d)}"
        if not ok:
            comp += f", không phải {show(a_tot)}"
        para = g.para(last, c)
        if para is not None:
            out.append(Claim(SUM, a_tot, tuple(a_parts), ok, ERROR, para.location, comp,
                             note="tổng", source="table"))
    return out


# -- columns computed from two others -----------------------------------------------------


def _formula_columns(g: Grid) -> list[Claim]:
    numeric = [c for c in range(g.cols)
               if sum(1 for r in range(g.header, g.rows) if (r, c) in g.fig) >= 3]
    if len(numeric) < 3 or len(numeric) > 14:
        return []
    out: list[Claim] = []
    rows = range(g.header, g.rows)
    for k in numeric:
        is_pct = any((r, k) in g.pct for r in rows) or bool(re.search(r"tỷ lệ|tỉ lệ|%|chỉ số|"
                                                                     r"so sánh|đạt", g.head[k]))
        is_diff = bool(re.search(r"tăng|giảm|chênh|so sánh|so với", g.head[k]))
        if not is_pct and not is_diff:
            continue
        best = None
        for i in numeric:
            for j in numeric:
                if len({i, j, k}) < 3:
                    continue
                for kind in ("ratio",) if not is_diff else ("ratio", "diff"):
                    agree, total = 0, 0
                    for r in rows:
                        a, b, s = g.fig.get((r, i)), g.fig.get((r, j)), g.fig.get((r, k))
                        if a is None or b is None or s is None or (kind == "ratio" and not b.base):
                            continue
                        total += 1
                        # rows that prove nothing: 100/100 = 100%, x/100 = x% (a column copied)
                        trivial = kind == "ratio" and (
                            a.base == b.base or b.value == HUNDRED or s.value == a.value)
                        agree += not trivial and _formula_holds(kind, a, b, s)
                    if total >= 3 and agree >= max(3, 0.7 * total) and (
                            best is None or agree > best[0]):
                        best = (agree, total, i, j, kind)
        if best is None:
            continue
        agree, total, i, j, kind = best
        certainty = ERROR
        for r in rows:
            a, b, s = g.fig.get((r, i)), g.fig.get((r, j)), g.fig.get((r, k))
            para = g.para(r, k)
            if a is None or b is None or s is None or para is None:
                continue
            if kind == "ratio":
                if not b.base:
                    continue
                ok, comp = ratio_computation(a, b, s)
                out.append(Claim(RATIO, s, (a, b), ok, certainty, para.location, comp,
                                 note="tỷ lệ", source="table"))
            else:
                ok = _formula_holds(kind, a, b, s)
                d = max(a.decimals, b.decimals, s.decimals)
                comp = f"{show(a)} − {show(b)} = {show_value(a.base - b.base, d)}"
                if not ok:
                    comp += f", không phải {show(s)}"
                out.append(Claim(CHANGE, s, (a, b), ok, certainty, para.location, comp,
                                 note="chênh lệch", source="table"))
    return out


def _formula_close(kind: str, a: Term, b: Term, s: Term) -> bool:
    """A quick float screen before the exact check: within a little of the written value."""
    fa, fb, fs = float(a.base), float(b.base), float(s.base)
    if kind == "ratio":
        if not fb:
            return False
        return abs(fa / fb * 100 - fs) <= 0.51 * 10 ** -s.decimals + abs(fs) * 1e-9 + \
            abs(fa / fb * 100) * (float(a.half) / max(abs(fa), 1e-12) + float(b.half) / abs(fb))
    return abs(fa - fb - fs) <= float(a.half + b.half + s.half) + 1e-9


def _formula_holds(kind: str, a: Term, b: Term, s: Term) -> bool:
    if not _formula_close(kind, a, b, s):
        return False
    if kind == "ratio":
        ok, _ = ratio_computation(a, b, s)
        return ok
    return abs(a.base - b.base - s.base) <= a.half + b.half + s.half


# -- totals and trees -------------------------------------------------------------------------


def _sum_claims(g: Grid, r: int, parts: list[int], columns: list[int], what: str) -> list[Claim]:
    """The claims "row r = sum of rows ``parts``" in each amount column; certainty from the
    columns that do add up."""
    results = []
    for c in columns:
        total = g.fig.get((r, c))
        terms = [g.fig[(k, c)] for k in parts if (k, c) in g.fig]
        if total is None or len(terms) < 2 or (r, c) in g.pct:
            continue
        ok = sum_agrees(total, terms) or _prefix(total, terms)
        results.append((c, total, terms, ok))
    if not results:
        return []
    evidence = any(ok for _, _, _, ok in results)
    out = []
    for c, total, terms, ok in results:
        para = g.para(r, c)
        if para is None:
            continue
        s = sum((x.base for x in terms), Decimal(0))
        d = max([total.decimals, *(x.decimals for x in terms)])
        comp = " + ".join(show(x) for x in terms) + f" = {show_value(s, d)}"
        if not ok:
            comp += f", không phải {show(total)}"
        head = g.head[c].strip() or f"cột {c + 1}"
        out.append(Claim(SUM, total, tuple(terms), ok, ERROR if evidence else WARNING,
                         para.location, comp, note=f"{what}|{head}", source="table"))
    return out


def _prefix(total: Term, terms: list[Term]) -> bool:
    """The first children add up to the parent and the rest stand outside it ("1.4 Tổng số
    TTHC: 1.4.1 cấp tỉnh, 1.4.2 cấp xã, 1.4.3 ngành dọc")."""
    return any(sum_agrees(total, terms[:n]) for n in range(2, len(terms)))


def _totals(g: Grid) -> list[Claim]:
    out: list[Claim] = []
    columns = [c for c in range(g.cols) if _additive(g, c)]
    if not columns:
        return out
    prev = g.header - 1
    data = list(range(g.header, g.rows))
    totals = [r for r in data if TOTAL_LABEL.match(g.label(r)[1].strip())]
    for r in totals:
        if r == data[0]:
            nxt = next((x for x in totals if x > r), g.rows)
            body = list(range(r + 1, nxt))
        else:
            body = list(range(prev + 1, r))
        prev = r
        levels = [_level(g.order(k)) for k in body]
        known = [lv for lv in levels if lv is not None]
        if known:
            top = min(known)
            body = [k for k, lv in zip(body, levels) if lv is None or lv == top]
        body = [k for k in body if not _rate_row(g, k)]
        out.extend(_sum_claims(g, r, body, columns, "tổng"))
    return out


def _tree(g: Grid) -> list[Claim]:
    data = [r for r in range(g.header, g.rows) if not TOTAL_LABEL.match(g.label(r)[1].strip())]
    levels = {r: _level(g.order(r)) for r in data}
    if sum(1 for v in levels.values() if v is not None) < 3:
        return []
    columns = [c for c in range(g.cols) if _additive(g, c) or any(
        (r, c) in g.fig for r in data if _rate_row(g, r))]
    out: list[Claim] = []
    groups: list[tuple[int, list[int]]] = []
    for idx, r in enumerate(data):
        lv = levels[r]
        if lv is None:
            continue
        children: list[int] = []
        child_level = None
        for k in data[idx + 1:]:
            lk = levels[k]
            if lk is None:
                continue
            if lk <= lv:
                break
            if child_level is None:
                child_level = lk
            if lk == child_level:
                children.append(k)
        if len(children) >= 2:
            groups.append((r, children))
    sums: list[Claim] = []
    stated: set[int] = set()  # ids of the sums of rows labelled as totals ("Tổng số …")
    amount = [c for c in columns if _additive(g, c)]
    for r, children in groups:
        if _rate_row(g, r):
            out.extend(_rate_parent(g, r, children))
            continue
        kids = [k for k in children if not _rate_row(g, k) and _same_unit(g, r, k)]
        if len(kids) < len(children):
            continue
        first = g.label(kids[0])[1]
        if TOTAL_CHILD.match(first) and not TOTAL_CHILD.match(g.label(r)[1]) and not any(
                re.match(r"^\s*tổng", g.label(k)[1], re.IGNORECASE) for k in kids[1:]):
            # "2. Tự chủ …": "2.1 Tổng số ĐVSN" then "2.2 … 2.5": the first child is the total
            sums.extend(_sum_claims(g, kids[0], kids[1:], amount, "nhóm"))
            continue
        subset = bool(re.search(r"trong đó", g.label(r)[1], re.IGNORECASE)) or all(
            _level(g.order(k)) in (7, 8) for k in kids)
        claims = _sum_claims(g, r, kids, amount, "nhóm")
        if subset:
            claims = [c for c in claims if c.holds or _exceeds(c)]
        elif re.match(r"^\s*tổng", g.label(r)[1], re.IGNORECASE):
            stated.update(id(c) for c in claims)
        sums.extend(claims)
    # a tree whose groups never add up is not a breakdown, unless a row says it is the total
    # and its parts miss it by one mistyped digit ("1.5 Tổng số ĐVSNCL 1.853": 11 + 248 +
    # 1.593 = 1.852)
    if sums and not any(c.holds for c in sums):
        sums = [c for c in sums if _exceeds(c) or id(c) in stated and near_miss(
            c.stated, sum((t.base for t in c.terms), Decimal(0)))]  # warnings: none holds
    return out + sums


def _exceeds(c: Claim) -> bool:
    return sum((t.base for t in c.terms), Decimal(0)) > c.stated.base + c.stated.half + sum(
        (t.half for t in c.terms), Decimal(0))


def _same_unit(g: Grid, r: int, k: int) -> bool:
    if g.unit_col is None:
        return True
    a = g.text.get((r, g.unit_col), "").strip().lower()
    b = g.text.get((k, g.unit_col), "").strip().lower()
    return not a or not b or a == b


def _rate_parent(g: Grid, r: int, children: list[int]) -> list[Claim]:
    """"3.1 Tỷ lệ hồ sơ … đúng hạn (%)" over "3.1.1 Tổng số hồ sơ …" and "3.1.2 Số hồ sơ …"."""
    if len(children) != 2 or any(_rate_row(g, k) for k in children) or not re.match(
            r"^\s*(?:tỷ lệ|tỉ lệ)", g.label(r)[1], re.IGNORECASE):
        return []
    out = []
    for c in range(g.cols):
        s = g.fig.get((r, c))
        x, y = g.fig.get((children[0], c)), g.fig.get((children[1], c))
        if s is None or x is None or y is None:
            continue
        labels = [g.label(k)[1] for k in children]
        if TOTAL_CHILD.match(labels[0]) and not TOTAL_CHILD.match(labels[1]):
            den, num, certainty = x, y, ERROR
        elif TOTAL_CHILD.match(labels[1]) and not TOTAL_CHILD.match(labels[0]):
            den, num, certainty = y, x, ERROR
        else:
            den, num = (x, y) if x.base >= y.base else (y, x)
            certainty = WARNING
        if not den.base:
            continue
        ok, comp = ratio_computation(num, den, s)
        para = g.para(r, c)
        if para is not None:
            out.append(Claim(RATIO, s, (num, den), ok, certainty, para.location, comp,
                             note="tỷ lệ", source="table"))
    return out


__all__ = ["table_claims", "pct_text", "HUNDRED"]
