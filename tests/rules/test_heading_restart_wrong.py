"""NUM003 heading-restart-wrong."""

import pytest

from rules.numbering.heading_restart_wrong import HeadingRestartWrong
from tests.harness import assert_outline

CASES = [
    # numbering carried on from the previous part
    """
    p: I. KẾT QUẢ
    p: 1. Công tác A
    p: 2. Công tác B
    p: II. NHIỆM VỤ
    p: 3. Nhiệm vụ A  # expect: NUM003 "không bắt đầu lại"
    p: 4. Nhiệm vụ B
    """,
    # restarted in the middle of one list
    """
    p: I. KẾT QUẢ
    p: 1. Công tác A
    p: 2. Công tác B
    p: 1. Công tác C  # expect: NUM003 "bắt đầu lại"
    """,
    # dotted numbers under the wrong parent
    """
    p: 1. Công tác A
    p: 1.1. Ý một
    p: 2. Công tác B
    p: 1.2. Ý hai  # expect: NUM003
    """,
    # a new list after "… sau:" may start again at 1
    """
    p: 1. Công tác A
    p: 2. Công tác B gồm các việc sau:
    p: Các việc cụ thể như sau:
    p: 1. Việc một
    p: 2. Việc hai
    """,
    # correct restarts
    """
    p: I. KẾT QUẢ
    p: 1. Công tác A
    p: II. NHIỆM VỤ
    p: 1. Nhiệm vụ A
    p: 1.1. Ý một
    p: 1.2. Ý hai
    """,
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(HeadingRestartWrong, outline)


def test_automatic_list_restarted_in_the_wrong_place() -> None:
    # a second list instance with "Restart at 1" on level 1 inside part I
    assert_outline(HeadingRestartWrong, """
    numbering: 1 = upperRoman "%1." | decimal "%2."
    numbering: 2 -> 1 lvl1=1
    n1.0: KẾT QUẢ
    n1.1: Công tác A
    n1.1: Công tác B
    n2.1: Công tác C  # expect: NUM003
    """)


def test_automatic_list_restarting_under_each_part() -> None:
    assert_outline(HeadingRestartWrong, """
    numbering: 1 = upperRoman "%1." | decimal "%2."
    n1.0: KẾT QUẢ
    n1.1: Công tác A
    n1.0: NHIỆM VỤ
    n1.1: Nhiệm vụ A
    """)


def test_a_questionnaire_numbers_its_fields_on_through_its_parts() -> None:
    fields = "\n".join(f"p: {n}. Câu hỏi số {n}" for n in range(1, 23))
    assert_outline(
        HeadingRestartWrong,
        f"""
        p: I. THÔNG TIN CHUNG
        {fields}
        p: II. QUÁ TRÌNH CÔNG TÁC
        p: 23. Quá trình công tác
        """,
    )


# A charter's article heading typed without "Điều" (real text of a sports federation's
# charter): its first clause "1." starts the article's clauses, it is no restart.
CHARTER = "".join(f"\np: Điều {n}. Điều khoản {n}\np: 1. Nội dung của điều {n}."
                  for n in range(1, 15)) + """
p: Điều 15. Ban Chấp hành
p: 1. Ban Chấp hành Liên đoàn do Đại hội bầu.
p: Điều 16. Ban Thường vụ
p: 1. Ban Thường vụ gồm Chủ tịch, các Phó Chủ tịch.
p: 2. Nhiệm vụ của Ban Thường vụ:
p: a) Giúp Ban Chấp hành chỉ đạo công tác.
p: 3. Số lượng Phó Chủ tịch Liên đoàn: 02 người.
p: 4. Phó Chủ tịch Liên đoàn do Ban Chấp hành bầu trong số các ủy viên Ban Thường vụ.
p: 5. Phó Chủ tịch giúp Chủ tịch Liên đoàn chỉ đạo, điều hành công tác của Liên đoàn.
p: 17. Tổng Thư ký
p: 1. Tổng Thư ký Liên đoàn do Ban Chấp hành bầu.
p: 2. Giúp cho Ban Thường trực của Liên đoàn trong việc thực hiện các nhiệm vụ.
p: Điều 18. Ban Kiểm tra
p: 1. Ban Kiểm tra Liên đoàn gồm Trưởng ban và một số ủy viên.
"""


def test_article_heading_without_the_word_dieu_is_no_restart() -> None:
    from rules.numbering.heading_sequence_gap import HeadingSequenceGap

    assert_outline(HeadingRestartWrong, CHARTER)
    assert_outline(HeadingSequenceGap, CHARTER)


def test_a_real_restart_inside_an_article_is_still_reported() -> None:
    outline = CHARTER.replace("p: 2. Giúp cho Ban Thường trực",
                              "p: 1. Giúp cho Ban Thường trực") \
        .replace("thực hiện các nhiệm vụ.", "thực hiện các nhiệm vụ.  # expect: NUM003")
    assert_outline(HeadingRestartWrong, outline)
