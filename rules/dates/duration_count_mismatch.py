"""Rule DAT008 duration-count-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.model import Document
from validator.rule import Finding, Rule, Severity

_COUNT = recache.compile(
    r"(?<![\d.,/])(\d{1,3})\s+ngày\b(?P<mid>[^()]{0,80})\(\s*(?:từ\s+)?(?:ngày\s+)?$",
    re.IGNORECASE,
)


class DurationCountMismatch(Rule):
    """Flags a count of days that disagrees with the range given beside it, counted inclusively.

    Why: "04 ngày (từ ngày 01/01/2026 đến ngày 03/01/2026)" is wrong in the count or in a
    date; a range from the 1st to the 4th is four days.

    Tóm tắt: Số ngày nêu ra không khớp với khoảng thời gian đi kèm (tính cả ngày đầu và ngày cuối).

    Vì sao: "04 ngày (từ ngày 01/01/2026 đến ngày 03/01/2026)" sai ở số ngày hoặc ở một ngày; từ
    mùng 1 đến mùng 4 là bốn ngày.

    Bad:
        p: Nghỉ Tết Dương lịch 04 ngày (từ ngày 01/01/2026 đến ngày 03/01/2026).  # expect: DAT008
    Good:
        p: Nghỉ Tết Dương lịch 04 ngày (từ ngày 01/01/2026 đến ngày 04/01/2026).
    """

    id = "DAT008"
    name = "duration-count-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for r in self.analysis.date_ranges:
            p, a, b = r.paragraph, r.start, r.end
            m = _COUNT.search(p.match[max(0, a.offset - 120):a.offset])
            if m is None:
                continue
            n = int(m.group(1))
            days = (r.last - r.first).days + 1
            if days == n:
                continue
            start = max(0, a.offset - 120) + m.start()
            yield Finding(p.at(start, b.end - start),
                          f"Ghi {m.group(1)} ngày nhưng khoảng \"{p.text[a.offset:b.end]}\" có "
                          f"{days} ngày (tính cả ngày đầu và ngày cuối).",
                          suggestion="Kiểm tra lại số ngày hoặc các ngày của khoảng.")
