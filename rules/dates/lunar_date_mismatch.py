"""Rule DAT013 lunar-date-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.analysis.dates import to_lunar
from validator.model import Document
from validator.rule import Finding, Rule, Severity

_MONTHS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "năm": 5, "sáu": 6, "bảy": 7,
           "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "một một": 11, "mười hai": 12,
           "chạp": 12}
_LUNAR = recache.compile(
    r"^\s*\(\s*(?:tức\s+)?(?:ngày\s+)?(?:(?:mùng|mồng)\s+)?(?P<d>\d{1,2})\s+"
    r"(?:(?P<tet>Tết)(?:\s+Nguyên\s+đán)?|tháng\s+(?P<m>Giêng|Chạp|Mười\s+Một|Mười\s+Hai|Mười|"
    r"Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín|\d{1,2}))(?:\s+(?:âm\s+lịch|AL))?"
    r"(?:\s*,?\s*(?:năm\s+)?(?P<cc>[A-ZĐ]\w+\s+[A-ZĐ]\w+))?\s*(?:âm\s+lịch)?\s*\)",
    re.IGNORECASE,
)
_SAME = str.maketrans({"ị": "ỵ"})


class LunarDateMismatch(Rule):
    """Flags a lunar date beside a solar one that the Vietnamese lunar calendar does not match.

    The calendar is computed at UTC+7.
    "17/02/2026 (mùng 1 Tết Bính Ngọ)" and "10/02/2026 (23 tháng Chạp)" are right; the
    conversion is Hồ Ngọc Đức's algorithm for the Vietnamese calendar, which differs from the
    Chinese one in some years.

    Why: readers plan Tết around the lunar date; a wrong pairing sends them to the wrong day.

    Tóm tắt: Ngày âm lịch ghi kèm không khớp với lịch âm Việt Nam.

    Vì sao: Người đọc sắp xếp công việc dịp Tết theo ngày âm lịch; ghi kèm sai ngày âm lịch làm họ
    nhầm ngày.

    Bad:
        p: Hoàn thành trước ngày 10/02/2026 (25 tháng Chạp).  # expect: DAT013
    Good:
        p: Hoàn thành trước ngày 10/02/2026 (23 tháng Chạp).
        p: Nghỉ Tết từ ngày 17/02/2026 (mùng 1 Tết Bính Ngọ).
    """

    id = "DAT013"
    name = "lunar-date-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for p, dm in self.analysis.dates:
            if dm.date is None:
                continue
            m = _LUNAR.match(p.match[dm.end:])
            if m is None:
                continue
            lunar = to_lunar(dm.date)
            day = int(m.group("d"))
            if m.group("tet"):
                month = 1 if day <= 15 else 12
            else:
                raw = " ".join(m.group("m").lower().split())
                month = int(raw) if raw.isdigit() else _MONTHS[raw]
            problems = []
            if (day, month) != (lunar.day, lunar.month):
                last_day = m.group("tet") and day >= 29 and month == 12 and lunar.month == 12 \
                    and to_lunar(dm.date.fromordinal(dm.date.toordinal() + 1)).day == 1
                if not last_day:
                    problems.append(f"ngày {lunar.day} tháng {lunar.month}"
                                    + (" nhuận" if lunar.leap else ""))
            cc = m.group("cc")
            if cc and cc.lower().translate(_SAME) != lunar.can_chi.lower().translate(_SAME):
                problems.append(f"năm {lunar.can_chi}")
            if not problems:
                continue
            s, e = dm.offset, dm.end + m.end()
            yield Finding(p.at(s, e - s),
                          f"Ngày {dm.date:%d/%m/%Y} theo âm lịch là {', '.join(problems)}, "
                          f"không khớp với \"{p.text[dm.end:e].strip()}\".",
                          suggestion="Kiểm tra lại ngày dương lịch hoặc ngày âm lịch.")
