"""CON004: one word written with both the old and the new tone placement."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator

from validator import recache
from validator.analysis.text import OLD_TONE_RE, new_tone
from validator.model import Document, Paragraph
from validator.rule import Finding, Related, Rule, Severity

# A word that can carry either placement holds o/u next to a toned a/e/y, or a toned o/u next
# to a/e/y (NFC); only such words are decomposed and classified.
CANDIDATE_RE = recache.compile(
    r"[^\W\d_]*(?:[oOuU][áàảãạéèẻẽẹýỳỷỹỵÁÀẢÃẠÉÈẺẼẸÝỲỶỸỴ]"
    r"|[óòỏõọúùủũụÓÒỎÕỌÚÙỦŨỤ][aeyAEY])[^\W\d_]*"
)
# The o/u and toned vowel pair that makes a word a candidate: CANDIDATE_RE's matches are
# exactly the letter runs ([^\W\d_]+, maximal) that hold such a pair (see _candidates).
PAIR_RE = recache.compile(
    r"[oOuU][áàảãạéèẻẽẹýỳỷỹỵÁÀẢÃẠÉÈẺẼẸÝỲỶỸỴ]|[óòỏõọúùủũụÓÒỎÕỌÚÙỦŨỤ][aeyAEY]"
)
RUN_RE = recache.compile(r"[^\W\d_]*")
# Fixed forms written as prescribed whatever the document's own habit: the country's name in
# the motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") and the urgency stamp ("HỎA TỐC").
FIXED_RE = recache.compile(
    r"(?i:c[ộo]ng\s+h(?:òa|oà)\s+x[ãa]\s+h[ộo]i)|(?i:h(?:ỏa|oả)\s+t[ốo]c)"
)
NEW_TONE_RE = recache.compile(
    r"(?<![qQ])([oOuU])([\u0300\u0301\u0309\u0303\u0323])([aAeEyY])(?!\w)"
)


def _placement(word: str) -> str | None:
    nfd = unicodedata.normalize("NFD", word)
    if OLD_TONE_RE.search(nfd):
        return "old"
    if NEW_TONE_RE.search(nfd):
        return "new"
    return None


def _letter(ch: str) -> bool:
    """``[^\\W\\d_]`` for one character: alphanumeric (re's \\w) but not a decimal digit."""
    return ch.isalnum() and not ch.isdecimal()


def _candidates(text: str) -> Iterator[tuple[int, str]]:
    """``(start, word)`` of each ``CANDIDATE_RE`` match in ``text``, found from the pairs.

    A match of CANDIDATE_RE starts where a letter run starts and spans the whole run (its
    letter classes are greedy), so it is the run around a pair; scanning for the pairs
    first avoids trying the pattern at every position of every paragraph.
    """
    last = 0
    for m in PAIR_RE.finditer(text):
        if m.start() < last:
            continue  # another pair of the run already reported
        start = m.start()
        while start > 0 and _letter(text[start - 1]):
            start -= 1
        end = RUN_RE.match(text, m.start()).end()  # type: ignore[union-attr]
        last = end
        yield start, text[start:end]


def _titled(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and word[1:].islower()


def _in_name(text: str, start: int, word: str) -> bool:
    """A capitalised word next to another capitalised word: part of a proper name."""
    if not _titled(word):
        return False
    before = text[:start].split()
    after = text[start + len(word):].split()
    if after and _titled(after[0].strip(",.;:()\"'“”")):
        return True
    if not before or not _titled(before[-1].strip("(\"'“")):
        return False
    # a capitalised word that opens the sentence ("Bị Tòa án …") proves nothing
    opening = len(before) == 1 or before[-2].endswith((".", "!", "?", ":", ";"))
    return not opening and not before[-1].endswith((",", ";", ":", "."))


class MixedTonePlacement(Rule):
    """Flags a word written with both tone placements ("hóa" and "hoá") in one document.

    Why: both placements are accepted, but one document should use one of them; reviewers
    of the real reports unified them between draft and final. Reported once per document
    (choosing a placement is one decision for the whole text), on the first word written
    against the habit, with how often each form of each word occurs. Fixed forms (the
    motto's "CỘNG HÒA", the stamp "HỎA TỐC") and names (a capitalised word next to
    another: "Khánh Hòa", "Hoà Bình", "Nguyễn Văn Thuỷ") keep their own spelling and are not
    counted.

    Tóm tắt: Cùng một từ được viết theo hai kiểu đặt dấu thanh ("hóa" và "hoá").

    Vì sao: Cả hai cách đặt dấu đều được chấp nhận, nhưng một văn bản nên dùng một cách; người thẩm
    định các báo cáo thật đã sửa cho thống nhất giữa dự thảo và bản chính thức. Mỗi từ được báo một
    lần, kèm số lần xuất hiện của từng cách viết.

    Bad:
        p: Đại biểu Quốc hội khóa XVI.
        p: Hội đồng nhân dân khoá XVII.   # expect: CON004
    Good:
        p: Đại biểu Quốc hội khóa XVI.
        p: Hội đồng nhân dân khóa XVII.
    """

    id = "CON004"
    name = "mixed-tone-placement"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        counts: dict[str, Counter[str]] = {}
        first: dict[tuple[str, str], tuple[Paragraph, int, int, str]] = {}
        keys: dict[str, str] = {}  # word -> new_tone(word).lower(), for this document
        kinds: dict[str, str | None] = {}  # word -> its tone placement, for this document
        motto = self.analysis.frame.motto
        for p in doc.all_paragraphs():
            if p is motto:
                continue
            cands = list(_candidates(p.text))
            if not cands:
                continue
            fixed = [m.span() for m in FIXED_RE.finditer(p.text)]
            for start, word in cands:
                if any(a <= start < b for a, b in fixed) or _in_name(p.text, start, word):
                    continue
                kind = kinds[word] if word in kinds else kinds.setdefault(word, _placement(word))
                if kind is None:
                    continue
                key = keys.get(word)
                if key is None:
                    key = keys[word] = new_tone(word).lower()
                counts.setdefault(key, Counter())[kind] += 1
                first.setdefault((key, kind), (p, start, len(word), word))
        mixed = []
        for key, c in counts.items():
            if c["old"] and c["new"]:
                minority = "old" if c["old"] <= c["new"] else "new"
                majority = "new" if minority == "old" else "old"
                p, start, length, word = first[(key, minority)]
                other = first[(key, majority)][3]
                mixed.append((p, start, length, key,
                              f"\"{other}\" {c[majority]} lần, \"{word}\" {c[minority]} lần",
                              other))
        if not mixed:
            return
        # one finding per document: choosing one placement is one decision for the whole text
        mixed.sort(key=lambda m: (m[0].part != "body", m[0].index, m[1]))
        p, start, length, key, counted, other = mixed[0]
        words = ", ".join(f"\"{m[3]}\"" for m in mixed)
        subject = f"Từ {words}" if len(mixed) == 1 else f"Các từ {words}"
        yield Finding(
            p.at(start, length),
            f"{subject} được viết theo hai kiểu đặt dấu thanh: "
            + "; ".join(m[4] for m in mixed) + ".",
            suggestion="Thống nhất một kiểu đặt dấu trong toàn văn bản (ví dụ "
            f"\"{other}\").",
            related=tuple(Related(q.at(st, ln), f"\"{q.text[st:st + ln]}\"")
                          for q, st, ln, *_ in mixed[1:]),
        )
