"""``soat annotate``: a copy of the document with a Word comment on each finding.

Each comment (author "soat") is anchored on the flagged text and says the rule id, the
message and the suggestion, so the drafter reads the findings where they are, in Word or
LibreOffice. The input file is never modified.

This module also holds the editing core used by :mod:`validator.fix`: it walks the body with
the loader's own reader (so paragraph indexes and text offsets are exactly those of the
model), records which ``w:r`` produced each stretch of text, and can isolate a span into whole
runs by splitting runs at its edges.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import posixpath
import zipfile
import zlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import msgspec
from lxml import etree

from validator.loader.body import Reader
from validator.loader.document import DocumentLoader
from validator.loader.freeze import clean_text
from validator.loader.package import (
    PPR,
    REL_NS,
    RPR,
    W_NS,
    Limits,
    LoadError,
    Package,
    T,
    decimal_number,
    w,
)
from validator.model import BODY, ENDNOTE, FOOTNOTE, TEXTBOX, Document, Location

if TYPE_CHECKING:
    from validator.report import Violation

AUTHOR = "soat"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


class EditError(Exception):
    """The document cannot be edited. ``str()`` is for users (Vietnamese)."""


# -- reading with positions ----------------------------------------------------------------


class _Recorder(Reader):
    """The loader's reader, remembering the XML element of each paragraph and run."""

    def __init__(self, loader: Any, part: str) -> None:
        super().__init__(loader, part)
        self.elements: dict[int, etree._Element] = {}
        self.segments: dict[int, list[list[Any]]] = {}
        self._run: etree._Element | None = None

    def paragraph(self, p: etree._Element, cell: Any) -> Any:
        d = super().paragraph(p, cell)
        self.elements[id(d)] = p
        return d

    def run(self, r: etree._Element, d: Any, inserted: bool) -> None:
        previous, self._run = self._run, r
        try:
            super().run(r, d, inserted)
        finally:
            self._run = previous

    def add(self, d: Any, text: str, props: Any, inserted: bool, style: str | None) -> None:
        before = d.raw_len
        super().add(d, text, props, inserted, style)
        if d.raw_len > before:
            self.segments.setdefault(id(d), []).append([before, d.raw_len, self._run])


class Para(msgspec.Struct):
    """A body paragraph's element, raw text, and [start, end, w:r] segments of that text."""

    element: etree._Element
    raw: str
    segments: list[list[Any]] = msgspec.field(default_factory=list)

    def raw_offset(self, clean_offset: int) -> int:
        """The raw offset of a model (clean, NFC) offset."""
        _clean, mapping = clean_text(self.raw)
        if _clean == self.raw:
            return clean_offset
        for i in range(len(self.raw) + 1):
            if mapping(i) >= clean_offset:
                return i
        return len(self.raw)


