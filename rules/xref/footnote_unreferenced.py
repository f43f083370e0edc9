"""Rule REF002: a footnote that no reference mark points to."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Rule, Severity


class FootnoteUnreferenced(Rule):
    """Flags a footnote that no reference mark in the text points to.

    Flags a footnote that no reference mark in the text points to: a Word note without its
    mark, or a note typed by hand (a small paragraph "² …") whose number no superscript mark
    in the text carries.

    Why: an orphan note comes from a damaged or converted file or from a sentence deleted
    without its note; the reader cannot tell which sentence it explains.

    Tóm tắt: Chú thích không có dấu chú thích nào trong văn bản trỏ tới.

    Vì sao: Chú thích mồ côi sinh ra từ tệp bị hỏng, bị chuyển đổi, hoặc từ một câu bị xóa mà quên
    xóa chú thích; người đọc không biết nó giải thích câu nào.

    Bad:
        p: Ban hành 02 nghị quyết^1^.
        p: {size=10}^1^ Nghị quyết số 07-NQ/TU.{/size}
        p: {size=10}^2^ Quyết định số 161-QĐ/TU.{/size}  # expect: REF002
    Good:
        p: Ban hành 02 nghị quyết^1^ và 01 quyết định^2^.
        p: {size=10}^1^ Nghị quyết số 07-NQ/TU.{/size}
        p: {size=10}^2^ Quyết định số 161-QĐ/TU.{/size}
    """

    id = "REF002"
    name = "footnote-unreferenced"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        used = {(r.kind, r.id) for p in doc.all_paragraphs() for r in p.notes}
        for note in doc.notes():
            if (note.kind, note.id) in used or not note.paragraphs:
                continue
            if not note.text.strip():
                continue
            first = note.paragraphs[0]
            yield Finding(first.at(0, 0),
                          f'Chú thích "{note.text[:50]}" không có dấu tham chiếu nào trong văn bản',
                          "Đặt lại dấu chú thích vào câu được chú thích, hoặc xóa chú thích.")
        typed = self.analysis.typed_notes
        marked = {m.number for m in typed.marks}
        for p, n in typed.notes:
            if n not in marked:
                yield Finding(p.at(0, 0),
                              f"Chú thích gõ tay số {n} không có dấu tham chiếu số {n} trong "
                              "văn bản",
                              "Đặt dấu chú thích vào câu được chú thích, hoặc xóa chú thích.")
