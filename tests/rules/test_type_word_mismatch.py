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
    (v,) = run_rule(TypeWordMismatch, "p: Tờ trình số 01/TT-HHVTBT ngày 02/4/2025 của Hiệp hội.")
    assert v.severity.value == "warning"
