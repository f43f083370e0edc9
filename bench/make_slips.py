"""Slips injected into real documents: how many the arithmetic rules find (not part of the suite).

Run from the repository root, with ``../shared`` beside it::

    python -m bench.make_slips                # write tests/data/slips.tsv (fixed seeds)
    python -m bench.make_slips --set heldout  # tests/data/slips-heldout.tsv
    python -m bench.claims --slips            # recall of the ARI rules on those slips
    python -m bench.claims --slips --misses   # ... and every slip not found

A reviewer's test: take a claim of a real document that holds (a row of
``tests/data/claims.tsv`` whose verdict is ``true``), change one figure the way a drafter
slips (one digit replaced, two digits swapped, a count one off), and see whether soat
reports it. Per claim, one slip changes the stated figure (the total, the percentage, the
change, the count) and one changes a figure it is computed from (a part, the numerator, one
of the two compared figures), when there is one. The choice of digit and replacement comes
from a generator seeded with the claim's place and text, so the set is the same on every
run. A slip is kept only when the annotation's own arithmetic (:func:`bench.claims.verdict`)
says the changed claim no longer holds, and when the changed document reads back with
exactly that one figure changed.

A slip counts as **found** when the changed document has an arithmetic finding (error or
warning) that the original does not have, at the claim's paragraph, at the changed
paragraph, or (for a table claim) in the same table.
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
import sys
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from bench.claims import ROOT, SETS, SHARED, figures, find, place, rows, verdict

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
FIELDS = ("file", "location", "kind", "claim", "slipped", "paragraph", "offset", "old", "new")


@dataclass(frozen=True)
class Slip:
    file: str
    location: str  # the claim's place, as in claims.tsv
    kind: str
    claim: str  # the claim as annotated (it holds)
    slipped: str  # the claim with the changed figure (it does not hold)
    paragraph: int  # body paragraph (the model's index, from 0) where the figure is changed
    offset: int  # position of the figure in that paragraph's text
    old: str
    new: str


# -- finding a figure and changing it in the package ----------------------------------------


def token_re(token: str) -> re.Pattern[str]:
    """The figure as a whole number in text: no digit or "digit-separator" glued to it."""
    return re.compile(r"(?<![\d.,])(?<!\d[.,])" + re.escape(token) + r"(?![.,]?\d)")


def body_paragraphs(root: etree._Element) -> list[etree._Element]:
    """The w:p of the body in document order, as the loader counts them (text boxes apart)."""
    body = root.find(f"{{{W}}}body")
    assert body is not None
    out = []
    for p in body.iter(f"{{{W}}}p"):
        if any(a.tag in (f"{{{W}}}txbxContent",) or a.tag.endswith("}Fallback")
               for a in p.iterancestors()):
            continue
        out.append(p)
    return out


def replace_in_paragraph(p: etree._Element, offset_in_text: int, old: str, new: str,
                         text: str) -> bool:
    """Replace the occurrence of ``old`` that stands at ``offset_in_text`` of soat's text.

    The paragraph's w:t nodes are concatenated; the occurrence chosen is the one with the
    same rank among the whole-number matches of ``old`` as in soat's text. Runs that split the
    figure are handled: the new figure goes into the first node, the rest is removed.
    """
    rank = sum(1 for m in token_re(old).finditer(text) if m.start() < offset_in_text)
    nodes = [t for t in p.iter(f"{{{W}}}t")
             if not any(a.tag == f"{{{W}}}del" for a in t.iterancestors())]
    joined = "".join(t.text or "" for t in nodes)
    hits = list(token_re(old).finditer(joined))
    if rank >= len(hits):
        return False
    start, end = hits[rank].span()
    pos = 0
    first = True
    for t in nodes:
        s = t.text or ""
        a, b = pos, pos + len(s)
        pos = b
        if b <= start or a >= end:
            continue
        lo, hi = max(start, a) - a, min(end, b) - a
        t.text = s[:lo] + (new if first else "") + s[hi:]
        t.set(XML_SPACE, "preserve")
        first = False
    return True


def mutate(data: bytes, slip: Slip, text: str) -> bytes | None:
    """The package with the slip applied, or None when the paragraph cannot be found."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(zin.read("word/document.xml"))
    paras = body_paragraphs(root)
    if slip.paragraph >= len(paras):
        return None
    if not replace_in_paragraph(paras[slip.paragraph], slip.offset, slip.old, slip.new, text):
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == "word/document.xml":
                zout.writestr(info, etree.tostring(root, xml_declaration=True,
                                                   encoding="UTF-8", standalone=True))
            else:
                zout.writestr(info, zin.read(info.filename))
    return out.getvalue()


# -- choosing slips ----------------------------------------------------------------------


