"""TYP006 year-range-dash, on sentences of the drafts the reviewers corrected."""

import pytest

from rules.spelling.year_range_dash import YearRangeDash
from tests.harness import assert_outline, load
from validator.fix import collect_fixes


@pytest.mark.parametrize("outline", [
    "p: Tổ chức Đại hội nhiệm kỳ V (2024 – 2029).  # expect: TYP006",
    "p: Đại hội lần thứ V, nhiệm kỳ 2025 – 2030 và ý kiến.  # expect: TYP006",
    "p: Nhiệm kỳ 2025–2030; giai đoạn 2021—2025.  # expect: TYP006, TYP006",
    "p: Nhiệm kỳ (2024 - 2029); giai đoạn 2021-2025; ngày 15/01/2025 – 20/02/2026.",
    "p: Trang 12 – 15; số 2024 – số 2029; mã 20241 – 20291.",
])
def test_real_sentences(outline: str) -> None:
    assert_outline(YearRangeDash, outline)


def test_fix_is_a_hyphen() -> None:
    (v,) = fixes(YearRangeDash, "p: Nhiệm kỳ (2024 – 2029).")
    assert v.fix is not None and v.fix.replacement == "-" and v.location.length == 1


def fixes(rule: type, outline: str) -> list:  # the findings that soat fix would apply
    return [p.finding for p in collect_fixes(load(outline), [rule])]
