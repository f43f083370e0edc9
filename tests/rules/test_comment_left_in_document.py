from rules.formatting.comment_left_in_document import CommentLeftInDocument, is_suppression
from tests.harness import assert_outline
from validator.model import Comment


def test_reviewer_comment() -> None:
    assert_outline(CommentLeftInDocument, """
    p: Mở đầu báo cáo.
    comment[Kiểm tra lại số liệu]: Doanh thu tăng [[c]]12%[[/c]].  # expect: FMT007 "Kiểm tra lại"
    """)


def test_two_comments() -> None:
    assert_outline(CommentLeftInDocument, """
    comment[Sửa câu này]: Doanh thu tăng 12%.  # expect: FMT007
    comment[Bổ sung nguồn]: Chi ngân sách giảm 3%.  # expect: FMT007
    """)


def test_suppression_comments_are_not_remarks() -> None:
    assert_outline(CommentLeftInDocument, """
    comment[soat: ignore DAT003]: Ngày 31/02/2026 là ngày trong văn bản gốc.
    comment[SOAT: ignore]: Doanh thu tăng 12%.
    """)


def test_is_suppression() -> None:
    assert is_suppression(Comment(1, "A", "  soat: ignore FMT010"))
    assert not is_suppression(Comment(1, "A", "Xem lại soat: ignore"))
