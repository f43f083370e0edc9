"""The organisations a document names by a short name of its own ("Hội", "Quỹ", "Hiệp hội").

A charter of "Hội Cựu giáo chức tỉnh Lâm Đồng", or a decision approving it, writes the full
name once or twice and then "Hội" alone, capitalised, for that organisation; sometimes it says
so ("(sau đây gọi tắt là Hội)"). A head is taken as the document's short name when the
document is about one organisation of that kind (one full name makes most of the full names
written with the head) and either defines the short name or writes that full name at least
twice and the bare capitalised head at least ``MIN_USES`` times inside sentences ("các Hội",
"16 Hội" are no uses: they count associations).
"""

from __future__ import annotations

import re
from collections import Counter

import msgspec

from rules.capitalisation._text import running_paragraphs, sentence_start
from rules.capitalisation._vocabulary import vocabulary
from validator.analysis import Analysis

MIN_USES = 3
_NEXT_RE = re.compile(r"\s+([^\W\d_]+)")
_NAME_RE = re.compile(r"(?:\s+[^\W\d_]+){1,8}")
_KEY_WORDS = 3  # "Hội Cựu giáo": enough of a full name to tell two organisations apart
_COUNTED_RE = re.compile(r"(?:(?<!\w)(?:các|những|mỗi|từng|một|hai|ba|nhiều|mọi)|\d)\s+$",
                         re.IGNORECASE)


class ShortName(msgspec.Struct, frozen=True):
    head: str  # "Hội"
    full: str  # "Hội Cựu giáo chức tỉnh Lâm Đồng" (the first full name written)
    defined: bool  # "(sau đây gọi tắt là Hội)"
    uses: int  # bare capitalised uses inside sentences


def _full_name(text: str, end: int, head: str) -> str:
    """The head and the words of the name after it, up to the first punctuation mark."""
    m = _NAME_RE.match(text, end)
    tail = m.group() if m else ""
    return " ".join((head + tail).split())


def short_names(analysis: Analysis) -> tuple[ShortName, ...]:
    """The document's own short names, computed once per document."""
    return analysis.of(_short_names)


def _short_names(analysis: Analysis) -> tuple[ShortName, ...]:
    voc = vocabulary(analysis, "short_names")
    heads: list[str] = sorted(voc.get("heads", []), key=len, reverse=True)
    compounds = set(voc.get("compounds", []))
    head_re = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, heads)) + r")(?!\w)")
    define_re = re.compile(
        r"(?:gọi\s+tắt\s+là|sau\s+đây\s+gọi\s+là)\s*[“\"«]?\s*("
        + "|".join(map(re.escape, heads)) + r")(?!\w)")
    full: dict[str, Counter[str]] = {}
    first: dict[str, str] = {}  # the first full name written, by its first words
    defined: set[str] = set()
    uses: dict[str, int] = {}
    for p in running_paragraphs(analysis):
        text = p.text
        if not any(h in text for h in heads):
            continue
        for m in define_re.finditer(text):
            defined.add(m.group(1))
        for m in head_re.finditer(text):
            head = m.group(1)
            nxt = _NEXT_RE.match(text, m.end())
            word = nxt.group(1) if nxt else ""
            if word[:1].isupper():
                name = _full_name(text, m.end(), head)
                key = " ".join(name.split()[:_KEY_WORDS])
                first.setdefault(key, name)
                full.setdefault(head, Counter())[key] += 1
            elif word not in compounds and not sentence_start(text, m.start()) \
                    and not _COUNTED_RE.search(text, max(0, m.start() - 12), m.start()):
                uses[head] = uses.get(head, 0) + 1
    out: list[ShortName] = []
    for head in heads:
        names = full.get(head)
        if not names:
            continue
        key, count = names.most_common(1)[0]
        if count * 10 < sum(names.values()) * 6:
            continue  # several organisations of this kind: the bare head names none of them
        if head in defined or (count >= 2 and uses.get(head, 0) >= MIN_USES):
            out.append(ShortName(head, first[key], head in defined, uses.get(head, 0)))
    return tuple(out)
