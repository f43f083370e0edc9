"""Rule REF007: an appendix's own note cites a document differently from the body."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Related, Rule, Severity


def _date(c: object) -> str:
    d = c.date  # type: ignore[attr-defined]
    return d.strftime("%d/%m/%Y") if d else ""


class AppendixNoteDisagrees(Rule):
    """Flags an appendix note that gives a cited document another date than the body.

    Flags an appendix note ("(theo Chương trình hành động số 05-CTr/TU, ngày …)") that gives
    the cited document another date than the body does.

    Why: the appendix note and the sentence that cites the appendix name the same document;
    when they disagree on its date, one of them is wrong and the reader cannot tell which.

    Tóm tắt: Ghi chú của phụ lục dẫn văn bản với ngày khác với phần nội dung.

    Vì sao: Ghi chú của phụ lục và câu dẫn tới phụ lục nói về cùng một văn bản; khi hai chỗ ghi ngày
    khác nhau thì một chỗ đã sai và người đọc không biết chỗ nào.

    Bad:
        p: Thực hiện Chương trình hành động số 05-CTr/TU, ngày 06/11/2026 (Phụ lục 1 kèm theo).
        p: PHỤ LỤC 1
        p: DANH MỤC NHIỆM VỤ
        p: (theo Chương trình hành động số 05-CTr/TU, ngày 06 tháng 11 năm 2025)  # expect: REF007
    Good:
        p: Thực hiện Chương trình hành động số 05-CTr/TU, ngày 06/11/2025 (Phụ lục 1 kèm theo).
        p: PHỤ LỤC 1
        p: DANH MỤC NHIỆM VỤ
        p: (theo Chương trình hành động số 05-CTr/TU, ngày 06 tháng 11 năm 2025)
    """

    id = "REF007"
    name = "appendix-note-disagrees"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        apps = self.analysis.appendices
        notes = {a.note.index for a in apps if a.note is not None}
        if not notes:
            return
        cites = self.analysis.citations
        in_note = [c for c in cites if c.paragraph.part == "body"
                   and c.paragraph.index in notes]
        others = [c for c in cites if not (c.paragraph.part == "body"
                                           and c.paragraph.index in notes)
                  and c.where in ("body", "footnote", "table")]
        for c in in_note:
            if c.date is None:
                continue
            same = [o for o in others if o.code == c.code and o.date is not None]
            if not same or any(o.date == c.date for o in same):
                continue
            o = same[0]
            yield Finding(
                c.paragraph.at(c.date_offset or c.offset, c.date_length or c.length),
                f"Ghi chú của phụ lục dẫn {c.code} ngày {_date(c)}, nhưng phần nội dung dẫn "
                f"cùng văn bản này ngày {_date(o)}",
                "Thống nhất ngày ban hành của văn bản ở ghi chú phụ lục và ở phần nội dung.",
                related=(Related(o.paragraph.at(o.offset, o.length), "Lời dẫn trong nội dung",
                                 o.raw),))
