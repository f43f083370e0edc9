"""Read a .docx package into the document model, as Word shows it.

One pass over the package's XML with lxml (python-docx's table-cell access is quadratic and
it hides numbering, text boxes and revisions). The package is read defensively: sizes and
compression ratios are checked before anything is inflated, no DTD or external entity is
ever loaded, and every failure becomes a :class:`LoadError` with a message for the user.
"""

from __future__ import annotations

import io
import posixpath
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from lxml import etree

from validator import numbering as num
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


class LoadError(Exception):
    """A file that cannot be read as a Word document. ``message`` is for users (Vietnamese)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Limits:
    """Refuse packages beyond these sizes before inflating anything (zip bombs)."""

    max_part_bytes: int = 100 * 1024 * 1024
    max_total_bytes: int = 400 * 1024 * 1024
    max_parts: int = 1000
    max_ratio: float = 100.0
    ratio_floor: int = 2 * 1024 * 1024  # the ratio is only checked above this inflated size


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
DC_NS = "http://purl.org/dc/elements/1.1/"
DCT_NS = "http://purl.org/dc/terms/"
CP_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"

# ISO/IEC 29500 Strict uses other namespace URIs; they are mapped to the transitional ones.
_STRICT = [
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", W_NS.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", R_NS.encode()),
    (b"http://purl.oclc.org/ooxml/drawingml/main", A_NS.encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/math", M_NS.encode()),
]


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# Frequently compared tags, precomputed.
P, R, T, TBL, TR, TC, SDT, SDTCONTENT = (w(t) for t in ("p", "r", "t", "tbl", "tr", "tc", "sdt",
                                                         "sdtContent"))
PPR, RPR, TAB, BR, CR, DEL, INS = (w(t) for t in ("pPr", "rPr", "tab", "br", "cr", "del", "ins"))
VAL = w("val")
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))

MSG = {
    "empty": "Tệp rỗng (0 byte), không phải văn bản Word.",
    "not-zip": "Tệp không phải văn bản Word .docx (không phải gói ZIP của Office Open XML).",
    "ole-doc": "Tệp là văn bản Word 97-2003 (.doc) bị đổi đuôi thành .docx; hãy mở bằng Word "
    "và lưu lại dưới dạng .docx.",
    "encrypted": "Tệp được đặt mật khẩu (mã hóa); hãy gỡ mật khẩu trong Word rồi kiểm tra lại.",
    "rtf": "Tệp là văn bản RTF bị đổi đuôi thành .docx; hãy lưu lại dưới dạng .docx.",
    "html": "Tệp là trang HTML bị đổi đuôi thành .docx; hãy lưu lại dưới dạng .docx.",
    "corrupt": "Tệp .docx bị hỏng hoặc không đầy đủ (gói ZIP lỗi): {detail}",
    "no-document": "Gói .docx không có phần nội dung chính (word/document.xml).",
    "too-large": "Tệp vượt giới hạn an toàn ({detail}); không giải nén để tránh tệp độc hại.",
    "unsafe-xml": "Tệp chứa khai báo DOCTYPE/thực thể XML trong {detail}; soat không đọc loại "
    "XML này để tránh tấn công qua thực thể XML.",
    "xml-error": "Phần {detail} của tệp .docx không phải XML hợp lệ.",
}


def _fail(code: str, detail: str = "") -> LoadError:
    return LoadError(code, MSG[code].format(detail=detail))


# ---------------------------------------------------------------------------------------------
# Package


class Package:
    """A zip package read defensively: sizes checked from the directory before inflating."""

    def __init__(self, data: bytes, limits: Limits) -> None:
        if not data:
            raise _fail("empty")
        head = data[:8]
        if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
            if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
                raise _fail("encrypted")
            raise _fail("ole-doc")
        if head.startswith(b"{\\rtf"):
            raise _fail("rtf")
        stripped = data[:512].lstrip().lower()
        if stripped.startswith((b"<!doctype html", b"<html")):
            raise _fail("html")
        if not head.startswith(b"PK"):
            raise _fail("not-zip")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as e:
            raise _fail("corrupt", str(e)) from None
        if len(infos) > limits.max_parts:
            raise _fail("too-large", f"{len(infos)} phần, tối đa {limits.max_parts}")
        total = 0
        self.names: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            total += info.file_size
            if info.file_size > limits.max_part_bytes:
                raise _fail("too-large", f"phần {info.filename} {info.file_size} byte")
            if (
                info.file_size > limits.ratio_floor
                and info.file_size > limits.max_ratio * max(info.compress_size, 1)
            ):
                raise _fail("too-large", f"tỷ lệ nén của {info.filename} vượt {limits.max_ratio:g}:1")
            name = info.filename.replace("\\", "/").lstrip("/")
            self.names.setdefault(name.lower(), info)
        if total > limits.max_total_bytes:
            raise _fail("too-large", f"tổng {total} byte")
        if any(n == "encryptedpackage" for n in self.names):
            raise _fail("encrypted")
        self.limits = limits

    def has(self, name: str) -> bool:
        return name.lower() in self.names

    def read(self, name: str) -> bytes | None:
        info = self.names.get(name.lower())
        if info is None:
            return None
        limit = self.limits.max_part_bytes
        with self.zip.open(info) as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:
            raise _fail("too-large", f"phần {name}")
        return data

    def xml(self, name: str, *, required: bool = False) -> etree._Element | None:
        try:
            data = self.read(name)
        except LoadError:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError) as e:
            if required:
                raise _fail("corrupt", f"{name}: {e}") from None
            return None
        if data is None:
            if required:
                raise _fail("no-document")
            return None
        return parse_xml(data, name, required=required)

    def rels(self, part: str) -> dict[str, tuple[str, str, str]]:
        """Relationships of ``part``: id -> (type suffix, resolved target, target mode)."""
        folder, base = posixpath.split(part)
        root = self.xml(posixpath.join(folder, "_rels", base + ".rels"))
        out: dict[str, tuple[str, str, str]] = {}
        if root is None:
            return out
        for rel in root:
            if not isinstance(rel.tag, str) or not rel.tag.endswith("Relationship"):
                continue
            rid = rel.get("Id", "")
            rtype = rel.get("Type", "").rsplit("/", 1)[-1]
            target = rel.get("Target", "")
            mode = rel.get("TargetMode", "Internal")
            if mode != "External":
                if target.startswith("/"):
                    target = target.lstrip("/")
                else:
                    target = posixpath.normpath(posixpath.join(folder, target))
            out[rid] = (rtype, target, mode)
        return out


_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
    remove_pis=True,
)


def parse_xml(data: bytes, name: str, *, required: bool = False) -> etree._Element | None:
    head = data[:4096]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise _fail("unsafe-xml", name)
    if b"purl.oclc.org/ooxml" in data:
        for old, new in _STRICT:
            data = data.replace(old, new)
    try:
        root = etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as e:
        if required:
            raise _fail("xml-error", f"{name} ({e})") from None
        return None
    return root


# ---------------------------------------------------------------------------------------------
# Styles


@dataclass
class RunProps:
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    caps: bool | None = None
    hidden: bool | None = None
    vert: str | None = None
    font: str | None = None
    size: float | None = None
    highlight: str | None = None

    def merged(self, other: RunProps) -> RunProps:
        return RunProps(*(b if b is not None else a for a, b in zip(
            self.astuple(), other.astuple(), strict=True)))

    def astuple(self) -> tuple[Any, ...]:
        return (self.bold, self.italic, self.underline, self.caps, self.hidden, self.vert,
                self.font, self.size, self.highlight)


@dataclass
class Style:
    id: str
    name: str
    type: str
    based_on: str | None
    rpr: RunProps
    num_id: int | None = None
    num_level: int | None = None
    outline: int | None = None
    jc: str | None = None
    link: str | None = None


def _onoff(el: etree._Element | None) -> bool | None:
    if el is None:
        return None
    v = el.get(VAL)
    return v is None or v not in ("0", "false", "off", "none")


class Styles:
    def __init__(self, root: etree._Element | None, theme_fonts: dict[str, str]) -> None:
        self.by_id: dict[str, Style] = {}
        self.defaults = RunProps()
        self.default_para: str | None = None
        self.default_char: str | None = None
        self.theme = theme_fonts
        self._resolved: dict[tuple[str | None, str | None], RunProps] = {}
        self._pchain: dict[str | None, tuple[int | None, int | None, int | None, str | None]] = {}
        if root is None:
            return
        dd = root.find(w("docDefaults"))
        if dd is not None:
            rpr = dd.find(f"{w('rPrDefault')}/{RPR}")
            if rpr is not None:
                self.defaults = self.run_props(rpr)
        for st in root.iter(w("style")):
            sid = st.get(w("styleId")) or ""
            stype = st.get(w("type")) or "paragraph"
            name_el = st.find(w("name"))
            name = name_el.get(VAL, sid) if name_el is not None else sid
            based = st.find(w("basedOn"))
            rpr = st.find(RPR)
            style = Style(
                id=sid, name=name, type=stype,
                based_on=based.get(VAL) if based is not None else None,
                rpr=self.run_props(rpr) if rpr is not None else RunProps(),
            )
            ppr = st.find(PPR)
            if ppr is not None:
                numpr = ppr.find(w("numPr"))
                if numpr is not None:
                    style.num_id = _int(numpr.find(w("numId")))
                    style.num_level = _int(numpr.find(w("ilvl")))
                style.outline = _int(ppr.find(w("outlineLvl")))
                jc = ppr.find(w("jc"))
                style.jc = jc.get(VAL) if jc is not None else None
            self.by_id[sid] = style
            if st.get(w("default")) in ("1", "true", "on"):
                if stype == "paragraph":
                    self.default_para = sid
                elif stype == "character":
                    self.default_char = sid

    def run_props(self, rpr: etree._Element) -> RunProps:
        props = RunProps()
        for child in rpr:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            local = tag.rsplit("}", 1)[-1]
            if local == "b":
                props.bold = _onoff(child)
            elif local == "i":
                props.italic = _onoff(child)
            elif local == "u":
                v = child.get(VAL)
                props.underline = v not in (None, "none") if v is not None else True
            elif local == "caps":
                props.caps = _onoff(child)
            elif local in ("vanish", "specVanish", "webHidden"):
                if local == "vanish":
                    props.hidden = _onoff(child)
            elif local == "vertAlign":
                props.vert = child.get(VAL)
            elif local == "sz":
                v = _int(child)
                if v is not None:
                    props.size = v / 2
            elif local == "rFonts":
                font = child.get(w("ascii")) or child.get(w("hAnsi"))
                if not font:
                    theme = child.get(w("asciiTheme")) or child.get(w("hAnsiTheme"))
                    if theme:
                        font = self_theme(theme, getattr(self, "theme", {}))
                if font:
                    props.font = font
            elif local == "highlight":
                v = child.get(VAL)
                props.highlight = v if v and v != "none" else None
            elif local == "shd":
                fill = child.get(w("fill"))
                if fill and fill.lower() not in ("auto", "ffffff", "none"):
                    props.highlight = props.highlight or f"#{fill}"
        return props

    def chain(self, sid: str | None) -> list[Style]:
        out: list[Style] = []
        seen: set[str] = set()
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            st = self.by_id[sid]
            out.append(st)
            sid = st.based_on
        return out

    def resolved(self, pstyle: str | None, rstyle: str | None) -> RunProps:
        key = (pstyle, rstyle)
        hit = self._resolved.get(key)
        if hit is not None:
            return hit
        props = self.defaults
        for st in reversed(self.chain(pstyle or self.default_para)):
            props = props.merged(st.rpr)
        for st in reversed(self.chain(rstyle)):
            props = props.merged(st.rpr)
        self._resolved[key] = props
        return props

    def para_info(self, sid: str | None) -> tuple[int | None, int | None, int | None, str | None]:
        """(numId, ilvl, outline level, jc) inherited through the paragraph style chain."""
        if sid in self._pchain:
            return self._pchain[sid]
        num_id = lvl = outline = None
        jc = None
        for st in self.chain(sid or self.default_para):
            if num_id is None and st.num_id is not None:
                num_id = st.num_id
            if lvl is None and st.num_level is not None:
                lvl = st.num_level
            if outline is None and st.outline is not None:
                outline = st.outline
            if jc is None and st.jc is not None:
                jc = st.jc
        if outline is None:
            st = self.by_id.get(sid or "")
            m = re.match(r"^heading\s*(\d)$", st.name.strip().lower()) if st else None
            if m:
                outline = int(m.group(1)) - 1
        self._pchain[sid] = (num_id, lvl, outline, jc)
        return self._pchain[sid]

    def name(self, sid: str | None) -> str | None:
        if sid is None:
            sid = self.default_para
        st = self.by_id.get(sid or "")
        return st.name if st else sid


def self_theme(theme: str, fonts: dict[str, str]) -> str | None:
    return fonts.get("major" if theme.startswith("major") else "minor")


def _int(el: etree._Element | None, attr: str = VAL) -> int | None:
    if el is None:
        return None
    v = el.get(attr)
    if v is None:
        return None
    try:
        return int(float(v))
    except ValueError:
        return None


def _theme_fonts(root: etree._Element | None) -> dict[str, str]:
    out: dict[str, str] = {}
    if root is None:
        return out
    for kind in ("major", "minor"):
        el = root.find(f".//{{{A_NS}}}{kind}Font/{{{A_NS}}}latin")
        if el is not None and el.get("typeface"):
            out[kind] = el.get("typeface", "")
    return out


# ---------------------------------------------------------------------------------------------
# Paragraph and table building (mutable drafts, frozen at the end)


@dataclass
class _Piece:
    text: str
    props: RunProps
    inserted: bool
    style: str | None


@dataclass
class _PDraft:
    part: str
    pieces: list[_Piece] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    notes: list[tuple[str, int, int, str | None]] = field(default_factory=list)  # kind,id,raw off
    comment_starts: list[tuple[int, int]] = field(default_factory=list)  # id, raw offset
    comment_ends: dict[int, int] = field(default_factory=dict)
    comment_refs: list[int] = field(default_factory=list)
    style_id: str | None = None
    num_id: int | None = None
    num_level: int | None = None
    outline: int | None = None
    jc: str | None = None
    ind_left: int = 0
    first_line: int = 0
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    note_id: int | None = None
    in_textbox: bool = False
    page_section: int = 0
    raw_len: int = 0
    numbering: Numbering | None = None
    frozen: Paragraph | None = None


@dataclass
class _CDraft:
    row: int
    col: int
    span: int
    rowspan: int
    paras: list[_PDraft]
    tables: list[_TDraft]


@dataclass
class _TDraft:
    part: str
    index: int
    rows: list[tuple[int, list[_CDraft], bool]]
    columns: int
    borderless: bool
    nested_in: int | None
    first_para: _PDraft | None = None


class _Reader:
    """Walks one story (body, a note, a header…) and collects paragraph and table drafts."""

    def __init__(self, loader: _Loader, part: str) -> None:
        self.loader = loader
        self.part = part
        self.paras: list[_PDraft] = []  # every paragraph in reading order (tables included)
        self.blocks: list[_PDraft | _TDraft] = []
        self.tables: list[_TDraft] = []
        self.field_depth: list[str] = []  # "code" | "result" per open field
        self.note_id: int | None = None
        self.page_section = 0
        self.sections: list[etree._Element] = []
        self.section_starts: list[int] = [0]

    # blocks -------------------------------------------------------------------------------

    def blocks_of(self, parent: etree._Element, out: list[_PDraft | _TDraft] | None,
                  cell: tuple[int, int, int] | None = None, nested_in: int | None = None,
                  depth: int = 0) -> list[_PDraft | _TDraft]:
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
            elif tag in (w("customXml"), w("smartTag"), INS, w("moveTo")):
                self.blocks_of(child, result, cell, nested_in, depth)
            elif tag == f"{{{MC_NS}}}AlternateContent":
                chosen = _choose_alternate(child)
                if chosen is not None:
                    self.blocks_of(chosen, result, cell, nested_in, depth)
            elif tag == w("sectPr") and cell is None and self.part == BODY:
                self.sections.append(child)
        return result

    def table(self, tbl: etree._Element, nested_in: int | None, depth: int) -> _TDraft:
        index = self.loader.next_table(self.part)
        grid = tbl.find(w("tblGrid"))
        columns = len(grid.findall(w("gridCol"))) if grid is not None else 0
        tpr = tbl.find(w("tblPr"))
        draft = _TDraft(self.part, index, [], columns, _borderless(tpr), nested_in)
        self.tables.append(draft)
        open_merge: dict[int, _CDraft] = {}
        rows = _rows(tbl)
        for r_index, tr in enumerate(rows):
            trpr = tr.find(w("trPr"))
            header = False
            col = 0
            if trpr is not None:
                header = _onoff(trpr.find(w("tblHeader"))) or False
                col = _int(trpr.find(w("gridBefore"))) or 0
            cells: list[_CDraft] = []
            for tc in _cells(tr):
                tcpr = tc.find(w("tcPr"))
                span = 1
                vmerge = None
                if tcpr is not None:
                    span = max(1, _int(tcpr.find(w("gridSpan"))) or 1)
                    vm = tcpr.find(w("vMerge"))
                    if vm is not None:
                        vmerge = vm.get(VAL) or "continue"
                if vmerge == "continue" and col in open_merge:
                    target = open_merge[col]
                    target.rowspan = r_index - target.row + 1
                    extra = self.blocks_of(tc, None, (index, target.row, target.col),
                                           index, depth + 1)
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
        ppr = p.find(PPR)
        styles = self.loader.styles
        direct_num: tuple[int | None, int | None] | None = None
        if ppr is not None:
            ps = ppr.find(w("pStyle"))
            if ps is not None:
                d.style_id = ps.get(VAL)
            numpr = ppr.find(w("numPr"))
            if numpr is not None:
                direct_num = (_int(numpr.find(w("numId"))), _int(numpr.find(w("ilvl"))))
            d.outline = _int(ppr.find(w("outlineLvl")))
            jc = ppr.find(w("jc"))
            if jc is not None:
                d.jc = jc.get(VAL)
            ind = ppr.find(w("ind"))
            if ind is not None:
                d.ind_left = _int(ind, w("left")) or _int(ind, w("start")) or 0
                hanging = _int(ind, w("hanging"))
                d.first_line = -hanging if hanging else (_int(ind, w("firstLine")) or 0)
            if ppr.find(w("pPrChange")) is not None:
                self.loader.revisions += 1
            sect = ppr.find(w("sectPr"))
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
        self.inline(p, d, inserted=False, rstyle_ctx=None)
        return d

    def inline(self, parent: etree._Element, d: _PDraft, *, inserted: bool,
               rstyle_ctx: str | None) -> None:
        for child in parent:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == R:
                self.run(child, d, inserted)
            elif tag == INS or tag == w("moveTo"):
                self.loader.revisions += 1
                self.inline(child, d, inserted=True, rstyle_ctx=rstyle_ctx)
            elif tag == DEL or tag == w("moveFrom"):
                self.loader.revisions += 1
                d.deleted.append("".join(child.itertext()))
            elif tag in (w("hyperlink"), w("smartTag"), w("customXml"), w("fldSimple"),
                         w("dir"), w("bdo")):
                self.inline(child, d, inserted=inserted, rstyle_ctx=rstyle_ctx)
            elif tag == SDT:
                content = child.find(SDTCONTENT)
                if content is not None:
                    self.inline(content, d, inserted=inserted, rstyle_ctx=rstyle_ctx)
            elif tag == w("commentRangeStart"):
                cid = _int(child, w("id"))
                if cid is not None:
                    d.comment_starts.append((cid, d.raw_len))
            elif tag == w("commentRangeEnd"):
                cid = _int(child, w("id"))
                if cid is not None:
                    d.comment_ends[cid] = d.raw_len
            elif tag == f"{{{M_NS}}}oMath" or tag == f"{{{M_NS}}}oMathPara":
                text = "".join(t.text or "" for t in child.iter(f"{{{M_NS}}}t"))
                if text:
                    self.add(d, text, RunProps(), inserted, None)
            elif tag == f"{{{MC_NS}}}AlternateContent":
                chosen = _choose_alternate(child)
                if chosen is not None:
                    self.inline(chosen, d, inserted=inserted, rstyle_ctx=rstyle_ctx)

    def add(self, d: _PDraft, text: str, props: RunProps, inserted: bool,
            style: str | None) -> None:
        if not text:
            return
        if props.hidden:
            d.hidden.append(text)
            return
        if d.pieces and d.pieces[-1].props == props and d.pieces[-1].inserted == inserted \
                and d.pieces[-1].style == style:
            d.pieces[-1].text += text
        else:
            d.pieces.append(_Piece(text, props, inserted, style))
        d.raw_len += len(text)

    def run(self, r: etree._Element, d: _PDraft, inserted: bool) -> None:
        styles = self.loader.styles
        rpr = r.find(RPR)
        rstyle = None
        direct = None
        if rpr is not None:
            rs = rpr.find(w("rStyle"))
            if rs is not None:
                rstyle = rs.get(VAL)
            direct = styles.run_props(rpr)
            if rpr.find(w("rPrChange")) is not None:
                self.loader.revisions += 1
        props = styles.resolved(d.style_id, rstyle)
        if direct is not None:
            props = props.merged(direct)
        buf: list[str] = []

        def flush() -> None:
            if buf:
                self.add(d, "".join(buf), props, inserted, rstyle)
                buf.clear()

        for child in r:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if tag == T:
                if not self.field_depth or self.field_depth[-1] == "result":
                    if child.text:
                        buf.append(child.text)
            elif tag == TAB or tag == w("ptab"):
                buf.append("\t")
            elif tag == BR or tag == CR:
                buf.append("\n")
            elif tag == w("noBreakHyphen"):
                buf.append("-")
            elif tag == w("softHyphen") or tag == w("lastRenderedPageBreak"):
                continue
            elif tag == w("sym"):
                code = child.get(w("char")) or ""
                try:
                    cp = int(code, 16)
                    if 0xF000 <= cp <= 0xF0FF:
                        cp -= 0xF000
                    buf.append(chr(cp) if cp >= 0x20 else "")
                except ValueError:
                    pass
            elif tag == w("fldChar"):
                kind = child.get(w("fldCharType"))
                if kind == "begin":
                    self.field_depth.append("code")
                elif kind == "separate" and self.field_depth:
                    self.field_depth[-1] = "result"
                elif kind == "end" and self.field_depth:
                    self.field_depth.pop()
            elif tag in (w("footnoteReference"), w("endnoteReference")):
                flush()
                nid = _int(child, w("id"))
                kind = FOOTNOTE if tag == w("footnoteReference") else ENDNOTE
                if nid is not None:
                    custom = None
                    if _onoff(child.find(w("customMarkFollows"))) or child.get(
                            w("customMarkFollows")) in ("1", "true", "on"):
                        custom = "*"
                    d.notes.append((kind, nid, d.raw_len, custom))
            elif tag == w("commentReference"):
                cid = _int(child, w("id"))
                if cid is not None:
                    d.comment_refs.append(cid)
            elif tag in (w("drawing"), w("pict"), f"{{{MC_NS}}}AlternateContent", w("object")):
                flush()
                self.loader.textboxes_in(child, d)
            elif tag == w("delText") or tag == w("instrText"):
                continue
        flush()


def _choose_alternate(alt: etree._Element) -> etree._Element | None:
    """mc:AlternateContent: take the first Choice (Word writes the same content twice)."""
    choice = alt.find(f"{{{MC_NS}}}Choice")
    if choice is not None:
        return choice
    return alt.find(f"{{{MC_NS}}}Fallback")


def _rows(tbl: etree._Element) -> list[etree._Element]:
    out: list[etree._Element] = []
    for child in tbl:
        if child.tag == TR:
            out.append(child)
        elif child.tag in (SDT, w("customXml")):
            holder = child.find(SDTCONTENT) if child.tag == SDT else child
            if holder is not None:
                out.extend(c for c in holder if c.tag == TR)
    return out


def _cells(tr: etree._Element) -> list[etree._Element]:
    out: list[etree._Element] = []
    for child in tr:
        if child.tag == TC:
            out.append(child)
        elif child.tag in (SDT, w("customXml")):
            holder = child.find(SDTCONTENT) if child.tag == SDT else child
            if holder is not None:
                out.extend(c for c in holder if c.tag == TC)
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
        self.textbox_reader: _Reader | None = None
        rels = pkg.rels("")
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
                styles_root = pkg.xml(target)
            elif rtype == "numbering":
                numbering_root = pkg.xml(target)
        if styles_root is None:
            styles_root = pkg.xml(posixpath.join(posixpath.dirname(main), "styles.xml"))
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
        done: set[int] = set()
        for alt in el.iter(f"{{{MC_NS}}}AlternateContent"):
            fallback = alt.find(f"{{{MC_NS}}}Fallback")
            if fallback is not None and alt.find(f"{{{MC_NS}}}Choice") is not None:
                for inner in fallback.iter(w("txbxContent")):
                    done.add(id(inner))
        for content in el.iter(w("txbxContent")):
            if id(content) in done:
                continue
            # nested text boxes inside this one are read with it
            for inner in content.iter(w("txbxContent")):
                if inner is not content:
                    done.add(id(inner))
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
                        part_root, None)
        comments = self._comments()

        # numbering labels, in reading order of each story (the body drives the counters)
        counters = num.Counters(self.numbering)
        for p in reader.paras:
            self._number(p, counters)
        for rd in (self.textbox_reader, header_reader, footer_reader, *foot_readers,
                   *end_readers):
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
        outline_input = [p for p in body_paras]
        outlined = assign_outline(outline_input)
        for d, p in zip(reader.paras, outlined, strict=True):
            d.frozen = p
        frozen_blocks = tuple(self._freeze_block(b) for b in blocks)
        textboxes = tuple(self._freeze(p, i, note_numbers)
                          for i, p in enumerate(self.textbox_reader.paras))
        headers = tuple(self._freeze(p, i, note_numbers)
                        for i, p in enumerate(header_reader.paras))
        footers = tuple(self._freeze(p, i, note_numbers)
                        for i, p in enumerate(footer_reader.paras))
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

    def _notes(self, name: str, kind: str) -> tuple[list[tuple[int, _Reader, int, int]],
                                                     list[_Reader]]:
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

    def _freeze_notes(self, notes: list[tuple[int, _Reader, int, int]],
                      numbers: dict[tuple[str, int], int]) -> tuple[Note, ...]:
        out: list[Note] = []
        for nid, reader, start, end in notes:
            paras = tuple(self._freeze(p, i, numbers)
                          for i, p in enumerate(reader.paras[start:end], start))
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
                        paras.append("".join(
                            t.text or "" for t in p.iter(T)))
                    out[cid] = (c.get(w("author")) or "", unicodedata.normalize(
                        "NFC", "\n".join(paras)).strip())
        return out

    def _anchor_comments(self, comments: dict[int, tuple[str, str]], paras: list[Paragraph],
                         reader: _Reader) -> tuple[Comment, ...]:
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
            out.append(Section(
                index=i, page_width=width, page_height=height, orientation=orient or "portrait",
                margin_top=mm(mar, "top"), margin_bottom=mm(mar, "bottom"),
                margin_left=mm(mar, "left"), margin_right=mm(mar, "right"),
                first_paragraph=reader.section_starts[i] if i < len(reader.section_starts) else 0,
                mirror_margins=mirror,
            ))
        return tuple(out)

    def _core(self) -> dict[str, str | datetime | None]:
        out: dict[str, str | datetime | None] = {}
        rels = self.pkg.rels("")
        target = None
        for rtype, tgt, _ in rels.values():
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

    def _freeze(self, d: _PDraft, index: int,
                note_numbers: dict[tuple[str, int], int]) -> Paragraph:
        raw = "".join(p.text for p in d.pieces)
        clean, mapping = _clean(raw)
        runs: list[Run] = []
        pos = 0
        raw_pos = 0
        for piece in d.pieces:
            raw_end = raw_pos + len(piece.text)
            start = mapping(raw_pos)
            end = mapping(raw_end)
            text = clean[start:end]
            raw_pos = raw_end
            if not text:
                continue
            pr = piece.props
            runs.append(Run(
                text=text, start=start, end=end, bold=bool(pr.bold), italic=bool(pr.italic),
                underline=bool(pr.underline), superscript=pr.vert == "superscript",
                subscript=pr.vert == "subscript", caps=bool(pr.caps), font=pr.font,
                size=pr.size, highlight=pr.highlight, inserted=piece.inserted, style=piece.style,
            ))
            pos = end
        del pos
        notes = tuple(
            NoteRef(kind, nid, mapping(off), note_numbers.get((kind, nid), 0), custom)
            for kind, nid, off, custom in d.notes
        )
        font, size = _dominant(runs)
        para = Paragraph(
            part=d.part, index=index, text=clean, runs=tuple(runs),
            style=self.styles.name(d.style_id), style_id=d.style_id or self.styles.default_para,
            outline_level=d.outline, numbering=d.numbering, alignment=d.jc,
            table=d.table, row=d.row, cell=d.cell, note_id=d.note_id, notes=notes,
            hidden_text=unicodedata.normalize("NFC", "".join(d.hidden)),
            deleted_text=unicodedata.normalize("NFC", "".join(d.deleted)),
            comment_ids=tuple(cid for cid, _ in d.comment_starts),
            page_section=d.page_section, in_textbox=d.in_textbox, font=font, size=size,
            indent_left=d.ind_left, first_line=d.first_line,
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
                frozen_cells.append(Cell(
                    row=c.row, col=c.col, span=c.span, rowspan=c.rowspan, paragraphs=paras,
                    tables=tuple(self._freeze_table(x) for x in c.tables),
                ))
            rows.append(Row(r_index, tuple(frozen_cells), header))
        return Table(t.part, t.index, tuple(rows), t.columns, t.borderless, t.nested_in, section)


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


def _clean(raw: str) -> tuple[str, Any]:
    """NFC and drop zero-width characters; return the text and a raw->clean offset map."""
    if raw.isascii():
        return raw, lambda i: i
    stripped = raw.translate(ZERO_WIDTH)
    if stripped == raw and unicodedata.is_normalized("NFC", raw):
        return raw, lambda i: i
    clean = unicodedata.normalize("NFC", stripped)
    cache: dict[int, int] = {}

    def mapping(i: int) -> int:
        if i in cache:
            return cache[i]
        v = len(unicodedata.normalize("NFC", raw[:i].translate(ZERO_WIDTH)))
        v = min(v, len(clean))
        cache[i] = v
        return v

    return clean, mapping


def load_bytes(data: bytes, path: str = "<bytes>", limits: Limits | None = None) -> Document:
    """Build the model of a .docx held in memory. Raises :class:`LoadError`."""
    pkg = Package(bytes(data), limits or Limits())
    try:
        return _Loader(pkg, path).load()
    except LoadError:
        raise
    except RecursionError:
        raise _fail("corrupt", "cấu trúc lồng nhau quá sâu") from None
    except (zipfile.BadZipFile, EOFError, OSError) as e:
        raise _fail("corrupt", str(e)) from None


def load_path(path: str, limits: Limits | None = None) -> Document:
    """Read a file (opened read-only, never written) and build its model."""
    with open(path, "rb") as fh:
        data = fh.read()
    return load_bytes(data, path, limits)
