"""The frame of a report: header block, type name, summary line, recipients and signature.

Computed once per document (``analysis.frame``) and read by profile detection, the structure
rules, the date rules (the report's own date) and the code rules (the report's own number).
The frame is looked for where drafters put it: in body paragraphs, in borderless tables (the
usual layout) and in text boxes. The words it looks for (document types and their codes,
issuer words, signer titles) come from the run's :class:`~validator.vocabulary.Vocabulary`.
"""

from __future__ import annotations

import re

import msgspec

from validator import recache
from validator.model import Document, Paragraph, fold
from validator.vocabulary import Vocabulary

PARTY_MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM"

CONG_VAN = "CÔNG VĂN"
# "Số 28-BC/TU", "Số: 28/BC-UBND", "Số:      /BC-UBND", "Số    -BC/TU"
NUMBER_LINE_RE = recache.compile(r"^\s*Số\s*(:?)\s*([0-9]*)\s*([-/])?\s*([^\s].*)?$")
# "Hải Phòng, ngày 30 tháng 01 năm 2026", "Lâm Đồng, ngày    tháng 12 năm 2025"
PLACE_DATE_RE = recache.compile(
    r"^\s*(?P<place>[^\d,]{2,60}?)\s*,\s*ngày\s*(?P<d>\d{1,2})?[\s.…_]*tháng\s*(?P<m>\d{1,2})?"
    r"[\s.…_]*năm\s*(?P<y>\d{4})\s*\.?\s*$",
    re.IGNORECASE,
)
# The line as drafts have it: comma may be missing, day, month and even year left blank
# ("Hà Nội  ngày      tháng      năm 2020", "Lâm Đồng, ngày    tháng    năm ").
PLACE_DATE_LOOSE_RE = recache.compile(
    r"^\s*(?P<place>[^\d,]{2,60}?)\s*,?\s*ngày\s*(?P<d>\d{1,2})?[\s.…_]*tháng\s*"
    r"(?P<m>\d{1,2})?[\s.…_]*năm\s*(?P<y>\d{4})?[\s.…_]*$",
    re.IGNORECASE,
)
# The number-and-symbol form (number may be blank): "Số 28-BC/TU", "Số: 30/2020/NĐ-CP",
# "Số:      /BC-UBND", "Số      -QC/ĐU"; not "Số điện thoại:", "Số hiệu:", "Số: {{x}}".
NUMBER_FORM_RE = recache.compile(
    r"^\s*Số\s*:?\s*[\d.…_ ]*(?:/\s*\d{4}\s*)?[-/]\s*([A-ZĐ][A-Za-zĐđ]*)"
    r"(?:[-/.&][A-ZĐa-zđ0-9()]+)*"
)
V_V_RE = recache.compile(r"^\s*(V/v|Về việc)\b")
SEGMENT_RE = recache.compile(r"\t+|\n| {3,}")
SIGN_AUTH_RE = recache.compile(
    r"^\s*(T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.|Q\.|TM|KT|TL)\s+\S", re.UNICODE
)
RECIPIENTS_RE = recache.compile(r"^\s*Nơi\s+nhận\s*:?", re.IGNORECASE)
ARCHIVE_RE = recache.compile(r"^\s*[-–+•]?\s*Lưu\b", re.IGNORECASE)


class ReportDate(msgspec.Struct, frozen=True):
    year: int
    month: int | None
    day: int | None
    paragraph: Paragraph


