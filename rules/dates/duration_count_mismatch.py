"""Rule DAT008 duration-count-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rules._calendar import document_dates
from validator import recache
from validator.model import Document
from validator.rule import Finding, Rule, Severity

_COUNT = recache.compile(
    r"(?<![\d.,/])(\d{1,3})\s+ngày\b(?P<mid>[^()]{0,80})\(\s*(?:từ\s+)?(?:ngày\s+)?$",
    re.IGNORECASE,
)
_BETWEEN = recache.compile(r"^\s*(?:-|đến|tới)\s*(?:hết\s+)?(?:ngày\s+)?$", re.IGNORECASE)


class DurationCountMismatch(Rule):
    """Flags a count of days that disagrees with the range given beside it, counted inclusively.

    Why: "04 ngày (từ ngày 01/01/2026 đến ngày 03/01/2026)" is wrong in the count or in a
    date; a range from the 1st to the 4th is four days.

    Bad:
        p: Nghỉ Tết Dương lịch 04 ngày (từ ngày 01/01/2026 đến ngày 03/01/2026).  # expect: DAT008
    Good:
        p: Nghỉ Tết Dương lịch 04 ngày (từ ngày 01/01/2026 đến ngày 04/01/2026).
    """

    id = "DAT008"
    name = "duration-count-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        items = document_dates(doc, self.context)
        for (p, a), (q, b) in zip(items, items[1:], strict=False):
            if p is not q or a.date is None or b.date is None:
                continue
            if not _BETWEEN.match(p.match[a.end:b.offset]):
                continue
            m = _COUNT.search(p.match[max(0, a.offset - 120):a.offset])
            if m is None:
                continue
            n = int(m.group(1))
            days = (b.date - a.date).days + 1
            if days == n:
                continue
            start = max(0, a.offset - 120) + m.start()
            yield Finding(p.at(start, b.end - start),
                          f"Ghi {m.group(1)} ngày nhưng khoảng \"{p.text[a.offset:b.end]}\" có "
                          f"{days} ngày (tính cả ngày đầu và ngày cuối).",
                          suggestion="Kiểm tra lại số ngày hoặc các ngày của khoảng.")
