"""What the capitalisation rules share: the paragraphs they read and where a sentence starts.

Capitalisation is judged in running text only. The header block (issuer, motto, number, place
and date, type name: Phụ lục I prescribes its case separately), lines written in capitals
(titles, headings) and text in quotation marks (the title of another document keeps its
issuer's case) are left alone. A capital is always allowed where a sentence, a list item or a
quotation starts, so a rule asking for a small letter never looks there.
"""

from __future__ import annotations

from validator import recache
from validator.analysis import Analysis
from validator.analysis.frame import PLACE_DATE_LOOSE_RE, upper_ratio
from validator.model import Paragraph, fold

# A syllable: letters only (Vietnamese syllables never hold digits or "_").
WORD_RE = recache.compile(r"[^\W\d_]+")
# What may stand before a sentence or list item: nothing, a sentence end, a colon or
# semicolon, an opening bracket or quote, a dash or bullet, or a list label ("a)", "2.",
# "1.2.", "II.", "(3)").
_START_BEFORE_RE = recache.compile(
    r"(?:^|[.!?:;…(\[“\"'‘«\-–—•+*]|\b[a-zđ]\)|\b[a-zđ]\.|\b\d+(?:\.\d+)*[.)]|\b[IVXLC]+[.)]"
    r"|\n|\t)\s*$"
)
_TITLE_PREFIX = 160  # characters enough to tell a line in capitals
_PLACE_WORDS = 6  # "Thành phố Hồ Chí Minh": the longest place names of a date line
_QUOTE_RE = recache.compile(r"“[^”]*”|\"[^\"\n]*\"|«[^»]*»|‘[^’]*’")


def sentence_start(text: str, pos: int) -> bool:
    """Whether ``text[pos]`` may take a capital for the sentence's sake (a sentence, a list
    item, a bracket or a quotation starts there)."""
    return _START_BEFORE_RE.search(text, max(0, pos - 12), pos) is not None


def quoted(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` inside quotation marks (the marks included)."""
    if not any(q in text for q in "“\"«‘"):
        return []
    return [m.span() for m in _QUOTE_RE.finditer(text)]


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def _header_block(analysis: Analysis) -> set[int]:
    f = analysis.frame
    out = {id(p) for p in (*f.issuer, f.motto, f.slogan, f.number_line, f.type_name,
                           f.asterisk, f.signature_authority, f.signer_title, f.signer_name)
           if p is not None}
    if f.place_date is not None:
        m = PLACE_DATE_LOOSE_RE.match(fold(f.place_date.text.strip()))
        if m is not None and len(m.group("place").split()) <= _PLACE_WORDS:
            out.add(id(f.place_date))  # not a sentence that merely ends with a date
    return out


def running_paragraphs(analysis: Analysis) -> tuple[Paragraph, ...]:
    """Paragraphs whose capitals a reader judges as running text: the body (tables too), text
    boxes and notes, without the header block and lines mostly in capitals (judged on their
    first characters: a title in capitals is short). Computed once per document."""
    return analysis.of(_running_paragraphs)


def _running_paragraphs(analysis: Analysis) -> tuple[Paragraph, ...]:
    doc = analysis.doc
    skip = _header_block(analysis)
    return tuple(
        p
        for group in (doc.body_paragraphs, doc.textboxes, tuple(doc.note_paragraphs()))
        for p in group
        if p.text and id(p) not in skip and upper_ratio(p.text[:_TITLE_PREFIX]) <= 0.6
    )


def words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, syllable)`` of each syllable of ``text``."""
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


def capitalised(word: str) -> bool:
    return word[:1].isupper()


def capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def decapitalise(word: str) -> str:
    return word[:1].lower() + word[1:]


_PREV_WORD_RE = recache.compile(r"([^\W\d_]+)[ \u00a0]+$")
_NEXT_WORD_RE = recache.compile(r"[ \u00a0]+([^\W\d_]+)")


def previous_word(text: str, start: int) -> str:
    """The syllable just before ``start`` with only spaces between, else ""."""
    m = _PREV_WORD_RE.search(text, max(0, start - 40), start)
    return m.group(1) if m else ""


def next_word(text: str, end: int) -> str:
    """The syllable just after ``end`` with only spaces between, else ""."""
    m = _NEXT_WORD_RE.match(text, end)
    return m.group(1) if m else ""
