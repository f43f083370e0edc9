"""ARI004: table rows that are parts of a total exceed it, or complementary parts miss it."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from rules.arithmetic._claims import failing, severity
from validator import recache
from validator.analysis.claims.model import SUM
from validator.analysis.numbers import Figure, fmt
from validator.analysis.tables import TableView
from validator.analysis.text import norm
from validator.model import Document
from validator.rule import Finding, Rule, Severity

PART_MARK = recache.compile(r"^\s*[+\-–]\s*\S")
LETTER = recache.compile(r"^[a-zđ]\)?\.?$")
RATE = recache.compile(r"^(?:tỷ lệ|tốc độ|tỷ trọng|chỉ số|bình quân|năng suất)|bình quân|/")
BREAKDOWN = recache.compile(r"trong đó\s*:?\s*$|\bgồm\s*:?\s*$|:\s*$")
PAIRS = (("trong", "ngoài"), ("đô thị", "nông thôn"), ("nam", "nữ"), ("trong nước", "nước ngoài"))


def _parts(v: TableView, r: int) -> list[int]:
    """The rows marked as parts right below row ``r`` ("+ Thu nội địa", "- Trong khu …", "a")."""
    out: list[int] = []
    letters = False
    for k in range(r + 1, len(v.table.rows)):
        label = v.text(k, v.label_col or 0).strip()
        order = v.text(k, v.order_col).strip() if v.order_col is not None else ""
        if order and LETTER.match(order.lower()):
            letters = True
            out.append(k)
        elif PART_MARK.match(label) or order in ("-", "+"):
            if not letters:
                out.append(k)
        else:
            break
    return out


def _complementary(labels: list[str]) -> bool:
    if len(labels) != 2:
        return False
    a, b = (norm(x).lstrip("+-– ").strip() for x in labels)
    return any(a.startswith(x) and b.startswith(y) or a.startswith(y) and b.startswith(x)
               for x, y in PAIRS)


class TablePartsExceedTotal(Rule):
    """Flags table totals that the rows they add up do not make.

    Why: a "Tổng cộng" / "Cộng" / "Toàn tỉnh" row is the sum of the rows it closes; a row
    numbered 1 (or I, 1.1) is the sum of its rows 1.1, 1.2 … (or 1, 2 …) when the table's
    other groups add up; rows marked "+", "-" or a, b under a total that announces them
    ("Thu ngân sách, trong đó:") may not exceed it; two complementary parts ("Trong khu
    kinh tế" / "Ngoài khu kinh tế") add up to it. Each column is checked on its own; rates,
    averages, scores and ranks (%, "Tỷ lệ", "Tốc độ", "Bình quân", "Điểm"…) are never added.

    Tóm tắt: Dòng tổng, dòng nhóm của bảng không bằng tổng các dòng thành phần, hoặc các phần lớn
    hơn tổng.

    Vì sao: Dòng "Tổng cộng", "Cộng", "Toàn tỉnh" là tổng của các dòng nó khép lại; dòng đánh số 1
    (hoặc I, 1.1) là tổng của các dòng 1.1, 1.2 … (hoặc 1, 2 …) khi các nhóm khác của bảng cũng cộng
    khớp; các dòng "+", "-" hoặc a, b dưới một dòng tổng có báo trước ("Thu ngân sách, trong đó:")
    không được lớn hơn tổng; hai phần bổ sung nhau ("Trong khu kinh tế" / "Ngoài khu kinh tế") phải
    cộng bằng tổng. Mỗi cột được so riêng; tỷ lệ, số bình quân, điểm và thứ hạng (%, "Tỷ lệ", "Tốc
    độ", "Bình quân", "Điểm"…) không bao giờ được cộng.

    Bad:
        table: Tên | 2026 // Vốn, gồm: | 39 // - A | 36 // - B | 9  # expect: ARI004
    Good:
        table: Tên | 2026 // Vốn, gồm: | 39 // - A | 36 // - B | 3
    """

    id = "ARI004"
    name = "table-parts-exceed-total"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        seen = set()
        for c in failing(self.analysis, (SUM,), source="table"):
            seen.add(c.location)
            what, _, head = c.note.partition("|")
            yield Finding(
                c.location,
                f"Cột \"{head}\": dòng {'tổng' if what == 'tổng' else 'nhóm'} không khớp với "
                f"các dòng thành phần: {c.computation}.",
                suggestion="Kiểm tra lại số tổng hoặc các dòng thành phần.",
                severity=severity(c),
            )
        for f in self._parts(doc):
            if f.location not in seen:
                yield f

    def _parts(self, doc: Document) -> Iterator[Finding]:
        for v in self.analysis.table_views:
            if v.label_col is None:
                continue
            for r in v.data_rows():
                label = v.text(r, v.label_col)
                unit = v.text(r, v.unit_col).strip().lower() if v.unit_col is not None else ""
                name = norm(label).lstrip("+-– ")
                if RATE.search(name) or "%" in unit or PART_MARK.match(label):
                    continue
                parts = _parts(v, r)
                if not parts or any(
                    v.unit_col is not None
                    and v.text(k, v.unit_col).strip().lower() not in ("", unit)
                    for k in parts
                ):
                    continue
                labels = [v.text(k, v.label_col).strip() for k in parts]
                exact = _complementary(labels)
                if not exact and not BREAKDOWN.search(norm(label)):
                    continue  # "-" rows under a row that announces no breakdown
                for c in range(v.table.columns):
                    if c in (v.order_col, v.label_col, v.unit_col):
                        continue
                    yield from self._column(v, r, parts, c, exact)

    def _column(
        self, v: TableView, r: int, parts: list[int], c: int, exact: bool
    ) -> Iterator[Finding]:
        total = v.figure(r, c)
        figs = [v.figure(k, c) for k in parts]
        if total is None or total.approx or any(f is None or f.approx for f in figs):
            return
        values: list[Figure] = [f for f in figs if f is not None]
        s = sum((f.value for f in values), Decimal(0))
        d = max(f.decimals for f in [total, *values])
        q = Decimal(1).scaleb(-d)
        shown = " + ".join(fmt(f.value, d) for f in values)
        head = v.headers[c] or f"cột {c + 1}"
        para = v.paragraph(r, c)
        if para is None:
            return
        if exact and abs(s - total.value) > q * len(values) / 2:
            msg = f"{shown} = {fmt(s, d)}, khác tổng {fmt(total.value, d)}"
        elif s > total.value + q * len(values) / 2:
            msg = (f"tổng các dòng thành phần {shown} = {fmt(s, d)} "
                   f"lớn hơn tổng {fmt(total.value, d)}")
        else:
            return
        yield Finding(
            para.location,
            f"Cột \"{head}\", dòng \"{v.text(r, v.label_col or 0).strip()}\": {msg}.",
            suggestion="Kiểm tra lại số tổng hoặc các dòng thành phần.",
        )
