"""Finding vocabulary names in text whatever their case and tone placement, and comparing
the case written with the case prescribed.

Matching runs on a folded copy of the paragraph that has the same length as its text
(look-alike characters folded, lower case, the old tone placement "hoà", "uỷ" moved to the new
"hòa", "ủy"), so offsets found there are offsets in the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache

from validator.analysis import Analysis
from validator.model import Paragraph

# A tone mark on the second vowel of a final "oa", "oe", "uy" (old placement): "hoà", "thuỷ".
_OLD_TONE_RE = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])(?!\w)")
_TONES = "\u0300\u0301\u0309\u0303\u0323"
_SYLLABLE_RE = re.compile(r"[^\W\d_]+")


def _move_tone(m: re.Match[str]) -> str:
    base, mark = m.group(1), ""
    parts = unicodedata.normalize("NFD", m.group(2))
    for ch in parts:
        if ch in _TONES:
            mark = ch
    vowel = "".join(ch for ch in parts if ch not in _TONES)
    return unicodedata.normalize("NFC", base + mark) + unicodedata.normalize("NFC", vowel)


def fold_key(text: str) -> str:
    """Lower case, new tone placement, same length as ``text``."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return _OLD_TONE_RE.sub(_move_tone, low)


def _folded_memo(analysis: Analysis) -> dict[int, str]:
    return {}


def folded(p: Paragraph, analysis: Analysis) -> str:
    """``fold_key`` of the paragraph's text, computed once per document and paragraph."""
    memo = analysis.of(_folded_memo)
    key = memo.get(id(p))
    if key is None:
        key = memo[id(p)] = fold_key(p.match)
    return key


def pattern(word: str) -> tuple[bool, ...]:
    """Which syllables of ``word`` start with a capital."""
    return tuple(s[0].isupper() for s in _SYLLABLE_RE.findall(word))


class Names:
    """A set of names, each with its prescribed spellings (keyed by its folded form)."""

    def __init__(self, names: Iterable[str], accepted: Iterable[str] = ()) -> None:
        self.spellings: dict[str, list[str]] = {}
        for name in (*names, *accepted):
            self.spellings.setdefault(fold_key(name), []).append(name)
        # one pattern per first syllable, tried only on paragraphs holding that syllable:
        # a single alternation of every name is tried at every position of every paragraph
        by_first: dict[str, list[str]] = {}
        for key in self.spellings:
            by_first.setdefault(key.split()[0], []).append(key)
        self._res = tuple(
            (first, re.compile(re.escape(first) + r"(?:" + "|".join(
                re.escape(k[len(first):]).replace(r"\ ", r"\s+")
                for k in sorted(keys, key=len, reverse=True)
            ) + r")(?!\w)"))  # the literal syllable first: the regex engine scans for it
            for first, keys in sorted(by_first.items())
        )

    def find(self, p: Paragraph, analysis: Analysis) -> Iterator[tuple[int, int, str]]:
        """``(start, end, prescribed)`` of each name in the paragraph, longest first where
        two overlap (the first spelling given for a name is the prescribed one)."""
        text = folded(p, analysis)
        found = [m.span() for first, pattern_ in self._res if first in text
                 for m in pattern_.finditer(text)
                 if m.start() == 0 or not text[m.start() - 1].isalnum()]
        end = -1
        for start, stop in sorted(found, key=lambda s: (s[0], -s[1])):
            if start < end:
                continue  # inside a longer name already reported
            end = stop
            yield start, stop, self.spellings[" ".join(text[start:stop].split())][0]

    def accepts(self, written: str) -> bool:
        key = fold_key(" ".join(written.split()))
        return any(pattern(s) == pattern(written) for s in self.spellings.get(key, ()))


def recase(written: str, prescribed: str) -> str:
    """``written`` with the capitals of ``prescribed`` (its own letters and tone placement)."""
    out = list(written)
    want = pattern(prescribed)
    for i, m in enumerate(_SYLLABLE_RE.finditer(written)):
        if i < len(want):
            ch = out[m.start()]
            out[m.start()] = ch.upper() if want[i] else ch.lower()
    return "".join(out)


@lru_cache(maxsize=64)
def _names(names: tuple[str, ...], accepted: tuple[str, ...]) -> Names:
    return Names(names, accepted)


def names(names: Iterable[str], accepted: Iterable[str] = ()) -> Names:
    """The matcher of a vocabulary list, built once per list (it is static data)."""
    return _names(tuple(names), tuple(accepted))
