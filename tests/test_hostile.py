"""Hostile and broken input: every file ends in a clean ``failed`` status or a normal report.

Each case builds its package in memory, writes it to a temporary file and checks it with every
built-in rule through :func:`validator.engine.check_path`. The file must come out unchanged
(same bytes, same modification time), the check must finish quickly, and the result must be
either ``checked`` or ``failed`` with a code and a Vietnamese message. The loader itself is also
called directly: it may only return a document or raise :class:`LoadError`.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import re
import struct
import time
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.rawdocx import NS, p, package
from validator import engine, loader
from validator.loader import Limits, LoadError
from validator.report import FileResult, Report

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
PASSWD = Path("/etc/passwd")
VIETNAMESE = set("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")
TIME_BUDGET = 2.0  # seconds for any hostile input, all rules included
BOMB_BUDGET = 1.0  # seconds for a refused zip bomb

CT_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


# -- building blocks -----------------------------------------------------------------------


def base() -> bytes:
    """A small, valid report-like package."""
    body = (
        p("BÁO CÁO") + p("Tình hình thực hiện nhiệm vụ tháng 01 năm 2026")
        + p("I. KẾT QUẢ ĐẠT ĐƯỢC") + p("1. Công tác tuyên truyền được triển khai kịp thời.")
        + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        + "<w:tr><w:tc>" + p("Chỉ tiêu") + "</w:tc><w:tc>" + p("Kết quả") + "</w:tc></w:tr>"
        + "<w:tr><w:tc>" + p("Đảng viên mới") + "</w:tc><w:tc>" + p("12") + "</w:tc></w:tr>"
        + "</w:tbl>" + p("II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 02")
    )
    return package(body, styles="", settings="")


def members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i, z.read(i)) for i in z.infolist()]


def rezip(data: bytes, *, replace: dict[str, bytes] | None = None,
          drop: tuple[str, ...] = (), add: tuple[tuple[str, bytes], ...] = (),
          compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    """Copy a package, replacing, dropping and adding members (duplicates allowed)."""
    replace = replace or {}
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as out:
        for info, content in members(data):
            if info.filename in drop:
                continue
            out.writestr(info.filename, replace.get(info.filename, content))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # "Duplicate name" is the point
            for name, content in add:
                out.writestr(name, content)
    return buf.getvalue()


def document_xml(body: str, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document {NS}><w:body>{body}'
            "<w:sectPr/></w:body></w:document>").encode()


def with_document(body: str, prolog: str = "") -> bytes:
    return rezip(base(), replace={"word/document.xml": document_xml(body, prolog)})


def rels(*entries: tuple[str, str, str]) -> bytes:
    rows = "".join(
        f'<Relationship Id="{rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/{rtype}" Target="{target}"/>' for rid, rtype, target in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships">{rows}</Relationships>').encode()


def patch_central_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrite the uncompressed size the central directory declares for ``name``."""
    raw = bytearray(data)
    pos = raw.find(b"PK\x01\x02")
    while pos >= 0:
        name_len = struct.unpack_from("<H", raw, pos + 28)[0]
        if raw[pos + 46: pos + 46 + name_len] == name.encode():
            struct.pack_into("<I", raw, pos + 24, size)
            return bytes(raw)
        pos = raw.find(b"PK\x01\x02", pos + 4)
    raise AssertionError(f"{name} not in central directory")


