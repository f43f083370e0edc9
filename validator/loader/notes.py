"""Footnotes and endnotes: their stories, and their numbers in order of first reference."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from validator.loader.body import Reader
from validator.loader.drafts import PDraft
from validator.loader.freeze import freeze_paragraph
from validator.loader.package import w
from validator.loader.styles import _int
from validator.model import ENDNOTE, FOOTNOTE, Note

if TYPE_CHECKING:
    from validator.loader.document import DocumentLoader

# (note id, the reader holding its paragraphs, first paragraph, end)
NoteSpan = tuple[int, Reader, int, int]


def read_notes(
    loader: DocumentLoader, name: str, kind: str
) -> tuple[list[NoteSpan], list[Reader]]:
    """The notes of the part related to the main part as ``name`` ("footnotes" or
    "endnotes"), read as stories of ``kind``; separators are skipped."""
    target = None
    for rtype, tgt, _ in loader.main_rels.values():
        if rtype == name:
            target = tgt
    root = loader.pkg.xml(target) if target else None
    out: list[NoteSpan] = []
    readers: list[Reader] = []
    if root is None:
        return out, readers
    reader = Reader(loader, kind)
    readers.append(reader)
    tag = w("footnote" if kind == FOOTNOTE else "endnote")
    for note in root.iter(tag):
        ntype = note.get(w("type"))
        if ntype in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        nid = _int(note, w("id"))
        if nid is None:
            continue
        reader.note_id = nid
        start = len(reader.paras)
        reader.blocks_of(note, None)
        out.append((nid, reader, start, len(reader.paras)))
    return out, readers


def note_numbers(paras: Iterable[PDraft]) -> dict[tuple[str, int], int]:
    """The number Word shows for each (kind, note id): footnotes and endnotes are numbered
    separately, in order of first reference; a note with a custom mark takes no number."""
    numbers: dict[tuple[str, int], int] = {}
    counts = {FOOTNOTE: 0, ENDNOTE: 0}
    for p in paras:
        for kind, nid, _off, custom in p.notes:
            if (kind, nid) not in numbers and custom is None:
                counts[kind] += 1
                numbers[(kind, nid)] = counts[kind]
    return numbers


def freeze_notes(
    loader: DocumentLoader, notes: list[NoteSpan], numbers: dict[tuple[str, int], int]
) -> tuple[Note, ...]:
    out: list[Note] = []
    for nid, reader, start, end in notes:
        paras = tuple(
            freeze_paragraph(loader.styles, p, i, numbers)
            for i, p in enumerate(reader.paras[start:end], start)
        )
        out.append(Note(reader.part, nid, paras))
    return tuple(out)
