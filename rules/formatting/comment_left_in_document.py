"""FMT007 comment-left-in-document."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import BODY, COMMENT, Comment, Document, Location
from validator.rule import Finding, Rule, Severity

SUPPRESSION_PREFIX = "soat:"


def is_suppression(comment: Comment) -> bool:
    """A ``soat: ignore …`` comment: an instruction to soat, not a reviewer's remark."""
    return comment.text.strip().lower().startswith(SUPPRESSION_PREFIX)


def comment_location(comment: Comment) -> Location:
    """Where the comment is anchored (the commented span when known)."""
    if comment.paragraph is None:
        return Location(part=COMMENT)
    return Location(
        part=comment.part or BODY,
        paragraph=comment.paragraph,
        offset=comment.offset,
        length=comment.length if comment.offset is not None else None,
    )


class CommentLeftInDocument(Rule):
    """Flags a reviewer's comment left in the document.

    Why: comments are part of the drafting conversation, not of the document. Sent with the
    file, they show internal remarks to the recipient. ``soat: ignore …`` comments are
    instructions to soat and are not flagged.

    Tóm tắt: Văn bản còn ghi chú (comment) của người góp ý.

    Vì sao: Ghi chú là trao đổi trong lúc soạn thảo, không phải một phần của văn bản. Gửi đi cùng
    tệp, chúng cho người nhận thấy các nhận xét nội bộ. Các ghi chú "soat: ignore …" là chỉ dẫn cho
    soat nên không bị báo.

    Bad:
        comment[Kiểm tra lại số liệu với Sở Tài chính]: Doanh thu tăng 12%.  # expect: FMT007
    Good:
        comment[soat: ignore FMT010]: Doanh thu tăng 12%.
    """

    id = "FMT007"
    name = "comment-left-in-document"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        for comment in doc.comments:
            if is_suppression(comment):
                continue
            author = f" của {comment.author}" if comment.author else ""
            text = " ".join(comment.text.split())
            if len(text) > 60:
                text = text[:59] + "…"
            yield Finding(
                comment_location(comment),
                f'Văn bản còn ghi chú (comment){author}: "{text}"',
                suggestion="Giải quyết rồi xóa ghi chú trước khi trình ký.",
            )
