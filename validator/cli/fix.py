"""``soat fix``: the safe fixes, written as tracked changes."""

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
    fix = sub.add_parser(
        "fix", help="sửa các lỗi an toàn dưới dạng thay đổi được theo dõi (Track Changes)",
        description="Chỉ sửa những lỗi có một cách sửa duy nhất; mỗi chỗ sửa là một thay đổi "
        "được theo dõi (tác giả \"soat\") để chấp nhận hoặc từ chối trong Word.",
    )
    fix.add_argument("path", metavar="TỆP", help="tệp .docx cần sửa")
    target = fix.add_mutually_exclusive_group(required=True)
    target.add_argument("--output", "-o", metavar="TỆP", help="ghi bản đã sửa vào TỆP")
    target.add_argument("--in-place", action="store_true",
                        help="ghi đè tệp gốc, giữ bản gốc ở <tên>.bak (hoặc <tên>.1.bak, "
                        "<tên>.2.bak… nếu đã có; không bao giờ ghi đè bản sao lưu)")
    add_selection_options(fix, long_help=False)
    add_timeout_option(fix)
    add_plugin_options(fix)


def cmd_fix(ns: argparse.Namespace, catalogue: Catalogue) -> int:
    from validator.annotate import EditError
    from validator.atomic import WriteError, replace_with_backup, write_file
    from validator.budget import TimeBudgetExceeded, guarded
    from validator.budget import message as over_budget
    from validator.fix import apply_fixes, collect_fixes

    timeout = timeout_of(ns)
    try:
        with guarded(timeout, ns.path):  # reading and fixing; writing is never cut short
            edit = prepare(ns, catalogue)
            if edit is None:
                return EXIT_ERROR
            planned = collect_fixes(edit.doc, edit.batch.rules, settings=edit.batch.settings,
                                    analysis=edit.analysis)
            out, applied, skipped = apply_fixes(edit.data, edit.doc, planned, edit.source)
    except EditError as exc:
        error(f"\"{ns.path}\": {exc}")
        return EXIT_ERROR
    except TimeBudgetExceeded:
        error(f"\"{ns.path}\": {over_budget(timeout or 0)}")
        return EXIT_ERROR
    if not applied:  # nothing changes: nothing is written, no backup is made
        note("không có chỗ nào sửa được" + (f" (bỏ qua {len(skipped)} chỗ)" if skipped else "")
             + "; không ghi tệp nào.")
        return EXIT_OK
    message = f"đã sửa {len(applied)} chỗ (thay đổi được theo dõi, tác giả soat)"
    message += f", bỏ qua {len(skipped)} chỗ" if skipped else ""
    try:
        if edit.output is None:
            backup = replace_with_backup(edit.source, out, edit.data)
            message += f"; đã ghi đè \"{edit.source}\", bản gốc ở \"{backup}\"."
        else:
            write_file(edit.output, out)
            message += f" vào \"{edit.output}\"."
    except WriteError as exc:
        error(str(exc))
        return EXIT_ERROR
    note(message)
    return EXIT_OK
