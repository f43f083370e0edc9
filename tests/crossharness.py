"""Cross-document rule fixtures: several outline documents in one text, checked together.

A ``file: NAME`` line starts each document; the lines up to the next one are that document's
outline (``tests/outline.py``), ``# expect:`` annotations included. The documents are built
into real .docx bytes, loaded, analysed and mapped (:func:`validator.crossdoc.contribute`),
the rule's reduce runs over all of them, and each document's findings are compared with its
annotations by ``tests/harness.py`` (same multiset comparison, same location checks). Related
places in another file must resolve in that file.

Documents are ordered as they are written when nothing else (date, period) orders them: the
file names are given a ``NN-`` prefix in the order of the ``file:`` lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tests.harness import Outcome, compare, location_problems
from tests.outline import Fixture, build_fixture
from validator.crossdoc import contribute, cross_check, violations
from validator.engine import analyse
from validator.loader import load_bytes
from validator.model import Document
from validator.report import Violation

_FILE = re.compile(r"^\s*file:\s*(\S.*?)\s*$", re.MULTILINE)


@dataclass
class Built:
    name: str
    fixture: Fixture
    doc: Document


def split(text: str) -> list[tuple[str, str]]:
    """(file name, outline) of each document of a multi-document fixture."""
    marks = list(_FILE.finditer(text))
    if not marks:
        raise ValueError("a cross-document fixture needs 'file: NAME' lines")
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        out.append((f"{i + 1:02d}-{m.group(1)}", text[m.end():end]))
    return out


def build_set(text: str) -> list[Built]:
    out = []
    for name, outline in split(text):
        fx = build_fixture(outline)
        out.append(Built(name, fx, load_bytes(fx.data, name)))
    return out


def run_set(rule_cls: type, docs: Sequence[Built]) -> dict[str, list[Violation]]:
    """The violations of ``rule_cls`` on each document of ``docs``, by name."""
    contributions = [contribute(analyse(b.doc)) for b in docs]
    found = cross_check(contributions, [rule_cls])
    return {b.name: violations(rule_cls, found.get(b.name, [])) for b in docs}


def run_cross(rule_cls: type, text: str) -> dict[str, list[Violation]]:
    return run_set(rule_cls, build_set(text))


def check_documents(rule_cls: type, text: str) -> list[tuple[str, Outcome]]:
    docs = build_set(text)
    found = run_set(rule_cls, docs)
    by_name = {b.name: b.doc for b in docs}
    out = []
    for b in docs:
        vs = found[b.name]
        outcome = compare(b.fixture, b.doc, vs)
        outcome.problems.extend(location_problems(b.doc, vs))
        for v in vs:
            for rel in v.related:
                other = by_name.get(rel.path or b.name)
                if other is None:
                    outcome.problems.append(f"related place in unknown file {rel.path!r}")
                elif rel.path and location_problems(other, [_as_violation(v, rel)]):
                    outcome.problems.append(f"related place does not resolve in {rel.path}")
        out.append((b.name, outcome))
    return out


def _as_violation(v: Violation, rel: object) -> Violation:
    from msgspec.structs import replace

    return replace(v, location=rel.location, related=())  # type: ignore[attr-defined]


def assert_documents(rule_cls: type, text: str) -> None:
    failures = [outcome.report(name) for name, outcome in check_documents(rule_cls, text)
                if not outcome.ok]
    assert not failures, "\n".join(failures)


__all__ = ["assert_documents", "build_set", "check_documents", "run_cross", "split"]
