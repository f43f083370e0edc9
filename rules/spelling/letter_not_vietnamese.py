"""TYP002: a letter Vietnamese does not write ("ū", "å", "dj" for "đ") inside a Vietnamese word."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from rules.spelling._syllable import MARKED, TONED, TONES, Word, problem, split_shape
from rules.spelling._text import document_text, words
from validator import recache
from validator.model import Document, Paragraph
from validator.rule import Finding, Rule, Severity

_KEEP = frozenset(TONES) | {"\u0302", "\u0306", "\u031b"}
# a letter with a mark (or a loose mark) that is not one of the Vietnamese alphabet
_VIETNAMESE = set("ĂÂÊÔƠƯĐăâêôơưđ") | {c for k in TONED for c in (k, k.upper())}
ODD_RE = recache.compile(
    "[\u0300-\u036f" + "".join(chr(c) for c in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]
                             if chr(c) not in _VIETNAMESE and chr(c).isalpha()) + "]"
)


def _plain(word: str) -> str:
    """``word`` without the marks Vietnamese does not use (ū -> u, å -> a)."""
    nfd = unicodedata.normalize("NFD", word)
    return unicodedata.normalize(
        "NFC", "".join(c for c in nfd if not unicodedata.combining(c) or c in _KEEP))


def _vietnamese(word: str) -> bool:
    """A syllable shape with no letter foreign to Vietnamese (after the stray marks go)."""
    w = Word(word)
    return not w.foreign and split_shape(w.base) is not None and problem(word) is None


def _marked_vietnamese(word: str) -> bool:
    """A well-formed syllable carrying a Vietnamese letter or tone mark."""
    w = Word(word)
    return (not w.foreign and bool(w.tones or MARKED.intersection(w.base))
            and split_shape(w.base) is not None and problem(word) is None)


def _neighbours_vietnamese(p: Paragraph, start: int, end: int) -> bool:
    before = [w for s, w in words(p.text[max(0, start - 40):start])][-1:]
    after = [w for s, w in words(p.text[end:end + 40])][:1]
    return any(_marked_vietnamese(w) for w in before + after)


class LetterNotVietnamese(Rule):
    """Flags a letter with a mark Vietnamese does not use inside a Vietnamese word.

    "cūa" (ū for ủ), "bång" (å), and "dja phương" (d and j for đ) are what optical
    character recognition and some keyboard layouts leave behind. A word is flagged only
    when it reads as a Vietnamese syllable once the stray mark is gone ("dj" only between
    Vietnamese words); a foreign name such as "Müller" or "Zürich" is left alone.

    Why: such letters look almost right on screen, survive proofreading and are printed.

    Tóm tắt: Trong từ tiếng Việt có chữ cái mang dấu mà tiếng Việt không dùng ("cūa", "dja phương").

    Vì sao: Những chữ này trông gần đúng trên màn hình, lọt qua việc đọc soát và được in ra.

    Bad:
        p: Là nền tảng cūa chuyển đổi số.  # expect: TYP002
        p: Yêu cầu các dja phương phải tổ chức bộ máy.  # expect: TYP002
    Good:
        p: Là nền tảng của chuyển đổi số.
        p: Chuyên gia Müller (Zürich) và Django, djembe.
    """

    id = "TYP002"
    name = "letter-not-vietnamese"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        view = self.analysis.of(document_text)
        if ODD_RE.search(view.text) is None and "dj" not in view.text.lower():
            return
        for p in view.paragraphs:
            if ODD_RE.search(p.text) is None and "dj" not in p.text.lower():
                continue
            for start, word in words(p.text):
                if word.isascii():
                    if not word.lower().startswith("dj") or len(word) < 3:
                        continue
                    guess = ("Đ" if word[0] == "D" else "đ") + word[2:]
                    if not _vietnamese(guess) or not _neighbours_vietnamese(
                            p, start, start + len(word)):
                        continue
                    yield Finding(p.at(start, len(word)),
                                  f"\"{word}\" có \"{word[:2]}\" thay cho chữ \"đ\".",
                                  suggestion=f"Viết \"{guess}\".")
                    continue
                if not Word(word).foreign:
                    continue
                plain = _plain(word)
                if plain == word or not _vietnamese(plain):
                    continue
                odd = "".join(c for c in word if c not in plain)
                yield Finding(p.at(start, len(word)),
                              f"\"{word}\" có chữ \"{odd or word}\" không dùng trong tiếng Việt.",
                              suggestion="Gõ lại từ này bằng chữ tiếng Việt.")