class Frame(msgspec.Struct):
    issuer: list[Paragraph] = msgspec.field(default_factory=list)  # issuer lines (superior first)
    asterisk: Paragraph | None = None
    issuer_rule: Paragraph | None = None  # "-------" under the issuer, where "*" belongs
    number_line: Paragraph | None = None
    motto: Paragraph | None = None  # Party title or national motto
    slogan: Paragraph | None = None
    place_date: Paragraph | None = None
    date: ReportDate | None = None
    type_name: Paragraph | None = None
    summary: Paragraph | None = None
    recipients: Paragraph | None = None
    recipient_lines: list[Paragraph] = msgspec.field(default_factory=list)
    archive: Paragraph | None = None
    signature_authority: Paragraph | None = None
    signer_title: Paragraph | None = None
    signer_name: Paragraph | None = None
    system: str | None = None  # "party" | "state" from the motto / number line
    body_start: int | None = None  # index of the first paragraph after the summary line
    body_end: int | None = None  # index of the "Nơi nhận"/signature paragraph
    # The type name in capitals ("BÁO CÁO"), "CÔNG VĂN" for a công văn, else "".
    doc_type: str = ""
    # A recognisable administrative document: a Party or state header with a number line, or
    # an issuer and an issued type name (so a missing number line is still reported). Forms,
    # petitions and templates have neither and stay out of the frame rules.
    is_administrative: bool = False

    @property
    def is_draft_number(self) -> bool:
        """The number is left blank for the records office ("Số:   /BC-UBND")."""
        if self.number_line is None:
            return False
        m = NUMBER_LINE_RE.match(fold(_number_segment(self.number_line.text)))
        return m is not None and not m.group(2)

    @property
    def type_code(self) -> str | None:
        """The type code of the document's own number ("BC" in "Số 28-BC/TU"), if any."""
        if self.number_line is None:
            return None
        t = fold(_number_segment(self.number_line.text))
        if self.system == "party":
            m = re.search(r"-\s*([A-ZĐ][A-Za-zĐđ]*)\s*/", t)
        elif re.search(r"/\d{4}/", t):
            m = re.search(r"/\d{4}/([A-ZĐ][A-Za-zĐđ]*)", t)
        else:
            m = re.search(r"/\s*([A-ZĐ][A-Za-zĐđ]*)\s*-", t)
        return m.group(1) if m else None

    @property
    def summary_text(self) -> str:
        if self.summary is None:
            return ""
        if self.summary is self.type_name:
            return "\n".join(self.summary.text.split("\n")[1:])
        return self.summary.text

    @property
    def header(self) -> Paragraph | None:
        """The first paragraph of the header block (for locating a missing element)."""
        found = [p for p in (*self.issuer, self.motto, self.number_line, self.place_date)
                 if p is not None]
        return min(found, key=lambda p: (p.part != "body", p.index)) if found else None

    @property
    def signature(self) -> Paragraph | None:
        return self.signature_authority or self.signer_title


def _norm(text: str) -> str:
    return _norm_folded(fold(text))


def _norm_folded(t: str) -> str:
    """``_norm`` of a text already folded (fold is idempotent)."""
    if "ỷ" in t or "Ỷ" in t:  # the old spelling "Uỷ", "uỷ", "UỶ" only
        t = t.replace("Uỷ", "Ủy").replace("uỷ", "ủy").replace("UỶ", "ỦY")
    return " ".join(t.split())


