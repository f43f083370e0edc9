"""STR014 superior-line-redundant."""

from __future__ import annotations

from rules.structure.superior_line_redundant import SuperiorLineRedundant
from tests.fixtures import PARTY_REPORT, STATE_REPORT, report
from tests.harness import assert_outline


def test_superior_line_above_thanh_uy() -> None:
    outline = report("party", superior="ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", head_expect="STR014")
    (v,) = assert_outline(SuperiorLineRedundant, outline)
    assert "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" in v.message


def test_thanh_uy_alone_is_clean() -> None:
    assert_outline(SuperiorLineRedundant, PARTY_REPORT)


def test_city_committee_under_a_province_keeps_its_superior() -> None:
    outline = report("party", superior="ĐẢNG BỘ TỈNH THÁI NGUYÊN").replace(
        "THÀNH ỦY HẢI PHÒNG", "THÀNH ỦY SÔNG CÔNG")
    assert_outline(SuperiorLineRedundant, outline)


def test_district_committee_keeps_its_superior() -> None:
    outline = report("party", superior="ĐẢNG BỘ TỈNH HÀ GIANG").replace(
        "THÀNH ỦY HẢI PHÒNG", "HUYỆN ỦY ĐỒNG VĂN")
    assert_outline(SuperiorLineRedundant, outline)


def test_state_documents_are_not_checked() -> None:
    assert_outline(SuperiorLineRedundant, STATE_REPORT)
