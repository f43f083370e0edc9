"""COD009 cong-van-named-generically."""

import pytest

from rules.codes.cong_van_named_generically import CongVanNamedGenerically
from tests.harness import assert_outline

CASES = [
    'p: Thực hiện Văn bản số 5990/VPCP-KSTT ngày 02/7/2025.  # expect: COD009 "Văn bản"',
    "p: Sở Nội vụ có văn bản số 498/SNV-TCBC gửi các đơn vị.  # expect: COD009",
    "p: Thực hiện Công văn số 5990/VPCP-KSTT ngày 02/7/2025.",
    # a typed state document named "Văn bản" is not a công văn
    "p: Văn bản số 218/KH-UBND; Văn bản hợp nhất số 03/VBHN-VPQH.",
]


@pytest.mark.parametrize("outline", CASES)
def test_cong_van_named_generically(outline: str) -> None:
    assert_outline(CongVanNamedGenerically, outline)
