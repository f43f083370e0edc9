"""The documents the benchmark measures: the seed report, and a large report made of many
different real reports joined into one package.

The large report is built at bench time from the provincial reports of the corpus
(``../shared/corpus/vn/vbai__*``, never committed): their bodies one after the other, each
with its footnotes, automatic numbering and paragraph styles carried over under fresh ids. Its
text is therefore as varied as real reports are: nothing a per-text memo could remember
from one part serves another.
"""

from __future__ import annotations

import copy
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_CANDIDATES = (
    SHARED / "seed" / "bao-cao-thang-01-2026.docx",
    ROOT / "examples" / "bao-cao-thang-01-2026.docx",
)
CORPUS = SHARED / "corpus" / "vn"
# the provincial reports (báo cáo) of the corpus, by the file's own name (after the group's);
# drafts are left out: a draft and its final are nearly the same text
REPORT_NAME = re.compile(r"^(?:bao-cao|bc[-_.])", re.IGNORECASE)
DRAFT_NAME = re.compile(r"du-?thao|duthao", re.IGNORECASE)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CHARS_PER_PAGE = 3000  # A4, Times New Roman 13–14 pt, the decree's margins: about 3,000 chars


def wtag(name: str) -> str:
    return f"{{{W}}}{name}"


def find_seed() -> Path:
    for candidate in SEED_CANDIDATES:
        if candidate.is_file():
            return candidate
    raise SystemExit("seed report not found: " + ", ".join(map(str, SEED_CANDIDATES)))


def rendered_pages(data: bytes) -> float | None:
    """The page count LibreOffice gives the document (PDF export), if LibreOffice is here."""
    import tempfile

    soffice = shutil.which("soffice")
    pdfinfo = shutil.which("pdfinfo")
    if not soffice or not pdfinfo:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "seed.docx"
        src.write_bytes(data)
        try:
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp,
                            str(src)], capture_output=True, timeout=300, check=True)
            info = subprocess.run([pdfinfo, str(Path(tmp) / "seed.pdf")], capture_output=True,
                                  text=True, timeout=60, check=True).stdout
        except (subprocess.SubprocessError, OSError):
            return None
    for line in info.splitlines():
        if line.startswith("Pages:"):
            return float(line.split()[1])
    return None


def text_chars(data: bytes) -> int:
    """Characters of the body's text (w:t)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return sum(len(t.text or "") for t in root.iter(wtag("t")))


def _opening(data: bytes, chars: int = 3000) -> str:
    """The first characters of the body's text after its first 500 (past the title block)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return "".join(t.text or "" for t in root.iter(wtag("t")))[500:500 + chars]


def estimated_pages(data: bytes) -> float:
    """Pages of running text at CHARS_PER_PAGE; a low estimate for reports with wide tables
    (the seed renders to 53 pages in LibreOffice, about three times this estimate)."""
    return text_chars(data) / CHARS_PER_PAGE


def provincial_reports(seed: Path) -> list[Path]:
    """The corpus's provincial reports, sorted by name, the seed itself left out."""
    if not CORPUS.is_dir():
        raise SystemExit(f"the corpus is needed for the large report: {CORPUS} not found")
    found = [p for p in sorted(CORPUS.glob("vbai__*.docx"))
             if REPORT_NAME.match(p.name.split("__")[-1]) and not DRAFT_NAME.search(p.name)
             and p.read_bytes() != seed.read_bytes()]
    if not found:
        raise SystemExit(f"no provincial report (vbai__*bao-cao*) in {CORPUS}")
    return found


def large_report(seed: Path, chars: int) -> tuple[bytes, list[Path]]:
    """Different provincial reports joined until their text reaches ``chars`` characters
    (each report at most once: fewer when the corpus holds less)."""
    chosen: list[Path] = []
    total = 0
    openings: set[str] = set()
    for path in provincial_reports(seed):
        try:
            n = text_chars(path.read_bytes())
            opening = _opening(path.read_bytes())
        except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError):
            continue
        if opening in openings:
            continue  # the same report filed twice under two names
        openings.add(opening)
        chosen.append(path)
        total += n
        if total >= chars:
            break
    return concatenate([p.read_bytes() for p in chosen]), chosen


# -- joining packages ---------------------------------------------------------------------


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _xml(parts: dict[str, bytes], name: str) -> etree._Element | None:
    return etree.fromstring(parts[name]) if name in parts else None


def _ids(root: etree._Element | None, tag: str, attr: str) -> list[int]:
    if root is None:
        return []
    out = []
    for el in root.iter(wtag(tag)):
        value = el.get(wtag(attr), "")
        if value.lstrip("-").isdigit():
            out.append(int(value))
    return out


