"""COD009 cong-van-named-generically."""

import pytest

from rules.codes.cong_van_named_generically import CongVanNamedGenerically
from tests.harness import assert_outline

CASES = [
    'p: Thực hiện Văn bản số 5990/VPCP-KSTT ngày 02/7/2025.  # expect: COD009 "Văn bản"',
    "p: Sở Nội vụ có văn bản số 498/SNV-TCBC gửi các đơn vị.  # expect: COD009",
    "p: Thực hiện Công văn số 5990/VPCP-KSTT ngày 02/7/2025.",
    # a code with "&" keeps its whole symbol in the message
    "p: Quốc gia về pháp luật theo Văn bản số 4756/BTP-KTVB&QLXLVPHC ngày 05/8/2025 của Bộ Tư "
    'pháp.  # expect: COD009 "4756/BTP-KTVB&QLXLVPHC"',
    # a draft leaves the number blank; an association marks its công văn "CV"
    "p: Theo đề nghị của Sở Tư pháp tại Văn bản số …/STP-HCBT ngày …/12/2025.  "
    '# expect: COD009 "…/STP-HCBT"',
    "p: Theo đề nghị tại Văn bản số        /SNV-TCBC ngày       /11/2025.  "
    '# expect: COD009 "…/SNV-TCBC"',
    "p: Hội có Văn bản số 03/CV-HTNLTYT ngày 10/6/2025.  # expect: COD009",
    "p: Hội có Công văn số 03/CV-HTNLTYT ngày 10/6/2025.",
    # a typed state document named "Văn bản" is not a công văn
    "p: Văn bản số 218/KH-UBND; Văn bản hợp nhất số 03/VBHN-VPQH.",
]


def test_one_finding_per_document_with_every_place() -> None:
    # a real report names four công văn "Văn bản" in one footnote
    (v,) = assert_outline(CongVanNamedGenerically, """
        p: Thực hiện Văn bản số 1086/BNV-CCVC của Bộ Nội vụ.  # expect: COD009 "và 2 công văn"
        p: Sở Nội vụ có Văn bản số 498/SNV-TCBC ngày 23/01/2026; Văn bản số 185/SNV-TCBC.
        p: Công văn số 627/UBND-NC về việc triển khai.
    """)
    assert [r.message for r in v.related] == ['"Văn bản số 498/SNV-TCBC"',
                                              '"Văn bản số 185/SNV-TCBC"']


@pytest.mark.parametrize("outline", CASES)
def test_cong_van_named_generically(outline: str) -> None:
    assert_outline(CongVanNamedGenerically, outline)
