"""The frame of a report: header block, type name, summary line, recipients and signature.

Computed once per document (cached on the rule context) and shared by the structure rules,
the date rules (the report's own date) and the code rules (the report's own number). The
frame is looked for where drafters put it: in body paragraphs, in borderless tables (the
usual layout) and in text boxes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from validator.model import Document, Paragraph, fold
from validator.rule import Context

ISSUER_WORDS = (
    "THÀNH ỦY",
    "THÀNH UỶ",
    "TỈNH ỦY",
    "TỈNH UỶ",
    "HUYỆN ỦY",
    "HUYỆN UỶ",
    "QUẬN ỦY",
    "QUẬN UỶ",
    "THỊ ỦY",
    "THỊ UỶ",
    "ĐẢNG ỦY",
    "ĐẢNG UỶ",
    "ĐẢNG BỘ",
    "CHI BỘ",
    "BAN CHẤP HÀNH",
    "BAN THƯỜNG VỤ",
    "BAN TỔ CHỨC",
    "BAN TUYÊN GIÁO",
    "BAN DÂN VẬN",
    "BAN NỘI CHÍNH",
    "VĂN PHÒNG",
    "ỦY BAN",
    "UỶ BAN",
    "HỘI ĐỒNG",
    "SỞ ",
    "BỘ ",
    "BAN ",
    "CÔNG AN",
    "CỤC ",
    "TỔNG CỤC",
    "CHÍNH PHỦ",
    "THANH TRA",
    "TRƯỜNG",
    "BAN CHỈ ĐẠO",
    "ĐOÀN",
    "MẶT TRẬN",
    "TÒA ÁN",
    "VIỆN KIỂM SÁT",
    "KHO BẠC",
    "BẢO HIỂM",
    "ĐẠI HỘI",
    "CÔNG TY",
    "TẬP ĐOÀN",
    "LIÊN ĐOÀN",
    "HỘI ",
    "HIỆP HỘI",
    "QUỸ",
    "BỆNH VIỆN",
    "TRUNG TÂM",
    "PHÒNG",
)
PARTY_MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM"
NATIONAL_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO_ALT = "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
SLOGAN = "Độc lập - Tự do - Hạnh phúc"

DOC_TYPES = (
    "BÁO CÁO",
    "NGHỊ QUYẾT",
    "QUYẾT ĐỊNH",
    "QUY ĐỊNH",
    "QUY CHẾ",
    "CHỈ THỊ",
    "KẾT LUẬN",
    "THÔNG BÁO",
    "THÔNG TRI",
    "THÔNG CÁO",
    "HƯỚNG DẪN",
    "CHƯƠNG TRÌNH",
    "KẾ HOẠCH",
    "PHƯƠNG ÁN",
    "ĐỀ ÁN",
    "DỰ ÁN",
    "TỜ TRÌNH",
    "BIÊN BẢN",
    "CÔNG ĐIỆN",
    "HỢP ĐỒNG",
    "GIẤY MỜI",
    "GIẤY GIỚI THIỆU",
    "GIẤY ỦY QUYỀN",
    "GIẤY NGHỈ PHÉP",
    "BẢN GHI NHỚ",
    "BẢN THỎA THUẬN",
    "PHIẾU TRÌNH",
    "PHIẾU GỬI",
    "PHIẾU CHUYỂN",
    "PHIẾU BÁO",
    "ĐIỀU LỆ",
    "DIỄN VĂN",
    "BÀI PHÁT BIỂU",
    "TÀI LIỆU",
    "ĐỀ CƯƠNG",
    "QUY HOẠCH",
    "THƯ CÔNG",
    "NGHỊ ĐỊNH",
    "THÔNG TƯ LIÊN TỊCH",
    "THÔNG TƯ",
    "PHÁP LỆNH",
    "LUẬT",
    "LỆNH",
    "TUYÊN BỐ",
    "LỜI KÊU GỌI",
    "GIẤY CHỨNG NHẬN",
    "GIẤY ĐI ĐƯỜNG",
    "BẢN SAO",
)
# Types an agency issues under its number: with an issuer line they make a document
# recognisable even when its number line is missing.
ISSUED_TYPES = (
    "BÁO CÁO",
    "NGHỊ QUYẾT",
    "QUYẾT ĐỊNH",
    "QUY ĐỊNH",
    "QUY CHẾ",
    "CHỈ THỊ",
    "KẾT LUẬN",
    "THÔNG BÁO",
    "THÔNG TRI",
    "THÔNG CÁO",
    "HƯỚNG DẪN",
    "CHƯƠNG TRÌNH",
    "KẾ HOẠCH",
    "PHƯƠNG ÁN",
    "ĐỀ ÁN",
    "TỜ TRÌNH",
    "CÔNG ĐIỆN",
    "NGHỊ ĐỊNH",
    "THÔNG TƯ",
)
# Type codes of the number line (NĐ 30 Phụ lục III, HD 36): a symbol without one is a công văn.
TYPE_CODES = frozenset(
    (
        "NQ",
        "QĐ",
        "QĐi",
        "QyĐ",
        "CT",
        "QC",
        "TC",
        "TB",
        "HD",
        "CTr",
        "KH",
        "PA",
        "ĐA",
        "DA",
        "BC",
        "BB",
        "TTr",
        "HĐ",
        "CĐ",
        "BGN",
        "BTT",
        "GUQ",
        "GM",
        "GGT",
        "GNP",
        "PG",
        "PC",
        "PB",
        "SY",
        "TrS",
        "SL",
        "KL",
        "TT",
        "QH",
        "BS",
        "NĐ",
        "TTLT",
        "VBHN",
        "L",
        "PL",
        "GCN",
        "GĐĐ",
        "PT",
        "TTg",
    )
)
CONG_VAN = "CÔNG VĂN"
# Issuer lines of bodies that sit under a superior one ("ĐẢNG BỘ TỈNH …" above them).
SUPERIOR_WORDS = ("ĐẢNG BỘ", "ĐẢNG ỦY", "TỈNH ỦY", "THÀNH ỦY", "HUYỆN ỦY", "QUẬN ỦY")

# "Số 28-BC/TU", "Số: 28/BC-UBND", "Số:      /BC-UBND", "Số    -BC/TU"
NUMBER_LINE_RE = re.compile(r"^\s*Số\s*(:?)\s*([0-9]*)\s*([-/])?\s*([^\s].*)?$")
# "Hải Phòng, ngày 30 tháng 01 năm 2026", "Lâm Đồng, ngày    tháng 12 năm 2025"
PLACE_DATE_RE = re.compile(
    r"^\s*(?P<place>[^\d,]{2,60}?)\s*,\s*ngày\s*(?P<d>\d{1,2})?[\s.…_]*tháng\s*(?P<m>\d{1,2})?"
    r"[\s.…_]*năm\s*(?P<y>\d{4})\s*\.?\s*$",
    re.IGNORECASE,
)
# The number-and-symbol form (number may be blank): "Số 28-BC/TU", "Số: 30/2020/NĐ-CP",
# "Số:      /BC-UBND", "Số      -QC/ĐU"; not "Số điện thoại:", "Số hiệu:", "Số: {{x}}".
NUMBER_FORM_RE = re.compile(
    r"^\s*Số\s*:?\s*[\d.…_ ]*(?:/\s*\d{4}\s*)?[-/]\s*([A-ZĐ][A-Za-zĐđ]*)"
    r"(?:[-/.&][A-ZĐa-zđ0-9()]+)*"
)
V_V_RE = re.compile(r"^\s*(V/v|Về việc)\b")
SEGMENT_RE = re.compile(r"\t+|\n| {3,}")
POSITIONS = (
    "CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "GIÁM ĐỐC",
    "PHÓ GIÁM ĐỐC",
    "TỔNG GIÁM ĐỐC",
    "BÍ THƯ",
    "PHÓ BÍ THƯ",
    "TRƯỞNG BAN",
    "PHÓ TRƯỞNG BAN",
    "CHÁNH VĂN PHÒNG",
    "PHÓ CHÁNH VĂN PHÒNG",
    "TRƯỞNG PHÒNG",
    "THỦ TRƯỞNG",
    "BỘ TRƯỞNG",
    "THỨ TRƯỞNG",
    "THỦ TƯỚNG",
    "PHÓ THỦ TƯỚNG",
    "CHỦ NHIỆM",
    "PHÓ CHỦ NHIỆM",
    "VIỆN TRƯỞNG",
    "HIỆU TRƯỞNG",
    "CHÁNH ÁN",
    "CỤC TRƯỞNG",
    "CHÁNH THANH TRA",
    "TRƯỞNG ĐOÀN",
    "CHỦ TỌA",
    "THƯ KÝ",
    "TỔNG CỤC TRƯỞNG",
    "GIÁM ĐỐC SỞ",
    "KHO BẠC",
    "TRƯỞNG",
    "CHỦ TỊCH NƯỚC",
    "TỔNG BÍ THƯ",
    "BAN THƯỜNG VỤ",
)
SIGN_AUTH_RE = re.compile(r"^\s*(T/M|K/T|T/L|TM\.|KT\.|TL\.|TUQ\.|Q\.|TM|KT|TL)\s+\S", re.UNICODE)
RECIPIENTS_RE = re.compile(r"^\s*Nơi\s+nhận\s*:?", re.IGNORECASE)
ARCHIVE_RE = re.compile(r"^\s*[-–+•]?\s*Lưu\b", re.IGNORECASE)


@dataclass(frozen=True)
class ReportDate:
    year: int
    month: int | None
    day: int | None
    paragraph: Paragraph


@dataclass
class Frame:
    issuer: list[Paragraph] = field(default_factory=list)  # issuer lines (superior first)
    asterisk: Paragraph | None = None
    number_line: Paragraph | None = None
    motto: Paragraph | None = None  # Party title or national motto
    slogan: Paragraph | None = None
    place_date: Paragraph | None = None
    date: ReportDate | None = None
    type_name: Paragraph | None = None
    summary: Paragraph | None = None
    recipients: Paragraph | None = None
    recipient_lines: list[Paragraph] = field(default_factory=list)
    archive: Paragraph | None = None
    signature_authority: Paragraph | None = None
    signer_title: Paragraph | None = None
    signer_name: Paragraph | None = None
    system: str | None = None  # "party" | "state" from the motto / number line
    body_start: int | None = None  # index of the first paragraph after the summary line
    body_end: int | None = None  # index of the "Nơi nhận"/signature paragraph

    @property
    def is_draft_number(self) -> bool:
        """The number is left blank for the records office ("Số:   /BC-UBND")."""
        if self.number_line is None:
            return False
        m = NUMBER_LINE_RE.match(fold(self.number_line.text))
        return bool(m) and not m.group(2)


def _norm(text: str) -> str:
    return " ".join(fold(text).replace("Uỷ", "Ủy").replace("uỷ", "ủy").split())


def _upper_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(c.isupper() for c in letters) / len(letters)


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


def frame(doc: Document, ctx: Context | None = None) -> Frame:
    """The document's frame, computed once per document when a context is given."""
    if ctx is not None:
        hit = ctx.cache.get("frame")
        if hit is not None:
            return hit  # type: ignore[no-any-return]
    f = _compute(doc)
    if ctx is not None:
        ctx.cache["frame"] = f
    return f


