"""How well the claims analysis reads the figures of real reports (not part of the test suite).

Run from the repository root, with ``../shared`` beside it::

    python -m bench.claims                    # the annotated development set
    python -m bench.claims --misses           # ... and list every claim missed or misjudged
    python -m bench.claims --slips            # recall on slips injected into real sentences
    python -m bench.claims --set heldout      # the same on the held-out set

The development set, ``tests/data/claims.tsv``, lists the quantitative claims of real
documents of ``../shared/corpus/vn`` (and ``examples/``), one a row: where the claim stands,
what it states in a small notation ("245 = 112 + 143", "98,97% = 8.412 / 9.350",
"04 = #3", "54 = 209 - 155") and whether it holds, worked out by hand. This script
re-derives each verdict with its own arithmetic (below, independent of soat) and reports a
row whose verdict disagrees without a note saying why; then it reads each document with
soat's analysis (:mod:`validator.analysis.claims`) and reports

- **extracted**: annotated claims the analysis finds (same place, same kind, same figures);
- **checked correctly**: extracted claims on which the analysis and the annotation agree
  about whether the claim holds.

``--slips`` reads ``tests/data/slips.tsv`` (built by ``bench/make_slips.py`` with fixed
seeds: one figure of a real sentence or table changed) and reports how many of the injected
slips the arithmetic rules report as an error or a warning at that place.

``--set heldout`` reads ``tests/data/claims-heldout.tsv`` (and ``slips-heldout.tsv``)
instead: claims of other documents, annotated the same way after the analysis was written,
to estimate how it does on reports it was not shaped on.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter, defaultdict
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"
CLAIMS = DATA / "claims.tsv"
SETS = {  # the development set, and a held-out set read once the analysis was written
    "dev": (DATA / "claims.tsv", DATA / "slips.tsv"),
    "heldout": (DATA / "claims-heldout.tsv", DATA / "slips-heldout.tsv"),
}
SEARCH = (SHARED / "corpus" / "vn", ROOT / "examples")

KINDS = {  # annotation kind -> kinds of the analysis that state it
    "sum": {"sum", "subset", "points"},
    "subset": {"sum", "subset"},
    "ratio": {"ratio", "share"},
    "share": {"ratio", "share"},
    "change": {"change", "growth"},
    "growth": {"growth", "change"},
    "count": {"count"},
}


# -- the annotation's own arithmetic (independent of soat) ----------------------------------


def number(token: str) -> Decimal:
    """A figure as Vietnamese reports write it: "." groups thousands, "," marks decimals."""
    token = token.strip().rstrip("%").strip()
    sign = -1 if token.startswith("-") else 1
    whole, _, frac = token.lstrip("-").partition(",")
    return sign * Decimal(whole.replace(".", "") + ("." + frac if frac else ""))


def decimals(token: str) -> int:
    token = token.strip().rstrip("%")
    return len(token.partition(",")[2])


def figures(claim: str) -> list[Decimal]:
    return [number(t) for t in re.findall(r"(?:(?<=\s)|^)-?\d[\d.,]*|\d[\d.,]*",
                                          claim.replace("#", ""))]


def verdict(kind: str, claim: str) -> bool:
    """Whether the annotated claim holds, by plain arithmetic."""
    lhs, op, rhs = re.split(r"\s*(>=|=)\s*", claim, maxsplit=1)
    if rhs.startswith("#"):
        return number(lhs) == number(rhs[1:])
    if kind == "change":
        a, b = (number(x) for x in rhs.split(" - "))
        return not lhs.startswith("-") and abs(a - b) == number(lhs)
    if "/" in rhs:
        growth = rhs.endswith(" - 1")
        a, b = (number(x) for x in rhs.removesuffix(" - 1").split(" / "))
        exact = (a / b - 1) * 100 if growth else a / b * 100
        q = Decimal(1).scaleb(-decimals(lhs))
        return any(exact.quantize(q, rounding=r) == number(lhs)
                   for r in (ROUND_HALF_UP, ROUND_DOWN))
    parts = sum((number(x) for x in rhs.split(" + ")), Decimal(0))
    return number(lhs) >= parts if op == ">=" else number(lhs) == parts


# -- reading the set and matching ------------------------------------------------------------


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def find(name: str) -> Path | None:
    for folder in SEARCH:
        if (folder / name).is_file():
            return folder / name
    return None


def place(loc: str) -> tuple[str, int, int | None]:
    """A location of the sets ("p23", "t3r5c4", counted from 1) as the model's indexes
    (counted from 0): ("p", paragraph, None) or ("t", table, row)."""
    m = re.fullmatch(r"p(\d+)", loc)
    if m:
        return "p", int(m.group(1)) - 1, None
    m = re.fullmatch(r"t(\d+)r(\d+)(?:c\d+)?", loc)
    if not m:
        raise ValueError(f"bad location {loc!r}")
    return "t", int(m.group(1)) - 1, int(m.group(2)) - 1


def at_place(claim: object, loc: str) -> bool:
    kind, a, b = place(loc)
    where = claim.location  # type: ignore[attr-defined]
    if kind == "p":
        return where.table is None and where.paragraph == a
    return where.table == a and where.row == b


def matches(row: dict[str, str], claim: object) -> bool:
    if claim.kind not in KINDS[row["kind"]]:  # type: ignore[attr-defined]
        return False
    if not at_place(claim, row["location"]):
        return False
    values = set(claim.values())  # type: ignore[attr-defined]
    if row["kind"] == "count":
        return figures(row["claim"].split("=")[0])[0] in values
    wanted = figures(row["claim"])
    if row["kind"] == "growth":  # the base may be derived ("463 / (3.890 − 463)")
        return wanted[0] in values and any(v in values for v in wanted[1:])
    return all(v in values for v in wanted)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--misses", action="store_true", help="list the claims missed or misjudged")
    ap.add_argument("--slips", action="store_true", help="recall on the injected slips")
    ap.add_argument("--set", choices=sorted(SETS), default="dev",
                    help="the development set (default) or the held-out set")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print("../shared is not available", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    from validator.analysis.claims import document_claims
    from validator.loader import load_path

    if args.slips:
        from bench.make_slips import evaluate

        return evaluate(SETS[args.set][1], verbose=args.misses)
    data = rows(SETS[args.set][0])
    inconsistent = [r for r in data if verdict(r["kind"], r["claim"]) != (r["holds"] == "true")
                    and not r["note"]]
    by_file: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in data:
        by_file[r["file"]].append(r)
    extracted = correct = 0
    missed: list[dict[str, str]] = []
    wrong: list[tuple[dict[str, str], object]] = []
    per_kind: Counter[str] = Counter()
    per_kind_found: Counter[str] = Counter()
    for name, items in sorted(by_file.items()):
        path = find(name)
        if path is None:
            print(f"missing document: {name}", file=sys.stderr)
            continue
        found = document_claims(load_path(str(path)))
        for r in items:
            per_kind[r["kind"]] += 1
            hit = next((c for c in found if matches(r, c)), None)
            if hit is None:
                missed.append(r)
                continue
            extracted += 1
            per_kind_found[r["kind"]] += 1
            if hit.holds == (r["holds"] == "true"):  # type: ignore[attr-defined]
                correct += 1
            else:
                wrong.append((r, hit))
    n = len(data)
    name = "held-out" if args.set == "heldout" else "development"
    print(f"{name} set: {n} claims in {len(by_file)} documents "
          f"({sum(r['holds'] == 'false' for r in data)} that do not hold)")
    print(f"extracted: {extracted}/{n} = {extracted / n:.1%}")
    print(f"checked correctly: {correct}/{extracted} = {correct / max(1, extracted):.1%}")
    for k in sorted(per_kind):
        print(f"  {k:8} {per_kind_found[k]}/{per_kind[k]}")
    if inconsistent:
        print(f"annotations whose verdict differs from plain arithmetic, without a note: "
              f"{len(inconsistent)}")
        for r in inconsistent:
            print(f"  {r['file']} {r['location']} {r['claim']}")
    if args.misses:
        for r in missed:
            print(f"MISSED {r['file'][:60]} {r['location']} {r['kind']} {r['claim']}  "
                  f"| {r['excerpt'][:120]}")
        for r, c in wrong:
            print(f"WRONG  {r['file'][:60]} {r['location']} {r['claim']} holds={r['holds']}: "
                  f"{c.computation}")  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
