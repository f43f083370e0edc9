"""STR002 summary-line-missing."""

import pytest

from rules.structure.summary_line_missing import SummaryLineMissing
from tests.fixtures import report
from tests.harness import assert_outline


@pytest.mark.parametrize("system", ["party", "state"])
def test_type_name_without_summary(system: str) -> None:
    (v,) = assert_outline(SummaryLineMissing,
                          report(system, summary="", title_expect="STR002"))
    assert "BÁO CÁO" in v.message


def test_summary_in_the_type_paragraph_after_a_line_break() -> None:
    outline = report("party", summary="").replace(
        "p[center]: BÁO CÁO", "p[center]: BÁO CÁO{br}tình hình thực hiện nhiệm vụ tháng 01")
    assert_outline(SummaryLineMissing, outline)


def test_kinh_gui_is_not_a_summary() -> None:
    outline = report("state", summary="Kính gửi: Bộ Nội vụ", title_expect="STR002")
    assert_outline(SummaryLineMissing, outline)


@pytest.mark.parametrize("system", ["party", "state"])
def test_complete_report_is_clean(system: str) -> None:
    assert_outline(SummaryLineMissing, report(system))
    assert_outline(SummaryLineMissing, report(system, nfd=True, layout="paragraphs"))
