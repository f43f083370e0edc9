"""CAP006 position-title-miscapitalised: "Phó chủ tịch Hội", "chủ tịch UBND tỉnh".

Sentences from real charters, decisions and letters of the corpus.
"""

from __future__ import annotations

import pytest

from rules.capitalisation.position_title_miscapitalised import PositionTitleMiscapitalised
from tests.harness import assert_outline, run_rule

CASES = [
    "p: b) Phó chủ tịch Hội giúp Chủ tịch Hội chỉ đạo, điều hành công việc.  # expect: CAP006 @3",
    "p: - Ông Trần Văn Đoan, Phó giám đốc Công ty Điện lực Lâm Đồng.  # expect: CAP006",
    "p: Nghị quyết được Đại hội thông qua và được chủ tịch UBND tỉnh Lâm Đồng phê duyệt."
    "  # expect: CAP006",
    "p: - Nhân sự dự kiến chủ tịch Liên đoàn là cán bộ, công chức.  # expect: CAP006",
    "p: Điều 6. Chánh văn phòng UBND tỉnh, Giám đốc Sở Tư pháp chịu trách nhiệm thi hành."
    '  # expect: CAP006 "Chánh văn phòng"',
    "p: Bà Lương Thị Xoan, ủy viên Ban Thường vụ - Phó trưởng phòng Hành chính - Truyền thông."
    "  # expect: CAP006",
    "p: Giám Đốc Mobifone tỉnh Lâm Đồng  # expect: CAP006",
    # "Trưởng Ban" alone: the position, whose "ban" takes no capital
    "p: Ban Kiểm soát Quỹ gồm có 03 thành viên: Trưởng Ban, Phó Trưởng ban và ủy viên."
    '  # expect: CAP006 "Trưởng Ban"',
    "p: 1. Trưởng Ban: Ông Đinh Văn Tuấn - Phó Chủ tịch UBND tỉnh.  # expect: CAP006",
    # correct, general, or carrying the capital of the body's name that follows
    "p: Mời ông Vũ Quang Lâm, Phó Trưởng Ban Tổ chức Tỉnh ủy; Trưởng ban Kiểm tra Hội.",
    "p: Thay đổi chức vụ chủ tịch, phó chủ tịch, tổng thư ký, thành viên Ban Chấp hành.",
    "p: Bổ sung thẩm quyền của Chi cục trưởng Chi cục Thủy sản và Biển đảo.",
    "p: Chủ tịch Ủy ban nhân dân tỉnh; Phó Chủ tịch Thường trực Hội; Tổng thư ký Hội.",
    "p: Mẫu chữ ký: T/L BAN THƯỜNG VỤ (hoặc TRƯỞNG BAN…) CHÁNH VĂN PHÒNG.",
    "p: Ông Phạm Xuân Việt, Phó Trưởng Ban quản lý các Khu công nghiệp tỉnh.",
]

# A charter of one Hội that writes its offices with their capitals.
CHARTER = (
    "p: Hội Cựu giáo chức tỉnh Lâm Đồng (sau đây gọi tắt là Hội) là tổ chức xã hội.\n"
    "p: Chủ tịch Hội, các Phó Chủ tịch Hội và Tổng Thư ký Hội do Ban Chấp hành bầu; "
    "Chủ tịch Hội là người đại diện; Phó Chủ tịch Hội giúp việc; Tổng Thư ký Hội điều hành.\n"
)
CHARTER_CASES = [
    CHARTER + "p: Khi thay đổi chức vụ chủ tịch, phó chủ tịch, tổng thư ký, Hội báo cáo."
    '  # expect: CAP006 "chủ tịch", CAP006 "phó chủ tịch", CAP006 "tổng thư ký"',
    CHARTER + "p: e) Trường hợp tổng thư ký vắng mặt, Chủ tịch Hội phân công.  # expect: CAP006",
    CHARTER + "p: Không giữ chức danh chủ tịch quá 2 hội; Trưởng Ban Vận động thành lập Hội.",
    # no organisation of its own: the titles in general
    "p: Khi thay đổi chức vụ chủ tịch, phó chủ tịch, tổng thư ký, hội phải báo cáo.",
    # "(đ/c Hải)" among the recipients; "đồng chí" written out in running text
    "p: - Chủ tịch, Phó CT UBND tỉnh (đ/c Hải);  # expect: CAP006 \"đ/c\"",
    "p: Đầu mối liên hệ: đ/c Thiếu úy Hoàng Thị Hiền; đồng chí Hồ Văn Mười.",
]


@pytest.mark.parametrize("outline", CHARTER_CASES)
def test_offices_of_the_documents_own_organisation(outline: str) -> None:
    assert_outline(PositionTitleMiscapitalised, outline)


@pytest.mark.parametrize("outline", CASES)
def test_position_title_miscapitalised(outline: str) -> None:
    assert_outline(PositionTitleMiscapitalised, outline)


def test_suggestion() -> None:
    found = run_rule(PositionTitleMiscapitalised, "p: Phó chủ tịch Hội giúp Chủ tịch Hội.")
    assert [v.suggestion for v in found] == ['Viết "Phó Chủ tịch".']


# "Tổng thư ký" is in use; beside "Tổng Thư ký" in the same charter it is an inconsistency
# (sentences of a real draft charter of a Liên đoàn, where reviewers wrote "Tổng Thư ký").
MIXED_CASES = [
    "p: 1. Tổng thư ký Liên đoàn do Ban Chấp hành Liên đoàn bầu ra trong số các ủy viên Ban Chấp"
    " hành.  # expect: CAP006 \"Tổng thư ký\"\n"
    "p: e) Trường hợp vắng mặt, nếu cần có thể ủy quyền cho Phó Tổng Thư ký thực hiện nhiệm vụ"
    " của Tổng Thư ký.",
    "p: d) Tổng thư ký được thay mặt Ban Thường vụ giải quyết công việc; Phó Tổng thư ký giúp"
    " việc.",
]


@pytest.mark.parametrize("outline", MIXED_CASES)
def test_a_spelling_in_use_beside_the_prescribed_one(outline: str) -> None:
    assert_outline(PositionTitleMiscapitalised, outline)


def test_the_variant_is_set_to_the_prescribed_spelling() -> None:
    found = run_rule(PositionTitleMiscapitalised,
                     "p: Tổng thư ký Hội điều hành; Tổng Thư ký Hội ký văn bản.")
    assert [(v.location.offset, v.suggestion) for v in found] == [(0, 'Viết "Tổng Thư ký".')]
