"""Documents checked against each other: a map over documents and a reduce over their index.

The checks of one document cannot see that a report dates a directive otherwise than last
month's report, or that a running total went down since. Here each document contributes a
small record (:func:`contribute`, the **map**: citations with their dates and type names, its
own number, its period and the figures a next report continues), and the cross-document rules
(``XDC``, :class:`~validator.crossdoc.index.CrossRule`) read the records of every document
checked together (:func:`cross_check`, the **reduce**) and report on one document, with the
place in the other document as a related location.

Both steps are plain functions over plain values: ``soat check`` runs them in process (the map
inside the worker that checks each file, the reduce once at the end), a Dask job runs the same
functions distributed (``examples/dask_crosscheck.py``), and contributions are cached by
content hash in the drafting repository (:mod:`validator.crossdoc.cache`) so that a
pre-commit hook checks one report against hundreds of committed ones in well under a second.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from msgspec.structs import replace

from validator.crossdoc.extract import contribute
from validator.crossdoc.index import CrossFinding, CrossRule, Index, Ref
from validator.crossdoc.model import Contribution

if TYPE_CHECKING:
    from validator.report import FileResult, Violation
    from validator.rule import Rule, Severity

try:  # CPython's built-in SHA-1 (as validator.report): no OpenSSL to load
    from _sha1 import sha1 as _sha1
except ImportError:  # pragma: no cover - other interpreters
    from hashlib import sha1 as _sha1


def digest(data: bytes) -> str:
    """The content hash contributions are filed under: git's blob id of ``data`` (the same id
    ``git ls-tree`` gives a committed file, so a repository's files are found in the cache
    without being read)."""
    h = _sha1(b"blob %d\0" % len(data))
    h.update(data)
    return str(h.hexdigest())


def cross_rules(rules: Iterable[type[Rule]]) -> list[type[CrossRule]]:
    return [r for r in rules if isinstance(r, type) and issubclass(r, CrossRule)]


def cross_check(
    contributions: Iterable[Contribution],
    rules: Iterable[type[Rule]],
) -> dict[str, list[CrossFinding]]:
    """The reduce step: the findings of the cross-document ``rules`` over ``contributions``,
    by the path of the document each is on, in rule order."""
    index = Index(contributions)
    out: dict[str, list[CrossFinding]] = defaultdict(list)
    if len(index.documents) < 2:
        return {}
    for rule in cross_rules(rules):
        for finding in rule().check_index(index):
            out[finding.path].append(replace(finding, rule=rule.id))
    return dict(out)


def violations(
    rule: type[Rule], findings: Sequence[CrossFinding],
    severity: Severity | None = None,
) -> list[Violation]:
    """Cross findings of ``rule`` on one document stamped as report violations (the rule's
    identity; severity: the finding's, else ``severity`` from the configuration, else the
    rule's)."""
    from validator.report import Fingerprints, Violation
    from validator.rule import Related

    prints = Fingerprints()
    out = []
    for f in findings:
        out.append(Violation(
            rule=rule.id, name=rule.name, category=rule.category,
            severity=severity or f.severity or rule.severity,
            message=f.message, excerpt=f.place.excerpt, location=f.place.location,
            related=tuple(Related(r.place.location, r.message, r.place.excerpt, path=r.path)
                          for r in f.refs),
            suggestion=f.suggestion,
            fingerprint=prints(rule.id, f.place.excerpt, f.message.split('"')[1]
                               if '"' in f.message else ""),
        ))
    return out


def merge(
    results: Sequence[FileResult],
    findings: Mapping[str, Sequence[CrossFinding]],
    rules_of: Callable[[str], Sequence[type[Rule]]],
    settings_of: Callable[[str], Mapping[str, Any]] = lambda path: {},
) -> list[FileResult]:
    """``results`` with the cross findings on each file added: only those of the rules
    selected for that file (``rules_of(path)``), with the severity its configuration gives,
    silenced where a "soat: ignore" comment of the document says so; sorted, contributions
    dropped."""
    from validator.engine import _configured_severity, _severity_overrides
    from validator.report import violation_sort_key

    out = []
    for result in results:
        found = findings.get(result.path, ())
        if not found or result.failed:
            out.append(replace(result, contribution=None))
            continue
        selected = {r.id: r for r in rules_of(result.path)}
        overrides = _severity_overrides(settings_of(result.path))
        by_rule: dict[str, list[CrossFinding]] = defaultdict(list)
        for f in found:
            if f.rule in selected:
                by_rule[f.rule].append(f)
        added: list[Violation] = []
        for rid, fs in by_rule.items():
            added.extend(violations(selected[rid], fs, _configured_severity(rid, overrides)))
        kept, silenced, used = _suppress(added, result.contribution)
        others = [v for v in result.violations
                  if not (v.rule == "FMT011" and _anchor(v) in used)]
        merged = sorted([*others, *kept], key=violation_sort_key)
        out.append(replace(result, violations=merged, suppressed=result.suppressed + silenced,
                           contribution=None))
    return out


def _anchor(v: Violation) -> tuple[str, int | None, int | None]:
    return (v.location.part or "body", v.location.paragraph, v.location.offset)


def _suppress(
    found: list[Violation], contribution: Contribution | None,
) -> tuple[list[Violation], int, set[tuple[str, int | None, int | None]]]:
    """The findings not silenced by the document's "soat: ignore" comments, how many were,
    and the anchors of the comments that silenced some."""
    if contribution is None or not contribution.suppressions:
        return found, 0, set()
    kept: list[Violation] = []
    used: set[tuple[str, int | None, int | None]] = set()
    for v in found:
        hit = None
        for part, paragraph, offset, length, ids in contribution.suppressions:
            if (v.location.part or "body") != part or v.location.paragraph != paragraph:
                continue
            if ids and not any(v.rule.startswith(i) for i in ids):
                continue
            if offset is not None and v.location.offset is not None and not (
                    offset < v.location.offset + max(v.location.length or 0, 1)
                    and v.location.offset < offset + max(length or 0, 1)):
                continue
            hit = (part, paragraph, offset)
            break
        if hit is None:
            kept.append(v)
        else:
            used.add(hit)
    return kept, len(found) - len(kept), used


__all__ = [
    "Contribution", "CrossFinding", "CrossRule", "Index", "Ref", "contribute", "cross_check",
    "digest", "merge", "violations",
]
