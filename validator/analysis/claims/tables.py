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
from validator.analysis.claims.grid import Grid, additive, level, rate_row
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
    ratio_computation,
    show,
    show_value,
    sum_agrees,
)
from validator.analysis.numbers import cell_figure, has_digit
from validator.model import Table

TOTAL_LABEL = recache.compile(
    r"^(?:tổng cộng|tổng số|tổng|cộng|toàn tỉnh|toàn thành phố|toàn huyện|toàn quốc|"
    r"tổng chung|cộng chung|chung toàn tỉnh)\s*[:.]?$",
    re.IGNORECASE,
)
SLASH_RE = recache.compile(r"^\s*(\d[\d.,]*)\s*/\s*(\d[\d.,]*)\s*$")
TOTAL_CHILD = recache.compile(r"^\s*(?:tổng|kế hoạch|dự toán|chỉ tiêu|số .{0,40}được giao)",
                              re.IGNORECASE)


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
    columns = [c for c in range(g.cols) if additive(g, c)]
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
        levels = [level(g.order(k)) for k in body]
        known = [lv for lv in levels if lv is not None]
        if known:
            top = min(known)
            body = [k for k, lv in zip(body, levels) if lv is None or lv == top]
        body = [k for k in body if not rate_row(g, k)]
        out.extend(_sum_claims(g, r, body, columns, "tổng"))
    return out


def _tree(g: Grid) -> list[Claim]:
    data = [r for r in range(g.header, g.rows) if not TOTAL_LABEL.match(g.label(r)[1].strip())]
    levels = {r: level(g.order(r)) for r in data}
    if sum(1 for v in levels.values() if v is not None) < 3:
        return []
    columns = [c for c in range(g.cols) if additive(g, c) or any(
        (r, c) in g.fig for r in data if rate_row(g, r))]
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
    amount = [c for c in columns if additive(g, c)]
    for r, children in groups:
        if rate_row(g, r):
            out.extend(_rate_parent(g, r, children))
            continue
        kids = [k for k in children if not rate_row(g, k) and _same_unit(g, r, k)]
        if len(kids) < len(children):
            continue
        first = g.label(kids[0])[1]
        if TOTAL_CHILD.match(first) and not TOTAL_CHILD.match(g.label(r)[1]) and not any(
                re.match(r"^\s*tổng", g.label(k)[1], re.IGNORECASE) for k in kids[1:]):
            # "2. Tự chủ …": "2.1 Tổng số ĐVSN" then "2.2 … 2.5": the first child is the total
            sums.extend(_sum_claims(g, kids[0], kids[1:], amount, "nhóm"))
            continue
        subset = bool(re.search(r"trong đó", g.label(r)[1], re.IGNORECASE)) or all(
            level(g.order(k)) in (7, 8) for k in kids)
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
    if len(children) != 2 or any(rate_row(g, k) for k in children) or not re.match(
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


__all__ = ["table_claims"]
