"""Reviewers' corrections between the corpus's drafts and finals, and which soat flags.

About 45 real documents of ``../shared/corpus/vn`` are kept both as a draft ("Du-thao" in the
file name) and as the signed final, in one ``vbai__<group>__…`` group. The changes between
the two are what reviewers corrected. This command pairs them, reads both with soat's own
loader (so paragraph indexes and offsets are soat's), aligns the paragraphs, cuts the changes
into edits, classifies each edit (:mod:`bench.drafts.classify`), runs soat on each draft and
counts, per category, the corrections a program could check and those a finding of soat
points at on the draft.

Run from the repository root::

    python -m bench.pairs                      # table per category
    python -m bench.pairs --pairs              # the pairs and the drafts left unpaired, why
    python -m bench.pairs --rules TYP,CAP      # count only findings of these rules
    python -m bench.pairs --list capitalisation [--missed | --flagged]
    python -m bench.pairs --json               # everything, for machines
    python -m bench.pairs --tsv FILE           # every correction, one per line
    python -m bench.pairs --jobs 2             # two processes

A correction is *flagged* when a finding's location (part, paragraph, offset and length), or
one of its related locations (the other places a finding names), meets the edit's span in the
draft (an insertion point counts when it lies within or at either end of the finding; a
finding without offset covers its paragraph, a related location without offset nothing). A
formatting correction is flagged by a finding about the same attribute (margins, page size,
font, size), at the element's paragraph for header elements or anywhere in the document for
page setup and body text; findings about fonts, sizes and margins flag nothing else.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import time
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from bench.drafts.align import Edit, Para, paragraph_edits
from bench.drafts.classify import CATEGORIES, Verdict, classify, units
from bench.drafts.formatting import format_edits
from bench.drafts.pairing import Pair, Unpaired, groups_with_drafts, pair_group
from validator.model import Document, Location
from validator.report import FileResult, Violation

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "vn"
PARTS = ("body", "textbox", "footnote", "endnote", "header", "footer")


@dataclass(frozen=True)
class Finding:
    """What matching needs of a soat violation."""

    rule: str
    name: str
    category: str
    message: str
    location: Location
    related: tuple[Location, ...] = ()  # the other places the finding names

    @property
    def locations(self) -> tuple[Location, ...]:
        return (self.location, *self.related)


@dataclass(frozen=True)
class Correction:
    group: str
    draft: str
    final: str
    edit: Edit
    verdict: Verdict
    flagged_by: tuple[str, ...] = ()  # ids of the rules whose findings point at the edit

    def flagged(self, prefixes: Sequence[str] = ()) -> tuple[str, ...]:
        if not prefixes:
            return self.flagged_by
        return tuple(r for r in self.flagged_by if r.startswith(tuple(prefixes)))


@dataclass
class GroupResult:
    pairs: list[Pair] = field(default_factory=list)
    unpaired: list[Unpaired] = field(default_factory=list)
    corrections: list[Correction] = field(default_factory=list)
    findings: dict[str, int] = field(default_factory=dict)  # group/draft -> findings on it
    errors: list[str] = field(default_factory=list)


# -- reading --------------------------------------------------------------------------------


def load(path: Path) -> Document | str:
    """The document as soat reads it, or the reason it could not be read."""
    from validator import engine

    data = engine.read_file(str(path))
    if isinstance(data, FileResult):
        return data.error.message if data.error else "unreadable"
    loaded = engine.load_document(data, str(path))
    if isinstance(loaded, FileResult):
        return loaded.error.message if loaded.error else "unreadable"
    return loaded


def parts(doc: Document) -> dict[str, list[Para]]:
    out: dict[str, list[Para]] = {part: [] for part in PARTS}
    for p in doc.all_paragraphs():
        out.setdefault(p.part, []).append(Para(p.part, p.index, p.text, p.label))
    return out


def edits_between(draft: Document, final: Document) -> list[Edit]:
    """Every edit from ``draft`` to ``final``: text part by part, then formatting."""
    pa, pb = parts(draft), parts(final)
    out: list[Edit] = []
    for part in pa:
        out.extend(paragraph_edits(pa[part], pb.get(part, []), units))
    out.extend(format_edits(draft, final))
    return out


def run_soat(doc: Document) -> list[Finding]:
    """All rules of the current code on ``doc`` (profile detected as ``soat check`` does)."""
    from validator import engine

    rules = engine.default_rules()
    result = engine.check_document(doc, rules=rules, profile=engine.resolve_profile(doc))
    return [_finding(v) for v in result.violations]


def _finding(v: Violation) -> Finding:
    category = getattr(v.category, "value", v.category)
    return Finding(v.rule, v.name, str(category), v.message, v.location,
                   tuple(r.location for r in v.related))


# -- matching -------------------------------------------------------------------------------

# a formatting attribute -> words one of which the rule's name or message must contain
_FORMAT_WORDS = {
    "page-size": ("page-size", "paper", "khổ giấy", "a4"),
    "orientation": ("orientation", "hướng giấy"),
    "margin": ("margin", "lề"),
    "font": ("font", "phông"),
    "size": ("size", "cỡ chữ"),
}


def about_format(f: Finding) -> bool:
    """A finding about page setup, fonts or sizes: it flags formatting corrections only."""
    text = f.name.lower()
    return f.category == "formatting" and any(
        w in text for words in _FORMAT_WORDS.values() for w in words)


def points_at(f: Finding, e: Edit) -> bool:
    if e.kind == "format":
        return about_format(f) and _format_match(f, e)
    if about_format(f):
        return False
    return _meets(f.location, e) or any(_meets(loc, e, whole=False) for loc in f.related)


def _meets(loc: Location, e: Edit, *, whole: bool = True) -> bool:
    """``loc`` meets the edit's span; a location without offset is its whole paragraph
    (``whole``) or, for a related location, only a pointer to the paragraph: it meets nothing."""
    if loc.part != e.part or loc.paragraph is None or loc.paragraph != e.paragraph:
        return False
    if loc.offset is None:
        return whole
    start, end = loc.offset, loc.offset + (loc.length or 0)
    if e.start == e.end or start == end:
        return start <= e.end and e.start <= end
    return start < e.end and e.start < end


def _format_match(f: Finding, e: Edit) -> bool:
    attribute = e.attribute
    key = next((k for k in _FORMAT_WORDS if k in attribute), "")
    if not key:
        return False
    text = f"{f.name} {f.message}".lower()
    if not any(w in text for w in _FORMAT_WORDS[key]):
        return False
    if e.paragraphs:  # a header element: the finding must be on one of its paragraphs
        return any(loc.part == e.part and loc.paragraph in e.paragraphs for loc in f.locations)
    if attribute.startswith("body "):  # body text: not a finding about a header element
        return "header" not in f.name
    return True


def flagged_by(e: Edit, findings: Iterable[Finding]) -> tuple[str, ...]:
    return tuple(sorted({f.rule for f in findings if points_at(f, e)}))


# -- one group ------------------------------------------------------------------------------


def quick_text(path: Path) -> str | None:
    """The text of a package's main document, read without soat's loader: enough to pair
    drafts with finals, at a fraction of the cost (only paired files are loaded in full).
    None when the file is not a readable Word package."""
    try:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/document.xml").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile, RuntimeError):
        return None
    runs = re.compile(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")
    return html.unescape("\n".join("".join(runs.findall(p)) for p in xml.split("</w:p>")))


def process_group(group: str, names: Sequence[str], corpus: Path) -> GroupResult:
    """Pair the drafts of one group, diff each pair and run soat on each paired draft."""
    result = GroupResult()
    texts: dict[str, str] = {}
    for name in names:
        text = quick_text(corpus / f"vbai__{group}__{name}")
        if text is None:
            result.errors.append(f"{group}/{name}: not a readable Word document")
        else:
            texts[name] = text
    result.pairs, result.unpaired = pair_group(group, sorted(texts), texts)
    for pair in list(result.pairs):
        draft, final = (load(corpus / f"vbai__{group}__{n}") for n in (pair.draft, pair.final))
        if isinstance(draft, str) or isinstance(final, str):
            reason = draft if isinstance(draft, str) else final
            result.errors.append(f"{group}/{pair.draft}: {reason}")
            result.pairs.remove(pair)
            continue
        findings = run_soat(draft)
        result.findings[f"{group}/{pair.draft}"] = len(findings)
        result.corrections += [replace(c, group=group, draft=pair.draft, final=pair.final)
                               for c in compare(draft, final, findings)]
    return result


def compare(draft: Document, final: Document,
            findings: Sequence[Finding] | None = None) -> list[Correction]:
    """The corrections from ``draft`` to ``final``, each with the rules whose findings on the
    draft point at it (soat is run on the draft unless ``findings`` are given)."""
    if findings is None:
        findings = run_soat(draft)
    by_paragraph: dict[tuple[str, int | None], list[Finding]] = {}
    for f in findings:
        for loc in {(loc.part, loc.paragraph) for loc in f.locations}:
            by_paragraph.setdefault(loc, []).append(f)
    out = []
    for e in edits_between(draft, final):
        pool = findings if e.kind == "format" else by_paragraph.get((e.part, e.paragraph), [])
        out.append(Correction("", "", "", e, classify(e), flagged_by(e, pool)))
    return out


def _process(args: tuple[str, list[str], str]) -> GroupResult:
    return process_group(args[0], args[1], Path(args[2]))


def run(corpus: Path, jobs: int = 1) -> GroupResult:
    """Every group of ``corpus`` that holds a draft, merged into one result."""
    groups = groups_with_drafts(sorted(os.listdir(corpus)))
    work = [(g, ns, str(corpus)) for g, ns in groups.items()]
    # largest groups first, so that two processes finish together
    work.sort(key=lambda w: -sum((corpus / f"vbai__{w[0]}__{n}").stat().st_size for n in w[1]))
    results: Iterator[GroupResult]
    if jobs > 1:
        import multiprocessing

        with multiprocessing.get_context("spawn").Pool(jobs) as pool:
            results = iter(pool.map(_process, work, chunksize=1))
    else:
        results = map(_process, work)
    total = GroupResult()
    for r in results:
        total.pairs += r.pairs
        total.unpaired += r.unpaired
        total.corrections += r.corrections
        total.findings.update(r.findings)
        total.errors += r.errors
    total.pairs.sort(key=lambda p: (p.group, p.draft))
    total.unpaired.sort(key=lambda u: (u.group, u.draft))
    total.corrections.sort(key=lambda c: (c.group, c.draft, c.edit.part,
                                          -1 if c.edit.paragraph is None else c.edit.paragraph,
                                          c.edit.start))
    return total


# -- reporting ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Row:
    category: str
    corrections: int
    checkable: int
    flagged: int  # checkable corrections flagged
    flagged_any: int  # all corrections flagged, checkable or not

    @property
    def share(self) -> float:
        return self.flagged / self.checkable if self.checkable else 0.0


def table(corrections: Sequence[Correction], prefixes: Sequence[str] = ()) -> list[Row]:
    total: Counter[str] = Counter()
    checkable: Counter[str] = Counter()
    flagged: Counter[str] = Counter()
    flagged_any: Counter[str] = Counter()
    for c in corrections:
        cat = c.verdict.category
        total[cat] += 1
        hit = bool(c.flagged(prefixes))
        flagged_any[cat] += hit
        if c.verdict.is_checkable:
            checkable[cat] += 1
            flagged[cat] += hit
    rows = [Row(cat, total[cat], checkable[cat], flagged[cat], flagged_any[cat])
            for cat in CATEGORIES if total[cat]]
    rows.sort(key=lambda r: (-r.checkable, -r.corrections, r.category))
    rows.append(Row("total", sum(total.values()), sum(checkable.values()),
                    sum(flagged.values()), sum(flagged_any.values())))
    return rows


def format_table(rows: Sequence[Row]) -> str:
    lines = [f"{'category':<16} {'corrections':>11} {'checkable':>9} {'flagged':>7} {'share':>6}"]
    for r in rows:
        share = f"{r.share:.0%}" if r.checkable else "-"
        if r.category == "total":
            lines.append("-" * len(lines[0]))
            share = f"{r.share:.1%}"
        lines.append(f"{r.category:<16} {r.corrections:>11} {r.checkable:>9} {r.flagged:>7} "
                     f"{share:>6}")
    return "\n".join(lines)


def _short(text: str, limit: int = 70) -> str:
    text = text.replace("\n", "⏎").replace("\t", "⇥")
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def describe(c: Correction, prefixes: Sequence[str] = ()) -> str:
    e = c.edit
    where = f"{e.part}" if e.paragraph is None else f"{e.part} ¶{e.paragraph + 1}"
    if e.kind == "text":
        where += f" @{e.start}"
    detail = f"{c.verdict.category}" + (f": {c.verdict.detail}" if c.verdict.detail else "")
    if not c.verdict.is_checkable:
        detail += ", not checkable"
    rules = c.flagged(prefixes)
    flag = "flagged by " + ", ".join(rules) if rules else "not flagged"
    unit = ""
    if e.unit_before or e.unit_after:
        unit = f" (in {_short(e.unit_before, 40)} → {_short(e.unit_after, 40)})"
    return (f"{c.group}/{c.draft} {where}: {_short(e.before)} → {_short(e.after)}{unit} "
            f"[{detail}] {flag}")


TSV_COLUMNS = ("group", "draft", "final", "part", "paragraph", "offset", "length", "kind",
               "category", "detail", "checkable", "flagged_by", "before", "after", "context")


def tsv_lines(corrections: Sequence[Correction]) -> Iterator[str]:
    """One line per correction; ``paragraph`` counted from 1 as soat's text output does."""

    def clean(s: str) -> str:
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")

    yield "\t".join(TSV_COLUMNS)
    for c in corrections:
        e = c.edit
        context = e.draft_text[max(0, e.start - 40):e.end + 40] if e.kind == "text" else ""
        yield "\t".join(clean(str(x)) for x in (
            c.group, c.draft, c.final, e.part, "" if e.paragraph is None else e.paragraph + 1,
            e.start, e.end - e.start, e.kind, c.verdict.category, c.verdict.detail,
            int(c.verdict.is_checkable), ",".join(c.flagged_by), e.before, e.after, context,
        ))


