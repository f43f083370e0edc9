"""NUM006 table-stt-out-of-sequence."""

import pytest

from rules.numbering.table_stt_out_of_sequence import TableSttOutOfSequence
from tests.harness import assert_outline

CASES = [
    "table[header=1]: STT | Dự án // 1 | A // 2 | B // 3 | C",
    "table[header=1]: STT | Dự án // 1 | A // 2 | B // 4 | C  # expect: NUM006 \"thiếu 3\"",
    "table[header=1]: TT | Dự án // 1 | A // 2 | B // 2 | C  # expect: NUM006 \"lặp lại\"",
    "table[header=1]: Số TT | Dự án // 1 | A // 4 | B // 5 | C  # expect: NUM006 \"2 và 3\"",
    "table[header=1]: STT | Dự án // 2 | A // 3 | B  # expect: NUM006 \"bắt đầu từ 2\"",
    # (1), (2) form
    "table[header=1]: STT | Nhiệm vụ // (1) | A // (2) | B // (3) | C",
    "table[header=1]: STT | Nhiệm vụ // (1) | A // (3) | B  # expect: NUM006",
    # group rows restart or continue the numbering; sub-rows and bullets are not numbered
    "table[header=1]: STT | Dự án // I | Nhóm // 1 | A // a | x // - | y // 2 | B "
    "// II | Nhóm // 1 | C // 1.1 | z",
    "table[header=1]: STT | Dự án // I | Nhóm // 1 | A // II | Nhóm // 2 | B",
    # header rows repeated inside the table and a column-number row are not data
    "table[header=1]: STT | Dự án // (1) | (2) // 1 | A // STT | Dự án // 2 | B // 3 | C",
    # merged STT cells count once
    "table[header=1]: STT | Dự án | Vốn // 1 | A | 5 // ^^ | A2 | 6 // 2 | B | 7",
    # a first column of small integers without a header is an STT column
    "table: 1 | Cầu Vạn | 5 // 2 | Nhà ga | 7 // 3 | Cảng | 9 // 5 | Đường | 1  # expect: NUM006",
    # a column of amounts is not
    "table: Vốn | Dự án // 120 | A // 80 | B // 95 | C",
    # a ranking: the last row is one's own place
    "table[header=1]: TT | Tỉnh // 1 | A // 2 | B // 3 | C // 4 | D // 5 | E // 6 | F // 15 | G",
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(TableSttOutOfSequence, outline)


def test_continuation_tables_with_the_same_header_are_one_sequence() -> None:
    assert_outline(TableSttOutOfSequence, """
    table[header=1]: STT | Dự án // 1 | A // 2 | B
    p:
    table[header=1]: STT | Dự án // 3 | C // 5 | D  # expect: NUM006 "thiếu 4"
    """)


def test_a_new_table_with_the_same_header_may_start_again() -> None:
    assert_outline(TableSttOutOfSequence, """
    table[header=1]: STT | Chỉ tiêu // 1 | A // 2 | B
    p: Bảng 2
    table[header=1]: STT | Chỉ tiêu // 1 | C // 2 | D
    """)


def test_a_continuation_without_header_continuing_the_numbers() -> None:
    assert_outline(TableSttOutOfSequence, """
    table[header=1]: STT | Dự án // 1 | A // 2 | B // 3 | C
    table: 4 | D // 5 | E // 6 | F
    """)


def test_numbering_restarts_under_each_sub_group() -> None:
    rows = " // ".join([
        "STT | Nội dung", "III | Cung cấp dịch vụ trực tuyến", "III.1 | Dịch vụ trực tuyến",
        "1 | Tỷ lệ A", "2 | Tỷ lệ B", "III.2 | Thanh toán trực tuyến", "1 | Tỷ lệ C",
        "2 | Tỷ lệ D", "4 | Tỷ lệ E",
    ])
    assert_outline(TableSttOutOfSequence, f"table[header=1]: {rows}  # expect: NUM006")
