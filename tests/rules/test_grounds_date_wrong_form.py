# ruff: noqa: E501  (outline lines are one block each)
"""DAT014 grounds-date-wrong-form: the grounds of a decision, with their dates written out."""

import pytest

from rules.dates.grounds_date_wrong_form import GroundsDateWrongForm, long_form
from tests.harness import assert_outline
from tests.outline import party_frame, state_frame

SIGNED = """
    p: Nơi nhận:
    p: - Như Điều 3;
    p: CHỦ TỊCH
    p: Nguyễn Văn A
    """


def decision(grounds: str, proposal: str = "ngày 02 tháng 4 năm 2025",
             article: str = "Quyết định số 2032/QĐ-UBND ngày 13 tháng 8 năm 2019",
             after: str = "") -> str:
    """A state decision around ``grounds`` (one ground per line), signed, then ``after``."""
    body = f"""
    {grounds}
    p: Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV {proposal}.
    p: QUYẾT ĐỊNH:
    p: Điều 1. Phê duyệt Điều lệ Hội Nữ doanh nhân tỉnh Bình Thuận nhiệm kỳ 2025 - 2030.
    p: Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế {article}.
    p: Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh và Chủ tịch Hội chịu trách nhiệm thi hành Quyết định này./.
    {SIGNED}
    {after}
    """
    return state_frame(body, title="QUYẾT ĐỊNH", summary="Về việc phê duyệt Điều lệ Hội",
                       number="Số: 12/QĐ-UBND")


def test_real_grounds_with_numeric_dates_one_finding_per_document() -> None:
    # the grounds of a real draft decision (Sở Tư pháp), as reviewers received them
    (v,) = assert_outline(GroundsDateWrongForm, decision("""
    p: Căn cứ Luật Luật sư ngày 29/06/2006; Luật sửa đổi, bổ sung một số điều của Luật Luật sư ngày 20/11/2012;  # expect: DAT014 "ngày 29 tháng 6 năm 2006"
    p: Căn cứ Nghị định số 123/2013/NĐ-CP ngày 14/10/2013 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Luật sư;
    """))
    assert "cùng vấn đề ở 2 chỗ khác" in v.message
    assert [r.message for r in v.related] == [
        'ngày viết bằng số "ngày 20/11/2012" (viết "ngày 20 tháng 11 năm 2012")',
        'ngày viết bằng số "ngày 14/10/2013" (viết "ngày 14 tháng 10 năm 2013")']


@pytest.mark.parametrize(("ground", "expect"), [
    # a law cited by its number only; reviewers gave it its date
    ("p: Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;",
     'phương số 72/2025/QH15'),
    ("p: Căn cứ Quyết định số 816/QĐ-UBND của Ủy ban nhân dân tỉnh Lâm Đồng về việc phân công;",
     "không ghi ngày ban hành"),
    # a month written with a zero it does not take
    ("p: Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 06 năm 2025 của Quốc hội;",
     'thêm hoặc thiếu số 0'),
])
def test_missing_dates_and_padding(ground: str, expect: str) -> None:
    assert_outline(GroundsDateWrongForm, decision(f'{ground}  # expect: DAT014 "{expect}"'))


def test_grounds_written_as_the_templates_pass() -> None:
    assert_outline(GroundsDateWrongForm, decision("""
    p: Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
    p: Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;
    p: Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm 2024 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội;
    p: Căn cứ Điều lệ Hội và kết quả Đại hội;
    """))


def test_only_the_grounds_of_a_state_decision_are_read() -> None:
    # a letter's "Căn cứ …" sentence and a Party document's grounds (HD 36 writes figures)
    letter = state_frame("p: Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính "
                         "phủ, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:\n"
                         "p: 1. Thống nhất chủ trương.", title="CÔNG VĂN")
    assert_outline(GroundsDateWrongForm, letter)
    party = party_frame("p: - Căn cứ Quy định số 24-QĐ/TW, ngày 30/7/2021 của Ban Chấp hành "
                        "Trung ương;\np: QUYẾT ĐỊNH:\np: Điều 1. Ban hành Quy chế làm việc.",
                        title="QUYẾT ĐỊNH", number="Số 15-QĐ/TU")
    assert_outline(GroundsDateWrongForm, party)


def test_proposal_and_articles_write_their_dates_out() -> None:
    # reviewers of real draft decisions: "ngày 29/4/2025" in the proposal, "ngày 13/8/2019"
    # in "Điều 2. … thay thế Quyết định số 2032/QĐ-UBND", both written out in the finals
    grounds = "p: Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm 2024 của Chính phủ;"
    outline = decision(grounds, proposal="ngày 29/4/2025",
                       article="Quyết định số 2032/QĐ-UBND ngày 13/8/2019")
    outline = outline.replace("ngày 29/4/2025.", 'ngày 29/4/2025.  # expect: DAT014 "Quyết '
                              'định ghi ngày viết bằng số"', 1)
    (v,) = assert_outline(GroundsDateWrongForm, outline)
    assert '"ngày 29/4/2025" (viết "ngày 29 tháng 4 năm 2025"); cùng vấn đề ở 1 chỗ khác' \
        in v.message
    assert [r.message for r in v.related] == [
        'ngày viết bằng số "ngày 13/8/2019" (viết "ngày 13 tháng 8 năm 2019")']


def test_articles_alone_and_only_their_dates() -> None:
    # an article's citation without a date is not asked for one; its numeric date is
    grounds = "p: Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm 2024 của Chính phủ;"
    outline = decision(grounds, article="Quyết định số 2007/QĐ-UBND ngày 20/9/2023")
    outline = outline.replace("ngày 20/9/2023.", "ngày 20/9/2023.  # expect: DAT014", 1)
    assert_outline(GroundsDateWrongForm, outline)
    assert_outline(GroundsDateWrongForm, decision(grounds, article="Quyết định số 2007/QĐ-UBND"))


def test_a_charter_issued_with_the_decision_keeps_its_form() -> None:
    # the charter after the signature cites "Nghị định 126/2024/NĐ-CP ngày 08/10/2024", as
    # signed charters of the corpus do
    grounds = "p: Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm 2024 của Chính phủ;"
    charter = """
    p: ĐIỀU LỆ
    p: Điều 5. Hội báo cáo theo Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ.
    """
    assert_outline(GroundsDateWrongForm, decision(grounds, after=charter))


@pytest.mark.parametrize(("day", "month", "text"), [
    (14, 10, "ngày 14 tháng 10 năm 2013"), (8, 10, "ngày 08 tháng 10 năm 2013"),
    (19, 2, "ngày 19 tháng 02 năm 2013"), (12, 6, "ngày 12 tháng 6 năm 2013"),
])
def test_long_form(day: int, month: int, text: str) -> None:
    assert long_form(day, month, 2013) == text
