"""TYP005 hang-nam-misspelled, on sentences of the real reports."""

import pytest

from rules.spelling.hang_nam_misspelled import HangNamMisspelled
from tests.harness import assert_outline, load
from validator.fix import collect_fixes


@pytest.mark.parametrize("outline", [
    "p: Lệ phí gia nhập Hội, hội phí hàng năm của hội viên;  # expect: TYP005",
    "p: 12. Hàng năm, Hiệp hội phải báo cáo tình hình.  # expect: TYP005",
    "p: Chi trả lương hưu, trợ cấp BHXH hàng tháng không dùng tiền mặt.  # expect: TYP005",
    "p: Điều hành các hoạt động hàng ngày của Văn phòng.  # expect: TYP005",
    "p: Đánh giá, xếp loại hàng quý đối với cán bộ.  # expect: TYP005",
    "p: Hội phí hằng năm; hằng tháng; hằng ngày; hằng quý.",
    "p: Chờ đợi hàng năm trời; hàng năm 2025 tồn kho; hàng nghìn lượt; hàng tháng nay.",
])
def test_real_sentences(outline: str) -> None:
    assert_outline(HangNamMisspelled, outline)


def test_fix_keeps_the_capital() -> None:
    (v,) = fixes(HangNamMisspelled, "p: Hàng năm, Hội báo cáo.")
    assert v.fix is not None and v.fix.replacement == "Hằng"


def fixes(rule: type, outline: str) -> list:  # the findings that soat fix would apply
    return [p.finding for p in collect_fixes(load(outline), [rule])]
