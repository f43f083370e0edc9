"""TYP007 space-before-punctuation, on sentences of the real reports."""

import pytest

from rules.spelling.space_before_punctuation import SpaceBeforePunctuation
from tests.harness import assert_outline


@pytest.mark.parametrize("outline", [
    "p: Chủ yếu trong lĩnh vực sản xuất , kinh doanh, dịch vụ.  # expect: TYP007",
    "p: Bầu ủy viên Ban Kiểm tra ; bầu bổ sung ủy viên.  # expect: TYP007",
    "p: Chấp hành pháp luật và Điều lệ Liên đoàn .  # expect: TYP007",
    "p: Thành viên BCH tham dự đồng ý )  # expect: TYP007",
    "p: Nơi nhận :  # expect: TYP007",
    "p: Định dạng phổ biến: .doc, .docx, .pdf; thông qua .NET Standard.",
    "p: Hình thức tuyển dụng: (P ); chỗ điền: ……; ký tên . . .",
    "p: Sản xuất, kinh doanh (dịch vụ); v.v...",
])
def test_real_sentences(outline: str) -> None:
    assert_outline(SpaceBeforePunctuation, outline)
