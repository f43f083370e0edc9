"""Rule XDC004 series-period-out-of-step."""

from __future__ import annotations

from collections.abc import Iterator

from validator.crossdoc.index import CrossFinding, CrossRule, Index, Ref, file_name
from validator.crossdoc.model import Contribution, Period
from validator.rule import Severity

MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def _months(date: str | None) -> int | None:
    """A "YYYY-MM[-DD]" date as a count of months; None without a month."""
    if not date or date.count("-") < 1:
        return None
    y, m = date.split("-")[:2]
    return int(y) * 12 + int(m)


def _apart(newer: str | None, older: str | None, kind: str) -> int | None:
    """How many months ``newer`` was issued after ``older`` when that is at least one period
    of ``kind`` for sure (with days: 28 days a month; with months only: one month more, as
    a draft of the 25th and its final of the 2nd fall in two months); else None."""
    a, b = _months(newer), _months(older)
    if a is None or b is None:
        return None
    size = MONTHS[kind]
    if newer and older and newer.count("-") == 2 and older.count("-") == 2:
        import datetime as dt

        days = (dt.date.fromisoformat(newer) - dt.date.fromisoformat(older)).days
        return a - b if days >= 28 * size else None
    return a - b if a - b >= size + 1 else None


class SeriesPeriodOutOfStep(CrossRule):
    """Flags a periodic report whose period does not follow on from the series' last report.

    Reports of one series share issuer, type and summary line but for the period. A report
    dated at least one period after another of its series but naming the same period (a title
    left from last month's file; a draft and its final are dated closer) is an error; a period one step further than the next one
    expected (tháng 9, then tháng 11) is reported as information, naming the missing period.

    Why: a monthly report is written from last month's file; a period left unchanged in the
    summary line files the new report under last month, and a skipped month is usually a
    typing slip in the title.

    Tóm tắt: Báo cáo định kỳ ghi kỳ báo cáo không nối tiếp báo cáo trước trong cùng loạt
    (trùng kỳ hoặc bỏ sót một kỳ).

    Vì sao: Báo cáo tháng được soạn từ tệp của tháng trước; kỳ báo cáo ở trích yếu không
    được sửa thì báo cáo mới bị xếp vào tháng trước, còn một tháng bị bỏ qua thường là do gõ
    nhầm kỳ.

    Bad:
        file: thang-8.docx
        p: ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        p: Lâm Đồng, ngày 25 tháng 8 năm 2025
        p: BÁO CÁO
        p: Kết quả triển khai Đề án 06 tháng 8/2025
        file: thang-9.docx
        p: ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        p: Lâm Đồng, ngày 25 tháng 9 năm 2025
        p: BÁO CÁO
        p: Kết quả triển khai Đề án 06 tháng 8/2025  # expect: XDC004
    Good:
        file: thang-8.docx
        p: ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        p: Lâm Đồng, ngày 25 tháng 8 năm 2025
        p: BÁO CÁO
        p: Kết quả triển khai Đề án 06 tháng 8/2025
        file: thang-9.docx
        p: ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        p: Lâm Đồng, ngày 25 tháng 9 năm 2025
        p: BÁO CÁO
        p: Kết quả triển khai Đề án 06 tháng 9/2025
    """

    id = "XDC004"
    name = "series-period-out-of-step"
    severity = Severity.ERROR

    def check_index(self, index: Index) -> Iterator[CrossFinding]:
        for reports in index.series.values():
            yield from self._same_period(reports)
            yield from self._skipped(reports)

    @staticmethod
    def _same_period(reports: list[Contribution]) -> Iterator[CrossFinding]:
        for i, doc in enumerate(reports):
            if doc.title_place is None or doc.period is None:
                continue
            for older in reports[:i]:
                if older.period != doc.period or older.title_place is None:
                    continue
                apart = _apart(doc.date, older.date, doc.period.kind)
                if apart is None:
                    continue
                yield CrossFinding(
                    doc.path, doc.title_place,
                    f"Báo cáo ghi kỳ {doc.period.label()} như báo cáo "
                    f'"{file_name(older.path)}" ban hành trước đó {apart} tháng.',
                    refs=(Ref(older.path, older.title_place, "Cùng kỳ"),),
                    suggestion="Kiểm tra kỳ báo cáo ở trích yếu (có thể chép từ kỳ trước).",
                )
                break

    @staticmethod
    def _skipped(reports: list[Contribution]) -> Iterator[CrossFinding]:
        for prev, doc in zip(reports, reports[1:]):
            if doc.period is None or prev.period is None or doc.title_place is None:
                continue
            if doc.period.kind != prev.period.kind or doc.period == prev.period:
                continue
            expected = prev.period
            missing: list[Period] = []
            while len(missing) < 3:
                nxt = expected.following()
                if nxt >= doc.period:
                    break
                missing.append(nxt)
                expected = nxt
            if not missing or len(missing) > 1 or prev.title_place is None:
                continue  # a gap of one period only: longer ones are another series' pause
            yield CrossFinding(
                doc.path, doc.title_place,
                f"Báo cáo kỳ {doc.period.label()} nối tiếp báo cáo kỳ {prev.period.label()} "
                f'("{file_name(prev.path)}"): không có báo cáo kỳ {missing[0].label()}.',
                refs=(Ref(prev.path, prev.title_place, "Kỳ trước"),),
                suggestion="Kiểm tra kỳ báo cáo ở trích yếu.",
                severity=Severity.INFO,
            )

