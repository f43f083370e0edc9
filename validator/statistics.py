"""``soat check --statistics``: how many findings of each rule, over every checked file.

For an office auditing a folder of reports the question is "which problems, how often, in how
many reports" before "where". One row per rule and severity (a rule's severity may be changed
by configuration, or lowered for one finding), most frequent first, as ruff's ``--statistics``.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

import msgspec

from validator.emitters.text import summary_line
from validator.report import Report
from validator.rule import Severity


class Row(msgspec.Struct, frozen=True):
    rule: str
    name: str
    severity: Severity
    count: int
    files: int


def statistics(report: Report) -> list[Row]:
    """Rows by (rule, severity): findings and files concerned; most findings first."""
    counts: dict[tuple[str, Severity], int] = {}
    files: dict[tuple[str, Severity], set[str]] = {}
    names: dict[str, str] = {}
    for f in report.files:
        for v in f.violations:
            key = (v.rule, v.severity)
            counts[key] = counts.get(key, 0) + 1
            files.setdefault(key, set()).add(f.path)
            names[v.rule] = v.name
    rows = [
        Row(rule, names[rule], severity, n, len(files[(rule, severity)]))
        for (rule, severity), n in counts.items()
    ]
    rows.sort(key=lambda r: (-r.count, -r.severity.rank, r.rule))
    return rows


def emit_text(report: Report, out: TextIO) -> None:
    rows = statistics(report)
    if rows:
        width = max(len(str(r.count)) for r in rows)
        for r in rows:
            out.write(f"{r.count:>{width}}  {r.rule}  {r.severity.value:<7}  {r.name}  "
                      f"({r.files} tệp)\n")
        out.write("\n")
    out.write(summary_line(report) + "\n")


def emit_json(report: Report, out: TextIO) -> None:
    data: dict[str, Any] = {
        "statistics": [
            {"rule": r.rule, "name": r.name, "severity": r.severity.value, "count": r.count,
             "files": r.files}
            for r in statistics(report)
        ],
        "summary": report.summary.to_dict(),
    }
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


EMITTERS = {"text": emit_text, "json": emit_json}
