"""The elements of a document's thể thức, each found once, with how it was found.

Nghị định 30/2020/NĐ-CP (Phụ lục I) and Hướng dẫn 36-HD/VPTW (Phụ lục 3) prescribe the case,
weight, slant and alignment of each element of a document: the national motto or the Party
title, the slogan, the issuer, the number, the place and date, the type name, the summary
line, the grounds, "Kính gửi", "Nơi nhận", the signer's authority, title and name, and the
appendices' headings. :func:`elements` finds them on top of the frame
(:mod:`validator.analysis.frame`), where drafters put them: paragraphs of the body, cells of
the (usually borderless) tables of the header and signature blocks, text boxes; several
elements may share one paragraph ("Số: 12/UBND-VP<tab>Lâm Đồng, ngày …", "T/M BAN THƯỜNG
VỤ<line break>PHÓ BÍ THƯ"), so each element is a span of its paragraph.

Each element records how it was found:

- ``text``: by its own words (the motto, a number line, "Nơi nhận:", "KT. CHỦ TỊCH", "Phụ
  lục II"); certain;
- ``style``: its paragraph carries a style named for it in the profile's format
  (``styles = ["Trích yếu"]``), as in templates that use styles; certain;
- ``position``: by where it stands (the line under the type name is the summary, the line
  under the signer's title is the name); a guess, so findings on it are warnings.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import msgspec

from validator import recache
from validator.analysis.frame import (
    PARTY_MOTTO,
    PLACE_DATE_LOOSE_RE,
    PLACE_DATE_RE,
    SIGN_AUTH_RE,
    V_V_RE,
    Frame,
    upper_ratio,
)
from validator.model import Document, Location, Paragraph, fold
from validator.vocabulary import Vocabulary

if TYPE_CHECKING:
    from validator.analysis.appendices import Appendix

TEXT, STYLE, POSITION = "text", "style", "position"


class Element(msgspec.Struct, frozen=True):
    """One element: ``paragraph.text[start:end]``, found ``found_by`` text, style or
    position. ``alone``: nothing else stands in its paragraph, so the paragraph's alignment
    is the element's."""

    name: str
    paragraph: Paragraph
    start: int
    end: int
    found_by: str
    alone: bool

    @property
    def certain(self) -> bool:
        """Found by its words or its style, not only by where it stands."""
        return self.found_by != POSITION

    @property
    def text(self) -> str:
        return self.paragraph.text[self.start:self.end]

    @property
    def location(self) -> Location:
        return self.paragraph.at(self.start, self.end - self.start)


# Pieces of a header paragraph: between tabs, line breaks and runs of three spaces or more.
_PIECE_RE = recache.compile(r"(?:(?! {3})[^\t\n])+")
# The elements with words of their own, wherever they stand in their paragraph (blanks left
# for the records office included: "Số:        /UBND-NC", "Lâm Đồng, ngày     tháng 3 năm").
_MOTTO_RE = recache.compile(
    r"(?i)(?:ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG H[OÒ][AÀ] XÃ HỘI CHỦ NGHĨA VIỆT NAM)")
_SLOGAN_RE = recache.compile(r"(?i)Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc")
_NUMBER_RE = recache.compile(
    r"Số\s*:?[\d.…_ ]*(?:/\s*\d{4}\s*)?[-/] *[A-ZĐ][A-Za-zĐđ]*(?:[-/.&][A-ZĐa-zđ0-9()]+)*")
_PLACE_DATE_RE = recache.compile(
    r"(?i)[^\W\d_](?:(?! {3})[^\t\n\d,:;/()]){1,59}?,? *ngày[ \d.…_]*tháng[ \d.…_]*năm"
    r"(?: *\d{4})?")
_RULE_LINE_RE = recache.compile(r"^[\s\-_–—=.*…]*$")
_SALUTATION_RE = recache.compile(r"^\s*Kính\s+gửi\s*:?")
_RECIPIENTS_LABEL_RE = recache.compile(r"^\s*Nơi\s+nhận\s*:?\s*$", re.IGNORECASE)
_GROUNDS_RE = recache.compile(r"^\s*Căn\s+cứ\b")
# "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:": the enacting word after the grounds, alone on its line
_ENACTING_RE = recache.compile(
    r"^\s*(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|NGHỊ QUYẾT|BAN HÀNH|CHỈ THỊ)\s*:?\s*$")
