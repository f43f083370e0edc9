"""COD010 code-reused-for-different-documents."""

import pytest

from rules.codes.code_reused_for_different_documents import CodeReusedForDifferentDocuments
from tests.harness import assert_outline

A = ("Quyết định số 2631/QĐ-UBND ngày 22/12/2025 của UBND tỉnh về tạm giao biên chế công chức "
     "năm 2026")
CASES = [
    f"p: {A}; Quyết định số 2631/QĐ-UBND ngày 22/12/2025 về việc tạm giao số lượng người làm "
    "việc hưởng lương từ ngân sách.  # expect: COD010",
    f"p: {A}.\np: Ghi chú[^1: Quyết định số 2631/QĐ-UBND ngày 22/12/2025 về phân bổ kinh phí "
    "sự nghiệp giáo dục.].  # expect: COD010",
    # the same document cited twice, with "về việc" or a shorter subject
    f"p: {A}.\np: Theo Quyết định số 2631/QĐ-UBND ngày 22/12/2025 về việc tạm giao biên chế "
    "công chức.",
    # later short citations have no subject to compare
    f"p: {A}.\np: Quyết định số 2631/QĐ-UBND nêu trên.",
    "p: Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ quy định về tổ chức hội; "
    "Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ để thực hiện xử lý.",
]


@pytest.mark.parametrize("outline", CASES)
def test_code_reused_for_different_documents(outline: str) -> None:
    assert_outline(CodeReusedForDifferentDocuments, outline)