def _compute(doc: Document) -> Frame:
    f = Frame()
    head = _head_candidates(doc)
    for p in head:
        lines = [ln for ln in p.text.split("\n")]
        n = _norm(p.text)
        upper = n.upper()
        if f.motto is None and (
            PARTY_MOTTO in upper or "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" in upper.replace("HOÀ", "HÒA")
        ):
            f.motto = p
            f.system = "party" if PARTY_MOTTO in upper else "state"
            if "Độc lập" in n or "ĐỘC LẬP" in upper:
                f.slogan = p
            continue
        if f.slogan is None and (
            "độc lập - tự do - hạnh phúc" in n.lower() or "độc lập -tự do- hạnh phúc" in n.lower()
        ):
            f.slogan = p
            continue
        if (
            f.number_line is None
            and re.match(r"^\s*Số\b", n)
            and len(n) < 60
            and ("/" in n or "-" in n or ":" in n)
        ):
            f.number_line = p
            continue
        if f.place_date is None:
            for ln in lines:
                m = PLACE_DATE_RE.match(_norm(ln))
                if m:
                    f.place_date = p
                    f.date = ReportDate(
                        int(m.group("y")),
                        int(m.group("m")) if m.group("m") else None,
                        int(m.group("d")) if m.group("d") else None,
                        p,
                    )
                    break
            if f.place_date is p:
                continue
        if n.strip() in ("*", "* *", "***", "*****") and f.asterisk is None:
            f.asterisk = p
            continue
        if f.type_name is None and p.table is None and not p.in_textbox:
            first = _norm(p.text.split("\n")[0]).upper().strip()
            if first in DOC_TYPES or (
                first.startswith(DOC_TYPES) and len(first) < 40 and _upper_ratio(first) > 0.9
            ):
                f.type_name = p
                continue
    # issuer: uppercase lines in the cell/paragraph before the number line
    if f.number_line is not None:
        nl = f.number_line
        pool = [
            p
            for p in head
            if p.index < nl.index
            and (p.table == nl.table)
            and (p.cell == nl.cell or nl.table is None)
            and p.in_textbox == nl.in_textbox
        ]
        if not pool and nl.in_textbox:
            pool = [p for p in doc.textboxes if p.index < nl.index]
        for p in pool:
            t = _norm(p.text)
            if t and _upper_ratio(t) > 0.8 and t.strip() not in ("*",) and p is not f.motto:
                f.issuer.append(p)
    else:
        for p in head[:10]:
            t = _norm(p.text).upper()
            if (
                p is not f.motto
                and any(t.startswith(wd) for wd in ISSUER_WORDS)
                and _upper_ratio(p.text) > 0.8
            ):
                f.issuer.append(p)
                break
    if f.system is None and f.number_line is not None:
        t = fold(f.number_line.text)
        if re.search(r"Số\s*:", t):
            f.system = "state"
        elif re.search(r"\d*\s*-\s*[A-ZĐ][A-Za-zĐ]*/", t):
            f.system = "party"
    # summary line after the type name
    if f.type_name is not None:
        after = [p for p in doc.body_paragraphs if p.index > f.type_name.index and p.table is None][
            :3
        ]
        for p in after:
            if p.text.strip():
                f.summary = p
                break
        start = f.summary.index + 1 if f.summary else f.type_name.index + 1
        for p in doc.body_paragraphs:
            if p.index >= start and p.table is None and p.text.strip().strip("-–_ "):
                f.body_start = p.index
                break
    _tail(doc, f)
    return f


