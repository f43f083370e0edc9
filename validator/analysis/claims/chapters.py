"""A charter's own count of its chapters and articles.

"Điều lệ … gồm 08 Chương, 27 Điều" is checked against the "Chương …" and "Điều …" headings
that follow the first chapter.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from validator import recache
from validator.analysis.claims.model import COUNT, ERROR, Claim, Term
from validator.model import Paragraph

STRUCT_RE = recache.compile(
    r"gồm\s+(?:có\s+)?(?P<c>\d{1,2})\s+(?P<cw>chương|phần)\s*,?\s*(?:và\s+)?(?P<a>\d{1,3})\s+điều\b",
    re.IGNORECASE,
)
CHAPTER_RE = recache.compile(r"^\s*(?:chương|phần)\s+(?P<n>[IVXLC]+|\d{1,2})\b", re.IGNORECASE)
ARTICLE_RE = recache.compile(r"^\s*Điều\s+(?P<n>\d{1,3})\s*[.:]")


def _first_chapter(text: str) -> bool:
    m = CHAPTER_RE.match(text)
    return m is not None and m.group("n") in ("I", "1")


def structure_counts(paragraphs: Sequence[Paragraph]) -> list[Claim]:
    """"Điều lệ … gồm 08 Chương, 27 Điều" against the chapters and articles it has."""
    out: list[Claim] = []
    for k, p in enumerate(paragraphs):
        m = STRUCT_RE.search(p.match) if "gồm" in p.match else None
        if m is None:
            continue
        start = next((i for i in range(k) if _first_chapter(paragraphs[i].display)), None)
        if start is None:
            continue
        chapters, articles = [], []
        for q in paragraphs[start:k + 1]:
            text = q.display
            if CHAPTER_RE.match(text):
                chapters.append(q)
            a = ARTICLE_RE.match(text)
            if a:
                articles.append(int(a.group("n")))
        if len(articles) < 2:
            continue
        for n_text, found, word, where in (
                (m.group("c"), len(chapters), m.group("cw").lower(), "c"),
                (m.group("a"), len(articles), "điều", "a")):
            n = int(n_text)
            ok = n == found
            comp = f"văn bản có {found} {word}"
            if where == "a":
                gaps = sorted(set(range(1, max(articles) + 1)) - set(articles))
                comp += f" (Điều 1 – Điều {max(articles)}"
                comp += f", không có Điều {', '.join(map(str, gaps))})" if gaps else ")"
            if not ok:
                comp = f"ghi {n_text} {word} nhưng " + comp
            stated = Term(Decimal(n), 0, n_text, p, m.start(where), m.end(where))
            out.append(Claim(COUNT, stated, (), ok, ERROR,
                             p.at(m.start(where), m.end(where) - m.start(where)), comp,
                             tuple(str(x) for x in range(found)), word))
    return out