def slip_digit(token: str, rng: random.Random, count: bool) -> str:
    """One figure as a drafter mistypes it: a digit replaced, two swapped, a count one off."""
    digits = [i for i, ch in enumerate(token) if ch.isdigit()]
    if count:
        n = int(token)
        m = n + rng.choice((-1, 1)) if n > 1 else n + 1
        return str(m).zfill(len(token)) if token.startswith("0") else str(m)
    if len(digits) >= 2 and rng.random() < 0.4:
        i = rng.randrange(len(digits) - 1)
        a, b = digits[i], digits[i + 1]
        if token[a] != token[b] and not (i == 0 and token[b] == "0"):
            s = list(token)
            s[a], s[b] = s[b], s[a]
            return "".join(s)
    # replace one digit, the leading one only for one-digit figures
    i = rng.choice(digits[1:] or digits)
    choices = [d for d in "0123456789" if d != token[i] and not (i == digits[0] and d == "0")]
    return token[:i] + rng.choice(choices) + token[i + 1:]


def operands(kind: str, claim: str) -> tuple[str, list[str]]:
    """The stated figure and the figures it is computed from, as written in the claim."""
    lhs, _, rhs = re.split(r"\s*(>=|=)\s*", claim, maxsplit=1)
    stated = lhs.strip().rstrip("%")
    if rhs.startswith("#"):
        return stated, []
    tokens = re.findall(r"-?\d[\d.,]*", rhs.removesuffix(" - 1"))
    if kind in ("ratio", "share") or "/" in rhs:
        tokens = tokens[:1]  # the numerator; a changed denominator changes every share of it
    return stated, [t for t in tokens if not t.startswith("-")]


def slipped_claim(claim: str, old: str, new: str, stated: bool) -> str:
    lhs, op, rhs = re.split(r"\s*(>=|=)\s*", claim, maxsplit=1)
    if stated:
        return f"{lhs.replace(old, new, 1)} {op} {rhs}"
    return f"{lhs} {op} {token_re(old).sub(new, rhs, count=1)}"


DATE_OR_CODE = re.compile(
    r"(?<![\d/])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\d/])"  # 01/11/2023
    r"|(?<![\d/])\d{1,2}/\d{4}(?![\d/])"  # 11/2025
    r"|\d+(?:/\d+)*/[A-ZĐ][\w/.-]*"  # 9574/KH-BCĐ06
)


def occurrences(text: str, token: str) -> list[int]:
    """Where the figure stands in text as a figure (not inside a date or a document code)."""
    skip = [m.span() for m in DATE_OR_CODE.finditer(text)]
    return [m.start() for m in token_re(token).finditer(text)
            if not any(a <= m.start() < b for a, b in skip)]


def where(doc: object, location: str, token: str, others: list[str]) -> tuple[int, int] | None:
    """The paragraph and offset of the figure: in the paragraph (or table cell) that holds
    most of the claim's other figures, nearest the claim's place, and there the occurrence
    nearest to them."""
    kind, a, b = place(location)
    paras = doc.body_paragraphs  # type: ignore[attr-defined]
    if kind == "p":
        window = [(i, abs(i - a)) for i in range(max(0, a - 3), min(len(paras), a + 40))
                  if i == a or paras[i].table is None]
    else:
        col = re.search(r"c(\d+)$", location)
        c = int(col.group(1)) - 1 if col else None
        window = [(p.index, abs((p.row or 0) - (b or 0)) + (1000 if c is not None and p.cell != c
                                                             else 0))
                  for p in paras if p.table == a]
    best: tuple[tuple[int, int], int, int] | None = None
    for i, dist in window:
        text = paras[i].text
        spots = occurrences(text, token)
        if not spots:
            continue
        near = [o for t in others if t != token for o in occurrences(text, t)]
        score = (-len({t for t in others if t != token and occurrences(text, t)}), dist)
        spot = min(spots, key=lambda s: min((abs(s - o) for o in near), default=0))
        if best is None or score < best[0]:
            best = (score, i, spot)
    return None if best is None else (best[1], best[2])


