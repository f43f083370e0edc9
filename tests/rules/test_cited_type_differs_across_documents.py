"""XDC002 cited-type-differs-across-documents."""

from __future__ import annotations

import pytest

from rules.crossdoc.cited_type_differs_across_documents import CitedTypeDiffersAcrossDocuments
from tests.crossharness import assert_documents

CASES = [
    """
    file: thang-9.docx
    p: Kế hoạch số 111/KH-CAT-PC06 ngày 29/8/2025 của Công an tỉnh về việc mở đợt cao điểm.
    file: thang-10.docx
    p: Kế hoạch số 111/KH-CAT-PC06 ngày 29/8/2025 của Công an tỉnh.
    file: thang-11.docx
    p: Quyết định số 111/KH-CAT-PC06 ngày 29/8/2025 của Công an tỉnh.  # expect: XDC002 "Kế hoạch"
    """,
    # "Văn bản số" names no type
    """
    file: a.docx
    p: Công văn số 1159/CĐS-PCĐS của Bộ Nông nghiệp và Môi trường.
    file: b.docx
    p: Văn bản số 1159/CĐS-PCĐS của Bộ Nông nghiệp và Môi trường.
    """,
    # letters without a type code: "Công văn" in both
    """
    file: a.docx
    p: Công văn số 2932/UBND-NC ngày 05/9/2025 của Ủy ban nhân dân tỉnh.
    file: b.docx
    p: Công văn số 2932/UBND-NC ngày 05/9/2025 của Ủy ban nhân dân tỉnh.
    """,
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_documents(CitedTypeDiffersAcrossDocuments, outline)
