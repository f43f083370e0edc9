"""The read-only document model every rule reads.

The loader (:mod:`validator.loader`) builds one :class:`Document` per file in a single pass
over the package's XML. Rules never see XML or python-docx: they walk the iterators here.

Text is what a person sees in Word: runs joined, Unicode NFC, tabs and breaks as characters,
non-breaking hyphens as "-", soft hyphens and zero-width characters dropped, field results
kept and field codes dropped, tracked insertions kept and deletions dropped. Automatic
numbering is resolved to the label Word displays (``Paragraph.label``), kept apart from the
paragraph's own ``text`` so that offsets stay offsets into the typed text.

``Paragraph.match`` is ``text`` with look-alike characters folded (NBSP and other spaces to
" ", dashes and minus signs to "-", curly quotes to straight ones) one character for one
character, so a regex match on ``match`` has the same offsets in ``text``.

The records are frozen ``msgspec.Struct`` classes: frozen dataclasses in effect (immutable,
slotted, compared by value, picklable for ``--jobs`` and Dask), but built in C, so that the
dozens of record classes cost no code generation at each start of the command line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

import msgspec

from validator import recache

# Parts a location may point into.
BODY = "body"
FOOTNOTE = "footnote"
ENDNOTE = "endnote"
HEADER = "header"
FOOTER = "footer"
COMMENT = "comment"
TEXTBOX = "textbox"
PROPERTIES = "properties"

_FOLD = {
    "\u00a0": " ",  # no-break space
    "\u2007": " ",  # figure space
    "\u202f": " ",  # narrow no-break space
    "\u2002": " ",
    "\u2003": " ",
    "\u2004": " ",
    "\u2005": " ",
    "\u2006": " ",
    "\u2008": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u3000": " ",
    "\t": " ",
    "\u2010": "-",  # hyphen
    "\u2011": "-",  # non-breaking hyphen
    "\u2012": "-",  # figure dash
    "\u2013": "-",  # en dash
    "\u2014": "-",  # em dash
    "\u2015": "-",
    "\u2212": "-",  # minus sign
    "\ufe63": "-",
    "\uff0d": "-",
    "\u2018": "'",
    "\u2019": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u2044": "/",  # fraction slash
    "\u2215": "/",  # division slash
    "\uff0f": "/",
}
_FOLD_RE = recache.compile("[" + re.escape("".join(_FOLD)) + "]")


def _fold_one(m: re.Match[str]) -> str:
    return _FOLD[m.group()]


def fold(text: str) -> str:
    """Fold look-alike characters one for one (same length, same offsets)."""
    if _FOLD_RE.search(text) is None:
        return text
    # re.sub, not str.translate: translate looks every character of a non-ASCII
    # text up in a dict, tens of microseconds per paragraph; the few look-alikes are found
    # faster.
    return _FOLD_RE.sub(_fold_one, text)


class Location(msgspec.Struct, frozen=True):
    """Where a finding is, in terms a Word user can find.

    ``paragraph`` is the paragraph's index within its part (body paragraphs are counted in
    document order, including those inside tables). ``table``/``row``/``cell`` are 0-based
    indexes of the table in the part, its row and its grid column. ``footnote`` is the note id
    for parts ``footnote``/``endnote``. ``offset``/``length`` are character positions in the
    paragraph's ``text``.
    """

    part: str = BODY
    paragraph: int | None = None
    section: str | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    footnote: int | None = None
    offset: int | None = None
    length: int | None = None

    def span(self, offset: int, length: int) -> Location:
        """The same place narrowed to ``text[offset:offset+length]``."""
        return Location(
            self.part,
            self.paragraph,
            self.section,
            self.table,
            self.row,
            self.cell,
            self.footnote,
            offset,
            length,
        )


# Sets a field of a frozen struct: only for values derived from the others (the folded text,
# a table's grid), once, while nobody else holds the object or before anyone can see a change.
_FORCE = msgspec.structs.force_setattr


class Run(msgspec.Struct, frozen=True):
    """A stretch of a paragraph's text with uniform formatting (after style resolution)."""

    text: str
    start: int
    end: int
    bold: bool = False
    italic: bool = False
    underline: bool = False
    superscript: bool = False
    subscript: bool = False
    caps: bool = False
    font: str | None = None
    size: float | None = None  # points
    highlight: str | None = None
    inserted: bool = False  # inside a tracked insertion
    style: str | None = None



