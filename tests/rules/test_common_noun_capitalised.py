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



# A member of a body counted or elected is no office of a named person (Phụ lục II, V.3).
# Sentences from real draft charters and decisions, where reviewers wrote "ủy viên".
MEMBER_CASES = [
    "p: Số Ủy viên Ban Chấp hành bầu bổ sung không được quá 1/3 so với số lượng Ủy viên Ban"
    " Chấp hành.  # expect: CAP008 @3, CAP008 @72",
    "p: đ) Bầu bổ sung Ủy viên Ban Chấp hành, Ban Kiểm tra.  # expect: CAP008 @15",
    "p: Ban Thường vụ Hiệp hội gồm: Chủ tịch, các Phó Chủ tịch và các Ủy viên.  # expect: CAP008",
    "p: 3. Các Ủy viên:  # expect: CAP008 @7",
    "p: Số lượng, cơ cấu, tiêu chuẩn Uỷ viên Ban Kiểm tra do Đại hội quyết định."
    '  # expect: CAP008 "Uỷ viên"',
    # with a person, or written in small letters: nothing to say
    "p: 7. Bà Lương Thị Xoan, Ủy viên Ban Thường vụ Hội Chữ thập đỏ tỉnh.",
    "p: Ông Nguyễn Văn A, Tỉnh ủy viên, Giám đốc Sở Nội vụ; số lượng ủy viên Ban Chấp hành.",
    "p: Ủy viên Ban Chấp hành có nhiệm vụ tham gia các hoạt động của Ban Chấp hành.",
]


@pytest.mark.parametrize("outline", MEMBER_CASES)
def test_a_member_counted_or_elected(outline: str) -> None:
    assert_outline(CommonNounCapitalised, outline)


def test_the_fix_lowers_the_member_word() -> None:
    found = run_rule(CommonNounCapitalised, "p: Bầu bổ sung Ủy viên Ban Chấp hành.")
    assert [(v.suggestion, v.location.offset, v.location.length) for v in found] == [
        ('Viết "ủy".', 12, 2)]
