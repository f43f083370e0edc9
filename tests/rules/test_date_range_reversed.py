"""DAT007 date-range-reversed."""

import pytest

from rules.dates.date_range_reversed import DateRangeReversed
from tests.harness import assert_outline

CASES = [
    "p: Kiểm tra từ ngày 10/3/2026 đến ngày 01/3/2026.  # expect: DAT007",
    "p: Đợt thi đua (03/02/2026 - 03/01/2026).  # expect: DAT007",
    "p: Từ ngày 10/3/2026 đến hết ngày 01/3/2026.  # expect: DAT007",
    "p: Từ ngày 10/3/2026{nbsp}-{nbsp}01/3/2026.  # expect: DAT007",
    "p: Kiểm tra từ ngày 01/3/2026 đến ngày 10/3/2026; (05/01/1966-05/01/2026).",
    "p: Ngày 10/3/2026 họp; ngày 01/3/2026 kiểm tra.",
]


@pytest.mark.parametrize("outline", CASES)
def test_date_range_reversed(outline: str) -> None:
    assert_outline(DateRangeReversed, outline)
