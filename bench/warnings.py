"""Findings per rule on the corpus's real documents, between two JSON reports of ``soat check``.

Usage (from the repository root)::

    soat check ../shared/corpus/vn ../shared/corpus/robustness examples \\
        --format json --fail-on never -o after.json
    python -m bench.warnings before.json after.json
    python -m bench.warnings before.json after.json --judged tests/data/warning-judgements.tsv

Only files whose name starts with ``vbai__`` (the real provincial documents) are counted.
Prints, for each rule and severity, the count in each report and the change; the totals of
warnings and errors; and, with ``--judged``, the share of the judged warnings of the later run
that were found true or debatable.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

PREFIX = "vbai__"


def counts(report: Path, prefix: str = PREFIX) -> Counter[tuple[str, str]]:
    """(severity, rule) → number of findings on the files named ``prefix…``."""
    data = json.loads(report.read_text(encoding="utf-8"))
    found: Counter[tuple[str, str]] = Counter()
    for entry in data.get("files", []):
        if not Path(entry.get("path", "")).name.startswith(prefix):
            continue
        for v in entry.get("violations", []):
            found[(v["severity"], v["rule"])] += 1
    return found


def judged_share(path: Path, run: str = "after") -> tuple[int, int]:
    """(true or debatable, all) among the judged warnings of ``run``."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
                if r["run"] == run and r["severity"] == "warning"]
    good = sum(r["verdict"] in ("true", "debatable") for r in rows)
    return good, len(rows)


def table(before: Counter[tuple[str, str]], after: Counter[tuple[str, str]]) -> list[str]:
    lines = ["| severity | rule | before | after | change |", "|---|---|---:|---:|---:|"]
    keys = sorted(set(before) | set(after),
                  key=lambda k: (k[0] != "error", -max(before[k], after[k]), k[1]))
    for key in keys:
        b, a = before[key], after[key]
        lines.append(f"| {key[0]} | {key[1]} | {b} | {a} | {a - b:+d} |")
    for severity in ("warning", "error"):
        b = sum(n for (s, _), n in before.items() if s == severity)
        a = sum(n for (s, _), n in after.items() if s == severity)
        drop = f" ({(b - a) / b:.0%} fewer)" if b and a <= b else ""
        lines.append(f"| **{severity}s** | all | **{b}** | **{a}** | **{a - b:+d}**{drop} |")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.warnings", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--judged", type=Path, help="judgements TSV (tests/data/)")
    parser.add_argument("--prefix", default=PREFIX, help="count files named so (default vbai__)")
    args = parser.parse_args(argv)
    print("\n".join(table(counts(args.before, args.prefix), counts(args.after, args.prefix))))
    if args.judged:
        good, total = judged_share(args.judged)
        share = f"{good / total:.1%}" if total else "–"
        print(f"\njudged warnings (later run): {good} of {total} true or debatable ({share})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