def upper_ratio(text: str) -> float:
    """The share of capitals among the letters of ``text`` (0.0 without letters)."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c.isupper() for c in letters) / len(letters)


def _segments(text: str) -> list[str]:
    """Pieces of a header paragraph laid out with tabs or runs of spaces."""
    return [x for x in (s.strip() for s in SEGMENT_RE.split(text)) if x]


_LINES_RE = recache.compile(r"[\t\n]+")
_SPACES_RE = recache.compile(r" {3,}")


def _segs(text: str) -> list[str]:
    """Normalised pieces of a paragraph: its tab-separated columns and lines, and each tail
    after a run of spaces ("Số 28-BC/TU      Hải Phòng, ngày …" gives both columns, while
    the blanks of "Số:      /BC-UBND" stay inside one piece)."""
    out: list[str] = []
    for raw in _LINES_RE.split(text):
        piece = fold(raw)
        if not piece.strip():
            continue
        out.append(_norm_folded(piece))
        if "   " not in piece:
            continue  # no run of three spaces: no tail
        for m in _SPACES_RE.finditer(piece):
            tail = _norm_folded(piece[m.end():])
            if tail:
                out.append(tail)
    return out


def _number_segment(text: str) -> str:
    for seg in _segments(text):
        if NUMBER_FORM_RE.match(fold(seg)):
            return seg
    return text


def _head_candidates(doc: Document, limit: int = 60) -> list[Paragraph]:
    """Paragraphs where a header block can stand: the first ones of the body (tables too)
    and text boxes anchored there."""
    out: list[Paragraph] = []
    for p in doc.body_paragraphs:
        if p.index >= limit:
            break
        out.append(p)
    out.extend(tb for tb in doc.textboxes[:20])
    return out


def _is_motto(upper: str) -> str | None:
    if PARTY_MOTTO in upper:
        return "party"
    if "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" in upper.replace("HOÀ", "HÒA"):
        return "state"
    return None


def _is_type_line(p: Paragraph, vocab: Vocabulary) -> bool:
    first = _norm(p.text.split("\n")[0]).upper().strip()
    types = vocab.heading_types
    if first in types:
        return True
    return (first.startswith(types) and len(first) < 40 and upper_ratio(first) > 0.9
            and not first.startswith(("QUY ĐỊNH CHUNG", "LUẬT ")))


def compute_frame(doc: Document, vocab: Vocabulary) -> Frame:
    """The frame of ``doc``, read with ``vocab``."""
    f = Frame()
    head = _head_candidates(doc)
    last_header: Paragraph | None = None  # last body paragraph of the header block
    for p in head:
        n = _norm(p.text)
        upper = n.upper()
        segs = _segs(p.text)
        hit = False
        system = _is_motto(upper)
        if f.motto is None and system:
            f.motto, f.system, hit = p, system, True
        if f.slogan is None and "độc lập" in n.lower() and "hạnh phúc" in n.lower():
            f.slogan, hit = p, True
        if f.number_line is None and any(NUMBER_FORM_RE.match(x) for x in segs):
            f.number_line, hit = p, True
        if f.place_date is None:
            for seg in segs:
                m = PLACE_DATE_RE.match(seg) or PLACE_DATE_LOOSE_RE.match(seg)
                if m:
                    f.place_date, hit = p, True
                    if m.group("y"):
                        f.date = ReportDate(
                            int(m.group("y")), int(m.group("m")) if m.group("m") else None,
                            int(m.group("d")) if m.group("d") else None, p)
                    break
        if f.asterisk is None and n.strip() in ("*", "* *", "***", "*****", "* * *"):
            f.asterisk, hit = p, True
        if f.summary is None and f.type_name is None and V_V_RE.match(n) and \
                f.number_line is not None and p.index - f.number_line.index <= 3:
            f.summary, hit = p, True  # công văn: "V/v …" under the number
        if hit:
            if p.part == "body" and (last_header is None or p.index > last_header.index):
                last_header = p
            continue
        if f.type_name is None and p.table is None and not p.in_textbox \
                and _is_type_line(p, vocab) \
                and (last_header is None or p.index - last_header.index <= 8):
            f.type_name = p
    _issuer(f, head, vocab)
    if f.system is None and f.number_line is not None:
        t = fold(_number_segment(f.number_line.text))
        if re.search(r"Số\s*:", t):
            f.system = "state"
        elif re.search(r"\d*\s*-\s*[A-ZĐ][A-Za-zĐ]*/", t):
            f.system = "party"
    _summary(doc, f)
    _tail(doc, f, vocab)
    f.doc_type = _doc_type(f, vocab)
    f.is_administrative = _is_administrative(f, vocab)
    return f


def _doc_type(f: Frame, vocab: Vocabulary) -> str:
    if f.type_name is not None:
        first = _norm(f.type_name.text.split("\n")[0]).upper().strip()
        for t in vocab.heading_types_longest_first:
            if first.startswith(t):
                return t
        return first
    if f.summary is not None and V_V_RE.match(fold(f.summary.text)):
        return CONG_VAN
    code = f.type_code
    if f.number_line is not None and code not in vocab.number_codes:  # CV and None included
        return CONG_VAN
    return ""


def _is_administrative(f: Frame, vocab: Vocabulary) -> bool:
    if f.system is None:
        return False
    if f.doc_type.startswith(("PHIẾU", "ĐƠN", "TỜ KHAI", "HỢP ĐỒNG", "GIẤY ĐỀ NGHỊ")):
        return False
    if f.number_line is not None:
        return True
    return bool(f.issuer) and f.doc_type in vocab.issued_types


def _issuer(f: Frame, head: list[Paragraph], vocab: Vocabulary) -> None:
    """Issuer lines: capitals in the header cell above the number line (or, without a number
    line, a line naming a body at the top)."""
    nl = f.number_line
    if nl is not None:
        pool = [p for p in head if p.index < nl.index and p.part == nl.part
                and p.table == nl.table and (p.cell == nl.cell or nl.table is None)]
        for p in pool:
            t = _norm(p.text)
            if t and upper_ratio(t) > 0.8 and t.strip() not in ("*",) and p is not f.motto:
                f.issuer.append(p)
            elif len(t) >= 3 and not t.strip("-_–—. "):
                f.issuer_rule = p  # a drawn or typed rule under the issuer (state style)
    if not f.issuer and f.motto is not None:
        # "THÀNH ỦY HẢI PHÒNG<tab>ĐẢNG CỘNG SẢN VIỆT NAM" on one line
        before = _norm(f.motto.text).upper().split(PARTY_MOTTO)[0].split("CỘNG H")[0].strip()
        if before and before.startswith(vocab.issuer_words):
            f.issuer.append(f.motto)
    if not f.issuer:
        for p in head[:10]:
            t = _norm(p.text).upper()
            if p is not f.motto and t.startswith(vocab.issuer_words) and \
                    upper_ratio(p.text) > 0.8 and not _is_type_line(p, vocab):
                f.issuer.append(p)
                break


_NOT_SUMMARY = ("Kính gửi", "Căn cứ", "Thực hiện", "Để ", "Ngày ")


def _summary(doc: Document, f: Frame) -> None:
    """The summary line (trích yếu) under the type name, and where the body starts."""
    if f.type_name is None:
        return
    if "\n" in f.type_name.text.strip() and f.summary is None:
        f.summary = f.type_name
    after = [p for p in doc.body_paragraphs if p.index > f.type_name.index][:5]
    if f.summary is None:
        for p in after:
            t = _norm(p.text)
            if not t or set(t) <= set("-_–. "):
                continue
            if not t.startswith(_NOT_SUMMARY) and len(t) < 300 and p.outline_kind not in (
                    "roman", "part") and not re.match(r"^(Điều|Chương|Phần)\s", t):
                f.summary = p
            break
    start = (f.summary.index if f.summary else f.type_name.index) + 1
    for p in doc.body_paragraphs:
        if p.index >= start and p.table is None and p.text.strip().strip("-–_ "):
            f.body_start = p.index
            break


def _is_position(t: str, vocab: Vocabulary) -> bool:
    if len(t) > 80:
        return False
    up = t.upper().strip()
    return len(up) < 60 and up.startswith(vocab.signer_titles) and upper_ratio(t) > 0.8


def _tail(doc: Document, f: Frame, vocab: Vocabulary) -> None:
    """Recipients and signature: after the body, before the appendices."""
    header_end = max((p.index for p in (*f.issuer, f.motto, f.number_line, f.place_date,
                                        f.type_name, f.summary)
                      if p is not None and p.part == "body"), default=-1)
    start = f.body_start or header_end + 1
    paras = [p for p in doc.body_paragraphs if p.index >= start]
    paras += [p for p in doc.textboxes if p not in (f.motto, f.number_line, f.place_date,
                                                    *f.issuer)]
    for p in paras:
        t = _norm(p.text)
        segs = _segs(p.text) or [t]
        near_rec = f.recipients is not None and p.part == f.recipients.part and (
            (p.table is not None and p.table == f.recipients.table and p.cell ==
             f.recipients.cell) or 0 < p.index - f.recipients.index <= 15)
        if f.recipients is None and RECIPIENTS_RE.match(t):
            f.recipients = p
            if not any(SIGN_AUTH_RE.match(x) or ARCHIVE_RE.match(x) for x in segs[1:]):
                continue
        if f.recipients is not None and f.archive is None and (near_rec or p is f.recipients):
            if any(ARCHIVE_RE.match(ln) for ln in segs):
                f.archive = p
            elif t.startswith(("-", "+", "•")) and p.index > f.recipients.index:
                f.recipient_lines.append(p)
        if f.signature_authority is None and any(
                SIGN_AUTH_RE.match(x) and upper_ratio(x) > 0.6 for x in segs):
            f.signature_authority = p
            continue
        sa = f.signature_authority
        if sa is not None and f.signer_title is None and t and p.part == sa.part and \
                p.index > sa.index and upper_ratio(t) > 0.8 and p.index - sa.index <= 2:
            f.signer_title = p
            continue
        if sa is None and f.signer_title is None and _is_position(t, vocab) and (
                f.recipients is not None or p.table is not None):
            f.signer_title = p  # a head signing in his own right: "CHỦ TỊCH", then the name
            continue
        anchor = sa or f.signer_title
        if anchor is not None and f.signer_name is None and t and p.part == anchor.part and \
                p.index > anchor.index and p.index - anchor.index <= 8 and \
                upper_ratio(t) < 0.8 and len(t) < 60 and not ARCHIVE_RE.match(t) and \
                not t.startswith(("-", "+")):
            f.signer_name = p
        if f.recipients is not None and f.archive is not None and f.signer_name is not None \
                and (sa is not None or f.signer_title is not None) \
                and p.index - f.recipients.index > 15:
            break  # the closing block is complete; the appendices have nothing more of it
    cands = [x for x in (f.recipients, f.signature_authority) if x is not None and not
             x.in_textbox]
    f.body_end = min((x.index for x in cands), default=None)


def report_date(
    doc: Document, f: Frame, configured: str | None, override: bool = False
) -> ReportDate | None:
    """The report's own date: its place-and-date line (day and month may be blank in a draft).

    ``configured`` (the ``report_date`` setting, "YYYY-MM-DD" or "YYYY-MM") stands in for a
    date line that is missing or whose day is still blank; a date line filled in wins over
    it, unless ``override`` (the ``report_date_override`` setting) says otherwise explicitly.
    """
    written = f.date
    if not configured:
        return written
    if written is not None and written.day is not None and not override:
        return written
    anchor = f.place_date or (doc.body_paragraphs[0] if doc.body_paragraphs else None)
    if anchor is None:
        return written
    parts = [int(x) for x in str(configured).split("-")]
    return ReportDate(
        parts[0],
        parts[1] if len(parts) > 1 else None,
        parts[2] if len(parts) > 2 else None,
        anchor,
    )
