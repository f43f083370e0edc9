import pytest

from rules.formatting.placeholder_text_left import PlaceholderTextLeft
from tests.harness import assert_outline
from tests.outline import party_frame, state_frame


@pytest.mark.parametrize("text", [
    "Hội nghị tổ chức ngày xx/xx/2026 tại Hội trường.",
    "Tham dự có [...] đại biểu.",
    "Tham dự có [ … ] đại biểu.",
    "Đồng chí …… phụ trách.",
    r"Giao đồng chí \_\_\_\_ chủ trì.",
    "Thực hiện Quyết định số …/QĐ-UBND của Ủy ban.",
    "Họ và tên: …",
    r"Kính gửi: \{\{ ten_co_quan \}\}",
])
def test_placeholders(text: str) -> None:
    assert_outline(PlaceholderTextLeft, state_frame(f"p: {text}  # expect: FMT010"))


@pytest.mark.parametrize("text", [
    "Phát triển văn hóa, thể thao, du lịch, …",
    "Bảo đảm an ninh, trật tự…",
    "Các video, clip, infographic....",
    "Ông nói: “2……, Ủy ban nhân dân tỉnh, thành phố…”.",
    "Số: 12/BC-UBND",
    "Dòng kẻ để ghi ý kiến: ...................................................................",
])
def test_not_placeholders(text: str) -> None:
    assert_outline(PlaceholderTextLeft, state_frame(f"p: {text}"))


def test_draft_number_and_day_are_left_blank_on_purpose() -> None:
    body = """
    p: Trong tháng, Ủy ban nhân dân đã chỉ đạo các ngành.
    section: landscape
    p[center]: PHỤ LỤC
    p[center]: (Kèm theo Báo cáo số …/BC-UBND ngày … tháng 01 năm 2026 của UBND tỉnh)
    p: Kể từ ngày … tháng … năm 2026.
    """
    outline = state_frame(body, number="Số:      /BC-UBND",
                          date="Lâm Đồng, ngày      tháng 01 năm 2026")
    assert_outline(PlaceholderTextLeft, outline)
    party = party_frame(body, number="Số    -BC/TU", date="Hải Phòng, ngày    tháng 01 năm 2026")
    assert_outline(PlaceholderTextLeft, party)


def test_signed_document_citing_a_blank_date() -> None:
    body = "p: Hội nghị tổ chức ngày … tháng 3 năm 2026.  # expect: FMT010\n"
    assert_outline(PlaceholderTextLeft, state_frame(body))


def test_draft_still_flags_other_placeholders() -> None:
    body = "p: Hội nghị có sự tham dự của đồng chí ……, Phó Chủ tịch.  # expect: FMT010\n"
    assert_outline(PlaceholderTextLeft, state_frame(body, number="Số:      /BC-UBND"))


def test_a_typed_rule_line_is_not_a_placeholder() -> None:
    assert_outline(
        PlaceholderTextLeft,
        """
        p[center]: BÁO CÁO
        p[center]: Kết quả công tác cải cách hành chính quý I năm 2026
        p[center]: \\_\\_\\_\\_\\_\\_\\_\\_
        p: Trong quý, toàn tỉnh tiếp nhận \\_\\_\\_\\_ hồ sơ.  # expect: FMT010
        """,
    )


def test_a_blank_form_gets_one_summary_warning_not_an_error_per_blank() -> None:
    from tests.harness import run_rule

    form = "\n".join(f"p: {label}: ……" for label in (
        "Họ và tên", "Ngày sinh", "Nơi sinh", "Quê quán", "Dân tộc", "Tôn giáo"))
    found = run_rule(PlaceholderTextLeft, form)
    assert len(found) == 1
    assert found[0].severity == "warning" and "6 chỗ trống" in found[0].message
    assert len(found[0].related) == 5


def test_blanks_in_an_issued_report_stay_errors() -> None:
    from tests.harness import run_rule

    body = "\n".join(f"p: Nội dung thứ {i}: ……" for i in range(1, 7))
    found = run_rule(PlaceholderTextLeft, state_frame(body))
    assert len(found) == 6 and {v.severity for v in found} == {"error"}


def test_blanks_of_a_word_template_are_one_information() -> None:
    """A .dotx or .dotm is a template: its blanks are there to be filled in each time."""
    from tests.harness import run_rule

    body = "\n".join(f"p: Nội dung thứ {i}: ……" for i in range(1, 4))
    found = run_rule(PlaceholderTextLeft, state_frame(body), settings={"template": True})
    assert len(found) == 1 and found[0].severity == "info"
    assert found[0].message.startswith("Mẫu văn bản có 3 chỗ trống")
    assert not run_rule(PlaceholderTextLeft, state_frame("p: Không có chỗ trống."),
                        settings={"template": True})
