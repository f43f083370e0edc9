"""CAP009 place-name-miscapitalised: "phường 3 Bảo Lộc", "Thành phố Phan Thiết".

Sentences from real plans, letters and submissions of the corpus; the good forms are those of
Nghị định 30/2020/NĐ-CP, Phụ lục II, III.1.
"""

from __future__ import annotations

import pytest

from rules.capitalisation.place_name_miscapitalised import PlaceNameMiscapitalised
from tests.harness import assert_outline, run_rule

CASES = [
    "p: - Lãnh đạo UBND phường 3 Bảo Lộc  # expect: CAP009 @16",
    "p: Kiến nghị thuộc thẩm quyền giải quyết của UBND phường 1 Bảo Lộc.  # expect: CAP009",
    "p: Đại hội tổ chức tại Khách sạn Bình Minh - đường Lê Lợi, Thành phố Phan Thiết, tỉnh "
    "Bình Thuận.  # expect: CAP009",
    "p: Thực tiễn tại Thành phố Hà Nội, Thành phố Hồ Chí Minh đã thành lập Hội.  # expect: CAP009",
    "p: Địa bàn ngoài tỉnh như: thành phố Hồ Chí Minh, Đồng Nai.  # expect: CAP009",
    "p: Hội nghị trực tuyến với thủ đô Hà Nội.  # expect: CAP009",
    # correct, names, numbers that are no unit's name, sentence starts
    "p: UBND Phường 3 Bảo Lộc; Quận 1; tỉnh Lâm Đồng; thành phố Đà Lạt; Thủ đô Hà Nội.",
    "p: Theo kinh nghiệm của thành phố Hà Nội, UBND thành phố Hải Phòng đã triển khai.",
    "p: Thành phố Đà Lạt đón 1,2 triệu lượt khách. Tỉnh Lâm Đồng có 124 xã, phường.",
    "p: Tỉnh ủy, Tỉnh Đoàn và Ủy ban nhân dân tỉnh phối hợp; các phường 1, 2 của thành phố.",
    "p: Địa chỉ: tổ dân phố 3, phường 2,5 km về phía đông.",
]


@pytest.mark.parametrize("outline", CASES)
def test_place_name_miscapitalised(outline: str) -> None:
    assert_outline(PlaceNameMiscapitalised, outline)


def test_fixes() -> None:
    found = run_rule(PlaceNameMiscapitalised, "p: UBND phường 3, Thành phố Phan Thiết.")
    assert [v.suggestion.split(" (")[0] for v in found] == ['Viết "Phường"', 'Viết "thành phố"']
