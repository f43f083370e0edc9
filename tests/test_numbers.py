"""Vietnamese and English number notation, units and scales, and the rounding tolerance."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rules._numbers import (
    AMB_COMMA,
    AMB_DOT,
    EN,
    PLAIN,
    VI,
    agrees,
    cell_figure,
    classify,
    figures,
    fmt,
    parse,
    same_figure,
    unit_of,
)


@pytest.mark.parametrize(
    ("token", "kind", "value", "decimals"),
    [
        ("24.622", AMB_DOT, "24622", 0),
        ("12,6", VI, "12.6", 1),
        ("24.228,133", VI, "24228.133", 3),
        ("12.792.640", VI, "12792640", 0),
        ("194,935.65", EN, "194935.65", 2),
        ("1,198,916", EN, "1198916", 0),
        ("7,056.0", EN, "7056.0", 1),
        ("11.81", EN, "11.81", 2),
        ("0.794", EN, "0.794", 3),
        ("55,2", VI, "55.2", 1),
        ("187,767", AMB_COMMA, "187767", 0),
        ("07", PLAIN, "7", 0),
    ],
)
def test_classify_and_parse(token, kind, value, decimals):
    assert classify(token) == kind
    assert parse(token) == (Decimal(value), decimals)


def test_ambiguous_figures_follow_their_context():
    assert parse("24.622", EN) == (Decimal("24.622"), 3)
    assert parse("187,767", VI) == (Decimal("187.767"), 3)
    # a sentence with an unambiguous English figure reads the others in English
    figs = list(figures("Giá trị 1,198,916 và 187,767 triệu đồng"))
    assert [f.base for f in figs] == [Decimal(1198916), Decimal(187767) * 10**6]


def test_units_and_scales_compare():
    a, b = list(figures("ước đón 850 triệu lượt khách, bảng ghi 850 nghìn lượt"))
    c = cell_figure("0.85")
    assert a.unit == b.unit == "lượt"
    assert a.base == Decimal(850_000_000) and b.base == Decimal(850_000)
    assert not same_figure(a, b)
    scale, unit = unit_of("Triệu lượt người")
    assert (scale, unit) == (10**6, "lượt")
    assert c is not None and c.value * scale == b.base
    assert unit_of("Tỷ USD") == (10**9, "USD")
    (usd,) = figures("đạt 4,5 tỷ Đô la Mỹ")
    assert usd.unit == "USD" and usd.base == Decimal(4_500_000_000)


def test_ranges_bounds_and_approximations():
    assert cell_figure("15,5 - 16").approx
    assert cell_figure("08 - 10").padded
    assert cell_figure("> 75").approx
    assert cell_figure("Đạt") is None
    (f,) = figures("khoảng 62.000 tỷ đồng")
    assert f.approx and f.base == Decimal(62_000) * 10**9
    (g,) = figures("(~44,39%)")
    assert g.approx and g.unit == "%"


def test_dates_codes_and_ratios_are_not_figures():
    assert [f.token for f in figures("ngày 24/01/2026, số 57-NQ/TW, 08/08 chỉ tiêu")] == []


def test_negative_contribution():
    (f,) = figures("đóng góp -0,03 điểm%")
    assert f.value == Decimal("-0.03") and f.unit == "điểm %"
    assert [f.value for f in figures("2025-2026 và 15,5 - 16")][-1] == Decimal(16)


def test_tolerance_rounded_or_truncated():
    exact = Decimal(1688) / Decimal(3802) * 100  # 44,3977…
    assert agrees(Decimal("44.39"), 2, exact)
    assert agrees(Decimal("44.40"), 2, exact)
    assert not agrees(Decimal("44.3"), 2, exact)
    assert agrees(Decimal(69), 0, Decimal("68.7"))
    assert not agrees(Decimal(70), 0, Decimal("68.7"))


def test_same_figure_at_coarser_precision():
    (a,) = figures("đạt 412 triệu USD")
    (b,) = figures("đạt 412,68 triệu USD")
    (c,) = figures("đạt 413 triệu USD")
    assert same_figure(a, b) and same_figure(b, a) and same_figure(c, b)
    (d,) = figures("đạt 24.210 tỷ đồng")
    (e,) = figures("đạt 24.622 tỷ đồng")
    assert not same_figure(d, e)


amounts = st.decimals(min_value=-10**12, max_value=10**12, places=3, allow_nan=False)


@given(amounts, st.integers(min_value=0, max_value=3), st.sampled_from([VI, EN]))
def test_format_parse_round_trip(value, decimals, notation):
    written = fmt(value, decimals, notation)
    stated = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    token = written.lstrip("-")
    got, got_decimals = parse(token, notation)
    assert (got if not written.startswith("-") else -got) == stated
    assert got_decimals == decimals
    assert agrees(stated, decimals, value)


@given(
    st.decimals(min_value=0, max_value=10**6, places=4, allow_nan=False),
    st.integers(min_value=0, max_value=3),
)
def test_rounding_and_truncation_always_agree(exact, decimals):
    q = Decimal(1).scaleb(-decimals)
    assert agrees(exact.quantize(q, rounding=ROUND_HALF_UP), decimals, exact)
    assert agrees(exact.quantize(q, rounding=ROUND_DOWN), decimals, exact)
    off = exact.quantize(q, rounding=ROUND_HALF_UP) + 2 * q
    assert not agrees(off, decimals, exact)