# "Theo đề nghị của Giám đốc Sở Nội vụ.": the last of the grounds of a decision
_PROPOSAL_RE = recache.compile(r"^\s*(?:Theo|Xét)\s+(?:đề\s+nghị|đề\s+xuất|tờ\s+trình)\b")
_NOTE_RE = recache.compile(r"^\s*\((?:ban\s+hành\s+)?kèm\s+theo\b", re.IGNORECASE)


def pieces(p: Paragraph) -> list[tuple[int, int]]:
    """(start, end) of the paragraph's pieces with words, surrounding spaces trimmed."""
    out: list[tuple[int, int]] = []
    text = p.match
    for m in _PIECE_RE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end and not _RULE_LINE_RE.match(text[start:end]):
            out.append((start, end))
    return out


def _alone(p: Paragraph, start: int, end: int) -> bool:
    return not p.match[:start].strip() and not p.match[end:].strip()


def style_key(name: str | None) -> str:
    """A style name compared without diacritics, case, spaces or punctuation."""
    if not name:
        return ""
    folded = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in folded if c.isalnum() and not unicodedata.combining(c)).lower()


class _Finder:
    def __init__(self, doc: Document, frame: Frame, fmt: Mapping[str, Mapping[str, Any]],
                 vocab: Vocabulary) -> None:
        self.doc = doc
        self.frame = frame
        self.vocab = vocab
        self.out: list[Element] = []
        self.taken: set[tuple[str, int, int]] = set()  # (part, paragraph, start)
        self.styles: dict[str, str] = {}  # style key -> element
        for name, spec in fmt.items():
            for style in spec.get("styles", ()) if isinstance(spec, Mapping) else ():
                self.styles.setdefault(style_key(style), name)

    def add(self, name: str, p: Paragraph, start: int, end: int, found_by: str) -> None:
        key = (p.part, p.index, start)
        if key in self.taken or start >= end:
            return
        if found_by == POSITION and self.styles.get(style_key(p.style)) == name:
            found_by = STYLE
        self.taken.add(key)
        self.out.append(Element(name, p, start, end, found_by, _alone(p, start, end)))

    def search(self, name: str, p: Paragraph | None, pattern: re.Pattern[str]) -> None:
        """The element as its own words in ``p``, found by text."""
        if p is None:
            return
        m = pattern.search(p.match)
        if m is not None:
            end = len(p.match[:m.end()].rstrip())
            self.add(name, p, m.start(), end, TEXT)

    def first_piece(self, name: str, p: Paragraph | None, pred: Any, found_by: str) -> \
            tuple[int, int] | None:
        if p is None:
            return None
        for start, end in pieces(p):
            if pred(p.match[start:end]):
                self.add(name, p, start, end, found_by)
                return start, end
        return None