class Editable:
    """A .docx opened for editing: its parts as bytes, the main part parsed, the body mapped."""

    def __init__(self, data: bytes, path: str = "<bytes>") -> None:
        try:
            self.pkg = Package(data, Limits())
            self.ld = DocumentLoader(self.pkg, path)
            root = self.pkg.xml(self.ld.main, required=True)
        except LoadError as exc:
            raise EditError(exc.message) from exc
        assert root is not None
        self.root = root
        body = root.find(w("body"))
        if body is None:
            raise EditError("Gói .docx không có phần nội dung chính.")
        self.ld.textbox_reader = _Recorder(self.ld, TEXTBOX)
        reader = _Recorder(self.ld, BODY)
        reader.blocks_of(body, None)
        self.paras = [
            Para(reader.elements[id(d)], "".join(pc.text for pc in d.pieces),
                 reader.segments.get(id(d), []))
            for d in reader.paras
        ]
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.replaced: dict[str, bytes] = {}
        # ids beyond what Word reads are left aside: a new id must stay a 32-bit integer
        ids = [decimal_number(str(v)) for v in root.xpath("//@w:id", namespaces={"w": W_NS})]
        self._next_id = max((i for i in ids if i is not None), default=0) + 1

    def next_id(self) -> int:
        self._next_id += 1
        return self._next_id

    # -- runs ------------------------------------------------------------------------------

    def isolate(self, index: int, offset: int, length: int) -> tuple[etree._Element,
                                                                      etree._Element] | None:
        """Split runs so that the span is made of whole runs; return its first and last run.

        A boundary inside a run that holds more than text (a tab, a field, a drawing) moves to
        the run's edge. None when the span has no run (empty, or only math).
        """
        para = self.paras[index]
        start = para.raw_offset(offset)
        end = para.raw_offset(offset + max(length, 0))
        if end <= start:
            return None
        self._split(para, start)
        self._split(para, end)
        runs = [seg[2] for seg in para.segments
                if seg[2] is not None and seg[1] > start and seg[0] < end]
        if not runs:
            return None
        return runs[0], runs[-1]

    def span_runs(self, index: int, offset: int, length: int) -> list[etree._Element]:
        para = self.paras[index]
        start = para.raw_offset(offset)
        end = para.raw_offset(offset + length)
        return [seg[2] for seg in para.segments if seg[1] > start and seg[0] < end]

    @staticmethod
    def _split(para: Para, at: int) -> None:
        for i, seg in enumerate(para.segments):
            s, e, run = seg
            if not (s < at < e) or run is None or not _simple(run):
                continue
            texts = run.findall(T)
            whole = "".join(t.text or "" for t in texts)
            if len(whole) != e - s:
                return
            left, right = whole[: at - s], whole[at - s:]
            twin = copy.deepcopy(run)
            _set_text(run, left)
            _set_text(twin, right)
            run.addnext(twin)
            para.segments[i:i + 1] = [[s, at, run], [at, e, twin]]
            return

    # -- saving ----------------------------------------------------------------------------

    def part_xml(self, name: str) -> etree._Element | None:
        if name in self.replaced:
            return etree.fromstring(self.replaced[name])
        return self.pkg.xml(name)

    def set_part(self, name: str, root: etree._Element) -> None:
        self.replaced[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                             standalone=True)

    def save(self) -> bytes:
        self.set_part(self.ld.main, self.root)
        out = io.BytesIO()
        names = {i.filename for i in self.zip.infolist()}
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for info in self.zip.infolist():
                data = self.replaced.get(info.filename)
                if data is None:
                    data = self._original(info)
                z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
            for name, data in self.replaced.items():
                if name not in names:
                    z.writestr(name, data)
        return out.getvalue()


    def _original(self, info: zipfile.ZipInfo) -> bytes:
        """A part copied as it is. The check read only the parts it needs; one it did not read
        may be damaged (a wrong CRC, a truncated stream), and a copy would carry the damage
        into the new file, so it is refused with the part's name."""
        limit = self.pkg.limits.max_part_bytes
        try:
            with self.zip.open(info) as fh:
                data = fh.read(limit + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                RuntimeError) as exc:
            raise EditError(
                f"Phần {info.filename} của tệp bị hỏng ({_damage(exc)}); không ghi được tệp "
                "mới. Hãy mở tệp bằng Word, lưu lại rồi thử lại."
            ) from None
        if len(data) > limit:
            raise EditError(f"Phần {info.filename} của tệp quá lớn; không ghi được tệp mới.")
        return data


def _damage(exc: BaseException) -> str:
    if "CRC" in str(exc):
        return "sai mã kiểm tra CRC"
    if isinstance(exc, (zlib.error, EOFError)):
        return "dữ liệu nén bị lỗi hoặc bị cắt cụt"
    return "không đọc được"


def _simple(run: etree._Element) -> bool:
    return all(child.tag in (RPR, T) for child in run if isinstance(child.tag, str))


def _set_text(run: etree._Element, text: str) -> None:
    texts = run.findall(T)
    for extra in texts[1:]:
        run.remove(extra)
    t = texts[0]
    t.text = text
    t.set(XML_SPACE, "preserve")


def now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# -- comments ------------------------------------------------------------------------------


def anchor_for(doc: Document, loc: Location) -> tuple[int, int | None, int | None, str]:
    """(body paragraph, offset, length, prefix) where a comment about ``loc`` is anchored.

    Body paragraphs take the span itself; a table finding the first paragraph of its cell (or
    table); a footnote finding the paragraph holding the note's reference mark; anything else
    (headers, text boxes, properties) the first paragraph, with the place named in the text.
    """
    from validator.emitters.text import describe_location

    if loc.part == BODY and loc.paragraph is not None:
        return loc.paragraph, loc.offset, loc.length, ""
    if loc.part == BODY and loc.table is not None:
        for p in doc.body_paragraphs:
            if p.table == loc.table and (loc.row is None or p.row == loc.row) and (
                    loc.cell is None or p.cell == loc.cell):
                return p.index, None, None, ""
    if loc.part in (FOOTNOTE, ENDNOTE) and loc.footnote is not None:
        for p in doc.body_paragraphs:
            for ref in p.notes:
                if ref.kind == loc.part and ref.id == loc.footnote:
                    return p.index, None, None, f"[{describe_location(loc)}] "
    return 0, None, None, f"[{describe_location(loc)}] "


