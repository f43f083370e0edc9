"""ARI003: a percentage that does not follow from the figures stated with it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from validator import recache
from validator.analysis.indicators import Statement
from validator.analysis.numbers import (
    SCALE_RE,
    SCALES,
    agrees,
    cell_figure,
    fmt,
    fmt_short,
    next_quantity,
    parse,
)
from validator.analysis.text import norm
from validator.model import Document, Paragraph
from validator.rule import Finding, Rule, Severity

NUM = r"\d[\d.,]*\d|\d"
RATIO_RE = recache.compile(
    rf"(?<![\w/])({NUM})\s*/\s*({NUM})\s*(?:{SCALE_RE})?[^()\d%]{{0,25}}\(\s*[~≈]?\s*({NUM})\s*%\s*\)"
)
PLAN_RE = recache.compile(
    rf"(?P<verb>đạt|bằng|vượt)\s+(?P<p>{NUM})\s*%\s*(?:so với\s+)?"
    r"(?P<what>dự toán|kế hoạch|kịch bản)"
    r"(?P<rest>[^,;.()]{0,60})",
    re.IGNORECASE,
)
SAME_PERIOD_RE = recache.compile(
    rf"(?:vượt|tăng)\s+(?P<p>{NUM})\s*%\s*so với cùng kỳ[^()]{{0,20}}\((?:[^():]*:)?\s*"
    rf"(?P<b>{NUM})\s*(?P<scale>{SCALE_RE})?",
    re.IGNORECASE,
)
YEAR_PLAN_HEAD = recache.compile(r"kh năm|kế hoạch năm|dự toán|kh \d{4}")
MONTH_PLAN_HEAD = recache.compile(r"^(?:kh |kế hoạch |kịch bản )?tháng\s*\d")


def _pct(p: Decimal, d: int) -> str:
    return f"{fmt(p, d)}%"


class PercentageMismatch(Rule):
    """Flags a percentage that is not the ratio of the figures it is stated with.

    Why: "1.688/3.802 tỷ đồng (~44,39%)", "đạt 12,6% dự toán", "vượt 69% so với cùng kỳ
    (…: 244,57 triệu USD)" can be recomputed by any reader. A percentage agrees when it is
    the exact ratio rounded or truncated to the decimals written.

    Tóm tắt: Tỷ lệ phần trăm không đúng với các số liệu đi kèm.

    Vì sao: Ai cũng tính lại được "1.688/3.802 tỷ đồng (~44,39%)", "đạt 12,6% dự toán", "vượt 69% so
    với cùng kỳ". Tỷ lệ được coi là đúng khi bằng tỷ số thật, làm tròn hoặc cắt bớt đến số chữ số
    thập phân đã viết.

    Bad:
        p: Đã thực hiện 1.688/3.802 tỷ đồng (~45,39%) giá trị hợp đồng.  # expect: ARI003
    Good:
        p: Đã thực hiện 1.688/3.802 tỷ đồng (~44,39%) giá trị hợp đồng.
    """

    id = "ARI003"
    name = "percentage-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in self.analysis.digit_paragraphs:
            yield from self._ratios(p)
        plans = self._plans(doc)
        for s in self.analysis.indicator_statements:
            if s.source != "cell" and s.figure.unit not in ("%", None):
                yield from self._against(s, plans)

    def _ratios(self, p: Paragraph) -> Iterator[Finding]:
        if "%" not in p.match or "/" not in p.match:
            return  # RATIO_RE needs both
        for m in RATIO_RE.finditer(p.match):
            a, b = parse(m.group(1), "vi")[0], parse(m.group(2), "vi")[0]
            pct, d = parse(m.group(3), "vi")
            if b and not agrees(pct, d, a / b * 100):
                yield Finding(
                    p.at(m.start(), m.end() - m.start()),
                    f"Tỷ lệ {_pct(pct, d)} không khớp: {fmt(a, 0)} / {fmt(b, 0)} = "
                    f"{_pct(a / b * 100, d + 2)}.",
                    suggestion="Sửa tỷ lệ phần trăm cho đúng với các số đã nêu.",
                )

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
        for m in SAME_PERIOD_RE.finditer(window):
            b = parse(m.group("b"), "vi")[0] * SCALES.get((m.group("scale") or "").lower(), 1)
            pct, d = parse(m.group("p"), "vi")
            if b and not agrees(pct, d, x / b * 100 - 100):
                yield self._finding(s, m, (pct, d), b, True, None, "cùng kỳ")

    def _finding(
        self, s: Statement, m: re.Match[str], stated: tuple[Decimal, int], base: Decimal,
        minus: bool, severity: Severity | None, what: str,
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
            severity=severity,
        )
