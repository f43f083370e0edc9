"""Mutable drafts of paragraphs, cells and tables, filled while a story is read and frozen
into the model (:mod:`validator.model`) at the end."""

from __future__ import annotations

from validator.loader.styles import ParaProps, RunProps
from validator.model import Numbering, Paragraph

# Plain classes with __slots__, not dataclasses: created thousands of times per document, and
# even a compiled struct class is slower to fill than a few plain attributes.


class Piece:
    __slots__ = ("text", "props", "inserted", "style")

    def __init__(self, text: str, props: RunProps, inserted: bool, style: str | None) -> None:
        self.text = text
        self.props = props
        self.inserted = inserted
        self.style = style


class PDraft:
    __slots__ = (
        "part", "pieces", "hidden", "deleted", "notes", "comment_starts", "comment_ends",
        "comment_refs", "style_id", "num_id", "num_level", "outline", "jc", "ind_left",
        "first_line", "table", "row", "cell", "note_id", "in_textbox", "page_section",
        "raw_len", "numbering", "frozen", "layout",
    )

    def __init__(self, part: str) -> None:
        self.part = part
        self.pieces: list[Piece] = []
        self.hidden: list[str] = []
        self.deleted: list[str] = []
        self.notes: list[tuple[str, int, int, str | None]] = []  # kind, id, raw offset, mark
        self.comment_starts: list[tuple[int, int]] = []  # id, raw offset
        self.comment_ends: dict[int, int] = {}
        self.comment_refs: list[int] = []
        self.style_id: str | None = None
        self.num_id: int | None = None
        self.num_level: int | None = None
        self.outline: int | None = None
        self.jc: str | None = None
        self.ind_left = 0
        self.first_line = 0
        self.table: int | None = None
        self.row: int | None = None
        self.cell: int | None = None
        self.note_id: int | None = None
        self.in_textbox = False
        self.page_section = 0
        self.raw_len = 0
        self.numbering: Numbering | None = None
        self.frozen: Paragraph | None = None
        self.layout: ParaProps | None = None  # alignment, indents, spacing, resolved


class CDraft:
    __slots__ = ("row", "col", "span", "rowspan", "paras", "tables")

    def __init__(
        self,
        row: int,
        col: int,
        span: int,
        rowspan: int,
        paras: list[PDraft],
        tables: list[TDraft],
    ) -> None:
        self.row = row
        self.col = col
        self.span = span
        self.rowspan = rowspan
        self.paras = paras
        self.tables = tables


class TDraft:
    __slots__ = ("part", "index", "rows", "columns", "borderless", "nested_in")

    def __init__(
        self,
        part: str,
        index: int,
        rows: list[tuple[int, list[CDraft], bool]],
        columns: int,
        borderless: bool,
        nested_in: int | None,
    ) -> None:
        self.part = part
        self.index = index
        self.rows = rows
        self.columns = columns
        self.borderless = borderless
        self.nested_in = nested_in

