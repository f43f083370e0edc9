"""Named outline fixtures: whole documents the rule tests share, written once.

A structure rule's test asks for the document it needs by name and says what to leave out or
where to expect a finding, instead of repeating a full outline (the way pylint's functional
tests share their input files):

- :func:`report`: a Party (``"party"``, a Thành ủy monthly report) or state (``"state"``, a
  UBND report) report, whose frame elements can each be left out, laid out in a borderless
  table, in text boxes or in plain paragraphs, optionally typed in NFD, with expectations put
  on the header, the type name or the closing block;
- :data:`PARTY_REPORT`, :data:`STATE_REPORT`: the two complete reports, correct as written;
- :data:`PARTY_BODY`, :data:`STATE_BODY`: their bodies, for tests that change only the body.

``tests.outline.party_frame``/``state_frame`` wrap a body of a test's own in a formatted frame.
"""

from __future__ import annotations

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


PARTY_REPORT = report("party")
STATE_REPORT = report("state")
