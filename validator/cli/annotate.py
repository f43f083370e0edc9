"""``soat annotate``: a copy of the document with each finding as a Word comment."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from validator.cli.common import EXIT_ERROR, EXIT_OK, error, note
from validator.cli.edit import prepare
from validator.cli.parser import (
    add_plugin_options,
    add_selection_options,
    add_timeout_option,
    timeout_of,
)

if TYPE_CHECKING:
    from validator.plugins import Catalogue


def add_parser(sub: Any) -> None:
    annotate = sub.add_parser(
        "annotate", help="ghi các vấn đề thành ghi chú (comment) trong một bản sao .docx",
        description="Tạo bản sao có ghi chú Word (tác giả \"soat\") gắn vào đúng chỗ của mỗi "
        "vấn đề; tệp gốc không bị thay đổi.",
    )
    annotate.add_argument("path", metavar="TỆP", help="tệp .docx cần kiểm tra")
    annotate.add_argument("--output", "-o", metavar="TỆP",
                          help="tệp kết quả (mặc định: <tên>.soat.docx)")
    add_selection_options(annotate, long_help=False)
    add_timeout_option(annotate)
    add_plugin_options(annotate)


def cmd_annotate(ns: argparse.Namespace, catalogue: Catalogue) -> int:
    from validator.annotate import EditError, annotate
    from validator.atomic import WriteError, write_file
    from validator.budget import TimeBudgetExceeded, guarded
    from validator.budget import message as over_budget
    from validator.engine import check_document

    timeout = timeout_of(ns)
    try:
        with guarded(timeout, ns.path):  # reading and annotating; writing is never cut short
            edit = prepare(ns, catalogue)
            if edit is None:
                return EXIT_ERROR
            result = check_document(edit.doc, rules=edit.batch.rules, analysis=edit.analysis)
            out, count = annotate(edit.data, edit.doc, result.violations, edit.source)
    except EditError as exc:
        error(f"\"{ns.path}\": {exc}")
        return EXIT_ERROR
    except TimeBudgetExceeded:
        error(f"\"{ns.path}\": {over_budget(timeout or 0)}")
        return EXIT_ERROR
    assert edit.output is not None
    try:
        write_file(edit.output, out)
    except WriteError as exc:
        error(str(exc))
        return EXIT_ERROR
    note(f"đã ghi {count} ghi chú vào \"{edit.output}\".")
    return EXIT_OK