class NoteRef(msgspec.Struct, frozen=True):
    """A footnote or endnote reference mark inside a paragraph."""

    kind: str  # "footnote" | "endnote"
    id: int
    offset: int  # position in the paragraph text where the mark stands
    number: int  # the number Word displays (order of first appearance), or the custom mark
    custom_mark: str | None = None


class Numbering(msgspec.Struct, frozen=True):
    """Automatic numbering of a paragraph, resolved from numbering.xml."""

    num_id: int
    level: int  # ilvl, 0-based
    format: str  # decimal, upperRoman, lowerLetter, bullet, none, ...
    label: str  # the label Word displays, e.g. "III.", "2.", "a)", "-"
    value: int  # the counter value at this level


class Paragraph(msgspec.Struct, frozen=True):
    part: str
    index: int
    text: str
    runs: tuple[Run, ...] = ()
    style: str | None = None  # style name as shown in Word ("Heading 1", "Normal")
    style_id: str | None = None
    outline_level: int | None = None  # 0-based, from the paragraph or its style
    numbering: Numbering | None = None
    alignment: str | None = None  # left, center, right, both, ...
    section: str | None = None  # outline path, e.g. "II.1", "PL2"
    heading_level: int | None = None  # 1-based level if the paragraph is a heading
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    note_id: int | None = None  # for footnote/endnote paragraphs
    notes: tuple[NoteRef, ...] = ()
    hidden_text: str = ""
    deleted_text: str = ""  # text of tracked deletions (not content; for pre-submission checks)
    comment_ids: tuple[int, ...] = ()  # comments anchored in this paragraph
    page_section: int = 0  # index into Document.sections
    in_textbox: bool = False
    outline_kind: str | None = (
        None  # part, roman, arabic, arabic2, arabic3, letter, bullet, appendix
    )
    outline_value: int | None = None  # the number of the label (II -> 2, b -> 2, "1.3." -> 3)
    outline_label: str | None = None  # the label as shown ("III.", "2.", "a)", "1.2.", "PHỤ LỤC 3")
    outline_auto: bool = False  # the label comes from Word's automatic numbering
    font: str | None = None  # dominant font of the paragraph's text
    size: float | None = None  # dominant size in points
    # Layout as Word resolves it (document defaults, list level, style chain, the paragraph's
    # own settings). Lengths in twips (1/20 pt; 567 to the centimetre).
    indent_left: int = 0
    first_line: int = 0  # negative for a hanging indent
    indent_right: int = 0
    space_before: int = 0
    space_after: int = 0
    line_spacing: int = 240  # 240ths of a line when line_rule is "auto", else twips
    line_rule: str = "auto"  # "auto" (single, 1.5 lines, multiple), "exact", "atLeast"
    contextual_spacing: bool = False  # no spacing between paragraphs of the same style
    match: str = ""  # derived from ``text``

    def __post_init__(self) -> None:
        # ``match`` is ``text`` folded unless given
        if not self.match and self.text:
            _FORCE(self, "match", fold(self.text))

    @property
    def label(self) -> str:
        """The automatic number Word displays before the text ("" if none)."""
        return self.numbering.label if self.numbering else ""

    @property
    def display(self) -> str:
        """Label and text as shown, e.g. "III. MỘT SỐ TỒN TẠI"."""
        if self.numbering and self.numbering.label:
            return f"{self.numbering.label} {self.text}"
        return self.text

    @property
    def location(self) -> Location:
        return Location(
            part=self.part,
            paragraph=self.index,
            section=self.section,
            table=self.table,
            row=self.row,
            cell=self.cell,
            footnote=self.note_id,
        )

    def at(self, offset: int, length: int) -> Location:
        """Location of ``text[offset:offset+length]``."""
        return self.location.span(offset, length)

    def runs_at(self, start: int, end: int) -> Iterator[Run]:
        for run in self.runs:
            if run.end > start and run.start < end:
                yield run

    @property
    def is_bold(self) -> bool:
        """True when most visible characters are bold."""
        return _majority(self.runs, lambda r: r.bold)

    @property
    def is_italic(self) -> bool:
        return _majority(self.runs, lambda r: r.italic)

    @property
    def line_spacing_points(self) -> float | None:
        """The fixed line height in points ("Exactly"/"At least"), None for a multiple."""
        return None if self.line_rule == "auto" else self.line_spacing / 20

    @property
    def line_spacing_lines(self) -> float | None:
        """The line spacing as a multiple of single lines ("auto"), None when fixed."""
        return self.line_spacing / 240 if self.line_rule == "auto" else None


