"""Words of a paragraph as the spelling rules read them.

A word is a run of letters (with any combining mark left uncomposed). Words that touch a
digit, "@", "_" or "/" ("10ha", "QĐ-UBND/2025", "a_b"), or stand inside a web address or an
e-mail address, are codes rather than words and are left out.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from validator import recache
from validator.model import Document, Paragraph

WORD_RE = recache.compile(r"(?:[^\W\d_]|[\u0300-\u036f])+")
ADDRESS_RE = recache.compile(
    r"(?:https?://|www\.)[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*"
    r"\.(?:vn|com|net|org|gov|edu|info)\b(?:/[^\s<>\"]*)?",
    re.IGNORECASE,
)
_GLUE = frozenset("@_/\\")


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


def vocabulary(doc: Document) -> Counter[str]:
    """How often each word (as written, NFC) occurs in the document's text."""
    out: Counter[str] = Counter()
    for p in doc.all_paragraphs():
        out.update(WORD_RE.findall(p.text))
    return out


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def readable(doc: Document) -> Iterator[Paragraph]:
    """The paragraphs a reader sees (body, text boxes, notes, headers, footers) with text."""
    for p in doc.all_paragraphs():
        if p.text:
            yield p
