"""DAT002 date-format-mixed."""

import pytest

from rules.dates.date_format_mixed import DateFormatMixed
from tests.harness import assert_outline

CASES = [
    "p: Nghị quyết ngày 29/01/2026.\np: Kế hoạch ngày 15-7-2025.  # expect: DAT002",
    'p: Nghị quyết ngày 29/01/2026.\np: Kế hoạch ngày 15.7.2025.  # expect: DAT002 "15.7.2025"',
    "p: Nghị quyết ngày 29/01/2026.\np: Kế hoạch ngày 9{nbh}8{nbh}2019.  # expect: DAT002",
    # one style only
    "p: Kế hoạch ngày 15-7-2025 và ngày 9-8-2019.",
    "p: Nghị quyết ngày 29/01/2026 và ngày 06 tháng 11 năm 2025.",
    # ranges of years and numbers are not dates
    "p: Nghị quyết ngày 29/01/2026; giai đoạn 2026-2030; mã 1.2.2025a.",
]


@pytest.mark.parametrize("outline", CASES)
def test_date_format_mixed(outline: str) -> None:
    assert_outline(DateFormatMixed, outline)
