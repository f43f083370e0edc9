"""NUM001 heading-sequence-gap."""

import pytest

from rules.numbering.heading_sequence_gap import HeadingSequenceGap
from tests.harness import assert_outline, run_rule
from tests.outline import party_frame

CASES = [
    # Roman parts, Arabic items restarting under each part
    """
    p: I. KẾT QUẢ
    p: 1. Công tác A
    p: 2. Công tác B
    p: II. NHIỆM VỤ
    p: 1. Nhiệm vụ A
    p: 2. Nhiệm vụ B
    """,
    """
    p: I. KẾT QUẢ
    p: III. NHIỆM VỤ  # expect: NUM001 "thiếu II"
    """,
    # several missing numbers named in one finding
    """
    p: I. KẾT QUẢ
    p: 1. Công tác A
    p: 5. Công tác B  # expect: NUM001 "thiếu 2 đến 4"
    """,
    # Vietnamese letters: đ and no f; Latin order without đ is accepted too
    """
    p: 1. Công tác
    p: a) Một
    p: b) Hai
    p: c) Ba
    p: d) Bốn
    p: đ) Năm
    p: e) Sáu
    p: g) Bảy
    """,
    """
    p: 1. Công tác
    p: a) Một
    p: b) Hai
    p: d) Bốn  # expect: NUM001
    """,
    # "1." items inside a letter point form their own list
    """
    p: I. KẾT QUẢ
    p: 1. Công tác A
    p: a) Điểm a
    p: 1. Ý thứ nhất
    p: 2. Ý thứ hai
    p: b) Điểm b
    p: 2. Công tác B
    """,
    # articles run on through chapters; khoản restart under each article
    """
    p: Chương I
    p: Điều 1. Phạm vi
    p: 1. Khoản một
    p: 2. Khoản hai
    p: Điều 2. Đối tượng
    p: 1. Khoản một
    p: Chương II
    p: Điều 3. Nguyên tắc
    p: Điều 5. Hiệu lực  # expect: NUM001
    """,
    # a list introduced by "…:" that starts elsewhere is keyed to something else
    """
    p: Ghi chú:
    p: 14. Tên cơ quan sao văn bản;
    p: 15. Số và ký hiệu bản sao;
    """,
    # a number typed without a space after the dot is still there
    """
    p: 1. Được tham gia
    p: 2.Được tiếp nhận tài trợ
    p: 3. Được khen thưởng
    """,
    # bullets and paragraphs inside tables are not numbered parts
    """
    p: 1. Công tác A
    p: - Ý một
    table: 3. Trong bảng | x
    p: 2. Công tác B
    """,
    # appendices restart the numbering
    """
    p: I. KẾT QUẢ
    p: II. NHIỆM VỤ
    p: PHỤ LỤC 1
    p: I. NHÓM MỘT
    p: II. NHÓM HAI
    """,
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(HeadingSequenceGap, outline)


def test_gap_from_a_start_override_in_automatic_numbering() -> None:
    # the second list instance starts its level 1 at 4 ("Set numbering value"): 1, 2, 4
    assert_outline(HeadingSequenceGap, """
    numbering: 1 = upperRoman "%1." | decimal "%2."
    numbering: 2 -> 1 lvl1=4
    n1.0: KẾT QUẢ
    n1.1: Công tác A
    n1.1: Công tác B
    n2.1: Công tác C  # expect: NUM001 "thiếu 3"
    """)


def test_automatic_numbering_in_sequence() -> None:
    assert_outline(HeadingSequenceGap, """
    numbering: 1 = upperRoman "%1." | decimal "%2."
    n1.0: KẾT QUẢ
    n1.1: Công tác A
    n1.1: Công tác B
    n1.0: NHIỆM VỤ
    n1.1: Nhiệm vụ A
    """)


def test_frame_paragraphs_are_not_read() -> None:
    assert_outline(HeadingSequenceGap, party_frame("""
    p: I. KẾT QUẢ
    p: 1. Công tác A
    p: 2. Công tác B
    p: II. NHIỆM VỤ
    """))


def test_a_list_continued_through_a_table_has_no_gap() -> None:
    """Forms number their fields on through table cells: 1-2 in a table, 3-4 below it."""
    assert_outline(
        HeadingSequenceGap,
        """
        table[borderless]: 1. Họ và tên: Nguyễn Văn A // 2. Ngày sinh: 01/01/1980
        p: 3. Dân tộc: Kinh
        p: 4. Tôn giáo: Không
        p: 6. Nơi ở hiện nay: Hà Nội  # expect: NUM001
        """,
    )


@pytest.mark.parametrize("start", [10**8, 10**9, 2**31 - 1])
def test_a_list_starting_at_a_huge_number_is_reported_without_listing_the_numbers(
        start: int) -> None:
    """The numbers missing before a list that starts at 10^9 are never materialised (that took
    gigabytes); the start is reported like any other."""
    from tests.limits import memory_cap

    with memory_cap(300):
        assert_outline(HeadingSequenceGap, f"""
        numbering: 1 = decimal "%1." start={start}
        n1.0: Công tác A  # expect: NUM001 "bắt đầu từ"
        n1.0: Công tác B
        """)
        (found,) = run_rule(HeadingSequenceGap, f"""
        numbering: 1 = decimal "%1." start={start}
        n1.0: Công tác A
        """)
    assert f'"{start}."' in found.message


def test_a_gap_of_a_billion_numbers_is_one_finding() -> None:
    from tests.limits import memory_cap

    with memory_cap(300):
        assert_outline(HeadingSequenceGap, """
        numbering: 1 = upperRoman "%1." | decimal "%2."
        numbering: 2 -> 1 lvl1=1000000000
        n1.0: KẾT QUẢ
        n1.1: Công tác A
        n1.1: Công tác B
        n2.1: Công tác C  # expect: NUM001 "thiếu 3 đến 999999999"
        """)
