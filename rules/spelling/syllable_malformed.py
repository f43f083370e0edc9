"""TYP001: a word written with Vietnamese letters that is not a Vietnamese syllable."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from rules.spelling._syllable import Word, retone, verdict
from rules.spelling._text import document_text, words
from validator.model import Document, Location
from validator.rule import Finding, Fix, Rule, Severity

# Names written against the rules by long usage (the province Bắc Kạn) and loan words whose
# joined spelling is common in administrative text.
ACCEPTED = frozenset({"kạn", "kiốt"})
SAC, NANG = "\u0301", "\u0323"


def one_apart(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one letter replaced, added or removed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _near(word: str, vocab: Counter[str]) -> list[str]:
    low = word.lower()
    found = [w for w in vocab if not w.isascii() and one_apart(low, w.lower())
             and verdict(w) is None]
    found.sort(key=lambda w: -vocab[w])
    return found[:2]


class SyllableMalformed(Rule):
    """Flags a word with Vietnamese letters or tone marks that breaks the rules of spelling.

    The rules are those of the writing system, not a word list: the rhyme must exist ("đă"
    has none), a syllable ending in p, t, c, ch takes only the sắc or nặng tone ("viêt"),
    k/gh/ngh stand before i, e, ê and c/g/ng elsewhere ("nghành"), and the tone mark stands
    on the main vowel ("tòan", "qũy"; both "hòa" and "hoà" are right). Names, codes,
    abbreviations and foreign words, which do not have the shape of a Vietnamese syllable,
    are left alone. A misplaced tone mark is fixed by ``soat fix``.

    Why: a missing tone mark or a slip of the fingers survives a tired proofreading; Word's
    Vietnamese proofing is rarely installed in the offices that write these reports.

    Tóm tắt: Từ có chữ hoặc dấu tiếng Việt nhưng viết sai quy tắc chính tả ("viêt", "đă", "tòan").

    Vì sao: Thiếu một dấu thanh hay gõ nhầm một phím dễ lọt qua một lần đọc soát lúc mệt; bộ kiểm
    tra chính tả tiếng Việt của Word hiếm khi được cài ở các cơ quan soạn những báo cáo này.

    Bad:
        p: Ủy ban Mặt trận Tổ quốc Viêt Nam tỉnh.  # expect: TYP001
        p: Đoàn kết xây dựng Hiêp hội vững mạnh.  # expect: TYP001
        p: Chính phủ đă ban hành Nghị quyết.  # expect: TYP001
    Good:
        p: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk, tỉnh Bắc Kạn.
        p: Quỹ hỗ trợ phát triển hợp tác xã; hòa giải, hoà nhập.
    """

    id = "TYP001"
    name = "syllable-malformed"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        view = self.analysis.of(document_text)
        bad = {w: why for w in view.distinct_words if not w.isascii()
               and (why := verdict(w)) is not None and w.lower() not in ACCEPTED}
        if not bad:
            return
        for i in sorted({i for w in bad for i in view.paragraphs_holding(w)}):
            p = view.paragraphs[i]
            for start, word in words(p.text):
                why = bad.get(word)
                if why is not None:
                    yield self._finding(p.at(start, len(word)), word, why, view.vocabulary)

    @staticmethod
    def _finding(loc: Location, word: str, why: str, vocab: Counter[str]) -> Finding:
        message = f"\"{word}\" không phải là âm tiết tiếng Việt viết đúng: {why}."
        w = Word(word)
        tone = w.tones[0][1] if len(w.tones) == 1 else None
        if why.startswith("đặt dấu") and tone:
            right = retone(word, tone)
            return Finding(loc, message, suggestion=f"Viết \"{right}\".", fix=Fix(right))
        if why.startswith("vần tận cùng"):
            options = [retone(word, t) for t in (SAC, NANG)]
            seen = [o for o in options if vocab[o]] or options
        else:
            seen = _near(word, vocab)
        if not seen:
            return Finding(loc, message, suggestion="Kiểm tra lại chính tả của từ này.")
        return Finding(loc, message,
                       suggestion="Có thể là " + " hoặc ".join(f"\"{s}\"" for s in seen) + ".")
