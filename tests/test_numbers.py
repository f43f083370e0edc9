"""Vietnamese and English number notation, units and scales, and the rounding tolerance."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from validator.analysis.numbers import (
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


# -- the seed report, figure by figure -------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "bao-cao-thang-01-2026.docx"
CLEAN = ROOT / "examples" / "bao-cao-thang-01-2026-sach.docx"

# (text around the figure, the figure): correct figures of the seed that no arithmetic or
# consistency rule may flag, with the computation that shows they are right.
SEED_CORRECT = [
    ("151 dự án tồn đọng", "151"),  # 7 + 106 + 38 = 151
    ("tăng 36,23% so với cùng kỳ", "36,23"),  # -0,03 + 35,92 + 0,25 + 0,09 = 36,23
    ("1.688/3.802 tỷ đồng (~44,39%)", "44,39"),  # 1.688 / 3.802 = 44,397…% (truncated)
    ("vượt 69% so với cùng kỳ 2025 (30/01/2025", "69"),  # 412,68 / 244,57 − 1 = 68,74%
    ("đạt 101% kế hoạch thu hút tháng 01", "101"),  # 412,68 / 410 = 100,65%
    ("đạt 11% kế hoạch thu hút 2026", "11"),  # 412,68 / 3.900 = 10,58%
    ("400 triệu USD, chiếm 97%", "97"),  # 400 / 412,68 = 96,93%
    ("12,68 triệu USD, chiếm 3%", "3"),  # 12,68 / 412,68 = 3,07%; 97 + 3 = 100
    ("(vượt 46,2% so với kịch bản tháng 01)", "46,2"),  # 921 / 630 − 1 = 46,19%
    ("tăng 46,19% so với kịch bản tháng 01", "46,19"),
    ("đầu tư nước ngoài ước đạt 412 triệu USD", "412"),  # 412,68 truncated
    ("(IIP) tháng 01 ước tăng 36,2%", "36,2"),  # table 36.2
    ("ước đạt 4,5 tỷ Đô la Mỹ", "4,5"),  # table 4.5 tỷ USD
    ("ước đạt 14,1 triệu tấn", "14,1"),  # table 14.1 triệu tấn
    ("08/08 chỉ tiêu kinh tế", "08/08"),  # 8 evaluated rows of Phụ lục 2, all Đạt/Vượt
    ("02 nghị quyết, 01 đề án, 01 chương trình", "02 nghị quyết"),  # NQ 07, 08; ĐA 04; CTr 11
    ("02 Nghị quyết mới", "02"),  # NQ 79, NQ 80
    ("khởi công 03 Khu công nghiệp", "03"),  # Vinh Quang, Tiên Lãng 1, Sân bay Tiên Lãng
    ("24.622 tỷ đồng, đạt 12,6% dự toán", "12,6"),  # 24.622 / 194.935,65 = 12,63%
    ("16.735 tỷ đồng, đạt 16,2% dự toán", "16,2"),  # 16.735 / 103.166 = 16,22%
    ("7.863 tỷ đồng, đạt 9,3% dự toán", "9,3"),  # 7.863 / 84.200 = 9,34%
    ("đạt 12,4% dự toán Trung ương giao", "12,4"),  # 24.210 / 194.935,65 = 12,42%
    ("đạt 128,5% so với Kế hoạch thu ngân sách", "128,5"),  # 24.210 / 18.836,96 = 128,52%
    ("Dự án sử dụng vốn ngoài ngân sách (07 dự án)", "07"),  # rows 25–31
    ("Thu ngân sách nhà nước trên địa bàn, trong đó:", "Thu"),  # 16.735 + 7.863 ≤ 24.622
    ("Thu hút vốn đầu tư nước ngoài", "Thu"),  # 400 + 12,68 = 412,68; 3.600 + 300 = 3.900
    ("Tốc độ tăng trưởng GRDP, trong đó:", "Tốc"),  # growth rates are never summed
]


def _all_findings(doc):
    from rules import arithmetic, consistency
    from validator.profiles import Profile
    from validator.rule import Context

    ctx = Context.for_document(doc, profile=Profile(name="generic"))
    return [(r, f) for r in (*arithmetic.RULES, *consistency.RULES) for f in r(ctx).check(doc)]


def test_seed_correct_figures_stay_unflagged():
    from validator.loader import load_path

    doc = load_path(SEED)
    spans = []
    for _, f in _all_findings(doc):
        loc = f.location
        start = loc.offset or 0
        spans.append((loc.part, loc.paragraph, start, start + (loc.length or 10**6)))
    for context, figure in SEED_CORRECT:
        hits = [p for p in doc.all_paragraphs() if context in p.text]
        assert hits, context
        for p in hits:
            at = p.text.index(context) + context.index(figure)
            for part, index, start, end in spans:
                same = part == p.part and index == p.index
                overlap = same and start < at + len(figure) and at < end
                assert not overlap, f"{figure!r} in {context!r} was flagged"


def test_seed_errors_are_the_known_defects():
    from validator.loader import load_path

    errors = sorted(
        r.id for r, f in _all_findings(load_path(SEED))
        if (f.severity or r.severity).value == "error"
    )
    assert errors == ["ARI001", "ARI001", "CON001", "CON001"]


@pytest.mark.skipif(not CLEAN.exists(), reason="clean example not built")
def test_clean_example_has_no_arithmetic_or_consistency_error():
    from validator.loader import load_path

    errors = [
        (r.id, f.message) for r, f in _all_findings(load_path(CLEAN))
        if (f.severity or r.severity).value == "error"
    ]
    assert errors == []
