"""Stories (the body, a note, a header, a text box): paragraphs, runs and their text as Word
shows it: fields, symbols, tracked insertions and deletions, hidden text, content controls,
comment anchors, note references, math. Tables are read by :mod:`validator.loader.tables`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lxml import etree

from validator.loader.drafts import PDraft, Piece, TDraft
from validator.loader.package import (
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
    VAL,
    P,
    R,
    T,
    w,
)
from validator.loader.styles import ParaProps, RunProps, Styles, _int, _onoff, para_props
from validator.loader.tables import read_table
from validator.model import BODY, ENDNOTE, FOOTNOTE

if TYPE_CHECKING:
    from validator.loader.document import DocumentLoader

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


class Reader:
    """Walks one story (body, a note, a header…) and collects paragraph and table drafts."""

    def __init__(self, loader: DocumentLoader, part: str) -> None:
        self.loader = loader
        self.part = part
        self.paras: list[PDraft] = []  # every paragraph in reading order (tables included)
        self.field_depth: list[str] = []  # "code" | "result" per open field
        self.note_id: int | None = None
        self.page_section = 0
        self.sections: list[etree._Element] = []
        self.section_starts: list[int] = [0]

    # blocks -------------------------------------------------------------------------------

    def blocks_of(
        self,
        parent: etree._Element,
        out: list[PDraft | TDraft] | None,
        cell: tuple[int, int, int] | None = None,
        nested_in: int | None = None,
        depth: int = 0,
    ) -> list[PDraft | TDraft]:
        result: list[PDraft | TDraft] = [] if out is None else out
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

    def table(self, tbl: etree._Element, nested_in: int | None, depth: int) -> TDraft:
        return read_table(self, tbl, nested_in, depth)

    # paragraphs ---------------------------------------------------------------------------

    def paragraph(self, p: etree._Element, cell: tuple[int, int, int] | None) -> PDraft:
        d = PDraft(self.part)
        if cell:
            d.table, d.row, d.cell = cell
        d.note_id = self.note_id
        d.page_section = self.page_section
        self.paras.append(d)
        ppr = next(p.iterchildren(PPR), None)
        styles = self.loader.styles
        direct_num: tuple[int | None, int | None] | None = None
        direct: ParaProps | None = None
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
                if not _PPR_LAYOUT.isdisjoint(found):
                    direct = para_props(ppr, found)
                if PPRCHANGE in found:
                    self.loader.revisions += 1
                sect = found.get(SECTPR)
                if sect is not None and self.part == BODY and cell is None:
                    self.sections.append(sect)
                    self.page_section += 1
                    self.section_starts.append(len(self.paras))
        s_num, s_lvl, s_outline, _s_jc = styles.para_info(d.style_id)
        if d.outline is None:
            d.outline = s_outline
        if direct_num is not None and direct_num[0] is not None:
            d.num_id = direct_num[0]
            d.num_level = direct_num[1] if direct_num[1] is not None else (s_lvl or 0)
        elif s_num is not None:
            d.num_id = s_num
            d.num_level = s_lvl or 0
        if d.outline is not None and d.outline >= 9:
            d.outline = None
        d.layout = layout = self.loader.layout(d.style_id, d.num_id, d.num_level, direct)
        d.jc = layout.jc
        d.ind_left = layout.left or 0
        d.first_line = layout.first or 0
        self.inline(p, d, inserted=False)
        return d

    def inline(
        self, parent: etree._Element, d: PDraft, *, inserted: bool
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
        self, d: PDraft, text: str, props: RunProps, inserted: bool, style: str | None
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
        pieces.append(Piece(text, props, inserted, style))
        d.raw_len += len(text)

    def run(self, r: etree._Element, d: PDraft, inserted: bool) -> None:
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
                buf.append(_symbol(child.get(CHAR) or ""))
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


def _symbol(code: str) -> str:
    """The character of a ``w:sym`` (hexadecimal ``w:char``; the symbol fonts' private area
    F000-F0FF mapped down), or "" for a control character, a surrogate, a value beyond
    Unicode or one that is not a short hexadecimal number."""
    if not 0 < len(code) <= 8 or not code.isascii():
        return ""
    try:
        cp = int(code, 16)
    except ValueError:
        return ""
    if 0xF000 <= cp <= 0xF0FF:
        cp -= 0xF000
    if cp < 0x20 or 0xD800 <= cp <= 0xDFFF or cp > 0x10FFFF:
        return ""
    return chr(cp)


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
_PPR_LAYOUT = frozenset((JC, IND, w("spacing"), w("contextualSpacing")))
_PPR_TAGS = frozenset((PSTYLE, NUMPR, OUTLINELVL, PPRCHANGE, SECTPR)) | _PPR_LAYOUT
RSTYLE = w("rStyle")
ALTERNATE = f"{{{MC_NS}}}AlternateContent"
_BLOCK_WRAPPERS = frozenset((w("customXml"), w("smartTag"), INS, w("moveTo")))
RPRCHANGE = w("rPrChange")


RunInfo = tuple[RunProps, str | None, bool]


def _resolve_run(styles: Styles, pstyle: str | None, rpr: etree._Element | None) -> RunInfo:
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
