"""The .docx package read defensively: zip limits checked before inflating, safe XML.

Every failure becomes a :class:`LoadError` whose message is for the user (Vietnamese).
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable

import msgspec
from lxml import etree


class LoadError(Exception):
    """A file that cannot be read as a Word document. ``message`` is for users (Vietnamese)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class Limits(msgspec.Struct, frozen=True):
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


INT_LIMIT = 2**31  # Word reads its decimal attributes as 32-bit integers


def decimal_number(value: str | None) -> int | None:
    """An attribute's integer value (``"12"``, ``"-3"``, ``"12.0"``, ``"1.5e3"``), or None for
    anything else: text, ``nan``, ``inf`` and numbers beyond what Word reads (32 bits)."""
    if value is None:
        return None
    value = value.strip()
    if len(value) > 40 or not value.isascii():  # Word writes ASCII digits, never that many
        return None
    try:
        number = int(value)
    except ValueError:
        try:
            as_float = float(value)
        except ValueError:
            return None
        if as_float != as_float or abs(as_float) >= INT_LIMIT:  # nan, inf, out of range
            return None
        number = int(as_float)
    return number if -INT_LIMIT < number < INT_LIMIT else None


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# Frequently compared tags, precomputed.
P, R, T, TBL, TR, TC, SDT, SDTCONTENT = (
    w(t) for t in ("p", "r", "t", "tbl", "tr", "tc", "sdt", "sdtContent")
)
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
    "damaged": "Gói .docx bị hỏng: {detail}. Hãy mở tệp bằng Word, lưu lại rồi kiểm tra lại.",
}

# Parts read as XML (by soat, Word, or any tool the annotated copy is handed to): every one is
# screened for a DOCTYPE when the package is opened, whichever command opened it.
XML_EXTENSIONS = (".xml", ".rels", ".vml")
_SUPPORTED_COMPRESSION = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_PROLOG_CHUNK = 16 * 1024
_PROLOG_MAX = 1024 * 1024  # comments before the root element beyond this are refused too


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
            if (
                b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e"
                in data
            ):
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
        except NotImplementedError:  # zipfile refuses a "version needed" above 6.3
            raise _fail("damaged", _unknown_version(data)) from None
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
            if info.file_size > limits.ratio_floor and info.file_size > limits.max_ratio * max(
                info.compress_size, 1
            ):
                raise _fail(
                    "too-large", f"tỷ lệ nén của {info.filename} vượt {limits.max_ratio:g}:1"
                )
            name = _part_name(info)
            if name.lower() in self.names:
                raise _fail("damaged", f"phần {name} có hai lần trong gói (các chương trình đọc "
                            "khác nhau sẽ thấy nội dung khác nhau)")
            self.names[name.lower()] = info
        if total > limits.max_total_bytes:
            raise _fail("too-large", f"tổng {total} byte")
        if "encryptedpackage" in self.names:
            raise _fail("encrypted")
        for info in infos:
            _check_entry(info)
        self.limits = limits
        for info in infos:
            if info.filename.lower().endswith(XML_EXTENSIONS) and self._has_doctype(info):
                raise _fail("unsafe-xml", _part_name(info))

    def _has_doctype(self, info: zipfile.ZipInfo) -> bool:
        """Whether the part's prolog (what stands before its root element) declares a DOCTYPE.

        Only the prolog is inflated, chunk by chunk, so the screen costs one small read per part.
        A part that cannot be inflated is left to whoever reads it (and fails there)."""
        buf = b""
        try:
            with self.zip.open(info) as fh:
                while True:
                    chunk = fh.read(_PROLOG_CHUNK)
                    buf += chunk
                    verdict = _prolog_verdict(buf, final=not chunk)
                    if verdict is not None:
                        return verdict
                    if len(buf) > _PROLOG_MAX:
                        return True
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError):
            return False

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

    def xml(
        self,
        name: str,
        *,
        required: bool = False,
        prefilter: Callable[[bytes], bytes] | None = None,
    ) -> etree._Element | None:
        """The part parsed, or None. ``prefilter`` may drop elements the caller never reads
        from the bytes before parsing; if its output does not parse, the part is parsed whole."""
        try:
            data = self.read(name)
        except LoadError:
            raise
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, RuntimeError) as e:
            if required:
                raise _fail("corrupt", f"{name}: {e}") from None
            return None
        if data is None:
            if required:
                raise _fail("no-document")
            return None
        if prefilter is not None:
            filtered = prefilter(data)
            if filtered is not data:
                root = parse_xml(filtered, name)
                if root is not None:
                    return root
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


