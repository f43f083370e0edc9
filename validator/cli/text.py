"""``soat text``: a document as plain text, as Word shows it (for ``git diff``'s textconv).

In a drafting repository, ``.gitattributes`` says ``*.docx diff=soat`` and the git
configuration ``git config diff.soat.textconv "soat text"``: ``git diff``, ``git log -p`` and
``git show`` then show the changes of a report as lines of text. See
:mod:`validator.textview` for what the text holds.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any, TextIO

from validator.cli.common import EXIT_ERROR, EXIT_OK, error


def add_parser(sub: Any) -> None:
    text = sub.add_parser(
        "text", help="in nội dung văn bản như Word hiển thị (dùng cho git diff)",
        description=(
            "In nội dung tệp .docx dưới dạng văn bản thuần, như Word hiển thị: số thứ tự tự "
            "động, bảng, chú thích, phụ lục, đầu trang và chân trang. Dùng làm bộ chuyển đổi "
            "(textconv) để git diff so sánh được hai phiên bản của một báo cáo."
        ),
    )
    text.add_argument("paths", nargs="+", metavar="TỆP", help="tệp .docx")


def cmd_text(paths: Sequence[str], stream: TextIO | None = None) -> int:
    """Write each file's text to ``stream``; 2 when a file cannot be read (the others are
    still written), else 0. Several files are separated by a ``==> path <==`` line."""
    from validator.engine import load_document, read_file
    from validator.report import FileResult
    from validator.textview import render

    out = sys.stdout if stream is None else stream
    code = EXIT_OK
    written = 0
    for path in paths:
        data = read_file(path)
        doc = data if isinstance(data, FileResult) else load_document(data, path)
        if isinstance(doc, FileResult):
            message = doc.error.message if doc.error else "không đọc được tệp"
            error(f"'{path}': {message}")
            code = EXIT_ERROR
            continue
        if len(paths) > 1:
            out.write(("\n" if written else "") + f"==> {path} <==\n")
        out.write(render(doc))
        written += 1
    out.flush()
    return code
