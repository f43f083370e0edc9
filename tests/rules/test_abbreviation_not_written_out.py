# ruff: noqa: E501  (outline lines are one block each)
"""CON006 abbreviation-not-written-out: "UBND" in a decision, kept in a report."""

from rules.consistency.abbreviation_not_written_out import AbbreviationNotWrittenOut
from tests.harness import assert_outline
from tests.outline import state_frame
from validator.profiles import load_profile

STATE = load_profile("state-document")
REPORT = load_profile("state-report")

# the body of a real draft decision of a provincial People's Committee
DECISION = """
p: Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
p: Xét đề nghị của Giám đốc Sở Nội vụ.
p: QUYẾT ĐỊNH:
p: Điều 1. Thành lập Ban vì sự tiến bộ của phụ nữ tỉnh (sau đây gọi là Ban).
p: Điều 2. Ban có nhiệm vụ tham mưu, giúp UBND tỉnh chỉ đạo công tác.  # expect: CON006 "Ủy ban nhân dân"
p: Điều 3. Chánh Văn phòng UBND tỉnh, Chủ tịch HĐND xã chịu trách nhiệm thi hành.  # expect: CON006 "UBND", CON006 "HĐND"
"""


def test_a_decision_writes_the_bodies_out() -> None:
    outline = state_frame(DECISION, title="QUYẾT ĐỊNH", number="Số: 15/QĐ-UBND",
                          summary="Về việc thành lập Ban vì sự tiến bộ của phụ nữ tỉnh")
    found = assert_outline(AbbreviationNotWrittenOut, outline, profile=STATE)
    assert all(v.severity.value == "info" for v in found)
    assert [v.suggestion for v in found] == [
        'Viết "Ủy ban nhân dân".', 'Viết "Ủy ban nhân dân".', 'Viết "Hội đồng nhân dân".']


def test_a_report_keeps_them() -> None:
    body = "p: Trong tháng, UBND tỉnh đã chỉ đạo các sở, ngành; HĐND tỉnh họp chuyên đề."
    assert_outline(AbbreviationNotWrittenOut, state_frame(body), profile=REPORT)
    assert_outline(AbbreviationNotWrittenOut, state_frame(body), profile=STATE)


def test_codes_recipients_and_a_bracketed_definition_are_left_alone() -> None:
    body = """
    p: Ủy ban nhân dân tỉnh (sau đây viết tắt là UBND tỉnh) ban hành Quyết định số 12/QĐ-UBND.
    p: QUYẾT ĐỊNH:
    p: Điều 1. Giao UBND tỉnh thực hiện.
    """
    outline = state_frame(body, title="QUYẾT ĐỊNH", recipients=("- Như Điều 3;",
                                                                 "- CT, các PCT UBND tỉnh;",
                                                                 "- Lưu: VT, NC."))
    assert_outline(AbbreviationNotWrittenOut, outline, profile=STATE)


def test_the_list_comes_from_the_profile() -> None:
    body = "p: QUYẾT ĐỊNH:\np: Điều 1. Giao UBND tỉnh thực hiện."
    assert_outline(AbbreviationNotWrittenOut, state_frame(body, title="QUYẾT ĐỊNH"),
                   settings={"written_out_abbreviations": {"BÁO CÁO": ["UBND"]}},
                   profile=STATE)
    report = "p: Trong tháng, UBND tỉnh đã chỉ đạo.  # expect: CON006"
    assert_outline(AbbreviationNotWrittenOut, state_frame(report),
                   settings={"written_out_abbreviations": {"BÁO CÁO": ["UBND"]}},
                   profile=REPORT)


def test_the_fix_writes_the_phrase_out() -> None:
    from tests.outline import build
    from validator.fix import apply_fixes, collect_fixes
    from validator.loader import load_bytes

    outline = state_frame("p: QUYẾT ĐỊNH:\np: Điều 1. Giao UBND tỉnh thực hiện.",
                          title="QUYẾT ĐỊNH")
    data = build(outline)
    doc = load_bytes(data)
    planned = collect_fixes(doc, [AbbreviationNotWrittenOut])
    fixed, applied, _ = apply_fixes(data, doc, planned, "qd.docx")
    assert len(applied) == 1
    texts = [p.text for p in load_bytes(fixed).body_paragraphs]
    assert "Điều 1. Giao Ủy ban nhân dân tỉnh thực hiện." in texts


# a real report on administrative reform of the province, as reviewers received it: sixty
# "Ủy ban nhân dân" and a few "UBND" left, which they wrote out
MIXED = """
p: Ủy ban nhân dân tỉnh ban hành Kế hoạch số 9669/KH-UBND ngày 24/12/2025 về cải cách hành chính nhà nước năm 2026 tỉnh Lâm Đồng.
p: Ủy ban nhân dân tỉnh ban hành Kế hoạch số 962/KH-UBND ngày 21/01/2026 về kiểm tra công tác cải cách hành chính năm 2026.
p: Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh và Ủy ban nhân dân các xã, phường, đặc khu đã triển khai.
p: - Công tác bổ nhiệm: Chủ tịch UBND tỉnh đã bổ nhiệm 05 lãnh đạo cấp sở và tương đương.  # expect: CON006 "4 lần nhưng viết tắt"
"""


def test_a_document_that_writes_the_phrase_out_is_held_to_it() -> None:
    (v,) = assert_outline(AbbreviationNotWrittenOut, state_frame(MIXED), profile=REPORT)
    assert v.message == ('Văn bản viết đầy đủ "Ủy ban nhân dân" 4 lần nhưng viết tắt "UBND" 1 '
                         'lần; viết thống nhất.')
    assert v.severity.value == "info" and v.suggestion == 'Viết "Ủy ban nhân dân".'


def test_a_report_that_abbreviates_throughout_is_left_alone() -> None:
    # two full phrases beside two abbreviations, and three beside two: no choice made
    body = """
    p: Ủy ban nhân dân tỉnh chỉ đạo; UBND các xã triển khai; Uỷ ban nhân dân phường báo cáo.
    p: Chủ tịch UBND tỉnh đã bổ nhiệm 05 lãnh đạo cấp sở.
    """
    assert_outline(AbbreviationNotWrittenOut, state_frame(body), profile=REPORT)
    body = """
    p: Ủy ban nhân dân tỉnh chỉ đạo; Ủy ban nhân dân các xã triển khai.
    p: Chủ tịch UBND tỉnh và Chủ tịch UBND xã đã bổ nhiệm 05 lãnh đạo.
    """
    assert_outline(AbbreviationNotWrittenOut, state_frame(body), profile=REPORT)
