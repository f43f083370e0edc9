"""NUM010 list-letters-latin: Vietnamese points run a, b, c, d, đ, e, g…"""

import pytest

from rules.numbering.list_letters_latin import ListLettersLatin
from tests.harness import assert_outline
from tests.outline import state_frame

# Points of a real charter (Quỹ Khuyến học) and of a real conclusion notice: the Latin order.
LATIN = """
p: Điều 8. Quyền hạn của Quỹ
p: a) Được tiếp nhận tài sản tài trợ;
p: b) Tổ chức các hoạt động gây quỹ;
p: c) Được mở tài khoản tại ngân hàng;
p: d) Được thuê nhân sự;
p: e) Khi thay đổi trụ sở chính, Quỹ báo cáo bằng văn bản;  # expect: NUM010 "thiếu"
p: f) Quyết định thành lập pháp nhân trực thuộc Quỹ.
p: Điều 9. Nghĩa vụ của Quỹ
p: a) Hoạt động đúng tôn chỉ, mục đích;
p: b) Công khai các nguồn đóng góp.
"""


def test_latin_order_is_flagged_once_per_document() -> None:
    assert_outline(ListLettersLatin, state_frame(LATIN))
    twice = LATIN + "p: Điều 10. Tài sản\np: a) Tiền;\np: b) Nhà;\np: c) Đất;\np: d) Xe;\n" \
        "p: e) Khác."
    (v,) = assert_outline(ListLettersLatin, state_frame(twice))
    assert "cùng lỗi ở 1 danh sách khác" in v.message and len(v.related) == 1


def test_an_f_after_vietnamese_letters() -> None:
    body = """
    p: 3. Các sở, ngành thực hiện:
    p: a) Sở Nội vụ;
    p: b) Sở Tư pháp;
    p: c) Sở Xây dựng;
    p: d) Sở Y tế;
    p: đ) Sở Công Thương;
    p: e) Sở Giáo dục và Đào tạo;
    p: f) Sở Tài chính:  # expect: NUM010 "không có trong bảng"
    """
    assert_outline(ListLettersLatin, state_frame(body))


@pytest.mark.parametrize("body", [
    # the Vietnamese order, with đ and without f
    "p: 1. Nhiệm vụ:\np: a) Một;\np: b) Hai;\np: c) Ba;\np: d) Bốn;\np: đ) Năm;\np: e) Sáu;\n"
    "p: g) Bảy;\np: h) Tám.",
    # a list that stops at d) has nothing wrong yet
    "p: 1. Nhiệm vụ:\np: a) Một;\np: b) Hai;\np: c) Ba;\np: d) Bốn.",
    # two lists: the second starts again at a)
    "p: 1. Nhiệm vụ:\np: a) Một;\np: b) Hai.\np: 2. Quyền hạn:\np: a) Ba;\np: b) Bốn.",
])
def test_vietnamese_lists_pass(body: str) -> None:
    assert_outline(ListLettersLatin, state_frame(body))


def test_word_automatic_lettering() -> None:
    body = """
    numbering: 1 = lowerLetter "%1)"
    p: Nhiệm vụ của Hội:
    n1: Tập hợp hội viên;
    n1: Bảo vệ quyền lợi hội viên;
    n1: Tổ chức hoạt động chuyên môn;
    n1: Hợp tác quốc tế;
    n1: Thực hiện nhiệm vụ khác.  # expect: NUM010
    """
    assert_outline(ListLettersLatin, state_frame(body))
