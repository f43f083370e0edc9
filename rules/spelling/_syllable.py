"""Vietnamese orthography: is a written word one well-formed syllable?

The check follows the rules of the writing system, not a word list: a syllable is an onset,
a rhyme (an optional medial o/u, a vowel nucleus and an optional final) and one tone, and
the parts constrain each other:

- the rhyme is one of the rhymes the language has (``RHYMES``): "ă" and "â" never end a
  syllable, "ia"/"ua"/"ưa" take no final, and so on;
- k, gh, ngh stand before i, e, ê (and y); c, g, ng everywhere else; q is always "qu";
  "gi" before a vowel is one letter ("già", "giếng"), before a final it is g + i ("gìn");
- a syllable ending in p, t, c or ch takes only the sắc or nặng tone;
- the tone mark stands on the main vowel: on the vowel with a hat or a horn ("việt",
  "người"), else on the last vowel before a final ("toàn"), else on the first of two
  ("mùa", "tài") — "oa", "oe", "uy" accept both the old and the new placement ("hòa"/"hoà").

:func:`judge` tells a word Vietnamese is certainly meant for (it carries a letter or a tone
mark of the Vietnamese alphabet and has the shape of a syllable: onset consonants, vowels,
final consonants) from a name, a code or a foreign word, and says why a syllable is wrong.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

TONES = {"\u0300": "huyền", "\u0301": "sắc", "\u0309": "hỏi", "\u0303": "ngã", "\u0323": "nặng"}
# combining marks that make Vietnamese letters, and the letters they go on
SHAPE_MARKS = {"\u0302": "aeo", "\u0306": "a", "\u031b": "ou"}
VOWELS = frozenset("aăâeêioôơuưy")
MARKED = frozenset("ăâêôơưđ")  # letters only Vietnamese writes, besides tone marks
CONSONANTS = frozenset("bcdđghklmnpqrstvx")
_ONSET_LIST = "ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x"
ONSET_ORDER = (*_ONSET_LIST.split(), "")  # longest first
ONSETS = frozenset(ONSET_ORDER[:-1])
CODAS = frozenset(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"])
STOPS = frozenset(["c", "ch", "p", "t"])
_RHYME_LIST = """
a ai ao au ay ac ach am an ang anh ap at
ăc ăm ăn ăng ăp ăt
âc âm ân âng âp ât âu ây
e eo ec em en eng ep et
ê êu êch êm ên ênh êp êt
i ia iu ich im in inh ip it iêc iêm iên iêng iêp iêt iêu
y yêm yên yêt yêu
o oi oc om on ong op ot ooc oong
oa oai oay oao oac oach oam oan oang oanh oap oat
oăc oăm oăn oăng oăt
oe oeo oen oet
ô ôi ôc ôm ôn ông ôp ôt
ơ ơi ơm ơn ơp ơt
u ua ui uc um un ung up ut
uôc uôi uôm uôn uông uôt
uân uâng uât uây
uê uêch uên uênh
uơ
uy uya uych uynh uyp uyt uyu uyên uyêt
ư ưa ưi ưu ưc ưm ưn ưng ưt
ươc ươi ươm ươn ương ươp ươt ươu
"""
RHYMES = frozenset(_RHYME_LIST.split())
FRONT = frozenset("ieêy")  # where k, gh, ngh are written instead of c, g, ng


# Every toned vowel of the alphabet (NFC) -> its letter and its tone mark; the table that
# strips tones at C speed (str.translate) for the words written in plain NFC, nearly all.
TONED = {unicodedata.normalize("NFC", v + t): (v, t) for v in "aăâeêioôơuưy" for t in TONES}
_STRIP = str.maketrans({k: v for k, (v, _) in TONED.items()})
_LETTERS = "abcdefghijklmnopqrstuvwxyzăâêôơưđ"


class Word:
    """A lower-case word split into its letters (tones removed) and its tone marks."""

    __slots__ = ("base", "foreign", "tones")

    def __init__(self, word: str) -> None:
        low = word.lower()
        base = low.translate(_STRIP)
        self.foreign = False  # a mark Vietnamese does not use, or on a letter that cannot bear it
        if not base.strip(_LETTERS):  # Vietnamese letters only: no decomposition needed
            self.base = base
            self.tones = [(i, TONED[c][1]) for i, c in enumerate(low) if c in TONED]
            return
        letters: list[str] = []
        self.tones = []  # (index of the letter, mark)
        for ch in unicodedata.normalize("NFD", low):
            if unicodedata.combining(ch):
                if not letters:
                    self.foreign = True
                elif ch in TONES:
                    if letters[-1] not in VOWELS:
                        self.foreign = True
                    self.tones.append((len(letters) - 1, ch))
                elif letters[-1] in SHAPE_MARKS.get(ch, ""):
                    letters[-1] = unicodedata.normalize("NFC", letters[-1] + ch)
                else:
                    self.foreign = True
            else:
                letters.append(ch)
        self.base = "".join(letters)


def split_shape(base: str) -> tuple[str, str, str] | None:
    """(onset, vowels, final) of a toneless word, if it has the shape of a syllable."""
    i = 0
    while i < len(base) and base[i] in CONSONANTS:
        i += 1
    j = i
    while j < len(base) and base[j] in VOWELS:
        j += 1
    onset, vowels, final = base[:i], base[i:j], base[j:]
    if not vowels or final not in CODAS:
        return None
    if onset not in ONSETS and onset not in ("q", "g"):
        return None
    return onset, vowels, final


def _parses(base: str) -> list[tuple[int, str, int]]:
    """(where the rhyme starts, the rhyme as the rhyme list spells it, the first letter that
    may bear the tone) for each way of reading the onset; "qu" and "gi" lend their u and i
    to the rhyme ("quốc" is q + uôc, "giếng" is g + iêng)."""
    out = []
    run = len(base) - len(base.lstrip("bcdđghklmnpqrstvx"))
    onsets = [base[:run]]
    if base[:run] == "g" and base[1:2] == "i" or base[:run] == "q" and base[1:2] == "u":
        onsets = [base[:2]]
    if base[:run] == "g" and base[1:2] == "i":
        onsets.append("g")
    for onset in onsets:
        if onset not in ONSETS and onset:
            continue
        rest = base[len(onset):]
        if onset == "qu":
            if rest[:1] in ("a", "ă", "e"):
                out.append((1, "o" + rest, 2))
            elif rest:
                out.append((1, "u" + ("y" + rest[1:] if rest[0] == "i" else rest), 2))
            continue
        if onset == "gi":
            if rest[:1] in VOWELS and rest[0] not in "iê":
                out.append((2, rest, 2))
            if rest[:1] not in VOWELS or rest[0] == "ê":
                out.append((1, "i" + rest, 1))
            continue
        if onset in ("c", "g", "ng") and (rest[:1] in FRONT or onset == "c" and rest[:2] in (
                "oa", "oă", "oe", "uy", "uâ", "uê", "uơ")):
            continue
        if onset in ("k", "gh", "ngh") and rest[:1] not in FRONT:
            continue
        if onset and (rest[:1] == "y" and rest != "y"):
            continue
        if not onset and rest[:2] == "iê":
            continue
        out.append((len(onset), rest, len(onset)))
    return out


def tone_places(rhyme: str) -> tuple[int, ...]:
    """Indexes in ``rhyme`` where its tone mark may stand (old and new placement)."""
    n = 0
    while n < len(rhyme) and rhyme[n] in VOWELS:
        n += 1
    vowels, final = rhyme[:n], rhyme[n:]
    hats = [i for i, c in enumerate(vowels) if c in "ăâêôơư"]
    if hats:
        return (hats[-1],)
    if final:
        return (n - 1,)
    if vowels in ("oa", "oe", "uy"):
        return (0, 1)
    return (1,) if n == 3 else (0,)


def problem(word: str) -> str | None:
    """Why ``word`` (one token) is not a Vietnamese syllable, or None if it is one.

    Only a word certainly meant as Vietnamese is judged; anything else (no Vietnamese letter
    or tone mark, the shape of a name or a foreign word, a foreign mark) gives None.
    """
    w = Word(word)
    if w.foreign or not (w.tones or MARKED.intersection(w.base)):
        return None
    shape = split_shape(w.base)
    if shape is None:
        return None
    if len(w.tones) > 1:
        return "có hai dấu thanh"
    final = shape[2]
    tone = w.tones[0][1] if w.tones else ""
    parses = [(s, r, lo) for s, r, lo in _parses(w.base) if r in RHYMES]
    if not parses:
        return f'không có vần "{w.base[len(shape[0]):]}" sau "{shape[0]}"' if shape[0] \
            else f'không có vần "{w.base}"'
    if final in STOPS and tone not in ("\u0301", "\u0323"):
        name = TONES.get(tone, "ngang")
        return f'vần tận cùng bằng "{final}" chỉ mang dấu sắc hoặc nặng (đang là thanh {name})'
    if w.tones:
        at = w.tones[0][0]
        if not any(at >= lo and at - s in tone_places(r) for s, r, lo in parses):
            return "đặt dấu thanh sai nguyên âm"
    return None


def retone(word: str, tone: str) -> str:
    """``word`` with ``tone`` ("" or a mark of ``TONES``) on the vowel that bears it.

    The current place is kept when it is right (either placement of "hòa"/"hoà"); the case
    of each letter is kept.
    """
    w = Word(word)
    if len(w.tones) > 1 or w.foreign:
        return word
    parses = [(s, r, lo) for s, r, lo in _parses(w.base) if r in RHYMES]
    if not parses:
        return word
    start, rhyme, lo = parses[0]
    places = [start + p for p in tone_places(rhyme) if start + p >= lo] or [lo]
    at = w.tones[0][0] if w.tones and w.tones[0][0] in places else places[0]
    letters = list(w.base)
    if tone:
        letters[at] = unicodedata.normalize("NFC", letters[at] + tone)
    return "".join(c.upper() if o.isupper() else c for c, o in zip(letters, word, strict=True))


def spelling_key(word: str) -> tuple[str, str]:
    """(letters, tone marks) of ``word`` in lower case: equal for "hóa" and "hoá", "Uỷ" and
    "ủy", which differ only by where the tone mark stands."""
    w = Word(word)
    return w.base, "".join(sorted(t for _, t in w.tones))


# -- every well-formed syllable, precomputed ------------------------------------------------

SYLLABLES = Path(__file__).resolve().parents[1] / "data" / "syllables.txt"


def generate_syllables() -> list[list[str]]:
    """Every syllable with an onset that :func:`problem` judges and accepts (it carries a
    Vietnamese letter or a tone mark), lower case, NFC, grouped by their letters: each onset
    before each rhyme (and each rhyme without its first letter, for "qu" and "gi"), with each
    tone on each vowel."""
    rhymes = RHYMES | {r[1:] for r in RHYMES if len(r) > 1}
    groups = []
    for base in sorted({o + r for o in (*ONSETS, "q", "g") for r in rhymes}):
        if split_shape(base) is None:
            continue
        forms = [base] + [unicodedata.normalize("NFC", base[:i + 1] + t + base[i + 1:])
                          for i, c in enumerate(base) if c in VOWELS for t in TONES]
        good = [f for f in dict.fromkeys(forms) if not f.isascii() and problem(f) is None]
        if good:
            groups.append(good)
    return groups


@cache
def well_formed() -> frozenset[str]:
    """The syllables of ``rules/data/syllables.txt`` (made by :func:`generate_syllables`),
    read once per process: a constant table, the same for every file."""
    return frozenset(w for line in SYLLABLES.read_text(encoding="utf-8").splitlines()
                     if not line.startswith("#") for w in line.split())


# a word that starts with a vowel has no onset and is not judged (see split_shape)
_VOWEL_FIRST = frozenset(VOWELS | set(TONED) | {c.upper() for c in VOWELS | set(TONED)})


def verdict(word: str) -> str | None:
    """:func:`problem` of ``word``, looked up in the table of well-formed syllables first."""
    if word.isascii() or word[0] in _VOWEL_FIRST or word.lower() in well_formed():
        return None
    return problem(word)


def write_syllables(path: Path = SYLLABLES) -> None:
    lines = [
        "# Every well-formed Vietnamese syllable with an onset that carries a Vietnamese",
        "# letter or a tone mark, lower case, NFC, one line per spelling without tones (rule",
        "# TYP001). Made from the rules of rules/spelling/_syllable.py by:",
        "# python -m rules.spelling._syllable",
        *(" ".join(group) for group in generate_syllables()),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    write_syllables()
