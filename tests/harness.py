"""Run one rule on an outline fixture and compare its findings with the annotations.

STYLE.md 5.8: ``assert_outline(RuleClass, outline)``

1. builds real .docx bytes from the outline (``tests.outline``) and loads them with
   ``validator.loader.load_bytes``, so the loader is exercised too;
2. runs ``validator.engine.check_document`` with only that rule;
3. puts each violation back on the outline line that produced its paragraph, table, note or
   comment, and compares the multiset of (line, rule id[, @offset][, "message"]) with the
   ``# expect:`` annotations, printing what is missing and what is unexpected. Lines without
   annotations must produce nothing;
4. checks what every rule promises: each location resolves (``doc.paragraph(part, index)``, the
   table, the note), offsets fall within the paragraph text, messages are not empty and no
   violation is reported twice.

``profile`` is None (the engine's default, generic), "detect" (what the CLI would pick for the
built document), a profile name, or a Profile; ``settings`` go to the engine as given. Also:
``run_rule(Rule, outline_or_bytes)`` returns the violations, ``load(outline)`` the Document,
``check_outline`` the comparison without asserting.

Mapping a location to a line
----------------------------
- body paragraphs (``part="body"``): by paragraph index, counted in document order with the
  paragraphs inside table cells, from 0. The builder records which line wrote each paragraph;
  the harness aligns that list with ``doc.body_paragraphs`` by text, so a loader that skips the
  empty paragraph of a vertically merged cell (or counts one the builder did not expect) still
  maps every other paragraph to its line. Paragraphs of a table map to the table's line.
- tables (paragraph None): by table index in document order -> the ``table:`` line.
- footnotes/endnotes: by ``location.footnote`` (the note id written in the outline) -> the line
  holding the ``[^id: ...]`` reference; else by the note paragraph's ``note_id``.
- headers, footers, text boxes: by paragraph index within that part, aligned like the body.
- comments: by comment id (``location.footnote``) or the body paragraph the comment is anchored in.
- properties: the last ``meta:`` line if any, else the document.
- anything else (no paragraph, table or note): the document, i.e. an annotation-only line
  ``# expect: ID``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from tests.outline import Expect, Fixture, ParaRec, build, build_fixture
from validator.model import (
    BODY,
    COMMENT,
    ENDNOTE,
    FOOTER,
    FOOTNOTE,
    HEADER,
    PROPERTIES,
    TEXTBOX,
    Document,
    Location,
    Paragraph,
    fold,
)

__all__ = [
    "Outcome",
    "assert_outline",
    "check_outline",
    "load",
    "locate",
    "location_problems",
    "rule_findings",
    "run_rule",
]

DOCUMENT = 0  # the "line" of document-level findings
PARTS = {BODY, FOOTNOTE, ENDNOTE, HEADER, FOOTER, COMMENT, TEXTBOX, PROPERTIES}
_PARAGRAPH_PARTS = {BODY, FOOTNOTE, ENDNOTE, HEADER, FOOTER, TEXTBOX}
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


# --------------------------------------------------------------------------------------------
# Running


def load(outline: str | bytes, *, edit: Callable[[Any], None] | None = None) -> Document:
    """Build (if given text) and load an outline into the document model."""
    from validator.loader import load_bytes

    data = outline if isinstance(outline, bytes) else build(outline, edit=edit)
    return load_bytes(data, "<outline>")


def _profile(profile: Any, doc: Document) -> Any:
    """None: the engine's default (generic); "detect": what the CLI would pick for this
    document; another string: that profile by name; a Profile: itself."""
    if profile == "detect":
        from validator.profiles import detect_profile

        return detect_profile(doc)
    if isinstance(profile, str):
        from validator.profiles import load_profile

        return load_profile(profile)
    return profile


def _run(rule_cls: type, doc: Document, settings: Mapping[str, Any] | None,
         profile: Any) -> list[Any]:
    from validator.engine import check_document

    prof = _profile(profile, doc)
    result = check_document(doc, rules=[rule_cls], settings=settings, profile=prof)
    errors = getattr(result, "rule_errors", None) or getattr(result, "errors", None)
    if errors:
        raise AssertionError(f"{getattr(rule_cls, 'id', rule_cls)} crashed: {errors!r}")
    return list(result.violations)


def run_rule(
    rule_cls: type,
    outline_or_bytes: str | bytes,
    *,
    settings: Mapping[str, Any] | None = None,
    profile: Any = None,
    edit: Callable[[Any], None] | None = None,
) -> list[Any]:
    """The violations of one rule on an outline (or on .docx bytes)."""
    return _run(rule_cls, load(outline_or_bytes, edit=edit), settings, profile)


def rule_findings(rule_cls: type, doc: Document, *, settings: Mapping[str, Any] | None = None,
                  profile: Any = None) -> list[Any]:
    """The raw findings of one rule run by hand on ``doc`` (no engine: nothing stamped),
    with the generic profile unless another is given."""
    from validator.profiles import Profile
    from validator.rule import Context

    prof = _profile(profile, doc) if profile is not None else Profile(name="generic")
    ctx = Context.for_document(doc, profile=prof, settings=dict(settings or {}))
    return list(rule_cls(ctx).check(doc))


# --------------------------------------------------------------------------------------------
# Mapping locations back to outline lines


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return re.sub(r"\s+", " ", fold(text)).strip()


def align(recs: Sequence[ParaRec], loaded: Sequence[Paragraph]) -> dict[int, int | None]:
    """Loaded paragraph index -> outline line, matching the builder's records by text/order."""
    mapping: dict[int, int | None] = {}
    a = [_norm(r.text) for r in recs]
    b = [_norm(p.text) for p in loaded]
    sm = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag not in ("equal", "replace"):
            continue
        ra, lb = list(recs[i1:i2]), list(loaded[j1:j2])
        if len(ra) != len(lb):
            required = [r for r in ra if not r.optional]
            if len(required) == len(lb):
                ra = required
        if len(ra) == len(lb):
            mapping.update((p.index, r.line) for r, p in zip(ra, lb, strict=True))
    by_text: dict[str, set[int | None]] = defaultdict(set)
    for r, t in zip(recs, a, strict=True):
        by_text[t].add(r.line)
    for p, t in zip(loaded, b, strict=True):
        if p.index not in mapping and len(by_text.get(t, ())) == 1:
            mapping[p.index] = next(iter(by_text[t]))
    return mapping


