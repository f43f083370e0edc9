"""Which draft goes with which final.

The corpus names its real documents ``vbai__<group>__<file>.docx``: a group holds the papers of
one submission (the routing slip, the draft, the signed final, an attached charter, ...). A
draft carries "Du-thao" (any case, with or without the hyphen) in its file name.

A draft is paired with a document of its own group that is not a draft, when their texts agree:
the bags of words of the two bodies must overlap (Dice coefficient) by at least
:data:`MIN_TEXT_SIMILARITY`. Among the candidates that pass, the closest text wins; file names
(with the draft marker, numbers and filler words removed, common abbreviations such as "QD"
spelled out) break near ties, then the texts compared as written (case and punctuation).
Each final takes at most one draft: when two drafts of one group are closest to the same final
(an earlier and a later draft), the closer one is paired and the other is reported as
unpaired, with the reason.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

DRAFT_RE = re.compile(r"du[-_ ]?thao", re.IGNORECASE)
MIN_TEXT_SIMILARITY = 0.75
NEAR_TIE = 0.02

# words of file names that say nothing about which document it is
_NOISE = frozenset({"kem", "snv", "stp", "s", "final", "ban", "moi", "v", "docx", "tinh", "cua",
                    "va", "ve", "viec", "hao"})
_SPELLED = {
    "qd": "quyet dinh", "cv": "cong van", "bc": "bao cao", "kh": "ke hoach", "tb": "thong bao",
    "vb": "van ban", "ttr": "to trinh", "ld": "lien doan", "hh": "hiep hoi", "gd": "giai doan",
}


@dataclass(frozen=True)
class Pair:
    group: str
    draft: str  # file names inside the group (without "vbai__<group>__")
    final: str
    text_similarity: float
    name_similarity: float


@dataclass(frozen=True)
class Unpaired:
    group: str
    draft: str
    reason: str


def is_draft(name: str) -> bool:
    return DRAFT_RE.search(name) is not None


def split_name(filename: str) -> tuple[str, str] | None:
    """(group, name) of a corpus file ``vbai__<group>__<name>``; None for other files."""
    if not filename.startswith("vbai__") or not filename.lower().endswith(".docx"):
        return None
    parts = filename.split("__", 2)
    if len(parts) != 3:
        return None
    return parts[1], parts[2]


def name_key(name: str) -> list[str]:
    """The words of a file name that identify the document."""
    stem = re.sub(r"\.docx$", "", name, flags=re.IGNORECASE)
    stem = DRAFT_RE.sub(" ", stem)
    words: list[str] = []
    for w in re.split(r"[^a-z0-9]+", stem.lower()):
        if not w or w.isdigit() or w in _NOISE:
            continue
        words.extend(_SPELLED.get(w, w).split())
    return words


def name_similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, name_key(a), name_key(b), autojunk=False).ratio()


def word_bag(text: str) -> Counter[str]:
    """The words of ``text``, in lower case."""
    return Counter(w.lower() for w in re.findall(r"\w+", text))


def token_bag(text: str) -> Counter[str]:
    """Words as written and punctuation marks: tells apart drafts that differ in case only."""
    return Counter(re.findall(r"\w+|[^\w\s]", text))


def text_similarity(a: Counter[str], b: Counter[str]) -> float:
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 0.0


def pair_group(
    group: str, names: Sequence[str], texts: Mapping[str, str]
) -> tuple[list[Pair], list[Unpaired]]:
    """Pairs and unpaired drafts of one group; ``texts`` maps each name to its text."""
    drafts = sorted(n for n in names if is_draft(n))
    finals = sorted(n for n in names if not is_draft(n))
    words = {n: word_bag(texts[n]) for n in names}
    tokens = {n: token_bag(texts[n]) for n in names}
    scored: list[tuple[float, float, float, str, str]] = []
    best: dict[str, tuple[float, float, str]] = {}
    for d in drafts:
        for f in finals:
            t = text_similarity(words[d], words[f])
            fine = text_similarity(tokens[d], tokens[f])
            scored.append((t, name_similarity(d, f), fine, d, f))
            if (t, fine) > best.get(d, (-1.0, -1.0, ""))[:2]:
                best[d] = (t, fine, f)
    # closest text first; between near ties the names, then case and punctuation decide
    scored.sort(key=lambda s: (-round(s[0] / NEAR_TIE), -s[1], -s[2], -s[0], s[3], s[4]))
    pairs: list[Pair] = []
    taken: dict[str, tuple[Pair, float]] = {}
    done: set[str] = set()
    for t, n, fine, d, f in scored:
        if d in done or f in taken or t < MIN_TEXT_SIMILARITY:
            continue
        pair = Pair(group, d, f, t, n)
        pairs.append(pair)
        taken[f] = (pair, fine)
        done.add(d)
    unpaired: list[Unpaired] = []
    for d in drafts:
        if d in done:
            continue
        t, fine, f = best.get(d, (0.0, 0.0, "-"))
        if not finals:
            reason = "no other document in its group"
        elif t >= MIN_TEXT_SIMILARITY and f in taken:
            other, other_fine = taken[f]
            reason = (f"its closest final {f} is paired with the closer draft {other.draft} "
                      f"(words {other.text_similarity:.3f} vs {t:.3f}; words as written and "
                      f"punctuation {other_fine:.3f} vs {fine:.3f})")
        else:
            reason = (f"no final in its group has similar text (closest: {f}, {t:.2f} < "
                      f"{MIN_TEXT_SIMILARITY})")
        unpaired.append(Unpaired(group, d, reason))
    pairs.sort(key=lambda p: p.draft)
    return pairs, unpaired


def groups_with_drafts(filenames: Sequence[str]) -> dict[str, list[str]]:
    """Group name -> file names in it, for the groups that hold at least one draft."""
    groups: dict[str, list[str]] = {}
    for filename in filenames:
        split = split_name(filename)
        if split:
            groups.setdefault(split[0], []).append(split[1])
    return {g: sorted(ns) for g, ns in sorted(groups.items()) if any(map(is_draft, ns))}