def generate(claims: Path) -> list[Slip]:
    from validator.loader import load_path

    out: list[Slip] = []
    data = [r for r in rows(claims) if r["holds"] == "true"]
    docs: dict[str, object] = {}
    for r in data:
        path = find(r["file"])
        if path is None:
            continue
        if r["file"] not in docs:
            docs[r["file"]] = load_path(str(path))
        doc = docs[r["file"]]
        stated, froms = operands(r["kind"], r["claim"])
        rhs = re.split(r"\s*(?:>=|=)\s*", r["claim"], maxsplit=1)[1]
        froms_all = [] if rhs.startswith("#") else re.findall(r"\d[\d.,]*", rhs)
        # the place in the model's indexes (counted from 0) seeds the choice
        at = re.sub(r"\d+", lambda m: str(int(m.group()) - 1), r["location"])
        seed = zlib.crc32(f"{r['file']}|{at}|{r['claim']}".encode())
        rng = random.Random(seed)
        targets = [(stated, True)]
        if froms:
            targets.append((rng.choice(froms), False))
        for token, is_stated in targets:
            if figures(token) == [0]:
                continue
            spot = where(doc, r["location"], token, [stated, *froms_all])
            if spot is None:
                continue
            count = r["kind"] == "count" and is_stated
            for _ in range(12):
                new = slip_digit(token, rng, count)
                if new == token:
                    continue
                slipped = slipped_claim(r["claim"], token, new, is_stated)
                if count or not verdict(r["kind"], slipped):
                    break
            else:
                continue
            i, offset = spot
            out.append(Slip(r["file"], r["location"], r["kind"], r["claim"], slipped, i,
                            offset, token, new))
    return out


def write(slips: list[Slip], path: Path, claims: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Slips injected into real documents by bench/make_slips.py (fixed seeds):\n"
                 f"# one figure of a claim of tests/data/{claims.name} that holds is changed from\n"
                 "# `old` to `new` at body paragraph `paragraph` (counted from 1), after `offset`"
                 " characters; `slipped`\n"
                 "# is the claim as it then reads (it no longer holds).\n")
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(FIELDS)
        for s in slips:
            w.writerow([s.paragraph + 1 if f == "paragraph" else getattr(s, f) for f in FIELDS])


def read(path: Path) -> list[Slip]:
    out = []
    for r in rows(path):
        out.append(Slip(r["file"], r["location"], r["kind"], r["claim"], r["slipped"],
                        int(r["paragraph"]) - 1, int(r["offset"]), r["old"], r["new"]))
    return out


# -- evaluating -----------------------------------------------------------------------------


def _key(v: object) -> tuple[object, ...]:
    loc = v.location  # type: ignore[attr-defined]
    return (v.rule, loc.paragraph, loc.table, loc.row, v.message)  # type: ignore[attr-defined]


def _at(v: object, slip: Slip) -> bool:
    loc = v.location  # type: ignore[attr-defined]
    kind, a, _ = place(slip.location)
    if loc.paragraph == slip.paragraph:
        return True
    if kind == "p":
        return loc.paragraph == a and loc.table is None
    return loc.table == a


def evaluate(path: Path, verbose: bool = False) -> int:
    from rules import BUILTIN_RULES
    from validator.engine import check_document
    from validator.loader import load_bytes

    if not path.exists():
        print(f"{path.name} is missing: run python -m bench.make_slips", file=sys.stderr)
        return 2
    ari = [r for r in BUILTIN_RULES if r.id.startswith("ARI")]  # type: ignore[attr-defined]
    slips = read(path)
    by_file: dict[str, list[Slip]] = {}
    for s in slips:
        by_file.setdefault(s.file, []).append(s)
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    severities: Counter[str] = Counter()
    unapplied = 0
    misses: list[Slip] = []
    for name, items in sorted(by_file.items()):
        docx = find(name)
        if docx is None:
            continue
        data = docx.read_bytes()
        original = load_bytes(data, name)
        before = {_key(v) for v in check_document(original, rules=ari).violations}
        for s in items:
            text = original.body_paragraphs[s.paragraph].text
            changed = mutate(data, s, text)
            doc = load_bytes(changed, name) if changed is not None else None
            expected = text[:s.offset] + s.new + text[s.offset + len(s.old):]
            if doc is None or doc.body_paragraphs[s.paragraph].text != expected:
                unapplied += 1
                continue
            total[s.kind] += 1
            new = [v for v in check_document(doc, rules=ari).violations
                   if _key(v) not in before and _at(v, s)]
            if new:
                found[s.kind] += 1
                severities[min(v.severity.value for v in new)] += 1
            else:
                misses.append(s)
    n, k = sum(total.values()), sum(found.values())
    print(f"slips: {n} in {len(by_file)} documents ({unapplied} could not be applied)")
    print(f"found: {k}/{n} = {k / max(1, n):.1%} "
          f"({severities['error']} as errors, {severities['warning']} as warnings)")
    for kind in sorted(total):
        print(f"  {kind:8} {found[kind]}/{total[kind]}")
    if verbose:
        for s in misses:
            print(f"MISSED {s.file[:60]} {s.location} {s.kind} {s.claim}  ->  {s.slipped}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=sorted(SETS), default="dev",
                    help="slips in the development set (default) or the held-out set")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print("../shared is not available", file=sys.stderr)
        return 2
    claims, path = SETS[args.set]
    slips = generate(claims)
    write(slips, path, claims)
    print(f"{len(slips)} slips written to {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