def _majority(runs: tuple[Run, ...], pred: object) -> bool:
    total = hit = 0
    for r in runs:
        n = len(r.text.strip())
        total += n
        if pred(r):  # type: ignore[operator]
            hit += n
    return total > 0 and hit * 2 > total


class Cell(msgspec.Struct, frozen=True):
    row: int
    col: int  # grid column of the cell's first column
    span: int  # gridSpan
    rowspan: int  # rows covered (vertical merge resolved)
    paragraphs: tuple[Paragraph, ...]
    tables: tuple[Table, ...] = ()  # nested tables

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)


class Row(msgspec.Struct, frozen=True):
    index: int
    cells: tuple[Cell, ...]
    is_header: bool = False  # repeats as a header row on each page (w:tblHeader)


class Table(msgspec.Struct, frozen=True):
    part: str
    index: int
    rows: tuple[Row, ...]
    columns: int
    borderless: bool = False
    nested_in: int | None = None  # index of the enclosing table, if nested
    section: str | None = None
    _grid: tuple[tuple[Cell | None, ...], ...] | None = None  # cache of grid()

    # Equality and hashing leave out _grid, a cache filled on first use (as compare=False did).
    def _key(self) -> tuple[object, ...]:
        return (self.part, self.index, self.rows, self.columns, self.borderless, self.nested_in,
                self.section)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Table):
            return NotImplemented
        return self is other or self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def cell_at(self, row: int, col: int) -> Cell | None:
        """The cell covering grid position (row, col), merged cells resolved."""
        if not (0 <= row < len(self.rows)) or not (0 <= col < self.columns):
            return None
        return self.grid()[row][col]

    def grid(self) -> tuple[tuple[Cell | None, ...], ...]:
        """Rows × columns, each position holding the cell that covers it (built once)."""
        if self._grid is not None:
            return self._grid
        out: list[list[Cell | None]] = [[None] * self.columns for _ in self.rows]
        for row in self.rows:
            for cell in row.cells:
                for r in range(row.index, min(row.index + cell.rowspan, len(self.rows))):
                    for c in range(cell.col, min(cell.col + cell.span, self.columns)):
                        out[r][c] = cell
        grid = tuple(tuple(r) for r in out)
        _FORCE(self, "_grid", grid)  # a cache of derived data, not a change
        return grid

    def paragraphs(self) -> Iterator[Paragraph]:
        for row in self.rows:
            for cell in row.cells:
                yield from cell.paragraphs
                for t in cell.tables:
                    yield from t.paragraphs()

    @property
    def location(self) -> Location:
        return Location(part=self.part, table=self.index, section=self.section)


Block = Paragraph | Table


