"""Rule REF001: a footnote reference whose note is missing or empty."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Rule, Severity


class FootnoteReferenceMissingNote(Rule):
    """Flags a footnote reference mark whose note is missing or empty.

    Flags a footnote reference mark whose note is missing or has no text, Word's own or
    typed by hand (a superscript number with no note paragraph of that number).

    Why: a mark with an empty or missing note, left when the note's text was cut or lost in a
    conversion, promises the reader a source or a detail that is not there.

    Tóm tắt: Dấu chú thích không có nội dung chú thích.

    Vì sao: Dấu chú thích có nội dung trống hoặc bị mất, sót lại khi chữ của chú thích bị cắt hoặc
    mất khi chuyển đổi tệp, hứa với người đọc một nguồn hay một chi tiết không có.

    Bad:
        p: Ban hành 02 nghị quyết[^1].  # expect: REF001
    Good:
        p: Ban hành 02 nghị quyết[^1: Nghị quyết số 07-NQ/TU và số 08-NQ/TU.].
    """

    id = "REF001"
    name = "footnote-reference-missing-note"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in doc.all_paragraphs():
            for ref in p.notes:
                note = doc.note(ref.kind, ref.id)
                if note is not None and note.text.strip():
                    continue
                what = "chú thích" if ref.kind == "footnote" else "chú thích cuối"
                state = "không tồn tại" if note is None else "để trống"
                yield Finding(p.at(ref.offset, 0),
                              f"Dấu {what} số {ref.number} có lời {what} {state}",
                              f"Viết nội dung cho {what} số {ref.number}, hoặc xóa dấu tham chiếu.")
        typed = self.analysis.typed_notes
        numbers = {n for _, n in typed.notes}
        for mark in typed.marks:
            if mark.number not in numbers:
                yield Finding(mark.paragraph.at(mark.offset, mark.length),
                              f"Dấu chú thích gõ tay số {mark.number} không có lời chú thích "
                              "tương ứng",
                              f"Bổ sung chú thích số {mark.number}, hoặc xóa dấu tham chiếu.")
