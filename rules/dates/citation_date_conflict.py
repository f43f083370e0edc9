"""Rule DAT006 citation-date-conflict."""

from __future__ import annotations

from collections.abc import Iterator

from validator.analysis.citations import Citation
from validator.model import Document
from validator.rule import Finding, Related, Rule, Severity


class CitationDateConflict(Rule):
    """Flags a document code cited with different dates in different places.

    The finding is reported once per code and names every place. Body, footnotes, tables and
    appendix notes are compared, numeric and long forms alike.

    Why: one document has one date; "05-CTr/TU, ngày 06/11/2026" in the body and "05-CTr/TU,
    ngày 06 tháng 11 năm 2025" in an appendix note means one of them is wrong.

    Tóm tắt: Cùng một văn bản được dẫn với các ngày khác nhau ở các chỗ khác nhau.

    Vì sao: Một văn bản chỉ có một ngày ban hành; "05-CTr/TU, ngày 06/11/2026" ở phần nội dung và
    "05-CTr/TU, ngày 06 tháng 11 năm 2025" ở ghi chú phụ lục nghĩa là một trong hai chỗ đã sai.

    Bad:
        p: Thực hiện Chương trình số 05-CTr/TU, ngày 06/11/2026 của Thành ủy.  # expect: DAT006
        p: (theo Chương trình hành động số 05-CTr/TU, ngày 06 tháng 11 năm 2025 của Thành ủy)
    Good:
        p: Thực hiện Chương trình hành động số 05-CTr/TU, ngày 06/11/2025 của Thành ủy.
        p: (theo Chương trình hành động số 05-CTr/TU, ngày 06 tháng 11 năm 2025 của Thành ủy)
    """

    id = "DAT006"
    name = "citation-date-conflict"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        groups: dict[tuple[object, ...], list[Citation]] = {}
        for c in self.analysis.citations:
            if c.number and c.date is not None:
                groups.setdefault(c.key, []).append(c)
        for cites in groups.values():
            dates = {c.date for c in cites}
            if len(dates) < 2:
                continue
            first = cites[0]
            listing = "; ".join(f"\"{c.date_text}\"" for c in _distinct(cites))
            yield Finding(
                first.date_location,
                f"Văn bản \"{first.code}\" được dẫn với {len(dates)} ngày khác nhau: {listing}.",
                suggestion="Thống nhất ngày ban hành của văn bản ở mọi nơi dẫn.",
                related=tuple(Related(c.date_location, f"Dẫn với ngày \"{c.date_text}\"",
                                      c.paragraph.text[max(0, c.offset - 20):c.offset + 60])
                              for c in cites[1:]),
            )


def _distinct(cites: list[Citation]) -> list[Citation]:
    seen, out = set(), []
    for c in cites:
        if c.date not in seen:
            seen.add(c.date)
            out.append(c)
    return out
