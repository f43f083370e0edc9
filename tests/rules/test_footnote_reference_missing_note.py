"""REF001 footnote-reference-missing-note."""

import pytest

from rules.xref.footnote_reference_missing_note import FootnoteReferenceMissingNote
from tests.harness import assert_outline

CASES = [
    "p: Ban hành 02 nghị quyết[^1].  # expect: REF001",
    "p: Ban hành 02 nghị quyết[^1: Nghị quyết số 07-NQ/TU.].",
    "p: Ban hành 02 nghị quyết[^1: {sp}].  # expect: REF001",
    "p: Nội dung[^e1: Ghi chú cuối.].",
    # hand-typed: a superscript mark without a note paragraph of that number
    """
    p: Ban hành 02 nghị quyết^1^ và 01 quyết định^2^.  # expect: REF001 "số 2"
    p: {size=10}^1^ Nghị quyết số 07-NQ/TU.{/size}
    """,
    # superscripts in units and powers are not marks
    """
    p: Diện tích 500 m^2^, mật độ 10^6^ người^1^.
    p: {size=10}^1^ Số liệu năm 2025.{/size}
    """,
    # superscripts without any note paragraph are not footnotes at all
    "p: Diện tích 500 m^2^, thứ 1^st^.",
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(FootnoteReferenceMissingNote, outline)


def test_comment_text_is_not_a_reference() -> None:
    assert_outline(FootnoteReferenceMissingNote, """
    comment[Xem Phụ lục 3 và chú thích 4]: Ban hành 02 nghị quyết[^1: Nghị quyết số 07.].
    """)