def to_json(result: GroupResult, prefixes: Sequence[str], corpus: Path) -> dict[str, Any]:
    return {
        "corpus": str(corpus),
        "rules": list(prefixes) or "all",
        "pairs": [asdict(p) for p in result.pairs],
        "unpaired": [asdict(u) for u in result.unpaired],
        "errors": result.errors,
        "findings_on_drafts": result.findings,
        "categories": [{**asdict(r), "share": round(r.share, 4)} for r in table(
            result.corrections, prefixes)],
        "corrections": [{
            "group": c.group, "draft": c.draft, "final": c.final, "part": c.edit.part,
            "paragraph_index": c.edit.paragraph, "offset": c.edit.start,
            "length": c.edit.end - c.edit.start, "kind": c.edit.kind,
            "before": c.edit.before, "after": c.edit.after,
            "category": c.verdict.category, "detail": c.verdict.detail,
            "checkable": c.verdict.is_checkable, "flagged_by": list(c.flagged(prefixes)),
        } for c in result.corrections],
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.pairs", description=__doc__.split(
        "\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of vbai__ files")
    parser.add_argument("--rules", default="", help="count only findings of these rule ids "
                        "or prefixes, comma-separated (e.g. TYP,CAP,FMT004)")
    parser.add_argument("--list", metavar="CATEGORY", help="print each correction of a "
                        "category ('all' for every one)")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--missed", action="store_true", help="with --list: only the unflagged")
    which.add_argument("--flagged", action="store_true", help="with --list: only the flagged")
    parser.add_argument("--pairs", action="store_true", help="list the pairs and unpaired drafts")
    parser.add_argument("--json", action="store_true", help="print everything as JSON")
    parser.add_argument("--tsv", type=Path, help="write every correction to this TSV file")
    parser.add_argument("--jobs", type=int, default=1, help="processes (default 1)")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    if args.list and args.list not in (*CATEGORIES, "all"):
        parser.error(f"unknown category {args.list!r}; one of: all, {', '.join(CATEGORIES)}")
    prefixes = [p.strip() for p in args.rules.split(",") if p.strip()]
    started = time.perf_counter()
    result = run(args.corpus, max(1, args.jobs))
    elapsed = time.perf_counter() - started
    if args.tsv:
        args.tsv.write_text("\n".join(tsv_lines(result.corrections)) + "\n", encoding="utf-8")
    if args.json:
        json.dump(to_json(result, prefixes, args.corpus), sys.stdout, ensure_ascii=False,
                  indent=1)
        print()
        return 0
    out = sys.stdout
    if args.pairs:
        for p in result.pairs:
            print(f"pair  {p.group}\n        draft {p.draft}\n        final {p.final}"
                  f"\n        text {p.text_similarity:.2f}, name {p.name_similarity:.2f}",
                  file=out)
        for u in result.unpaired:
            print(f"alone {u.group}\n        draft {u.draft}\n        {u.reason}", file=out)
        print(file=out)
    if args.list:
        for c in result.corrections:
            if args.list not in ("all", c.verdict.category):
                continue
            hit = bool(c.flagged(prefixes))
            if (args.missed and hit) or (args.flagged and not hit):
                continue
            print(describe(c, prefixes), file=out)
        print(file=out)
    for error in result.errors:
        print(f"unreadable: {error}", file=out)
    print(f"{len(result.pairs)} pairs, {len(result.unpaired)} drafts unpaired "
          f"(--pairs lists them); findings of "
          f"{', '.join(prefixes) if prefixes else 'all rules'} on the drafts; "
          f"{elapsed:.0f} s", file=out)
    print(format_table(table(result.corrections, prefixes)), file=out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
