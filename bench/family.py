"""The share of one family of rules in the time of a check.

    python -m bench.family TYP                     # on the sample report
    python -m bench.family TYP --rounds 31 a.docx b.docx

Each round does what ``soat check`` does with a file, in process: load it, make its
analysis, run every rule on it in the engine's order; and times each step in CPU time of the
process (a busy machine disturbs it less than the wall clock). The family's share of a round
is the time of its rules over the time of the whole round; the share printed is the median of
the rounds, the times the medians of the rounds. What the family's rules compute once for the
document (through its analysis) is counted in the family's rule that asks for it first.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench.run import find_seed

if TYPE_CHECKING:
    from validator.rule import Rule


def one_round(data: bytes, rules: tuple[type[Rule], ...]) -> tuple[float, dict[str, float]]:
    """CPU seconds of the whole round, and of each rule."""
    from validator import loader
    from validator.analysis import Analysis
    from validator.rule import Context

    start = time.process_time()
    doc = loader.load_bytes(data, "bench.docx")
    analysis = Analysis(doc)
    context = Context(profile=analysis.profile, settings=analysis.settings, analysis=analysis)
    spent: dict[str, float] = {}
    for rule in rules:
        t0 = time.process_time()
        list(rule(context).check(doc))
        spent[rule.id] = time.process_time() - t0
    return time.process_time() - start, spent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.family", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("prefix", help="the family's rule prefix, e.g. TYP")
    parser.add_argument("files", nargs="*", type=Path, help="default: the sample report")
    parser.add_argument("--rounds", type=int, default=21)
    ns = parser.parse_intermixed_args(argv)

    from validator import engine

    rules = tuple(engine.default_rules())
    family = [r.id for r in rules if r.id.startswith(ns.prefix)]
    if not family:
        parser.error(f"no rule starts with {ns.prefix}")
    for path in ns.files or [find_seed()]:
        data = path.read_bytes()
        one_round(data, rules)  # the first round of a process pays for imports and data
        totals, shares = [], []
        per_rule: dict[str, list[float]] = {rid: [] for rid in family}
        for _ in range(ns.rounds):
            total, spent = one_round(data, rules)
            own = sum(spent[rid] for rid in family)
            totals.append(total)
            shares.append(own / total)
            for rid in family:
                per_rule[rid].append(spent[rid])
        own_ms = {rid: statistics.median(v) * 1000 for rid, v in per_rule.items()}
        quart = statistics.quantiles(shares, n=4)
        print(f"{path.name}: load, analysis and all {len(rules)} rules "
              f"{statistics.median(totals) * 1000:.0f} ms CPU (median of {ns.rounds} rounds)")
        print(f"  {ns.prefix} share: {statistics.median(shares):.1%} "
              f"(quartiles {quart[0]:.1%} to {quart[2]:.1%}); its {len(family)} rules "
              f"{sum(own_ms.values()):.1f} ms: "
              + ", ".join(f"{k} {v:.1f}" for k, v in sorted(own_ms.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
