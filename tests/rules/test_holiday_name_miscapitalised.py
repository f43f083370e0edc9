"""CAP010 holiday-name-miscapitalised: "ngày quốc khánh", "tết trung thu", "sáng thứ hai".

The good forms are those of Nghị định 30/2020/NĐ-CP, Phụ lục II, V.5, V.8 and V.9; the
sentences are those of real plans and reports (the corpus's own, and their usual phrasing).
"""

from __future__ import annotations

import pytest

from rules.capitalisation.holiday_name_miscapitalised import HolidayNameMiscapitalised
from tests.harness import assert_outline, run_rule

CASES = [
    # holidays and days of remembrance
    "p: Kỷ niệm 80 năm Cách mạng Tháng Tám và quốc khánh 2/9; phối hợp thực hiện."
    '  # expect: CAP010 "quốc khánh"',
    "p: Tổ chức các hoạt động chào mừng ngày Quốc Khánh 2/9.  # expect: CAP010",
    "p: Chào mừng ngày quốc tế lao động 1/5.  # expect: CAP010 @15",
    "p: Tổ chức gặp mặt nhân ngày nhà giáo Việt Nam 20/11.  # expect: CAP010",
    "p: Hoạt động kỷ niệm ngày Phụ Nữ Việt Nam 20/10 được tổ chức trang trọng.  # expect: CAP010",
    "p: Thăm hỏi gia đình chính sách nhân ngày thương binh - liệt sĩ 27/7.  # expect: CAP010",
    "p: Tham gia Ngày pháp luật Việt Nam năm 2025.  # expect: CAP010",
    # festivals after "tết", months in words, historical events
    "p: Thăm, tặng quà nhân dịp tết trung thu năm 2025.  # expect: CAP010",
    "p: Chăm lo cho hộ nghèo dịp Tết Nguyên Đán Bính Ngọ 2026.  # expect: CAP010 \"Nguyên Đán\"",
    "p: Lễ hội tổ chức vào tháng giêng hằng năm.  # expect: CAP010",
    "p: Kỷ niệm 80 năm cách mạng tháng Tám.  # expect: CAP010",
    # weekdays: a date after, a time of day before, or another weekday joined
    "p: Hội nghị họp vào sáng thứ hai, ngày 12/01/2026.  # expect: CAP010 @26",
    "p: Tiếp nhận hồ sơ từ thứ hai đến thứ sáu hằng tuần.  # expect: CAP010, CAP010",
    "p: Trực vào các ngày thứ bảy và chủ nhật.  # expect: CAP010 \"bảy\", CAP010 \"chủ nhật\"",
    "p: Lịch tiếp công dân vào Thứ Hai, ngày 19/01/2026.  # expect: CAP010 \"Thứ\"",
    # correct, ordinal, ordinary words, quotations, titles in capitals
    "p: Chào mừng ngày Quốc khánh 2-9, ngày Quốc tế Lao động 1-5, ngày Phụ nữ Việt Nam 20-10.",
    "p: Tết Nguyên đán Bính Ngọ; tết Trung thu; tháng Giêng; Cách mạng Tháng Tám.",
    "p: Đây là lần thứ hai Hội tổ chức; thứ ba, hoàn thiện thể chế; các nhà giáo Việt Nam.",
    "p: Họp vào thứ Hai, ngày 12/01/2026; trực Chủ nhật, ngày 18/01/2026.",
    "p: Hội Liên hiệp phụ nữ Việt Nam; Hiệp hội Doanh nhân Việt Nam; gia đình Việt Nam.",
    "p: Tổ chức chương trình “tết trung thu cho em” tại xã.",
    "p: CHÀO MỪNG NGÀY QUỐC KHÁNH 2/9.",
    "p: Quốc khánh 2/9 là ngày hội lớn. Tháng Giêng là tháng ăn chơi.",
]


@pytest.mark.parametrize("outline", CASES)
def test_holiday_name_miscapitalised(outline: str) -> None:
    assert_outline(HolidayNameMiscapitalised, outline)


def test_fixes() -> None:
    found = run_rule(HolidayNameMiscapitalised,
                     "p: Chào mừng ngày quốc khánh; sáng thứ hai, ngày 12/01; tết trung thu.")
    assert [v.suggestion.split(" (")[0] for v in found] == [
        'Viết "Quốc khánh"', 'Viết "Hai"', 'Viết "Trung thu"']


def test_a_profile_adds_names() -> None:
    settings = {"capitalisation": {"holidays": {"days": ["Hội Hoa Đà Lạt"]}}}
    outline = "p: Tham gia Festival nhân ngày hội hoa Đà Lạt 2025."
    assert run_rule(HolidayNameMiscapitalised, outline) == []
    found = run_rule(HolidayNameMiscapitalised, outline, settings=settings)
    assert [v.suggestion.split(" (")[0] for v in found] == ['Viết "Hội Hoa Đà Lạt"']
