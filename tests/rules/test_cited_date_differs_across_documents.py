"""XDC001 cited-date-differs-across-documents: real phrasing of the Đề án 06 monthly reports."""

from __future__ import annotations

import pytest

from rules.crossdoc.cited_date_differs_across_documents import CitedDateDiffersAcrossDocuments
from tests.crossharness import assert_documents, run_cross

CT07 = "Chỉ thị số 07/CT-TTg ngày {d} của Thủ tướng Chính phủ về việc đẩy mạnh triển khai Đề án 06"

CASES = [
    # the odd one out is reported, whichever is newer; the others agree
    f"""
    file: thang-8.docx
    p: b) Triển khai thực hiện có hiệu quả các nhiệm vụ theo yêu cầu của {CT07.format(d="14/3/2025")}.
    file: thang-9.docx
    p: b) Triển khai theo yêu cầu của {CT07.format(d="15/3/2025")}.  # expect: XDC001 "14/3/2025"
    file: thang-10.docx
    p: b) Triển khai theo yêu cầu của {CT07.format(d="14/3/2025")}.
    """,
    # a long-form date is the same date
    """
    file: a.docx
    p: Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ.
    file: b.docx
    p: Căn cứ Nghị định số 45/2020/NĐ-CP ngày 08 tháng 4 năm 2020 của Chính phủ.
    """,
    # a citation without a date takes no part
    """
    file: a.docx
    p: Theo Kế hoạch số 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương.
    file: b.docx
    p: Tuyên truyền về Nghị quyết số 57-NQ/TW, Kế hoạch 02-KH/BCĐTW, chuyển đổi số.
    """,
    # a document giving one code two dates is DAT006's, not compared here
    """
    file: a.docx
    p: Theo Kế hoạch số 60/KH-CAT-PC06 ngày 04/8/2025 của Công an tỉnh.
    file: b.docx
    p: Theo Kế hoạch số 60/KH-CAT-PC06 ngày 04/8/2025 và Kế hoạch số 60/KH-CAT-PC06 ngày 05/8/2025.
    """,
    # different codes are different documents
    """
    file: a.docx
    p: Theo Công văn số 443/UBND-NC ngày 22/7/2025 của Ủy ban nhân dân tỉnh.
    file: b.docx
    p: Theo Công văn số 444/UBND-NC ngày 23/7/2025 của Ủy ban nhân dân tỉnh.
    """,
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_documents(CitedDateDiffersAcrossDocuments, outline)


def test_of_two_documents_the_newer_is_reported_and_names_the_older() -> None:
    found = run_cross(CitedDateDiffersAcrossDocuments, f"""
        file: thang-10.docx
        p: Lâm Đồng, ngày 20 tháng 10 năm 2025
        p: Thực hiện {CT07.format(d="14/3/2025")}.
        file: thang-8.docx
        p: Lâm Đồng, ngày 20 tháng 8 năm 2025
        p: Thực hiện {CT07.format(d="13/3/2025")}.
    """)
    assert found["02-thang-8.docx"] == []
    (v,) = found["01-thang-10.docx"]
    assert v.excerpt.startswith("…") or "14/3/2025" in v.excerpt
    assert '"02-thang-8.docx"' in v.message and "ngày 13/3/2025." in v.message
    (rel,) = v.related
    assert rel.path == "02-thang-8.docx" and "13/3/2025" in rel.excerpt