class Commenter:
    """Adds comments (author "soat") to an :class:`Editable`."""

    def __init__(self, ed: Editable) -> None:
        self.ed = ed
        self.name, self.root = self._comments_part()
        ids = [decimal_number(c.get(w("id"))) for c in self.root.iter(w("comment"))]
        self.next = max((i for i in ids if i is not None and i >= 0), default=-1) + 1
        self.stamp = now()

    def _comments_part(self) -> tuple[str, etree._Element]:
        ed = self.ed
        rels_name = posixpath.join(posixpath.dirname(ed.ld.main), "_rels",
                                   posixpath.basename(ed.ld.main) + ".rels")
        for rtype, target, _ in ed.ld.main_rels.values():
            if rtype == "comments":
                root = ed.part_xml(target)
                if root is not None:
                    return target, root
        name = posixpath.join(posixpath.dirname(ed.ld.main), "comments.xml")
        root = etree.Element(w("comments"), nsmap={"w": W_NS})
        rels = ed.part_xml(rels_name)
        if rels is None:
            rels = etree.Element(f"{{{REL_NS}}}Relationships", nsmap={None: REL_NS})
        taken = {r.get("Id") for r in rels}
        rid = next(f"rIdSoat{i}" for i in range(1, 10_000) if f"rIdSoat{i}" not in taken)
        etree.SubElement(rels, f"{{{REL_NS}}}Relationship", Id=rid, Type=COMMENTS_REL,
                         Target=posixpath.relpath(name, posixpath.dirname(ed.ld.main)))
        ed.set_part(rels_name, rels)
        types = ed.part_xml("[Content_Types].xml")
        if types is not None:
            etree.SubElement(types, f"{{{CT_NS}}}Override", PartName="/" + name,
                             ContentType=COMMENTS_CT)
            ed.set_part("[Content_Types].xml", types)
        return name, root

    def add(self, index: int, offset: int | None, length: int | None,
            lines: Sequence[str]) -> int:
        """Anchor a comment with ``lines`` (one paragraph each) on a span or a paragraph."""
        cid = self.next
        self.next += 1
        comment = etree.SubElement(self.root, w("comment"))
        comment.set(w("id"), str(cid))
        comment.set(w("author"), AUTHOR)
        comment.set(w("initials"), AUTHOR)
        comment.set(w("date"), self.stamp)
        for i, line in enumerate(lines):
            p = etree.SubElement(comment, w("p"))
            if i == 0:
                r = etree.SubElement(p, w("r"))
                etree.SubElement(r, w("annotationRef"))
            r = etree.SubElement(p, w("r"))
            t = etree.SubElement(r, w("t"))
            t.text = line
            t.set(XML_SPACE, "preserve")
        start = etree.Element(w("commentRangeStart"))
        start.set(w("id"), str(cid))
        end = etree.Element(w("commentRangeEnd"))
        end.set(w("id"), str(cid))
        ref = etree.Element(w("r"))
        etree.SubElement(ref, w("commentReference")).set(w("id"), str(cid))
        span = None
        if offset is not None and length:
            span = self.ed.isolate(index, offset, length)
        if span is not None:
            first, last = span
            first.addprevious(start)
            last.addnext(end)
            end.addnext(ref)
        else:
            p = self.ed.paras[index].element
            ppr = p.find(PPR)
            if ppr is not None:
                ppr.addnext(start)
            else:
                p.insert(0, start)
            p.append(end)
            p.append(ref)
        return cid

    def finish(self) -> None:
        self.ed.set_part(self.name, self.root)


def comment_lines(v: Violation, prefix: str = "") -> list[str]:
    """The text of a finding's comment: rule id, severity and message, then the suggestion:
    "DAT001 · Lỗi: Ngày 31/4/2026 không có thật." / "Gợi ý: …"."""
    from validator.ruledoc import SEVERITY_VI

    severity = SEVERITY_VI.get(v.severity.value, v.severity.value).capitalize()
    lines = [f"{prefix}{v.rule} · {severity}: {v.message}"]
    if v.suggestion:
        lines.append(f"Gợi ý: {v.suggestion}")
    if v.fixable:
        lines.append("[*] \"soat fix\" sửa được chỗ này (thay đổi được theo dõi).")
    return lines


def annotate(data: bytes, doc: Document, violations: Iterable[Violation],
             path: str = "<bytes>") -> tuple[bytes, int]:
    """A copy of ``data`` with one comment per violation; and how many were added."""
    ed = Editable(data, path)
    if len(ed.paras) != len(doc.body_paragraphs) or not ed.paras:
        raise EditError("Không xác định được vị trí các đoạn văn để gắn ghi chú.")
    commenter = Commenter(ed)
    # right to left within a paragraph, so that splitting runs never moves a later anchor
    anchored = [(anchor_for(doc, v.location), v) for v in violations]  # once per violation
    anchored.sort(key=lambda av: (av[0][0], -(av[1].location.offset or 0)))
    count = 0
    for (index, offset, length, prefix), v in anchored:
        commenter.add(index, offset, length, comment_lines(v, prefix))
        count += 1
    commenter.finish()
    return ed.save(), count


__all__ = ["AUTHOR", "Commenter", "EditError", "Editable", "anchor_for", "annotate"]
