"""Roman numerals, written and read: the one implementation every part of soat uses."""

from __future__ import annotations

ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_DIGITS = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
    (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)


def roman(n: int) -> str:
    """``n`` in upper-case Roman numerals (1 to 3999); other numbers in Arabic digits."""
    if n <= 0 or n >= 4000:
        return str(n)
    out = []
    for v, s in _ROMAN_DIGITS:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def roman_value(s: str) -> int | None:
    """The value of a well-formed Roman numeral (any case), else None ("IIII", "VX", "")."""
    s = s.upper()
    if not s or any(c not in ROMAN_VALUES for c in s):
        return None
    total = 0
    prev = 0
    for c in reversed(s):
        v = ROMAN_VALUES[c]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total if roman(total) == s else None


__all__ = ["ROMAN_VALUES", "roman", "roman_value"]