@dataclass
class _Locator:
    fx: Fixture
    doc: Document
    _maps: dict[str, dict[int, int | None]] = field(default_factory=dict)

    def _map(self, part: str) -> dict[int, int | None]:
        if part not in self._maps:
            recs, loaded = {
                BODY: (self.fx.body, self.doc.body_paragraphs),
                HEADER: (self.fx.headers, self.doc.headers),
                FOOTER: (self.fx.footers, self.doc.footers),
                TEXTBOX: (self.fx.textboxes, self.doc.textboxes),
            }[part]
            self._maps[part] = align(recs, list(loaded))
        return self._maps[part]

    def line(self, loc: Location) -> int | None:
        part = loc.part
        if part == PROPERTIES:
            return self.fx.meta_line or DOCUMENT
        if part in (FOOTNOTE, ENDNOTE):
            note_id = loc.footnote
            if note_id is None and loc.paragraph is not None:
                p = self.doc.paragraph(part, loc.paragraph)
                note_id = p.note_id if p is not None else None
            return self.fx.notes.get((part, note_id)) if note_id is not None else None
        if part == COMMENT:
            for c in self.doc.comments:
                if loc.footnote is not None and c.id == loc.footnote and c.paragraph is not None:
                    return self._map(BODY).get(c.paragraph)
            if loc.footnote is not None and loc.footnote in self.fx.comments:
                return self.fx.comments[loc.footnote]
            if loc.paragraph is not None:
                if any(c.paragraph == loc.paragraph for c in self.doc.comments):
                    return self._map(BODY).get(loc.paragraph)
                return self.fx.comments.get(loc.paragraph)
            return None
        if loc.paragraph is not None:
            if part not in (BODY, HEADER, FOOTER, TEXTBOX):
                return None
            return self._map(part).get(loc.paragraph)
        if loc.table is not None:
            if part == BODY and 0 <= loc.table < len(self.fx.tables):
                return self.fx.tables[loc.table]
            return None
        return DOCUMENT


def locate(fx: Fixture, doc: Document, loc: Location) -> int | None:
    """The outline line (0 = document) a location belongs to, or None if it maps nowhere."""
    return _Locator(fx, doc).line(loc)


# --------------------------------------------------------------------------------------------
# Checking the promises every rule makes


def _rule_id(v: Any) -> str:
    return str(getattr(v, "rule", None) or getattr(v, "rule_id", "?"))


def location_problems(doc: Document, violations: Iterable[Any]) -> list[str]:
    """Locations that do not resolve, offsets outside the text, empty messages, duplicates."""
    out: list[str] = []
    vs = list(violations)
    tables = {(t.part, t.index): t for t in doc.tables()}
    for v in vs:
        loc: Location = v.location
        where = f"{_rule_id(v)} at {_fmt_loc(loc)}"
        if not (getattr(v, "message", "") or "").strip():
            out.append(f"{where}: empty message")
        if loc.part not in PARTS:
            out.append(f"{where}: unknown part {loc.part!r}")
            continue
        para = None
        if loc.paragraph is not None and loc.part in _PARAGRAPH_PARTS:
            para = doc.paragraph(loc.part, loc.paragraph)
            if para is None:
                out.append(f"{where}: no {loc.part} paragraph {loc.paragraph}")
        if (loc.part in (FOOTNOTE, ENDNOTE) and loc.footnote is not None
                and doc.note(loc.part, loc.footnote) is None):
            out.append(f"{where}: no {loc.part} with id {loc.footnote}")
        if loc.table is not None:
            t = tables.get((loc.part, loc.table))
            if t is None:
                out.append(f"{where}: no table {loc.table} in {loc.part}")
            else:
                if loc.row is not None and not 0 <= loc.row < len(t.rows):
                    out.append(f"{where}: table {loc.table} has no row {loc.row}")
                if loc.cell is not None and not 0 <= loc.cell < t.columns:
                    out.append(f"{where}: table {loc.table} has no grid column {loc.cell}")
        if loc.length is not None and loc.offset is None:
            out.append(f"{where}: length without offset")
        if loc.offset is not None:
            if para is None:
                if loc.part not in (PROPERTIES, COMMENT):
                    out.append(f"{where}: offset without a paragraph to count it in")
            else:
                n = len(para.text)
                if not 0 <= loc.offset <= n:
                    out.append(f"{where}: offset {loc.offset} outside the text (length {n})")
                elif loc.length is not None and (loc.length < 0 or loc.offset + loc.length > n):
                    out.append(f"{where}: span {loc.offset}+{loc.length} outside the text "
                               f"(length {n})")
    seen = Counter((_rule_id(v), v.location, getattr(v, "message", "")) for v in vs)
    for (rid, loc, msg), n in seen.items():
        if n > 1:
            out.append(f"{rid} at {_fmt_loc(loc)}: reported {n} times ({msg!r})")
    return out


