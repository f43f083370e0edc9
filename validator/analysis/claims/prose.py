"""Claims stated inside one paragraph (or table cell), found from cue words and brackets.

The readers work on the mentions of :mod:`validator.analysis.claims.text`, in this order,
each taking the figures it ties together so that a later, weaker reader does not reuse them:

1. changes written with both figures: "tăng 54 vụ (209/155)";
2. a ratio with its percentage, either side, in or out of brackets: "8.412/9.350 hồ sơ, đạt
   tỷ lệ 98,97%", "90,58% (419.218/462.814 hồ sơ)", "28/30 lớp (đạt 100% kế hoạch)";
3. a total and its parts after "gồm", "bao gồm", "cụ thể", "trong đó", a colon or a bracket,
   with the share of each part when it is given ("12.480 hồ sơ; trong đó: … 12.106 hồ sơ
   (tỷ lệ 95,0%)"), ratios made of ratios ("42/139 …, (4/15 … và 38/124 …)"), several
   breakdowns of one total in a row ("nam: 1800, nữ: 122 … có nghề nghiệp: 851, …");
4. a part and its percentage of the nearest larger figure counting the same thing ("2.775.718
   tài khoản, kích hoạt 2.202.278 tài khoản (đạt tỷ lệ 79,34%)") — a weaker cue: warnings;
5. rates of change with their figures ("từ 120 lên 150 hồ sơ, tăng 25%", "412,68 triệu USD,
   vượt 69% so với cùng kỳ (…: 244,57 triệu USD)", "tăng 20 hồ sơ, tương ứng 20%");
6. contributions to a growth rate in percentage points (they add up; rates never do).

The readers live in :mod:`.changes` (1, 5, 6), :mod:`.ratios` (2, 3c, 4) and
:mod:`.breakdowns` (3, 3b), over the shared :mod:`.reader`; counts against the items they
count are read by :mod:`validator.analysis.claims.counts`.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from validator.analysis.claims.breakdowns import BREAK_CUE, STATUS_RE, BreakdownReader
from validator.analysis.claims.changes import ChangeReader
from validator.analysis.claims.model import SUBSET, SUM, Claim
from validator.analysis.claims.ratios import RatioReader
from validator.analysis.numbers import Figure
from validator.model import Paragraph


class Reader(ChangeReader, RatioReader, BreakdownReader):
    """Reads the claims of one paragraph's text (see the module doc for the order)."""

    def read(self) -> list[Claim]:
        ms = self.ms
        if len(ms) < 2:
            return self.out
        kinds = {m.kind for m in ms}
        if "ratio" in kinds:
            self.changes_in_brackets()
            if "pct" in kinds:
                self.ratios()
        if "pct" in kinds:
            self.growth()
        if len(ms) >= 3 and ("lên" in self.text or "xuống" in self.text or "còn" in self.text):
            self.from_to_changes()
        if BREAK_CUE.search(self.text):
            self.breakdowns()
        if len(ms) >= 3 and STATUS_RE.search(self.text):
            self.statuses()
        if "ratio" in kinds:
            self.ratio_groups()
        if "pct" in kinds:
            self.inferred_shares()
        self.points()
        return _once(self.out)


def _once(claims: list[Claim]) -> list[Claim]:
    """One failing sum per total and amount: several breakdowns of a mistyped total all miss
    it by the same amount, and say the same thing."""
    seen: set[tuple[Decimal, Decimal]] = set()
    out = []
    for c in claims:
        if not c.holds and c.kind in (SUM, SUBSET):
            key = (c.stated.base, sum((x.base for x in c.terms), Decimal(0)))
            if key in seen:
                continue
            seen.add(key)
        out.append(c)
    return out


def paragraph_claims(p: Paragraph, text: str | None = None,
                     figs: Sequence[Figure] | None = None) -> list[Claim]:
    """Every claim stated inside ``p`` (see the module doc)."""
    return Reader(p, text, figs).read()
