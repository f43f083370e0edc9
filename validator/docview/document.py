"""A document as HTML, the way a reader sees it in Word, with findings marked on their text.

Body paragraphs and tables in order (merged cells merged, header rows as ``<thead>``), one
sheet per Word section (so a landscape appendix is wider), footnote and endnote marks linked
to the notes at the end, and the parts a finding may point into outside the body: page
headers and footers, text boxes, document properties, comments.

Every place a finding can point to carries ``data-k`` (a key built by :func:`target_key`
from a :class:`~validator.model.Location`), and every highlighted element ``data-v`` (the
space-separated indexes of its findings in the file's result), so the page's script finds
both with attribute selectors. All text is escaped; nothing here reads a file or the network.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from html import escape

from validator import recache
from validator.model import (
    BODY,
    COMMENT,
    ENDNOTE,
    FOOTER,
    FOOTNOTE,
    HEADER,
    PROPERTIES,
    TEXTBOX,
    Cell,
    Document,
    Location,
    Paragraph,
    Table,
)
from validator.report import Violation
from validator.rule import Severity

_TEXT_PARTS = (BODY, FOOTNOTE, ENDNOTE, HEADER, FOOTER, TEXTBOX)
DOCUMENT = "document"  # the key of findings about the whole document
_ALIGN = {"center": "center", "right": "right", "end": "right", "both": "justify",
          "distribute": "justify"}
_PART_TITLE = {
    HEADER: "Đầu trang",
    FOOTER: "Chân trang",
    TEXTBOX: "Hộp văn bản",
    PROPERTIES: "Thuộc tính tài liệu",
    COMMENT: "Nhận xét trong tài liệu",
    DOCUMENT: "Toàn văn bản",
}
_PROPERTY_LABEL = {
    "title": "Tiêu đề",
    "subject": "Chủ đề",
    "creator": "Tác giả",
    "keywords": "Từ khoá",
    "description": "Mô tả",
    "lastModifiedBy": "Người sửa cuối",
    "category": "Loại",
    "created": "Ngày tạo",
    "modified": "Ngày sửa",
}


# Characters HTML does not allow in a document: C0 controls but tab, line feed, form feed and
# carriage return; C1 controls; noncharacters. A Word file may hold them (they are drawn as
# boxes, or not at all); each becomes U+FFFD, one for one, so offsets into the text still hold.
_FORBIDDEN = recache.compile(
    "[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef"
    + "".join(chr(plane << 16 | low) for plane in range(17) for low in (0xFFFE, 0xFFFF))
    + "]"
)


def esc(value: object, quote: bool = True) -> str:
    """``value`` as HTML text: escaped, and without the characters HTML forbids."""
    return escape(_FORBIDDEN.sub("\ufffd", str(value)), quote)


def target_key(loc: Location, doc: Document | None = None) -> str:
    """The ``data-k`` of the element a location points at.

    A paragraph (``body:51``, ``footnote:3``), a table cell (``cell:4:3:5``, the cell that
    covers that grid position), a table (``table:4``), a note (``note:footnote:11``), a part
    without paragraphs (``properties``, ``comment``), or ``document``: the whole document
    (page setup, a missing section), shown as a box above the text.
    """
    if loc.paragraph is not None and loc.part in _TEXT_PARTS:
        return f"{loc.part}:{loc.paragraph}"
    if loc.table is not None and loc.part == BODY:
        if loc.row is not None and loc.cell is not None:
            row, col = loc.row, loc.cell
            table = _table(doc, loc.table) if doc is not None else None
            cell = table.cell_at(row, col) if table is not None else None
            if cell is not None:
                row, col = cell.row, cell.col
            return f"cell:{loc.table}:{row}:{col}"
        return f"table:{loc.table}"
    if loc.footnote is not None and loc.part in (FOOTNOTE, ENDNOTE):
        return f"note:{loc.part}:{loc.footnote}"
    if loc.part in (PROPERTIES, COMMENT):
        return loc.part
    return DOCUMENT


def _table(doc: Document | None, index: int) -> Table | None:
    for table in doc.tables() if doc is not None else ():
        if table.index == index and table.part == BODY:
            return table
    return None


class Marks:
    """Where each finding is drawn: spans inside paragraphs, or whole elements."""

    def __init__(self, violations: Sequence[Violation], doc: Document) -> None:
        self.violations = violations
        self.rendered: set[str] = set()
        self.severity: dict[int, Severity] = {}
        self.spans: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        self.whole: dict[str, list[int]] = defaultdict(list)
        for i, v in enumerate(violations):
            self.severity[i] = Severity(v.severity)
            key = target_key(v.location, doc)
            loc = v.location
            if loc.offset is not None and loc.paragraph is not None and loc.part in _TEXT_PARTS:
                self.spans[key].append((loc.offset, loc.offset + max(loc.length or 0, 0), i))
            else:
                self.whole[key].append(i)

    def worst(self, ids: Iterable[int]) -> str:
        return max((self.severity[i] for i in ids), key=lambda s: s.rank).value

    def attrs(self, key: str, classes: str = "") -> str:
        """``data-k`` plus, when findings cover the whole element, their highlight."""
        self.rendered.add(key)
        ids = self.whole.get(key)
        cls = classes
        extra = ""
        if ids:
            cls = f"{classes} hl sev-{self.worst(ids)}".strip()
            extra = f' data-v="{" ".join(map(str, ids))}"'
        return (f' class="{cls}"' if cls else "") + f' data-k="{esc(key)}"' + extra


# -- inline text ---------------------------------------------------------------------------


def _run_classes(p: Paragraph) -> list[tuple[int, int, str]]:
    out = []
    for r in p.runs:
        names = [name for flag, name in (
            (r.bold, "b"), (r.italic, "i"), (r.underline, "u"), (r.superscript, "sup"),
            (r.subscript, "sub"), (r.caps, "caps"), (r.inserted, "ins"),
        ) if flag]
        if names:
            out.append((r.start, r.end, " ".join(names)))
    return out


def inline(p: Paragraph, spans: Sequence[tuple[int, int, int]], marks: Marks,
           note_numbers: dict[tuple[str, int], int]) -> str:
    """The paragraph's text with run formatting, note marks and finding highlights.

    Overlapping findings split the text at every edge; a piece covered by several carries all
    their indexes. A finding of no length is drawn as a caret where it stands.
    """
    text = p.text
    n = len(text)
    clamped = [(min(max(s, 0), n), min(max(e, 0), n), i) for s, e, i in spans]
    formats = _run_classes(p)
    cuts = {0, n}
    for s, e, _ in clamped:
        cuts.update((s, e))
    for s, e, _ in formats:
        cuts.update((min(s, n), min(e, n)))
    notes_at: dict[int, list[str]] = defaultdict(list)
    for ref in p.notes:
        at = min(max(ref.offset, 0), n)
        cuts.add(at)
        label = ref.custom_mark or str(note_numbers.get((ref.kind, ref.id), ref.number))
        notes_at[at].append(
            f'<sup class="nref"><a href="#" data-goto="note:{esc(ref.kind)}:{ref.id}">'
            f"{esc(label)}</a></sup>"
        )
    carets: dict[int, list[int]] = defaultdict(list)
    for s, e, i in clamped:
        if e <= s:
            carets[s].append(i)
    points = sorted(cuts)
    out: list[str] = []
    open_ids: tuple[int, ...] = ()

    def set_marks(ids: tuple[int, ...]) -> None:
        nonlocal open_ids
        if ids == open_ids:
            return
        if open_ids:
            out.append("</mark>")
        if ids:
            out.append(f'<mark class="hl sev-{marks.worst(ids)}" data-v="{_ids(ids)}">')
        open_ids = ids

    for k, start in enumerate(points):
        if carets.get(start):
            set_marks(())
            ids = tuple(carets[start])
            out.append(f'<mark class="hl pt sev-{marks.worst(ids)}" data-v="{_ids(ids)}">'
                       "</mark>")
        if start in notes_at:
            set_marks(())
            out.extend(notes_at[start])
        if k + 1 >= len(points):
            break
        end = points[k + 1]
        ids = tuple(i for s, e, i in clamped if s <= start < e)
        set_marks(ids)
        piece = esc(text[start:end], quote=False)
        cls = next((c for s, e, c in formats if s <= start < e), "")
        out.append(f'<span class="{cls}">{piece}</span>' if cls else piece)
    set_marks(())
    return "".join(out)


def _ids(ids: Iterable[int]) -> str:
    return " ".join(map(str, ids))


# -- blocks --------------------------------------------------------------------------------


class Renderer:
    """Renders one document; ``marks`` says what to highlight."""

    def __init__(self, doc: Document, marks: Marks) -> None:
        self.doc = doc
        self.marks = marks
        self.note_numbers: dict[tuple[str, int], int] = {}
        for p in doc.all_paragraphs():
            for ref in p.notes:
                self.note_numbers.setdefault((ref.kind, ref.id), ref.number)
        # Text left in the continuation of a vertically merged cell: shown in the merged cell.
        in_cells = {p.index for t in doc.tables() for p in t.paragraphs()}
        self.merged_text: dict[tuple[int, int | None, int | None], list[Paragraph]] = (
            defaultdict(list))
        for p in doc.body_paragraphs:
            if p.table is not None and p.index not in in_cells and p.text.strip():
                self.merged_text[(p.table, p.row, p.cell)].append(p)

    def paragraph(self, p: Paragraph) -> str:
        key = f"{p.part}:{p.index}"
        style = []
        align = _ALIGN.get(p.alignment or "")
        if align:
            style.append(f"text-align:{align}")
        if p.indent_left > 0 and p.table is None:
            style.append(f"margin-left:{min(p.indent_left / 20, 144):.0f}pt")
        if p.first_line and p.table is None:
            style.append(f"text-indent:{max(min(p.first_line / 20, 72), -72):.0f}pt")
        tag = "p"
        if p.heading_level is not None and p.part == BODY and p.table is None and (
                p.text.strip() or p.label):
            tag = f"h{min(p.heading_level + 1, 6)}"
        body = inline(p, self.marks.spans.get(key, ()), self.marks, self.note_numbers)
        if p.label:
            body = f'<span class="lbl">{esc(p.label)}</span> {body}'
        attrs = self.marks.attrs(key, "p")
        if style:
            attrs += f' style="{";".join(style)}"'
        return f"<{tag}{attrs}>{body}</{tag}>"

    def table(self, t: Table) -> str:
        """The table as HTML's table model wants it. Word's grid may keep a column in which
        no cell begins, or a row wholly covered by the cells above; HTML counts both as
        errors, so they are folded into their neighbours (spans counted over the columns and
        rows where cells begin). Header rows (repeated on each page) are the ``<thead>``; a
        span never crosses from the header into the body."""
        rows = [row for row in t.rows if row.cells]
        head = 0
        for row in rows:
            if not row.is_header:
                break
            head += 1
        if head == len(rows):
            head = 0  # a table that is all header is shown as a body
        starts = sorted({cell.col for row in rows for cell in row.cells})
        out = [f'<div class="tbl-wrap"><table{self.marks.attrs(f"table:{t.index}", _tcls(t))}>']
        for group_tag, group, cell_tag in (("thead", rows[:head], "th"),
                                           ("tbody", rows[head:], "td")):
            if not group:
                continue
            indexes = [row.index for row in group]
            out.append(f"<{group_tag}>")
            for row in group:
                out.append("<tr>")
                for cell in row.cells:
                    cols = sum(1 for c in starts if cell.col <= c < cell.col + cell.span)
                    rows_ = sum(1 for r in indexes if row.index <= r < row.index + cell.rowspan)
                    out.append(self.cell(t, cell, cell_tag, max(cols, 1), max(rows_, 1)))
                out.append("</tr>")
            out.append(f"</{group_tag}>")
        out.append("</table></div>")
        return "".join(out)

    def cell(self, t: Table, cell: Cell, tag: str, colspan: int, rowspan: int) -> str:
        span = ""
        if colspan > 1:
            span += f' colspan="{colspan}"'
        if rowspan > 1:
            span += f' rowspan="{rowspan}"'
        paragraphs = [*cell.paragraphs, *self.merged_text.get((t.index, cell.row, cell.col), ())]
        inner = "".join(self.paragraph(p) for p in paragraphs)
        inner += "".join(self.table(inner_t) for inner_t in cell.tables)
        attrs = self.marks.attrs(f"cell:{t.index}:{cell.row}:{cell.col}")
        return f"<{tag}{span}{attrs}>{inner}</{tag}>"

    def body(self) -> str:
        """The body as sheets, one per Word section."""
        sheets: list[tuple[int, list[str]]] = []
        for block in self.doc.blocks:
            first = block if isinstance(block, Paragraph) else _first_paragraph(block)
            section = first.page_section if first is not None else -1
            if not sheets or (section >= 0 and section != sheets[-1][0]):
                sheets.append((section, []))
            sheets[-1][1].append(
                self.paragraph(block) if isinstance(block, Paragraph) else self.table(block)
            )
        return "".join(
            f'<div class="sheet{" wide" if self._landscape(index) else ""}">{"".join(blocks)}'
            "</div>"
            for index, blocks in sheets
        )

    def _landscape(self, index: int) -> bool:
        for s in self.doc.sections:
            if s.index == index:
                return s.orientation == "landscape" or (
                    s.page_width is not None and s.page_height is not None
                    and s.page_width > s.page_height)
        return False

    def notes(self) -> str:
        out = []
        for kind, title, notes in ((FOOTNOTE, "Chú thích", self.doc.footnotes),
                                   (ENDNOTE, "Chú thích cuối văn bản", self.doc.endnotes)):
            items = []
            for note in notes:
                number = self.note_numbers.get((kind, note.id), note.id)
                paras = "".join(self.paragraph(p) for p in note.paragraphs)
                attrs = self.marks.attrs(f"note:{kind}:{note.id}", "note")
                items.append(f'<li{attrs}><span class="nnum">{number}</span>'
                             f'<div class="ntext">{paras}</div></li>')
            if items:
                out.append(f'<section class="notes"><h2 class="part-title">{title}</h2>'
                           f'<ol>{"".join(items)}</ol></section>')
        return "".join(out)

    def extra_parts(self, parts: Sequence[str]) -> str:
        """Headers, footers, text boxes with text or findings; properties and comments when a
        finding points there."""
        out = []
        for part, paras in ((HEADER, self.doc.headers), (FOOTER, self.doc.footers),
                            (TEXTBOX, self.doc.textboxes)):
            if part not in parts:
                continue
            shown = [p for p in paras if p.text.strip() or self._has_marks(p)]
            if shown:
                out.append(self._box(part, "".join(self.paragraph(p) for p in shown)))
        if PROPERTIES in parts:
            rows = "".join(
                f"<dt>{esc(_PROPERTY_LABEL.get(k, k))}</dt><dd>{esc(str(v))}</dd>"
                for k, v in self.doc.properties.items() if v not in (None, "")
            )
            out.append(self._box(PROPERTIES, f"<dl>{rows}</dl>", PROPERTIES))
        if COMMENT in parts:
            items = "".join(
                f"<li><b>{esc(c.author)}</b>: {esc(c.text)}</li>" for c in self.doc.comments
            )
            out.append(self._box(COMMENT, f"<ul>{items}</ul>", COMMENT))
        return "".join(out)

    def document_box(self) -> str:
        """Findings about the whole document, and any whose place the view does not show
        (an empty paragraph left in a merged cell, say): a box above the text, listing them."""
        for key in [*self.marks.spans, *self.marks.whole]:
            if key not in self.marks.rendered and key != DOCUMENT:
                ids = [i for *_, i in self.marks.spans.pop(key, ())]
                ids += self.marks.whole.pop(key, [])
                self.marks.whole[DOCUMENT].extend(ids)
        ids = sorted(self.marks.whole.get(DOCUMENT, ()))
        if not ids:
            return ""
        self.marks.whole[DOCUMENT] = ids
        items = "".join(
            f"<li><code>{esc(self.marks.violations[i].rule)}</code> "
            f"{esc(self.marks.violations[i].message)}</li>" for i in ids
        )
        return self._box(DOCUMENT, f'<ul class="doc-level">{items}</ul>', DOCUMENT)

    def _box(self, part: str, inner: str, key: str | None = None) -> str:
        attrs = self.marks.attrs(key, "part-box") if key else ' class="part-box"'
        return (f'<section{attrs}><h2 class="part-title">{_PART_TITLE[part]}</h2>'
                f"{inner}</section>")

    def _has_marks(self, p: Paragraph) -> bool:
        key = f"{p.part}:{p.index}"
        return key in self.marks.spans or key in self.marks.whole


def _first_paragraph(t: Table) -> Paragraph | None:
    return next(iter(t.paragraphs()), None)


def _tcls(t: Table) -> str:
    return "tbl plain" if t.borderless else "tbl"


def render_document(doc: Document, violations: Sequence[Violation]) -> str:
    """The document as an ``<article>`` with every finding of ``violations`` marked."""
    marks = Marks(violations, doc)
    r = Renderer(doc, marks)
    used = {v.location.part for v in violations}
    top = r.extra_parts([p for p in (HEADER, PROPERTIES) if p == HEADER or p in used])
    body = r.body()
    notes = r.notes()
    bottom = r.extra_parts([p for p in (FOOTER, TEXTBOX, COMMENT) if p != COMMENT or p in used])
    whole = r.document_box()  # last: it gathers what the rest did not show
    return (f'<article class="doc"><h2 class="sr-only">Nội dung văn bản</h2>{whole}{top}'
            f"{body}{notes}{bottom}</article>")


__all__ = ["DOCUMENT", "Marks", "esc", "inline", "render_document", "target_key"]
