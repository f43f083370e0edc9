"""ARI003: a percentage that does not follow from the figures stated with it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from rules.arithmetic._claims import failing, severity
from validator import recache
from validator.analysis.claims.model import GROWTH, RATIO
from validator.analysis.indicators import Statement
from validator.analysis.numbers import agrees, cell_figure, fmt, fmt_short, next_quantity, parse
from validator.analysis.text import norm
from validator.model import Document
from validator.rule import Finding, Rule, Severity

NUM = r"\d[\d.,]*\d|\d"
PLAN_RE = recache.compile(
    rf"(?P<verb>đạt|bằng|vượt)\s+(?P<p>{NUM})\s*%\s*(?:so với\s+)?"
    r"(?P<what>dự toán|kế hoạch|kịch bản)"
    r"(?P<rest>[^,;.()]{0,60})",
    re.IGNORECASE,
)
YEAR_PLAN_HEAD = recache.compile(r"kh năm|kế hoạch năm|dự toán|kh \d{4}")
MONTH_PLAN_HEAD = recache.compile(r"^(?:kh |kế hoạch |kịch bản )?tháng\s*\d")


def _pct(p: Decimal, d: int) -> str:
    return f"{fmt(p, d)}%"


class PercentageMismatch(Rule):
    """Flags a percentage that is not the ratio of the figures it is stated with.

    Why: "Đã số hóa 8.412/9.350 hồ sơ, đạt tỷ lệ 98,97%", "90,58% (419.218/462.814 hồ sơ)",
    "28/30 lớp (đạt 100% kế hoạch)", "412,68 triệu USD, vượt 69% so với cùng kỳ (…: 244,57
    triệu USD)", "tăng 463 vụ, tương ứng 13,51%", a table column that is the ratio of two
    others, or "đạt 12,6% dự toán" against the plan in the report's table: any reader can
    recompute them. A percentage agrees when the exact value rounds or truncates to the
    decimals written (amounts written in a scale count with their rounding).

    Tóm tắt: Tỷ lệ phần trăm hoặc tốc độ tăng, giảm không đúng với các số liệu đi kèm (x/y, cột của
    bảng, so với cùng kỳ).

    Vì sao: Ai cũng tính lại được "Đã số hóa 8.412/9.350 hồ sơ, đạt tỷ lệ 98,97%", "28/30 lớp (đạt
    100% kế hoạch)", "tăng 463 vụ, tương ứng 13,51%", một cột tỷ lệ của bảng là thương của hai cột
    khác, hay "đạt 12,6% dự toán" so với kế hoạch trong bảng. Tỷ lệ được coi là đúng khi bằng tỷ số
    thật, làm tròn hoặc cắt bớt đến số chữ số thập phân đã viết (số viết theo đơn vị lớn được tính
    cả phần làm tròn).

    Bad:
        p: Đã số hóa 8.412/9.350 hồ sơ, đạt tỷ lệ 98,97%.  # expect: ARI003
    Good:
        p: Đã số hóa 8.412/9.350 hồ sơ, đạt tỷ lệ 89,97%.
    """

    id = "ARI003"
    name = "percentage-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for c in failing(self.analysis, (RATIO, GROWTH)):
            what = "Tỷ lệ" if c.kind == RATIO else "Tốc độ tăng, giảm"
            yield Finding(
                c.location,
                f"{what} không khớp với các số liệu: {c.computation}.",
                suggestion="Sửa tỷ lệ phần trăm cho đúng với các số đã nêu.",
                severity=severity(c),
            )
        plans = self._plans(doc)
        for s in self.analysis.indicator_statements:
            if s.source != "cell" and s.figure.unit not in ("%", None):
                yield from self._against(s, plans)

    def _plans(self, doc: Document) -> dict[str, dict[str, Decimal]]:
        """key -> {"year": plan, "month": plan} from the report tables, in base units."""
        out: dict[str, dict[str, Decimal]] = {}
        for s in self.analysis.indicator_statements:
            if s.source != "cell" or s.paragraph.table is None:
                continue
            v = next((v for v in self.analysis.table_views
                      if v.table.index == s.paragraph.table), None)
            if v is None or s.paragraph.row is None:
                continue
            for c in range(v.table.columns):
                head = norm(v.text(v.header_rows - 1, c)) if v.header_rows else ""
                kind = "year" if YEAR_PLAN_HEAD.search(head) else (
                    "month" if MONTH_PLAN_HEAD.search(head) else None)
                f = cell_figure(v.text(s.paragraph.row, c), v.notation.get(c)) if kind else None
                if kind and f is not None and not f.approx:
                    out.setdefault(s.key, {}).setdefault(kind, f.value * s.figure.scale)
        return out

    def _against(self, s: Statement, plans: dict[str, dict[str, Decimal]]) -> Iterator[Finding]:
        text = s.paragraph.match
        end = len(text)
        nxt = next_quantity(text[s.figure.end:])  # the next figure of a quantity
        if nxt is not None:
            end = s.figure.end + nxt
        window = text[s.figure.end:end]
        if window.count("(") > window.count(")") and ")" in text[end:]:
            window = text[s.figure.end:text.index(")", end) + 1]  # keep the bracket whole
        x = s.figure.base
        for m in PLAN_RE.finditer(window):
            period = "month" if "tháng" in m.group("rest").lower() else "year"
            plan = plans.get(s.key, {}).get(period)
            if not plan:
                continue
            pct, d = parse(m.group("p"), "vi")
            exact = x / plan * 100 - (100 if m.group("verb").lower() == "vượt" else 0)
            if not agrees(pct, d, exact):
                minus = m.group("verb").lower() == "vượt"
                yield self._finding(s, m, (pct, d), plan, minus, Severity.WARNING, m.group("what"))

    def _finding(
        self, s: Statement, m: re.Match[str], stated: tuple[Decimal, int], base: Decimal,
        minus: bool, level: Severity | None, what: str,
    ) -> Finding:
        pct, d = stated
        x = s.figure.base
        ratio = x / base * 100
        sc = s.figure.scale
        computed = f"{fmt_short(x / sc)} / {fmt_short(base / sc)} = {_pct(ratio, d + 2)}"
        if minus:
            computed += f"; {_pct(ratio, d + 2)} − 100% = {_pct(ratio - 100, d + 2)}"
        start = s.figure.end + m.start()
        return Finding(
            s.paragraph.at(start, m.end() - m.start()),
            f"Tỷ lệ {_pct(pct, d)} so với {what} không khớp: {computed}.",
            suggestion="Kiểm tra lại tỷ lệ phần trăm hoặc số liệu gốc.",
            severity=level,
        )
