"""NUM005 inline-enumeration-gap."""

import pytest

from rules.numbering.inline_enumeration_gap import InlineEnumerationGap
from tests.harness import assert_outline

CASES = [
    "p: Gồm: (1) Cầu Vạn; (2) Nhà ga T2; (4) Cảng Lạch Huyện.  # expect: NUM005 @33",
    "p: Gồm: (1) Cầu Vạn; (2) Nhà ga T2; (3) Cảng; (5) Đường.  # expect: NUM005 \"(4)\"",
    "p: Gồm: (1) Cầu Vạn; (2) Nhà ga T2; (2) Cảng.  # expect: NUM005 \"lặp lại\"",
    # a run must start at (1) and reach (2): a lone reference is left alone
    "p: Số liệu tại cột (3) và cột (5) của biểu.",
    "p: Gồm: (1) Cầu Vạn và chỉ tiêu (4) của biểu.",
    # "(1)" glued to a word is a reference mark, not an item
    "p: Theo quy định(1) và hướng dẫn(3) hiện hành.",
    # two runs in one paragraph
    "p: Năm 2025: (1) A; (2) B. Năm 2026: (1) C; (2) D; (3) E.",
    # inside a footnote
    "p: Dự án[^1: (1) Cầu Vạn; (2) Nhà ga T2; (4) Cảng.] khởi công.  # expect: NUM005",
    # in a table cell
    "table: STT | Nội dung // 1 | (1) A; (2) B; (3) C",
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(InlineEnumerationGap, outline)