def _is_motto(piece: str) -> bool:
    up = " ".join(piece.upper().replace("HOÀ", "HÒA").split())
    return up.startswith((PARTY_MOTTO, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"))


def _is_slogan(piece: str) -> bool:
    low = piece.lower()
    return low.lstrip().startswith("độc lập") and "hạnh phúc" in low


def _is_place_date(piece: str) -> bool:
    return bool(PLACE_DATE_RE.match(piece) or PLACE_DATE_LOOSE_RE.match(piece))


def elements(doc: Document, frame: Frame, fmt: Mapping[str, Mapping[str, Any]],
             vocab: Vocabulary, appendices: Sequence[Appendix] = ()) -> list[Element]:
    """The elements of ``doc``'s thể thức (see the module): ``frame`` read with ``vocab``,
    ``appendices`` as :mod:`validator.analysis.appendices` finds them, and the styles named
    in the format ``fmt`` (element -> its prescribed format)."""
    if not frame.is_administrative:
        return []
    fd = _Finder(doc, frame, fmt, vocab)
    f = frame
    fd.search("motto", f.motto, _MOTTO_RE)
    fd.search("slogan", f.slogan, _SLOGAN_RE)
    fd.search("number_line", f.number_line, _NUMBER_RE)
    fd.search("place_date", f.place_date, _PLACE_DATE_RE)
    _issuer(fd)
    _type_and_summary(fd)
    _salutation_and_grounds(fd)
    _closing(fd)
    for app in appendices:
        p = app.heading
        for start, end in pieces(p)[:1]:
            fd.add("appendix_label", p, start, end, TEXT)
        if app.title is not None:
            for start, end in pieces(app.title)[:1]:
                fd.add("appendix_title", app.title, start, end, POSITION)
        if app.note is not None and _NOTE_RE.match(app.note.match):
            q = app.note
            fd.add("appendix_note", q, *_trimmed(q), TEXT)
    _by_style(fd)
    return fd.out


def _trimmed(p: Paragraph) -> tuple[int, int]:
    text = p.match
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return start, end


def _issuer(fd: _Finder) -> None:
    """The issuer's lines: the last one names the issuing body (bold); those above it are the
    superior body, or the first lines of a long name (capitals, not necessarily bold). In a
    header laid out with tabs ("ỦY BAN NHÂN DÂN<tab>CỘNG HÒA …") each line's issuer is the
    piece before the motto or the slogan."""
    f = fd.frame
    if not f.issuer:
        return
    first = f.issuer[0]
    stop = f.number_line
    paras = list(f.issuer)
    if stop is not None and stop.part == first.part and stop.table == first.table and \
            stop.cell == first.cell and stop.row == first.row:
        paras = [p for p in fd.doc.body_paragraphs if p.part == first.part and
                 first.index <= p.index <= stop.index and p.table == first.table and
                 p.cell == first.cell and p.row == first.row] if first.part == "body" else paras
    lines: list[tuple[Paragraph, int, int]] = []
    for p in paras:
        # the issuer's column ends where the motto, the slogan, the number or the date begins
        cut = min((m.start() for rx in (_MOTTO_RE, _SLOGAN_RE, _NUMBER_RE, _PLACE_DATE_RE)
                   if (m := rx.search(p.match)) is not None), default=len(p.match))
        for start, end in pieces(p):
            piece = p.match[start:end]
            if end > cut:
                break
            if piece.strip() in ("*", "* * *") or upper_ratio(piece) <= 0.8:
                continue
            lines.append((p, start, end))
    if not lines:
        return
    head = lines[0]
    first_line = " ".join(fold(head[0].text[head[1]:head[2]]).upper().split())
    found_by = TEXT if first_line.startswith(fd.vocab.issuer_words) else POSITION
    for p, start, end in lines[:-1]:
        fd.add("superior", p, start, end, found_by)
    p, start, end = lines[-1]
    fd.add("issuer", p, start, end, found_by)


def _type_and_summary(fd: _Finder) -> None:
    f = fd.frame
    tn = f.type_name
    if tn is not None:
        for start, end in pieces(tn)[:1]:
            fd.add("type_name", tn, start, end, TEXT)
    s = f.summary
    if s is None:
        return
    if s is tn:
        # "BÁO CÁO<line break>tình hình …": the summary is the rest of the paragraph
        rest = pieces(s)[1:]
        if rest:
            fd.add("summary", s, rest[0][0], rest[-1][1], POSITION)
        return
    start, end = _trimmed(s)
    if start >= end:
        return
    if tn is None or s.part != tn.part or s.index < tn.index:
        if V_V_RE.match(s.match):  # a công văn's subject, under its number
            fd.add("subject", s, *pieces(s)[0], TEXT)
        return
    by = TEXT if s.match[start:].startswith(("Về ", "về ", "V/v ")) else POSITION
    fd.add("summary", s, start, end, by)


def _salutation_and_grounds(fd: _Finder) -> None:
    """"Kính gửi:" under the subject or the summary, and the grounds ("Căn cứ …") before the
    body of a decision."""
    f = fd.frame
    anchors = [p.index for p in (f.summary, f.type_name, f.number_line)
               if p is not None and p.part == "body"]
    if not anchors:
        return
    after = max(anchors)
    near = [p for p in fd.doc.body_paragraphs if after < p.index <= after + 30]
    for p in near:
        m = _SALUTATION_RE.match(p.match)
        if m:
            start = len(p.match) - len(p.match.lstrip())
            fd.add("salutation", p, start, m.end(), TEXT)
            break
    # The grounds of a decision or a resolution: "Căn cứ …;" lines, and "Theo đề nghị …"
    # closing them, right before the enacting word ("QUYẾT ĐỊNH:"). In a letter or a plan a
    # sentence starting "Căn cứ" is running text, not grounds.
    found: list[Paragraph] = []
    for p in near:
        if not p.match.strip():
            continue
        if p.table is None and (_GROUNDS_RE.match(p.match) or found and _PROPOSAL_RE.match(
                p.match)):
            found.append(p)
        elif found:
            if _ENACTING_RE.match(p.match):
                for q in found:
                    fd.add("grounds", q, *_trimmed(q), TEXT)
            break


def _closing(fd: _Finder) -> None:
    """"Nơi nhận:", the signer's authority, title and name."""
    f = fd.frame
    rec = f.recipients
    if rec is not None:
        fd.first_piece("recipients", rec, lambda s: _RECIPIENTS_LABEL_RE.match(s), TEXT)
    sa = f.signature_authority
    # the signature block's lines, in order, from the authority's paragraph on
    lines: list[tuple[Paragraph, int, int]] = []
    if sa is not None:
        block = [sa]
        block += [p for p in fd.doc.body_paragraphs if p.part == sa.part and
                  sa.index < p.index <= sa.index + 10 and p.table == sa.table and
                  p.cell == sa.cell and p.row == sa.row]
        for p in block:
            lines.extend((p, a, b) for a, b in pieces(p))
        # in a paragraph holding "Nơi nhận:<tab>KT. CHỦ TỊCH", only what follows the label
        lines = [x for x in lines if not _RECIPIENTS_LABEL_RE.match(x[0].match[x[1]:x[2]])
                 and not x[0].match[x[1]:x[2]].lstrip().startswith(("-", "+"))]
    elif f.signer_title is not None:
        st = f.signer_title
        lines = [(st, a, b) for a, b in pieces(st)[:1]]
        lines += [(p, a, b) for p in fd.doc.body_paragraphs
                  if p.part == st.part and st.index < p.index <= st.index + 8
                  and p.table == st.table and p.cell == st.cell for a, b in pieces(p)]
    stage = "authority" if sa is not None else "title"
    for p, start, end in lines:
        piece = p.match[start:end]
        if stage == "authority":
            if SIGN_AUTH_RE.match(piece) and upper_ratio(piece) > 0.6:
                fd.add("signature_authority", p, start, end, TEXT)
                continue
            stage = "title"
        if stage == "title":
            up = " ".join(fold(piece).upper().split())
            titled = up.startswith(fd.vocab.signer_titles)
            if (upper_ratio(piece) > 0.8 or titled) and len(piece) < 80:
                fd.add("signer_title", p, start, end, TEXT if titled else POSITION)
                stage = "name"
                continue
            if sa is None:
                break
            stage = "name"
        if stage == "name" and _is_name(piece):
            fd.add("signer_name", p, start, end, POSITION)
            break


def _is_name(piece: str) -> bool:
    """A person's name as signed: two to six words of letters, each capitalised ("Nguyễn
    Văn A", "Lò Văn Tú"), or typed in capitals after a common family name ("NGUYỄN VĂN A",
    which the capitals check reports; not a title such as "TRƯỞNG ĐOÀN"); not "(Đã ký)"
    nor "Ký tên"."""
    words = piece.split()
    if not 2 <= len(words) <= 6 or not all(w.isalpha() and w[0].isupper() for w in words):
        return False
    if all(w.isupper() for w in words):
        return words[0].capitalize() in _FAMILY_NAMES
    return True


# The commonest Vietnamese family names (nine in ten people bear one of them).
_FAMILY_NAMES = frozenset((
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Lương", "Trương", "Trịnh", "Mai", "Lâm", "Tô",
    "Hà", "Tạ", "Cao", "Đào", "Chu", "Châu", "Thái", "Lưu", "Quách", "Phùng", "Vương", "Kiều",
    "Triệu", "Mạc", "Nông", "Tăng", "Lò", "Hứa", "Từ", "Văn", "Thân", "Khổng", "Âu", "Giang",
    "Lục", "Hầu", "Tôn", "Ông", "Diệp", "Kim", "Quan", "Tống",
))


def _by_style(fd: _Finder) -> None:
    """Elements the frame did not find but a paragraph's style names (templates with a style
    per element): the first paragraph of that style in the header or closing blocks."""
    if not fd.styles:
        return
    have = {e.name for e in fd.out}
    for p in fd.doc.body_paragraphs:
        name = fd.styles.get(style_key(p.style))
        if name is None or name in have or name in ("grounds",):
            continue
        start, end = _trimmed(p)
        if start < end:
            fd.add(name, p, start, end, STYLE)
            have.add(name)


__all__ = ["POSITION", "STYLE", "TEXT", "Element", "elements", "pieces", "style_key"]
