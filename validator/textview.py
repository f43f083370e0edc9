"""The document as plain text, as Word shows it: for reading a .docx in a terminal and for
``git diff`` through a textconv driver (``soat text FILE``).

What a reader sees, in reading order, one paragraph per line:

- the automatic numbers Word displays ("I.", "1.", "a)") before the paragraph's text;
- a footnote reference as ``[^1]`` where the mark stands (endnotes ``[^i]``, Word's default
  numbering for them); a note with a custom mark keeps the mark typed in the text;
- a data table (one with borders) one row per line, ``| cell | cell |``, the paragraphs of a
  cell joined by `` ¶ ``; a cell spanning several columns is followed by ``<<`` for each column
  it covers, a cell merged with the one above shows ``^^``; a layout table (no borders: the
  header and signature blocks) cell by cell, one paragraph per line, in reading order;
- after the body, under a title line each: footnotes (``[^1]: text``), endnotes, text boxes,
  page headers and footers (each distinct text once) and reviewers' comments.

Tracked insertions are shown and deletions are not (Word's "No Markup" view); hidden text is
not shown. Runs of empty paragraphs become one empty line; lines carry no trailing spaces.
The output depends only on the document, so the same file gives the same text.
"""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Cell, Document, Paragraph, Table
from validator.numerals import roman

FOOTNOTES = "---- Chú thích ----"
ENDNOTES = "---- Chú thích cuối văn bản ----"
TEXTBOXES = "---- Hộp văn bản ----"
HEADERS = "---- Đầu trang ----"
FOOTERS = "---- Chân trang ----"
COMMENTS = "---- Ý kiến góp ý (comment) ----"
CELL_BREAK = " ¶ "


def note_mark(kind: str, number: int) -> str:
    """The mark Word displays for note ``number``: 1, 2, 3 for footnotes, i, ii, iii for
    endnotes."""
    return roman(number).lower() if kind == "endnote" else str(number)


def paragraph_text(p: Paragraph) -> str:
    """The paragraph as shown: its automatic number, its text, note marks in place."""
    text = p.text
    for ref in sorted(p.notes, key=lambda r: r.offset, reverse=True):
        if ref.custom_mark is not None:
            continue  # the mark is typed in the text
        at = min(max(ref.offset, 0), len(text))
        text = f"{text[:at]}[^{note_mark(ref.kind, ref.number)}]{text[at:]}"
    label = p.label
    return f"{label} {text}" if label and text else (label or text)


def _cell_text(cell: Cell) -> str:
    parts = [paragraph_text(p) for p in cell.paragraphs]
    for inner in cell.tables:
        parts.extend(" | ".join(_cell_text(c) for c in row.cells) for row in inner.rows)
    return CELL_BREAK.join(x for x in (" ".join(s.split("\n")) for s in parts) if x.strip())


def _data_rows(table: Table) -> Iterator[str]:
    grid = table.grid()
    for r, row in enumerate(table.rows):
        cells: list[str] = []
        for c in range(table.columns):
            cell = grid[r][c] if r < len(grid) else None
            if cell is None:
                cells.append("")
            elif cell.row != r:
                cells.append("^^")  # merged with the cell above
            elif cell.col != c:
                cells.append("<<")  # covered by the cell on the left
            else:
                cells.append(_cell_text(cell).replace("|", "\\|"))
        if row.cells or any(cells):
            yield "| " + " | ".join(cells) + " |"


def _layout_lines(table: Table) -> Iterator[str]:
    for row in table.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                yield paragraph_text(p)
            for inner in cell.tables:
                yield from _table_lines(inner)


def _table_lines(table: Table) -> Iterator[str]:
    if table.borderless:
        yield from _layout_lines(table)
    else:
        yield ""
        yield from _data_rows(table)
        yield ""


def _body_lines(doc: Document) -> Iterator[str]:
    for block in doc.blocks:
        if isinstance(block, Table):
            yield from _table_lines(block)
        else:
            yield paragraph_text(block)


def _distinct(paragraphs: tuple[Paragraph, ...]) -> list[str]:
    """The texts of header or footer paragraphs, each distinct text once, in order."""
    seen: dict[str, None] = {}
    for p in paragraphs:
        text = paragraph_text(p)
        if text.strip():
            seen.setdefault(text)
    return list(seen)


def lines(doc: Document) -> Iterator[str]:
    """The lines of :func:`render`, before blank lines are collapsed."""
    yield from _body_lines(doc)
    sections: list[tuple[str, list[str]]] = []
    for title, kind in ((FOOTNOTES, "footnote"), (ENDNOTES, "endnote")):
        notes = doc.footnotes if kind == "footnote" else doc.endnotes
        numbers = {r.id: r.number for p in doc.all_paragraphs() for r in p.notes
                   if r.kind == kind and r.custom_mark is None}
        out: list[str] = []
        for note in notes:
            body = "\n".join(paragraph_text(p) for p in note.paragraphs).strip()
            if not body:
                continue
            mark = note_mark(kind, numbers[note.id]) if note.id in numbers else "*"
            out.append(f"[^{mark}]: {body}")
        sections.append((title, out))
    sections.append((TEXTBOXES, [paragraph_text(p) for p in doc.textboxes]))
    sections.append((HEADERS, _distinct(doc.headers)))
    sections.append((FOOTERS, _distinct(doc.footers)))
    sections.append((COMMENTS, [
        f"[{c.author}] {c.text}".rstrip() if c.author else c.text for c in doc.comments
    ]))
    for title, texts in sections:
        if any(x.strip() for x in texts):
            yield ""
            yield title
            yield from texts


def render(doc: Document) -> str:
    """The document as text (see the module's documentation), ending with a newline."""
    out: list[str] = []
    for chunk in lines(doc):
        for line in chunk.split("\n"):
            line = line.rstrip()
            if line or (out and out[-1]):
                out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n" if out else ""


__all__ = ["note_mark", "paragraph_text", "render"]
