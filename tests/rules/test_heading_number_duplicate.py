"""NUM002 heading-number-duplicate."""

import pytest

from rules.numbering.heading_number_duplicate import HeadingNumberDuplicate
from tests.harness import assert_outline

CASES = [
    """
    p: I. KẾT QUẢ
    p: 1. Công tác A
    p: 2. Công tác B
    p: 2. Công tác C  # expect: NUM002
    p: 3. Công tác D
    """,
    """
    p: I. KẾT QUẢ
    p: II. NHIỆM VỤ
    p: II. KIẾN NGHỊ  # expect: NUM002
    """,
    # the same number under two parents is no duplicate
    """
    p: I. KẾT QUẢ
    p: 1. Công tác A
    p: II. NHIỆM VỤ
    p: 1. Nhiệm vụ A
    """,
    """
    p: Điều 1. Phạm vi
    p: Điều 2. Đối tượng
    p: Điều 2. Nguyên tắc  # expect: NUM002
    """,
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(HeadingNumberDuplicate, outline)


def test_automatic_duplicate_from_a_start_override() -> None:
    assert_outline(HeadingNumberDuplicate, """
    numbering: 1 = upperRoman "%1." | decimal "%2."
    numbering: 2 -> 1 lvl1=2
    n1.0: KẾT QUẢ
    n1.1: Công tác A
    n1.1: Công tác B
    n2.1: Công tác C  # expect: NUM002
    """)
