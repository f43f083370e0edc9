"""Counts and totals whose parts are the list items in the paragraphs that follow.

A paragraph that ends with a count or a total and a colon ("gồm 05 nhiệm vụ sau:", "tổng
dự toán là 23.997 tỷ đồng, trong đó:") and the list items right after it ("- …", "+ …",
"a) …", "1. …", "(1) …", "Thứ nhất, …"); the items are counted, and the figures they lead
with are added up. Lists that are only a selection ("như", "nổi bật là", "tiêu biểu",
"trong đó") and counts that are bounds are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from validator import recache
from validator.analysis.claims.counts import (
    BOUND_BEFORE,
    NOUN,
    NOUN_SELECTION,
    countable,
    make_count,
    split_items,
)
from validator.analysis.claims.model import (
    ERROR,
    SUBSET,
    SUM,
    WARNING,
    Claim,
    near_miss,
    show,
    sum_agrees,
)
from validator.analysis.claims.text import compatible, is_label, mentions
from validator.analysis.numbers import fmt
from validator.model import Paragraph

# markers of list items at the start of a paragraph, from the outermost to the innermost
ORDINALS = "nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười"
MARK_KINDS = (
    ("roman", re.compile(r"^\s*[IVXLC]+[.)]\s")),
    ("arabic", re.compile(r"^\s*\d{1,2}[.)]\s")),
    ("paren", re.compile(r"^\s*\(\d{1,2}\)\s*")),
    ("ordinal", re.compile(rf"^\s*(?:Thứ\s+(?:{ORDINALS})|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|"
                           r"Mười)\s+là)\b", re.IGNORECASE)),
    ("roman-small", re.compile(r"^\s*\(?[ivx]+\)\s")),
    ("letter", re.compile(r"^\s*\(?[a-zđ][.)]\s")),
    ("dash", re.compile(r"^\s*[-–—]\s*")),
    ("plus", re.compile(r"^\s*\+\s*")),
    ("bullet", re.compile(r"^\s*[•*·]\s*")),
)
DEPTH = {k: i for i, (k, _) in enumerate(MARK_KINDS)}
AUTO_KIND = {"upperRoman": "roman", "decimal": "arabic", "lowerLetter": "letter",
             "lowerRoman": "roman-small", "bullet": "dash"}
TAIL_COUNT_RE = recache.compile(
    rf"(?<![\w.,/%-])\(?(?P<n>\d{{1,2}})\s+(?P<noun>{NOUN})\)?\s*(?:,?\s*(?:gồm có|bao gồm|gồm|"
    r"cụ thể(?: là)?(?: như sau)?|như sau|sau đây|sau|trọng tâm|chủ yếu|chính|dưới đây|"
    r"cần thực hiện|được thể hiện|như)\s*)*:\s*$",
    re.IGNORECASE,
)
ENDS_WITH_CUE = recache.compile(r"(?:gồm có|bao gồm|gồm|như sau|cụ thể(?: như sau)?)\s*:\s*$",
                                re.IGNORECASE)
FIRST_COUNT_RE = recache.compile(
    r"(?<![\w.,/%-])(?P<n>\d{1,2})\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})", re.IGNORECASE)
CHANGE_BEFORE = recache.compile(r"(?:tăng|giảm|vượt)\s*(?:thêm\s*)?$", re.IGNORECASE)
TAIL_TOTAL_RE = recache.compile(
    r"(?:,|;|\.)?\s*(?:trong đó|bao gồm|gồm có|gồm|cụ thể(?: là)?(?: như sau)?|như sau|chia ra|"
    r"chi tiết(?: như sau)?)\s*:\s*$",
    re.IGNORECASE,
)


def marker(p: Paragraph) -> str | None:
    """The kind of list marker a paragraph starts with (automatic numbering included)."""
    if p.numbering is not None and p.numbering.label:
        return AUTO_KIND.get(p.numbering.format, "dash" if p.numbering.format == "bullet"
                             else "arabic")
    for kind, rx in MARK_KINDS:
        if rx.match(p.text):
            return kind
    return None


def list_claims(paragraphs: Sequence[Paragraph]) -> list[Claim]:
    """Counts and totals stated by a paragraph ending with a colon, against the list after it."""
    out: list[Claim] = []
    n = len(paragraphs)
    for i, p in enumerate(paragraphs):
        text = p.match.rstrip()
        if not text.endswith(":") or i + 1 >= n:
            continue
        tail = text[-240:]
        cm = TAIL_COUNT_RE.search(tail)
        if cm is None and ENDS_WITH_CUE.search(tail):
            sentence = re.split(r"(?<=[.])\s", tail)[-1]
            cm = next((x for x in FIRST_COUNT_RE.finditer(tail, len(tail) - len(sentence))
                       if countable(x.group("noun"))), None)
        tm = TAIL_TOTAL_RE.search(tail) if cm is None else None
        if cm is None and tm is None:
            continue
        items, gaps = _following_items(paragraphs, i)
        if len(items) < 1:
            continue
        offset = len(text) - len(tail)
        if cm is not None:
            if BOUND_BEFORE.search(tail[max(0, cm.start() - 12):cm.start()]):
                continue
            noun = cm.group("noun")
            if NOUN_SELECTION.search(noun) or not countable(noun) or is_label(
                    tail, cm.start("n")):
                continue
            count = int(cm.group("n"))
            if count < 2:
                continue
            clause = re.split(r"[.;]\s", tail[:cm.start()])[-1]
            if re.search(rf"\d+\s+{re.escape(noun.split()[0])}\b", clause, re.IGNORECASE):
                continue  # "12 nhiệm vụ, đã hoàn thành 06 nhiệm vụ, tiếp tục 06 nhiệm vụ, cụ thể:"
            names = [_first_line(q) for q in items]
            inline = [split_items(q.match) for q in items]
            numbered = [f[0] for f in inline if f is not None and f[1]]
            if len(items) == 1 and not numbered:
                continue
            if len(numbered) == len(items) and len(items) != count:
                names = [x for group in numbered for x in group]  # "- Nhóm …: (1) …; (2) …"
            claim = make_count(p, offset + cm.start("n"), offset + cm.end("noun"), count,
                          cm.group("noun"), names, WARNING if gaps else ERROR)
            out.append(Claim(claim.kind, claim.stated, claim.terms, claim.holds,
                             claim.certainty, claim.location, claim.computation, claim.items,
                             claim.note, tuple(q.location for q in items[:1])))
        else:
            assert tm is not None
            out.extend(_list_total(p, items, tm.group().lower(), offset + tm.start()))
    return out


def _first_line(p: Paragraph) -> str:
    text = p.text.strip()
    for _, rx in MARK_KINDS:
        m = rx.match(text)
        if m:
            text = text[m.end():]
            break
    return text.strip()


def _following_items(paragraphs: Sequence[Paragraph], i: int) -> tuple[list[Paragraph], bool]:
    """The list items right after paragraph ``i`` at the first item's level; and whether
    other paragraphs stand between them."""
    first = paragraphs[i + 1]
    kind = marker(first)
    if kind is None or first.heading_level is not None:
        return [], False
    items = [first]
    gaps = False
    unmarked = 0
    for q in paragraphs[i + 2:]:
        if q.heading_level is not None:
            break
        k = marker(q)
        if k == kind and (q.numbering is None) == (first.numbering is None) and (
                q.numbering is None or first.numbering is None or
                q.numbering.level == first.numbering.level):
            if unmarked:
                gaps = True
            items.append(q)
            unmarked = 0
            continue
        if k is not None and DEPTH[k] > DEPTH[kind]:
            continue  # a sub-item
        if k is None and kind == "ordinal" and unmarked < 6:
            unmarked += 1
            continue
        break
    return items, gaps


def _list_total(p: Paragraph, items: list[Paragraph], cue: str, cue_pos: int) -> list[Claim]:
    """"tổng dự toán là 23.997 tỷ đồng, trong đó:" and the figure each item gives for it
    ("766 vụ, 1.385 đối tượng … Cụ thể:" and "+ …: 05 vụ, 04 đối tượng": two totals)."""
    text = p.match
    ms = [m for m in mentions(p, text) if m.kind == "num" and m.end <= cue_pos + 1
          and m.depth == 0 and not m.approx and (m.noun or m.unit) and not CHANGE_BEFORE.search(
              text[max(0, m.start - 16):m.start])]
    if not ms or len(items) < 2:
        return []
    per_item = [[m for m in mentions(q, q.match) if m.kind == "num" and m.depth == 0
                 and not m.approx] for q in items]
    out: list[Claim] = []
    seen: set[str] = set()
    exhaustive = not cue.strip(" ,.;:").startswith("trong đó")
    for t in reversed(ms):
        key = t.noun.split()[0] if t.noun else str(t.unit)
        if key in seen:
            continue
        firsts = []
        for qm in per_item:
            f = next((m for m in qm if m.unit == t.unit and m.noun and compatible(t.noun, m.noun)
                      or m.unit == t.unit and t.unit and not t.noun), None)
            if f is None:
                break
            firsts.append(f)
        if len(firsts) < len(items):
            # "3149 trường hợp …, cụ thể:" and "+ …: 1986 người;": other nouns, one figure each
            lasts = [qm[-1] for qm in per_item if qm]
            if len(lasts) < len(items) or len({m.noun for m in lasts}) != 1 or any(
                    m.unit != t.unit for m in lasts):
                continue
            s = sum((m.term.base for m in lasts), Decimal(0))
            if not sum_agrees(t.term, [m.term for m in lasts]) and not (
                    exhaustive and near_miss(t.term, s)):
                continue
            firsts = lasts
        seen.add(key)
        parts = [f.term for f in firsts]
        ok = sum_agrees(t.term, parts)
        s = sum((x.base for x in parts), Decimal(0))
        near = not ok and near_miss(t.term, s)
        if not ok and not exhaustive and s < t.term.base and not near:
            kind, ok = SUBSET, True
        else:
            kind = SUM
        d = max([t.term.decimals, *(x.decimals for x in parts)])
        comp = " + ".join(show(x) for x in parts) + f" = {fmt(s / t.term.scale, d)}"
        if not ok:
            comp += f", không phải {show(t.term)}"
        out.append(Claim(kind, t.term, tuple(parts), ok,
                         ERROR if exhaustive and (ok or not near) else WARNING,
                         p.at(t.start, max(1, t.end - t.start)), comp,
                         note=cue.strip(" ,.;:"), related=tuple(q.location for q in items[:1])))
    return out
