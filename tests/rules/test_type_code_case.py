"""COD002 type-code-case."""

import pytest

from rules.codes.type_code_case import TypeCodeCase
from tests.harness import assert_outline

CASES = [
    'p: Chương trình số 06-CTR/TU, ngày 05/01/2026.  # expect: COD002 "CTr"',
    "p: Tờ trình số 15/TTR-SNV ngày 05/01/2026.  # expect: COD002",
    "p: Quy định số 08-QĐI/TW của Ban Chấp hành Trung ương.  # expect: COD002",
    "p: Quy định số 12/QYĐ-UBND của UBND tỉnh.  # expect: COD002",
    "p: Kế hoạch số 21-Kh/TU của Thành ủy.  # expect: COD002",
    "p: Chương trình số 06-C[[r]]TR/TU, ngày 05/01/2026.  # expect: COD002",
    "p: Chương trình số 06-CTr/TU; Tờ trình số 15/TTr-SNV; Quy định số 08-QĐi/TW.",
    "p: Quy định số 12/QyĐ-UBND; Bản trích sao số 03/TrS-VP.",
    "p: Công văn số 12/UBND-VX ngày 05/01/2026.",
]


@pytest.mark.parametrize("outline", CASES)
def test_type_code_case(outline: str) -> None:
    assert_outline(TypeCodeCase, outline)
