"""The frame finder (analysis.frame): header block, type name, summary, recipients, signature.

Also holds ``report()``, the outline builder the structure rule tests share: a full Party or
state report whose frame elements can each be left out, laid out in a borderless table, in text
boxes or in plain paragraphs, optionally typed in NFD.
"""

from __future__ import annotations

import pytest

from tests.harness import load
from validator.analysis import Analysis, Frame, ReportDate
from validator.model import Document

PARTY_BODY = """\
p: I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
p: Ban Thường vụ Thành ủy tổ chức 03 hội nghị.
p: II. KẾT QUẢ THỰC HIỆN
p: Tăng trưởng kinh tế đạt kế hoạch.
p: III. MỘT SỐ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN
p: Giải ngân vốn đầu tư công còn chậm.
p: IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 02 NĂM 2026
p: Tập trung chuẩn bị bầu cử."""

STATE_BODY = """\
p: I. KẾT QUẢ ĐẠT ĐƯỢC
p: Các chỉ tiêu cơ bản đạt kế hoạch.
p: II. NHIỆM VỤ THỜI GIAN TỚI
p: Tiếp tục triển khai."""


def frame(doc: Document) -> Frame:
    return Analysis(doc).frame


def report_date(doc: Document) -> ReportDate | None:
    return Analysis(doc).report_date


