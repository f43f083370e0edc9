"""Rule COD007 qppl-year-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Rule, Severity


class QpplYearMismatch(Rule):
    """Flags a legal normative code whose year differs from the date cited with it.

    Why: the year inside "30/2020/NĐ-CP" or "16/2023/QH15" is the year the document was
    issued, so "Nghị định số 30/2020/NĐ-CP ngày 05/3/2021" has a wrong year or a wrong date.

    Tóm tắt: Năm trong số ký hiệu văn bản quy phạm pháp luật khác với năm của ngày ban hành được
    dẫn.

    Vì sao: Năm trong "30/2020/NĐ-CP" hay "16/2023/QH15" là năm ban hành văn bản, nên "Nghị định số
    30/2020/NĐ-CP ngày 05/3/2021" sai năm hoặc sai ngày.

    Bad:
        p: Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ.  # expect: COD007
    Good:
        p: Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.
    """

    id = "COD007"
    name = "qppl-year-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for c in self.analysis.citations:
            if c.system not in ("qppl", "qh") or c.year is None or c.date is None:
                continue
            if c.date.year != c.year:
                yield Finding(
                    c.location,
                    f"Năm trong ký hiệu \"{c.raw}\" là {c.year} nhưng ngày ban hành được ghi "
                    f"là \"{c.date_text}\" (năm {c.date.year}).",
                    suggestion="Kiểm tra lại số, ký hiệu hoặc ngày ban hành của văn bản.",
                )
