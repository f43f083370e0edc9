"""DAT013 lunar-date-mismatch."""

import pytest

from rules.dates.lunar_date_mismatch import LunarDateMismatch
from tests.harness import assert_outline

CASES = [
    'p: Hoàn thành trước ngày 10/02/2026 (25 tháng Chạp).  # expect: DAT013 "23 tháng 12"',
    'p: Ngày 17/02/2026 (mùng 1 Tết Giáp Ngọ).  # expect: DAT013 "Bính Ngọ"',
    "p: Ngày 18/02/2026 (mùng 1 Tết).  # expect: DAT013",
    # the seed's and other correct pairs
    "p: Hoàn thành xong trước ngày 10/02/2026 (23 tháng Chạp); ngày 17/02/2026 (mùng 1 Tết "
    "Bính Ngọ).",
    "p: Ngày 16/02/2026 (29 Tết); ngày 16/02/2026 (30 Tết); ngày 03/3/2026 (15 tháng Giêng).",
    "p: Ngày 22/01/2023 (mồng 1 Tết Quý Mão); ngày 29/01/2025 (tức ngày 01 tháng 01 năm Ất Tỵ).",
    "p: Ngày 10/02/2026 (thứ Ba).",
]


@pytest.mark.parametrize("outline", CASES)
def test_lunar_date_mismatch(outline: str) -> None:
    assert_outline(LunarDateMismatch, outline)
