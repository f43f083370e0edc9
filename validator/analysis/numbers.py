"""Numbers as Vietnamese reports write them: notation, ranges, units, scales and tolerance.

Vietnamese notation groups thousands with "." and writes decimals after "," ("24.228,133",
"12,6%"); tables copied from spreadsheets often use the English notation ("194,935.65",
"1,198,916", "11.81"). A figure with one separator followed by exactly three digits
("24.622", "187,767") is ambiguous; it is read with the notation of its context (the
sentence, the table column) and, without evidence, as thousands.

Values are :class:`~decimal.Decimal` so that sums of written figures are exact
("-0,03 + 35,92 + 0,25 + 0,09 = 36,23"). A figure written with ``d`` decimals agrees with an
exact value when it equals that value rounded half-up or truncated to ``d`` decimals
("44,39%" for 44,397…%, "69%" for 68,7%).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import (
    ROUND_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    InvalidOperation,
)

import msgspec

from validator import recache

# Notation kinds of one written figure.
VI = "vi"  # unambiguously Vietnamese: "12,6", "24.228,133", "12.792.640"
EN = "en"  # unambiguously English: "11.81", "194,935.65", "1,198,916", "0.794"
AMB_DOT = "amb-dot"  # "24.622": Vietnamese thousands or English decimal
AMB_COMMA = "amb-comma"  # "187,767": English thousands or Vietnamese decimal
PLAIN = "plain"  # digits only

# A figure: r"(?<![\w.,/])(\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w])",
# written to start with its first digit (the look-behind checks the character before it),
# which lets re scan for a digit instead of trying every position; same matches.
NUMBER_RE = recache.compile(
    r"(\d(?<![\w.,/]\d)(?:\d{0,2}(?:[.,]\d{3})+(?:[.,]\d+)?|\d*(?:[.,]\d+)?))(?![\w])"
)
# Every figure, date and document code holds a digit: a text without one needs no scan.
DIGIT_RE = recache.compile(r"\d")
has_digit = DIGIT_RE.search


SCALES = {"nghìn tỷ": 10**12, "ngàn tỷ": 10**12, "nghìn": 10**3, "ngàn": 10**3,
          "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
# unit word (lower-case pattern) -> canonical unit
UNITS = (
    (r"điểm\s*%|điểm phần trăm", "điểm %"),
    (r"%", "%"),
    (r"đồng|vnđ|vnd", "đồng"),
    (r"usd|đô la mỹ|đô la|đôla", "USD"),
    (r"tấn", "tấn"),
    (r"lượt", "lượt"),
    (r"doanh nghiệp", "doanh nghiệp"),
    (r"dự án", "dự án"),
    (r"căn", "căn"),
)
SCALE_RE = r"(?:nghìn tỷ|ngàn tỷ|nghìn|ngàn|triệu|tỷ|tỉ)"
UNIT_RE = "|".join(f"(?:{u})" for u, _ in UNITS)
_UNIT_RES = tuple((recache.compile(u), name) for u, name in UNITS)
QUANTITY_TAIL = recache.compile(
    rf"\s*(?P<scale>{SCALE_RE})?\s*(?P<unit>{UNIT_RE})?(?![\w])", re.IGNORECASE
)
SKIP_AFTER = recache.compile(r"/\d|-[A-ZĐ]|/[A-ZĐ]")
APPROX_BEFORE = recache.compile(
    r"(?:~|≈|khoảng|gần|trên|hơn|dưới|ít nhất|tối thiểu|tối đa|>|<|≥|≤)\s*$", re.IGNORECASE
)


def classify(token: str) -> str:
    """The notation kind of a written figure (see the module constants)."""
    dots, commas = token.count("."), token.count(",")
    if not dots and not commas:
        return PLAIN
    if dots and commas:
        return VI if token.rfind(",") > token.rfind(".") else EN
    sep = "." if dots else ","
    if token.count(sep) > 1:
        return VI if sep == "." else EN
    head, tail = token.split(sep)
    if len(tail) == 3 and head != "0":
        return AMB_DOT if sep == "." else AMB_COMMA
    if sep == ".":
        return EN
    return VI


def resolve(kind: str, notation: str | None) -> str:
    """The notation to read a figure of ``kind`` with, given its context's notation."""
    if kind in (VI, EN):
        return kind
    if kind == PLAIN:
        return VI
    if notation in (VI, EN):
        return notation
    return VI if kind == AMB_DOT else EN  # no evidence: the separator groups thousands