class _Joined:
    """The first report's package, to which the bodies of the others are appended."""

    def __init__(self, data: bytes) -> None:
        self.parts = _parts(data)
        self.doc = etree.fromstring(self.parts["word/document.xml"])
        body = self.doc.find(wtag("body"))
        assert body is not None
        self.body = body
        last = body[-1] if len(body) else None
        self.sect = last if last is not None and last.tag == wtag("sectPr") else None
        self.notes = _xml(self.parts, "word/footnotes.xml")
        self.numbering = _xml(self.parts, "word/numbering.xml")
        self.styles = _xml(self.parts, "word/styles.xml")
        self.next_note = max(_ids(self.notes, "footnote", "id") + [0]) + 1
        self.next_mark = max(_ids(self.body, "bookmarkStart", "id") + [0]) + 1
        self.next_num = max(_ids(self.numbering, "num", "numId") + [0]) + 1
        self.next_abstract = max(_ids(self.numbering, "abstractNum", "abstractNumId") + [0]) + 1
        self.style_ids = {s.get(wtag("styleId")) for s in self.styles.iter(wtag("style"))} \
            if self.styles is not None else set()

    def append(self, data: bytes) -> None:
        parts = _parts(data)
        doc = etree.fromstring(parts["word/document.xml"])
        body = doc.find(wtag("body"))
        if body is None:
            return
        nums = self._numbering(_xml(parts, "word/numbering.xml"))
        self._styles(_xml(parts, "word/styles.xml"))
        notes_root = _xml(parts, "word/footnotes.xml")
        notes = {} if notes_root is None else {
            n.get(wtag("id")): n for n in notes_root
            if n.tag == wtag("footnote") and n.get(wtag("type")) in (None, "normal")}
        marks: dict[str, str] = {}
        for child in list(body):
            if child.tag == wtag("sectPr"):
                continue
            clone = copy.deepcopy(child)
            for ref in clone.iter(wtag("footnoteReference")):
                note = notes.get(ref.get(wtag("id")))
                if note is None or self.notes is None:
                    ref.getparent().remove(ref)
                    continue
                new = copy.deepcopy(note)
                new.set(wtag("id"), str(self.next_note))
                ref.set(wtag("id"), str(self.next_note))
                self.notes.append(new)
                self.next_note += 1
            for tag in ("bookmarkStart", "bookmarkEnd"):
                for bm in clone.iter(wtag(tag)):
                    old = bm.get(wtag("id"), "")
                    if old not in marks:
                        marks[old] = str(self.next_mark)
                        self.next_mark += 1
                    bm.set(wtag("id"), marks[old])
            for num in clone.iter(wtag("numId")):
                num.set(wtag("val"), nums.get(num.get(wtag("val"), ""), "0"))
            if self.sect is not None:
                self.sect.addprevious(clone)
            else:
                self.body.append(clone)

    def _numbering(self, other: etree._Element | None) -> dict[str, str]:
        """Copy the other report's numbering definitions under fresh ids; old -> new numId."""
        out: dict[str, str] = {}
        if other is None or self.numbering is None:
            return out
        abstract: dict[str, str] = {}
        first_num = self.numbering.find(wtag("num"))
        for a in other.findall(wtag("abstractNum")):
            clone = copy.deepcopy(a)
            abstract[a.get(wtag("abstractNumId"), "")] = str(self.next_abstract)
            clone.set(wtag("abstractNumId"), str(self.next_abstract))
            self.next_abstract += 1
            if first_num is not None:
                first_num.addprevious(clone)
            else:
                self.numbering.append(clone)
        for n in other.findall(wtag("num")):
            clone = copy.deepcopy(n)
            ref = clone.find(wtag("abstractNumId"))
            if ref is not None:
                ref.set(wtag("val"), abstract.get(ref.get(wtag("val"), ""), "0"))
            out[n.get(wtag("numId"), "")] = str(self.next_num)
            clone.set(wtag("numId"), str(self.next_num))
            self.next_num += 1
            self.numbering.append(clone)
        return out

    def _styles(self, other: etree._Element | None) -> None:
        """Carry over the other report's styles that this package does not define."""
        if other is None or self.styles is None:
            return
        for s in other.findall(wtag("style")):
            sid = s.get(wtag("styleId"))
            if sid not in self.style_ids:
                self.styles.append(copy.deepcopy(s))
                self.style_ids.add(sid)

    def package(self) -> bytes:
        def dump(el: etree._Element) -> bytes:
            return etree.tostring(el, xml_declaration=True, encoding="UTF-8", standalone=True)

        self.parts["word/document.xml"] = dump(self.doc)
        for name, el in (("word/footnotes.xml", self.notes),
                         ("word/numbering.xml", self.numbering),
                         ("word/styles.xml", self.styles)):
            if el is not None:
                self.parts[name] = dump(el)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
            for name, content in self.parts.items():
                out.writestr(name, content)
        return buf.getvalue()


def concatenate(datas: list[bytes]) -> bytes:
    """One package holding the bodies of ``datas`` in order (the first one's title block,
    styles and page setup; every report's footnotes, numbering and missing styles)."""
    joined = _Joined(datas[0])
    for data in datas[1:]:
        joined.append(data)
    return joined.package()
