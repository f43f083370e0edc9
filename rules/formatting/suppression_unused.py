"""FMT011 suppression-unused."""

from __future__ import annotations

from collections.abc import Iterator

from rules.formatting.comment_left_in_document import comment_location
from validator.model import Document
from validator.rule import Finding, Rule, Severity


class SuppressionUnused(Rule):
    """Reports a ``soat: ignore`` comment that silences nothing.

    Why: a suppression comment outlives the finding it was written for: once the text is
    corrected, or if the id is mistyped, it only hides the next real problem at that place.
    The finding is computed after every rule has run: each ``soat: ignore`` comment is a
    candidate here, and the engine's suppression step keeps only those that silenced nothing
    among the rules that ran (``validator.suppress``).

    Tóm tắt: Ghi chú "soat: ignore" không bỏ qua vấn đề nào.

    Vì sao: Ghi chú bỏ qua tồn tại lâu hơn vấn đề nó được viết ra cho: khi câu chữ đã sửa, hoặc khi
    gõ sai mã quy tắc, nó chỉ che đi vấn đề thật tiếp theo ở chỗ đó.

    Bad:
        comment[soat: ignore DAT003]: Doanh thu tăng 12%.  # expect: FMT011
    Good:
        p: Doanh thu tăng 12%.
    """

    id = "FMT011"
    name = "suppression-unused"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Finding]:
        from validator.suppress import parse_suppression

        for comment in doc.comments:
            ids = parse_suppression(comment.text)
            if ids is None:
                continue
            what = ", ".join(ids) if ids else "mọi quy tắc"
            yield Finding(
                comment_location(comment),
                f'Ghi chú "soat: ignore" ({what}) không bỏ qua phát hiện nào',
                suggestion="Xóa ghi chú này nếu vấn đề đã được sửa, hoặc kiểm tra lại mã quy "
                "tắc.",
            )
