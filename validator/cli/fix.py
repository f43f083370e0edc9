"""``soat fix``: the safe fixes, written as tracked changes."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from validator.cli.common import EXIT_ERROR, EXIT_OK, error, note
from validator.cli.edit import prepare
from validator.cli.parser import add_plugin_options, add_selection_options

if TYPE_CHECKING:
    from validator.plugins import Catalogue


def add_parser(sub: Any) -> None:
    fix = sub.add_parser(
        "fix", help="sửa các lỗi an toàn dưới dạng thay đổi được theo dõi (Track Changes)",
        description="Chỉ sửa những lỗi có một cách sửa duy nhất; mỗi chỗ sửa là một thay đổi "
        "được theo dõi (tác giả \"soat\") để chấp nhận hoặc từ chối trong Word.",
    )
    fix.add_argument("path", metavar="TỆP", help="tệp .docx cần sửa")
    target = fix.add_mutually_exclusive_group(required=True)
    target.add_argument("--output", "-o", metavar="TỆP", help="ghi bản đã sửa vào TỆP")
    target.add_argument("--in-place", action="store_true",
                        help="ghi đè tệp gốc (giữ bản sao <tên>.bak)")
    add_selection_options(fix, long_help=False)
    add_plugin_options(fix)


def cmd_fix(ns: argparse.Namespace, catalogue: Catalogue) -> int:
    from validator.annotate import EditError
    from validator.fix import apply_fixes, collect_fixes, write_in_place

    edit = prepare(ns, catalogue)
    if edit is None:
        return EXIT_ERROR
    try:
        planned = collect_fixes(edit.doc, edit.batch.rules, settings=edit.batch.settings,
                                analysis=edit.analysis)
        out, applied, skipped = apply_fixes(edit.data, edit.doc, planned, edit.source)
    except EditError as exc:
        error(f"\"{edit.source}\": {exc}")
        return EXIT_ERROR
    message = f"đã sửa {len(applied)} chỗ (thay đổi được theo dõi, tác giả soat)"
    message += f", bỏ qua {len(skipped)} chỗ" if skipped else ""
    if edit.output is None:
        backup = write_in_place(edit.source, out)
        message += f"; đã ghi đè \"{edit.source}\", bản gốc ở \"{backup}\"."
    else:
        Path(edit.output).write_bytes(out)
        message += f" vào \"{edit.output}\"."
    note(message)
    return EXIT_OK
