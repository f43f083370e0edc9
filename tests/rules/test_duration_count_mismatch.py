"""DAT008 duration-count-mismatch."""

import pytest

from rules.dates.duration_count_mismatch import DurationCountMismatch
from tests.harness import assert_outline

CASES = [
    'p: Nghỉ 04 ngày (từ ngày 01/01/2026 đến ngày 03/01/2026).  # expect: DAT008 "3 ngày"',
    "p: Nghỉ Tết 9 ngày liên tục (14/02/2026 - 21/02/2026).  # expect: DAT008",
    "p: Nghỉ 04 ngày (từ ngày 01/01/2026 đến ngày 04/01/2026).",
    "p: Nghỉ Tết Nguyên đán 9 ngày (từ ngày 14/02/2026 đến ngày 22/02/2026).",
    "p: Trong 04 ngày nghỉ Tết Dương lịch 2026, thành phố đón 515.600 lượt khách.",
]


@pytest.mark.parametrize("outline", CASES)
def test_duration_count_mismatch(outline: str) -> None:
    assert_outline(DurationCountMismatch, outline)