def report(
    system: str = "party",
    *,
    body: str | None = None,
    issuer: bool = True,
    superior: str | None = None,
    asterisk: bool = True,
    number: str | None = None,
    motto: bool = True,
    slogan: bool = True,
    date: str | None = None,
    title: str | None = "BÁO CÁO",
    summary: str | None = None,
    recipients: bool = True,
    archive: bool = True,
    signature: bool = True,
    layout: str = "table",
    nfd: bool = False,
    head_expect: str = "",
    title_expect: str = "",
    tail_expect: str = "",
) -> str:
    """Outline of a report; ``*_expect`` are annotations put on the header, the type name and
    the closing table lines (e.g. ``"STR005"``)."""
    party = system == "party"
    if number is None:
        number = "Số 28-BC/TU" if party else "Số: 12/BC-UBND"
    if date is None:
        date = ("Hải Phòng, ngày 30 tháng 01 năm 2026" if party
                else "Lâm Đồng, ngày 05 tháng 12 năm 2025")
    if summary is None:
        summary = ("tình hình thực hiện nhiệm vụ tháng 01; nhiệm vụ, giải pháp trọng tâm tháng 02 "
                   "năm 2026" if party else "Kết quả công tác quý IV năm 2025")
    if body is None:
        body = PARTY_BODY if party else STATE_BODY
    left: list[str] = []
    if superior:
        left.append(superior)
    if issuer:
        left += ["THÀNH ỦY HẢI PHÒNG"] if party else ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"]
    if party and asterisk:
        left.append("*")
    if number:
        left.append(number)
    right: list[str] = []
    if motto:
        right.append("ĐẢNG CỘNG SẢN VIỆT NAM" if party else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    if slogan and not party:
        right.append("Độc lập - Tự do - Hạnh phúc")
    if date:
        right.append(date)
    kind = "nfd" if nfd else "p"
    note = f"   # expect: {head_expect}" if head_expect else ""
    lines: list[str] = []
    if layout == "table":
        lines.append(f"table[borderless]: {'{p}'.join(left)} | {'{p}'.join(right)}{note}")
    elif layout == "textbox":
        lines.append(f"textbox: {'{p}'.join(left)}{note}")
        lines.append(f"textbox: {'{p}'.join(right)}")
    else:
        lines += [f"{kind}: {x}" for x in left + right]
        if note:
            lines[0] += note
    if title:
        tnote = f"   # expect: {title_expect}" if title_expect else ""
        lines.append(f"{kind}[center]: {title}{tnote}")
    if summary:
        lines.append(f"{kind}[center]: {summary}")
    if party:
        lines.append("p[center]: -----")
    lines.append(body.replace("p: ", f"{kind}: ") if nfd else body)
    rec: list[str] = []
    if recipients:
        rec = ["Nơi nhận:", "- Các ban đảng Trung ương," if party else "- Bộ Nội vụ;"]
        if archive:
            rec.append("- Lưu Văn phòng Thành ủy." if party else "- Lưu: VT, NC.")
    sig: list[str] = []
    if signature:
        sig = (["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Đỗ Mạnh Hiến"] if party
               else ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn B"])
    tnote = f"   # expect: {tail_expect}" if tail_expect else ""
    if rec or sig:
        lines.append(f"table[borderless]: {'{p}'.join(rec)} | {'{p}'.join(sig)}{tnote}")
    elif tnote:
        lines.append(f"p: Nội dung kết thúc.{tnote}")
    return "\n".join(lines) + "\n"


# -- the frame finder --------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["table", "textbox", "paragraphs"])
@pytest.mark.parametrize("system", ["party", "state"])
def test_frame_found_in_every_layout(layout: str, system: str) -> None:
    f = frame(load(report(system, layout=layout)))
    assert f.system == system
    assert f.issuer and f.number_line is not None and f.motto is not None
    assert f.place_date is not None and f.type_name is not None and f.summary is not None
    assert f.recipients is not None and f.archive is not None and f.signature is not None
    assert f.doc_type == "BÁO CÁO" and f.is_administrative
    if system == "party":
        assert f.asterisk is not None
    else:
        assert f.slogan is not None


def test_frame_reads_nfd_text() -> None:
    f = frame(load(report("party", nfd=True, layout="paragraphs")))
    assert f.number_line is not None and f.place_date is not None and f.type_name is not None
    assert f.date is not None and (f.date.year, f.date.month, f.date.day) == (2026, 1, 30)


def test_draft_blank_number_and_day_are_present() -> None:
    doc = load(report("state", number="Số:      /BC-UBND",
                      date="Lâm Đồng, ngày      tháng 12 năm 2025"))
    f = frame(doc)
    assert f.number_line is not None and f.is_draft_number
    assert f.place_date is not None
    d = report_date(doc)
    assert d is not None and (d.year, d.month, d.day) == (2025, 12, None)


def test_date_line_with_blank_year_or_no_comma_is_still_the_line() -> None:
    f = frame(load(report("state", date="Hà Nội  ngày      tháng      năm 2020")))
    assert f.place_date is not None
    f = frame(load(report("state", date="Lâm Đồng, ngày      tháng      năm ")))
    assert f.place_date is not None and f.date is None


def test_number_and_date_in_one_tabbed_paragraph() -> None:
    doc = load("p: THÀNH ỦY HẢI PHÒNG{tab}ĐẢNG CỘNG SẢN VIỆT NAM\np: *\n"
               "p: Số 28-BC/TU{tab}{tab}Hải Phòng, ngày 30 tháng 01 năm 2026\np: BÁO CÁO\n"
               "p: tình hình tháng 01\n")
    f = frame(doc)
    assert f.number_line is not None and f.place_date is not None
    assert f.issuer and f.type_code == "BC"


def test_signature_and_recipients_in_one_tabbed_paragraph() -> None:
    outline = report("state", recipients=False, signature=False)
    outline += ("p: Nơi nhận:{tab}{tab}TL. CHỦ TỊCH\n"
                "p: - Chánh, các PCVP UBND tỉnh;{br}- Lưu: VT, NC.\n")
    f = frame(load(outline))
    assert f.recipients is not None and f.signature_authority is not None
    assert f.archive is not None


def test_signature_without_authority_prefix() -> None:
    outline = report("state", signature=False)
    outline = outline.replace("- Lưu: VT, NC. | ", "- Lưu: VT, NC. | CHỦ TỊCH{p}Nguyễn Văn C")
    f = frame(load(outline))
    assert f.signature is not None


def test_cong_van_is_recognised_from_its_symbol() -> None:
    outline = report("state", title=None, summary=None, number="Số:      /UBND-NC")
    outline = outline.replace("Số:      /UBND-NC", "Số:      /UBND-NC{p}V/v triển khai nhiệm vụ")
    f = frame(load(outline))
    assert f.doc_type == "CÔNG VĂN" and f.summary is not None


@pytest.mark.parametrize(
    "text", ["Số điện thoại: 0912", "Số hiệu cán bộ: ……", r"Số: \{\{contract\}\}"])
def test_number_lookalikes_are_not_number_lines(text: str) -> None:
    doc = load(f"p: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\np: Độc lập - Tự do - Hạnh phúc\n"
               f"p: ĐƠN ĐỀ NGHỊ\np: {text}\n")
    f = frame(doc)
    assert f.number_line is None and not f.is_administrative


def test_plain_text_is_not_administrative() -> None:
    f = frame(load("p: Ghi chú cuộc họp\np: Nội dung.\n"))
    assert f.system is None and not f.is_administrative and f.header is None
