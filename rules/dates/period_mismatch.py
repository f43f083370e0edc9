"""Rule DAT011 period-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.analysis.frame import upper_ratio
from validator.model import Document
from validator.rule import Finding, Rule, Severity

_MONTH = recache.compile(r"tháng\s+(\d{1,2})(?!\d)", re.IGNORECASE)
_TASKS = recache.compile(
    r"^(?:[IVX]+|\d+)?[.\-)]?\s*(?:NHIỆM VỤ|PHƯƠNG HƯỚNG)[^\n]*?THÁNG\s+(\d{1,2})(?!\d)")
_OPENING = recache.compile(r"báo cáo[^.;]{0,80}?tháng\s+(\d{1,2})(?:\s*/\s*\d{4}|\s+năm\s+\d{4})",
                      re.IGNORECASE)


class PeriodMismatch(Rule):
    """Flags a monthly report whose tasks section or opening names another period than its title.

    The title's first "tháng N" is the period reported on; the tasks section ("NHIỆM VỤ …
    THÁNG M") is for the following month, and an opening sentence "báo cáo … tháng X/YYYY"
    should name the reported month (that check is a warning).

    Why: monthly reports are written from last month's file; a tasks heading or an opening
    sentence left unchanged reports on the wrong month.

    Tóm tắt: Báo cáo tháng có phần nhiệm vụ hoặc phần mở đầu nói về kỳ khác với tiêu đề.

    Vì sao: Báo cáo tháng thường được soạn từ tệp của tháng trước; đề mục nhiệm vụ hay câu mở đầu
    chưa sửa sẽ báo cáo về tháng khác.

    Bad:
        p: BÁO CÁO
        p: tình hình thực hiện nhiệm vụ tháng 01; nhiệm vụ trọng tâm tháng 02 năm 2026
        p: I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 01
        p: II. NHIỆM VỤ TRỌNG TÂM THÁNG 03 NĂM 2026  # expect: DAT011
    Good:
        p: BÁO CÁO
        p: tình hình thực hiện nhiệm vụ tháng 01; nhiệm vụ trọng tâm tháng 02 năm 2026
        p: I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 01
        p: II. NHIỆM VỤ TRỌNG TÂM THÁNG 02 NĂM 2026
    """

    id = "DAT011"
    name = "period-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        f = self.analysis.frame
        if f.type_name is None or f.summary is None:
            return
        if not f.type_name.text.strip().upper().startswith("BÁO CÁO"):
            return
        m = _MONTH.search(f.summary.match)
        if m is None or "quý" in f.summary.text.lower()[:m.start()]:
            return
        month = int(m.group(1))
        if not 1 <= month <= 12:
            return
        following = month % 12 + 1
        body = [p for p in doc.paragraphs(tables=False)
                if p.index > f.summary.index and (f.body_end is None or p.index < f.body_end)]
        for p in body:
            t = p.match.strip()
            if len(t) > 160 or upper_ratio(t) < 0.8:
                continue
            h = _TASKS.search(t)
            if h and int(h.group(1)) != following:
                yield Finding(p.at(h.start(1), len(h.group(1))),
                              f"Báo cáo tháng {month:02d} nhưng phần nhiệm vụ ghi \"THÁNG "
                              f"{h.group(1)}\" (nhiệm vụ phải là của tháng {following:02d}).",
                              suggestion=f"Viết \"THÁNG {following:02d}\".")
        for p in body[:3]:
            o = _OPENING.search(p.match)
            if o and int(o.group(1)) not in (month, following):
                yield Finding(p.at(o.start(1), len(o.group(1))),
                              f"Báo cáo tháng {month:02d} nhưng phần mở đầu báo cáo về "
                              f"\"{o.group(0)}\".", severity=Severity.WARNING,
                              suggestion="Kiểm tra đoạn mở đầu có phải chép từ báo cáo kỳ trước.")
