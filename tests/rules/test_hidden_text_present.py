from rules.formatting.hidden_text_present import HiddenTextPresent
from tests.harness import assert_outline


def test_hidden_text() -> None:
    assert_outline(HiddenTextPresent, """
    p: Doanh thu tăng 12%.{hidden: Số cũ là 15%.}  # expect: FMT008 "Số cũ"
    p: Chi ngân sách giảm 3%.
    """)


def test_hidden_text_in_a_table() -> None:
    assert_outline(HiddenTextPresent, """
    table: STT | Nội dung // 1 | Việc{hidden: ghi chú riêng}  # expect: FMT008
    """)


def test_no_hidden_text() -> None:
    assert_outline(HiddenTextPresent, "p: Doanh thu tăng 12%.")
