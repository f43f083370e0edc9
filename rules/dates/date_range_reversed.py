"""Rule DAT007 date-range-reversed."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rules._calendar import document_dates
from validator import recache
from validator.model import Document
from validator.rule import Finding, Rule, Severity

_BETWEEN = recache.compile(r"^\s*(?:-|đến|tới)\s*(?:hết\s+)?(?:ngày\s+)?$", re.IGNORECASE)


class DateRangeReversed(Rule):
    """Flags a date range whose start is after its end ("từ ngày 10/3/2026 đến ngày 01/3/2026").

    Why: a reversed range is a typo in one of its dates, and a reader cannot tell which.

    Bad:
        p: Kiểm tra từ ngày 10/3/2026 đến ngày 01/3/2026 tại các xã.  # expect: DAT007
    Good:
        p: Kiểm tra từ ngày 01/3/2026 đến ngày 10/3/2026 tại các xã.
    """

    id = "DAT007"
    name = "date-range-reversed"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        items = document_dates(doc, self.context)
        for (p, a), (q, b) in zip(items, items[1:], strict=False):
            if p is not q or a.date is None or b.date is None:
                continue
            if not _BETWEEN.match(p.match[a.end:b.offset]) or a.date <= b.date:
                continue
            yield Finding(p.at(a.offset, b.end - a.offset),
                          f"Khoảng thời gian \"{p.text[a.offset:b.end]}\" có ngày bắt đầu sau "
                          "ngày kết thúc.", suggestion="Kiểm tra lại hai ngày của khoảng.")