def _tail(doc: Document, f: Frame) -> None:
    """Recipients and signature: after the body, before the appendices."""
    start = f.body_start or 0
    paras = [p for p in doc.body_paragraphs if p.index >= start]
    paras += list(doc.textboxes)
    for p in paras:
        t = _norm(p.text)
        if f.recipients is None and RECIPIENTS_RE.match(t):
            f.recipients = p
            continue
        if (
            f.recipients is not None
            and f.archive is None
            and (
                p.table == f.recipients.table
                and p.cell == f.recipients.cell
                or p.index <= f.recipients.index + 15
            )
        ):
            if ARCHIVE_RE.match(t):
                f.archive = p
            elif t.startswith(("-", "+", "•")) and p.index > f.recipients.index:
                f.recipient_lines.append(p)
        if f.signature_authority is None and SIGN_AUTH_RE.match(t) and _upper_ratio(t) > 0.6:
            f.signature_authority = p
            continue
        if (
            f.signature_authority is not None
            and f.signer_title is None
            and t
            and p.index > f.signature_authority.index
            and _upper_ratio(t) > 0.8
            and p.index - f.signature_authority.index <= 2
        ):
            f.signer_title = p
            continue
        if (
            f.signature_authority is not None
            and f.signer_name is None
            and t
            and p.index > f.signature_authority.index
            and p.index - f.signature_authority.index <= 8
            and _upper_ratio(t) < 0.8
            and len(t) < 60
            and not ARCHIVE_RE.match(t)
            and not t.startswith(("-", "+"))
        ):
            f.signer_name = p
    cands = [x for x in (f.recipients, f.signature_authority) if x is not None and not x.in_textbox]
    f.body_end = min((x.index for x in cands), default=None)


def report_date(doc: Document, ctx: Context | None = None) -> ReportDate | None:
    """The report's own date from its place-and-date line (day/month may be blank in a
    draft), or the ``report_date`` setting ("YYYY-MM-DD" or "YYYY-MM") when given."""
    if ctx is not None:
        override = ctx.setting("report_date")
        if override:
            parts = [int(x) for x in str(override).split("-")]
            f = frame(doc, ctx)
            anchor = f.place_date or (doc.body_paragraphs[0] if doc.body_paragraphs else None)
            if anchor is not None:
                return ReportDate(
                    parts[0],
                    parts[1] if len(parts) > 1 else None,
                    parts[2] if len(parts) > 2 else None,
                    anchor,
                )
    return frame(doc, ctx).date
