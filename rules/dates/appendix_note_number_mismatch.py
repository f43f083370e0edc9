"""Rule DAT005 appendix-note-number-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from validator.analysis.citations import scan
from validator.model import Document
from validator.rule import Finding, Rule, Severity


class AppendixNoteNumberMismatch(Rule):
    """Flags an appendix note "(Kèm theo Báo cáo số … ngày …)" that disagrees with the report.

    The note's number and date are compared with the report's own number line and date.
    Blank placeholders ("số   /BC-UBND ngày   tháng 12 năm 2025") are fine in a draft; only
    the parts written on both sides are compared.

    Why: the note ties the appendix to its report; a number or date copied from an older
    report attaches it to the wrong document.

    Tóm tắt: Dòng "(Kèm theo Báo cáo số … ngày …)" của phụ lục không khớp với số, ngày của báo cáo.

    Vì sao: Dòng này gắn phụ lục với báo cáo; số hoặc ngày chép từ báo cáo cũ làm phụ lục gắn với
    một văn bản khác.

    Bad:
        p: Số: 28/BC-UBND
        p: Lâm Đồng, ngày 30 tháng 01 năm 2026
        p: BÁO CÁO
        p: về kết quả cải cách hành chính
        p: Nội dung.
        p: PHỤ LỤC 1
        p: (Kèm theo Báo cáo số 27/BC-UBND ngày 30/01/2026 của UBND tỉnh)  # expect: DAT005
    Good:
        p: Số: 28/BC-UBND
        p: Lâm Đồng, ngày 30 tháng 01 năm 2026
        p: BÁO CÁO
        p: về kết quả cải cách hành chính
        p: Nội dung.
        p: PHỤ LỤC 1
        p: (Kèm theo Báo cáo số 28/BC-UBND ngày 30/01/2026 của UBND tỉnh)
    """

    id = "DAT005"
    name = "appendix-note-number-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        f = self.analysis.frame
        vocab = self.analysis.vocabulary
        own = scan(f.number_line, vocab, "header") if f.number_line is not None else []
        mine = own[0] if own else None
        rd = self.analysis.report_date
        for c in self.analysis.citations:
            if c.where != "appendix-note" or "kèm theo" not in c.paragraph.match.lower():
                continue
            if mine is not None and (c.type_code, c.issuer.upper()) != (
                    mine.type_code, mine.issuer.upper()):
                continue  # the note names another document (a decision the appendix belongs to)
            if mine is not None and c.number and mine.number and int(c.number) != int(
                    mine.number):
                yield Finding(c.location, f"Ghi chú phụ lục dẫn số \"{c.raw}\" nhưng số của "
                              f"văn bản là \"{mine.raw}\".", suggestion=f"Viết \"{mine.code}\".")
            if rd is None or c.date is None:
                continue
            parts = ((rd.year, c.date.year), (rd.month, c.date.month), (rd.day, c.date.day))
            if any(a is not None and a != b for a, b in parts):
                own_text = "/".join(f"{x:02d}" for x in (rd.day, rd.month, rd.year) if x)
                yield Finding(c.date_location, f"Ghi chú phụ lục ghi ngày \"{c.date_text}\" "
                              f"nhưng văn bản đề ngày {own_text}.",
                              suggestion="Sửa ngày trong ghi chú cho khớp ngày của văn bản.")
