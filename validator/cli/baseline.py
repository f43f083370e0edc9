"""``--baseline`` / ``--write-baseline`` of ``soat check`` (see :mod:`validator.baseline`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from validator.cli.common import EXIT_ERROR, EXIT_OK, UsageError, error, note

if TYPE_CHECKING:
    from validator.report import Report


def add_options(check: argparse.ArgumentParser) -> None:
    check.add_argument(
        "--baseline", metavar="TỆP",
        help="chỉ báo các vấn đề chưa có trong tệp baseline (so theo tệp và dấu vân tay)",
    )
    check.add_argument(
        "--write-baseline", metavar="TỆP",
        help="ghi các vấn đề hiện có vào tệp baseline rồi dừng (mã thoát 0); lần sau dùng "
             "--baseline TỆP để chỉ thấy vấn đề mới",
    )


def write_only(ns: argparse.Namespace, report: Report, *, usage_error: bool = False) -> int:
    """``--write-baseline``: record the findings, say so in one line, print nothing else.
    Exit 0, or 2 when a file could not be read (the baseline then lacks its findings)."""
    from validator.atomic import WriteError
    from validator.baseline import write_baseline

    try:
        count = write_baseline(report, ns.write_baseline)
    except WriteError as exc:
        raise UsageError(f"tệp baseline: {exc}") from exc
    unreadable = [f for f in report.files if f.failed and f.error is not None]
    for f in unreadable:
        if f.error is not None and f.error.code != "not-found":  # already said
            error(f"\"{f.path}\": {f.error.message}")
    checked = len(report.files) - len(unreadable)
    note(f"đã ghi {count} vấn đề của {checked} tệp vào baseline \"{ns.write_baseline}\".")
    return EXIT_ERROR if unreadable or usage_error else EXIT_OK


def apply_options(ns: argparse.Namespace, report: Report) -> Report:
    """``--baseline`` hides recorded findings."""
    if not ns.baseline:
        return report  # validator.baseline is not imported for nothing
    from validator.baseline import BaselineError, apply_baseline, read_baseline

    try:
        known = read_baseline(ns.baseline)
    except BaselineError as exc:
        raise UsageError(str(exc)) from exc
    report, hidden = apply_baseline(report, known)
    if hidden:
        note(f"{hidden} vấn đề đã có trong baseline \"{ns.baseline}\" không được báo lại.")
    return report