# --------------------------------------------------------------------------------------------
# Comparing with the annotations


@dataclass
class Outcome:
    fixture: Fixture
    doc: Document
    violations: list[Any]
    missing: list[tuple[int | None, Expect]] = field(default_factory=list)
    unexpected: list[tuple[int | None, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.unexpected or self.problems)

    def report(self, title: str = "") -> str:
        fx = self.fixture
        out = [title] if title else []

        def src(line: int | None) -> str:
            if line is None:
                return "(no outline line)"
            if line == DOCUMENT:
                return "document"
            ln = fx.line(line)
            return f"line {line}" + (f"  | {ln.raw.strip()}" if ln else "")

        if self.missing:
            out.append("missing (annotated, not reported):")
            out += [f"  {src(line)}\n      expected {e}" for line, e in self.missing]
        if self.unexpected:
            out.append("unexpected (reported, not annotated):")
            for line, v in self.unexpected:
                loc = v.location
                off = f" @{loc.offset}" if loc.offset is not None else ""
                out.append(f"  {src(line)}\n      got {_rule_id(v)}{off} "
                           f"{getattr(v, 'message', '')!r} at {_fmt_loc(loc)}")
        if self.problems:
            out.append("location problems:")
            out += [f"  {p}" for p in self.problems]
        return "\n".join(out)


def _matches(e: Expect, v: Any) -> bool:
    if _rule_id(v) != e.rule:
        return False
    if e.offset is not None and v.location.offset != e.offset:
        return False
    return e.message is None or e.message in (getattr(v, "message", "") or "")


def compare(fx: Fixture, doc: Document, violations: Sequence[Any]) -> Outcome:
    """Match violations to annotations line by line (most specific annotations first)."""
    outcome = Outcome(fx, doc, list(violations))
    locator = _Locator(fx, doc)
    expected: dict[int | None, list[Expect]] = defaultdict(list)
    for lineno, e in fx.expectations():
        expected[lineno].append(e)
    actual: dict[int | None, list[Any]] = defaultdict(list)
    for v in violations:
        actual[locator.line(v.location)].append(v)
    for line in sorted(set(expected) | set(actual), key=lambda x: -1 if x is None else x):
        acts = list(actual.get(line, []))
        exps = sorted(expected.get(line, []) if line is not None else [],
                      key=lambda e: (e.offset is None) + (e.message is None))
        for e in exps:
            hit = next((v for v in acts if _matches(e, v)), None)
            if hit is None:
                outcome.missing.append((line, e))
            else:
                acts.remove(hit)
        outcome.unexpected += [(line, v) for v in acts]
    outcome.problems = location_problems(doc, violations)
    return outcome


def check_outline(
    rule_cls: type,
    outline: str,
    *,
    settings: Mapping[str, Any] | None = None,
    profile: Any = None,
    edit: Callable[[Any], None] | None = None,
) -> Outcome:
    """Build, load, run one rule and compare; the caller decides what to assert."""
    from validator.loader import load_bytes

    fx = build_fixture(outline, edit=edit)
    doc = load_bytes(fx.data, "<outline>")
    return compare(fx, doc, _run(rule_cls, doc, settings, profile))


def assert_outline(
    rule_cls: type,
    outline: str,
    *,
    settings: Mapping[str, Any] | None = None,
    profile: Any = None,
    edit: Callable[[Any], None] | None = None,
) -> list[Any]:
    """Fail unless the rule reports exactly what the outline's annotations expect."""
    outcome = check_outline(rule_cls, outline, settings=settings, profile=profile, edit=edit)
    if not outcome.ok:
        name = f"{getattr(rule_cls, 'id', '?')} ({getattr(rule_cls, 'name', rule_cls.__name__)})"
        raise AssertionError(outcome.report(f"{name}: findings differ from the annotations"))
    return outcome.violations


def _fmt_loc(loc: Location) -> str:
    bits = [loc.part]
    for name in ("paragraph", "table", "row", "cell", "footnote", "offset", "length"):
        val = getattr(loc, name)
        if val is not None:
            bits.append(f"{name}={val}")
    return " ".join(bits)
