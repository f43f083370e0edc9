from rules.formatting.highlighted_text import HighlightedText
from tests.harness import assert_outline


def test_highlight() -> None:
    assert_outline(HighlightedText, """
    p: Doanh thu tăng {hl:12%} so với cùng kỳ.  # expect: FMT009 @15 "vàng"
    p: Chi ngân sách {hl=green}giảm 3%{/hl}.  # expect: FMT009 "xanh lá"
    """)


def test_whole_paragraph_highlighted_once() -> None:
    assert_outline(HighlightedText, """
    p[hl=yellow]: Đoạn cần kiểm tra lại trước khi trình.  # expect: FMT009 @0
    """)


def test_white_highlight_is_invisible() -> None:
    assert_outline(HighlightedText, "p: Doanh thu tăng {hl=white}12%{/hl} so với cùng kỳ.")


def test_no_highlight() -> None:
    assert_outline(HighlightedText, "p: Doanh thu tăng 12% so với cùng kỳ.")
