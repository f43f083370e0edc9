"""DAT004 cited-after-report-date."""

import pytest

from rules.dates.cited_after_report_date import CitedAfterReportDate
from tests.harness import assert_outline
from tests.outline import party_frame, state_frame

LATE = ("p: Chương trình hành động số 05-CTr/TU, ngày 06/11/2026 thực hiện Nghị quyết Đại "
        "hội.  # expect: DAT004")


def test_seed_case() -> None:
    assert_outline(CitedAfterReportDate, party_frame(LATE))


@pytest.mark.parametrize("body", [
    "p: Chương trình hành động số 05-CTr/TU, ngày 06/11/2025 thực hiện Nghị quyết.",
    "p: Nghị quyết số 07-NQ/TU, ngày 29/01/2026 (trước ngày báo cáo).",
    "p: Hoàn thành trước ngày 28/02/2026; từ ngày 01/3/2026 đến ngày 10/3/2026; dự kiến "
    "ngày 15/3/2026.",
    "p: Kế hoạch số 12-KH/TU, từ ngày 01/3/2026 triển khai.",
    "p: Ghi chú[^1: Quyết định số 161-QĐ/TU, ngày 13/01/2026 của Ban Thường vụ.].",
])
def test_not_flagged(body: str) -> None:
    assert_outline(CitedAfterReportDate, party_frame(body))


def test_footnote_and_long_form() -> None:
    body = ("p: Nội dung[^1: Kết luận số 207-KL/TW, ngày 10 tháng 02 năm 2026 của Ban Bí "
            "thư.].  # expect: DAT004")
    assert_outline(CitedAfterReportDate, party_frame(body))


@pytest.mark.parametrize("body", [
    "p: Kế hoạch số 218/KH-UBND ngày 26/01/2026 của UBND tỉnh.",
    "p: Kế hoạch số 218/KH-UBND ngày 02/02/2026 của UBND tỉnh.  # expect: DAT004",
])
def test_report_date_known_to_the_month(body: str) -> None:
    # a draft dated "ngày    tháng 01 năm 2026": any day of January is fine
    assert_outline(CitedAfterReportDate,
                   state_frame(body, date="Lâm Đồng, ngày    tháng 01 năm 2026"))


def test_no_report_date_no_finding() -> None:
    assert_outline(CitedAfterReportDate, party_frame(LATE.split("  #")[0], date=None))


# The report-date setting stands in for a date line that is blank; a filled one wins over it
# unless the office says otherwise explicitly (report-date-override).
EARLY = "Hải Phòng, ngày 30 tháng 01 năm 2026"
CITED = "p: Kế hoạch số 12-KH/TU, ngày 15/01/2026 của Ban Thường vụ."


def test_a_filled_date_line_wins_over_the_setting() -> None:
    assert_outline(CitedAfterReportDate, party_frame(CITED, date=EARLY),
                   settings={"report_date": "2026-01-10"})


def test_the_setting_fills_a_blank_day() -> None:
    blank = "Hải Phòng, ngày    tháng 01 năm 2026"
    assert_outline(CitedAfterReportDate, party_frame(CITED + "  # expect: DAT004", date=blank),
                   settings={"report_date": "2026-01-10"})
    assert_outline(CitedAfterReportDate, party_frame(CITED, date=blank))  # the month alone


def test_the_setting_stands_in_for_a_missing_date_line() -> None:
    assert_outline(CitedAfterReportDate, party_frame(CITED + "  # expect: DAT004", date=None),
                   settings={"report_date": "2026-01-10"})


def test_an_explicit_override_wins_over_a_filled_date_line() -> None:
    assert_outline(CitedAfterReportDate, party_frame(CITED + "  # expect: DAT004", date=EARLY),
                   settings={"report_date": "2026-01-10", "report_date_override": True})
