"""TYP008 space-doubled, on sentences of the real reports."""

import pytest

from rules.spelling.space_doubled import SpaceDoubled
from tests.harness import assert_outline, load
from validator.fix import collect_fixes


@pytest.mark.parametrize("outline", [
    "p: Chủ động nghiên cứu, cập nhật  kịp thời các kiến thức mới.  # expect: TYP008",
    "p: Trương, chính sách của Đảng và  Nhà nước về ứng dụng công nghệ.  # expect: TYP008",
    "p: Chủ động nghiên cứu, cập nhật kịp thời các kiến thức mới.",
    "p: Ngắn  gọn.",
    "p: Căn cứ Điều lệ, Nghị định số     ngày      tháng      năm 2025 của Chính phủ.",
    "p[center]: Công tác kiểm tra  và giám sát của Ban Thường vụ Tỉnh ủy năm 2025",
    "table: Văn bằng, chứng  chỉ, trình độ giáo dục phổ thông | Anh  chị  em  ruột",
])
def test_real_sentences(outline: str) -> None:
    assert_outline(SpaceDoubled, outline)


def test_fix_keeps_one_space() -> None:
    (v,) = fixes(SpaceDoubled, "p: Chủ động nghiên cứu, cập nhật  kịp thời các kiến thức.")
    assert v.fix is not None and v.fix.replacement == " " and v.location.length == 2


def fixes(rule: type, outline: str) -> list:  # the findings that soat fix would apply
    return [p.finding for p in collect_fixes(load(outline), [rule])]
