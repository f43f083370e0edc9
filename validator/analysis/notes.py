"""Footnotes typed by hand, as converters leave them: superscript marks in the text and the
note paragraphs they point to (``analysis.typed_notes``, once per document)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import msgspec

from validator import recache
from validator.model import Document, Paragraph

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_RE = recache.compile(f"[{SUPERSCRIPT_DIGITS}]+")
_NOTE_START = recache.compile(r"^\s*(\d{1,3})\s*[.)]?\s+(?=\S)")
# a superscript after a unit or a number is an exponent: m², km², 10⁶
_UNIT_BEFORE = recache.compile(r"(?:\d|\b(?:m|km|cm|mm|dm|ha|m3|x))\s?$", re.IGNORECASE)


def _sup_int(s: str) -> int | None:
    t = s.translate(str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")).strip()
    return int(t) if t.isdigit() and len(t) <= 3 else None


class TypedMark(msgspec.Struct, frozen=True):
    paragraph: Paragraph
    offset: int
    length: int
    number: int


class TypedNotes(msgspec.Struct):
    marks: list[TypedMark]
    notes: list[tuple[Paragraph, int]]  # the note paragraphs and their numbers


def _body_size(doc: Document) -> float | None:
    sizes: dict[float, int] = {}
    for p in doc.paragraphs(tables=False):
        if p.size and not _NOTE_START.match(p.text) and not _SUP_RE.match(p.text.lstrip()):
            sizes[p.size] = sizes.get(p.size, 0) + len(p.text)
    return max(sizes, key=lambda k: sizes[k]) if sizes else doc.default_size


def typed_notes(doc: Document) -> TypedNotes:
    """Footnotes typed by hand, as converters leave them: superscript digits in the text
    (superscript runs or ¹²³) and note paragraphs starting with the same number, either
    superscript or smaller than the body text. Empty when the document has no note
    paragraphs (superscripts alone are units and exponents)."""
    size = _body_size(doc)
    notes: list[tuple[Paragraph, int]] = []
    note_ids: set[int] = set()
    for p in doc.paragraphs(tables=False):
        n = _note_number(p, size)
        if n is not None:
            notes.append((p, n))
            note_ids.add(p.index)
    marks: list[TypedMark] = []
    if notes:
        for p in doc.paragraphs():
            if p.index in note_ids:
                continue
            for off, length, n in _marks(p):
                marks.append(TypedMark(p, off, length, n))
    if not marks:
        notes = []  # small numbered paragraphs without any mark are not footnotes
    return TypedNotes(marks, notes)


def _note_number(p: Paragraph, size: float | None) -> int | None:
    text = p.text
    m = _SUP_RE.match(text.lstrip())
    if m:
        return _sup_int(m.group(0))
    first = next((r for r in p.runs if r.text.strip()), None)
    if first is not None and first.superscript:
        n = _sup_int(first.text)
        if n is not None and len(text.strip()) > len(first.text.strip()):
            return n
    m = _NOTE_START.match(text)
    if m and size and p.size and p.size <= size - 1.5 and p.outline_kind != "arabic":
        return int(m.group(1))
    return None


def _marks(p: Paragraph) -> Iterator[tuple[int, int, int]]:
    for r in p.runs:
        if r.superscript and r.text.strip():
            n = _sup_int(r.text)
            if n is not None and not _UNIT_BEFORE.search(p.text[:r.start]):
                yield r.start, r.end - r.start, n
    for m in _SUP_RE.finditer(p.text):
        n = _sup_int(m.group(0))
        if n is not None and not _UNIT_BEFORE.search(p.text[:m.start()]):
            yield m.start(), m.end() - m.start(), n
