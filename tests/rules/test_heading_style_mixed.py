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
