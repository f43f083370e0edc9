"""COD011 code-symbol-spaced: a symbol cut by spaces, in real citations."""

import pytest

from rules.codes.code_symbol_spaced import CodeSymbolSpaced
from tests.harness import assert_outline

CASES = [
    # real citations of the corpus
    "p: Câu lạc bộ Mô tô Thể thao tỉnh Bình Thuận tại Đơn đề nghị số 10/ĐĐN-CLB MT BTh ngày "
    '30 tháng 8 năm 2025 và Sở Nội vụ.  # expect: COD011 "10/ĐĐN-CLB MT BTh"',
    "p: + Kế hoạch số 192/KH-ĐKT 557 ngày 23/4/2025 của Đoàn kiểm tra 557 về việc kiểm tra.  "
    '# expect: COD011 "192/KH-ĐKT 557"',
    "p: Theo Công văn số 45/SNV-VP HC của Sở Nội vụ.  # expect: COD011",
    # the code ends where the sentence goes on
    "p: Kế hoạch số 01/KH-UBND ngày 05/01/2026; Công văn số 12/UBND-VX về việc triển khai.",
    "p: Quyết định số 123/QĐ-UBND UBND tỉnh ban hành năm 2025 được triển khai.",
    "p: Kế hoạch số 05/KH-UBND TP Hà Nội về phòng, chống ma túy.",
    "p: Nghị quyết số 07-NQ/TU Về phát triển kinh tế, ngày 29/01/2026.",
]


@pytest.mark.parametrize("outline", CASES)
def test_code_symbol_spaced(outline: str) -> None:
    assert_outline(CodeSymbolSpaced, outline)


def test_suggestion_writes_the_symbol_solid() -> None:
    (v,) = assert_outline(CodeSymbolSpaced,
                          "p: Kế hoạch số 192/KH-ĐKT 557 ngày 23/4/2025.  # expect: COD011")
    assert '"192/KH-ĐKT557"' in (v.suggestion or "")