def _part_name(info: zipfile.ZipInfo) -> str:
    return info.filename.replace("\\", "/")


def _check_entry(info: zipfile.ZipInfo) -> None:
    """Refuse an entry no reader may trust: a name that leads out of the package (absolute, a
    drive, ".." segments), an unknown compression method or an encrypted entry."""
    name = _part_name(info)
    segments = name.split("/")
    if name.startswith("/") or ".." in segments or (len(name) > 1 and name[1] == ":"):
        raise _fail("damaged", f"tên phần {name!r} trỏ ra ngoài gói (đường dẫn tuyệt đối hoặc "
                    "có \"..\")")
    if info.compress_type not in _SUPPORTED_COMPRESSION:
        raise _fail("damaged", f"phần {name} được nén bằng phương pháp số {info.compress_type}, "
                    "không phải phương pháp của Word (Deflate) nên không giải nén được")
    if info.flag_bits & 0x1:
        raise _fail("damaged", f"phần {name} được mã hóa riêng trong gói ZIP")


def _unknown_version(data: bytes) -> str:
    """Which entry asks for a zip version beyond the last one defined (6.3), for the message."""
    pos = data.find(b"PK\x01\x02")
    while 0 <= pos <= len(data) - 46:
        version, name_len = data[pos + 6], int.from_bytes(data[pos + 28:pos + 30], "little")
        if version > zipfile.MAX_EXTRACT_VERSION:
            name = data[pos + 46:pos + 46 + name_len].decode("utf-8", "replace")
            return (f"phần {name} ghi phiên bản ZIP {version / 10:.1f}, không có phiên bản này "
                    "(mới nhất là 6.3), nên không giải nén được")
        pos = data.find(b"PK\x01\x02", pos + 4)
    return "gói ghi một phiên bản ZIP không có (mới nhất là 6.3), nên không giải nén được"


_PROLOG_SKIP = re.compile(
    rb"\A(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL
)


def _utf16_codec(buf: bytes) -> str | None:
    if buf.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if buf[1:2] == b"\x00":
        return "utf-16-le"
    if buf[:1] == b"\x00":
        return "utf-16-be"
    return None


def _prolog_verdict(buf: bytes, *, final: bool) -> bool | None:
    """True if the prolog in ``buf`` declares a DOCTYPE, False if the root element starts first
    (or the part is not XML), None when more bytes are needed to tell."""
    codec = _utf16_codec(buf)
    if codec is not None:  # decode what is there; an odd trailing byte waits for more
        buf = buf[: len(buf) - len(buf) % 2].decode(codec, "replace").encode("utf-8")
    buf = buf.removeprefix(b"\xef\xbb\xbf")
    skipped = _PROLOG_SKIP.match(buf)
    rest = buf[skipped.end() if skipped else 0:]
    if rest.startswith((b"<!DOCTYPE", b"<!ENTITY")):
        return True
    unfinished = rest.startswith((b"<?", b"<!--")) or any(
        marker.startswith(rest) for marker in (b"<!DOCTYPE", b"<!ENTITY", b"<!--"))
    if unfinished:  # an open comment or PI, a marker cut by the chunk, or nothing yet
        return False if final else None
    return False


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
    # A DOCTYPE may follow any amount of comments or whitespace: the sniff above is a fast
    # path only; the parsed prolog is the proof.
    info = root.getroottree().docinfo
    if info.doctype or info.internalDTD is not None:
        raise _fail("unsafe-xml", name)
    return root
