"""Rule DAT004 cited-after-report-date."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Rule, Severity


class CitedAfterReportDate(Rule):
    """Flags a document cited with a date after the report's own date.

    The report's date comes from its place-and-date line (or the ``report_date`` setting);
    in a draft it may be known only to the month, and then only a later month counts. Only
    dates written right after a cited code are citations: deadlines and plans such as
    "hoàn thành trước ngày 28/02/2026" are not.

    Why: a report cannot cite a document issued after it was signed; such a date is a typo
    (often the year: "06/11/2026" for 2025).

    Tóm tắt: Văn bản được dẫn với ngày sau ngày của chính báo cáo.

    Vì sao: Báo cáo không thể dẫn một văn bản ban hành sau ngày báo cáo được ký; ngày như vậy là lỗi
    gõ (thường ở năm: "06/11/2026" thay cho 2025). Ngày của báo cáo lấy từ dòng địa danh, ngày
    tháng; khi dòng đó còn để trống thì lấy từ thiết lập report-date.

    Bad:
        p: Hải Phòng, ngày 30 tháng 01 năm 2026
        p: Thực hiện Chương trình số 05-CTr/TU, ngày 06/11/2026 của Thành ủy.  # expect: DAT004
    Good:
        p: Hải Phòng, ngày 30 tháng 01 năm 2026
        p: Thực hiện Chương trình hành động số 05-CTr/TU, ngày 06/11/2025 của Thành ủy.
        p: Hoàn thành trước ngày 28/02/2026.
    """

    id = "DAT004"
    name = "cited-after-report-date"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        rd = self.analysis.report_date
        if rd is None:
            return
        own = self.analysis.frame.number_line
        for c in self.analysis.citations:
            if c.date is None or not c.number or c.where == "header" or c.paragraph is own:
                continue
            if c.where == "appendix-note":
                continue  # the report's own number and date: appendix-note-number-mismatch
            d = c.date
            if rd.month is None:
                later = d.year > rd.year
            elif rd.day is None:
                later = (d.year, d.month) > (rd.year, rd.month)
            else:
                later = (d.year, d.month, d.day) > (rd.year, rd.month, rd.day)
            if not later:
                continue
            own_text = "/".join(f"{x:02d}" for x in (rd.day, rd.month, rd.year) if x is not None)
            yield Finding(
                c.date_location,
                f"Văn bản \"{c.raw}\" được dẫn với ngày \"{c.date_text}\", sau ngày của chính "
                f"báo cáo ({own_text}).",
                suggestion="Kiểm tra lại ngày (thường là nhầm năm) của văn bản được dẫn.",
            )
