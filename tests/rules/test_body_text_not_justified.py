"""FMT021 body-text-not-justified, on the running text of real reports and decisions."""

from __future__ import annotations

from rules.formatting.body_text_not_justified import BodyTextNotJustified
from tests.harness import assert_outline, load, rule_findings, run_rule
from tests.outline import party_frame, state_frame

# Quyết định cho phép sáp nhập Hội Golf tỉnh (UBND tỉnh Lâm Đồng, 2025): "Điều 1" left as
# pasted, the other articles justified.
ARTICLE_1 = ("Điều 1. Cho phép sáp nhập Hội Golf tỉnh Bình Thuận (trước sắp xếp) vào Hội Golf "
             "tỉnh Lâm Đồng và lấy tên là Hội Golf tỉnh Lâm Đồng.")
ARTICLE_2 = ("Điều 2. Trong thời hạn 30 (ba mươi) ngày kể từ ngày Quyết định này có hiệu lực, "
             "Hội Golf tỉnh Lâm Đồng có trách nhiệm tổ chức đại hội và sửa đổi điều lệ.")
ARTICLE_3 = "Điều 3. Quyết định này có hiệu lực kể từ ngày ký ban hành."


def test_a_running_paragraph_left_aligned_is_reported() -> None:
    body = f"""
        p[justify, first=12.5]: {ARTICLE_2}
        p[left, first=12.5]: {ARTICLE_1}  # expect: FMT021 "căn trái, chưa căn đều hai lề"
        p[justify, first=12.5]: {ARTICLE_3}
    """
    assert_outline(BodyTextNotJustified, state_frame(body))


def test_many_paragraphs_are_one_finding() -> None:
    body = "\n".join(f"p[left, first=12.5]: {t}" for t in (ARTICLE_1, ARTICLE_2, ARTICLE_1))
    (v,) = run_rule(BodyTextNotJustified, state_frame(body))
    assert v.message == "3 đoạn văn của phần nội dung căn trái, chưa căn đều hai lề"
    assert len(v.related) == 2 and v.fixable
    (f,) = rule_findings(BodyTextNotJustified, load(state_frame(body)),
                         profile="state-document")
    assert f.fix is not None and f.fix.alignment == "both" and len(f.fix.paragraphs) == 2


def test_the_party_body_is_held_to_the_same() -> None:
    body = f"p[left, first=10]: {ARTICLE_2}  # expect: FMT021 \"căn trái\""
    assert_outline(BodyTextNotJustified, party_frame(body))


def test_headings_short_lines_and_tables_are_not_checked() -> None:
    body = f"""
        p[left]: **I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI**
        p[left]: 1. Công tác chỉ đạo của Ban chỉ đạo tỉnh
        p[left]: **{ARTICLE_1}**
        p[justify, first=12.5]: {ARTICLE_2}
        table: STT | Nội dung // 1 | {ARTICLE_1}
        p[center]: {ARTICLE_3}
    """  # a centred line is a title, not running text
    assert_outline(BodyTextNotJustified, state_frame(body))


def test_a_document_without_a_frame_is_not_checked() -> None:
    assert_outline(BodyTextNotJustified, f"p[left]: {ARTICLE_1}\np[left]: {ARTICLE_2}\n")
