"""REF008 internal-reference-dangling."""

import pytest

from rules.xref.internal_reference_dangling import InternalReferenceDangling
from tests.harness import assert_outline

BODY = """
p: I. KẾT QUẢ
p: 1. Công tác A
p: 2. Công tác B
p: II. NHIỆM VỤ
p: 1. Nhiệm vụ A
"""

CASES = [
    BODY + "p: Tiếp tục các nội dung tại mục I.2 nêu trên.",
    BODY + "p: Tiếp tục các nội dung tại mục I.3 nêu trên.  # expect: REF008 \"mục I.3\"",
    BODY + "p: Như Điểm 2 Mục I.",
    BODY + "p: Như Điểm 2 Mục II.  # expect: REF008",
    BODY + "p: Như nội dung Mục IV.  # expect: REF008",
    # parts of other documents
    BODY + "p: Theo Mục IV Nghị quyết số 07-NQ/TU và mục V của Kế hoạch 12.",
    BODY + "p: Căn cứ điểm a khoản 2 Điều 103 Mục 5 Chương XII.",
    # "mục 5" alone cannot be resolved
    BODY + "p: Như mục 5 trên.",
    # into an appendix: its table rows
    BODY + "p: Xem Phụ lục 1 mục 2 và Phụ lục 1 mục 7.  # expect: REF008 \"mục 7\"\n"
    "p: PHỤ LỤC 1\np: TÊN\ntable[header=1]: STT | Nội dung // 1 | A // 2 | B",
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(InternalReferenceDangling, outline)


def test_without_roman_parts_nothing_is_resolved() -> None:
    assert_outline(InternalReferenceDangling, "p: 1. Công tác\np: Như mục II.3 trên.")
