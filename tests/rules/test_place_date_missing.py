"""STR008 place-date-missing."""

import pytest

from rules.structure.place_date_missing import PlaceDateMissing
from tests.fixtures import report
from tests.harness import assert_outline


@pytest.mark.parametrize("system", ["party", "state"])
def test_no_place_and_date_line(system: str) -> None:
    assert_outline(PlaceDateMissing, report(system, date="", head_expect="STR008"))


@pytest.mark.parametrize("date", [
    "Lâm Đồng, ngày      tháng 12 năm 2025",
    "Lâm Đồng, ngày      tháng      năm 2025",
    "Hà Nội  ngày      tháng      năm 2020",
])
def test_blank_draft_date_is_not_missing(date: str) -> None:
    assert_outline(PlaceDateMissing, report("state", date=date))


@pytest.mark.parametrize("layout", ["table", "textbox", "paragraphs"])
def test_found_in_every_layout(layout: str) -> None:
    assert_outline(PlaceDateMissing, report("party", layout=layout))
