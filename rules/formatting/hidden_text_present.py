"""FMT008 hidden-text-present."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Rule, Severity


class HiddenTextPresent(Rule):
    """Flags text formatted as hidden.

    Why: hidden text does not print and is not seen on screen unless formatting marks are
    shown, but it travels with the file and is read by anyone who opens it: old wording,
    notes to oneself, figures that were meant to be removed.

    Tóm tắt: Văn bản có chữ bị ẩn (hidden text).

    Vì sao: Chữ ẩn không được in và không hiện trên màn hình nếu không bật hiển thị ký hiệu định
    dạng, nhưng vẫn đi theo tệp và ai mở tệp cũng đọc được: câu chữ cũ, ghi chú riêng, số liệu lẽ ra
    đã xóa.

    Bad:
        p: Doanh thu tăng 12%.{hidden: Số cũ là 15%.}  # expect: FMT008
    Good:
        p: Doanh thu tăng 12%.
    """

    id = "FMT008"
    name = "hidden-text-present"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in doc.all_paragraphs():
            hidden = " ".join(p.hidden_text.split())
            if not hidden:
                continue
            if len(hidden) > 60:
                hidden = hidden[:59] + "…"
            yield Finding(
                p.location,
                f'Đoạn văn có chữ bị ẩn (Hidden): "{hidden}"',
                suggestion="Hiện định dạng ẩn (Ctrl+Shift+8), rồi xóa hoặc bỏ thuộc tính "
                "ẩn của chữ này.",
            )