def corrupt_member(data: bytes, name: str) -> bytes:
    """Flip one byte in the middle of ``name``'s stored (compressed) data."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo(name)
    raw = bytearray(data)
    off = info.header_offset
    name_len, extra_len = struct.unpack_from("<HH", raw, off + 26)
    start = off + 30 + name_len + extra_len
    raw[start + info.compress_size // 2] ^= 0x5A
    return bytes(raw)


def ole(*streams: str) -> bytes:
    """Bytes that look like an OLE2 compound file naming ``streams`` (UTF-16 directory names)."""
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    names = b"".join(s.encode("utf-16-le") + bytes(64 - 2 * len(s)) for s in streams)
    return head + names + random.Random(7).randbytes(4096)


# -- the cases -----------------------------------------------------------------------------

XXE = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
LAUGHS = ("<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
          + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                    for i in range(1, 10))
          + "]>")
LONG_COMMENT = "<!--" + "x" * 8000 + "-->"  # pushes a DOCTYPE past any header sniffing


def nested_tables(levels: int) -> str:
    return ("<w:tbl><w:tr><w:tc>" * levels + p("đáy") + "</w:tc></w:tr></w:tbl>" * levels)


def long_paragraph(n: int, *, split: bool) -> str:
    word = "Nghị quyết được triển khai. "
    text = (word * (n // len(word) + 1))[:n]
    if not split:
        return p(text)
    runs = []
    for i in range(0, n, 4000):
        rpr = "<w:rPr><w:b/></w:rPr>" if (i // 4000) % 2 else ""
        runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{text[i:i + 4000]}</w:t></w:r>')
    return "<w:p>" + "".join(runs) + "</w:p>"


FINDING_SENTENCES = (  # each sentence draws findings from several rules
    "Tổng số 1.234 hội viên, trong đó 560 nam và 675 nữ (chiếm 54,70%).",
    "Căn cứ Nghị quyết số 79-NQ/TW, ngày 06/01/2026 của Bộ Chính trị.",
    "I. TÌNH HÌNH THỰC HIỆN", "1. Công tác chính trị", "a) Kết quả",
    "(1) nội dung; (2) nội dung; (4) nội dung", "Phụ lục 3", "ngày 31 tháng 02 năm 2026",
    "từ ngày 30/01/2026 đến ngày 01/01/2026")


def paragraph_full_of_findings(n: int) -> str:
    """One paragraph of about ``n`` characters with a finding every few dozen characters."""
    rng = random.Random(1)
    return p(" ".join(rng.choice(FINDING_SENTENCES) for _ in range(n // 40)))


def docm() -> bytes:
    vba = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
           b"Attribute VB_Name = \"AutoOpen\"\nShell \"rm -rf /\"")
    ct = members(base())
    types = dict((i.filename, c) for i, c in ct)["[Content_Types].xml"].replace(
        CT_DOCUMENT.encode(), b"application/vnd.ms-word.document.macroEnabled.main+xml")
    doc_rels = rels(("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
                    ("rId9", "vbaProject", "vbaProject.bin"))
    return rezip(base(), replace={"[Content_Types].xml": types,
                                  "word/_rels/document.xml.rels": doc_rels},
                 add=(("word/vbaProject.bin", vba),))


def ratio_bomb() -> bytes:
    return rezip(base(), add=(("word/media/image1.png", bytes(3 * 1024 * 1024)),))


def declared_bomb() -> bytes:
    data = rezip(base(), add=(("word/media/image1.png", b"\x89PNG" + bytes(1000)),))
    return patch_central_size(data, "word/media/image1.png", 200 * 1024 * 1024)


def many_parts(n: int) -> bytes:
    return rezip(base(), add=tuple((f"customXml/item{i}.xml", b"<a/>") for i in range(n)),
                 compression=zipfile.ZIP_STORED)


def stored_with_bad_crc() -> bytes:
    data = rezip(base(), compression=zipfile.ZIP_STORED)
    return corrupt_member(data, "word/document.xml")


def deflated_with_bad_data() -> bytes:
    return corrupt_member(base(), "word/document.xml")


def truncated(cut: float) -> bytes:
    data = base()
    return data[: int(len(data) * cut)]


def huge_numbering_start() -> bytes:
    numbering = (
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="2000000000"/>'
        '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>')
    para = p("Nội dung", ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
    return package(para * 200, numbering=numbering)


Case = tuple[Callable[[], bytes], Limits | None, float, str | None]
# name -> (builder, limits, time budget, expected status or None when either is fine)
CASES: dict[str, Case] = {
    "xxe-document": (lambda: with_document(p("&xxe;"), XXE), None, TIME_BUDGET, "failed"),
    "xxe-after-long-comment": (lambda: with_document(p("&xxe;"), LONG_COMMENT + XXE), None,
                               TIME_BUDGET, "failed"),
    "xxe-styles": (lambda: rezip(base(), replace={"word/styles.xml": (
        f'<?xml version="1.0"?>{XXE}<w:styles {NS}><w:style w:styleId="&xxe;"/></w:styles>'
    ).encode()}), None, TIME_BUDGET, None),
    "xxe-content-types": (lambda: rezip(base(), replace={"[Content_Types].xml": (
        f'<?xml version="1.0"?>{XXE}<Types>&xxe;</Types>').encode()}), None, TIME_BUDGET, None),
    "xxe-package-rels": (lambda: rezip(base(), replace={"_rels/.rels": (
        f'<?xml version="1.0"?>{XXE}<Relationships>&xxe;</Relationships>').encode()}),
        None, TIME_BUDGET, None),
    "external-relationship-target": (lambda: rezip(base(), replace={
        "word/_rels/document.xml.rels": rels(("rId1", "styles", "file:///etc/passwd"),
                                             ("rId2", "footnotes", "../../../../etc/passwd"))
        .replace(b'Target="file', b'TargetMode="External" Target="file')}),
        None, TIME_BUDGET, "checked"),
    "billion-laughs": (lambda: with_document(p("&lol9;"), LAUGHS), None, TIME_BUDGET, "failed"),
    "billion-laughs-after-long-comment": (
        lambda: with_document(p("&lol9;"), LONG_COMMENT + LAUGHS), None, TIME_BUDGET, "failed"),
    "zip-bomb-ratio": (ratio_bomb, None, BOMB_BUDGET, "failed"),
    "zip-bomb-ratio-tight-limits": (
        lambda: rezip(base(), add=(("word/media/image1.png", bytes(300_000)),)),
        Limits(max_ratio=20, ratio_floor=100_000), BOMB_BUDGET, "failed"),
    "zip-bomb-declared-size": (declared_bomb, None, BOMB_BUDGET, "failed"),
    "zip-bomb-total-size": (
        lambda: rezip(base(), add=tuple((f"word/media/i{i}.bin", bytes(60_000))
                                        for i in range(10))),
        Limits(max_total_bytes=500_000), BOMB_BUDGET, "failed"),
    "too-many-parts": (lambda: many_parts(1001), None, BOMB_BUDGET, "failed"),
    "too-many-parts-tight-limits": (lambda: many_parts(20), Limits(max_parts=10), BOMB_BUDGET,
                                    "failed"),
    "declared-size-smaller-than-data": (
        lambda: patch_central_size(
            rezip(base(), replace={"word/document.xml": document_xml(p("x" * 2_000_000))}),
            "word/document.xml", 1000), None, TIME_BUDGET, "failed"),
    "absolute-and-dotdot-paths": (lambda: rezip(base(), add=(
        ("/tmp/soat-evil-absolute.xml", b"<a/>"), ("../../soat-evil-dotdot.xml", b"<a/>"),
        ("word/../../../soat-evil-deep.xml", b"<a/>"), ("..\\..\\soat-evil-win.xml", b"<a/>"),
        ("C:/soat-evil-drive.xml", b"<a/>"))), None, TIME_BUDGET, "failed"),
    "main-part-with-dotdot-target": (lambda: rezip(base(), replace={
        "_rels/.rels": rels(("rId1", "officeDocument", "../../../etc/passwd"))}),
        None, TIME_BUDGET, None),
    "duplicate-names": (lambda: rezip(base(), add=(
        ("word/document.xml", b"<not-xml"), ("word/styles.xml", b"\x00\x01")),),
        None, TIME_BUDGET, "failed"),
    "wrong-crc-stored": (stored_with_bad_crc, None, TIME_BUDGET, "failed"),
    "wrong-data-deflated": (deflated_with_bad_data, None, TIME_BUDGET, "failed"),
    "missing-package-rels": (lambda: rezip(base(), drop=("_rels/.rels",)), None, TIME_BUDGET,
                             "checked"),
    "missing-document-rels": (lambda: rezip(base(), drop=("word/_rels/document.xml.rels",)),
                              None, TIME_BUDGET, "checked"),
    "package-rels-point-to-themselves": (lambda: rezip(base(), replace={
        "_rels/.rels": rels(("rId1", "officeDocument", "_rels/.rels"))}),
        None, TIME_BUDGET, None),
    "document-rels-cycle": (lambda: rezip(base(), replace={
        "word/_rels/document.xml.rels": rels(
            ("rId1", "styles", "document.xml"), ("rId2", "numbering", "_rels/document.xml.rels"),
            ("rId3", "footnotes", "document.xml"), ("rId4", "header", "document.xml"),
            ("rId5", "comments", "../word/./document.xml"), ("rId6", "theme", "document.xml"),
            ("rId7", "settings", "document.xml"), ("rId8", "endnotes", "footnotes.xml"))}),
        None, TIME_BUDGET, "checked"),
    "missing-content-types": (lambda: rezip(base(), drop=("[Content_Types].xml",)), None,
                              TIME_BUDGET, None),
    "missing-document": (lambda: rezip(base(), drop=("word/document.xml",)), None, TIME_BUDGET,
                         "failed"),
    "document-not-xml": (lambda: rezip(base(), replace={"word/document.xml": b"\xff\xfe<w:"}),
                         None, TIME_BUDGET, "failed"),
    "document-without-body": (lambda: rezip(base(), replace={
        "word/document.xml": f"<w:document {NS}/>".encode()}), None, TIME_BUDGET, "failed"),
    "nested-tables-3000": (lambda: with_document(nested_tables(3000)), None, TIME_BUDGET, None),
    "nested-tables-80": (lambda: with_document(nested_tables(80)), None, TIME_BUDGET, None),
    "paragraph-3-million-chars": (lambda: with_document(long_paragraph(3_000_000, split=False)),
                                  None, TIME_BUDGET, None),
    "paragraph-2-million-chars-many-runs": (
        lambda: with_document(long_paragraph(2_000_000, split=True)), None, TIME_BUDGET, None),
    # about 900 findings in one paragraph: excerpts and fingerprints once cost findings x length
    "paragraph-100KB-full-of-findings": (lambda: with_document(paragraph_full_of_findings(100_000)),
                                         None, 12.0, "checked"),
    "numbering-start-two-billion": (huge_numbering_start, None, TIME_BUDGET, "checked"),
    "docm-with-macros": (docm, None, TIME_BUDGET, "checked"),
    "empty-file": (lambda: b"", None, TIME_BUDGET, "failed"),
    "random-bytes": (lambda: random.Random(1).randbytes(50_000), None, TIME_BUDGET, "failed"),
    "random-bytes-after-zip-magic": (lambda: b"PK\x03\x04" + random.Random(2).randbytes(50_000),
                                     None, TIME_BUDGET, "failed"),
    "ole2-doc-renamed": (lambda: ole("WordDocument", "1Table"), None, TIME_BUDGET, "failed"),
    "ole2-encrypted-package": (lambda: ole("EncryptionInfo", "EncryptedPackage"), None,
                               TIME_BUDGET, "failed"),
    "truncated-zip-half": (lambda: truncated(0.5), None, TIME_BUDGET, "failed"),
    "truncated-zip-end": (lambda: base()[:-10], None, TIME_BUDGET, "failed"),
    "zip-without-members": (lambda: rezip(base(), drop=tuple(
        i.filename for i, _ in members(base()))), None, TIME_BUDGET, "failed"),
}


# -- checking ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def rules() -> tuple[type, ...]:
    found = engine.default_rules()
    engine.check_bytes(base(), "warm-up.docx", rules=found)  # imports and caches, not timed
    return found


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def check_file(path: Path, rules: tuple[type, ...], limits: Limits | None = None,
               budget: float = TIME_BUDGET) -> FileResult:
    """Check ``path`` and assert everything a hostile file must not break."""
    before, stat = sha256(path), path.stat()
    start = time.perf_counter()
    result = engine.check_path(path, rules=rules, limits=limits)
    elapsed = time.perf_counter() - start
    assert elapsed < budget, f"{path.name}: {elapsed:.2f}s"
    assert sha256(path) == before, "the input file was modified"
    assert path.stat().st_mtime_ns == stat.st_mtime_ns
    assert result.status in ("checked", "failed")
    if result.status == "failed":
        assert result.error is not None and result.error.code
        assert VIETNAMESE & set(result.error.message.lower()), result.error.message
    assert not result.rule_errors, result.rule_errors
    text = json.dumps(Report(files=[result]).to_dict(), ensure_ascii=False)
    if PASSWD.is_file():
        for line in PASSWD.read_text(errors="replace").splitlines()[:3]:
            assert line not in text, "a local file leaked into the report"
    return result


def load_directly(data: bytes, limits: Limits | None) -> None:
    """The loader's contract: a document or a LoadError with a Vietnamese message, nothing else."""
    try:
        loader.load_bytes(data, "case.docx", limits)
    except LoadError as exc:
        assert exc.code and VIETNAMESE & set(exc.message.lower()), exc.message


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_input(name: str, tmp_path: Path, rules: tuple[type, ...]) -> None:
    build, limits, budget, expected = CASES[name]
    data = build()
    path = tmp_path / f"{name}.docx"
    path.write_bytes(data)
    result = check_file(path, rules, limits, budget)
    if expected is not None:
        assert result.status == expected, (result.status, result.error)
    start = time.perf_counter()
    load_directly(data, limits)
    assert time.perf_counter() - start < budget


