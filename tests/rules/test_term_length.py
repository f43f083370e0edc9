"""DAT010 term-length."""

import pytest

from rules.dates.term_length import TermLength
from tests.harness import assert_outline

CASES = [
    'p: Bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2030.  # expect: DAT010 "4 năm"',
    "p: Đại hội Đảng bộ thành phố nhiệm kỳ 2025 - 2031.  # expect: DAT010",
    "p: Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2025 - 2030, 2026 - 2030.  # expect: DAT010",
    # the seed's correct terms and lists
    "p: Đại hội đại biểu toàn quốc lần thứ XIV nhiệm kỳ 2025 - 2030 của Đảng.",
    "p: Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ "
    "2026 - 2031.",
    "p: Rà soát quy hoạch cán bộ nhiệm kỳ 2025 - 2030, 2026 - 2031 và xây dựng quy hoạch cán "
    "bộ nhiệm kỳ 2030 - 2035, 2031 - 2036.",
    "p: Kế hoạch của Thành ủy giai đoạn 2026 - 2028.",
    # bodies with other terms
    "p: Cấp ủy Chi bộ 1 thuộc Đảng ủy Bộ Tài chính nhiệm kỳ 2024 - 2025.",
    "p: Đại hội Đoàn TNCS Hồ Chí Minh thành phố nhiệm kỳ 2022 - 2027; Hội Luật gia nhiệm kỳ "
    "2024 - 2029.",
]


@pytest.mark.parametrize("outline", CASES)
def test_term_length(outline: str) -> None:
    assert_outline(TermLength, outline)


def test_configurable_length() -> None:
    assert_outline(TermLength, "p: Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2029.",
                   settings={"term_years": 4})
