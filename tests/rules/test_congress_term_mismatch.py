# ruff: noqa: E501  (outline lines are one block each)
"""DAT016 congress-term-mismatch: terms against the congress's number and cycle."""

import pytest

from rules.dates.congress_term_mismatch import CongressTermMismatch, assembly_start, national_start
from tests.harness import assert_outline

CASES = [
    # the user's report
    'p: 1. Đoàn đại biểu của Đảng bộ Thành phố tham dự Đại hội đại biểu toàn quốc lần thứ XIV nhiệm kỳ 2025 - 2030 của Đảng.  # expect: DAT016 "2026 - 2031"',
    'p: Quán triệt Nghị quyết Đại hội XIII của Đảng, nhiệm kỳ 2020 - 2025.  # expect: DAT016 "2021 - 2026"',
    'p: Bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2025 - 2030.  # expect: DAT016 "Quốc hội khóa XVI"',
    'p: Đại hội đại biểu Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2026 - 2031.  # expect: DAT016 "2025 - 2030"',
    # right terms, real phrasing
    "p: Tham dự Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, nhiệm kỳ 2026 - 2031.",
    "p: Bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.",
    "p: Căn cứ Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Đồng Tháp lần thứ XI, nhiệm kỳ 2025 - 2030.",
    "p: Đại hội Đảng bộ xã Lũng Cú nhiệm kỳ 2025 - 2030; Đại hội Đoàn Luật sư tỉnh lần thứ I, nhiệm kỳ 2026 - 2031.",
    "p: Đại hội Liên đoàn Bóng rổ tỉnh Lâm Đồng nhiệm kỳ 2024 - 2029.",
]


@pytest.mark.parametrize("outline", CASES)
def test_congress_term_mismatch(outline: str) -> None:
    assert_outline(CongressTermMismatch, outline)


@pytest.mark.parametrize(("n", "start"), [(8, 1996), (12, 2016), (13, 2021), (14, 2026)])
def test_national_congress_terms(n: int, start: int) -> None:
    assert national_start(n) == start


@pytest.mark.parametrize(("n", "start"), [(13, 2011), (14, 2016), (15, 2021), (16, 2026)])
def test_national_assembly_terms(n: int, start: int) -> None:
    assert assembly_start(n) == start
