"""NUM008 appendix-number-out-of-sequence."""

import pytest

from rules.numbering.appendix_number_out_of_sequence import AppendixNumberOutOfSequence
from tests.harness import assert_outline

BODY = """
p: I. KẾT QUẢ
p: 1. Công tác A
p: 2. Công tác B (các phụ lục kèm theo).
"""

CASES = [
    BODY + "p: PHỤ LỤC 1\np: TÊN MỘT\np: PHỤ LỤC 2\np: TÊN HAI\np: PHỤ LỤC 3\np: TÊN BA",
    BODY + "p: PHỤ LỤC 1\np: TÊN MỘT\np: PHỤ LỤC 3  # expect: NUM008 \"thiếu 2\"\np: TÊN BA",
    BODY + "p: PHỤ LỤC 1\np: TÊN MỘT\np: PHỤ LỤC 1  # expect: NUM008 \"cùng số\"\np: TÊN HAI",
    BODY + "p: PHỤ LỤC 2  # expect: NUM008 \"đầu tiên\"\np: TÊN HAI",
    BODY + "p: Phụ lục I\np: TÊN MỘT\np: Phụ lục III  # expect: NUM008 \"thiếu II\"\np: TÊN BA",
    BODY + "p: PHỤ LỤC SỐ 01\np: TÊN MỘT\np: PHỤ LỤC SỐ 02\np: TÊN HAI",
    # a file that is itself one appendix of a larger document
    "p: Phụ lục II\np: QUY ĐỊNH VỀ VIẾT HOA\np: 1. Viết hoa danh từ riêng.",
    # a single unnumbered appendix
    BODY + "p: PHỤ LỤC\np: DANH MỤC",
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(AppendixNumberOutOfSequence, outline)
