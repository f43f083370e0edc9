"""The map step: one document's analysis -> its :class:`Contribution` to the index.

Everything here reads what the per-document analysis already computed (the frame, the
citations, the figures of a paragraph), so a document checked by ``soat check`` contributes
at almost no extra cost.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from validator import recache
from validator.analysis import Analysis
from validator.analysis.citations import Citation, subject_core
from validator.analysis.numbers import Figure
from validator.crossdoc.model import Cite, Contribution, OwnNumber, Period, Place, Stated
from validator.model import Paragraph
from validator.numerals import roman_value

EXCERPT_CHARS = 60


def norm(text: str) -> str:
    """NFC, lower case, one space between words, look-alike characters folded."""
    from validator.model import fold

    t = unicodedata.normalize("NFC", fold(text)).lower()
    t = re.sub(r"\buỷ", "ủy", t)
    t = re.sub(r"\b(h|l)(oà|uỹ)\b", lambda m: m[1] + {"oà": "òa", "uỹ": "ũy"}[m[2]], t)
    return " ".join(t.split())


def _lower(text: str) -> str:
    """``norm`` keeping every character where it is (offsets stay offsets)."""
    t = unicodedata.normalize("NFC", text).lower()
    t = re.sub(r"\buỷ", "ủy", t)
    return re.sub(r"\b(h|l)(oà|uỹ)\b", lambda m: m[1] + {"oà": "òa", "uỹ": "ũy"}[m[2]], t)


def excerpt(text: str, start: int, length: int) -> str:
    """The flagged text with a little context each side, "…" where cut."""
    a = max(0, start - EXCERPT_CHARS // 2)
    b = min(len(text), start + length + EXCERPT_CHARS // 2)
    if a > 0:
        space = text.find(" ", a, start)
        a = space + 1 if space >= 0 else a
    if b < len(text):
        space = text.rfind(" ", start + length, b)
        b = space if space >= 0 else b
    out = " ".join(text[a:b].split())
    return ("…" if a > 0 else "") + out + ("…" if b < len(text) else "")


def place(p: Paragraph, start: int, length: int) -> Place:
    return Place(p.at(start, length), excerpt(p.text, start, length))


# -- the frame: issuer, type, title, date, own number -----------------------------------------


def _date(a: Analysis) -> str | None:
    d = a.frame.date
    if d is None:
        return None
    if d.month is None:
        return f"{d.year:04d}"
    if d.day is None:
        return f"{d.year:04d}-{d.month:02d}"
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _key(c: Citation) -> str:
    system, number, type_code, issuer, year = c.key
    return f"{system}|{number}|{type_code}|{issuer}|{year or ''}"


def _own_number(a: Analysis) -> OwnNumber | None:
    line = a.frame.number_line
    if line is None or a.frame.is_draft_number:
        return None
    for c in a.citations:
        if c.paragraph is line and c.number and not c.issues:
            key = _key(c)
            if c.year is None and a.frame.date is not None:
                key += str(a.frame.date.year)  # the year is the document's own
            return OwnNumber(key, c.code, place(line, c.offset, c.length))
    return None


def _cites(a: Analysis) -> tuple[Cite, ...]:
    out: list[Cite] = []
    for c in a.citations:
        if c.where == "header" or not c.number or c.issues:
            continue
        key = _key(c)
        if c.year is None and c.date is not None:
            key += str(c.date.year)  # "số 378/BCĐ ngày 21/7/2025": the year of its date
        date_place = None
        if c.date_offset is not None:
            date_place = place(c.paragraph, c.date_offset, c.date_length or 0)
        out.append(Cite(
            key=key, code=c.code, place=place(c.paragraph, c.offset, c.length),
            type_word=c.type_word, date=c.date.isoformat() if c.date else None,
            date_text=c.date_text, date_place=date_place, subject=subject_core(c.subject),
        ))
    return tuple(out)


# -- the period of a periodic report ------------------------------------------------------------

_MONTH = recache.compile(r"\btháng\s+(\d{1,2})(?!\d)(?:\s*(?:/|năm)\s*(\d{4}))?")
_QUARTER = recache.compile(r"\bquý\s+(iv|i{1,3}|[1-4])(?![\w])(?:\s*(?:/|năm)\s*(\d{4}))?")
_HALF = recache.compile(r"\b0?6\s+tháng\s+(đầu|cuối)\s+năm(?:\s+(\d{4}))?")
_YEAR = recache.compile(r"\bnăm\s+(\d{4})(?!\d)")
_ANY_PERIOD = recache.compile(
    r"\b(?:0?6\s+tháng\s+(?:đầu|cuối)\s+năm|tháng\s+\d{1,2}|quý\s+(?:iv|i{1,3}|[1-4]))(?![\w])"
    r"(?:\s*(?:/|năm)\s*\d{4})?|\bnăm\s+\d{4}|\b\d{4}\b"
)


def period_of(title: str, default_year: int | None) -> Period | None:
    """The period a report's title names (``title`` normalised): its first month, quarter,
    half-year or, failing those, year; the year from the title, else ``default_year``."""
    year_m = _YEAR.search(title)
    fallback = int(year_m.group(1)) if year_m else default_year
    for kind, rx in (("half", _HALF), ("quarter", _QUARTER), ("month", _MONTH)):
        m = rx.search(title)
        if m is None:
            continue
        year = int(m.group(2)) if m.group(2) else fallback
        if year is None:
            return None
        if kind == "half":
            return Period(year, kind, 1 if m.group(1) == "đầu" else 2)
        if kind == "quarter":
            raw = m.group(1)
            index = int(raw) if raw.isdigit() else roman_value(raw.upper())
            return Period(year, kind, index) if index and 1 <= index <= 4 else None
        index = int(m.group(1))
        return Period(year, kind, index) if 1 <= index <= 12 else None
    if year_m:
        return Period(int(year_m.group(1)), "year", 1)
    return None


def series_key(issuer: str, doc_type: str, title: str) -> str:
    """Reports of one series share issuer, type and title once the period is taken out."""
    stem = _ANY_PERIOD.sub("#", title)
    stem = re.sub(r"[\s,;.:#-]*#[\s,;.:#-]*", " # ", stem).strip()
    return f"{issuer}|{doc_type}|{stem}"


# -- figures a next report can be checked against ----------------------------------------------

CUMULATIVE = recache.compile(
    r"lũy kế|từ đầu năm|tính đến (?:ngày|nay|thời điểm|hết)|(?:kể )?từ (?:ngày|khi) [^.;]{0,80}?"
    r"đến nay|(?<!tính )đến nay"
)
IN_PERIOD = recache.compile(r"trong (?:tháng|kỳ|quý|tuần)|tháng này|kỳ này")
PREVIOUS = recache.compile(
    r"\(?\s*(?P<dir>tăng|giảm)\s+(?:thêm\s+)?(?P<num>\d[\d.,]*)\s*(?P<rest>[^()\d;.]{0,40}?)"
    r"so với (?P<when>tháng trước|kỳ trước|quý trước|năm trước|cùng kỳ(?: năm trước)?)\s*\)?"
)
# A stock, not a running total: what is under way, left, not yet done, a share, a count held
STOCK = recache.compile(
    r"\b(?:đang|còn|chưa|hiện có|tỷ lệ|chiếm|bình quân|trung bình)\b|(?:^|\s)có$")
# "đến nay" alone marks a running total only after a completed action ("đã thu nhận") or
# for a count of events ("lượt")
DONE = recache.compile(r"\bđã (?!có\b)\w+|\blượt\b")
STRONG = recache.compile(
    r"lũy kế|từ đầu năm|tính đến (?:ngày|nay|thời điểm|hết)|(?:kể )?từ (?:ngày|khi)")
BOUNDARY = recache.compile(r"[;:()\[\]]|,\s|\.\s|\s-\s")
RIGHT_BOUNDARY = recache.compile(r"[;:()\[\]]|\.\s|\s-\s")
WORDS = 6  # words of the indicator before a figure
RIGHT_WORDS = 6  # ... and after it (commas kept: "cơ quan, tổ chức" is not "cơ quan")


def _context(text: str, start: int, end: int) -> tuple[str, str, bool]:
    """The indicator's words: up to :data:`WORDS` words before the figure back to a
    boundary, and after it up to a boundary, figures and dates taken out; and whether the
    words after it end at a boundary (a shorter wording that ends there is the same
    indicator as a longer one going on: "cơ sở khám chữa bệnh (tăng …" and "cơ sở khám chữa
    bệnh để phục vụ")."""
    left = text[:start]
    cut = [m.end() for m in BOUNDARY.finditer(left)]
    left = left[cut[-1]:] if cut else left
    right = text[end:]
    m = RIGHT_BOUNDARY.search(right)
    right = right[:m.start()] if m else right
    right = re.split(r"\d", right, maxsplit=1)[0]
    lw = re.sub(r"\d[\d./,]*", "#", left).split()[-WORDS:]
    words = right.split()
    rw = words[:RIGHT_WORDS]
    if rw:
        rw[-1] = rw[-1].rstrip(".,;:")
    return " ".join(lw), " ".join(rw), len(words) <= RIGHT_WORDS


def _figure_value(token: str) -> Decimal | None:
    from validator.analysis.numbers import parse

    try:
        value, _ = parse(token, "vi")
    except Exception:
        return None
    return value


def _stated(a: Analysis) -> tuple[Stated, ...]:
    f = a.frame
    start = f.body_start or 0
    end = f.body_end if f.body_end is not None else 1 << 30
    out: list[Stated] = []
    for p in a.digit_paragraphs:
        if p.part != "body" or p.table is not None or not (start <= p.index < end):
            continue
        text = _lower(p.match)
        if len(text) != len(p.match):
            continue  # offsets would not map back to the paragraph
        figs = [x for x in a.figures(p.match) if not x.approx and x.unit != "%"
                and x.decimals == 0 and x.value >= 10]
        if not figs:
            continue
        out.extend(_stated_in(p, text, figs))
    return tuple(out)


def _stated_in(p: Paragraph, text: str, figs: list[Figure]) -> list[Stated]:
    out: list[Stated] = []
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+(?:\.(?!\s)[^.]*)*", text)]
    quotes = [m for m in PREVIOUS.finditer(text)]
    for fig in figs:
        s0, s1 = next(((a, b) for a, b in sentences if a <= fig.start < b), (0, len(text)))
        sentence = text[s0:fig.start]
        if any(q.start("num") <= fig.start < q.end() for q in quotes):
            continue  # the difference quoted, not a figure of this period
        left, right, closed = _context(text, fig.start, fig.start + len(fig.token))
        if not right or not left:
            continue
        key = f"{left} # {right}"
        kind = "level"
        marks = list(CUMULATIVE.finditer(sentence))
        if marks:
            after = sentence[marks[-1].end():]
            strong = STRONG.match(marks[-1].group())
            if not IN_PERIOD.search(after) and not STOCK.search(left) \
                    and not STOCK.search(right) and (strong or DONE.search(f"{left} {right}")):
                kind = "cumulative"
        previous = quoted = None
        when = ""
        for q in quotes:
            if q.start() < fig.start + len(fig.token):
                continue
            between = text[fig.start + len(fig.token):q.start()]
            if len(between) <= 80 and not re.search(r"\d|[;.]\s", between) and \
                    q.group("when").startswith(("tháng", "kỳ", "quý", "năm")):
                delta = _figure_value(q.group("num").rstrip(".,"))
                if delta is not None:
                    sign = -1 if q.group("dir") == "tăng" else 1
                    previous = str(fig.value + sign * delta)
                    quoted = p.text[q.start():q.end()].strip(" ()")
                    when = "year-ago" if q.group("when").startswith("cùng kỳ") or \
                        q.group("when") == "năm trước" else "previous"
                break
        out.append(Stated(key=key, left=left, right=right, closed=closed,
                          value=str(fig.value), token=fig.token, kind=kind,
                          place=place(p, fig.start, len(fig.token)), previous=previous,
                          previous_text=quoted or "", previous_of=when))
    return out


# -- the contribution ----------------------------------------------------------------------------


def _suppressions(a: Analysis) -> tuple[tuple[str, int, int | None, int | None, tuple[str, ...]],
                                         ...]:
    from validator.suppress import suppressions

    return tuple((s.comment.part or "body", s.comment.paragraph or 0, s.comment.offset,
                  s.comment.length, s.ids) for s in suppressions(a.doc)
                 if s.comment.paragraph is not None)


def contribute(a: Analysis, digest: str = "") -> Contribution:
    """What the document of ``a`` contributes to the cross-document index (the map step)."""
    f = a.frame
    issuer = " / ".join(norm(p.text) for p in f.issuer)
    doc_type = norm(f.doc_type)
    title = norm(f.summary_text)
    year = f.date.year if f.date else None
    period = period_of(title, year) if doc_type == "báo cáo" and title else None
    title_place = None
    if f.summary is not None and f.summary.text.strip():
        title_place = Place(f.summary.location, excerpt(f.summary.text, 0, 2 * EXCERPT_CHARS))
    return Contribution(
        path=a.doc.path,
        digest=digest,
        issuer=issuer,
        doc_type=doc_type,
        title=title,
        date=_date(a),
        series=series_key(issuer, doc_type, title) if period is not None and issuer else "",
        period=period,
        title_place=title_place,
        own_number=_own_number(a),
        cites=_cites(a),
        stated=_stated(a) if period is not None else (),
        suppressions=_suppressions(a),
    )


__all__ = ["contribute", "excerpt", "norm", "period_of", "series_key"]
