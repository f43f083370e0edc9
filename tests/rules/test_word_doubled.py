"""TYP003 word-doubled, on sentences of the real reports."""

import pytest

from rules.spelling.word_doubled import WordDoubled
from tests.harness import assert_outline, load
from validator.fix import collect_fixes


@pytest.mark.parametrize("outline", [
    "p: Các nhiệm vụ theo yêu cầu của của Thủ tướng Chính phủ tại Chỉ thị.  # expect: TYP003",
    "p: Đơn vị sự nghiệp trực thuộc các các sở, ngành.  # expect: TYP003 @31",
    "p: Chia, tách, sáp nhập, hợp nhất và và giải thể Hiệp hội  # expect: TYP003",
    "p: Cấp đổi thẻ đảng viên trên trên nền tảng Cơ sở dữ liệu.  # expect: TYP003",
    "p: Thông tin lưu trữ kèm theo theo quy định.  # expect: TYP003",
    "p: 2. Kết nối Các các câu lạc bộ cầu lông.  # expect: TYP003",
    "p: Người người thi đua, ngày ngày thi đua; từ từ; chung chung; bay là là.",
    "p: Hành vi vi phạm; Đại hội Hội; trực tiếp tiếp nhận; Luật Luật sư; song song.",
    "p: Của cải; các cơ quan; và là để cho (không lặp).",
])
def test_real_sentences(outline: str) -> None:
    assert_outline(WordDoubled, outline)


def test_fix_deletes_the_second_word() -> None:
    (v,) = fixes(WordDoubled, "p: Dành cho cho chương trình.")
    assert v.fix is not None and v.fix.replacement == ""
    assert v.location.offset == len("Dành cho") and v.location.length == len(" cho")


def fixes(rule: type, outline: str) -> list:  # the findings that soat fix would apply
    return [p.finding for p in collect_fixes(load(outline), [rule])]
