"""What the arithmetic rules share: the claims of ``analysis.claims`` that do not hold."""

from __future__ import annotations

from collections.abc import Iterator

from validator.analysis import Analysis
from validator.analysis.claims.model import ERROR, Claim
from validator.rule import Related, Severity


def failing(analysis: Analysis, kinds: tuple[str, ...],
            source: str | None = None) -> Iterator[Claim]:
    """The claims of these kinds (from text or tables) that do not hold, once per place."""
    seen: set[tuple[object, ...]] = set()
    for c in analysis.claims:
        if c.holds or c.kind not in kinds or source is not None and c.source != source:
            continue
        key = (c.location, c.computation)
        if key in seen:
            continue
        seen.add(key)
        yield c


def severity(c: Claim) -> Severity:
    """The severity a failing claim is reported with: how sure its reading is."""
    return Severity.ERROR if c.certainty == ERROR else Severity.WARNING


def related(c: Claim, what: str) -> tuple[Related, ...]:
    """The other places a claim takes its figures from (the list items that follow)."""
    return tuple(Related(loc, what) for loc in c.related)
