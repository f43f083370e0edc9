"""DAT001 date-impossible."""

import pytest

from rules.dates.date_impossible import DateImpossible
from tests.harness import assert_outline

CASES = [
    'p: Kế hoạch số 12-KH/TU, ngày 31/4/2026.  # expect: DAT001 "31/4/2026"',
    "p: Kiểm tra ngày 29/02/2025 tại xã.  # expect: DAT001",
    'p: Hội nghị ngày 12/13/2025.  # expect: DAT001 "tháng 13"',
    "p: Hải Phòng, ngày 31 tháng 04 năm 2026  # expect: DAT001",
    "p: Ngày 3[[r]]1/4/2026 họp.  # expect: DAT001",
    "p: Ghi chú[^1: Công văn ngày 30/02/2026.].  # expect: DAT001",
    "table: STT | Ngày // 1 | 31/6/2026  # expect: DAT001",
    "p: Ngày 29/02/2024, 30/4/2026, ngày 31 tháng 12 năm 2025.",
    # not dates: amounts and ratios
    "p: Tổng mức 12.792.640 triệu đồng; tỷ lệ 1/2000; 08/08 chỉ tiêu; 1.688/3.802 tỷ đồng.",
]


@pytest.mark.parametrize("outline", CASES)
def test_date_impossible(outline: str) -> None:
    assert_outline(DateImpossible, outline)
