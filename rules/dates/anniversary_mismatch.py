"""Rule DAT009 anniversary-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.analysis.dates import find_dates
from validator.model import Document
from validator.rule import Finding, Rule, Severity

_ANNIV = recache.compile(r"kỷ niệm\s+(\d{1,4})\s+năm", re.IGNORECASE)
_YEARS = recache.compile(r"\(\s*(?:\d{1,2}/\d{1,2}/)?((?:1[6-9]|20)\d{2})\s*-\s*"
                    r"(?:\d{1,2}/\d{1,2}/)?((?:1[6-9]|20)\d{2})\s*\)")


class AnniversaryMismatch(Rule):
    """Flags an anniversary whose years differ from the span given beside it.

    Why: "kỷ niệm 60 năm … (05/01/1966-05/01/2026)" states the count twice; when they
    disagree one of them is wrong, and the count is what readers and speeches repeat.

    Tóm tắt: Số năm kỷ niệm không khớp với khoảng năm ghi kèm.

    Vì sao: "kỷ niệm 60 năm … (05/01/1966 - 05/01/2026)" nêu số năm hai lần; khi hai con số khác
    nhau thì một trong hai đã sai, mà số năm lại là điều người đọc và các bài phát biểu nhắc lại.

    Bad:
        p: Kỷ niệm 95 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2026).  # expect: DAT009
    Good:
        p: Kỷ niệm 96 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2026).
    """

    id = "DAT009"
    name = "anniversary-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in doc.all_paragraphs():
            if "niệm" not in p.text:
                continue
            marks = list(_ANNIV.finditer(p.match))
            for i, m in enumerate(marks):
                end = marks[i + 1].start() if i + 1 < len(marks) else len(p.match)
                span = _YEARS.search(p.match, m.end(), min(end, m.end() + 250))
                if span is None or ";" in p.match[m.end():span.start()]:
                    continue
                n, a, b = int(m.group(1)), int(span.group(1)), int(span.group(2))
                dates = find_dates(span.group(0))
                if len(dates) == 2 and None not in (dates[0].date, dates[1].date) and (
                        dates[0].day, dates[0].month) != (dates[1].day, dates[1].month):
                    continue  # not a same-day anniversary span
                if b - a == n:
                    continue
                yield Finding(p.at(m.start(), span.end() - m.start()),
                              f"Ghi kỷ niệm {n} năm nhưng khoảng {a} - {b} là {b - a} năm.",
                              suggestion="Kiểm tra lại số năm kỷ niệm hoặc các mốc năm.")
