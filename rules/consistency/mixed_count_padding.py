"""CON005: counts below ten written both with and without a leading zero in one list."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.analysis.numbers import has_digit
from validator.model import Document, Paragraph
from validator.rule import Finding, Rule, Severity

SEGMENT_RE = recache.compile(r"[^,;:]+")
MAX_WORDS = 6  # a list item is a count and a short noun phrase
COUNT_RE = recache.compile(
    r"(?<![\w.,/])(\d{1,3})\s+(?!(?:nghìn|ngàn|triệu|tỷ|tỉ|đồng|USD|%|giờ|tháng|năm|ngày)\b)"
    r"[^\W\d_]",
    re.IGNORECASE,
)

# A finding needs a one-digit and a two-digit count ("7 kế hoạch", "06 kết luận"); every
# count is a digit run after COUNT_RE's look-behind and before a space. The patterns start
# with the digit so that re scans for it quickly.
ONE_DIGIT_RE = recache.compile(r"\d(?<![\w.,/]\d)\s")
TWO_DIGITS_RE = recache.compile(r"\d(?<![\w.,/]\d)\d\s")


class MixedCountPadding(Rule):
    """Flags a list of counts where numbers below ten are written both "06" and "7".

    Why: a list such as "26 quyết định, 06 kết luận, … 7 kế hoạch" reads as careless; the
    report should write small counts one way throughout the list.

    Tóm tắt: Các số đếm nhỏ hơn 10 trong một danh sách viết lẫn có và không có số 0 ("06" và "7").

    Vì sao: Danh sách như "26 quyết định, 06 kết luận, … 7 kế hoạch" trông cẩu thả; các số đếm nhỏ
    trong cùng một danh sách nên viết một kiểu.

    Bad:
        p: Ban hành 26 quyết định, 06 kết luận, 28 thông báo, 7 kế hoạch.  # expect: CON005
    Good:
        p: Ban hành 26 quyết định, 06 kết luận, 28 thông báo, 07 kế hoạch.
    """

    id = "CON005"
    name = "mixed-count-padding"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in self.analysis.digit_paragraphs:  # a list of counts holds digits
            if not (ONE_DIGIT_RE.search(p.match) and TWO_DIGITS_RE.search(p.match)):
                continue
            run: list[tuple[int, str]] = []
            for seg in SEGMENT_RE.finditer(p.match):
                text = seg.group()
                m = COUNT_RE.match(text, len(text) - len(text.lstrip()))
                if m and len(text[m.end(1):].split()) <= MAX_WORDS:
                    run.append((seg.start() + m.start(1), m.group(1)))
                    continue
                if len(run) >= 3:
                    yield from self._list(p, run)
                lead = _lead(text)
                run = [(seg.start() + lead.start(1), lead.group(1))] if lead else []
            if len(run) >= 3:
                yield from self._list(p, run)

    def _list(self, p: Paragraph, run: list[tuple[int, str]]) -> Iterator[Finding]:
        small = [(s, t) for s, t in run if len(t) <= 2 and int(t) < 10]
        padded = [x for x in small if len(x[1]) == 2]
        plain = [x for x in small if len(x[1]) == 1]
        if padded and plain:
            odd = plain if len(plain) <= len(padded) else padded
            for s, t in odd:
                yield Finding(
                    p.at(s, len(t)),
                    f"Số \"{t}\" viết khác các số đếm khác trong cùng danh sách "
                    f"(\"{padded[0][1]}\" và \"{plain[0][1]}\").",
                    suggestion="Thống nhất cách viết số đếm nhỏ hơn 10 trong danh sách "
                    "(cùng có hoặc cùng không có số 0 ở đầu).",
                )


def _lead(seg: str) -> re.Match[str] | None:
    """The count of a list's first segment, after its lead-in words ("ban hành 26 …")."""
    found = None
    if not has_digit(seg):
        return None  # COUNT_RE starts with a digit
    for m in COUNT_RE.finditer(seg):
        if len(seg[m.end(1):].split()) <= MAX_WORDS:
            found = m
    return found
