"""Rule DAT007 date-range-reversed."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Rule, Severity


class DateRangeReversed(Rule):
    """Flags a date range whose start is after its end ("từ ngày 10/3/2026 đến ngày 01/3/2026").

    Why: a reversed range is a typo in one of its dates, and a reader cannot tell which.

    Tóm tắt: Khoảng thời gian có ngày bắt đầu sau ngày kết thúc.

    Vì sao: Khoảng thời gian ngược là lỗi gõ ở một trong hai ngày, và người đọc không biết ngày nào
    sai.

    Bad:
        p: Kiểm tra từ ngày 10/3/2026 đến ngày 01/3/2026 tại các xã.  # expect: DAT007
    Good:
        p: Kiểm tra từ ngày 01/3/2026 đến ngày 10/3/2026 tại các xã.
    """

    id = "DAT007"
    name = "date-range-reversed"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for r in self.analysis.date_ranges:
            p, a, b = r.paragraph, r.start, r.end
            if r.first <= r.last:
                continue
            yield Finding(p.at(a.offset, b.end - a.offset),
                          f"Khoảng thời gian \"{p.text[a.offset:b.end]}\" có ngày bắt đầu sau "
                          "ngày kết thúc.", suggestion="Kiểm tra lại hai ngày của khoảng.")
