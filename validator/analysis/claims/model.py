"""Claims: what a report states about its own figures, and whether it holds.

A :class:`Term` is one figure as written, with where it stands; a :class:`Claim` is one
checkable relation between terms ("245 = 112 + 143", "8.412/9.350 = 98,97%", "04 kế hoạch
listed as three", "tăng 54 vụ (209/155)"), found by the readers of :mod:`validator.analysis.claims`.
A claim knows whether it holds within the precision written and how to say the computation
in Vietnamese notation ("12.106/12.480 = 97,0%, không phải 95,0%").

Figures agree within their written precision: a percentage written with ``d`` decimals
agrees with any exact value that rounds or truncates to it; amounts written in a scale
("22.143 tỷ đồng") or with decimals are rounded, so a sum of ``n`` rounded parts may miss
its rounded total by up to half a unit of each term; counts are exact.
"""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

import msgspec

from validator.analysis.numbers import fmt
from validator.model import Location, Paragraph

# Kinds of claims (the rule that checks each is chosen by kind, see rules/arithmetic).
SUM = "sum"  # a total and its parts, every part named ("gồm", brackets, "cụ thể", a list)
SUBSET = "subset"  # parts of a total that need not be all of it ("trong đó")
RATIO = "ratio"  # x/y stated with its percentage
SHARE = "share"  # a part of a stated total with its percentage
COUNT = "count"  # a count against the items it counts
CHANGE = "change"  # a change against the two figures it is the difference of
GROWTH = "growth"  # a rate of change against its two figures
POINTS = "points"  # a growth rate against the contributions that make it up

ERROR = "error"
WARNING = "warning"

HUNDRED = Decimal(100)


class Term(msgspec.Struct, frozen=True):
    """One figure of a claim as written, and where it stands."""

    value: Decimal  # as written (no scale applied): "22.143 tỷ" -> 22143
    decimals: int
    text: str  # the figure as written ("12.106", "95,0")
    paragraph: Paragraph | None = None
    start: int = 0
    end: int = 0
    scale: int = 1
    exact: bool = True  # a count, an amount to the unit or a maximum: no rounding

    @property
    def base(self) -> Decimal:
        return self.value * self.scale

    @property
    def half(self) -> Decimal:
        """Half the unit of the last digit written, in base units (0 for exact counts)."""
        if self.exact and self.scale == 1:
            return Decimal(0)
        return Decimal(1).scaleb(-self.decimals) * self.scale / 2


class Claim(msgspec.Struct, frozen=True):
    """A checkable relation between figures of the document."""

    kind: str
    stated: Term  # the figure the others are checked against
    terms: tuple[Term, ...]  # parts, or numerator and denominator, or the two figures
    holds: bool
    certainty: str  # ERROR when unambiguous, WARNING when the cue is weaker
    location: Location
    computation: str  # "12.106/12.480 = 97,0%, không phải 95,0%" (or "= 97,0%" when it holds)
    items: tuple[str, ...] = ()  # the items counted (COUNT)
    note: str = ""  # what the claim is about, for the message ("tổng", "tỷ lệ", ...)
    related: tuple[Location, ...] = ()
    source: str = "text"  # "text" (a paragraph, a list) or "table" (a table's rows and columns)

    def values(self) -> tuple[Decimal, ...]:
        """Every figure as written, the stated one first (used to match annotations)."""
        return (self.stated.value, *(t.value for t in self.terms))


# -- agreement within the written precision ---------------------------------------------------


def rounds_to(stated: Decimal, decimals: int, lo: Decimal, hi: Decimal | None = None) -> bool:
    """True when some value in ``[lo, hi]`` rounds or truncates to ``stated`` (``decimals``)."""
    hi = lo if hi is None else hi
    q = Decimal(1).scaleb(-decimals)
    if lo == hi:
        return any(lo.quantize(q, rounding=r) == stated for r in (ROUND_HALF_UP, ROUND_DOWN))
    # rounding half-up accepts [s - q/2, s + q/2); truncation [s, s + q)
    return lo < stated + q and hi >= stated - q / 2


def ratio_bounds(a: Term, b: Term) -> tuple[Decimal, Decimal]:
    """The percentage ``a/b`` can be, given the precision of both terms."""
    lo_b, hi_b = b.base - b.half, b.base + b.half
    lo_a, hi_a = a.base - a.half, a.base + a.half
    if lo_b <= 0:
        lo_b = b.base
    return lo_a / hi_b * HUNDRED, hi_a / lo_b * HUNDRED


def sum_agrees(total: Term, parts: list[Term] | tuple[Term, ...]) -> bool:
    s = sum((p.base for p in parts), Decimal(0))
    tol = total.half + sum((p.half for p in parts), Decimal(0))
    return abs(s - total.base) <= tol


def mistyped(x: Decimal, y: Decimal) -> bool:
    """``x`` and ``y`` differ the way a figure is mistyped: one digit replaced, two adjacent
    digits swapped, one digit left out or doubled ("286" for "268", "4.056" for "4.051")."""
    a, b = format(abs(x), "f").replace(".", ""), format(abs(y), "f").replace(".", "")
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and
                                  a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def near_miss(total: Term, s: Decimal) -> bool:
    """Parts that add up to the total but for one mistyped digit (on either side): a
    breakdown that may leave some out ("trong đó") is then read as meant to be whole."""
    return total.base >= 100 and total.scale == 1 and total.decimals == 0 and \
        s == s.to_integral_value() and mistyped(s, total.base)


# -- Vietnamese notation ------------------------------------------------------------------------


def show(t: Term) -> str:
    """A term in Vietnamese notation, as written when it already is ("01", "12.106")."""
    if t.text.isdigit() and (len(t.text) < 4 or t.text.startswith("0")):
        return t.text
    return fmt(t.value, t.decimals)


def show_value(value: Decimal, decimals: int) -> str:
    return fmt(value, decimals)


def pct_text(value: Decimal, decimals: int) -> str:
    return f"{fmt(value, decimals)}%"


def ratio_computation(a: Term, b: Term, pct: Term) -> tuple[bool, str]:
    """Whether ``pct`` is a/b and the computation as text ("8.412/9.350 = 89,97%")."""
    if b.base == 0:
        return True, ""
    lo, hi = ratio_bounds(a, b)
    exact = a.base / b.base * HUNDRED
    ok = rounds_to(pct.value, pct.decimals, lo, hi)
    d = max(pct.decimals, 1) if not ok else pct.decimals
    text = f"{show(a)}/{show(b)} = {pct_text(exact, d)}"
    if not ok:
        text += f", không phải {pct_text(pct.value, pct.decimals)}"
    return ok, text
