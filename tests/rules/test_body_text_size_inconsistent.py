from rules.formatting.body_text_size_inconsistent import BodyTextSizeInconsistent
from tests.harness import assert_outline
from tests.outline import party_frame, state_frame

BODY = """
p: Trong tháng, Thành ủy đã lãnh đạo, chỉ đạo toàn diện các mặt công tác.
p: Công tác xây dựng Đảng được triển khai đồng bộ, hiệu quả.
"""


def test_stray_small_paragraph() -> None:
    body = BODY + "p[size=12]: Đoạn văn dán từ bảng tính với cỡ chữ nhỏ.  # expect: FMT003 \"12\"\n"
    assert_outline(BodyTextSizeInconsistent, party_frame(body))


def test_half_point_difference_is_tolerated() -> None:
    body = BODY + "p[size=13.5]: Đoạn văn có cỡ chữ lệch nửa điểm.\n"
    assert_outline(BodyTextSizeInconsistent, party_frame(body))


def test_body_size_outside_party_range() -> None:
    body = """
    p: Trong tháng, Thành ủy đã lãnh đạo, chỉ đạo toàn diện các mặt công tác.  # expect: FMT003 "13"
    p: Công tác xây dựng Đảng được triển khai đồng bộ, hiệu quả.
    """
    assert_outline(BodyTextSizeInconsistent, party_frame(body, font="Times New Roman 13"))


def test_state_thirteen_is_within_range() -> None:
    assert_outline(BodyTextSizeInconsistent, state_frame(BODY, font="Times New Roman 13"))


def test_tables_and_footnotes_have_their_own_sizes() -> None:
    body = BODY + """
    p: Kết quả cụ thể tại bảng dưới đây[^1: Số liệu của Cục Thống kê thành phố.].
    table[size=11]: STT | Nội dung // 1 | Cải cách hành chính
    """
    assert_outline(BodyTextSizeInconsistent, party_frame(body))


def test_office_range_setting() -> None:
    body = """
    p: Trong tháng, Thành ủy đã lãnh đạo, chỉ đạo toàn diện các mặt công tác.  # expect: FMT003
    p: Công tác xây dựng Đảng được triển khai đồng bộ, hiệu quả.
    """
    assert_outline(BodyTextSizeInconsistent, party_frame(body), settings={"body_size": [15, 15]})
