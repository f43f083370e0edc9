"""Rule NUM005: "(1) … (2) … (4)" inside one paragraph or footnote."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from validator import recache
from validator.model import Document, Paragraph
from validator.rule import Finding, Rule, Severity

# "(3)" standing as a word: after the start, a space or punctuation, before a space
MARK_RE = recache.compile(r"(?:^|(?<=[\s:;,.\-]))\((\d{1,2})\)(?=\s)")


class InlineEnumerationGap(Rule):
    """Flags an inline enumeration "(1) … (2) … (4)" that skips or repeats a number.

    Flags an enumeration "(1) … (2) … (4)" inside one paragraph or footnote that skips or
    repeats a number.

    Why: lists written inline ("gồm: (1) …; (2) …; (3) …") lose an item when a sentence is cut
    during editing, and the count the text gives ("03 dự án") no longer matches. Only runs
    that start at (1) and reach (2) are read, so a lone "(3)" citing a column is left alone.

    Tóm tắt: Liệt kê trong một đoạn "(1) … (2) … (4)" nhảy cóc hoặc lặp số.

    Vì sao: Liệt kê viết liền trong đoạn ("gồm: (1) …; (2) …; (3) …") mất một ý khi một câu bị cắt
    trong lúc sửa, và con số văn bản nêu ("03 dự án") không còn khớp. Chỉ những dãy bắt đầu từ (1)
    và có (2) mới được đọc, nên một "(3)" đứng riêng để chỉ một cột không bị báo.

    Bad:
        p: Khởi công 03 dự án: (1) Cầu Vạn; (2) Nhà ga T2; (4) Cảng Lạch Huyện.  # expect: NUM005
    Good:
        p: Khởi công 03 dự án: (1) Cầu Vạn; (2) Nhà ga T2; (3) Cảng Lạch Huyện.
    """

    id = "NUM005"
    name = "inline-enumeration-gap"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in doc.paragraphs():
            yield from self._run([p])
        for p in doc.textboxes:
            yield from self._run([p])
        for note in doc.notes():
            yield from self._run(note.paragraphs)

    def _run(self, paras: Iterable[Paragraph]) -> Iterator[Finding]:
        # every mark holds "(": the substring test spares the regex most paragraphs
        marks = [(p, m) for p in paras if "(" in p.match for m in MARK_RE.finditer(p.match)]
        expected: int | None = None
        length = 0
        for p, m in marks:
            n = int(m.group(1))
            if n == 1:
                expected, length = 2, 1
                continue
            if expected is None:
                continue
            if n == expected:
                expected, length = n + 1, length + 1
                continue
            if length >= 2 and n > expected:
                missing = f"({expected})" if n == expected + 1 else \
                    f"({expected}) đến ({n - 1})"
                yield Finding(p.at(m.start(), m.end() - m.start()),
                              f"Liệt kê nhảy từ ({expected - 1}) sang ({n}): thiếu {missing}",
                              f"Đánh lại số thứ tự: mục này lẽ ra là ({expected}).")
            elif length >= 2 and n == expected - 1:
                yield Finding(p.at(m.start(), m.end() - m.start()),
                              f"Liệt kê lặp lại số ({n})",
                              f"Đánh lại số thứ tự: mục này lẽ ra là ({expected}).")
            expected = None  # one finding per run
