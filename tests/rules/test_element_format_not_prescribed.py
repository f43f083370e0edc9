"""FMT020 element-format-not-prescribed, on real header and closing blocks.

Each document below is a real one of the corpus, its elements set as the regulation
prescribes: a decision of the Ủy ban nhân dân tỉnh Lâm Đồng (January 2026), a letter of the
same office (công văn, "V/v …", "Kính gửi:"), a report with its appendix, and the monthly
report of the Thành ủy Hải Phòng (January 2026, Hướng dẫn 36-HD/VPTW). Every attribute the
profiles prescribe for every element is then set wrong, one at a time, and must be reported
(found), and the block as prescribed must not be (not found).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import pytest

from rules.formatting.element_format_not_prescribed import ElementFormatNotPrescribed
from tests.harness import assert_outline, load, rule_findings, run_rule
from validator.plugins import builtin_catalogue


@dataclass(frozen=True)
class El:
    """An element as typed: its text and how it is set."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False
    align: str = "center"

    def render(self) -> str:
        t = self.text.replace("/", "\\/")
        if self.underline:
            t = "{u}" + t + "{/u}"
        if self.italic:
            t = "_" + t + "_"
        if self.bold:
            t = "**" + t + "**"
        return f"{{align={self.align}}}{t}"


Doc = dict[str, El]

