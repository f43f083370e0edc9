"""DAT012 weekday-mismatch."""

import pytest

from rules.dates.weekday_mismatch import WeekdayMismatch
from tests.harness import assert_outline

CASES = [
    'p: Họp vào thứ Hai, ngày 14/02/2026.  # expect: DAT012 "thứ Bảy"',
    "p: Họp vào Chủ nhật, ngày 16/02/2026.  # expect: DAT012",
    "p: Họp vào thứ 3 (ngày 14 tháng 02 năm 2026).  # expect: DAT012",
    "p: Họp vào thứ Hai, ngày 16/02/2026; thứ Bảy, ngày 14/02/2026; Chủ nhật, 15/02/2026.",
    "p: Đại hội lần thứ năm, ngày 16/02/2026 khai mạc.",
    "p: Thứ[[r]] Ba, ngày 17/02/2026 là mùng 1 Tết.",
]


@pytest.mark.parametrize("outline", CASES)
def test_weekday_mismatch(outline: str) -> None:
    assert_outline(WeekdayMismatch, outline)
