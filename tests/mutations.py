"""Zip-level and XML-level mutations of real .docx files, for the property suite and the fuzz
run (``bench/fuzz.py``).

``mutate(data, kind, seed, scale)`` returns one mutant of a package and a short description;
the same input, kind, seed and scale give the same bytes. ``scale`` bounds the sizes: the
property suite runs at ``"ci"`` (mutants of at most a few hundred kilobytes, so a hundred of
them check in a minute or two), the fuzz run at ``"full"`` (paragraphs of megabytes, tens of
thousands of paragraphs, nesting ten thousand deep).

Kinds at the zip level damage the container (bits, truncation, the central directory, an
entry's data, CRC, compression method, version or encryption flag; entries removed,
duplicated, renamed or added with names that lead out of the package); kinds at the XML level
rewrite the parts of a package that stays a valid zip (elements removed, duplicated or moved,
odd attribute values, invalid UTF-8, DOCTYPE declarations, deep nesting, huge paragraphs,
tables, numbering, notes, styles, relationships).
"""

from __future__ import annotations

import copy
import io
import random
import re
import struct
import warnings
import zipfile
from collections.abc import Callable

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WNS = f'xmlns:w="{W}"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAIN = "word/document.xml"
KEY_PARTS = (MAIN, "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels",
             "word/styles.xml", "word/numbering.xml", "word/footnotes.xml", "word/settings.xml")

WEIRD_INTS = ("100000", "1000000000", "-5", "0", "1e308", "1e400", "inf", "-inf", "nan", "abc",
              "", "99999999999999999999999", "9" * 4301, "-2147483649", "2147483648", " 3 ",
              "0x10", "1_000", "١٢", "1.5")
NASTY_TEXT = (
    "Tổng số " + "9" * 400 + " người", "chiếm " + "1" * 500 + "%", "ngày 99/99/99999",
    "ngày 31/02/2026", "năm 0", "từ ngày 01/01/9999 đến ngày 01/01/0001",
    "Nghị quyết số 1" + "0" * 400 + "-NQ/TW", "Quyết định số -NQ/TW ngày",
    "(" + ") (".join(str(i) for i in range(1, 300)) + ")", "I. " * 300, "Phụ lục " + "I" * 200,
    "Phụ lục 99999999999999999999", "tại mục " + ".".join(["II"] * 200),
    "Tổng số 10 đơn vị, gồm: " + ", ".join(f"đơn vị {i}" for i in range(500)),
    "0,0000000000000000001%", "1/0 chỉ tiêu đạt", "kỷ niệm -5 năm", "nhiệm kỳ 2020-2025-2030",
    "\u202e\u200f\u0301" * 50, "ngày 30 tháng 13 năm Giáp Thìn (âm lịch)",
    "thứ Tám, ngày 06/01/2026",
)
FINDINGS_TEXT = (
    "Tổng số 1.234 hội viên, trong đó 560 nam và 675 nữ (chiếm 54,70%).",
    "Căn cứ Nghị quyết số 79-NQ/TW, ngày 06/01/2026 của Bộ Chính trị.",
    "I. TÌNH HÌNH THỰC HIỆN", "1. Công tác chính trị", "a) Kết quả", "Phụ lục 3",
    "(1) nội dung; (2) nội dung; (4) nội dung", "ngày 31 tháng 02 năm 2026",
)

SCALES: dict[str, dict[str, tuple[int, ...]]] = {
    # sizes drawn by the kinds that grow a document, per scale
    "ci": {"para": (20_000, 60_000), "paras": (500, 2_000), "nest": (50, 300), "attr": (10_000,),
           "rows": (50, 300), "entries": (200, 1_001)},
    "full": {"para": (1_000_000, 3_000_000), "paras": (20_000, 50_000),
             "nest": (255, 1_000, 10_000), "attr": (100_000, 1_000_000),
             "rows": (2_000, 20_000), "entries": (1_001, 5_000)},
}


Entries = list[tuple[str, bytes]]


# -- the container ----------------------------------------------------------------------------


def read_entries(data: bytes) -> Entries:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, z.read(i)) for i in z.infolist()]


