"""COD008 issuer-unknown: only codes that look like a known code misspelled."""

import pytest

from rules.codes.issuer_unknown import IssuerUnknown
from tests.harness import assert_outline

CASES = [
    'p: Nghị quyết số 57-NQ/TƯ, ngày 22/12/2024.  # expect: COD008 "TW"',
    # shuffled letters of a known code, D for Đ (also in a type code read as an issuer)
    'p: Kế hoạch số 12/KH-UBDN ngày 22/12/2024.  # expect: COD008 "UBND"',
    'p: Nghị quyết số 05/NQ-HDND ngày 10/7/2025.  # expect: COD008 "HĐND"',
    "p: Chính phủ đã ban hành Nghị quyết số 214/NQ-CP ngày 23/7/2025 và Quyết định số "
    '2319/QD-TTg ngày 20/10/2025.  # expect: COD008 "QĐ"',
    # reported once per issuer
    "p: Kế hoạch số 12/KH-UBDN và Kế hoạch số 13/KH-UBDN.  # expect: COD008",
    "p: Nghị quyết số 57-NQ/TW; 15-HD/TU; 357-CV/BTCTU; 24-BS/UBKTTU; 76-BC/HU; 05-QC/BTCTU-BDVTU.",
    "p: Kế hoạch số 218/KH-UBND; Công văn số 5990/VPCP-KSTT; Quyết định số 18/2020/QĐ-TTg; "
    "Tờ trình số 12/TTr-SNV; Công văn số 3980/BCA-C04.",
    # bodies' own codes, as real reports cite them: legitimate though not in any list
    "p: Hiệp hội Doanh nghiệp tỉnh tại Văn bản số 310/HHDN-K4 ngày 14/5/2025 về việc xin "
    "tổ chức đại hội.",
    "p: Liên đoàn Yoga tỉnh tại Báo cáo số 01/BC-LĐYLĐ ngày 20/5/2025.",
    "p: Kế hoạch số 9574/KH-BCĐ06 ngày 12/9/2025; Hướng dẫn số 05/HD-MTTW-BTT; "
    "Phiếu số 104/PT-NC.",
    # "&" joins two fields of one unit; joint plans add PH to the type code
    "p: Theo Văn bản số 4756/BTP-KTVB&QLXLVPHC ngày 05/8/2025 của Bộ Tư pháp.",
    "p: Kế hoạch số 107/KHPH-CA-GD&ĐT và Chương trình số 03/CTrPH-BCA-BGDĐT.",
]


@pytest.mark.parametrize("outline", CASES)
def test_issuer_unknown(outline: str) -> None:
    assert_outline(IssuerUnknown, outline)


def test_extra_issuers_setting() -> None:
    assert_outline(IssuerUnknown, "p: Kế hoạch số 12/KH-UBDN ngày 22/12/2024.",
                   settings={"extra_issuers": ["UBDN"]})


def test_the_suggestion_names_the_configuration_key() -> None:
    (finding,) = assert_outline(IssuerUnknown,
                                'p: Nghị quyết số 57-NQ/TƯ.  # expect: COD008 "57-NQ/TƯ"')
    assert "extra-issuers" in (finding.suggestion or "")
    assert "extra_issuers" not in (finding.suggestion or "")