class Note(msgspec.Struct, frozen=True):
    kind: str  # "footnote" | "endnote"
    id: int
    paragraphs: tuple[Paragraph, ...]

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs).strip()


class Comment(msgspec.Struct, frozen=True):
    id: int
    author: str
    text: str
    paragraph: int | None = None  # body paragraph where the comment range starts
    offset: int | None = None  # start of the anchored range in that paragraph
    length: int | None = None
    part: str = BODY


class Section(msgspec.Struct, frozen=True):
    """Page setup of a document section (w:sectPr), lengths in millimetres."""

    index: int
    page_width: float | None = None
    page_height: float | None = None
    orientation: str = "portrait"
    margin_top: float | None = None
    margin_bottom: float | None = None
    margin_left: float | None = None
    margin_right: float | None = None
    first_paragraph: int = 0  # first body paragraph index in this section
    mirror_margins: bool = False


class Document(msgspec.Struct, frozen=True):
    path: str
    blocks: tuple[Block, ...]  # body paragraphs and tables in order
    footnotes: tuple[Note, ...] = ()
    endnotes: tuple[Note, ...] = ()
    headers: tuple[Paragraph, ...] = ()
    footers: tuple[Paragraph, ...] = ()
    textboxes: tuple[Paragraph, ...] = ()
    comments: tuple[Comment, ...] = ()
    sections: tuple[Section, ...] = ()
    properties: dict[str, str | datetime | None] = msgspec.field(default_factory=dict)
    has_revisions: bool = False
    revision_count: int = 0
    default_font: str | None = None
    default_size: float | None = None
    body_paragraphs: tuple[Paragraph, ...] = ()  # all body paragraphs in order, tables included

    # -- iterators -------------------------------------------------------------------------

    def paragraphs(self, *, tables: bool = True) -> Iterator[Paragraph]:
        """Body paragraphs in reading order (inside tables too, unless ``tables=False``)."""
        for p in self.body_paragraphs:
            if tables or p.table is None:
                yield p

    def tables(self, *, nested: bool = True) -> Iterator[Table]:
        """Body tables in order; nested tables follow their parent when ``nested``."""

        def walk(t: Table) -> Iterator[Table]:
            yield t
            if nested:
                for row in t.rows:
                    for cell in row.cells:
                        for inner in cell.tables:
                            yield from walk(inner)

        for b in self.blocks:
            if isinstance(b, Table):
                yield from walk(b)

    def headings(self) -> Iterator[Paragraph]:
        for p in self.body_paragraphs:
            if p.heading_level is not None:
                yield p

    def notes(self) -> Iterator[Note]:
        yield from self.footnotes
        yield from self.endnotes

    def note_paragraphs(self) -> Iterator[Paragraph]:
        for n in self.notes():
            yield from n.paragraphs

    def all_paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph with content a reader sees: body, text boxes, notes, headers, footers.

        Comments are not content and are not included.
        """
        yield from self.body_paragraphs
        yield from self.textboxes
        yield from self.note_paragraphs()
        yield from self.headers
        yield from self.footers

    def note(self, kind: str, note_id: int) -> Note | None:
        for n in self.footnotes if kind == FOOTNOTE else self.endnotes:
            if n.id == note_id:
                return n
        return None

    def paragraph(self, part: str, index: int) -> Paragraph | None:
        """Resolve a location's paragraph (used by tests and emitters)."""
        pool: tuple[Paragraph, ...] | list[Paragraph]
        if part == BODY:
            pool = self.body_paragraphs
        elif part in (FOOTNOTE, ENDNOTE):
            pool = [p for p in self.note_paragraphs() if p.part == part]
        elif part == HEADER:
            pool = self.headers
        elif part == FOOTER:
            pool = self.footers
        elif part == TEXTBOX:
            pool = self.textboxes
        else:
            return None
        for p in pool:
            if p.index == index:
                return p
        return None

    @property
    def text(self) -> str:
        return "\n".join(p.display for p in self.body_paragraphs)
