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


def pattern(word: str) -> tuple[bool, ...]:
    """Which syllables of ``word`` start with a capital."""
    return tuple(s[0].isupper() for s in _SYLLABLE_RE.findall(word))


class Names:
    """A set of names, each with its prescribed spellings (keyed by its folded form)."""

    def __init__(self, names: Iterable[str], accepted: Iterable[str] = ()) -> None:
        self.spellings: dict[str, list[str]] = {}
        for name in (*names, *accepted):
            self.spellings.setdefault(fold_key(name), []).append(name)
        keys = sorted(self.spellings, key=len, reverse=True)
        alternation = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in keys)
        self._re = re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)") if keys else None

    def find(self, p: Paragraph) -> Iterator[tuple[int, int, str]]:
        """``(start, end, prescribed)`` of each name in the paragraph (the first spelling
        given for it is the prescribed one)."""
        if self._re is None:
            return
        folded = fold_key(p.match)
        for m in self._re.finditer(folded):
            key = " ".join(m.group().split())
            yield m.start(), m.end(), self.spellings[key][0]

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
