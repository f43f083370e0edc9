"""TYP009 can-chi-misspelled, on the user's report and on year names of the real reports."""

import pytest

from rules.spelling.can_chi_misspelled import CanChiMisspelled
from tests.harness import assert_outline, load
from validator.fix import collect_fixes


@pytest.mark.parametrize("outline", [
    "p: Tặng quà Tết Nguyên đán Bình Ngô, nghỉ dưỡng sức năm 2026.  # expect: TYP009 \"chính tả\"",
    "p: Tổ chức vui Xuân Ất Tỵ 2026.  # expect: TYP009 \"Bính Ngọ\"",
    "p: Kỷ niệm năm 2025 (Giáp Thìn).  # expect: TYP009 \"Ất Tỵ\"",
    "p: Năm Giáp Sửu.  # expect: TYP009 \"không đi với\"",
    "p: Tết Nguyên đán Bính Ngọ 2026; Xuân Ất Tỵ 2025; năm 2024 (Giáp Thìn); Tết Ất Tị.",
    "p: Năm Tân Sửu; tỉnh Bình Dương năm Bình Dương; Tết Nguyên Đán Quý Mão.",
    "p: Ngày 17/02/2026 (mùng 1 Tết Bính Ngọ).",
])
def test_sentences(outline: str) -> None:
    assert_outline(CanChiMisspelled, outline)


def test_fix_writes_the_name() -> None:
    (v,) = fixes(CanChiMisspelled, "p: Tết Nguyên đán Bình Ngô.")
    assert v.fix is not None and v.fix.replacement == "Bính Ngọ"


def fixes(rule: type, outline: str) -> list:  # the findings that soat fix would apply
    return [p.finding for p in collect_fixes(load(outline), [rule])]
