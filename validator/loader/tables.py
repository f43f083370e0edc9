"""Tables: rows and cells as Word lays them out (grid spans, vertical merges, header rows,
rows inside content controls), read into drafts and frozen into :class:`~validator.model.Table`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from validator.loader.drafts import CDraft, PDraft, TDraft
from validator.loader.package import SDT, SDTCONTENT, TC, TR, VAL, w
from validator.loader.styles import _int, _onoff
from validator.model import Cell, Row, Table

if TYPE_CHECKING:
    from validator.loader.body import Reader

TRPR, TBLHEADER, GRIDBEFORE, TCPR, GRIDSPAN, VMERGE = (
    w(t) for t in ("trPr", "tblHeader", "gridBefore", "tcPr", "gridSpan", "vMerge")
)
_ROW_HOLDERS = (SDT, w("customXml"))


MAX_COLUMNS = 63  # the most columns a Word table has


def read_table(reader: Reader, tbl: etree._Element, nested_in: int | None, depth: int) -> TDraft:
    """The draft of ``tbl``; its cells' paragraphs and tables are read by ``reader``."""
    index = reader.loader.next_table(reader.part)
    grid = tbl.find(w("tblGrid"))
    columns = len(grid.findall(w("gridCol"))) if grid is not None else 0
    # no cell reaches past the declared grid, or past Word's widest table when the grid is
    # narrower: a gridSpan or gridBefore of 10^9 made a grid of 10^9 columns per row
    widest = max(columns, MAX_COLUMNS)
    tpr = tbl.find(w("tblPr"))
    draft = TDraft(reader.part, index, [], columns, _borderless(tpr), nested_in)
    open_merge: dict[int, CDraft] = {}
    rows = _children(tbl, TR)
    for r_index, tr in enumerate(rows):
        trpr = next(tr.iterchildren(TRPR), None)
        header = False
        col = 0
        if trpr is not None:
            header = _onoff(next(trpr.iterchildren(TBLHEADER), None)) or False
            col = min(max(0, _int(next(trpr.iterchildren(GRIDBEFORE), None)) or 0), widest)
        cells: list[CDraft] = []
        for tc in _children(tr, TC):
            tcpr = next(tc.iterchildren(TCPR), None)
            span = 1
            vmerge = None
            if tcpr is not None:
                span = max(1, min(_int(next(tcpr.iterchildren(GRIDSPAN), None)) or 1,
                                  widest - col))
                vm = next(tcpr.iterchildren(VMERGE), None)
                if vm is not None:
                    vmerge = vm.get(VAL) or "continue"
            if vmerge == "continue" and col in open_merge:
                target = open_merge[col]
                target.rowspan = r_index - target.row + 1
                extra = reader.blocks_of(
                    tc, None, (index, target.row, target.col), index, depth + 1
                )
                for b in extra:
                    if isinstance(b, PDraft):
                        if b.pieces and "".join(p.text for p in b.pieces).strip():
                            target.paras.append(b)
                    else:
                        target.tables.append(b)
                col += span
                continue
            c = CDraft(r_index, col, span, 1, [], [])
            content = reader.blocks_of(tc, None, (index, r_index, col), index, depth + 1)
            for b in content:
                if isinstance(b, PDraft):
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


def freeze_table(t: TDraft) -> Table:
    """The model of a table whose paragraphs are already frozen."""
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
                    tables=tuple(freeze_table(x) for x in c.tables),
                )
            )
        rows.append(Row(r_index, tuple(frozen_cells), header))
    return Table(t.part, t.index, tuple(rows), t.columns, t.borderless, t.nested_in, section)
