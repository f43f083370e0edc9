"""NUM004 heading-style-mixed."""

import pytest

from rules.numbering.heading_style_mixed import HeadingStyleMixed
from tests.harness import assert_outline

CASES = [
    """
    p: I- KẾT QUẢ
    p: II- NHIỆM VỤ
    p: III. KIẾN NGHỊ  # expect: NUM004 "I-"
    """,
    # HD 36 style "I-" throughout is fine; "1." under it is another level
    """
    p: I- KẾT QUẢ
    p: 1. Công tác A
    p: 2. Công tác B
    p: II- NHIỆM VỤ
    p: 1. Nhiệm vụ A
    """,
    # no clear house style: nothing to compare with
    """
    p: 1. Công tác A
    p: 2) Công tác B
    """,
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(HeadingStyleMixed, outline)


def test_article_heading_without_the_word_dieu() -> None:
    from tests.rules.test_heading_restart_wrong import CHARTER

    outline = CHARTER.replace("p: 17. Tổng Thư ký",
                              'p: 17. Tổng Thư ký  # expect: NUM004 "là Điều 17"')
    assert_outline(HeadingStyleMixed, outline)


def test_a_clause_that_follows_its_list_is_not_an_article() -> None:
    # "3." after "2." continues the clauses even though article 3 would come next
    assert_outline(HeadingStyleMixed, """
        p: Điều 1. Phạm vi
        p: 1. Điều lệ này áp dụng cho Hội.
        p: Điều 2. Tên gọi
        p: 1. Tên tiếng Việt
        p: 2. Tên tiếng Anh
        p: 3. Tên viết tắt
        p: Điều 3. Tôn chỉ
    """)
