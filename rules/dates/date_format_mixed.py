"""Rule DAT002 date-format-mixed."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Rule, Severity


class DateFormatMixed(Rule):
    """Flags a numeric date written with "-" or "." among dates written dd/mm/yyyy.

    Why: one document writes its numeric dates one way; "15-7-2025" or "15.7.2025" among
    "29/01/2026" looks careless and is easy to misread.

    Tóm tắt: Ngày viết bằng "-" hoặc "." lẫn giữa các ngày viết dd/mm/yyyy.

    Vì sao: Một văn bản viết ngày tháng bằng số theo một kiểu; "15-7-2025" hay "15.7.2025" giữa các
    ngày "29/01/2026" trông cẩu thả và dễ đọc nhầm.

    Bad:
        p: Nghị quyết số 07-NQ/TU, ngày 29/01/2026 của Thành ủy.
        p: Kế hoạch số 21-KH/TU, ngày 15-7-2025 của Thành ủy.  # expect: DAT002
    Good:
        p: Nghị quyết số 07-NQ/TU, ngày 29/01/2026 của Thành ủy.
        p: Kế hoạch số 21-KH/TU, ngày 15/7/2025 của Thành ủy.
    """

    id = "DAT002"
    name = "date-format-mixed"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        dates = [(p, dm) for p, dm in self.analysis.dates if dm.form == "numeric"]
        slash = sum(dm.sep == "/" for _, dm in dates)
        if not slash:
            return
        for p, dm in dates:
            if dm.sep != "/":
                fixed = f"{dm.day:02d}/{dm.month:02d}/{dm.year}" if dm.day < 10 or dm.month < 3 \
                    else f"{dm.day}/{dm.month}/{dm.year}"
                yield Finding(p.at(dm.offset, dm.length),
                              f"Ngày \"{p.text[dm.offset:dm.end]}\" viết bằng dấu \"{dm.sep}\" "
                              f"trong khi {slash} ngày khác trong văn bản viết bằng dấu \"/\".",
                              suggestion=f"Viết \"{fixed}\".")
