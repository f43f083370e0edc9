"""Baseline: adopt soat on an old document without fixing everything first.

``soat check --write-baseline soat-baseline.json`` records the fingerprints of today's
findings; ``soat check --baseline soat-baseline.json`` then reports only findings whose
fingerprint is not in it. A fingerprint (``validator.report.fingerprint``) is made from the
rule id, the normalised paragraph text and the flagged span, not from positions or file
names, so a recorded finding stays recorded when paragraphs are added above it or the file is
renamed to the next draft, and disappears when its paragraph is rewritten. Matching counts
multiplicity: two identical findings recorded once leave one reported.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

from msgspec.structs import replace

from validator.atomic import atomic_write
from validator.report import Report

BASELINE_VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be read. ``str()`` is for users (Vietnamese)."""


def baseline_dict(report: Report) -> dict[str, Any]:
    entries = [
        {"fingerprint": v.fingerprint, "rule": v.rule, "path": f.path, "message": v.message}
        for f, v in report.violations()
    ]
    entries.sort(key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    return {"version": BASELINE_VERSION, "tool": "soat", "findings": entries}


def write_baseline(report: Report, path: str | os.PathLike[str]) -> int:
    """Write the report's findings as a baseline (atomically); return how many."""
    data = baseline_dict(report)
    with atomic_write(Path(path), encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return len(data["findings"])


def read_baseline(path: str | os.PathLike[str]) -> Counter[str]:
    """Fingerprints recorded in a baseline file, with their multiplicity."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BaselineError(f"không tìm thấy tệp baseline '{path}'.") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"không đọc được tệp baseline '{path}': {exc}.") from exc
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(
        data.get("findings"), list
    ):
        raise BaselineError(
            f"tệp '{path}' không phải baseline của soat (cần \"version\": {BASELINE_VERSION} "
            "và danh sách \"findings\"); tạo lại bằng --write-baseline."
        )
    return Counter(
        str(e["fingerprint"]) for e in data["findings"]
        if isinstance(e, dict) and e.get("fingerprint")
    )


def apply_baseline(report: Report, known: Counter[str]) -> tuple[Report, int]:
    """The report without findings recorded in ``known``; and how many were left out."""
    remaining = Counter(known)
    files = []
    hidden = 0
    for f in report.files:
        kept = []
        for v in f.violations:
            if remaining[v.fingerprint] > 0:
                remaining[v.fingerprint] -= 1
                hidden += 1
            else:
                kept.append(v)
        files.append(replace(f, violations=kept) if len(kept) != len(f.violations) else f)
    return replace(report, files=files), hidden


__all__ = ["BaselineError", "apply_baseline", "baseline_dict", "read_baseline", "write_baseline"]
