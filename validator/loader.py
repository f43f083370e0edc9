"""Read a .docx package into the document model, as Word shows it.

One pass over the package's XML with lxml (python-docx's table-cell access is quadratic and
it hides numbering, text boxes and revisions). The package is read defensively by
:mod:`validator.package`; styles are resolved by :mod:`validator.styles`; automatic numbers
by :mod:`validator.numbering`; the outline by :mod:`validator.outline`.
"""

from __future__ import annotations

import posixpath
import unicodedata
import zipfile
import zlib
from datetime import datetime
from typing import Any

from lxml import etree

from validator import numbering as num
from validator import recache
from validator.model import (
    BODY,
    ENDNOTE,
    FOOTER,
    FOOTNOTE,
    HEADER,
    TEXTBOX,
    Cell,
    Comment,
    Document,
    Note,
    NoteRef,
    Numbering,
    Paragraph,
    Row,
    Run,
    Section,
    Table,
)
from validator.outline import assign_outline
from validator.package import (
    BR,
    CR,
    DEL,
    INS,
    M_NS,
    MC_NS,
    PPR,
    RPR,
    SDT,
    SDTCONTENT,
    TAB,
    TBL,
    TC,
    TR,
    VAL,
    W_NS,
    ZERO_WIDTH,
    Limits,
    LoadError,
    P,
    Package,
    R,
    T,
    _fail,
    w,
)
from validator.styles import RunProps, Styles, _int, _onoff, _theme_fonts, drop_unread_styles

__all__ = ["LoadError", "Limits", "load_bytes", "load_path"]

PTAB = w("ptab")
NBH = w("noBreakHyphen")
SHY = w("softHyphen")
LRPB = w("lastRenderedPageBreak")
SYM = w("sym")
FLDCHAR = w("fldChar")
FNREF = w("footnoteReference")
ENREF = w("endnoteReference")
CREF = w("commentReference")
DRAWING = w("drawing")
PICT = w("pict")
OBJECT = w("object")
DELTEXT = w("delText")
INSTR = w("instrText")
CHAR = w("char")
FLDTYPE = w("fldCharType")
WID = w("id")


# ---------------------------------------------------------------------------------------------
# Paragraph and table building (mutable drafts, frozen at the end)


# Plain classes with __slots__, not dataclasses: created thousands of times per document, and
# even a compiled struct class is slower to fill than a few plain attributes.


class _Piece:
    __slots__ = ("text", "props", "inserted", "style")

    def __init__(self, text: str, props: RunProps, inserted: bool, style: str | None) -> None:
        self.text = text
        self.props = props
        self.inserted = inserted
        self.style = style


class _PDraft:
    __slots__ = (
        "part", "pieces", "hidden", "deleted", "notes", "comment_starts", "comment_ends",
        "comment_refs", "style_id", "num_id", "num_level", "outline", "jc", "ind_left",
        "first_line", "table", "row", "cell", "note_id", "in_textbox", "page_section",
        "raw_len", "numbering", "frozen",
    )

    def __init__(self, part: str) -> None:
        self.part = part
        self.pieces: list[_Piece] = []
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


class _CDraft:
    __slots__ = ("row", "col", "span", "rowspan", "paras", "tables")

    def __init__(
        self,
        row: int,
        col: int,
        span: int,
        rowspan: int,
        paras: list[_PDraft],
        tables: list[_TDraft],
    ) -> None:
        self.row = row
        self.col = col
        self.span = span
        self.rowspan = rowspan
        self.paras = paras
        self.tables = tables