def write_entries(entries: Entries, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are sometimes the point
        with zipfile.ZipFile(out, "w", method) as z:
            for name, data in entries:
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = method
                z.writestr(info, data)
    return out.getvalue()


def get(entries: Entries, name: str) -> bytes | None:
    return next((d for n, d in entries if n == name), None)


def put(entries: Entries, name: str, data: bytes) -> Entries:
    out = list(entries)
    for i, (n, _) in enumerate(out):
        if n == name:
            out[i] = (n, data)
            return out
    out.append((name, data))
    return out


def main_part(entries: Entries) -> str:
    names = {n for n, _ in entries}
    rels = get(entries, "_rels/.rels") or b""
    for rel in re.findall(rb"<Relationship [^>]*>", rels):
        target = re.search(rb'Target="/?([^"]+)"', rel)
        if b"officeDocument\"" in rel and target and target.group(1).decode() in names:
            return target.group(1).decode()
    return MAIN


def _central_records(raw: bytes) -> list[tuple[int, str]]:
    out = []
    pos = raw.find(b"PK\x01\x02")
    while 0 <= pos <= len(raw) - 46:
        name_len = struct.unpack_from("<H", raw, pos + 28)[0]
        out.append((pos, raw[pos + 46:pos + 46 + name_len].decode("utf-8", "replace")))
        pos = raw.find(b"PK\x01\x02", pos + 4)
    return out


def _set_field(raw: bytearray, name: str, local: int, central: int, value: bytes,
               info: zipfile.ZipInfo) -> None:
    """Set one field of ``name``'s local header (at ``local``) and central record."""
    raw[info.header_offset + local:info.header_offset + local + len(value)] = value
    for pos, record in _central_records(bytes(raw)):
        if record == name:
            raw[pos + central:pos + central + len(value)] = value


def m_bitflip(rng: random.Random, raw: bytes, entries: Entries, size: dict[str, tuple[int, ...]]
              ) -> tuple[bytes, str]:
    b = bytearray(raw)
    k = rng.choice([1, 2, 5, 20, 100])
    for _ in range(k):
        b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    return bytes(b), f"flip {k} bits"


def m_truncate(rng: random.Random, raw: bytes, entries: Entries,
               size: dict[str, tuple[int, ...]]) -> tuple[bytes, str]:
    cut = rng.choice([rng.randrange(1, len(raw)), len(raw) - rng.randrange(1, 200),
                      rng.randrange(1, 64)])
    cut = max(1, min(cut, len(raw) - 1))
    return raw[:cut], f"truncate to {cut} of {len(raw)} bytes"


def m_zero(rng: random.Random, raw: bytes, entries: Entries, size: dict[str, tuple[int, ...]]
           ) -> tuple[bytes, str]:
    b = bytearray(raw)
    start, n = rng.randrange(len(b)), rng.choice([4, 64, 1024, 8192])
    b[start:start + n] = bytes(len(b[start:start + n]))
    return bytes(b), f"zero {n} bytes at {start}"


def m_central_directory(rng: random.Random, raw: bytes, entries: Entries,
                        size: dict[str, tuple[int, ...]]) -> tuple[bytes, str]:
    b = bytearray(raw)
    eocd = raw.rfind(b"PK\x05\x06")
    start = struct.unpack_from("<I", raw, eocd + 16)[0] if eocd >= 0 else len(raw) - 200
    start = max(0, min(start, len(raw) - 1))
    k = rng.choice([1, 3, 10])
    for _ in range(k):
        b[rng.randrange(start, len(raw))] = rng.randrange(256)
    return bytes(b), f"randomise {k} bytes of the central directory"


def m_entry_fields(rng: random.Random, raw: bytes, entries: Entries,
                   size: dict[str, tuple[int, ...]]) -> tuple[bytes, str]:
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        infos = [i for i in z.infolist() if i.compress_size > 4]
    preferred = [i for i in infos if i.filename in KEY_PARTS]
    info = rng.choice(preferred or infos)
    b = bytearray(raw)
    mode = rng.choice(["flip", "crc", "method", "encrypted", "version"])
    if mode == "flip":
        name_len, extra_len = struct.unpack_from("<HH", raw, info.header_offset + 26)
        at = info.header_offset + 30 + name_len + extra_len + rng.randrange(info.compress_size)
        b[at] ^= 0xFF
    elif mode == "crc":
        _set_field(b, info.filename, 14, 16, (info.CRC ^ 0x55555555).to_bytes(4, "little"), info)
    elif mode == "method":
        method = rng.choice([99, 12, 14, 1, 9])
        _set_field(b, info.filename, 8, 10, method.to_bytes(2, "little"), info)
        mode += f" {method}"
    elif mode == "encrypted":
        _set_field(b, info.filename, 6, 8, (info.flag_bits | 1).to_bytes(2, "little"), info)
    else:
        version = rng.choice([64, 109, 255])
        _set_field(b, info.filename, 4, 6, version.to_bytes(2, "little"), info)
        mode += f" {version / 10:.1f}"
    return bytes(b), f"{info.filename}: {mode}"


def m_remove_entry(rng: random.Random, raw: bytes, entries: Entries,
                   size: dict[str, tuple[int, ...]]) -> tuple[bytes, str]:
    names = [n for n, _ in entries]
    pool = [n for n in KEY_PARTS if n in names] if rng.random() < 0.6 else names
    victim = rng.choice(pool or names)
    return write_entries([(n, d) for n, d in entries if n != victim]), f"remove {victim}"


def m_duplicate_entry(rng: random.Random, raw: bytes, entries: Entries,
                      size: dict[str, tuple[int, ...]]) -> tuple[bytes, str]:
    names = [n for n, _ in entries]
    name = rng.choice([n for n in KEY_PARTS if n in names] or names)
    variant = rng.choice(["same", "empty", "garbage", "other-case"])
    data = {"same": get(entries, name) or b"", "empty": b"", "garbage": b"<not xml",
            "other-case": get(entries, name) or b""}[variant]
    dup_name = name.upper() if variant == "other-case" else name
    out = list(entries)
    if rng.random() < 0.5:
        out.append((dup_name, data))
    else:
        out.insert(0, (dup_name, data))
    return write_entries(out), f"duplicate {name} ({variant})"


def m_rename_entry(rng: random.Random, raw: bytes, entries: Entries,
                   size: dict[str, tuple[int, ...]]) -> tuple[bytes, str]:
    names = [n for n, _ in entries]
    name = rng.choice([n for n in KEY_PARTS if n in names] or names)
    style = rng.choice(["upper", "slash", "backslash", "dotdot", "absolute", "random", "unicode"])
    new = {"upper": name.upper(), "slash": "/" + name, "backslash": name.replace("/", "\\"),
           "dotdot": "../../" + name, "absolute": "/tmp/soat-fuzz-" + name.rsplit("/", 1)[-1],
           "random": f"x{rng.randrange(1000)}.xml",
           "unicode": name.replace(".xml", "\u0301\u200b.xml")}[style]
    return (write_entries([(new if n == name else n, d) for n, d in entries]),
            f"rename {name} -> {new!r}")


def m_zip_slip(rng: random.Random, raw: bytes, entries: Entries,
               size: dict[str, tuple[int, ...]]) -> tuple[bytes, str]:
    evil = rng.choice(["../../soat-fuzz-evil.txt", "/tmp/soat-fuzz-root.txt",
                       "..\\..\\soat-fuzz-win.txt", "word/../../../soat-fuzz-rel.xml",
                       "C:/soat-fuzz-drive.txt"])
    return write_entries([*entries, (evil, b"owned")]), f"add entry {evil!r}"


def m_many_entries(rng: random.Random, raw: bytes, entries: Entries,
                   size: dict[str, tuple[int, ...]]) -> tuple[bytes, str]:
    n = rng.choice(size["entries"])
    out = [*entries, *((f"junk/{i}.bin", b"") for i in range(n))]
    return write_entries(out, zipfile.ZIP_STORED), f"add {n} empty entries"


# -- the XML ----------------------------------------------------------------------------------


def _xml_part(rng: random.Random, entries: Entries) -> str | None:
    names = [n for n, d in entries if n.endswith((".xml", ".rels")) and d.lstrip()[:1] == b"<"]
    key = [n for n in names if n in KEY_PARTS]
    if not names:
        return None
    return rng.choice(key) if key and rng.random() < 0.7 else rng.choice(names)


def _parse(data: bytes) -> etree._Element | None:
    try:
        return etree.fromstring(data, etree.XMLParser(resolve_entities=False, huge_tree=True))
    except etree.XMLSyntaxError:
        return None


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _elements(root: etree._Element) -> list[etree._Element]:
    return [e for e in root.iter() if isinstance(e.tag, str)]


def _edit_tree(rng: random.Random, entries: Entries,
               edit: Callable[[etree._Element], str | None]) -> tuple[bytes | None, str]:
    name = _xml_part(rng, entries)
    root = _parse(get(entries, name) or b"") if name else None
    if name is None or root is None:
        return None, "no XML part"
    what = edit(root)
    if what is None:
        return None, "nothing to edit"
    return write_entries(put(entries, name, _serialise(root))), f"{name}: {what}"


def m_xml_delete(rng: random.Random, raw: bytes, entries: Entries,
                 size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    def edit(root: etree._Element) -> str:
        els = _elements(root)[1:]
        k = min(len(els), rng.choice([1, 5, 50, max(1, len(els) // 3)]))
        for e in rng.sample(els, k):
            parent = e.getparent()
            if parent is not None:
                parent.remove(e)
        return f"delete {k} elements"

    return _edit_tree(rng, entries, edit)


def m_xml_duplicate(rng: random.Random, raw: bytes, entries: Entries,
                    size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    def edit(root: etree._Element) -> str:
        els = _elements(root)[1:]
        k = min(len(els), rng.choice([1, 5, 50]))
        for e in rng.sample(els, k):
            if e.getparent() is not None:
                e.addnext(copy.deepcopy(e))
        return f"duplicate {k} elements"

    return _edit_tree(rng, entries, edit)


def m_xml_move(rng: random.Random, raw: bytes, entries: Entries,
               size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    def edit(root: etree._Element) -> str | None:
        els = _elements(root)[1:]
        if len(els) < 2:
            return None
        moved = 0
        for _ in range(rng.choice([1, 5, 20])):
            el, other = rng.choice(els), rng.choice(els)
            if el is other or el in other.iterancestors() or el.getparent() is None:
                continue
            other.append(el)
            moved += 1
        return f"move {moved} elements"

    return _edit_tree(rng, entries, edit)


def m_attribute_values(rng: random.Random, raw: bytes, entries: Entries,
                       size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    name = _xml_part(rng, entries)
    data = get(entries, name) if name else None
    if name is None or data is None:
        return None, "no XML part"
    value = rng.choice(WEIRD_INTS).encode()
    found = list(re.finditer(rb'w:(?:val|w|id|left|right|top|bottom|hanging|firstLine|sz|ilvl|'
                             rb'numId|abstractNumId|start)="(-?\d+)"', data))
    if not found:
        return None, "no numeric attribute"
    chosen = sorted(rng.sample(found, min(len(found), rng.choice([1, 10, 1000]))),
                    key=lambda m: m.start(), reverse=True)
    for m in chosen:
        data = data[:m.start(1)] + value + data[m.end(1):]
    return (write_entries(put(entries, name, data)),
            f"{name}: {len(chosen)} numbers set to {value[:12]!r}")


def m_huge_attribute(rng: random.Random, raw: bytes, entries: Entries,
                     size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    n, char = rng.choice(size["attr"]), rng.choice(["A", "9", "ệ", " "])

    def edit(root: etree._Element) -> str:
        el = rng.choice(_elements(root))
        attr = rng.choice([f"{{{W}}}val", f"{{{W}}}styleId", f"{{{W}}}id", "foo"])
        el.set(attr, char * n)
        return f"attribute of {n} x {char!r}"

    return _edit_tree(rng, entries, edit)


def m_invalid_bytes(rng: random.Random, raw: bytes, entries: Entries,
                    size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    name = _xml_part(rng, entries)
    data = get(entries, name) if name else None
    if name is None or data is None:
        return None, "no XML part"
    bad = rng.choice([b"\xff\xfe", b"\xc3\x28", b"\xed\xa0\x80", b"\x00", b"\x1b", b"&#0;"])
    spots = [m.end() for m in re.finditer(rb"<w:t[ >][^<]*", data)] or [len(data) // 2]
    at = rng.choice(spots)
    return write_entries(put(entries, name, data[:at] + bad + data[at:])), f"{name}: {bad!r}"


DOCTYPES = (
    '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    "<!DOCTYPE html>",
)


def m_doctype(rng: random.Random, raw: bytes, entries: Entries,
              size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    name = _xml_part(rng, entries)
    data = get(entries, name) if name else None
    if name is None or data is None:
        return None, "no XML part"
    prolog = ("<!--" + "x" * rng.choice([0, 5000, 20000]) + "-->") + rng.choice(DOCTYPES)
    end = data.find(b"?>") + 2 if data.lstrip().startswith(b"<?xml") else 0
    return (write_entries(put(entries, name, data[:end] + prolog.encode() + data[end:])),
            f"{name}: DOCTYPE")


def _body_insert(doc: bytes, fragment: bytes) -> bytes:
    m = re.search(rb"<w:body[^>]*>", doc)
    return doc if m is None else doc[:m.end()] + fragment + doc[m.end():]


def _with_body(entries: Entries, fragment: str, what: str) -> tuple[bytes | None, str]:
    main = main_part(entries)
    doc = get(entries, main)
    if doc is None:
        return None, "no main part"
    return write_entries(put(entries, main, _body_insert(doc, fragment.encode()))), what


def m_deep_nesting(rng: random.Random, raw: bytes, entries: Entries,
                   size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    depth = rng.choice(size["nest"])
    kind = rng.choice(["sdt", "tbl", "hyperlink", "ins", "customXml"])
    inner = "<w:p><w:r><w:t>I. Mục 1 có 3 điểm</w:t></w:r></w:p>"
    if kind == "sdt":
        fragment = "<w:sdt><w:sdtContent>" * depth + inner + "</w:sdtContent></w:sdt>" * depth
    elif kind == "tbl":
        fragment = "<w:tbl><w:tr><w:tc>" * depth + inner + "</w:tc></w:tr></w:tbl><w:p/>" * depth
    elif kind == "customXml":
        fragment = ('<w:customXml w:element="x">' * depth + inner + "</w:customXml>" * depth)
    else:
        start, end = {"hyperlink": ("<w:hyperlink>", "</w:hyperlink>"),
                      "ins": ('<w:ins w:id="1" w:author="a">', "</w:ins>")}[kind]
        fragment = "<w:p>" + start * depth + "<w:r><w:t>x</w:t></w:r>" + end * depth + "</w:p>"
    return _with_body(entries, fragment, f"{kind} nested {depth} deep")


def m_big_paragraph(rng: random.Random, raw: bytes, entries: Entries,
                    size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    n = rng.choice(size["para"])
    style = rng.choice(["findings", "one-word", "digits", "many-runs"])
    if style == "findings":
        text = " ".join(rng.choice(FINDINGS_TEXT) for _ in range(n // 40))
        fragment = f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
    elif style == "one-word":
        fragment = f"<w:p><w:r><w:t>{('Tổng số 12 người. ' * (n // 18 + 1))[:n]}</w:t></w:r></w:p>"
    elif style == "digits":
        fragment = f"<w:p><w:r><w:t>{'1234567890' * (n // 10)}</w:t></w:r></w:p>"
    else:
        run = '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">năm 2026, </w:t></w:r>'
        fragment = "<w:p>" + run * (n // 10) + "</w:p>"
    return _with_body(entries, fragment, f"one paragraph of about {n} characters ({style})")


def m_many_paragraphs(rng: random.Random, raw: bytes, entries: Entries,
                      size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    n = rng.choice(size["paras"])
    style = rng.choice(["plain", "headings", "numbered"])
    if style == "plain":
        parts = (f"<w:p><w:r><w:t>Đoạn {i}</w:t></w:r></w:p>" for i in range(n))
    elif style == "headings":
        parts = (f"<w:p><w:r><w:t>{i + 1}. Mục {i} có {i} đơn vị</w:t></w:r></w:p>"
                 for i in range(n))
    else:
        parts = (f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{i % 9}"/><w:numId w:val="1"/></w:numPr>'
                 f"</w:pPr><w:r><w:t>Mục {i}</w:t></w:r></w:p>" for i in range(n))
    return _with_body(entries, "".join(parts), f"{n} paragraphs ({style})")


def m_table(rng: random.Random, raw: bytes, entries: Entries,
            size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    rows = rng.choice(size["rows"])
    value = rng.choice(WEIRD_INTS)
    style = rng.choice(["gridSpan", "gridBefore", "vMerge-chain", "vMerge-orphan", "spans"])
    out = []
    for i in range(rows):
        if style == "gridSpan":
            tcpr, trpr = f'<w:gridSpan w:val="{value}"/>', ""
        elif style == "gridBefore":
            tcpr, trpr = "", f'<w:trPr><w:gridBefore w:val="{value}"/></w:trPr>'
        elif style == "vMerge-chain":
            tcpr, trpr = ('<w:vMerge w:val="restart"/>' if i == 0 else "<w:vMerge/>"), ""
        elif style == "vMerge-orphan":
            tcpr, trpr = '<w:vMerge w:val="continue"/>', ""
        else:
            restart = ' w:val="restart"' if i % 3 == 0 else ""
            tcpr, trpr = f'<w:gridSpan w:val="{i % 7 + 1}"/><w:vMerge{restart}/>', ""
        out.append(f"<w:tr>{trpr}<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p><w:r><w:t>{i}</w:t></w:r>"
                   f"</w:p></w:tc><w:tc><w:p><w:r><w:t>Tổng {i * 3}</w:t></w:r></w:p></w:tc>"
                   "</w:tr>")
    grid = f'<w:tblGrid><w:gridCol w:w="{rng.choice(WEIRD_INTS)}"/></w:tblGrid>'
    return _with_body(entries, f"<w:tbl>{grid}{''.join(out)}</w:tbl><w:p/>",
                      f"table of {rows} rows ({style}, {value[:12]!r})")


def _level(ilvl: str, start: str = "1", fmt: str = "decimal", text: str = "%1.",
           extra: str = "") -> str:
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/>{extra}</w:lvl>')


def m_numbering(rng: random.Random, raw: bytes, entries: Entries,
                size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    style = rng.choice(["start", "ilvl", "cycle", "missing-abstract", "lvltext", "restart"])
    paragraph_level = "0"
    if style == "start":
        value = rng.choice([*WEIRD_INTS, "2000000000", "-2000000000", "100000000"])
        fmt = rng.choice(["decimal", "upperRoman", "lowerLetter", "decimalZero", "bullet", "none"])
        defs = (f'<w:abstractNum w:abstractNumId="1">{_level("0", value, fmt)}'
                f'{_level("1", value, fmt, "%1.%2.")}</w:abstractNum><w:num w:numId="1">'
                f'<w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride '
                f'w:val="{value}"/></w:lvlOverride></w:num>')
    elif style == "ilvl":
        value = rng.choice(["-1", "9", "10", "1000000", "18446744073709551616", "x"])
        paragraph_level = rng.choice(["-1", "9", "100", "x", "0"])
        defs = (f'<w:abstractNum w:abstractNumId="1">{_level(value)}{_level("0")}'
                f'</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/>'
                f'<w:lvlOverride w:ilvl="{value}"><w:startOverride w:val="3"/></w:lvlOverride>'
                "</w:num>")
    elif style == "cycle":
        defs = ('<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="A"/><w:styleLink '
                'w:val="B"/></w:abstractNum><w:abstractNum w:abstractNumId="2"><w:numStyleLink '
                'w:val="B"/><w:styleLink w:val="A"/></w:abstractNum><w:num w:numId="1">'
                '<w:abstractNumId w:val="1"/></w:num>')
    elif style == "missing-abstract":
        defs = ('<w:num w:numId="1"><w:abstractNumId w:val="777"/><w:lvlOverride w:ilvl="0">'
                '<w:startOverride w:val="5"/></w:lvlOverride></w:num>')
    elif style == "lvltext":
        text = rng.choice(["%1%2%3%4%5%6%7%8%9%10%0", "%" * 500, "%1" * 2000, "", "%9.%9."])
        defs = ('<w:abstractNum w:abstractNumId="1">'
                + "".join(_level(str(i), "1", "lowerRoman", text) for i in range(9))
                + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    else:
        restart = rng.choice(["-1", "0", "100", "x"])
        defs = ('<w:abstractNum w:abstractNumId="1">'
                + "".join(_level(str(i), "1", "decimal", "%1.%2.",
                                 f'<w:lvlRestart w:val="{restart}"/>') for i in range(9))
                + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {WNS}>'
                 f"{defs}</w:numbering>").encode()
    paragraphs = "".join(
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{paragraph_level if i % 2 else i % 3}"/>'
        f'<w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Nội dung {i} có 2 đơn vị</w:t></w:r>'
        "</w:p>" for i in range(30))
    entries = put(entries, "word/numbering.xml", numbering)
    rels = get(entries, "word/_rels/document.xml.rels")
    if rels is not None and b"numbering" not in rels:
        entries = put(entries, "word/_rels/document.xml.rels", rels.replace(
            b"</Relationships>", f'<Relationship Id="rIdNum9" Type="{REL}/numbering" '
            'Target="numbering.xml"/></Relationships>'.encode()))
    return _with_body(entries, paragraphs, f"numbering: {style}")


def m_notes(rng: random.Random, raw: bytes, entries: Entries,
            size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    style = rng.choice(["missing", "duplicate-ids", "huge-id", "not-numbers", "cycle", "no-part"])
    refs = {"missing": ["5", "6", "100"], "duplicate-ids": ["1", "1", "2"],
            "huge-id": ["99999999999999999999", "-3"], "not-numbers": ["x", "", "1.5", "inf"],
            "cycle": ["1", "2"], "no-part": ["1"]}[style]
    paragraphs = "".join(f'<w:p><w:r><w:t>Theo báo cáo</w:t></w:r><w:r><w:footnoteReference '
                         f'w:id="{r}"/></w:r></w:p>' for r in refs)
    if style == "no-part":
        entries = [(n, d) for n, d in entries if n != "word/footnotes.xml"]
    else:
        notes = {
            "duplicate-ids": ['<w:footnote w:id="1"><w:p><w:r><w:t>A</w:t></w:r></w:p>'
                              "</w:footnote>"] * 3,
            "cycle": ['<w:footnote w:id="1"><w:p><w:r><w:footnoteReference w:id="2"/></w:r>'
                      "</w:p></w:footnote>", '<w:footnote w:id="2"><w:p><w:r>'
                      '<w:footnoteReference w:id="1"/></w:r></w:p></w:footnote>'],
            "huge-id": ['<w:footnote w:id="99999999999999999999"><w:p><w:r><w:t>X</w:t></w:r>'
                        "</w:p></w:footnote>"],
        }.get(style, ['<w:footnote w:id="1"><w:p><w:r><w:t>Chú thích 1</w:t></w:r></w:p>'
                      "</w:footnote>"])
        part = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {WNS}>'
                + "".join(notes) + "</w:footnotes>").encode()
        entries = put(entries, "word/footnotes.xml", part)
        rels = get(entries, "word/_rels/document.xml.rels")
        if rels is not None and b"footnotes" not in rels:
            entries = put(entries, "word/_rels/document.xml.rels", rels.replace(
                b"</Relationships>", f'<Relationship Id="rIdFn9" Type="{REL}/footnotes" '
                'Target="footnotes.xml"/></Relationships>'.encode()))
    return _with_body(entries, paragraphs, f"footnotes: {style}")


def m_styles(rng: random.Random, raw: bytes, entries: Entries,
             size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    style = rng.choice(["cycle", "self", "long-chain", "weird-sizes", "no-id"])
    value = rng.choice(WEIRD_INTS)
    styles = {
        "cycle": ['<w:style w:type="paragraph" w:styleId="A"><w:name w:val="heading 1"/>'
                  '<w:basedOn w:val="B"/></w:style>', '<w:style w:type="paragraph" '
                  'w:styleId="B"><w:basedOn w:val="A"/></w:style>'],
        "self": ['<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="A"/>'
                 '<w:link w:val="A"/></w:style>'],
        "long-chain": [f'<w:style w:type="paragraph" w:styleId="S{i}"><w:basedOn '
                       f'w:val="S{i + 1}"/></w:style>' for i in range(1000)]
        + ['<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="S0"/></w:style>'],
        "weird-sizes": [f'<w:style w:type="paragraph" w:styleId="A"><w:pPr><w:outlineLvl '
                        f'w:val="{value}"/><w:ind w:left="{value}" w:hanging="{value}"/>'
                        f'</w:pPr><w:rPr><w:sz w:val="{value}"/></w:rPr></w:style>'],
        "no-id": ['<w:style w:type="paragraph"><w:name w:val="heading 1"/></w:style>',
                  "<w:style/>"],
    }[style]
    part = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {WNS}>'
            + "".join(styles) + "</w:styles>").encode()
    paragraphs = "".join(f'<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t>{i}. Mục {i}'
                         "</w:t></w:r></w:p>" for i in range(1, 8))
    return _with_body(put(entries, "word/styles.xml", part), paragraphs, f"styles: {style}")


def m_text(rng: random.Random, raw: bytes, entries: Entries,
           size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    def edit(root: etree._Element) -> str | None:
        texts = root.findall(f".//{{{W}}}t")
        if not texts:
            return None
        k = rng.choice([1, 3, 10])
        for _ in range(k):
            t = rng.choice(texts)
            t.text = (t.text or "") + " " + rng.choice(NASTY_TEXT)
        return f"{k} odd phrases"

    main = main_part(entries)
    root = _parse(get(entries, main) or b"")
    if root is None:
        return None, "main part unreadable"
    what = edit(root)
    if what is None:
        return None, "no text"
    return write_entries(put(entries, main, _serialise(root))), f"{main}: {what}"


def m_relationships(rng: random.Random, raw: bytes, entries: Entries,
                    size: dict[str, tuple[int, ...]]) -> tuple[bytes | None, str]:
    style = rng.choice(["main-missing", "main-loop", "main-to-styles", "escape", "types-garbage",
                        "rels-garbage"])
    main = main_part(entries)
    rels = get(entries, "_rels/.rels") or b""
    if style == "main-missing":
        entries = put(entries, "_rels/.rels", rels.replace(main.encode(), b"word/none.xml"))
    elif style == "main-loop":
        entries = put(entries, "_rels/.rels", rels.replace(main.encode(), b"_rels/.rels"))
    elif style == "main-to-styles":
        entries = put(entries, "_rels/.rels", rels.replace(main.encode(), b"word/styles.xml"))
    elif style == "escape":
        document_rels = get(entries, "word/_rels/document.xml.rels")
        if document_rels is None:
            return None, "no document relationships"
        entries = put(entries, "word/_rels/document.xml.rels", re.sub(
            rb'Target="([^"]+)"', b'Target="../../../../../../etc/passwd"', document_rels))
    elif style == "types-garbage":
        entries = put(entries, "[Content_Types].xml", b"\x00\x01garbage")
    else:
        entries = put(entries, "word/_rels/document.xml.rels",
                      b"<Relationships><Relationship/></Relationships")
    return write_entries(entries), f"relationships: {style}"


Mutator = Callable[[random.Random, bytes, Entries, dict[str, tuple[int, ...]]],
                   tuple[bytes | None, str]]
ZIP_KINDS: dict[str, Mutator] = {
    "bitflip": m_bitflip, "truncate": m_truncate, "zero": m_zero,
    "central-directory": m_central_directory, "entry-fields": m_entry_fields,
    "remove-entry": m_remove_entry, "duplicate-entry": m_duplicate_entry,
    "rename-entry": m_rename_entry, "zip-slip": m_zip_slip, "many-entries": m_many_entries,
}
XML_KINDS: dict[str, Mutator] = {
    "xml-delete": m_xml_delete, "xml-duplicate": m_xml_duplicate, "xml-move": m_xml_move,
    "attribute-values": m_attribute_values, "huge-attribute": m_huge_attribute,
    "invalid-bytes": m_invalid_bytes, "doctype": m_doctype, "deep-nesting": m_deep_nesting,
    "big-paragraph": m_big_paragraph, "many-paragraphs": m_many_paragraphs, "table": m_table,
    "numbering": m_numbering, "notes": m_notes, "styles": m_styles, "text": m_text,
    "relationships": m_relationships,
}
KINDS: dict[str, Mutator] = {**ZIP_KINDS, **XML_KINDS}


def mutate(data: bytes, kind: str, seed: int, scale: str = "ci") -> tuple[bytes | None, str]:
    """One mutant of the package ``data`` (None when the kind does not apply to it)."""
    rng = random.Random(f"{kind}|{seed}|{len(data)}")
    try:
        entries = read_entries(data)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):
        entries = []
    if not entries and kind not in ("bitflip", "truncate", "zero", "central-directory"):
        return None, "not a readable package"
    return KINDS[kind](rng, data, entries, SCALES[scale])


__all__ = ["KINDS", "SCALES", "XML_KINDS", "ZIP_KINDS", "mutate"]