# Quyết định phê duyệt Điều lệ Hiệp hội Du lịch tỉnh Lâm Đồng (UBND tỉnh Lâm Đồng, 2026).
STATE_DECISION: Doc = {
    "superior": El("ỦY BAN NHÂN DÂN", bold=True),
    "issuer": El("TỈNH LÂM ĐỒNG", bold=True),
    "number_line": El("Số:          /QĐ-UBND"),
    "motto": El("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True),
    "slogan": El("Độc lập - Tự do - Hạnh phúc", bold=True),
    "place_date": El("Lâm Đồng, ngày 15 tháng 01 năm 2026", italic=True),
    "type_name": El("QUYẾT ĐỊNH", bold=True),
    "summary": El("Về việc phê duyệt Điều lệ Hiệp hội Du lịch tỉnh Lâm Đồng", bold=True),
    "grounds": El("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                  italic=True, align="both"),
    "recipients": El("Nơi nhận:", bold=True, italic=True, align="left"),
    "signature_authority": El("KT. CHỦ TỊCH", bold=True),
    "signer_title": El("PHÓ CHỦ TỊCH", bold=True),
    "signer_name": El("Đinh Văn Tuấn", bold=True),
}


def state_decision(d: Doc) -> str:
    left = "{p}".join(d[k].render() for k in ("superior", "issuer", "number_line"))
    right = "{p}".join(d[k].render() for k in ("motto", "slogan", "place_date"))
    grounds = d["grounds"]
    second = replace(grounds, text="Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm "
                     "2024 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội;")
    proposal = replace(grounds, text="Theo đề nghị của Hiệp hội Du lịch tỉnh Lâm Đồng tại Báo "
                       "cáo số 12/BC-HHDL ngày 05 tháng 01 năm 2026.")
    closing_left = "{p}".join([d["recipients"].render(), "- Như Điều 3;",
                               "- Lưu: VT, NC."])
    closing_right = "{p}".join([d["signature_authority"].render(), d["signer_title"].render(),
                                "", "", d["signer_name"].render()])
    return "\n".join([
        f"table[borderless]: {left} | {right}",
        f"p: {d['type_name'].render()}",
        f"p: {d['summary'].render()}",
        "p[center]: **CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG**",
        f"p: {grounds.render()}",
        f"p: {second.render()}",
        f"p: {proposal.render()}",
        "p[center]: **QUYẾT ĐỊNH:**",
        "p[justify]: **Điều 1.** Phê duyệt Điều lệ Hiệp hội Du lịch tỉnh Lâm Đồng đã được Đại "
        "hội nhiệm kỳ 2025 - 2030 thông qua ngày 20 tháng 12 năm 2025.",
        "p[justify]: **Điều 2.** Quyết định này có hiệu lực kể từ ngày ký ban hành.",
        f"table[borderless]: {closing_left} | {closing_right}",
    ]) + "\n"


# Công văn of the UBND tỉnh Lâm Đồng: subject "V/v …" under the number, "Kính gửi:".
STATE_LETTER: Doc = {
    "superior": El("ỦY BAN NHÂN DÂN", bold=True),
    "issuer": El("TỈNH LÂM ĐỒNG", bold=True),
    "number_line": El("Số:           /UBND-NC"),
    "subject": El("V/v tham mưu xử lý kiến nghị của Công an tỉnh"),
    "motto": El("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True),
    "slogan": El("Độc lập - Tự do - Hạnh phúc", bold=True),
    "place_date": El("Lâm Đồng, ngày 10 tháng 3 năm 2026", italic=True),
    "salutation": El("Kính gửi:", align="left"),
    "recipients": El("Nơi nhận:", bold=True, italic=True, align="left"),
    "signature_authority": El("TL. CHỦ TỊCH", bold=True),
    "signer_title": El("CHÁNH VĂN PHÒNG", bold=True),
    "signer_name": El("Đỗ Tấn Sương", bold=True),
}


def state_letter(d: Doc) -> str:
    left = "{p}".join(d[k].render() for k in ("superior", "issuer", "number_line", "subject"))
    right = "{p}".join(d[k].render() for k in ("motto", "slogan", "place_date"))
    closing_left = "{p}".join([d["recipients"].render(), "- Như trên;", "- Lưu: VT, NC."])
    closing_right = "{p}".join([d["signature_authority"].render(), d["signer_title"].render(),
                                "", "", d["signer_name"].render()])
    return "\n".join([
        f"table[borderless]: {left} | {right}",
        f"p: {d['salutation'].render()} Công an tỉnh.",
        "p[justify]: Xét đề nghị của Công an tỉnh về việc hỗ trợ kinh phí cho lực lượng "
        "phòng, chống ma túy, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:",
        "p[justify]: Giao Sở Tài chính chủ trì, phối hợp với Công an tỉnh tham mưu, báo cáo "
        "Ủy ban nhân dân tỉnh trước ngày 20 tháng 3 năm 2026.",
        f"table[borderless]: {closing_left} | {closing_right}",
    ]) + "\n"


# Báo cáo cải cách hành chính quý I năm 2026 (UBND tỉnh Lâm Đồng), with its appendix.
STATE_REPORT: Doc = {
    **{k: STATE_DECISION[k] for k in ("superior", "issuer", "motto", "slogan", "place_date",
                                      "recipients", "signature_authority", "signer_title",
                                      "signer_name")},
    "number_line": El("Số:          /BC-UBND"),
    "type_name": El("BÁO CÁO", bold=True),
    "summary": El("Kết quả công tác cải cách hành chính quý I năm 2026", bold=True),
    "appendix_label": El("Phụ lục", bold=True),
    "appendix_title": El("BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026",
                         bold=True),
    "appendix_note": El("(Kèm theo Báo cáo số          /BC-UBND ngày     tháng 3 năm 2026 của "
                        "UBND tỉnh Lâm Đồng)", italic=True),
}


def state_report(d: Doc) -> str:
    left = "{p}".join(d[k].render() for k in ("superior", "issuer", "number_line"))
    right = "{p}".join(d[k].render() for k in ("motto", "slogan", "place_date"))
    closing_left = "{p}".join([d["recipients"].render(), "- Bộ Nội vụ;", "- Lưu: VT, NC."])
    closing_right = "{p}".join([d["signature_authority"].render(), d["signer_title"].render(),
                                "", "", d["signer_name"].render()])
    return "\n".join([
        f"table[borderless]: {left} | {right}",
        f"p: {d['type_name'].render()}",
        f"p: {d['summary'].render()}",
        "p[justify]: Thực hiện Kế hoạch số 218/KH-UBND ngày 26/12/2025 của Ủy ban nhân dân "
        "tỉnh, Ủy ban nhân dân tỉnh báo cáo kết quả quý I năm 2026 (Phụ lục kèm theo).",
        "p[justify]: Toàn tỉnh tiếp nhận 1.250 hồ sơ thủ tục hành chính, đã giải quyết 1.200 "
        "hồ sơ, trong đó 1.150 hồ sơ đúng hạn, đạt 95,8%.",
        f"table[borderless]: {closing_left} | {closing_right}",
        f"p: {d['appendix_label'].render()}",
        f"p: {d['appendix_title'].render()}",
        f"p: {d['appendix_note'].render()}",
        "table: STT | Lĩnh vực | Tiếp nhận // 1 | Đất đai | 700",
    ]) + "\n"


# Báo cáo tháng 01 năm 2026 of the Thành ủy Hải Phòng (Hướng dẫn 36-HD/VPTW): the superior
# line is that of a district committee's report ("ĐẢNG BỘ TỈNH THÁI NGUYÊN", Phụ lục 3).
PARTY_REPORT: Doc = {
    "superior": El("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"),
    "issuer": El("THÀNH ỦY HẢI PHÒNG", bold=True),
    "number_line": El("Số 28-BC/TU"),
    "motto": El("ĐẢNG CỘNG SẢN VIỆT NAM", bold=True),
    "place_date": El("Hải Phòng, ngày 30 tháng 01 năm 2026", italic=True, align="right"),
    "type_name": El("BÁO CÁO", bold=True),
    "summary": El("tình hình thực hiện nhiệm vụ tháng 01; nhiệm vụ, giải pháp trọng tâm tháng "
                  "02 năm 2026", bold=True),
    "recipients": El("Nơi nhận:", underline=True, align="left"),
    "signature_authority": El("T/M BAN THƯỜNG VỤ", bold=True),
    "signer_title": El("PHÓ BÍ THƯ THƯỜNG TRỰC"),
    "signer_name": El("Đỗ Mạnh Hiến", bold=True),
    "appendix_label": El("PHỤ LỤC 1", bold=True),
}


def party_report(d: Doc) -> str:
    left = "{p}".join([d["superior"].render(), d["issuer"].render(), "{align=center}*",
                       d["number_line"].render()])
    right = "{p}".join(d[k].render() for k in ("motto", "place_date"))
    closing_left = "{p}".join([d["recipients"].render(), "- Các ban đảng Trung ương,",
                               "- Lưu Văn phòng Thành ủy."])
    closing_right = "{p}".join([d["signature_authority"].render(), d["signer_title"].render(),
                                "", "", d["signer_name"].render()])
    return "\n".join([
        f"table[borderless]: {left} | {right}",
        f"p: {d['type_name'].render()}",
        f"p: {d['summary'].render()}",
        "p[center]: -----",
        "p[justify]: I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
        "p[justify]: Ban Thường vụ Thành ủy tổ chức 03 hội nghị, Thường trực Thành ủy họp 04 "
        "phiên (Phụ lục 1 kèm theo).",
        f"table[borderless]: {closing_left} | {closing_right}",
        f"p: {d['appendix_label'].render()}",
        "p[center]: **Danh mục nhiệm vụ trọng tâm nhiệm kỳ 2025 - 2030 (Quý I/2026)**",
        "table: STT | Nhiệm vụ // 1 | Hoàn thành đánh giá, xếp loại tổ chức đảng",
    ]) + "\n"


DOCS: dict[str, tuple[Doc, Callable[[Doc], str], str]] = {
    "state-decision": (STATE_DECISION, state_decision, "state-document"),
    "state-letter": (STATE_LETTER, state_letter, "state-document"),
    "state-report": (STATE_REPORT, state_report, "state-document"),
    "party-report": (PARTY_REPORT, party_report, "party-document"),
}


def _format(profile: str) -> dict[str, dict[str, object]]:
    return builtin_catalogue().profiles[profile].format


def _wrong(el: El, attr: str, want: object) -> El | None:
    """``el`` set against the prescribed value of ``attr``; None when the test cannot set it
    so (capitals of a line the frame only finds in capitals: see the not-found cases)."""
    if attr in ("bold", "italic", "underline"):
        return replace(el, **{attr: not want})
    if attr == "align":
        return replace(el, align="right" if want != "right" else "left")
    if attr == "caps":
        return replace(el, text=el.text.upper() if not want else el.text.capitalize())
    return None


# Lines the frame finds only by their capitals: typed in lower case they are no longer the
# element (the not-found cases below), so their capitals are tested with one word left in
# lower case.
_CAPS_PART = {
    "superior": "ỦY BAN NHÂN Dân",
    "issuer": "TỈNH Lâm ĐỒNG",
    "signature_authority": "KT. CHỦ TỊCH tỉnh",
    "appendix_title": "BIỂU MẪU THỐNG KÊ SỐ LIỆU BÁO CÁO CẢI CÁCH HÀNH CHÍNH quý I NĂM 2026",
}


def _cases() -> list[tuple[str, str, str, object]]:
    out = []
    for doc, (elements, _build, profile) in DOCS.items():
        fmt = _format(profile)
        for name in elements:
            for attr, want in fmt.get(name, {}).items():
                if attr in ("bold", "italic", "underline", "caps", "align"):
                    out.append((doc, name, attr, want))
    return out


CASES = _cases()


@pytest.mark.parametrize("doc", sorted(DOCS))
def test_a_block_set_as_prescribed_is_not_reported(doc: str) -> None:
    elements, build, _ = DOCS[doc]
    assert run_rule(ElementFormatNotPrescribed, build(elements)) == []
    assert run_rule(ElementFormatNotPrescribed, build(elements), profile="detect") == []


@pytest.mark.parametrize(("doc", "name", "attr", "want"), CASES,
                         ids=[f"{d}-{n}-{a}" for d, n, a, _ in CASES])
def test_each_attribute_of_each_element_set_wrong_is_reported(doc: str, name: str, attr: str,
                                                              want: object) -> None:
    elements, build, profile = DOCS[doc]
    el = elements[name]
    if attr == "caps" and want and name in _CAPS_PART:
        wrong = replace(el, text=_CAPS_PART[name])
    else:
        wrong = _wrong(el, attr, want)
    assert wrong is not None
    found = run_rule(ElementFormatNotPrescribed, build({**elements, name: wrong}))
    label = str(_format(profile)[name]["label"])
    assert len(found) == 1, [v.message for v in found]
    (v,) = found
    assert v.message.startswith(label), v.message
    word = {"bold": "in đậm", "italic": "in nghiêng", "underline": "gạch chân",
            "align": "căn", "caps": "viết in hoa" if want else "viết in thường"}[attr]
    assert word in v.message
    assert wrong.text.split()[0] in v.excerpt


def test_several_attributes_of_one_element_are_one_finding() -> None:
    slogan = El("Độc lập - Tự do - Hạnh phúc", italic=True, align="left")
    outline = state_decision({**STATE_DECISION, "slogan": slogan})
    (v,) = run_rule(ElementFormatNotPrescribed, outline)
    assert v.message == "Dòng tiêu ngữ phải in đậm, căn giữa, không được in nghiêng"
    assert v.fixable
    (f,) = rule_findings(ElementFormatNotPrescribed, load(outline), profile="state-document")
    assert f.fix is not None and f.fix.alignment == "center"
    assert dict(f.fix.format) == {"bold": True, "italic": False}


def test_part_of_an_element_not_set_is_named() -> None:
    outline = state_decision(STATE_DECISION).replace(
        "**Độc lập - Tự do - Hạnh phúc**", "**Độc lập - Tự do -** Hạnh phúc")
    (v,) = run_rule(ElementFormatNotPrescribed, outline)
    assert v.message == "Dòng tiêu ngữ phải in đậm (“Hạnh phúc” chưa in đậm)"


def test_an_element_found_by_its_position_is_a_warning() -> None:
    (v,) = run_rule(ElementFormatNotPrescribed, party_report(
        {**PARTY_REPORT, "summary": replace(PARTY_REPORT["summary"], bold=False)}))
    assert v.severity == "warning"  # the line under the type name, a guess
    (v,) = run_rule(ElementFormatNotPrescribed, state_decision(
        {**STATE_DECISION, "summary": replace(STATE_DECISION["summary"], bold=False)}))
    assert v.severity == "error"  # "Về việc …": found by its words
    (v,) = run_rule(ElementFormatNotPrescribed, state_decision(
        {**STATE_DECISION, "signer_name": replace(STATE_DECISION["signer_name"], bold=False)}))
    assert v.severity == "warning"


def test_the_grounds_are_one_finding() -> None:
    plain = replace(STATE_DECISION["grounds"], italic=False)
    (v,) = run_rule(ElementFormatNotPrescribed, state_decision({**STATE_DECISION,
                                                                 "grounds": plain}))
    assert v.message == "Căn cứ ban hành phải in nghiêng (3 chỗ)" and len(v.related) == 2


# -- not found: what is not the element, or not set wrong ----------------------------------


def test_a_letter_starting_with_can_cu_has_no_grounds() -> None:
    # in a letter or a plan, "Căn cứ …" opens running text: upright is right
    outline = state_letter(STATE_LETTER).replace(
        "p[justify]: Xét đề nghị", "p[justify]: Căn cứ đề nghị")
    assert run_rule(ElementFormatNotPrescribed, outline) == []


def test_a_line_placed_by_hand_is_not_held_to_an_alignment() -> None:
    placed = El("    Lâm Đồng, ngày 15 tháng 01 năm 2026", italic=True, align="left")
    assert run_rule(ElementFormatNotPrescribed, state_decision(
        {**STATE_DECISION, "place_date": placed})) == []


@pytest.mark.parametrize("name", ["issuer", "signature_authority"])
def test_a_line_typed_in_lower_case_is_not_taken_for_a_capitals_element(name: str) -> None:
    el = STATE_DECISION[name]
    lower = replace(el, text=el.text.capitalize())
    found = run_rule(ElementFormatNotPrescribed, state_decision({**STATE_DECISION, name: lower}))
    assert not [v for v in found if v.message.startswith(
        str(_format("state-document")[name]["label"]))]


def test_a_signed_placeholder_is_not_the_signer_name() -> None:
    signed = El("(Đã ký)")
    assert run_rule(ElementFormatNotPrescribed, state_decision(
        {**STATE_DECISION, "signer_name": signed})) == []


def test_forms_and_routing_slips_are_not_checked() -> None:
    outline = """
        p[center]: PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC
        p: Nơi nhận:
        p: Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh
    """
    assert_outline(ElementFormatNotPrescribed, outline)


def test_an_element_marked_by_its_style_is_certain() -> None:
    # a template with a style for the summary line: found by its style, an error
    outline = state_report(STATE_REPORT).replace(
        "p: {align=center}**Kết quả công tác", "p[Trích yếu]: {align=center}Kết quả công tác")
    outline = outline.replace("quý I năm 2026**\n", "quý I năm 2026\n", 1)
    fmt = {**_format("state-document")}
    fmt["summary"] = {**fmt["summary"], "styles": ["Trích yếu"]}
    from validator.profiles import Profile

    prof = Profile(name="office", system="state", format=fmt)
    (v,) = run_rule(ElementFormatNotPrescribed, outline, profile=prof)
    assert v.message.startswith("Trích yếu nội dung phải in đậm") and v.severity == "error"
    (v,) = run_rule(ElementFormatNotPrescribed, outline)
    assert v.severity == "warning"  # without the style: a guess from its position


def test_a_block_lined_up_with_spaces_is_not_held_to_an_alignment() -> None:
    # Báo cáo tổng kết chiến lược phòng, chống ma túy (UBND tỉnh Lâm Đồng, 2026): the issuer's
    # block left-aligned, its shorter lines pushed under the first with spaces
    outline = state_report(STATE_REPORT)
    for name in ("superior", "issuer", "number_line"):
        el = STATE_REPORT[name]
        outline = outline.replace(el.render(), replace(el, align="left").render(), 1)
    assert len(run_rule(ElementFormatNotPrescribed, outline)) == 3  # not lined up: reported
    outline = outline.replace("TỈNH LÂM ĐỒNG", " TỈNH LÂM ĐỒNG", 1)
    outline = outline.replace("Số:          /BC-UBND", "  Số:          /BC-UBND", 1)
    assert run_rule(ElementFormatNotPrescribed, outline) == []
