"""FMT022 first-line-indent-out-of-range, on the running text of real decisions and notices."""

from __future__ import annotations

import pytest

from rules.formatting.first_line_indent_out_of_range import FirstLineIndentOutOfRange
from tests.harness import assert_outline, run_rule
from tests.outline import party_frame, state_frame

# Quyết định phê duyệt Đề án tổ chức lại Hội Công chứng viên (UBND tỉnh Lâm Đồng, 2025).
GROUNDS = ("Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc "
           "sắp xếp đơn vị hành chính cấp tỉnh;")
# Thông báo kết luận về chỉ số PCI (UBND tỉnh Lâm Đồng, 2026).
TASK = ("Chủ trì, phối hợp với Sở Xây dựng, Sở Nông nghiệp và Môi trường và các cơ quan liên "
        "quan rà soát, tháo gỡ khó khăn, vướng mắc cho doanh nghiệp.")


@pytest.mark.parametrize("first", ["10", "12.5", "12.7", "12.9", "9.8"])
def test_an_indent_of_one_to_one_point_two_seven_centimetres_passes(first: str) -> None:
    body = f"p[justify, first={first}]: {TASK}\np[justify, first={first}]: {GROUNDS}"
    assert_outline(FirstLineIndentOutOfRange, state_frame(body))


def test_an_indent_of_one_and_a_half_centimetres_is_reported() -> None:
    body = f"""
        p[justify, first=12.5]: {GROUNDS}
        p[justify, first=15]: {TASK}  # expect: FMT022 "lùi vào 1,5 cm, quy định 1–1,27 cm"
    """
    assert_outline(FirstLineIndentOutOfRange, state_frame(body))


def test_many_paragraphs_are_one_finding_with_their_indents() -> None:
    body = "\n".join([f"p[justify, first=7.5]: {GROUNDS}"] * 3 + [f"p[justify]: {TASK}"])
    (v,) = run_rule(FirstLineIndentOutOfRange, state_frame(body))
    assert v.message == ("Đầu dòng của 4 đoạn văn không lùi vào 1–1,27 cm "
                         "(0,75 cm: 3 đoạn; 0 cm: 1 đoạn)")
    assert len(v.related) == 3


def test_an_indent_made_of_a_left_indent_counts() -> None:
    body = f"p[justify, indent=5, first=7.5]: {TASK}"
    assert_outline(FirstLineIndentOutOfRange, party_frame(body))


def test_lists_typed_indents_headings_and_tables_are_not_checked() -> None:
    body = f"""
        numbering: 1 = decimal "%1."
        p[justify, num=1.0]: {TASK}
        p[justify]: \t{GROUNDS}
        p[justify]: **I. NHIỆM VỤ CHUNG**
        table: STT | Nội dung // 1 | {TASK}
    """
    assert_outline(FirstLineIndentOutOfRange, state_frame(body))
