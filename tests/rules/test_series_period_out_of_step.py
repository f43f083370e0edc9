"""XDC004 series-period-out-of-step."""

from __future__ import annotations

import pytest

from rules.crossdoc.series_period_out_of_step import SeriesPeriodOutOfStep
from tests.crossharness import assert_documents, run_cross
from tests.rules._series import month

BODY = "p: I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI"

CASES = [
    # consecutive months
    month(8, BODY) + month(9, BODY) + month(10, BODY),
    # last month's summary line kept in this month's report
    month(9, BODY) + month(10, BODY, title=9).replace(
        "Lâm Đồng tháng 9/2025", "Lâm Đồng tháng 9/2025  # expect: XDC004", 1),
    # two versions of one month's report (a draft, then the final), dated alike
    month(9, BODY) + month(9, BODY, name="thang-09-du-thao.docx"),
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_documents(SeriesPeriodOutOfStep, outline)


def test_a_summary_line_left_from_last_month() -> None:
    found = run_cross(SeriesPeriodOutOfStep, month(9, BODY) + month(10, BODY, title=9))
    assert found["01-thang-09.docx"] == []
    (v,) = found["02-thang-10.docx"]
    assert "tháng 9/2025" in v.message and v.severity == "error"
    assert v.related[0].path == "01-thang-09.docx"


def test_a_skipped_month_is_information() -> None:
    found = run_cross(SeriesPeriodOutOfStep, month(8, BODY) + month(9, BODY) + month(11, BODY))
    (v,) = found["03-thang-11.docx"]
    assert v.severity == "info" and "không có báo cáo kỳ tháng 10/2025" in v.message
    assert found["01-thang-08.docx"] == found["02-thang-09.docx"] == []


def test_a_pause_of_several_periods_is_not_reported() -> None:
    found = run_cross(SeriesPeriodOutOfStep, month(3, BODY) + month(9, BODY))
    assert all(not v for v in found.values())
