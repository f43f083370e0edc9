"""Baseline: adopt soat on old documents without fixing everything first.

``soat check --write-baseline soat-baseline.json PATH…`` records today's findings;
``soat check --baseline soat-baseline.json PATH…`` then reports only findings not in it.

A finding is recorded by the file's path relative to the baseline's folder (so the baseline
and the documents can move together, and another file, even a copy of a recorded one under
another name, inherits nothing) and by its fingerprint (:func:`validator.report.fingerprint`:
the rule, the flagged text and the few words around it, not its position), so a recorded
finding stays recorded when paragraphs are added above it or another part of its paragraph is
corrected, and disappears when its own text is rewritten. Matching counts multiplicity: two
identical findings recorded once leave one reported.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path, PurePath
from typing import Any

from msgspec.structs import replace

from validator.atomic import write_file
from validator.report import Report, location_to_dict

BASELINE_VERSION = 2


class BaselineError(Exception):
    """A baseline file that cannot be read. ``str()`` is for users (Vietnamese)."""


def relative_path(path: str, root: str | os.PathLike[str]) -> str:
    """``path`` relative to the folder ``root``, with "/" separators (the baseline's key);
    an absolute path when there is no relative one (another drive on Windows)."""
    absolute = os.path.abspath(path)
    try:
        rel = os.path.relpath(absolute, os.path.abspath(root))
    except ValueError:
        rel = absolute
    return PurePath(rel).as_posix()


class Baseline:
    """The findings recorded in a baseline file: (path from its folder, fingerprint) counts."""

    def __init__(self, root: str | os.PathLike[str], known: Counter[tuple[str, str]]) -> None:
        self.root = os.path.abspath(root)
        self.known = known

    def __len__(self) -> int:
        return sum(self.known.values())


def baseline_dict(report: Report, root: str | os.PathLike[str]) -> dict[str, Any]:
    entries = [
        {
            "path": relative_path(f.path, root),
            "rule": v.rule,
            "fingerprint": v.fingerprint,
            "message": v.message,
            "location": location_to_dict(v.location),
        }
        for f, v in report.violations()
    ]
    entries.sort(key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    return {"version": BASELINE_VERSION, "tool": "soat", "findings": entries}


def write_baseline(report: Report, path: str | os.PathLike[str]) -> int:
    """Write the report's findings as a baseline (see :mod:`validator.atomic`); return how
    many. Raises :class:`~validator.atomic.WriteError`."""
    target = Path(path)
    data = baseline_dict(report, target.resolve().parent)
    write_file(target, (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return len(data["findings"])


def read_baseline(path: str | os.PathLike[str]) -> Baseline:
    """The findings recorded in a baseline file."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BaselineError(f"không tìm thấy tệp baseline \"{path}\".") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"không đọc được tệp baseline \"{path}\": {exc}.") from exc
    if isinstance(data, dict) and data.get("version") == 1:
        raise BaselineError(
            f"tệp baseline \"{path}\" có dạng cũ (phiên bản 1, không ghi tệp của từng vấn đề); "
            "tạo lại bằng --write-baseline."
        )
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(
        data.get("findings"), list
    ):
        raise BaselineError(
            f"tệp \"{path}\" không phải baseline của soat (cần \"version\": {BASELINE_VERSION} "
            "và danh sách \"findings\"); tạo lại bằng --write-baseline."
        )
    known = Counter(
        (str(e["path"]), str(e["fingerprint"])) for e in data["findings"]
        if isinstance(e, dict) and e.get("fingerprint") and e.get("path")
    )
    return Baseline(Path(path).resolve().parent, known)


def apply_baseline(report: Report, baseline: Baseline) -> tuple[Report, int]:
    """The report without findings recorded in ``baseline``; and how many were left out."""
    remaining = Counter(baseline.known)
    files = []
    hidden = 0
    for f in report.files:
        where = relative_path(f.path, baseline.root)
        kept = []
        for v in f.violations:
            key = (where, v.fingerprint)
            if remaining[key] > 0:
                remaining[key] -= 1
                hidden += 1
            else:
                kept.append(v)
        files.append(replace(f, violations=kept) if len(kept) != len(f.violations) else f)
    return replace(report, files=files), hidden


__all__ = [
    "Baseline", "BaselineError", "apply_baseline", "baseline_dict", "read_baseline",
    "relative_path", "write_baseline",
]
