"""Paragraphs of a draft aligned with those of its final, and the edits inside them.

Alignment is done with :mod:`difflib` in two steps:

1. per part (body, footnotes, headers, ...), the sequences of non-empty paragraph texts are
   matched; runs of identical paragraphs anchor the alignment. Between two anchors, the draft
   and final paragraphs are paired by a monotone alignment (dynamic programming) that
   maximises the words they share in order, so an edited paragraph is paired with its edited
   counterpart; a paragraph left over on both sides that resembles one on the other side was
   moved and is paired too; the rest are reported as removed or added;
2. inside a pair of paragraphs, the texts are cut into tokens (words, runs of spaces, single
   punctuation marks) and diffed token by token. Neighbouring changes separated only by one
   run of spaces are one edit ("Hội Nữ" -> "hội nữ"); changes inside one date, document code or
   year range are one edit, whose ``unit_before``/``unit_after`` hold the whole expression
   ("25/11/2019" -> "25 tháng 11 năm 2019"), while ``start``/``end`` stay the changed span.

difflib rather than a third-party diff library: the sequences are short (paragraphs of a few
hundred tokens), and its matching blocks are the anchors this alignment needs.

Offsets are those of soat's own model (:class:`validator.model.Paragraph` ``text``), so an
edit's draft span can be compared with the locations soat reports.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import NamedTuple

TOKEN_RE = re.compile(r"\w+|\s+|[^\w\s]")
WORD_RE = re.compile(r"\w+")

MIN_PAIR_SIMILARITY = 0.4  # words in common, in order, for two paragraphs to be one edited
MIN_MOVE_SIMILARITY = 0.5  # the same for a paragraph moved out of order,
MIN_MOVE_WORDS = 6  # of at least this many words
MAX_DP_CELLS = 40_000  # larger gaps between anchors are paired greedily in order

Spans = Callable[[str], Iterable[tuple[int, int]]]


@dataclass(frozen=True)
class Para:
    """What alignment needs of a paragraph: where it is and what it shows."""

    part: str
    index: int
    text: str
    label: str = ""  # automatic numbering label Word displays ("" if none)


@dataclass(frozen=True)
class Edit:
    """One change from the draft to the final, located in the draft.

    ``kind``: ``text`` (a change inside a paragraph), ``label`` (the automatic number Word
    displays), ``removed`` (a draft paragraph with no counterpart), ``added`` (a final
    paragraph with no counterpart; located at the end of the draft paragraph before it, or at
    the start of the draft), ``format`` (page setup or header-block formatting, see
    :mod:`bench.drafts.formatting`; ``attribute`` names what changed).
    """

    part: str
    paragraph: int | None  # draft paragraph index in its part (None: the document)
    start: int  # draft span (offsets into the draft paragraph's text)
    end: int
    before: str  # draft text of the span
    after: str  # final text replacing it
    draft_text: str = ""  # whole draft paragraph
    final_text: str = ""  # whole final paragraph
    final_paragraph: int | None = None
    kind: str = "text"
    unit_before: str = ""  # the date/code/range the edit sits in, draft and final
    unit_after: str = ""
    attribute: str = ""  # format edits: what changed ("margin-top", "size of motto", ...)
    checkable: bool | None = None  # format edits: the draft's value breaks the regulation
    paragraphs: tuple[int, ...] = ()  # format edits: every draft paragraph of the element


# -- paragraphs ----------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(text)]


def similarity(a: Sequence[str], b: Sequence[str]) -> float:
    """How alike two paragraphs' words are: the mean of the share of words they have in common
    (Dice coefficient of the bags) and of words in common in order (difflib's ratio). The
    first keeps a paragraph whose clauses were reordered; the second tells apart two
    paragraphs of the same boilerplate."""
    total = len(a) + len(b)
    if not total:
        return 0.0
    dice = 2 * sum((Counter(a) & Counter(b)).values()) / total
    if dice < MIN_PAIR_SIMILARITY:
        return dice / 2
    return (dice + SequenceMatcher(None, a, b, autojunk=False).ratio()) / 2


def align_paragraphs(
    draft: Sequence[Para], final: Sequence[Para]
) -> list[tuple[Para | None, Para | None]]:
    """Pairs (draft, final) in order; ``None`` on one side for a removed or added paragraph.

    Paragraphs whose text is only spaces are left out.
    """
    d = [p for p in draft if p.text.strip()]
    f = [p for p in final if p.text.strip()]
    matcher = SequenceMatcher(None, [p.text for p in d], [p.text for p in f], autojunk=False)
    out: list[tuple[Para | None, Para | None]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(zip(d[i1:i2], f[j1:j2]))
        else:
            out.extend(_pair_block(d[i1:i2], f[j1:j2]))
    return _pair_moved(out)


def _pair_moved(
    pairs: list[tuple[Para | None, Para | None]],
) -> list[tuple[Para | None, Para | None]]:
    """Pair a removed paragraph with an added one it resembles: a paragraph moved (and maybe
    edited), which a monotone alignment cannot pair. It stays at its place in the draft."""
    def long(para: Para | None) -> bool:  # short lines ("PHÓ CHỦ TỊCH", a cell "11") are not
        return para is not None and len(WORD_RE.findall(para.text)) >= MIN_MOVE_WORDS  # moved

    removed = [k for k, (p, q) in enumerate(pairs) if q is None and long(p)]
    added = [k for k, (p, q) in enumerate(pairs) if p is None and long(q)]
    if not removed or not added or len(removed) * len(added) > MAX_DP_CELLS:
        return pairs
    words = {k: _words((pairs[k][0] or pairs[k][1] or Para("", 0, "")).text)
             for k in removed + added}
    candidates = sorted(
        ((similarity(words[r], words[a]), r, a) for r in removed for a in added),
        reverse=True)
    used: set[int] = set()
    out = list(pairs)
    for sim, r, a in candidates:
        if sim < MIN_MOVE_SIMILARITY:
            break
        if r in used or a in used:
            continue
        used.update((r, a))
        out[r] = (pairs[r][0], pairs[a][1])
    return [pair for k, pair in enumerate(out) if k not in used or pair[0] is not None]


def _pair_block(d: Sequence[Para], f: Sequence[Para]) -> list[tuple[Para | None, Para | None]]:
    """Monotone pairing of the paragraphs between two anchors, maximising the words they have
    in common, in order."""
    if not d or not f:
        return [(p, None) for p in d] + [(None, q) for q in f]
    dw = [_words(p.text) for p in d]
    fw = [_words(q.text) for q in f]
    n, m = len(d), len(f)
    if n * m > MAX_DP_CELLS:
        return _pair_greedy(d, f, dw, fw)
    sim = [[similarity(a, b) for b in fw] for a in dw]
    score = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        row, prev = score[i], score[i - 1]
        for j in range(1, m + 1):
            s = sim[i - 1][j - 1]
            row[j] = max(prev[j], row[j - 1],
                         prev[j - 1] + s if s >= MIN_PAIR_SIMILARITY else 0.0)
    pairs: list[tuple[Para | None, Para | None]] = []
    i, j = n, m
    while i and j:
        s = sim[i - 1][j - 1]
        if s >= MIN_PAIR_SIMILARITY and score[i][j] == score[i - 1][j - 1] + s:
            pairs.append((d[i - 1], f[j - 1]))
            i, j = i - 1, j - 1
        elif score[i - 1][j] >= score[i][j - 1]:
            pairs.append((d[i - 1], None))
            i -= 1
        else:
            pairs.append((None, f[j - 1]))
            j -= 1
    pairs.extend((d[k], None) for k in range(i - 1, -1, -1))
    pairs.extend((None, f[k]) for k in range(j - 1, -1, -1))
    pairs.reverse()
    return pairs


def _pair_greedy(
    d: Sequence[Para], f: Sequence[Para], dw: list[list[str]], fw: list[list[str]]
) -> list[tuple[Para | None, Para | None]]:
    """In order: each draft paragraph takes the best of the next few final ones."""
    pairs: list[tuple[Para | None, Para | None]] = []
    j = 0
    for i, p in enumerate(d):
        window = range(j, min(len(f), j + 8))
        best = max(window, key=lambda k: similarity(dw[i], fw[k]), default=None)
        if best is None or similarity(dw[i], fw[best]) < MIN_PAIR_SIMILARITY:
            pairs.append((p, None))
            continue
        pairs.extend((None, f[k]) for k in range(j, best))
        pairs.append((p, f[best]))
        j = best + 1
    pairs.extend((None, f[k]) for k in range(j, len(f)))
    return pairs


# -- edits inside a paragraph ---------------------------------------------------------------


def tokens(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in TOKEN_RE.finditer(text)]


class Op(NamedTuple):
    """One opcode of the token diff, as character ranges in the draft and the final."""

    tag: str
    ds: int
    de: int
    fs: int
    fe: int

    def side(self, final: bool) -> tuple[int, int]:
        return (self.fs, self.fe) if final else (self.ds, self.de)


def text_edits(draft: Para, final: Para, units: Spans | None = None) -> list[Edit]:
    """The edits turning ``draft.text`` into ``final.text`` (see the module docstring)."""
    a, b = draft.text, final.text
    if a == b:
        return []
    ta, tb = tokens(a), tokens(b)
    matcher = SequenceMatcher(None, [a[s:e] for s, e in ta], [b[s:e] for s, e in tb],
                              autojunk=False)

    def cpos(toks: list[tuple[int, int]], i: int, text: str) -> int:
        return toks[i][0] if i < len(toks) else len(text)

    ops = [Op(tag, cpos(ta, i1, a), cpos(ta, i2, a), cpos(tb, j1, b), cpos(tb, j2, b))
           for tag, i1, i2, j1, j2 in matcher.get_opcodes()]
    changed = [k for k, op in enumerate(ops) if op.tag != "equal"]
    if not changed:
        return []
    # groups of opcode indices [first, last], joined when one run of spaces lies between
    groups: list[list[int]] = [[changed[0], changed[0]]]
    for k in changed[1:]:
        between = ops[groups[-1][1] + 1:k]
        if len(between) == 1 and re.fullmatch(r"\s+", a[between[0].ds:between[0].de]):
            groups[-1][1] = k
        else:
            groups.append([k, k])
    groups = _merge_swaps(groups, ops, a)
    unit_a = sorted(units(a)) if units else []
    unit_b = sorted(units(b)) if units else []
    groups = _merge_by_units(groups, ops, unit_a, unit_b)
    out = []
    for first, last in groups:
        ds, de, fs, fe = ops[first].ds, ops[last].de, ops[first].fs, ops[last].fe
        ua, ub = _unit_context((ds, de), (fs, fe), ops, unit_a, unit_b, a, b)
        out.append(Edit(
            part=draft.part, paragraph=draft.index, start=ds, end=de,
            before=a[ds:de], after=b[fs:fe], draft_text=a, final_text=b,
            final_paragraph=final.index, unit_before=ua, unit_after=ub,
        ))
    return out


def _merge_swaps(groups: list[list[int]], ops: Sequence[Op], a: str) -> list[list[int]]:
    """Join an insertion and a deletion on either side of one unchanged word: a pair of words
    rewritten ("Văn bản" -> "Công văn") or swapped ("đảm bảo" -> "bảo đảm"), which the diff
    sees as "Công " inserted before "văn" and " bản" deleted after it."""
    out: list[list[int]] = []
    for g in groups:
        if out and out[-1][0] == out[-1][1] and g[0] == g[1] and g[0] == out[-1][1] + 2:
            one, two = ops[out[-1][0]], ops[g[0]]
            if {one.tag, two.tag} == {"insert", "delete"} and len(
                WORD_RE.findall(a[one.de:two.ds])
            ) == 1:
                out[-1][1] = g[1]
                continue
        out.append(g[:])
    return out


def _touches(unit: tuple[int, int], span: tuple[int, int]) -> bool:
    """A changed range meets a unit; an insertion point only strictly inside it."""
    (us, ue), (start, end) = unit, span
    if start == end:
        return us < start < ue
    return start < ue and us < end


def _merge_by_units(
    groups: list[list[int]], ops: Sequence[Op],
    unit_a: Sequence[tuple[int, int]], unit_b: Sequence[tuple[int, int]],
) -> list[list[int]]:
    """Join neighbouring groups that fall inside one date, code or range (on either side)."""
    if not (unit_a or unit_b) or len(groups) < 2:
        return groups

    def same_unit(g1: list[int], g2: list[int], units: Sequence[tuple[int, int]],
                  final: bool) -> bool:
        r1 = (ops[g1[0]].side(final)[0], ops[g1[1]].side(final)[1])
        r2 = (ops[g2[0]].side(final)[0], ops[g2[1]].side(final)[1])
        return any(_touches(u, r1) and _touches(u, r2) for u in units)

    merged = [groups[0][:]]
    for g in groups[1:]:
        if same_unit(merged[-1], g, unit_a, False) or same_unit(merged[-1], g, unit_b, True):
            merged[-1][1] = g[1]
        else:
            merged.append(g[:])
    return merged


def _unit_context(
    span_a: tuple[int, int], span_b: tuple[int, int], ops: Sequence[Op],
    unit_a: Sequence[tuple[int, int]], unit_b: Sequence[tuple[int, int]], a: str, b: str,
) -> tuple[str, str]:
    """The edit widened to the units it touches, as (draft text, final text); "" if none."""
    (lo_a, hi_a), (lo_b, hi_b) = span_a, span_b
    hit = False
    for u in unit_a:
        if _touches(u, span_a):
            lo_a, hi_a, hit = min(lo_a, u[0]), max(hi_a, u[1]), True
    for u in unit_b:
        if _touches(u, span_b):
            lo_b, hi_b, hit = min(lo_b, u[0]), max(hi_b, u[1]), True
    if not hit:
        return "", ""
    # carry each widened boundary to the other side through the unchanged text around it
    lo_b, hi_b = min(lo_b, _carry(lo_a, ops, False)), max(hi_b, _carry(hi_a, ops, False))
    lo_a, hi_a = min(lo_a, _carry(lo_b, ops, True)), max(hi_a, _carry(hi_b, ops, True))
    return a[lo_a:hi_a], b[lo_b:hi_b]


def _carry(pos: int, ops: Sequence[Op], final: bool) -> int:
    """A position in the draft (or, with ``final``, in the final) carried to the other side."""
    for op in ops:
        s, e = op.side(final)
        if s <= pos <= e:
            os_, oe = op.side(not final)
            if op.tag == "equal":
                return os_ + (pos - s)
            return os_ if pos - s <= e - pos else oe
    return pos


# -- documents ------------------------------------------------------------------------------


def paragraph_edits(
    draft: Sequence[Para], final: Sequence[Para], units: Spans | None = None
) -> list[Edit]:
    """Every edit between two parts (same part name on both sides), in draft order."""
    out: list[Edit] = []
    last: Para | None = None
    for p, q in align_paragraphs(draft, final):
        if p is not None and q is not None:
            if p.label != q.label and (p.label or q.label):
                out.append(Edit(p.part, p.index, 0, 0, p.label, q.label, p.text, q.text,
                                q.index, kind="label"))
            out.extend(text_edits(p, q, units))
            last = p
        elif p is not None:
            out.append(Edit(p.part, p.index, 0, len(p.text), p.text, "", p.text, "",
                            None, kind="removed"))
            last = p
        elif q is not None:
            prev = out[-1] if out else None
            if prev is not None and prev.kind == "added" and prev.paragraph == (
                last.index if last is not None else None
            ):  # a run of added paragraphs is one edit
                out[-1] = replace(prev, after=f"{prev.after}\n{q.text}")
                continue
            at = len(last.text) if last is not None else 0
            out.append(Edit(q.part, last.index if last is not None else None, at, at, "",
                            q.text, last.text if last is not None else "", q.text, q.index,
                            kind="added"))
    return out
