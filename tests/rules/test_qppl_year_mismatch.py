"""COD007 qppl-year-mismatch."""

import pytest

from rules.codes.qppl_year_mismatch import QpplYearMismatch
from tests.harness import assert_outline

CASES = [
    'p: Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ.  # expect: COD007 "2021"',
    "p: Luật số 16/2023/QH15 ngày 29 tháng 11 năm 2022 của Quốc hội.  # expect: COD007",
    "p: Ghi chú[^1: Thông tư số 01/2011/TT-BNV ngày 19/01/2012.].  # expect: COD007",
    "p: Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.",
    "p: Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020; "
    "Quyết định số 977/QĐ-TTg ngày 05/3/2021.",
    "p: Nghị quyết số 244/2025/QH15 của Quốc hội (không ghi ngày).",
]


@pytest.mark.parametrize("outline", CASES)
def test_qppl_year_mismatch(outline: str) -> None:
    assert_outline(QpplYearMismatch, outline)
