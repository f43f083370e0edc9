"""Rule DAT003 date-padding."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

_PLACE = recache.compile(
    r"ngày\s+(?P<d>\d{1,2})(?!\d).*?tháng\s+(?P<m>\d{1,2})(?!\d)", re.IGNORECASE
)


class DatePadding(Rule):
    """Flags a day below 10 or a month 1 or 2 written without its leading zero.

    Checked on the place-and-date line ("ngày 05 tháng 02 năm 2026"); cited dates are checked
    too when the setting ``pad_cited_dates`` is true (default false).

    Why: Hướng dẫn 36-HD/VPTW and Nghị định 30/2020/NĐ-CP both require the zero ("ngày 03
    tháng 02 năm 2018"), so that a date cannot be altered by writing a digit in front of it.

    Tóm tắt: Ngày nhỏ hơn 10 hoặc tháng 1, 2 thiếu số 0 phía trước.

    Vì sao: Hướng dẫn 36-HD/VPTW và Nghị định 30/2020/NĐ-CP đều yêu cầu thêm số 0 ("ngày 03 tháng 02
    năm 2018") để không ai sửa được ngày bằng cách viết thêm một chữ số phía trước.

    Bad:
        p: Hải Phòng, ngày 5 tháng 02 năm 2026  # expect: DAT003
    Good:
        p: Hải Phòng, ngày 05 tháng 02 năm 2026
    """

    id = "DAT003"
    name = "date-padding"
    severity = Severity.ERROR
    fixable = True  # zero-padding of the place-and-date line

    def check(self, doc: Document) -> Iterator[Finding]:
        pd = self.analysis.frame.place_date
        if pd is not None:
            m = _PLACE.search(pd.match)
            if m:
                for g, what in (("d", "ngày"), ("m", "tháng")):
                    v = m.group(g)
                    if len(v) == 1 and (g == "d" or v in "12") and v != "0":
                        yield Finding(pd.at(m.start(g), 1),
                                      f"Dòng địa danh, ngày tháng ghi \"{what} {v}\" thiếu số 0 "
                                      "phía trước.", suggestion=f"Viết \"{what} 0{v}\".",
                                      fix=Fix(f"0{v}"))
        if not self.setting("pad_cited_dates", False):
            return
        for p, dm in self.analysis.dates:
            if p is pd or dm.date is None:
                continue
            day, month = re.split(r"[/.\-\s]+", re.sub(r"(?i)ngày|tháng|năm", " ",
                                                        dm.text).strip())[:2]
            if (len(day) == 1) or (len(month) == 1 and month in "12"):
                yield Finding(p.at(dm.offset, dm.length),
                              f"Ngày \"{dm.text}\" thiếu số 0 trước ngày nhỏ hơn 10 hoặc "
                              "tháng 1, 2.", severity=Severity.WARNING,
                              suggestion=f"Viết \"{dm.day:02d}/{dm.month:02d}/{dm.year}\"."
                              if dm.form == "numeric" else None)
