"""COD003 type-code-unknown."""

import pytest

from rules.codes.type_code_unknown import TypeCodeUnknown
from tests.harness import assert_outline

CASES = [
    'p: Thông báo số 81-TX/TW, ngày 06/01/2026.  # expect: COD003 "TX"',
    "p: Nghị định số 30/2020/NĐD-CP ngày 05/3/2020.  # expect: COD003",
    "p: Ghi chú[^1: Văn bản số 81-TX/TW của Ban Bí thư.].  # expect: COD003",
    "p: Thông báo số 81-TB/TW; Đề án số 04-ĐA/TU; Tờ trình số 12-TTr/TU; Bản sao số 24-BS/UBKTTU.",
    "p: Nghị định số 30/2020/NĐ-CP; Thông tư số 01/2011/TT-BNV; Quyết định số 18/2020/QĐ-TTg.",
    "p: Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV; Văn bản hợp nhất số 03/2020/VBHN-VPQH.",
    # state form with an unknown first part is a công văn, not an unknown type
    "p: Công văn số 5990/VPCP-KSTT; Công văn số 3980/BCA-C04.",
]


@pytest.mark.parametrize("outline", CASES)
def test_type_code_unknown(outline: str) -> None:
    assert_outline(TypeCodeUnknown, outline)
