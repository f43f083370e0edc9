"""TYP004: a set phrase of administrative writing with one mark, one letter or one word off."""

from __future__ import annotations

from collections.abc import Iterator

from rules.spelling._phrases import Phrase, PhraseBook, phrase_book, skeleton
from rules.spelling._syllable import problem, spelling_key
from rules.spelling._text import DocumentText, document_text, words
from rules.spelling.syllable_malformed import one_apart
from validator import recache
from validator.model import Document, Paragraph
from validator.rule import Finding, Fix, Rule, Severity

SPACE_RE = recache.compile(r"\s+")
REACH = 80  # characters around a suspect pair within which a phrase holding it starts
GAP = frozenset(" \u00a0\t,-\u2013")
PUNCT_RE = recache.compile(r"\s*[,\-\u2013]?\s*")  # where the phrase has a comma or a dash


def _cased(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _words_around(text: str, offsets: list[int]) -> list[tuple[int, str]]:
    """The words of ``text`` (:func:`words`) within ``REACH`` characters of each offset, each
    stretch widened to white space, so that a word, a code or an address is read whole."""
    out: list[tuple[int, str]] = []
    end = 0
    for off in sorted(offsets):
        lo = max(end, text.rfind(" ", 0, max(0, off - REACH)) + 1)
        hi = text.find(" ", off + REACH)
        hi = len(text) if hi < 0 else hi
        if lo < hi:
            out.extend((lo + start, w) for start, w in words(text[lo:hi]))
            end = hi
    return out


def _adjacent(low: str, a: str, b: str) -> list[int]:
    """Offsets in ``low`` of the word ``b`` after the word ``a``, with only spaces, a comma
    or a dash between them."""
    out = []
    n, pos = len(low), low.find(b)
    while pos >= 0:
        end, j = pos + len(b), pos
        while j > 0 and low[j - 1] in GAP:
            j -= 1
        i = j - len(a)
        if j < pos and i >= 0 and low.startswith(a, i) and (end == n or not low[end].isalpha()) \
                and (i == 0 or not low[i - 1].isalpha()):
            out.append(pos)
        pos = low.find(b, pos + 1)
    return out


class SetPhraseMisspelled(Rule):
    """Flags a set phrase of administrative writing written with one mark or word off.

    The phrases are a reviewed list (``rules/data/set-phrases.tsv``, each with the sentence
    of the real documents or regulations it comes from): "hướng dẫn", "tuyên truyền", "khối
    Đảng", "xúc tiến đầu tư", "ngộ độc thực phẩm", "Ban Chấp hành"… A phrase is flagged when
    one word differs from it only by its marks ("Hướng dân", "khôi Đảng", "phố biến"), or
    when an inner word of a phrase of four words or more is missing ("Trung tâm Xúc đầu
    tư"), unless that variant is itself a phrase in use. ``soat fix`` writes the phrase.

    Why: each word of such a slip is a real word, so the eye and a spelling checker accept it.

    Tóm tắt: Cụm từ quen dùng trong văn bản hành chính bị sai một dấu, một chữ hoặc thiếu một từ
    ("Hướng dân", "khôi Đảng", "Trung tâm Xúc đầu tư").

    Vì sao: Mỗi chữ của lỗi này đều là một chữ có thật, nên cả mắt người lẫn bộ kiểm tra chính tả
    đều bỏ qua.

    Bad:
        p: Kế hoạch đào tạo, bồi dưỡng khôi Đảng, Mặt trận.  # expect: TYP004
        p: Không để xảy ra vụ ngộ thực phẩm tập thể.  # expect: TYP004
        p: Làm việc với Trung tâm Xúc đầu tư, Thương mại và Du lịch.  # expect: TYP004
    Good:
        p: Kế hoạch đào tạo, bồi dưỡng khối Đảng; Hướng dẫn số 37/HD-BCA.
        p: Văn bản do Ban Chấp hành ban hành; không để xảy ra vụ ngộ độc thực phẩm.
    """

    id = "TYP004"
    name = "set-phrase-misspelled"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        book = phrase_book()
        view = self.analysis.of(document_text)
        skel: dict[str, str] = {}
        for p, offsets in self._suspects(view, book):
            toks = _words_around(p.text, offsets)
            keys = [skel.get(w) or skel.setdefault(w, skeleton(w)) for _, w in toks]
            low = [w.lower() for _, w in toks]
            for i in range(len(toks)):
                for phrase in book.by_first.get(keys[i], ()):
                    found = self._match(p, toks, keys, low, i, phrase, book.allowed)
                    if found:
                        yield found

    @staticmethod
    def _suspects(view: DocumentText, book: PhraseBook) -> list[tuple[Paragraph, list[int]]]:
        """The paragraphs holding a pair of neighbouring words that may belong to a near-miss
        (:meth:`PhraseBook.near_pairs`), with the offsets of the pairs' second words; found by
        set lookups and substring searches over the whole document."""
        near = book.near_pairs(view.lows, view.pairs)
        if not near:
            return []
        low = view.low
        if low is None:  # lower case moved the offsets: paragraph by paragraph
            out = [(p, [off for a, b in near for off in _adjacent(p.text.lower(), a, b)])
                   for p in view.paragraphs]
            return [(p, offsets) for p, offsets in out if offsets]
        found: dict[int, list[int]] = {}
        for a, b in near:
            for pos in _adjacent(low, a, b):
                i = view.index(pos)
                found.setdefault(i, []).append(pos - view.starts[i])
        return [(view.paragraphs[i], found[i]) for i in sorted(found)]

    @staticmethod
    def _joined(p: Paragraph, toks: list[tuple[int, str]], i: int,
                gaps: tuple[bool, ...]) -> bool:
        """The words from ``i`` on stand apart as the phrase's words do (``gaps``: True where
        the phrase has a comma or a dash, else only spaces)."""
        for k, loose in enumerate(gaps):
            (a, wa), (b, _) = toks[i + k], toks[i + k + 1]
            if not (PUNCT_RE if loose else SPACE_RE).fullmatch(p.text, a + len(wa), b):
                return False
        return True

    @staticmethod
    def _allowed(low: list[str], i: int, n: int, allowed: frozenset[tuple[str, ...]]) -> bool:
        """A phrase in use (``allowed``) overlaps the words ``i`` to ``i + n``."""
        for seq in allowed:
            m = len(seq)
            for s in range(max(0, i - m + 1), i + n):
                if tuple(low[s:s + m]) == seq:
                    return True
        return False

    def _match(self, p: Paragraph, toks: list[tuple[int, str]], keys: list[str],
               low: list[str], i: int, phrase: Phrase,
               allowed: frozenset[tuple[str, ...]]) -> Finding | None:
        n, ws = len(phrase.words), phrase.words
        if i + n <= len(toks) and self._joined(p, toks, i, phrase.gaps):
            diff = [k for k in range(n) if low[i + k] != ws[k]]
            if len(diff) == 1 and not self._allowed(low, i, n, allowed):
                k = diff[0]
                start, word = toks[i + k]
                near = keys[i + k] == phrase.skeletons[k] or (
                    n >= 3 and one_apart(low[i + k], ws[k]))
                if near and spelling_key(word) != spelling_key(ws[k]) and problem(word) is None:
                    right = _cased(ws[k], word)
                    last, last_word = toks[i + n - 1]
                    return Finding(
                        p.at(start, len(word)),
                        f"\"{word}\" trong \"{p.text[toks[i][0]:last + len(last_word)]}\""
                        f" có lẽ là \"{right}\" (cụm từ \"{phrase.text}\").",
                        suggestion=f"Viết \"{right}\".", fix=Fix(right))
        if n < 4 or i + n - 1 > len(toks):
            return None
        for k in range(1, n - 1):
            if phrase.gaps[k - 1] or phrase.gaps[k]:
                continue
            short = ws[:k] + ws[k + 1:]
            gaps = phrase.gaps[:k - 1] + (False,) + phrase.gaps[k + 1:]
            if tuple(low[i:i + n - 1]) == short and self._joined(p, toks, i, gaps) \
                    and not self._allowed(low, i, n - 1, allowed):
                (a, wa), (b, wb) = toks[i + k - 1], toks[i + k]
                missing = _cased(ws[k], wb)
                return Finding(
                    p.at(a, b + len(wb) - a),
                    f"Thiếu chữ \"{ws[k]}\" trong cụm từ \"{phrase.text}\": "
                    f"\"{p.text[a:b + len(wb)]}\".",
                    suggestion=f"Viết \"{wa} {missing} {wb}\".",
                    fix=Fix(f"{wa} {missing} {wb}"))
        return None