class _TDraft:
    __slots__ = ("part", "index", "rows", "columns", "borderless", "nested_in")

    def __init__(
        self,
        part: str,
        index: int,
        rows: list[tuple[int, list[_CDraft], bool]],
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


class _Reader:
    """Walks one story (body, a note, a header…) and collects paragraph and table drafts."""

    def __init__(self, loader: _Loader, part: str) -> None:
        self.loader = loader
        self.part = part
        self.paras: list[_PDraft] = []  # every paragraph in reading order (tables included)
        self.field_depth: list[str] = []  # "code" | "result" per open field
        self.note_id: int | None = None
        self.page_section = 0
        self.sections: list[etree._Element] = []
        self.section_starts: list[int] = [0]

    # blocks -------------------------------------------------------------------------------

    def blocks_of(
        self,
        parent: etree._Element,
        out: list[_PDraft | _TDraft] | None,
        cell: tuple[int, int, int] | None = None,
        nested_in: int | None = None,
        depth: int = 0,
    ) -> list[_PDraft | _TDraft]:
        result: list[_PDraft | _TDraft] = [] if out is None else out
        for child in parent:
            tag = child.tag
            if tag == P:
                result.append(self.paragraph(child, cell))
            elif tag == TBL:
                if depth > 40:
                    continue  # absurdly deep nesting: stop descending, keep the rest
                result.append(self.table(child, nested_in, depth))
            elif tag == SDT:
                content = child.find(SDTCONTENT)
                if content is not None:
                    self.blocks_of(content, result, cell, nested_in, depth)
            elif tag in _BLOCK_WRAPPERS:
                self.blocks_of(child, result, cell, nested_in, depth)
            elif tag == ALTERNATE:
                chosen = _choose_alternate(child)
                if chosen is not None:
                    self.blocks_of(chosen, result, cell, nested_in, depth)
            elif tag == SECTPR and cell is None and self.part == BODY:
                self.sections.append(child)
        return result

    def table(self, tbl: etree._Element, nested_in: int | None, depth: int) -> _TDraft:
        index = self.loader.next_table(self.part)
        grid = tbl.find(w("tblGrid"))
        columns = len(grid.findall(w("gridCol"))) if grid is not None else 0
        tpr = tbl.find(w("tblPr"))
        draft = _TDraft(self.part, index, [], columns, _borderless(tpr), nested_in)
        open_merge: dict[int, _CDraft] = {}
        rows = _children(tbl, TR)
        for r_index, tr in enumerate(rows):
            trpr = next(tr.iterchildren(TRPR), None)
            header = False
            col = 0
            if trpr is not None:
                header = _onoff(next(trpr.iterchildren(TBLHEADER), None)) or False
                col = _int(next(trpr.iterchildren(GRIDBEFORE), None)) or 0
            cells: list[_CDraft] = []
            for tc in _children(tr, TC):
                tcpr = next(tc.iterchildren(TCPR), None)
                span = 1
                vmerge = None
                if tcpr is not None:
                    span = max(1, _int(next(tcpr.iterchildren(GRIDSPAN), None)) or 1)
                    vm = next(tcpr.iterchildren(VMERGE), None)
                    if vm is not None:
                        vmerge = vm.get(VAL) or "continue"
                if vmerge == "continue" and col in open_merge:
                    target = open_merge[col]
                    target.rowspan = r_index - target.row + 1
                    extra = self.blocks_of(
                        tc, None, (index, target.row, target.col), index, depth + 1
                    )
                    for b in extra:
                        if isinstance(b, _PDraft):
                            if b.pieces and "".join(p.text for p in b.pieces).strip():
                                target.paras.append(b)
                        else:
                            target.tables.append(b)
                    col += span
                    continue
                c = _CDraft(r_index, col, span, 1, [], [])
                content = self.blocks_of(tc, None, (index, r_index, col), index, depth + 1)
                for b in content:
                    if isinstance(b, _PDraft):
                        c.paras.append(b)
                    else:
                        c.tables.append(b)
                if vmerge == "restart":
                    open_merge[col] = c
                else:
                    open_merge.pop(col, None)
                cells.append(c)
                col += span
            columns = max(columns, col)
            draft.rows.append((r_index, cells, header))
        draft.columns = columns
        return draft

    # paragraphs ---------------------------------------------------------------------------

    def paragraph(self, p: etree._Element, cell: tuple[int, int, int] | None) -> _PDraft:
        d = _PDraft(self.part)
        if cell:
            d.table, d.row, d.cell = cell
        d.note_id = self.note_id
        d.page_section = self.page_section
        self.paras.append(d)
        ppr = next(p.iterchildren(PPR), None)
        styles = self.loader.styles
        direct_num: tuple[int | None, int | None] | None = None
        if ppr is not None:
            # one pass over pPr's children; the first of each tag counts, as with find()
            found: dict[str, etree._Element] = {}
            for c in ppr:
                tag = c.tag
                if tag in _PPR_TAGS and tag not in found:
                    found[tag] = c
            if found:
                ps = found.get(PSTYLE)
                if ps is not None:
                    d.style_id = ps.get(VAL)
                numpr = found.get(NUMPR)
                if numpr is not None:
                    direct_num = (_int(numpr.find(NUMID)), _int(numpr.find(ILVL)))
                d.outline = _int(found.get(OUTLINELVL))
                jc = found.get(JC)
                if jc is not None:
                    d.jc = jc.get(VAL)
                ind = found.get(IND)
                if ind is not None:
                    d.ind_left = _int(ind, IND_LEFT) or _int(ind, IND_START) or 0
                    hanging = _int(ind, IND_HANGING)
                    d.first_line = -hanging if hanging else (_int(ind, IND_FIRSTLINE) or 0)
                if PPRCHANGE in found:
                    self.loader.revisions += 1
                sect = found.get(SECTPR)
                if sect is not None and self.part == BODY and cell is None:
                    self.sections.append(sect)
                    self.page_section += 1
                    self.section_starts.append(len(self.paras))
        s_num, s_lvl, s_outline, s_jc = styles.para_info(d.style_id)
        if d.outline is None:
            d.outline = s_outline
        if d.jc is None:
            d.jc = s_jc
        if direct_num is not None and direct_num[0] is not None:
            d.num_id = direct_num[0]
            d.num_level = direct_num[1] if direct_num[1] is not None else (s_lvl or 0)
        elif s_num is not None:
            d.num_id = s_num
            d.num_level = s_lvl or 0
        if d.outline is not None and d.outline >= 9:
            d.outline = None
        self.inline(p, d, inserted=False)
        return d

    def inline(
        self, parent: etree._Element, d: _PDraft, *, inserted: bool
    ) -> None:
        for child in parent:
            tag = child.tag
            if tag == R:
                self.run(child, d, inserted)
                continue
            kind = _INLINE_KIND.get(tag)
            if kind is None:
                continue
            if kind == _I_INS:
                self.loader.revisions += 1
                self.inline(child, d, inserted=True)
            elif kind == _I_DEL:
                self.loader.revisions += 1
                d.deleted.append("".join(child.itertext()))
            elif kind == _I_WRAP:
                self.inline(child, d, inserted=inserted)
            elif kind == _I_SDT:
                content = child.find(SDTCONTENT)
                if content is not None:
                    self.inline(content, d, inserted=inserted)
            elif kind == _I_CSTART:
                cid = _int(child, WID)
                if cid is not None:
                    d.comment_starts.append((cid, d.raw_len))
            elif kind == _I_CEND:
                cid = _int(child, WID)
                if cid is not None:
                    d.comment_ends[cid] = d.raw_len
            elif kind == _I_MATH:
                text = "".join(t.text or "" for t in child.iter(f"{{{M_NS}}}t"))
                if text:
                    self.add(d, text, RunProps(), inserted, None)
            elif kind == _I_ALT:
                chosen = _choose_alternate(child)
                if chosen is not None:
                    self.inline(chosen, d, inserted=inserted)

    def add(
        self, d: _PDraft, text: str, props: RunProps, inserted: bool, style: str | None
    ) -> None:
        if not text:
            return
        if props.hidden:
            d.hidden.append(text)
            return
        pieces = d.pieces
        if pieces:
            last = pieces[-1]
            if (
                (last.props is props or last.props == props)
                and last.inserted == inserted
                and last.style == style
            ):
                last.text += text
                d.raw_len += len(text)
                return
        pieces.append(_Piece(text, props, inserted, style))
        d.raw_len += len(text)

    def run(self, r: etree._Element, d: _PDraft, inserted: bool) -> None:
        loader = self.loader
        rpr = next(r.iterchildren(RPR), None)
        # The run's properties depend only on the paragraph style and the rPr's content: one
        # resolution per distinct (style, rPr) in this document.
        key = (d.style_id, None if rpr is None else etree.tostring(rpr, with_tail=False))
        hit = loader.run_cache.get(key)
        if hit is None:
            hit = loader.run_cache[key] = _resolve_run(loader.styles, d.style_id, rpr)
        props, rstyle, changed = hit
        if changed:
            loader.revisions += 1
        buf: list[str] = []
        field_depth = self.field_depth

        for child in r:
            kind = _RUN_KIND.get(child.tag)
            if kind is None:
                continue
            if kind == _K_T:
                if child.text and (not field_depth or field_depth[-1] == "result"):
                    buf.append(child.text)
            elif kind == _K_TAB:
                buf.append("\t")
            elif kind == _K_BR:
                buf.append("\n")
            elif kind == _K_NBH:
                buf.append("-")
            elif kind == _K_SYM:
                code = child.get(CHAR) or ""
                try:
                    cp = int(code, 16)
                    if 0xF000 <= cp <= 0xF0FF:
                        cp -= 0xF000
                    buf.append(chr(cp) if cp >= 0x20 else "")
                except ValueError:
                    pass
            elif kind == _K_FLD:
                fkind = child.get(FLDTYPE)
                if fkind == "begin":
                    field_depth.append("code")
                elif fkind == "separate" and field_depth:
                    field_depth[-1] = "result"
                elif fkind == "end" and field_depth:
                    field_depth.pop()
            elif kind == _K_NOTE:
                if buf:
                    self.add(d, "".join(buf), props, inserted, rstyle)
                    buf.clear()
                nid = _int(child, WID)
                note_kind = FOOTNOTE if child.tag == FNREF else ENDNOTE
                if nid is not None:
                    custom = None
                    if _onoff(child.find(w("customMarkFollows"))) or child.get(
                        w("customMarkFollows")
                    ) in ("1", "true", "on"):
                        custom = "*"
                    d.notes.append((note_kind, nid, d.raw_len, custom))
            elif kind == _K_CREF:
                cid = _int(child, WID)
                if cid is not None:
                    d.comment_refs.append(cid)
            elif kind == _K_OBJ:
                if buf:
                    self.add(d, "".join(buf), props, inserted, rstyle)
                    buf.clear()
                loader.textboxes_in(child, d)
        if buf:
            self.add(d, "".join(buf), props, inserted, rstyle)


_K_T, _K_TAB, _K_BR, _K_NBH, _K_SYM, _K_FLD, _K_NOTE, _K_CREF, _K_OBJ = range(9)
_RUN_KIND: dict[Any, int] = {
    T: _K_T,
    TAB: _K_TAB,
    PTAB: _K_TAB,
    BR: _K_BR,
    CR: _K_BR,
    NBH: _K_NBH,
    SYM: _K_SYM,
    FLDCHAR: _K_FLD,
    FNREF: _K_NOTE,
    ENREF: _K_NOTE,
    CREF: _K_CREF,
    DRAWING: _K_OBJ,
    PICT: _K_OBJ,
    f"{{{MC_NS}}}AlternateContent": _K_OBJ,
    OBJECT: _K_OBJ,
}
_I_INS, _I_DEL, _I_WRAP, _I_SDT, _I_CSTART, _I_CEND, _I_MATH, _I_ALT = range(8)
_INLINE_KIND: dict[Any, int] = {
    INS: _I_INS,
    w("moveTo"): _I_INS,
    DEL: _I_DEL,
    w("moveFrom"): _I_DEL,
    **dict.fromkeys(
        (w(t) for t in ("hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo")), _I_WRAP
    ),
    SDT: _I_SDT,
    w("commentRangeStart"): _I_CSTART,
    w("commentRangeEnd"): _I_CEND,
    f"{{{M_NS}}}oMath": _I_MATH,
    f"{{{M_NS}}}oMathPara": _I_MATH,
    f"{{{MC_NS}}}AlternateContent": _I_ALT,
}
PSTYLE, NUMPR, NUMID, ILVL, OUTLINELVL, JC, IND, PPRCHANGE, SECTPR = (
    w(t)
    for t in ("pStyle", "numPr", "numId", "ilvl", "outlineLvl", "jc", "ind", "pPrChange", "sectPr")
)
_PPR_TAGS = frozenset((PSTYLE, NUMPR, OUTLINELVL, JC, IND, PPRCHANGE, SECTPR))
IND_LEFT, IND_START, IND_HANGING, IND_FIRSTLINE = (
    w(t) for t in ("left", "start", "hanging", "firstLine")
)
RSTYLE = w("rStyle")
ALTERNATE = f"{{{MC_NS}}}AlternateContent"
_BLOCK_WRAPPERS = frozenset((w("customXml"), w("smartTag"), INS, w("moveTo")))
_ROW_HOLDERS = (SDT, w("customXml"))
TRPR, TBLHEADER, GRIDBEFORE, TCPR, GRIDSPAN, VMERGE = (
    w(t) for t in ("trPr", "tblHeader", "gridBefore", "tcPr", "gridSpan", "vMerge")
)
RPRCHANGE = w("rPrChange")


_RunInfo = tuple[RunProps, str | None, bool]


def _resolve_run(styles: Styles, pstyle: str | None, rpr: etree._Element | None) -> _RunInfo:
    """(properties, character style, has a tracked formatting change) of a run."""
    rstyle = None
    direct = None
    changed = False
    if rpr is not None:
        rs = rpr.find(RSTYLE)
        if rs is not None:
            rstyle = rs.get(VAL)
        direct = styles.run_props(rpr)
        changed = rpr.find(RPRCHANGE) is not None
    props = styles.resolved(pstyle, rstyle)
    if direct is not None:
        props = props.merged(direct)
    return props, rstyle, changed


def _choose_alternate(alt: etree._Element) -> etree._Element | None:
    """mc:AlternateContent: take the first Choice (Word writes the same content twice)."""
    choice = alt.find(f"{{{MC_NS}}}Choice")
    if choice is not None:
        return choice
    return alt.find(f"{{{MC_NS}}}Fallback")


def _children(parent: etree._Element, tag: str) -> list[etree._Element]:
    """The rows of a table (``tag`` TR) or the cells of a row (TC), including those wrapped in
    a content control or a custom-XML element."""
    out: list[etree._Element] = []
    for child in parent:
        if child.tag == tag:
            out.append(child)
        elif child.tag in _ROW_HOLDERS:
            holder = child.find(SDTCONTENT) if child.tag == SDT else child
            if holder is not None:
                out.extend(c for c in holder if c.tag == tag)
    return out


def _borderless(tpr: etree._Element | None) -> bool:
    if tpr is None:
        return True
    borders = tpr.find(w("tblBorders"))
    style = tpr.find(w("tblStyle"))
    if borders is None:
        return style is None or (style.get(VAL) or "").lower() in ("tablenormal", "normaltable")
    visible = 0
    for b in borders:
        if b.get(VAL) not in ("nil", "none", None):
            visible += 1
    return visible == 0


# ---------------------------------------------------------------------------------------------
# The loader


class _Loader:
    def __init__(self, pkg: Package, path: str) -> None:
        self.pkg = pkg
        self.path = path
        self.revisions = 0
        self.table_counters: dict[str, int] = {}
        self.run_cache: dict[tuple[str | None, bytes | None], _RunInfo] = {}
        self.textbox_reader: _Reader | None = None
        self.root_rels = rels = pkg.rels("")
        main = None
        for rtype, target, _mode in rels.values():
            if rtype == "officeDocument" and pkg.has(target):
                main = target
                break
        if main is None:
            main = "word/document.xml"
        if not pkg.has(main):
            raise _fail("no-document")
        self.main = main
        self.main_rels = pkg.rels(main)
        theme_root = None
        for rtype, target, _ in self.main_rels.values():
            if rtype == "theme":
                theme_root = pkg.xml(target)
                break
        styles_root = None
        numbering_root = None
        for rtype, target, _ in self.main_rels.values():
            if rtype == "styles":
                styles_root = pkg.xml(target, prefilter=drop_unread_styles)
            elif rtype == "numbering":
                numbering_root = pkg.xml(target)
        if styles_root is None:
            styles_root = pkg.xml(
                posixpath.join(posixpath.dirname(main), "styles.xml"), prefilter=drop_unread_styles
            )
        if numbering_root is None:
            numbering_root = pkg.xml(posixpath.join(posixpath.dirname(main), "numbering.xml"))
        self.styles = Styles(styles_root, _theme_fonts(theme_root))
        self.numbering = num.NumberingDefs(numbering_root, W_NS)

    def next_table(self, part: str) -> int:
        n = self.table_counters.get(part, 0)
        self.table_counters[part] = n + 1
        return n

    def textboxes_in(self, el: etree._Element, d: _PDraft) -> None:
        if self.textbox_reader is None or d.part not in (BODY, TEXTBOX):
            return
        # The elements themselves, not their id(): lxml hands out a new proxy object for a
        # node once the last one is released, and a freed proxy's id is soon reused by
        # another node's (which made text boxes go missing now and then). Holding the
        # proxies keeps them, and their identity, for the whole walk.
        done: set[etree._Element] = set()
        for alt in el.iter(f"{{{MC_NS}}}AlternateContent"):
            fallback = alt.find(f"{{{MC_NS}}}Fallback")
            if fallback is not None and alt.find(f"{{{MC_NS}}}Choice") is not None:
                done.update(fallback.iter(w("txbxContent")))
        for content in el.iter(w("txbxContent")):
            if content in done:
                continue
            # nested text boxes inside this one are read with it
            for inner in content.iter(w("txbxContent")):
                if inner is not content:
                    done.add(inner)
            reader = self.textbox_reader
            before = len(reader.paras)
            reader.blocks_of(content, None)
            for p in reader.paras[before:]:
                p.in_textbox = True

    def load(self) -> Document:
        root = self.pkg.xml(self.main, required=True)
        assert root is not None
        body = root.find(w("body"))
        if body is None:
            raise _fail("no-document")
        self.textbox_reader = _Reader(self, TEXTBOX)
        reader = _Reader(self, BODY)
        blocks = reader.blocks_of(body, None)

        # notes, headers, footers, comments
        footnotes, foot_readers = self._notes("footnotes", FOOTNOTE)
        endnotes, end_readers = self._notes("endnotes", ENDNOTE)
        header_reader = _Reader(self, HEADER)
        footer_reader = _Reader(self, FOOTER)
        for rtype, target, _ in sorted(self.main_rels.values(), key=lambda x: x[1]):
            if rtype in ("header", "footer"):
                part_root = self.pkg.xml(target)
                if part_root is not None:
                    (header_reader if rtype == "header" else footer_reader).blocks_of(
                        part_root, None
                    )
        comments = self._comments()

        # numbering labels, in reading order of each story (the body drives the counters)
        counters = num.Counters(self.numbering)
        for p in reader.paras:
            self._number(p, counters)
        for rd in (self.textbox_reader, header_reader, footer_reader, *foot_readers, *end_readers):
            c = num.Counters(self.numbering)
            for p in rd.paras:
                self._number(p, c)

        # footnote numbers in order of first reference
        note_numbers: dict[tuple[str, int], int] = {}
        counts = {FOOTNOTE: 0, ENDNOTE: 0}
        for p in reader.paras + self.textbox_reader.paras:
            for kind, nid, _off, custom in p.notes:
                if (kind, nid) not in note_numbers and custom is None:
                    counts[kind] += 1
                    note_numbers[(kind, nid)] = counts[kind]

        # freeze
        body_paras = [self._freeze(p, i, note_numbers) for i, p in enumerate(reader.paras)]
        outlined = assign_outline(body_paras)  # fills the same objects in place
        frozen_blocks = tuple(self._freeze_block(b) for b in blocks)
        textboxes = tuple(
            self._freeze(p, i, note_numbers) for i, p in enumerate(self.textbox_reader.paras)
        )
        headers = tuple(self._freeze(p, i, note_numbers) for i, p in enumerate(header_reader.paras))
        footers = tuple(self._freeze(p, i, note_numbers) for i, p in enumerate(footer_reader.paras))
        fn = self._freeze_notes(footnotes, note_numbers)
        en = self._freeze_notes(endnotes, note_numbers)
        comment_objs = self._anchor_comments(comments, outlined, reader)
        sections = self._sections(reader)
        default_props = self.styles.resolved(None, None)
        return Document(
            path=self.path,
            blocks=frozen_blocks,
            footnotes=fn,
            endnotes=en,
            headers=headers,
            footers=footers,
            textboxes=textboxes,
            comments=comment_objs,
            sections=sections,
            properties=self._core(),
            has_revisions=self.revisions > 0,
            revision_count=self.revisions,
            default_font=default_props.font,
            default_size=default_props.size,
            body_paragraphs=tuple(outlined),
        )

    def _number(self, p: _PDraft, counters: num.Counters) -> None:
        if p.num_id is None or p.num_id == 0:
            return
        p.numbering = counters.next(p.num_id, p.num_level or 0)

    def _notes(
        self, name: str, kind: str
    ) -> tuple[list[tuple[int, _Reader, int, int]], list[_Reader]]:
        target = None
        for rtype, tgt, _ in self.main_rels.values():
            if rtype == name:
                target = tgt
        root = self.pkg.xml(target) if target else None
        out: list[tuple[int, _Reader, int, int]] = []
        readers: list[_Reader] = []
        if root is None:
            return out, readers
        reader = _Reader(self, kind)
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

    def _freeze_notes(
        self, notes: list[tuple[int, _Reader, int, int]], numbers: dict[tuple[str, int], int]
    ) -> tuple[Note, ...]:
        out: list[Note] = []
        for nid, reader, start, end in notes:
            paras = tuple(
                self._freeze(p, i, numbers) for i, p in enumerate(reader.paras[start:end], start)
            )
            out.append(Note(reader.part, nid, paras))
        return tuple(out)

    def _comments(self) -> dict[int, tuple[str, str]]:
        out: dict[int, tuple[str, str]] = {}
        for rtype, target, _ in self.main_rels.values():
            if rtype == "comments":
                root = self.pkg.xml(target)
                if root is None:
                    continue
                for c in root.iter(w("comment")):
                    cid = _int(c, w("id"))
                    if cid is None:
                        continue
                    paras = []
                    for p in c.iter(P):
                        paras.append("".join(t.text or "" for t in p.iter(T)))
                    out[cid] = (
                        c.get(w("author")) or "",
                        unicodedata.normalize("NFC", "\n".join(paras)).strip(),
                    )
        return out

    def _anchor_comments(
        self, comments: dict[int, tuple[str, str]], paras: list[Paragraph], reader: _Reader
    ) -> tuple[Comment, ...]:
        anchors: dict[int, tuple[int, int, int]] = {}
        for d, p in zip(reader.paras, paras, strict=True):
            for cid, raw in d.comment_starts:
                anchors.setdefault(cid, (p.index, _map(d, raw), -1))
            for cid, raw in d.comment_ends.items():
                if cid in anchors and anchors[cid][2] < 0:
                    pi, off, _ = anchors[cid]
                    end = _map(d, raw) if pi == p.index else len(paras[pi].text)
                    anchors[cid] = (pi, off, max(0, end - off))
            for cid in d.comment_refs:
                if cid not in anchors:
                    anchors[cid] = (p.index, 0, len(p.text))
        out = []
        for cid, (author, text) in sorted(comments.items()):
            a = anchors.get(cid)
            if a:
                out.append(Comment(cid, author, text, a[0], a[1], max(a[2], 0)))
            else:
                out.append(Comment(cid, author, text))
        return tuple(out)

    def _sections(self, reader: _Reader) -> tuple[Section, ...]:
        settings = None
        for rtype, target, _ in self.main_rels.values():
            if rtype == "settings":
                settings = self.pkg.xml(target)
        mirror = settings is not None and settings.find(w("mirrorMargins")) is not None
        out = []
        for i, sect in enumerate(reader.sections):
            pg = sect.find(w("pgSz"))
            mar = sect.find(w("pgMar"))

            def mm(el: etree._Element | None, attr: str) -> float | None:
                v = _int(el, w(attr)) if el is not None else None
                return round(abs(v) / 1440 * 25.4, 1) if v is not None else None

            width = mm(pg, "w")
            height = mm(pg, "h")
            orient = pg.get(w("orient")) if pg is not None else None
            if orient is None and width and height:
                orient = "landscape" if width > height else "portrait"
            out.append(
                Section(
                    index=i,
                    page_width=width,
                    page_height=height,
                    orientation=orient or "portrait",
                    margin_top=mm(mar, "top"),
                    margin_bottom=mm(mar, "bottom"),
                    margin_left=mm(mar, "left"),
                    margin_right=mm(mar, "right"),
                    first_paragraph=reader.section_starts[i]
                    if i < len(reader.section_starts)
                    else 0,
                    mirror_margins=mirror,
                )
            )
        return tuple(out)

    def _core(self) -> dict[str, str | datetime | None]:
        out: dict[str, str | datetime | None] = {}
        target = None
        for rtype, tgt, _ in self.root_rels.values():
            if rtype == "core-properties" or rtype == "metadata/core-properties":
                target = tgt
        root = self.pkg.xml(target or "docProps/core.xml")
        if root is None:
            return out
        for el in root:
            if not isinstance(el.tag, str):
                continue
            key = el.tag.rsplit("}", 1)[-1]
            text = (el.text or "").strip()
            if key in ("created", "modified", "lastPrinted"):
                try:
                    out[key] = datetime.fromisoformat(text.replace("Z", "+00:00"))
                except ValueError:
                    out[key] = text or None
            else:
                out[key] = unicodedata.normalize("NFC", text) if text else None
        return out

    # freezing -----------------------------------------------------------------------------

    def _freeze(
        self, d: _PDraft, index: int, note_numbers: dict[tuple[str, int], int]
    ) -> Paragraph:
        pieces = d.pieces
        raw = pieces[0].text if len(pieces) == 1 else "".join(p.text for p in pieces)
        clean, mapping = _clean(raw)
        identity = mapping is _identity
        runs: list[Run] = []
        raw_pos = 0
        for piece in pieces:
            raw_end = raw_pos + len(piece.text)
            if identity:
                start, end = raw_pos, raw_end
            else:
                start = mapping(raw_pos)
                end = mapping(raw_end)
            text = clean[start:end]
            raw_pos = raw_end
            if not text:
                continue
            pr = piece.props
            runs.append(
                Run(
                    text,
                    start,
                    end,
                    bool(pr.bold),
                    bool(pr.italic),
                    bool(pr.underline),
                    pr.vert == "superscript",
                    pr.vert == "subscript",
                    bool(pr.caps),
                    pr.font,
                    pr.size,
                    pr.highlight,
                    piece.inserted,
                    piece.style,
                )
            )
        notes = tuple(
            NoteRef(
                kind,
                nid,
                mapping(off),
                note_numbers.get((kind, nid), 0),
                _custom_mark(runs, mapping(off)) if custom else None,
            )
            for kind, nid, off, custom in d.notes
        )
        font, size = _dominant(runs)
        para = Paragraph(
            part=d.part,
            index=index,
            text=clean,
            runs=tuple(runs),
            style=self.styles.name(d.style_id),
            style_id=d.style_id or self.styles.default_para,
            outline_level=d.outline,
            numbering=d.numbering,
            alignment=d.jc,
            table=d.table,
            row=d.row,
            cell=d.cell,
            note_id=d.note_id,
            notes=notes,
            hidden_text=unicodedata.normalize("NFC", "".join(d.hidden)),
            deleted_text=unicodedata.normalize("NFC", "".join(d.deleted)),
            comment_ids=tuple(cid for cid, _ in d.comment_starts),
            page_section=d.page_section,
            in_textbox=d.in_textbox,
            font=font,
            size=size,
            indent_left=d.ind_left,
            first_line=d.first_line,
        )
        d.frozen = para
        return para

    def _freeze_block(self, b: _PDraft | _TDraft) -> Paragraph | Table:
        if isinstance(b, _PDraft):
            assert b.frozen is not None
            return b.frozen
        return self._freeze_table(b)

    def _freeze_table(self, t: _TDraft) -> Table:
        rows = []
        section = None
        for r_index, cells, header in t.rows:
            frozen_cells = []
            for c in cells:
                paras = tuple(p.frozen for p in c.paras if p.frozen is not None)
                if section is None and paras:
                    section = paras[0].section
                frozen_cells.append(
                    Cell(
                        row=c.row,
                        col=c.col,
                        span=c.span,
                        rowspan=c.rowspan,
                        paragraphs=paras,
                        tables=tuple(self._freeze_table(x) for x in c.tables),
                    )
                )
            rows.append(Row(r_index, tuple(frozen_cells), header))
        return Table(t.part, t.index, tuple(rows), t.columns, t.borderless, t.nested_in, section)


def _custom_mark(runs: list[Run], offset: int) -> str:
    """The text of a custom footnote mark: the run that follows the reference."""
    for r in runs:
        if r.start == offset:
            return r.text.strip()[:8] or "*"
    return "*"


def _dominant(runs: list[Run]) -> tuple[str | None, float | None]:
    fonts: dict[str | None, int] = {}
    sizes: dict[float | None, int] = {}
    for r in runs:
        n = len(r.text.strip())
        if not n:
            continue
        fonts[r.font] = fonts.get(r.font, 0) + n
        sizes[r.size] = sizes.get(r.size, 0) + n
    font = max(fonts.items(), key=lambda kv: kv[1])[0] if fonts else None
    size = max(sizes.items(), key=lambda kv: kv[1])[0] if sizes else None
    return font, size


def _map(d: _PDraft, raw_offset: int) -> int:
    raw = "".join(p.text for p in d.pieces)
    _clean_text, mapping = _clean(raw)
    return mapping(raw_offset)


_ZW_RE = recache.compile("[" + "".join(chr(c) for c in ZERO_WIDTH) + "]")


def _clean(raw: str) -> tuple[str, Any]:
    """NFC and drop zero-width characters; return the text and a raw->clean offset map."""
    if raw.isascii():
        return raw, _identity
    # re.sub, not str.translate: translate looks every character of a non-ASCII text up in a
    # dict, tens of microseconds per paragraph; the few zero-width characters are found faster.
    stripped = _ZW_RE.sub("", raw) if _ZW_RE.search(raw) else raw
    if stripped is raw and unicodedata.is_normalized("NFC", raw):
        return raw, _identity
    clean = unicodedata.normalize("NFC", stripped)
    cache: dict[int, int] = {}

    def mapping(i: int) -> int:
        if i in cache:
            return cache[i]
        v = len(unicodedata.normalize("NFC", _ZW_RE.sub("", raw[:i])))
        v = min(v, len(clean))
        cache[i] = v
        return v

    return clean, mapping


def _identity(i: int) -> int:
    return i


def load_bytes(data: bytes, path: str = "<bytes>", limits: Limits | None = None) -> Document:
    """Build the model of a .docx held in memory. Raises :class:`LoadError`."""
    pkg = Package(bytes(data), limits or Limits())
    try:
        return _Loader(pkg, path).load()
    except LoadError:
        raise
    except RecursionError:
        raise _fail("corrupt", "cấu trúc lồng nhau quá sâu") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as e:
        raise _fail("corrupt", str(e)) from None


def load_path(path: str, limits: Limits | None = None) -> Document:
    """Read a file (opened read-only, never written) and build its model."""
    with open(path, "rb") as fh:
        data = fh.read()
    return load_bytes(data, path, limits)
