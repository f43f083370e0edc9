"""DAT003 date-padding."""

import pytest

from rules.dates.date_padding import DatePadding
from tests.harness import assert_outline, run_rule
from tests.outline import party_frame

BODY = "p: Thực hiện Nghị quyết số 07-NQ/TU, ngày 5/1/2026 của Thành ủy."


@pytest.mark.parametrize("date,expect", [
    ("Hải Phòng, ngày 5 tháng 02 năm 2026", ["ngày 5"]),
    ("Hải Phòng, ngày 15 tháng 1 năm 2026", ["tháng 1"]),
    ("Hải Phòng, ngày 5 tháng 2 năm 2026", ["ngày 5", "tháng 2"]),
    ("Hải Phòng, ngày 05 tháng 02 năm 2026", []),
    ("Hải Phòng, ngày 15 tháng 7 năm 2026", []),
    ("Hải Phòng, ngày    tháng 12 năm 2025", []),
])
def test_place_date_line(date: str, expect: list[str]) -> None:
    found = run_rule(DatePadding, party_frame(BODY, date=date))
    assert sorted(v.message.split('"')[1] for v in found) == sorted(expect)


def test_cited_dates_by_setting() -> None:
    assert run_rule(DatePadding, party_frame(BODY)) == []
    (v,) = run_rule(DatePadding, party_frame(BODY), settings={"pad_cited_dates": True})
    assert "05/01/2026" in (v.suggestion or "")


@pytest.mark.parametrize("outline", [
    "p: Ngày 5/01/2026.  # expect: DAT003",
    "p: Ngày 15/1/2026.  # expect: DAT003",
    "p: Ngày 05/01/2026, 15/7/2025, ngày 15 tháng 12 năm 2025.",
])
def test_cited_dates(outline: str) -> None:
    assert_outline(DatePadding, outline, settings={"pad_cited_dates": True})
