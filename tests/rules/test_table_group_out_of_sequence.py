"""NUM007 table-group-out-of-sequence."""

import pytest

from rules.numbering.table_group_out_of_sequence import TableGroupOutOfSequence
from tests.harness import assert_outline

CASES = [
    "table[header=1]: STT | Dự án // I | A // 1 | x // II | B // II.1 | C // 2 | y // II.2 | D",
    "table[header=1]: STT | Dự án // I | A // 1 | x // III | B  # expect: NUM007 \"lẽ ra là II\"",
    "table[header=1]: STT | Dự án // II | A // 1 | x  # expect: NUM007 \"nhóm đầu tiên\"",
    "table[header=1]: STT | Dự án // I | A // II | B // II.1 | C // III.2 | D  "
    "# expect: NUM007 \"không có nhóm III\"",
    "table[header=1]: STT | Dự án // I | A // I.1 | C // I.3 | D  # expect: NUM007 \"I.2\"",
    # capital letters above the Roman groups start them again
    "table[header=1]: STT | Chỉ tiêu // A | Kinh tế // I | x // II | y // B | Xã hội // I | z",
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(TableGroupOutOfSequence, outline)


def test_groups_continue_across_a_continuation_table() -> None:
    assert_outline(TableGroupOutOfSequence, """
    table[header=1]: STT | Dự án // I | A // 1 | x
    table[header=1]: STT | Dự án // II | B // 2 | y // IV | C  # expect: NUM007
    """)
