"""What one document contributes to the cross-document index: plain, frozen, encodable values.

A :class:`Contribution` is the map step's output (:func:`validator.crossdoc.contribute`): small
(a few kilobytes for a 50-page report), picklable for worker processes and Dask, and encoded
with msgpack for the content-hash cache (:mod:`validator.crossdoc.cache`). It holds no
python-docx or model objects beyond :class:`~validator.model.Location`.
"""

from __future__ import annotations

import msgspec

from validator.model import Location

# Bumped whenever what a contribution holds, or how it is computed, changes: cached
# contributions of another format are computed again.
FORMAT = 1


class Place(msgspec.Struct, frozen=True):
    """A place in a document, as a finding or a related location points at it."""

    location: Location
    excerpt: str = ""


class Cite(msgspec.Struct, frozen=True):
    """One citation of another document ("Chỉ thị số 07/CT-TTg ngày 14/3/2025 …")."""

    key: str  # identity of the cited document: system|number|type code|issuer|year
    code: str  # the code, normalised ("07/CT-TTg")
    place: Place  # the code
    type_word: str | None = None  # "Chỉ thị", as written before the code
    date: str | None = None  # ISO date written after the code
    date_text: str | None = None  # as written ("14/3/2025")
    date_place: Place | None = None
    subject: str = ""  # the "về …" part, normalised (empty when there is none to compare)


class OwnNumber(msgspec.Struct, frozen=True):
    """The document's own number ("Số: 2631/QĐ-UBND"), when filled in."""

    key: str
    code: str
    place: Place


class Period(msgspec.Struct, frozen=True, order=True):
    """The period a periodic report covers: ``kind`` "month" (index 1-12), "quarter" (1-4),
    "half" (1-2) or "year" (1), in ``year``."""

    year: int
    kind: str
    index: int

    def previous(self) -> Period:
        size = {"month": 12, "quarter": 4, "half": 2, "year": 1}[self.kind]
        if self.index > 1:
            return Period(self.year, self.kind, self.index - 1)
        return Period(self.year - 1, self.kind, size)

    def following(self) -> Period:
        size = {"month": 12, "quarter": 4, "half": 2, "year": 1}[self.kind]
        if self.index < size:
            return Period(self.year, self.kind, self.index + 1)
        return Period(self.year + 1, self.kind, 1)

    def year_before(self) -> Period:
        return Period(self.year - 1, self.kind, self.index)

    def label(self) -> str:
        """As a report writes it: "tháng 9/2025", "quý III/2025", "năm 2025"."""
        if self.kind == "month":
            return f"tháng {self.index}/{self.year}"
        if self.kind == "quarter":
            return f"quý {('I', 'II', 'III', 'IV')[self.index - 1]}/{self.year}"
        if self.kind == "half":
            return f"{6 * self.index} tháng năm {self.year}"
        return f"năm {self.year}"


class Stated(msgspec.Struct, frozen=True):
    """A figure of a periodic report that the next report's figures can be checked against.

    ``key`` is the figure's wording with every figure and date taken out (the indicator, as
    written); ``kind`` is "cumulative" (a total since a fixed start: "lũy kế", "tính đến
    ngày …", "từ đầu năm đến nay") or "level" (any other figure of the period, compared only
    with the next report's quotation of it). ``previous`` is the value the sentence gives for
    the previous period ("tăng 70 cơ sở so với tháng trước": the figure less 70), if any.
    """

    key: str  # left # right
    left: str
    right: str
    closed: bool  # the words after the figure end at a boundary (not cut after a few)
    value: str  # decimal, as text
    token: str  # as written
    kind: str
    place: Place
    previous: str | None = None
    previous_text: str = ""  # the words quoting it ("tăng 70 … so với tháng trước")
    previous_of: str = ""  # "previous" (tháng trước, kỳ trước) or "year-ago" (cùng kỳ)


def same_indicator(a: Stated, b: Stated) -> bool:
    """Whether two figures are written with the same words around them: the same words, or
    the same words before and, after, one's words ending at a boundary where the other's go
    on ("cơ sở khám chữa bệnh (tăng …" and "cơ sở khám chữa bệnh để phục vụ")."""
    if a.key == b.key:
        return True
    if a.left != b.left:
        return False
    short, long = (a, b) if len(a.right) < len(b.right) else (b, a)
    return short.closed and len(short.right.split()) >= 2 and \
        long.right.startswith((short.right + " ", short.right + ","))


class Contribution(msgspec.Struct, frozen=True):
    """Everything the cross-document checks need from one document."""

    path: str
    digest: str = ""  # the content hash the cache files it under
    format: int = FORMAT
    issuer: str = ""  # the issuer lines, normalised
    doc_type: str = ""  # "BÁO CÁO", "QUYẾT ĐỊNH", …
    title: str = ""  # the summary line, normalised
    date: str | None = None  # the document's own date: "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    series: str = ""  # issuer, type and summary without the period: reports of one series
    period: Period | None = None
    title_place: Place | None = None
    own_number: OwnNumber | None = None
    cites: tuple[Cite, ...] = ()
    stated: tuple[Stated, ...] = ()
    # "soat: ignore" comments: (part, paragraph, offset, length, ids) of each
    suppressions: tuple[tuple[str, int, int | None, int | None, tuple[str, ...]], ...] = ()


__all__ = [
    "FORMAT", "Cite", "Contribution", "OwnNumber", "Period", "Place", "Stated", "same_indicator",
]
