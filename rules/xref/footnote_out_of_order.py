"""Rule REF003: footnote marks not numbered in order of first reference."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator.model import Document, Location
from validator.rule import Finding, Rule, Severity


class FootnoteOutOfOrder(Rule):
    """Flags footnote marks not numbered in the order of their first reference.

    Flags footnote marks whose numbers do not follow the order of first reference: marks
    typed by hand (superscript digits with note paragraphs) or Word notes given a custom
    mark.

    Why: Word numbers its own footnotes in the order of their marks, but a number typed by
    hand keeps its value when text is moved, so "², ¹, ³" appears and the reader looks up
    the wrong note.

    Tóm tắt: Dấu chú thích không đánh số theo thứ tự xuất hiện.

    Vì sao: Word tự đánh số chú thích theo thứ tự các dấu chú thích, nhưng số gõ tay giữ nguyên giá
    trị khi đoạn văn bị chuyển chỗ, nên xuất hiện "², ¹, ³" và người đọc tra nhầm chú thích.

    Bad:
        p: Dự án A^2^ và dự án B^1^.  # expect: REF003
        p: {size=10}^1^ Nhà ga T2.{/size}
        p: {size=10}^2^ Cầu Vạn.{/size}
    Good:
        p: Dự án A^1^ và dự án B^2^.
        p: {size=10}^1^ Nhà ga T2.{/size}
        p: {size=10}^2^ Cầu Vạn.{/size}
    """

    id = "REF003"
    name = "footnote-out-of-order"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        custom: list[tuple[Location, int]] = []
        for p in doc.all_paragraphs():
            if p.note_id is not None:
                continue
            for ref in p.notes:
                m = re.match(r"\s*(\d{1,3})", p.text[ref.offset:ref.offset + 4]) \
                    if ref.custom_mark is not None else None
                if m:
                    custom.append((p.at(ref.offset, len(m.group(0))), int(m.group(1))))
        typed = [(m.paragraph.at(m.offset, m.length), m.number)
                 for m in self.analysis.typed_notes.marks]
        for marks in (custom, typed):
            yield from _first_out_of_order(marks)


def _first_out_of_order(marks: list[tuple[Location, int]]) -> Iterator[Finding]:
    order: list[tuple[Location, int]] = []
    seen: set[int] = set()
    for loc, n in marks:
        if n not in seen:
            seen.add(n)
            order.append((loc, n))
    for i, (loc, n) in enumerate(order):
        want = sorted(x for _, x in order)[i]
        if n != want:
            yield Finding(loc, f"Dấu chú thích số {n} xuất hiện trước dấu số {want}: chú thích "
                               "không được đánh số theo thứ tự xuất hiện",
                          "Đánh lại số chú thích theo thứ tự xuất hiện (hoặc dùng chú thích tự "
                          "động của Word).")
            return
