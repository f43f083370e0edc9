"""The curated set phrases of rules/data/set-phrases.tsv and how near a text comes to one."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

import msgspec

DATA = Path(__file__).resolve().parents[1] / "data" / "set-phrases.tsv"


def skeleton(word: str) -> str:
    """The letters of ``word`` without marks, lower case, đ as d ("khối" -> "khoi")."""
    nfd = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in nfd if not unicodedata.combining(c))


class Phrase(msgspec.Struct, frozen=True):
    text: str
    words: tuple[str, ...]  # lower case, NFC
    skeletons: tuple[str, ...]
    gaps: tuple[bool, ...]  # between word k and k + 1: a comma or a dash (True) or a space


class PhraseBook(msgspec.Struct, frozen=True):
    by_first: dict[str, tuple[Phrase, ...]]  # skeleton of the first word -> phrases
    allowed: frozenset[tuple[str, ...]]  # variants that are phrases in use


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
    return PhraseBook({k: tuple(v) for k, v in by_first.items()}, frozenset(allowed))
