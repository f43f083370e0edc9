"""Dates as Vietnamese reports write them, weekdays, and the Vietnamese lunar calendar.

- numeric dates ``29/01/2026``, ``9-8-2019``, ``15.7.2025`` and long dates
  ``ngày 06 tháng 11 năm 2025`` (:func:`find_dates`), kept even when impossible (31/4/2026)
  so that a rule can say so;
- the solar-to-lunar conversion of Hồ Ngọc Đức's well-known algorithm, at UTC+7 (the
  Vietnamese calendar differs from the Chinese one, computed at UTC+8, in some years), with
  the can-chi name of a lunar year.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable

import msgspec

from validator import recache
from validator.model import Paragraph

# The look-behinds ("not after a digit or separator", "not inside a word") are checked after
# the first character, so that re scans for that character instead of trying every
# position: the same matches as r"(?<![\d/.,-])(?P<d>\d{1,2})…" and r"(?<!\w)ngày…".
NUMERIC_RE = recache.compile(
    r"(?P<d>\d(?<![\d/.,-]\d)\d?)(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})"
    r"(?![\w/]|[.,]\d)"
)
LONG_RE = recache.compile(
    r"ngày(?<!\wngày)\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})(?!\d)",
    re.IGNORECASE,
)
# Both forms end in a four-digit year: a text without four digits in a row holds no date.
_YEAR_DIGITS = recache.compile(r"\d{4}").search


class DateMention(msgspec.Struct, frozen=True):
    """A date written in a paragraph; ``date`` is None when it cannot exist."""

    day: int
    month: int
    year: int
    offset: int
    length: int
    form: str  # "numeric" | "long"
    sep: str  # "/", "-", "." for numeric dates, " " for long ones
    text: str

    @property
    def date(self) -> dt.date | None:
        return make_date(self.year, self.month, self.day)

    @property
    def end(self) -> int:
        return self.offset + self.length


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(match: str) -> list[DateMention]:
    """Every date in a folded paragraph text, in order. Numeric dates written with "." or
    "-" count only when they can exist (they could be something else)."""
    out: list[DateMention] = []
    if not _YEAR_DIGITS(match):
        return out
    for m in LONG_RE.finditer(match):
        out.append(DateMention(int(m["d"]), int(m["m"]), int(m["y"]), m.start(),
                               m.end() - m.start(), "long", " ", m.group(0)))
    for m in NUMERIC_RE.finditer(match):
        d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
        if m["sep"] != "/" and make_date(y, mo, d) is None:
            continue
        out.append(DateMention(d, mo, y, m.start(), m.end() - m.start(), "numeric", m["sep"],
                               m.group(0)))
    out.sort(key=lambda x: x.offset)
    return out


WEEKDAYS = ("Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Chủ nhật")


def weekday_name(d: dt.date) -> str:
    """"thứ Hai" … "thứ Bảy", "Chủ nhật"."""
    w = WEEKDAYS[d.weekday()]
    return w if w == "Chủ nhật" else f"thứ {w}"


# -- Vietnamese lunar calendar (Hồ Ngọc Đức, https://www.informatik.uni-leipzig.de/~duc/amlich/)

TZ = 7.0


def jd_from_date(d: dt.date) -> int:
    a = (14 - d.month) // 12
    y = d.year + 4800 - a
    m = d.month + 12 * a - 3
    jd = d.day + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045
    if jd < 2299161:
        jd = d.day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return jd


def _new_moon(k: int) -> float:
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 -= 0.4068 * math.sin(mpr * dr) - 0.0161 * math.sin(dr * 2 * mpr)
    c1 -= 0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 -= 0.0074 * math.sin(dr * (m - mpr)) - 0.0004 * math.sin(dr * (2 * f + m))
    c1 -= 0.0004 * math.sin(dr * (2 * f - m)) + 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        deltat = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        deltat = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - deltat


def _sun_longitude(jdn: float) -> float:
    t = (jdn - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    lon = (l0 + dl) * dr
    lon -= math.pi * 2 * math.floor(lon / (math.pi * 2))
    return lon


def _new_moon_day(k: int) -> int:
    return math.floor(_new_moon(k) + 0.5 + TZ / 24)


def _sun_sector(jdn: int) -> int:
    return math.floor(_sun_longitude(jdn - 0.5 - TZ / 24) / math.pi * 6)


def _month11(year: int) -> int:
    off = jd_from_date(dt.date(year, 12, 31)) - 2415021
    k = math.floor(off / 29.530588853)
    nm = _new_moon_day(k)
    if _sun_sector(nm) >= 9:
        nm = _new_moon_day(k - 1)
    return nm


def _leap_offset(a11: int) -> int:
    k = math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5)
    i = 1
    arc = _sun_sector(_new_moon_day(k + i))
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i))
        if arc == last or i >= 14:
            break
    return i - 1


class LunarDate(msgspec.Struct, frozen=True):
    day: int
    month: int
    year: int
    leap: bool = False

    @property
    def can_chi(self) -> str:
        return can_chi(self.year)


def to_lunar(d: dt.date) -> LunarDate:
    """The Vietnamese lunar date of a solar date."""
    day_number = jd_from_date(d)
    k = math.floor((day_number - 2415021.076998695) / 29.530588853)
    month_start = _new_moon_day(k + 1)
    if month_start > day_number:
        month_start = _new_moon_day(k)
    a11 = _month11(d.year)
    b11 = a11
    if a11 >= month_start:
        lunar_year = d.year
        a11 = _month11(d.year - 1)
    else:
        lunar_year = d.year + 1
        b11 = _month11(d.year + 1)
    lunar_day = day_number - month_start + 1
    diff = math.floor((month_start - a11) / 29)
    leap = False
    lunar_month = diff + 11
    if b11 - a11 > 365:
        leap_diff = _leap_offset(a11)
        if diff >= leap_diff:
            lunar_month = diff + 10
            if diff == leap_diff:
                leap = True
    if lunar_month > 12:
        lunar_month -= 12
    if lunar_month >= 11 and diff < 4:
        lunar_year -= 1
    return LunarDate(lunar_day, lunar_month, lunar_year, leap)


CAN = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
CHI = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")


def can_chi(lunar_year: int) -> str:
    """"Bính Ngọ" for 2026."""
    return f"{CAN[(lunar_year + 6) % 10]} {CHI[(lunar_year + 8) % 12]}"


def tet(year: int) -> dt.date:
    """The solar date of Tết (lunar 1/1) of the lunar year starting in ``year``."""
    d = dt.date(year, 1, 19)
    while True:
        lunar = to_lunar(d)
        if lunar.day == 1 and lunar.month == 1 and not lunar.leap:
            return d
        d += dt.timedelta(days=1)


def document_dates(paragraphs: Iterable[Paragraph]) -> list[tuple[Paragraph, DateMention]]:
    """Every date mention a reader sees in ``paragraphs`` (those holding a digit), as
    (paragraph, DateMention); footers are left out."""
    out = []
    for p in paragraphs:
        if p.part == "footer" or not p.text:
            continue
        for dm in find_dates(p.match):
            out.append((p, dm))
    return out


# what stands between the two dates of a range: "01/3/2026 - 10/3/2026", "… đến hết ngày …"
_BETWEEN = recache.compile(r"^\s*(?:-|đến|tới)\s*(?:hết\s+)?(?:ngày\s+)?$", re.IGNORECASE)


class DateRange(msgspec.Struct, frozen=True):
    """Two valid dates of one paragraph written as a range: ``start`` to ``end`` as written,
    ``first`` and ``last`` their dates."""

    paragraph: Paragraph
    start: DateMention
    end: DateMention
    first: dt.date
    last: dt.date


def date_ranges(items: list[tuple[Paragraph, DateMention]]) -> list[DateRange]:
    """Two valid dates next to each other in one paragraph and joined as a range ("từ ngày
    01/3/2026 đến ngày 10/3/2026")."""
    out = []
    for (p, a), (q, b) in zip(items, items[1:], strict=False):
        first, last = a.date, b.date
        if p is not q or first is None or last is None:
            continue
        if _BETWEEN.match(p.match[a.end:b.offset]):
            out.append(DateRange(p, a, b, first, last))
    return out
