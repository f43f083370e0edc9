"""FMT024 line-spacing-out-of-range, on the running text of real reports."""

from __future__ import annotations

import pytest

from rules.formatting.line_spacing_out_of_range import LineSpacingOutOfRange
from tests.harness import assert_outline, run_rule
from tests.outline import party_frame, state_frame

# Báo cáo cải cách hành chính năm 2025 (UBND tỉnh Lâm Đồng).
A = ("Tổng số hồ sơ cấp xã đã giải quyết là 468.463 hồ sơ; trong đó giải quyết đúng hạn "
     "465.120 hồ sơ, đạt 99,3%.")
B = "Kết quả tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp."


@pytest.mark.parametrize("line", ["1", "1.15", "1.5", "exact:17", "exact:21", "atleast:16"])
def test_single_to_one_and_a_half_lines_pass_in_a_state_document(line: str) -> None:
    assert_outline(LineSpacingOutOfRange, state_frame(f"p[justify, line={line}]: {A}"))


def test_exactly_twelve_points_cuts_the_letters() -> None:
    body = f"""
        p[justify, line=1.2]: {B}
        p[justify, line=exact:12]: {A}  # expect: FMT024 "Exactly 12 pt, dưới dòng đơn, chữ bị cắt"
    """
    assert_outline(LineSpacingOutOfRange, state_frame(body))


def test_double_spacing_is_reported() -> None:
    (v,) = run_rule(LineSpacingOutOfRange, state_frame(f"p[justify, line=2]: {A}"))
    assert v.message == "Giãn dòng Double, quá 1,5 dòng; quy định từ dòng đơn đến 1,5 dòng"


def test_party_documents_ask_eighteen_points() -> None:
    assert_outline(LineSpacingOutOfRange, party_frame(f"p[justify, line=exact:18]: {A}"))
    assert_outline(LineSpacingOutOfRange, party_frame(f"p[justify, line=1.2]: {A}"))
    body = f"p[justify, line=1]: {A}\np[justify, line=1]: {B}"
    (v,) = run_rule(LineSpacingOutOfRange, party_frame(body))
    assert v.message == ("Giãn dòng của 2 đoạn văn dưới 18 pt; quy định tối thiểu 18 pt "
                         "(Exactly) (Single: 2 đoạn)")


def test_tables_are_not_checked() -> None:
    body = f"p[justify]: {B}\ntable: STT | Nội dung // 1 | {A}"
    assert_outline(LineSpacingOutOfRange, state_frame(body))
