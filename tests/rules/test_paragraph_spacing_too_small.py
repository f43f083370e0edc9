"""FMT023 paragraph-spacing-too-small, on the running text of real reports and letters."""

from __future__ import annotations

from typing import Any

from rules.formatting.paragraph_spacing_too_small import ParagraphSpacingTooSmall
from tests.harness import assert_outline, run_rule
from tests.outline import party_frame, state_frame

# Báo cáo kết quả thực hiện Đề án 06 tháng 9 năm 2025 (UBND tỉnh Lâm Đồng).
A = ("Trong tháng 9/2025, Ban chỉ đạo tỉnh Lâm Đồng tiếp tục chỉ đạo các sở, ban, ngành, "
     "địa phương triển khai thực hiện các nhiệm vụ của Đề án 06.")
B = "Tổ chức 02 cuộc họp trực tuyến đến cấp xã để đánh giá kết quả thực hiện."
C = "Ban hành Kế hoạch tổ chức cuộc thi tìm hiểu về chuyển đổi số."


def test_six_points_between_paragraphs_pass() -> None:
    body = f"p[justify, after=3]: {A}\np[justify, after=6, before=3]: {B}\np[justify]: {C}"
    assert_outline(ParagraphSpacingTooSmall, state_frame(body))


def test_half_a_point_short_passes() -> None:
    body = f"p[justify, after=5.5]: {A}\np[justify, after=6]: {B}\np[justify]: {C}"
    assert_outline(ParagraphSpacingTooSmall, party_frame(body))


def test_spacing_under_six_points_is_reported() -> None:
    body = f"""
        p[justify, after=6]: {A}
        p[justify, after=2, before=0]: {B}
        p[justify, before=2]: {C}  # expect: FMT023 "đoạn văn trên là 4 pt, quy định tối thiểu 6 pt"
    """
    assert_outline(ParagraphSpacingTooSmall, state_frame(body))


def test_many_places_are_one_finding() -> None:
    body = "\n".join(f"p[justify, after=5]: {t}" for t in (A, B, C, A, B))
    (v,) = run_rule(ParagraphSpacingTooSmall, state_frame(body))
    assert v.message == "Khoảng cách giữa các đoạn văn dưới 6 pt ở 4 chỗ (5 pt: 4 chỗ)"
    assert len(v.related) == 3


def test_paragraphs_apart_by_an_empty_one_or_a_table_are_not_checked() -> None:
    body = f"""
        p[justify, after=0]: {A}
        p:
        p[justify, after=0]: {B}
        table: STT | Nội dung // 1 | {C}
        p[justify, after=6]: {C}
    """
    assert_outline(ParagraphSpacingTooSmall, state_frame(body))


def test_contextual_spacing_joins_paragraphs_of_one_style() -> None:
    # "Don't add space between paragraphs of the same style": Word shows no spacing at all
    def edit(document: Any) -> None:
        from docx.oxml.parser import OxmlElement

        for p in document.paragraphs:
            if p.text in (A, B):
                p._p.get_or_add_pPr().append(OxmlElement("w:contextualSpacing"))

    body = f"p[justify, after=6]: {A}\np[justify, after=6]: {B}"
    (v,) = run_rule(ParagraphSpacingTooSmall, state_frame(body), edit=edit)
    assert v.message == "Khoảng cách với đoạn văn trên là 0 pt, quy định tối thiểu 6 pt"
    assert B[:20] in v.excerpt
