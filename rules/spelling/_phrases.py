"""The curated set phrases of rules/data/set-phrases.tsv and how near a text comes to one."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from functools import cache
from pathlib import Path

import msgspec

DATA = Path(__file__).resolve().parents[1] / "data" / "set-phrases.tsv"


def _skeleton_table() -> dict[int, str]:
    table = {}
    for v in "aăâeêioôơuưy":
        plain = unicodedata.normalize("NFD", v)[0]
        for t in ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"):
            table[ord(unicodedata.normalize("NFC", v + t))] = plain
    table[ord("đ")] = "d"
    return table


SKELETON = _skeleton_table()  # one character for one: offsets are kept


def skeleton(word: str) -> str:
    """The letters of ``word`` without marks, lower case, đ as d ("khối" -> "khoi")."""
    low = word.lower()
    plain = low.translate(SKELETON)
    if plain.isascii():
        return plain
    nfd = unicodedata.normalize("NFD", low.replace("đ", "d"))
    return "".join(c for c in nfd if not unicodedata.combining(c))


class Phrase(msgspec.Struct, frozen=True):
    text: str
    words: tuple[str, ...]  # lower case, NFC
    skeletons: tuple[str, ...]
    gaps: tuple[bool, ...]  # between word k and k + 1: a comma or a dash (True) or a space


class PhraseBook(msgspec.Struct, frozen=True):
    by_first: dict[str, tuple[Phrase, ...]]  # skeleton of the first word -> phrases
    allowed: frozenset[tuple[str, ...]]  # variants that are phrases in use
    by_word: dict[str, tuple[tuple[Phrase, int], ...]]  # skeleton of word k -> (phrase, k)
    dropped: tuple[tuple[str, str], ...]  # the two words around an inner word of a long phrase

    def near_pairs(self, words: Iterable[str], pairs: AbstractSet[tuple[str, str]]
                   ) -> set[tuple[str, str]]:
        """The pairs of adjacent words (of ``pairs``, a document's) that may belong to a
        near-miss of a phrase: a word of the document (``words``, distinct, lower case) with
        the skeleton of the phrase's word k but not its spelling, beside the phrase's word
        k - 1 or k + 1; and the words around an inner word of a long phrase with that word
        left out. Set lookups only."""
        out: set[tuple[str, str]] = set()
        for word in words:
            for phrase, k in self.by_word.get(skeleton(word), ()):
                if word == phrase.words[k]:
                    continue
                pair = (phrase.words[k - 1], word) if k else (word, phrase.words[1])
                if pair in pairs:
                    out.add(pair)
        out.update(pair for pair in self.dropped if pair in pairs)
        return out


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in unicodedata.normalize("NFC", text.lower()).replace(",", " ")
                 .replace(" - ", " ").split())


@cache
def phrase_book(path: Path = DATA) -> PhraseBook:
    """The phrase list, read once per process (a constant table, the same for every file)."""
    by_first: dict[str, list[Phrase]] = {}
    allowed: set[tuple[str, ...]] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text = line.split("\t", 1)[0].strip()
        if text.startswith("!"):
            allowed.add(_words(text[1:]))
            continue
        words = _words(text)
        gaps = tuple(bool(re.search(r"[,\-\u2013]", g))
                     for g in re.findall(r"[\s,\-\u2013]+", text))
        phrase = Phrase(text, words, tuple(skeleton(w) for w in words), gaps)
        by_first.setdefault(phrase.skeletons[0], []).append(phrase)
    phrases = [ph for group in by_first.values() for ph in group]
    by_word: dict[str, list[tuple[Phrase, int]]] = {}
    for ph in phrases:
        for k, key in enumerate(ph.skeletons):
            by_word.setdefault(key, []).append((ph, k))
    dropped = tuple((ph.words[k - 1], ph.words[k + 1])
                    for ph in phrases if len(ph.words) >= 4 for k in range(1, len(ph.words) - 1)
                    if not (ph.gaps[k - 1] or ph.gaps[k]))
    return PhraseBook({k: tuple(v) for k, v in by_first.items()}, frozenset(allowed),
                      {k: tuple(v) for k, v in by_word.items()}, dropped)
