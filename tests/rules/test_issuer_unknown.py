"""COD008 issuer-unknown."""

import pytest

from rules.codes.issuer_unknown import IssuerUnknown
from tests.harness import assert_outline

CASES = [
    'p: Nghị quyết số 57-NQ/TƯ, ngày 22/12/2024.  # expect: COD008 "TƯ"',
    "p: Kế hoạch số 12/KH-XYZQ ngày 22/12/2024.  # expect: COD008",
    # reported once per issuer
    "p: Kế hoạch số 12/KH-XYZQ và Kế hoạch số 13/KH-XYZQ.  # expect: COD008",
    "p: Nghị quyết số 57-NQ/TW; 15-HD/TU; 357-CV/BTCTU; 24-BS/UBKTTU; 76-BC/HU; 05-QC/BTCTU-BDVTU.",
    "p: Kế hoạch số 218/KH-UBND; Công văn số 5990/VPCP-KSTT; Quyết định số 18/2020/QĐ-TTg; "
    "Tờ trình số 12/TTr-SNV; Công văn số 3980/BCA-C04.",
]


@pytest.mark.parametrize("outline", CASES)
def test_issuer_unknown(outline: str) -> None:
    assert_outline(IssuerUnknown, outline)


def test_extra_issuers_setting() -> None:
    assert_outline(IssuerUnknown, "p: Kế hoạch số 12/KH-XYZQ ngày 22/12/2024.",
                   settings={"extra_issuers": ["XYZQ"]})
