"""CAP007 special-noun-miscapitalised: "phục vụ nhân dân", "cơ quan Nhà nước".

Sentences from real plans, charters and reports of the corpus.
"""

from __future__ import annotations

import pytest

from rules.capitalisation.special_noun_miscapitalised import SpecialNounMiscapitalised
from tests.harness import assert_outline, run_rule

CASES = [
    "p: Chấn chỉnh tác phong, thái độ phục vụ nhân dân của cán bộ, công chức, viên chức."
    '  # expect: CAP007 "chỉ Nhân dân"',
    "p: Ngăn chặn những biểu hiện tiêu cực, phiền hà, sách nhiễu nhân dân.  # expect: CAP007",
    "p: Thông tin được lan tỏa sâu rộng trong mọi tầng lớp nhân dân.  # expect: CAP007",
    "p: Đề xuất, kiến nghị với cơ quan Nhà nước có thẩm quyền.  # expect: CAP007 \"định ngữ\"",
    "p: Kinh phí hoạt động do ngân sách Nhà nước cấp hằng năm.  # expect: CAP007",
    "p: 3. Kinh phí do nhà nước hỗ trợ (nếu có)  # expect: CAP007 \"chỉ Nhà nước\"",
    "p: Triển khai chủ trương của Đảng, chính sách pháp luật của nhà nước.  # expect: CAP007",
    # where they describe another noun, or already right
    "p: Ủy ban nhân dân tỉnh, Công an nhân dân, Tòa án nhân dân, Viện kiểm sát nhân dân.",
    "p: Các ban, ngành, đoàn thể nhân dân; thẻ chứng minh nhân dân; đối ngoại nhân dân.",
    "p: Thực hiện nhiệm vụ quốc phòng, an ninh nhân dân; Anh hùng lực lượng vũ trang nhân dân.",
    "p: Cơ quan nhà nước có thẩm quyền; quản lý nhà nước; do Nhà nước hỗ trợ; của Nhà nước.",
    "p: Tài khoản tại Kho bạc Nhà nước; Ngân hàng Nhà nước Việt Nam.",
    "p: Nhân dân tham gia đóng góp ý kiến. Nhà nước bảo đảm quyền con người.",
    "p: Hội chịu sự quản lý của nhà nước của Ủy ban nhân dân tỉnh.",
    "p: Xây dựng nhà nước pháp quyền xã hội chủ nghĩa.",
]


@pytest.mark.parametrize("outline", CASES)
def test_special_noun_miscapitalised(outline: str) -> None:
    assert_outline(SpecialNounMiscapitalised, outline)


def test_fixes() -> None:
    found = run_rule(SpecialNounMiscapitalised,
                     "p: Hướng dẫn nhân dân tố giác tội phạm; cơ quan Nhà nước.")
    assert [v.suggestion for v in found] == ['Viết "Nhân dân".', 'Viết "nhà nước".']
