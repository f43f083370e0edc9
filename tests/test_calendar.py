"""validator.analysis.dates: date finding, weekdays and the Vietnamese lunar calendar."""

import datetime as dt

import pytest

from validator.analysis.dates import can_chi, find_dates, tet, to_lunar, weekday_name

# Tết Nguyên đán in Vietnam (UTC+7), 2020-2030
TET = {
    2020: "2020-01-25", 2021: "2021-02-12", 2022: "2022-02-01", 2023: "2023-01-22",
    2024: "2024-02-10", 2025: "2025-01-29", 2026: "2026-02-17", 2027: "2027-02-06",
    2028: "2028-01-26", 2029: "2029-02-13", 2030: "2030-02-02",
}
NAMES = {2020: "Canh Tý", 2021: "Tân Sửu", 2022: "Nhâm Dần", 2023: "Quý Mão", 2024: "Giáp Thìn",
         2025: "Ất Tỵ", 2026: "Bính Ngọ", 2027: "Đinh Mùi", 2028: "Mậu Thân", 2029: "Kỷ Dậu",
         2030: "Canh Tuất", 1930: "Canh Ngọ", 1945: "Ất Dậu"}


@pytest.mark.parametrize("year", sorted(TET))
def test_tet(year: int) -> None:
    assert tet(year).isoformat() == TET[year]


@pytest.mark.parametrize("year", sorted(NAMES))
def test_can_chi(year: int) -> None:
    assert can_chi(year) == NAMES[year]


def test_vietnam_differs_from_china() -> None:
    # the new moon fell before midnight at UTC+7 but after it at UTC+8
    assert tet(1985) == dt.date(1985, 1, 21)
    assert tet(2007) == dt.date(2007, 2, 17)


def test_seed_dates() -> None:
    l10 = to_lunar(dt.date(2026, 2, 10))
    assert (l10.day, l10.month, l10.year) == (23, 12, 2025)  # 23 tháng Chạp Ất Tỵ
    assert to_lunar(dt.date(2026, 2, 16)).day == 29  # tháng Chạp Ất Tỵ has no 30th
    first = to_lunar(dt.date(2026, 2, 17))
    assert (first.day, first.month, first.can_chi) == (1, 1, "Bính Ngọ")


def test_leap_month() -> None:
    # 2023 had a leap second month (tháng 2 nhuận, from 22/3/2023)
    lunar = to_lunar(dt.date(2023, 3, 22))
    assert (lunar.day, lunar.month, lunar.leap) == (1, 2, True)


def test_weekday_name() -> None:
    assert weekday_name(dt.date(2026, 2, 14)) == "thứ Bảy"
    assert weekday_name(dt.date(2026, 2, 15)) == "Chủ nhật"
    assert weekday_name(dt.date(2026, 2, 16)) == "thứ Hai"


def test_find_dates() -> None:
    text = "ngày 06/11/2026, ngày 06 tháng 11 năm 2025, 15.7.2025, 9-8-2019, 31/4/2026, 1.234.567"
    found = find_dates(text)
    assert [(d.form, d.sep, d.text) for d in found] == [
        ("numeric", "/", "06/11/2026"), ("long", " ", "ngày 06 tháng 11 năm 2025"),
        ("numeric", ".", "15.7.2025"), ("numeric", "-", "9-8-2019"),
        ("numeric", "/", "31/4/2026"),
    ]
    assert found[-1].date is None
    assert find_dates("đạt 08/08 chỉ tiêu, tỷ lệ 1/2000, 12.792.640 triệu, 1.2.2025a") == []
