"""What the paragraph readers share: the paragraph, its mentions and the claims found so far.

:class:`ParagraphReader` holds one paragraph's text and the mentions of
:mod:`validator.analysis.claims.text`; the readers of :mod:`.changes`, :mod:`.ratios` and
:mod:`.breakdowns` extend it, and :class:`validator.analysis.claims.prose.Reader` runs them in
order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from validator import recache
from validator.analysis.claims.model import HUNDRED, Claim, Term
from validator.analysis.claims.text import Layout, Mention, layout, mentions
from validator.analysis.numbers import Figure
from validator.model import Paragraph

# what may stand between a figure and the percentage that belongs to it
LINK_TAIL = (
    r"[\s,(:]*(?:(?:và|hay|hoặc)\s+)?(?:(?:đạt|chiếm|bằng|là|đạt được|tương ứng|tương đương)"
    r"\s+)?(?:tỷ lệ|tỉ lệ)?\s*(?:là|đạt)?\s*[:=]?\s*[~≈]?\s*$"
)
# a percentage of a plan, an estimate or the same period: not a share of a figure before it
PCT_BASE_AFTER = recache.compile(
    r"\s*(?:so với|so cùng kỳ|cùng kỳ|dự toán|kế hoạch|kịch bản|chỉ tiêu|mục tiêu|tổng dự toán|"
    r"trên tổng|nhiệm vụ (?:năm|kế hoạch)|yêu cầu|định mức)",
    re.IGNORECASE,
)
CHANGE_VERB_BEFORE = recache.compile(r"(?:tăng|giảm|gảm|vượt)\s*(?:thêm\s*)?$", re.IGNORECASE)


class ParagraphReader:
    """One paragraph's text, its figure mentions and the claims read from them."""

    def __init__(self, p: Paragraph, text: str | None = None,
                 figs: Sequence[Figure] | None = None) -> None:
        self.p = p
        self.text = text if text is not None else p.match
        self.lay: Layout = layout(self.text)
        self.ms: list[Mention] = mentions(p, self.text, self.lay, figs)
        # the index of the first mention of each mention's sentence: searches back through a
        # sentence stop there instead of running through the whole paragraph
        self.starts = [m.start for m in self.ms]
        self.first: list[int] = []
        for i, m in enumerate(self.ms):
            same = i > 0 and self.ms[i - 1].sentence == m.sentence
            self.first.append(self.first[i - 1] if same else i)
        self.used: set[int] = set()  # ids of mentions already tied into a claim
        self.out: list[Claim] = []

    # -- helpers --------------------------------------------------------------------------

    def at(self, start: int, end: int) -> object:
        return self.p.at(start, max(0, end - start))

    def between(self, a: int, b: int) -> str:
        return self.text[a:b] if a < b else ""

    def claim(self, kind: str, stated: Term, terms: tuple[Term, ...], holds: bool,
              certainty: str, start: int, end: int, computation: str, note: str = "",
              items: tuple[str, ...] = ()) -> None:
        self.out.append(Claim(kind, stated, terms, holds, certainty,
                              self.p.at(start, max(1, end - start)), computation, items, note))

    def _clause_start(self, pos: int) -> int:
        return self.lay.clause.span(pos, len(self.text))[0]

    def _sentence_end(self, pos: int) -> int:
        return self.lay.sentence.span(pos, len(self.text))[1]

    def _same_count(self, t: Mention, x: Mention) -> bool:
        """``x`` counts what ``t`` counts: the same noun after both, or the noun of ``x``
        named before ``t`` ("Tổng số nhiệm vụ được giao là 21, … 15/21 nhiệm vụ")."""
        if t.noun:
            return same_noun(x.noun, t.noun)
        if not x.noun:
            return False
        before = self.text[self._clause_start(t.start):t.start].lower()
        return " ".join(x.noun.split()[:2]).lower() in before


def same_noun(a: str, b: str) -> bool:
    """The same thing counted: "nhiệm vụ" and "nhiệm vụ trọng tâm" (not just "nhiệm")."""
    wa, wb = a.split(), b.split()
    n = min(len(wa), len(wb), 2)
    return n > 0 and wa[:n] == wb[:n] and (n == 2 or len(wa) == len(wb) == 1)


def growth_bounds(current: Term, base: Term, down: bool) -> tuple[Decimal, Decimal]:
    lo_c, hi_c = current.base - current.half, current.base + current.half
    lo_b, hi_b = base.base - base.half, base.base + base.half
    if lo_b <= 0:
        lo_b = base.base
    lo = (lo_c / hi_b - 1) * HUNDRED
    hi = (hi_c / lo_b - 1) * HUNDRED
    if down:
        lo, hi = -hi, -lo
    return lo, hi