def parse(token: str, notation: str | None = None) -> tuple[Decimal, int]:
    """``(value, decimals written)`` of a figure, e.g. ``parse("24.228,133") -> (24228.133, 3)``."""
    return _parse_kind(token, classify(token), notation)


def _parse_kind(token: str, kind: str, notation: str | None) -> tuple[Decimal, int]:
    how = resolve(kind, notation)
    thousands, point = (".", ",") if how == VI else (",", ".")
    digits = token.replace(thousands, "")
    decimals = len(digits.split(point)[1]) if point in digits else 0
    try:
        return Decimal(digits.replace(point, ".")), decimals
    except InvalidOperation:  # pragma: no cover - the regex only passes digits
        return Decimal(0), 0


def context_notation(tokens: Iterable[str]) -> str | None:
    """VI or EN when the unambiguous figures among ``tokens`` agree, else None."""
    kinds = {classify(t) for t in tokens} & {VI, EN}
    return kinds.pop() if len(kinds) == 1 else None


def fmt(value: Decimal, decimals: int, notation: str = VI) -> str:
    """Write ``value`` with ``decimals`` decimals: ``fmt(Decimal("44.3977"), 2) -> "44,40"``."""
    q = Decimal(1).scaleb(-decimals)
    # precision for every digit written: a figure of hundreds of digits is no error to show
    exact = Context(prec=max(28, value.adjusted() + decimals + 2))
    v = value.quantize(q, rounding=ROUND_HALF_UP, context=exact)
    sign = "-" if v < 0 else ""
    whole, _, frac = f"{v.copy_abs():f}".partition(".")
    thousands, point = (".", ",") if notation == VI else (",", ".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = thousands.join(groups)
    return sign + (out + point + frac if decimals > 0 else out)


def fmt_short(value: Decimal) -> str:
    """A figure in Vietnamese notation with the decimals it needs (at most 3)."""
    text = fmt(value, 3)
    return text.rstrip("0").rstrip(",") if "," in text else text


def agrees(stated: Decimal, decimals: int, exact: Decimal) -> bool:
    """True when ``stated`` is ``exact`` rounded or truncated to ``decimals`` decimals."""
    q = Decimal(1).scaleb(-decimals)
    return any(
        exact.quantize(q, rounding=r) == stated
        for r in (ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN)
    )


class Figure(msgspec.Struct, frozen=True):
    """A figure found in a text, with its quantity when a scale or unit follows it."""

    value: Decimal  # as written, before the scale
    decimals: int
    start: int
    end: int  # end of the figure, its scale and unit
    token: str
    kind: str
    scale: int = 1
    unit: str | None = None
    approx: bool = False
    padded: bool = False  # "07"

    @property
    def base(self) -> Decimal:
        """The value in the unit's base (scale applied): "4,5 tỷ" -> 4 500 000 000."""
        return self.value * self.scale

    @property
    def quantum(self) -> Decimal:
        """The precision written, in base units ("4,5 tỷ" -> 100 000 000)."""
        return Decimal(1).scaleb(-self.decimals) * self.scale


def unit_of(text: str) -> tuple[int, str | None]:
    """``(scale, unit)`` of a unit label such as a table's "Tỷ đồng" or "Triệu lượt người"."""
    m = QUANTITY_TAIL.match(" " + text.strip())
    if not m or not (m.group("scale") or m.group("unit")):
        return 1, None
    return _scale(m.group("scale")), _unit(m.group("unit"))


def _scale(word: str | None) -> int:
    return SCALES.get(" ".join(word.lower().split()), 1) if word else 1


def _unit(word: str | None) -> str | None:
    if not word:
        return None
    lower = word.lower()
    for pattern, name in _UNIT_RES:
        if pattern.fullmatch(lower):
            return name
    return None


def figures(text: str, notation: str | None = None) -> Iterator[Figure]:
    """Every figure in ``text`` (a paragraph's ``match``), read in the context's notation.

    Dates ("24/01/2026"), codes ("57-NQ/TW") and ordinals glued to words are skipped by the
    number pattern; the notation defaults to the one the sentence's unambiguous figures use.
    Several rules read the same paragraphs: they ask ``analysis.figures(text)``, which reads
    each text once per document.
    """
    if not has_digit(text):
        return
    found = [(m, m.group(1)) for m in NUMBER_RE.finditer(text)]
    kinds = [classify(token) for _, token in found]
    if not notation:  # context_notation() of the tokens, from their kinds
        known = set(kinds) & {VI, EN}
        notation = known.pop() if len(known) == 1 else None
    for (m, token), kind in zip(found, kinds):
        end = m.end()
        if SKIP_AFTER.match(text, end):
            continue  # a date, a ratio's first term or a document code
        value, decimals = _parse_kind(token, kind, notation)
        tail = QUANTITY_TAIL.match(text, end)
        scale, unit = 1, None
        if tail and (tail.group("scale") or tail.group("unit")):
            scale, unit, end = _scale(tail.group("scale")), _unit(tail.group("unit")), tail.end()
        start = m.start()
        before = text[max(0, start - 12):start]
        if before.endswith("-") and (len(before) < 2 or before[-2] in " (;:"):
            value = -value
        yield Figure(
            value, decimals, start, end, token, kind, scale, unit,
            bool(APPROX_BEFORE.search(before)),
            len(token) >= 2 and token[0] == "0" and token.isdigit(),
        )


def next_quantity(text: str) -> int | None:
    """Where the first figure of ``figures(text)`` with a unit other than "%" starts, or None.

    The same scan as :func:`figures`, stopping at that figure without reading the others.
    """
    if not has_digit(text):
        return None
    for m in NUMBER_RE.finditer(text):
        end = m.end()
        if SKIP_AFTER.match(text, end):
            continue
        tail = QUANTITY_TAIL.match(text, end)
        if tail and _unit(tail.group("unit")) not in ("%", None):
            return m.start()
    return None


CELL_RE = recache.compile(
    r"^\s*(?P<op>~|≈|>|<|≥|≤|khoảng|trên|dưới)?\s*(?P<a>\d[\d.,]*)\s*(?P<pct>%)?"
    r"(?:\s*-\s*(?P<b>\d[\d.,]*)\s*%?)?\s*$",
    re.IGNORECASE,
)


def cell_figure(text: str, notation: str | None = None) -> Figure | None:
    """The figure a table cell holds ("24,622.00", "> 75", "15,5 - 16"), or None.

    Ranges and bounds come back with ``approx`` set: they are targets, not amounts.
    """
    if not has_digit(text):
        return None
    m = CELL_RE.match(fold_spaces(text))
    if not m or not NUMBER_RE.fullmatch(m.group("a")):
        return None
    value, decimals = parse(m.group("a"), notation)
    return Figure(
        value, decimals, m.start("a"), m.end("a"), m.group("a"), classify(m.group("a")),
        unit="%" if m.group("pct") else None, approx=bool(m.group("op") or m.group("b")),
        padded=len(m.group("a")) >= 2 and m.group("a")[0] == "0" and m.group("a").isdigit(),
    )


def fold_spaces(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def same_figure(a: Figure, b: Figure) -> bool:
    """True when two statements of one quantity agree at the coarser precision written."""
    coarse, fine = (a, b) if a.quantum >= b.quantum else (b, a)
    q = coarse.quantum
    for rounding in (ROUND_HALF_UP, ROUND_DOWN):
        if (fine.base / q).quantize(Decimal(1), rounding=rounding) * q == coarse.base:
            return True
    return False
