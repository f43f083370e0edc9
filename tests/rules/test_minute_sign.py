"""TYP010 minute-sign, on sentences of the real reports."""

import pytest

from rules.spelling.minute_sign import MinuteSign
from tests.harness import assert_outline, load
from validator.fix import collect_fixes


@pytest.mark.parametrize("outline", [
    "p: Từ 20 giờ 15’- 20 giờ 45’ ngày 23 tháng 1 năm 2026.  # expect: TYP010, TYP010",
    "p: Từ 20 giờ 15’- 20 giờ  45’ ngày 25 tháng 9.  # expect: TYP010, TYP010",
    "p: Gửi báo cáo trước 11h00’ ngày thứ 5 hằng tuần để tổng hợp.  # expect: TYP010",
    "p: Khai mạc lúc 7g30' tại hội trường tầng 2.  # expect: TYP010",
    "p: Từ 20 giờ 15 phút đến 20 giờ 45 phút; lúc 8 giờ 30; 14h00 ngày 5/1.",
    "p: Tọa độ 10°30′ vĩ Bắc; khẩu hiệu ‘Đoàn kết’; lớp '12A'; Khối 3' bài hát.",
    "p: Số hiệu 2025’s report; giờ 15’s; 25 giờ 61’.",
])
def test_real_sentences(outline: str) -> None:
    assert_outline(MinuteSign, outline)


def test_fix_writes_the_word() -> None:
    found = fixes(MinuteSign, "p: Từ 20 giờ 15’- 20 giờ 45’ ngày 23.")
    assert [v.fix.replacement for v in found] == [" phút ", " phút"]
    first = found[0].location
    assert (first.offset, first.length) == (len("Từ 20 giờ 15"), 1)


def fixes(rule: type, outline: str) -> list:  # the findings that soat fix would apply
    return [p.finding for p in collect_fixes(load(outline), [rule])]