def test_base_package_is_checked(tmp_path: Path, rules: tuple[type, ...]) -> None:
    path = tmp_path / "base.docx"
    path.write_bytes(base())
    assert check_file(path, rules).status == "checked"


def test_zip_bomb_is_refused_without_inflating(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    real_open = zipfile.ZipFile.open

    def spy(self: zipfile.ZipFile, name: object, *args: object, **kwargs: object) -> object:
        opened.append(getattr(name, "filename", name))  # type: ignore[arg-type]
        return real_open(self, name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "open", spy)
    for data in (ratio_bomb(), declared_bomb()):
        opened.clear()
        with pytest.raises(LoadError) as exc:
            loader.load_bytes(data, "bomb.docx")
        assert exc.value.code == "too-large"
        assert opened == []


def test_macros_are_never_read(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    real_read = loader.Package.read

    def spy(self: loader.Package, name: str) -> bytes | None:
        read.append(name.lower())
        return real_read(self, name)

    monkeypatch.setattr(loader.Package, "read", spy)
    doc = loader.load_bytes(docm(), "macro.docm")
    assert doc.body_paragraphs
    assert not any("vba" in n for n in read)


def test_entities_never_resolved() -> None:
    for prolog in (XXE, LONG_COMMENT + XXE):
        with pytest.raises(LoadError) as exc:
            loader.load_bytes(with_document(p("&xxe;"), prolog), "xxe.docx")
        assert exc.value.code == "unsafe-xml"


def test_absolute_and_dotdot_entries_are_never_written(tmp_path: Path,
                                                       rules: tuple[type, ...]) -> None:
    build = CASES["absolute-and-dotdot-paths"][0]
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    path = work / "paths.docx"
    path.write_bytes(build())
    cwd = os.getcwd()
    try:
        os.chdir(work)
        check_file(path, rules)
    finally:
        os.chdir(cwd)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a", "b", "paths.docx"]
    assert not Path("/tmp/soat-evil-absolute.xml").exists()


ENCRYPTED = ("apache-poi__bug53475-password-is-pass.docx", "apache-poi__protected_agile.docx")


@pytest.mark.parametrize("name", ENCRYPTED)
def test_encrypted_corpus_file(name: str, rules: tuple[type, ...]) -> None:
    path = CORPUS / "robustness" / name
    if not path.is_file():
        pytest.skip(f"{path} not available")
    result = check_file(path, rules)
    assert result.status == "failed"
    assert result.error is not None and result.error.code == "encrypted"


# -- packages every command refuses alike --------------------------------------------------
# A package that one reader would read differently from another (duplicate entries, names that
# lead out of the package), that declares XML entities in any part, or that no zip reader can
# inflate, is refused by name, with exit code 2, by check, annotate and fix alike: an output
# written from it would carry the trap on, or no longer open.

HEADER_RELS = rels(("rId1", "styles", "styles.xml"), ("rId2", "settings", "settings.xml"),
                   ("rId7", "header", "header1.xml"))


def with_header(header_xml: bytes) -> bytes:
    return rezip(base(), replace={"word/_rels/document.xml.rels": HEADER_RELS},
                 add=(("word/header1.xml", header_xml),))


def patch_central(data: bytes, name: str, offset: int, value: int, size: int = 2) -> bytes:
    """Set a little-endian field of ``name``'s central directory record (and local header)."""
    raw = bytearray(data)
    pos = raw.find(b"PK\x01\x02")
    while pos >= 0:
        name_len = struct.unpack_from("<H", raw, pos + 28)[0]
        if raw[pos + 46: pos + 46 + name_len] == name.encode():
            raw[pos + offset: pos + offset + size] = value.to_bytes(size, "little")
            return bytes(raw)
        pos = raw.find(b"PK\x01\x02", pos + 4)
    raise AssertionError(f"{name} not in central directory")


RAW_LOL = "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"  # the entity used, not escaped
REFUSED: dict[str, tuple[Callable[[], bytes], str]] = {
    # name -> (builder, the part the message must name)
    "doctype-in-content-types": (lambda: rezip(base(), replace={"[Content_Types].xml": (
        members(base())[0][1].replace(b"?>", b"?>" + XXE.encode(), 1))}),
        "[Content_Types].xml"),
    "entity-expansion-in-header": (lambda: with_header(
        f'<?xml version="1.0"?>{LAUGHS}<w:hdr {NS}>{RAW_LOL}</w:hdr>'.encode()),
        "word/header1.xml"),
    "doctype-after-long-comment-in-header": (lambda: with_header(
        f'<?xml version="1.0"?>{LONG_COMMENT * 4}{XXE}<w:hdr {NS}>{p("x")}</w:hdr>'.encode()),
        "word/header1.xml"),
    "entity-expansion-after-long-comment-in-header": (lambda: with_header(
        f'<?xml version="1.0"?>{LONG_COMMENT * 2}{LAUGHS}<w:hdr {NS}>{RAW_LOL}</w:hdr>'
        .encode()), "word/header1.xml"),
    "doctype-in-utf16-settings": (lambda: rezip(base(), replace={"word/settings.xml": (
        f'<?xml version="1.0" encoding="UTF-16"?>{XXE}<w:settings {NS}/>'.encode("utf-16"))}),
        "word/settings.xml"),
    "doctype-in-unread-custom-xml": (lambda: rezip(base(), add=(
        ("customXml/item1.xml", f'<?xml version="1.0"?>{XXE}<a>&xxe;</a>'.encode()),)),
        "customXml/item1.xml"),
    "zip-slip-dotdot": (lambda: rezip(base(), add=(("../../soat-x.xml", b"<a/>"),)),
                        "../../soat-x.xml"),
    "zip-slip-absolute": (lambda: rezip(base(), add=(("/tmp/soat-x.xml", b"<a/>"),)),
                          "/tmp/soat-x.xml"),
    "zip-slip-backslashes": (lambda: rezip(base(), add=(("..\\..\\soat-x.xml", b"<a/>"),)),
                             "../../soat-x.xml"),
    "zip-slip-drive": (lambda: rezip(base(), add=(("C:/soat-x.xml", b"<a/>"),)),
                       "C:/soat-x.xml"),
    "duplicate-content-types": (lambda: rezip(base(), add=(
        ("[Content_Types].xml", members(base())[0][1]),)), "[Content_Types].xml"),
    "duplicate-document-other-case": (lambda: rezip(base(), add=(
        ("word/Document.xml", document_xml(p("khác"))),)), "word/Document.xml"),
    "zip-version-10.9": (lambda: patch_central(base(), "word/styles.xml", 6, 109),
                         "word/styles.xml"),
    "unknown-compression": (lambda: patch_central(
        rezip(base(), add=(("word/media/image1.png", b"\x89PNG" + bytes(100)),)),
        "word/media/image1.png", 10, 99), "word/media/image1.png"),
}


@pytest.fixture(scope="module")
def builtin_plugins() -> object:
    from validator.plugins import Plugins, make_plugin_manager

    return Plugins(make_plugin_manager(autoload=False))


@pytest.mark.parametrize("name", sorted(REFUSED))
@pytest.mark.parametrize("command", ["check", "annotate", "fix"])
def test_every_command_refuses_a_hostile_package_by_name(
        name: str, command: str, tmp_path: Path, builtin_plugins: object,
        capsys: pytest.CaptureFixture[str]) -> None:
    from validator import cli

    build, part = REFUSED[name]
    path = tmp_path / "hostile.docx"
    path.write_bytes(build())
    before = sha256(path)
    out = tmp_path / "out.docx"
    argv = {"check": ["check", str(path)], "annotate": ["annotate", str(path), "-o", str(out)],
            "fix": ["fix", str(path), "-o", str(out)]}[command]
    code = cli.main(argv, plugins=builtin_plugins)  # type: ignore[arg-type]
    captured = capsys.readouterr()
    said = captured.out + captured.err
    assert code == 2, said
    assert part in said, said
    assert "nội bộ" not in said and "Traceback" not in said
    assert VIETNAMESE & set(said.lower())
    assert not out.exists()
    assert sha256(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.docx"]


REPRO = CORPUS.parent / "repro"
REFUSED_REPRO = {  # the reproducers of these defects, when ../shared is there
    "annotate_internal_error_doctype_in_content_types.docx": "[Content_Types].xml",
    "hostile_header_passthrough.docx": "word/header1.xml",
    "zipslip_names_passthrough.docx": "..",
    "dup_content_types_annotate_breaks_output.docx": "[Content_Types].xml",
    "masked_notimplemented_zip_version.docx": "10.9",
}


@pytest.mark.parametrize("name", sorted(REFUSED_REPRO))
@pytest.mark.parametrize("command", ["check", "annotate", "fix"])
def test_every_command_refuses_the_reproducers(
        name: str, command: str, tmp_path: Path, builtin_plugins: object,
        capsys: pytest.CaptureFixture[str]) -> None:
    from validator import cli

    source = REPRO / name
    if not source.is_file():
        pytest.skip(f"{source} not available")
    out = tmp_path / "out.docx"
    argv = {"check": ["check", str(source)],
            "annotate": ["annotate", str(source), "-o", str(out)],
            "fix": ["fix", str(source), "-o", str(out)]}[command]
    code = cli.main(argv, plugins=builtin_plugins)  # type: ignore[arg-type]
    captured = capsys.readouterr()
    said = captured.out + captured.err
    assert code == 2 and REFUSED_REPRO[name] in said, said
    assert "nội bộ" not in said
    assert not out.exists()


# -- numeric attributes out of any range -------------------------------------------------------
# Word writes these attributes as 32-bit integers. A value no integer type holds ("inf",
# "1e400", 309 digits and more) is ignored like any other unreadable value ("nan", "abc"):
# the file is read, and read exactly as if the attribute were "abc".

OUT_OF_RANGE = ("inf", "-inf", "1e400", "-1e400", "9" * 309, "9" * 5000, "4294967296", "NaN",
                "١٢")  # Arabic-Indic digits: int() reads them, Word does not
NUMBERING_DEFS = (
    '<w:abstractNum w:abstractNumId="{v}"><w:lvl w:ilvl="0"><w:start w:val="{v}"/>'
    '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlRestart w:val="{v}"/></w:lvl>'
    '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="{v}">'
    '<w:startOverride w:val="{v}"/></w:lvlOverride></w:num>'
    '<w:num w:numId="{v}"><w:abstractNumId w:val="{v}"/></w:num>')
FOOTNOTES = ('<w:footnote w:id="{v}">' + p("Chú thích một.") + '</w:footnote>'
             '<w:footnote w:id="2">' + p("Chú thích hai.") + '</w:footnote>')


def numeric_sites(v: str) -> bytes:
    """A small report with ``v`` in every numeric attribute the reader interprets."""
    numbered = ('<w:numPr><w:ilvl w:val="{v}"/><w:numId w:val="1"/></w:numPr>'
                '<w:outlineLvl w:val="{v}"/><w:ind w:left="{v}" w:hanging="{v}"/>')
    body = (
        p("BÁO CÁO") + p("I. KẾT QUẢ") + p("Mục một", ppr=numbered.format(v=v))
        + p("Mục hai", ppr=f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{v}"/></w:numPr>')
        + p("Chữ lớn", rpr=f'<w:sz w:val="{v}"/><w:szCs w:val="{v}"/>')
        + f'<w:p><w:r><w:t>Có chú thích</w:t></w:r><w:r><w:footnoteReference w:id="{v}"/>'
        '</w:r><w:r><w:footnoteReference w:id="2"/></w:r>'
        f'<w:commentRangeStart w:id="{v}"/><w:r><w:t>ghi chú</w:t></w:r>'
        f'<w:commentRangeEnd w:id="{v}"/><w:r><w:commentReference w:id="{v}"/></w:r></w:p>'
        + f'<w:tbl><w:tblGrid><w:gridCol w:w="{v}"/><w:gridCol/></w:tblGrid>'
        f'<w:tr><w:trPr><w:gridBefore w:val="{v}"/></w:trPr><w:tc><w:tcPr>'
        f'<w:gridSpan w:val="{v}"/><w:vMerge w:val="restart"/></w:tcPr>' + p("STT")
        + "</w:tc><w:tc>" + p("12") + "</w:tc></w:tr></w:tbl>"
    )
    sect = (f'<w:sectPr><w:pgSz w:w="{v}" w:h="{v}"/><w:pgMar w:top="{v}" w:left="{v}" '
            f'w:right="{v}" w:bottom="{v}"/></w:sectPr>')
    styles = (f'<w:style w:type="paragraph" w:styleId="Normal"><w:pPr><w:numPr>'
              f'<w:numId w:val="{v}"/><w:ilvl w:val="{v}"/></w:numPr>'
              f'<w:outlineLvl w:val="{v}"/></w:pPr><w:rPr><w:sz w:val="{v}"/></w:rPr>'
              "</w:style>")
    return package(body, sect=sect, numbering=NUMBERING_DEFS.format(v=v),
                   footnotes=FOOTNOTES.format(v=v), styles=styles,
                   comments=f'<w:comment w:id="{v}" w:author="A">{p("Ý kiến")}</w:comment>')


@pytest.mark.parametrize("value", OUT_OF_RANGE, ids=lambda v: (v if v.isascii() else "indic")
                         if len(v) < 12 else f"{len(v)}-digits")
def test_numeric_attributes_out_of_range_read_like_abc(value: str, tmp_path: Path,
                                                       rules: tuple[type, ...]) -> None:
    path = tmp_path / "so.docx"
    path.write_bytes(numeric_sites(value))
    result = check_file(path, rules)
    assert result.status == "checked", result.error
    reference = tmp_path / "abc.docx"
    reference.write_bytes(numeric_sites("abc"))
    expected = check_file(reference, rules)
    assert expected.status == "checked"
    assert result.violations == expected.violations
    doc, ref = (loader.load_bytes(f.read_bytes(), "x.docx") for f in (path, reference))
    assert doc == ref


@pytest.mark.parametrize("value", OUT_OF_RANGE[3:6], ids=["-1e400", "309-digits",
                                                         "5000-digits"])
@pytest.mark.parametrize("command", ["annotate", "fix"])
def test_edits_ignore_ids_out_of_range(value: str, command: str, tmp_path: Path,
                                       builtin_plugins: object,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    from validator import cli

    body = (f'<w:bookmarkStart w:id="{value}" w:name="a"/>' + p("BÁO CÁO")
            + f'<w:bookmarkEnd w:id="{value}"/>' + p("Ngày xx/xx/2026 họp.")
            + p("Thực hiện Nghị quyết số 79 - NQ/TW, ngày 06/01/2026 của Bộ Chính trị."))
    path = tmp_path / "in.docx"
    path.write_bytes(package(body, comments=f'<w:comment w:id="{value}" w:author="A">'
                             f'{p("Ý kiến")}</w:comment>'))
    out = tmp_path / "out.docx"
    code = cli.main([command, str(path), "-o", str(out)], plugins=builtin_plugins)  # type: ignore[arg-type]
    said = capsys.readouterr().err
    assert code == 0, said
    with zipfile.ZipFile(out) as z:
        xml = "".join(z.read(n).decode() for n in ("word/document.xml", "word/comments.xml"))
    added = re.findall(r'w:id="(\d{1,12})"[^>]*w:author="soat"', xml)
    assert added and all(int(i) < 2**31 for i in added)
    loader.load_bytes(out.read_bytes(), "out.docx")


@pytest.mark.parametrize("char", ["FFFFFFFFFFFFFFFFFFFFFF", "D800", "DFFF", "110000", "-5", "zz",
                                  "", "١٢"])
def test_a_symbol_no_character_stands_for_is_left_out(char: str, tmp_path: Path,
                                                     rules: tuple[type, ...]) -> None:
    """A w:sym whose w:char is no character (beyond Unicode, a lone surrogate, not a number)
    was an OverflowError (the file reported corrupt) or a surrogate that broke every rule
    hashing the paragraph; it is left out of the text like an unknown symbol."""
    text = "Thực hiện Nghị quyết số 79 - NQ/TW, ngày 06/01/2026 của Bộ Chính trị."
    body = (p("BÁO CÁO") + f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t>'
            f'<w:sym w:font="Symbol" w:char="{char}"/><w:t>.</w:t></w:r></w:p>')
    path = tmp_path / "sym.docx"
    path.write_bytes(package(body))
    result = check_file(path, rules)  # asserts no rule crashed
    assert result.status == "checked", result.error
    assert any(v.rule == "COD001" for v in result.violations)
    doc = loader.load_bytes(path.read_bytes(), "sym.docx")
    assert doc.body_paragraphs[1].text == text + "."
    json.dumps(Report(files=[result]).to_dict(), ensure_ascii=False).encode("utf-8")


def test_a_symbol_of_the_symbol_fonts_is_read() -> None:
    body = p("BÁO CÁO") + '<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r></w:p>'
    assert loader.load_bytes(package(body), "x.docx").body_paragraphs[1].text == "\u00fc"


@pytest.mark.parametrize("site", ["gridSpan", "gridBefore"])
def test_a_cell_spanning_a_billion_columns_is_read_within_the_grid(
        site: str, tmp_path: Path, rules: tuple[type, ...]) -> None:
    """A gridSpan (or gridBefore) of 10^9 made a grid of 10^9 columns for each row: gigabytes
    for the analyses that lay a table out. No span reaches past the declared grid (or Word's
    63 columns when that is narrower); the table is read and checked like any other."""
    from tests.limits import memory_cap

    huge = 1_000_000_000
    tcpr = f'<w:tcPr><w:gridSpan w:val="{huge}"/></w:tcPr>' if site == "gridSpan" else ""
    trpr = f'<w:trPr><w:gridBefore w:val="{huge}"/></w:trPr>' if site == "gridBefore" else ""
    rows = "".join(
        f"<w:tr>{trpr}<w:tc>{tcpr}{p(a)}</w:tc><w:tc>{p(b)}</w:tc></w:tr>"
        for a, b in (("Chỉ tiêu", "Số lượng"), ("Nam", "560"), ("Nữ", "675"),
                     ("Tổng số", "1.234")))
    body = (p("BÁO CÁO") + '<w:tbl><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/>'
            f"</w:tblGrid>{rows}</w:tbl>" + p("Tổng số 1.234 hội viên, trong đó 560 nam."))
    path = tmp_path / "bang.docx"
    path.write_bytes(package(body))
    with memory_cap(300):
        result = check_file(path, rules)
        doc = loader.load_bytes(path.read_bytes(), "bang.docx")
        (table,) = doc.tables()
        grid = table.grid()
    assert result.status == "checked" and not result.rule_errors, result.rule_errors
    assert table.columns <= 63 + 2 and len(grid) == 4  # the grid, and the cells past it
    assert [c.text for c in table.rows[3].cells] == ["Tổng số", "1.234"]


@pytest.mark.parametrize("digits", [29, 60, 500])
def test_figures_of_hundreds_of_digits_are_shown_not_crashed_on(
        digits: int, tmp_path: Path, rules: tuple[type, ...]) -> None:
    """A total of 500 digits in a breakdown: writing it back in a message went past the 28
    digits of decimal's default precision, and every arithmetic rule crashed on the file."""
    big = "1" * digits
    body = (p("BÁO CÁO") + p(f"Tổng số {big} hồ sơ, trong đó 560 hồ sơ đúng hạn và 675 hồ sơ "
                              "trễ hạn.")
            + p(f"Đã giải quyết {big} hồ sơ, tăng 20 hồ sơ (25%) so với cùng kỳ."))
    path = tmp_path / "so-lon.docx"
    path.write_bytes(package(body))
    result = check_file(path, rules)
    assert result.status == "checked" and not result.rule_errors, result.rule_errors
    shown = [v.message for v in result.violations if v.rule.startswith("ARI")]
    # the figure written out whole, every digit kept
    assert any(f"{int(big):,}".replace(",", ".") in m for m in shown), shown
