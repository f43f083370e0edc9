"""Rule DAT012 weekday-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.analysis.dates import weekday_name
from validator.model import Document
from validator.rule import Finding, Rule, Severity

_DAY = recache.compile(r"(?:thứ\s+(?P<w>hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|(?P<cn>chủ\s+nhật))"
                  r"\s*[,(]?\s*(?:ngày\s+)?$", re.IGNORECASE)
_NUM = {"2": 0, "3": 1, "4": 2, "5": 3, "6": 4, "7": 5, "hai": 0, "ba": 1, "tư": 2, "năm": 3,
        "sáu": 4, "bảy": 5, "bẩy": 5}


class WeekdayMismatch(Rule):
    """Flags a weekday named with a date that falls on another day ("thứ Hai, ngày 14/02/2026").

    Why: 14/02/2026 is a Saturday; invitations and schedules with a wrong weekday send people
    on the wrong day.

    Tóm tắt: Thứ trong tuần không đúng với ngày đi kèm ("thứ Hai, ngày 14/02/2026").

    Vì sao: Ngày 14/02/2026 là thứ Bảy; giấy mời, lịch công tác ghi sai thứ khiến người nhận đến sai
    ngày.

    Bad:
        p: Hội nghị tổ chức vào thứ Hai, ngày 14/02/2026.  # expect: DAT012
    Good:
        p: Hội nghị tổ chức vào thứ Hai, ngày 16/02/2026.
    """

    id = "DAT012"
    name = "weekday-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for p, dm in self.analysis.dates:
            if dm.date is None:
                continue
            before = p.match[max(0, dm.offset - 25):dm.offset]
            m = _DAY.search(before)
            if m is None or re.search(r"(?i)(?:lần|đợt|kỳ|khóa|khoá|phiên)\s*$",
                                      before[:m.start()]):
                continue  # an ordinal ("lần thứ năm"), not a weekday
            named = 6 if m.group("cn") else _NUM[m.group("w").lower()]
            if named == dm.date.weekday():
                continue
            s = dm.offset - len(before) + m.start()
            named_text = re.sub(r"(?i)[\s,(]*(?:ngày\s*)?$", "", p.text[s:s + len(m.group(0))])
            yield Finding(p.at(s, dm.end - s),
                          f"\"{p.text[s:dm.end]}\": ngày {dm.date:%d/%m/%Y} là "
                          f"{weekday_name(dm.date)}, không phải {named_text}.",
                          suggestion="Kiểm tra lại thứ hoặc ngày.")
