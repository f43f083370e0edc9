"""CAP002 document-type-not-capitalised: "kế hoạch số 853/KH-UBND" inside a sentence.

Sentences from real reports and decisions of the corpus (Công an tỉnh Lâm Đồng, Sở Nội vụ).
"""

from __future__ import annotations

import pytest

from rules.capitalisation.document_type_not_capitalised import DocumentTypeNotCapitalised
from tests.harness import assert_outline, run_rule

CASES = [
    "p: Căn cứ hướng dẫn số 37/HD-BCA-C04 ngày 24 tháng 9 năm 2025 của Bộ Công an;"
    '  # expect: CAP002 @7 "hướng dẫn"',
    "p: Triển khai nội dung Chỉ thị số 36-CT/TW của Bộ Chính trị và kế hoạch số 117-KH/TU của "
    'Ban Thường vụ Tỉnh ủy.  # expect: CAP002 "kế hoạch"',
    "p: Tuân thủ theo thông tư số 39/2017/TT-BTTTT ngày 19/12/2017 của Bộ Thông tin và "
    "Truyền thông.  # expect: CAP002",
    "p: - kế hoạch số 853/KH-UBND, ngày 24/01/2025 tổ chức chiến dịch.  # expect: CAP002",
    "p: Thực hiện nghị quyết 57-NQ/TW của Bộ Chính trị.  # expect: CAP002",
    "p: Căn cứ Nghị Định số 126/2024/NĐ-CP của Chính phủ.  # expect: CAP002",
    # correct, and words that only look like a type name
    "p: Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ; Kế hoạch số 853/KH-UBND.",
    "p: Thông tư liên tịch số 02/2011/TTLT-VPCP-BNV; Văn bản hợp nhất số 03/VBHN-VPQH.",
    "p: Tổng hợp báo cáo số liệu 6 tháng; quyết định số lượng thành viên; kế hoạch số hóa.",
    "p: Theo quy định của pháp luật số 5 năm; kỷ luật số đông.",
    # a quoted title keeps its source's case
    "p: Hướng dẫn ghi rõ: “thực hiện theo kế hoạch số 12/KH-UBND”.",
]


@pytest.mark.parametrize("outline", CASES)
def test_document_type_not_capitalised(outline: str) -> None:
    assert_outline(DocumentTypeNotCapitalised, outline)


def test_suggestion_capitalises_the_first_letter_only() -> None:
    outline = "p: Theo thông tư liên tịch số 02/2011/TTLT-VPCP-BNV."
    found = run_rule(DocumentTypeNotCapitalised, outline)
    assert [v.suggestion.split('"')[1] for v in found] == ["Thông tư liên tịch"]


def test_the_header_block_is_left_alone() -> None:
    outline = ("table[borderless]: ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND | "
               "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{p}Độc lập - Tự do - Hạnh phúc{p}"
               "Lâm Đồng, ngày 05 tháng 01 năm 2026\n"
               "p[center]: BÁO CÁO\n"
               "p: Thực hiện kế hoạch số 12/KH-UBND ngày 02/01/2026.  # expect: CAP002")
    assert_outline(DocumentTypeNotCapitalised, outline)
