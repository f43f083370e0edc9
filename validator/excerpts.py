"""Excerpts: the text a location points into, and the flagged span with a little context, as a
Word user can search for it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from validator.model import (
    BODY,
    ENDNOTE,
    FOOTER,
    FOOTNOTE,
    HEADER,
    TEXTBOX,
    Document,
    Location,
    Paragraph,
    Table,
)
from validator.report import span_context

CONTEXT_CHARS = 30  # characters of context on each side of a flagged span
MAX_SPAN_CHARS = 120  # longer spans are shortened in the middle
MAX_PLAIN_CHARS = 2 * CONTEXT_CHARS + 20  # excerpt of a location without a span
ELLIPSIS = "…"


_LINE_BREAKS = str.maketrans({"\n": " ", "\r": " ", "\t": " ", "\v": " ", "\f": " "})


def make_excerpt(text: str, offset: int | None = None, length: int | None = None) -> str:
    """The flagged span with about :data:`CONTEXT_CHARS` characters each side, "…" where cut.

    Context is trimmed back to a word boundary when one is close, so the excerpt does not
    start or end mid-word. Without an offset the start of the text is returned. Offsets out of
    range are clamped; line breaks and tabs become spaces so the excerpt is one line. Only the
    characters shown are copied, so the cost does not grow with the paragraph.
    """
    if offset is None:
        if len(text) <= MAX_PLAIN_CHARS:
            return text.translate(_LINE_BREAKS).strip()
        cut = text[:MAX_PLAIN_CHARS].translate(_LINE_BREAKS)
        space = cut.rfind(" ")
        if space > MAX_PLAIN_CHARS - 15:
            cut = cut[:space]
        return cut.rstrip() + ELLIPSIS
    start = min(max(offset, 0), len(text))
    end = min(max(start + max(length or 0, 0), start), len(text))
    left_from = max(start - CONTEXT_CHARS, 0)
    right_to = min(end + CONTEXT_CHARS, len(text))
    left = text[left_from:start].translate(_LINE_BREAKS)
    right = text[end:right_to].translate(_LINE_BREAKS)
    if left_from > 0:
        space = left.find(" ")
        if 0 <= space < CONTEXT_CHARS // 3:
            left = left[space + 1:]
        left = ELLIPSIS + left.lstrip()
    else:
        left = left.lstrip()
    if right_to < len(text):
        space = right.rfind(" ")
        if space > len(right) - CONTEXT_CHARS // 3:
            right = right[:space]
        right = right.rstrip() + ELLIPSIS
    else:
        right = right.rstrip()
    if end - start <= MAX_SPAN_CHARS:
        span = text[start:end]
    else:  # shortened in the middle, without copying the whole span first
        head = MAX_SPAN_CHARS * 2 // 3
        tail = MAX_SPAN_CHARS - head - 1
        span = text[start:start + head] + ELLIPSIS + text[end - tail:end]
    return left + span.translate(_LINE_BREAKS) + right


class Sources:
    """The texts locations point into, looked up through indexes built once per document:
    stamping many findings never scans the document once per finding."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._paragraphs: dict[tuple[str, int], Paragraph] | None = None
        self._tables: dict[tuple[str, int | None], Table] | None = None
        self._cells: dict[tuple[Any, ...], str] = {}

    def paragraph(self, part: str, index: int) -> Paragraph | None:
        """What ``Document.paragraph`` returns, from an index."""
        if self._paragraphs is None:
            doc = self.doc
            pools: tuple[tuple[str, Iterable[Paragraph]], ...] = (
                (BODY, doc.body_paragraphs),
                (FOOTNOTE, (p for p in doc.note_paragraphs() if p.part == FOOTNOTE)),
                (ENDNOTE, (p for p in doc.note_paragraphs() if p.part == ENDNOTE)),
                (HEADER, doc.headers), (FOOTER, doc.footers), (TEXTBOX, doc.textboxes),
            )
            self._paragraphs = {}
            for name, pool in pools:
                for p in pool:
                    self._paragraphs.setdefault((name, p.index), p)
        return self._paragraphs.get((part, index))

    def table(self, loc: Location) -> Table | None:
        if self._tables is None:
            self._tables = {}
            for table in self.doc.tables():
                self._tables.setdefault((table.part, table.index), table)
        return self._tables.get((loc.part, loc.table))

    def text(self, loc: Location) -> tuple[str, bool]:
        """The text a location points into, and whether it is a paragraph (offsets apply).

        A paragraph when the location names one; otherwise the table cell (or the table's first
        cell), the footnote or endnote, or "" for places without text (properties, comments).
        """
        if loc.paragraph is not None:
            para = self.paragraph(loc.part, loc.paragraph)
            if para is not None:
                return para.text, True
        if loc.table is not None:
            key = (loc.part, loc.table, loc.row, loc.cell)
            if key not in self._cells:
                self._cells[key] = self._cell_text(loc)
            if self._cells[key] is not None:
                return self._cells[key], False
        if loc.footnote is not None and loc.part in (FOOTNOTE, ENDNOTE):
            note = self.doc.note(loc.part, loc.footnote)
            if note is not None:
                return note.text, False
        return "", False

    def _cell_text(self, loc: Location) -> Any:
        table = self.table(loc)
        if table is None or not table.rows:
            return None
        cell = None
        if loc.row is not None and loc.cell is not None:
            cell = table.cell_at(loc.row, loc.cell)
        elif loc.row is not None and 0 <= loc.row < len(table.rows):
            cells = table.rows[loc.row].cells
            cell = cells[0] if cells else None
        elif table.rows[0].cells:
            cell = table.rows[0].cells[0]
        return None if cell is None else cell.text

    def excerpt(self, loc: Location) -> tuple[str, str, str]:
        """(excerpt, identifying context, flagged span) for a location: the context is the
        span's few neighbouring words (:func:`validator.report.span_context`), or the whole
        text when the location has no span."""
        text, is_paragraph = self.text(loc)
        if is_paragraph and loc.offset is not None:
            context, span = span_context(text, loc.offset, loc.length)
            return make_excerpt(text, loc.offset, loc.length), context, span
        return make_excerpt(text), text, ""


def source_text(doc: Document, loc: Location) -> tuple[str, bool]:
    """The text a location points into, and whether it is a paragraph (see :class:`Sources`)."""
    return Sources(doc).text(loc)


def excerpt_for(doc: Document, loc: Location) -> tuple[str, str, str]:
    """(excerpt, identifying context, flagged span) for a location (see
    :func:`validator.report.span_context`)."""
    return Sources(doc).excerpt(loc)


__all__ = ["CONTEXT_CHARS", "ELLIPSIS", "MAX_PLAIN_CHARS", "MAX_SPAN_CHARS", "Sources",
           "excerpt_for", "make_excerpt", "source_text"]
