"""CAP008 common-noun-capitalised: "quy định của Pháp luật", "các Sở, ngành".

Sentences from real charters, letters and reports of the corpus.
"""

from __future__ import annotations

import pytest

from rules.capitalisation.common_noun_capitalised import CommonNounCapitalised
from tests.harness import assert_outline, run_rule

CASES = [
    "p: Đầu tư bằng các hình thức khác nhau theo quy định của Pháp luật để bảo tồn tài chính."
    '  # expect: CAP008 "Pháp"',
    "p: Trao đổi ý kiến bằng văn bản với Công an tỉnh và các Sở, ngành còn có ý kiến khác nhau."
    "  # expect: CAP008",
    "p: Sở Giáo dục và Đào tạo cùng các Sở ngành có liên quan về lĩnh vực hoạt động."
    "  # expect: CAP008",
    "p: Ủy ban nhân dân tỉnh nhận được Văn bản số 01/BC-HHDN-K5 ngày 28/6/2025 của Hiệp hội."
    "  # expect: CAP008",
    "p: Hoàn thiện mô hình Chính quyền địa phương 02 cấp.  # expect: CAP008",
    "p: Kinh phí do Ngân sách nhà nước cấp hằng năm.  # expect: CAP008",
    # names, titles and sentence starts keep their capitals
    "p: Căn cứ Luật Ngân sách nhà nước; Luật Tổ chức Chính quyền địa phương.",
    "p: Pháp luật về hội được phổ biến rộng rãi. Văn bản số 12/UBND-VX đã nêu.",
    "p: Văn bản hợp nhất số 03/VBHN-VPQH; Giám đốc Sở Nội vụ, các sở, ngành.",
    "p: Khen thưởng “Vì sự nghiệp Pháp luật” cho tập thể.",
]


@pytest.mark.parametrize("outline", CASES)
def test_common_noun_capitalised(outline: str) -> None:
    assert_outline(CommonNounCapitalised, outline)


def test_fix_lowers_the_first_letter() -> None:
    found = run_rule(CommonNounCapitalised, "p: Phối hợp với các Sở, ban, ngành.")
    assert [(v.suggestion, v.location.offset, v.location.length) for v in found] == [
        ('Viết "sở".', 17, 2)]
