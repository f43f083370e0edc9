"""Words of a document as the spelling rules read them, read once per document.

A word is a run of letters (with any combining mark left uncomposed). Words that touch a
digit, "@", "_" or "/" ("10ha", "QĐ-UBND/2025", "a_b"), or stand inside a web address or an
e-mail address, are codes rather than words and are left out.

:func:`document_text` is the spelling family's view of a document, made once per document
through its analysis (``self.analysis.of(document_text)``): the paragraphs a reader sees
joined into one string, so that a rule scans the whole document with one search instead of
one search per paragraph, and maps a hit back to its paragraph; the distinct words of the
document, found once for every rule.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING

from validator import recache
from validator.model import Document, Location, Paragraph

if TYPE_CHECKING:
    from validator.analysis import Analysis

WORD_RE = recache.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
PLAIN_WORD_RE = recache.compile(r"[^\W\d_]+")  # the same, for a text without combining marks
MARK_RE = recache.compile(r"[\u0300-\u036f]")
ADDRESS_RE = recache.compile(
    r"(?:https?://|www\.)[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*"
    r"\.(?:vn|com|net|org|gov|edu|info)\b(?:/[^\s<>\"]*)?",
    re.IGNORECASE,
)
_GLUE = frozenset("@_/\\")
# what may stand around a word in a chunk of text between two spaces
_AROUND = ("".join(chr(c) for c in range(33, 127) if not chr(c).isalpha())
           + "“”‘’–—…«»•·\u00a0\x00")
SEP = "\x00"  # joins paragraphs: neither a letter, a digit, a space nor a mark, and never in XML


def addresses(text: str) -> list[tuple[int, int]]:
    if "." not in text and "@" not in text:
        return []
    return [m.span() for m in ADDRESS_RE.finditer(text)]


def words(text: str) -> Iterator[tuple[int, str]]:
    """(offset, word) of each word of ``text`` that is not part of a code or an address."""
    spans = addresses(text)
    n = len(text)
    for m in WORD_RE.finditer(text):
        a, b = m.span()
        if a and (text[a - 1].isdigit() or text[a - 1] in _GLUE):
            continue
        if b < n and (text[b].isdigit() or text[b] in _GLUE):
            continue
        if spans and any(s <= a < e for s, e in spans):
            continue
        yield a, m.group()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def readable(doc: Document) -> Iterator[Paragraph]:
    """The paragraphs a reader sees (body, text boxes, notes, headers, footers) with text."""
    for p in doc.all_paragraphs():
        if p.text:
            yield p


class DocumentText:
    """The readable paragraphs of a document joined by :data:`SEP` into ``text``.

    A search over ``text`` never matches across two paragraphs as long as its pattern cannot
    match :data:`SEP` (no ``.``, no negated class without it; ``\\s`` does not match it);
    :meth:`locate` maps an offset of ``text`` back to its paragraph.
    """

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.paragraphs = paragraphs
        self.starts: list[int] = []
        pos = 0
        for p in paragraphs:
            self.starts.append(pos)
            pos += len(p.text) + 1
        self.text = SEP.join(p.text for p in paragraphs)

    def index(self, pos: int) -> int:
        """Index in ``paragraphs`` of the paragraph holding offset ``pos`` of ``text``."""
        return bisect_right(self.starts, pos) - 1

    def locate(self, pos: int) -> tuple[Paragraph, int]:
        """The paragraph holding offset ``pos`` of ``text``, and the offset in it."""
        i = bisect_right(self.starts, pos) - 1
        return self.paragraphs[i], pos - self.starts[i]

    def at(self, pos: int, length: int) -> Location:
        p, offset = self.locate(pos)
        return p.at(offset, length)

    @cached_property
    def low(self) -> str | None:
        """``text`` in lower case, when lower case keeps every offset (it nearly always does)."""
        low = self.text.lower()
        return low if len(low) == len(self.text) else None

    @cached_property
    def chunks(self) -> list[str]:
        """``text`` cut at white space and between paragraphs, in order."""
        return self.text.replace(SEP, " ").split()

    @cached_property
    def _words(self) -> tuple[dict[str, str], frozenset[str]]:
        """Each distinct chunk in lower case without the punctuation, digits and quotes around
        it; and every distinct word (as written), made in one pass over the distinct chunks."""
        low: dict[str, str] = {}
        out: set[str] = set()
        find = WORD_RE.findall if self.marked else PLAIN_WORD_RE.findall
        for chunk in set(self.chunks):
            bare = chunk.strip(_AROUND)
            low[chunk] = bare.lower()
            if bare.isalpha():
                out.add(bare)
            elif bare:
                out.update(find(bare))
        return low, frozenset(out)

    @cached_property
    def bare(self) -> list[str]:
        """The chunks in lower case without the punctuation, digits and quotes around them,
        those left empty dropped: the words in order, as far as white space separates them."""
        return list(filter(None, map(self._words[0].__getitem__, self.chunks)))

    @cached_property
    def pairs(self) -> frozenset[tuple[str, str]]:
        """Every two neighbours of ``bare`` (the last word of a paragraph and the first of the
        next too): a phrase of two words, in lower case, stands in the document only if it
        is one of these."""
        bare = self.bare
        return frozenset(zip(bare, bare[1:], strict=False))

    def paragraphs_with(self, needle: str) -> list[int]:
        """Indexes of the paragraphs whose text in lower case holds ``needle``, in order."""
        low = self.low
        if low is None:
            return [i for i, p in enumerate(self.paragraphs) if needle in p.text.lower()]
        return self._find(low, needle)

    def paragraphs_holding(self, needle: str) -> list[int]:
        """Indexes of the paragraphs whose text holds ``needle``, in order."""
        return self._find(self.text, needle)

    def _find(self, text: str, needle: str) -> list[int]:
        out: list[int] = []
        pos = text.find(needle)
        while pos >= 0:
            i = self.index(pos)
            out.append(i)
            end = self.starts[i + 1] if i + 1 < len(self.starts) else len(text)
            pos = text.find(needle, end)
        return out

    @property
    def distinct_words(self) -> frozenset[str]:
        """Every distinct word of the document (as written), codes and addresses included."""
        return self._words[1]

    @cached_property
    def lows(self) -> frozenset[str]:
        """``distinct_words`` in lower case."""
        return frozenset(w.lower() for w in self.distinct_words)

    @cached_property
    def marked(self) -> bool:
        """Whether the text holds a combining mark (a letter and its mark written apart)."""
        return MARK_RE.search(self.text) is not None

    @cached_property
    def vocabulary(self) -> Counter[str]:
        """How often each word (as written) occurs in the document's text."""
        out: Counter[str] = Counter()
        find = WORD_RE.findall if self.marked else PLAIN_WORD_RE.findall
        for chunk, n in Counter(self.chunks).items():
            bare = chunk.strip(_AROUND)
            for word in (bare,) if bare.isalpha() else find(bare):
                out[word] += n
        return out

def document_text(analysis: Analysis) -> DocumentText:
    """The spelling family's view of the document (``analysis.of(document_text)``)."""
    return DocumentText(list(readable(analysis.doc)))
