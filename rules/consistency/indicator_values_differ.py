"""CON001: the same indicator stated with different values in two places."""

from __future__ import annotations

from collections.abc import Iterator

from validator.analysis.indicators import Statement
from validator.analysis.numbers import fmt, same_figure
from validator.model import Document
from validator.rule import Finding, Related, Rule, Severity

PLACE = {"body": "trong văn bản", "cell": "trong bảng", "text": "trong phần tóm tắt của bảng"}


def _show(s: Statement) -> str:
    f = s.figure
    unit = f" {f.unit}" if f.unit else ""
    scale = {10**3: " nghìn", 10**6: " triệu", 10**9: " tỷ"}.get(f.scale, "")
    written = s.paragraph.match[f.start:f.end] if s.source != "cell" else f"{f.token}{scale}{unit}"
    exponent = f.quantum.normalize().as_tuple().exponent
    base = fmt(f.base, max(0, -exponent) if isinstance(exponent, int) else 0)
    if f.scale != 1 or s.source == "cell":
        return f"\"{written.strip()}\" (= {base}{unit})"
    return f"\"{written.strip()}\""


def _where(s: Statement) -> str:
    sec = f" ({s.paragraph.section})" if s.paragraph.section else ""
    return PLACE[s.source] + sec


class IndicatorValuesDiffer(Rule):
    """Flags an indicator whose figure differs between the text and a table, or within the text.

    Why: readers compare the body with the appendix; two values for one indicator (after
    converting nghìn/triệu/tỷ) make the report unreliable. A figure written with less
    precision agrees when it is the other rounded or truncated ("412" and "412,68").

    Tóm tắt: Cùng một chỉ tiêu có số liệu khác nhau giữa phần nội dung và bảng phụ lục, hoặc trong
    nội dung.

    Vì sao: Người đọc đối chiếu phần nội dung với phụ lục; một chỉ tiêu có hai số liệu (sau khi quy
    đổi nghìn/triệu/tỷ) làm báo cáo mất tin cậy. Số viết kém chính xác hơn vẫn được coi là khớp khi
    nó là số kia đã làm tròn hoặc cắt bớt ("412" và "412,68").

    Bad:
        p: Tổng thu ngân sách đạt 24.210 tỷ đồng.   # expect: CON001
        table[header=1]: Chỉ tiêu | Đơn vị tính | ƯTH tháng 01 // Thu ngân sách | Tỷ đồng | 24,622
    Good:
        p: Tổng thu ngân sách đạt 24.622 tỷ đồng.
        table[header=1]: Chỉ tiêu | Đơn vị tính | ƯTH tháng 01 // Thu ngân sách | Tỷ đồng | 24,622
    """

    id = "CON001"
    name = "indicator-values-differ"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        sts = self.analysis.indicator_statements
        tables = [s for s in sts if s.source != "body"]
        body = [s for s in sts if s.source == "body"]
        for b in body:
            bad = [t for t in tables if _comparable(b, t) and not _agree(b, t)]
            if bad:
                yield self._finding(b, bad, Severity.ERROR)
        for i, b in enumerate(body):
            for a in body[:i]:
                if a.paragraph is not b.paragraph and _comparable(a, b) and not _agree(a, b):
                    yield self._finding(b, [a], Severity.WARNING)
                    break
        cells = [s for s in tables if s.source == "cell"]
        for t in tables:
            if t.source == "text":
                bad = [c for c in cells if _comparable(t, c) and c.paragraph.row == t.paragraph.row
                       and c.paragraph.table == t.paragraph.table and not _agree(t, c)]
                if bad:
                    yield self._finding(t, bad, Severity.ERROR)

    def _finding(self, s: Statement, others: list[Statement], severity: Severity) -> Finding:
        f = s.figure
        shown = "; ".join(f"{_show(o)} {_where(o)}" for o in others)
        return Finding(
            s.paragraph.at(f.start, f.end - f.start),
            f"Chỉ tiêu \"{s.key}\": {_show(s)} {_where(s)} khác với {shown}.",
            suggestion="Thống nhất số liệu giữa các phần của báo cáo "
            "(kiểm tra đơn vị nghìn/triệu/tỷ).",
            related=tuple(
                Related(o.paragraph.location, f"Chỉ tiêu \"{o.key}\" {_where(o)}: {o.figure.token}")
                for o in others
            ),
            severity=None if severity == self.severity else severity,
        )


def _comparable(a: Statement, b: Statement) -> bool:
    return a.key == b.key and a.figure.unit == b.figure.unit and a.growth == b.growth


def _agree(a: Statement, b: Statement) -> bool:
    return same_figure(a.figure, b.figure)
