"""COD005 type-word-mismatch."""

import pytest

from rules.codes.type_word_mismatch import TypeWordMismatch
from tests.harness import assert_outline, run_rule

CASES = [
    'p: Kết luận số 445-NQ/TU, ngày 12/3/2025 của Tỉnh ủy.  # expect: COD005 "KL"',
    "p: Nghị quyết số 07-KH/TU, ngày 29/01/2026.  # expect: COD005",
    "p: Quyết định số 08-QĐi/TW của Ban Chấp hành Trung ương.  # expect: COD005",
    "p: Quy định số 12/QĐ-UBND của UBND tỉnh.  # expect: COD005",
    "p: Kế hoạch số 218/QĐ-UBND ngày 26/8/2025.  # expect: COD005",
    "p: Thông tư số 30/2020/NĐ-CP ngày 05/3/2020.  # expect: COD005",
    "p: Nghị định số 244/2025/QH15 của Quốc hội.  # expect: COD005",
    "p: Ghi chú[^1: Kết luận số 445-NQ/TU của Tỉnh ủy.].  # expect: COD005",
    # correct pairs
    "p: Kết luận số 445-KL/TU; Nghị quyết số 07-NQ/TU; Chỉ thị số 05-CT/TW.",
    "p: Quy định số 160-QĐ/TU và Quy định số 08-QĐi/TW (cả hai đều được chấp nhận).",
    "p: Quy định số 12/QyĐ-UBND; Chương trình hành động số 05-CTr/TU; Chương trình số 11-CTr/TU.",
    "p: Kế hoạch thực hiện Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị.",
    "p: Thông báo kết luận số 12-TB/TU; Nghị quyết số 244/2025/QH15; Luật số 16/2023/QH15.",
    "p: Văn bản số 5990/VPCP-KSTT; Công văn số 12/UBND-VX; Kết luận thanh tra số 01/KL-TTr.",
]


@pytest.mark.parametrize("outline", CASES)
def test_type_word_mismatch(outline: str) -> None:
    assert_outline(TypeWordMismatch, outline)


def test_outside_body_code_is_a_warning() -> None:
    (v,) = run_rule(TypeWordMismatch,
                    "p: Thực hiện Kết luận số 06-TB/CQTTBCĐ của Tổng Bí thư về an ninh mạng.")
    assert v.severity.value == "warning"


def test_local_code_of_a_type_its_body_cannot_issue_is_information() -> None:
    # an association issues no Thông tư: "TT" is its own code for the tờ trình, quoted as issued
    (v,) = run_rule(TypeWordMismatch, "p: Ủy ban nhân dân tỉnh nhận được Tờ trình số "
                    "01/TT-HHVTBT ngày 02/4/2025 của Hiệp hội Vận tải ô tô tỉnh.")
    assert v.severity.value == "info"
    (v,) = run_rule(TypeWordMismatch, "p: Tờ trình số 011/TT-LĐCL ngày 24/01/2025.")
    assert v.severity.value == "info"


@pytest.mark.parametrize("outline", [
    # a báo cáo called a công văn, in a real draft
    "p: Ủy ban nhân dân tỉnh nhận được Công văn số 01/BC-HHNM ngày 15/4/2025 của Hiệp hội Nước "
    'mắm.  # expect: COD005 "01/BC-HHNM"',
    # a Thông báo whose type code is not TB, issued by a known body
    "p: Theo chỉ đạo của Phó Thủ tướng tại Thông báo số 565/TN-VPCP; Báo cáo số 174/BC-UBND.  "
    '# expect: COD005 "565/TN-VPCP"',
    # công văn codes: issuer first (no type code), or marked CV
    "p: Công văn số 12/UBND-VX; Công văn số 03/CV-HTNLTYT; Thông báo số 15/TB-VPCP.",
    # a Hướng dẫn called a công văn, even of a body whose code looks like a state one
    "p: Theo Công văn số 545/HD-BTV ngày 29/7/2025 của Hiệp hội Công chứng Việt Nam.  "
    '# expect: COD005 "545/HD-BTV"',
    # a joint plan is a plan; "QD" for QĐ is left to issuer-unknown
    "p: Kế hoạch số 107/KHPH-CA-GD&ĐT ngày 15/3/2024; Quyết định số 2319/QD-TTg ngày 20/10/2025.",
])
def test_genuine_disagreements_are_warnings(outline: str) -> None:
    for v in assert_outline(TypeWordMismatch, outline):
        assert v.severity.value == "warning"


def test_a_citation_repeated_is_reported_once() -> None:
    assert_outline(TypeWordMismatch, """
        p: Ủy ban nhân dân tỉnh nhận được Công văn số 01/BC-HHNM ngày 15/4/2025.  # expect: COD005
        p: Kết quả đại hội được báo cáo tại Công văn số 01/BC-HHNM.
    """)
