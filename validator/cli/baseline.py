"""``--baseline`` / ``--write-baseline`` of ``soat check`` (see :mod:`validator.baseline`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from validator.cli.common import UsageError, note

if TYPE_CHECKING:
    from validator.report import Report


def add_options(check: argparse.ArgumentParser) -> None:
    check.add_argument(
        "--baseline", metavar="TỆP",
        help="chỉ báo các vấn đề chưa có trong tệp baseline (so theo dấu vân tay)",
    )
    check.add_argument(
        "--write-baseline", metavar="TỆP",
        help="ghi các vấn đề hiện có vào tệp baseline (dùng với --baseline ở lần sau)",
    )


def apply_options(ns: argparse.Namespace, report: Report) -> Report:
    """``--write-baseline`` records the findings; ``--baseline`` hides recorded ones."""
    if not (ns.write_baseline or ns.baseline):
        return report  # validator.baseline (and its tempfile) is not imported for nothing
    from validator.baseline import BaselineError, apply_baseline, read_baseline, write_baseline

    if ns.write_baseline:
        count = write_baseline(report, ns.write_baseline)
        note(f"đã ghi {count} vấn đề vào baseline '{ns.write_baseline}'.")
    if ns.baseline:
        try:
            known = read_baseline(ns.baseline)
        except BaselineError as exc:
            raise UsageError(str(exc)) from exc
        report, hidden = apply_baseline(report, known)
        if hidden:
            note(f"{hidden} vấn đề đã có trong baseline '{ns.baseline}' không được báo lại.")
    return report
