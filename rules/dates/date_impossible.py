"""Rule DAT001 date-impossible."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Rule, Severity


class DateImpossible(Rule):
    """Flags a date that cannot exist (31/4/2026, 29/02/2025, a month 13).

    Why: an impossible date is always a typo, and the reader cannot tell which part is wrong.

    Tóm tắt: Ngày không có thật (31/4/2026, 29/02/2025, tháng 13).

    Vì sao: Ngày không có thật luôn là lỗi gõ, và người đọc không biết ngày, tháng hay năm bị sai.

    Bad:
        p: Kế hoạch số 12-KH/TU, ngày 31/4/2026 của Thành ủy.  # expect: DAT001
    Good:
        p: Kế hoạch số 12-KH/TU, ngày 30/4/2026 của Thành ủy.
    """

    id = "DAT001"
    name = "date-impossible"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for p, dm in self.analysis.dates:
            if dm.date is not None:
                continue
            why = (f"tháng {dm.month} không tồn tại" if not 1 <= dm.month <= 12
                   else f"tháng {dm.month} năm {dm.year} không có ngày {dm.day}")
            yield Finding(p.at(dm.offset, dm.length),
                          f"Ngày \"{p.text[dm.offset:dm.end]}\" không có thật: {why}.",
                          suggestion="Kiểm tra lại ngày, tháng.")
