"""Rule NUM002: two parts of one list carry the same number."""

from __future__ import annotations

from collections.abc import Iterator

from validator.analysis.walk import label_of
from validator.model import Document
from validator.rule import Finding, Related, Rule, Severity


class HeadingNumberDuplicate(Rule):
    """Flags a numbered part that repeats the number of an earlier part of the same list.

    Why: two parts numbered "3." under one heading usually mean a part was inserted or
    copied without renumbering; every later number and every reference to them is off by one.

    Tóm tắt: Số thứ tự của đề mục trùng với mục trước trong cùng danh sách.

    Vì sao: Hai mục cùng số "3." dưới một đề mục thường do chèn hoặc sao chép một mục mà không đánh
    số lại; mọi số sau đó và mọi chỗ dẫn tới chúng đều lệch một.

    Bad:
        p: I. KẾT QUẢ
        p: 1. Công tác xây dựng Đảng
        p: 2. Công tác dân vận
        p: 2. Phát triển kinh tế  # expect: NUM002
    Good:
        p: I. KẾT QUẢ
        p: 1. Công tác xây dựng Đảng
        p: 2. Công tác dân vận
        p: 3. Phát triển kinh tế
    """

    id = "NUM002"
    name = "heading-number-duplicate"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        events = self.analysis.outline_walk.events
        for e in events:
            if e.kind != "duplicate":
                continue
            prev = label_of(e.previous) if e.previous else ""
            related = (Related(e.previous.location, "Mục liền trước",
                               e.previous.text.strip()[:60]),) if e.previous else ()
            yield Finding(
                e.paragraph.at(0, 0),
                f'Số thứ tự "{e.label}" trùng với mục trước trong cùng danh sách '
                f'(mục liền trước: "{prev}")',
                "Đánh lại số thứ tự của danh sách.",
                related=related)
