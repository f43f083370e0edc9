"""ARI008 change-mismatch: a change against the two figures it is the difference of."""

from __future__ import annotations

import pytest

from rules.arithmetic.change_mismatch import ChangeMismatch
from tests.harness import assert_outline, run_rule

# Báo cáo tổng kết Chiến lược phòng, chống ma túy (Lâm Đồng): changes written with their pair
CORRECT = [
    "p: + Năm 2012, đã phát hiện, bắt giữ 268 vụ, 494 đối tượng phạm các tội về ma túy. So với "
    "năm 2011 tăng 59 vụ (268/209), 88 đối tượng (494/406).",
    "p: + Năm 2015, đã phát hiện, bắt giữ 322 vụ, 580 đối tượng phạm các tội về ma túy. So với "
    "năm 2014 giảm 16 vụ (338/322), 49 đối tượng (580/629).",  # the older figure first
    "p: + Năm 2016: 3726 người nghiện, tăng 357 người so với năm 2015 (3726/3369).",
    "p: - Tiến hành khởi tố mới: 734 vụ, 1218 bị can, giảm 312 vụ (734/1046) so với năm 2024.",
    "p: Số hộ nghèo giảm từ 1.200 hộ xuống 900 hộ, giảm 300 hộ.",
    # a change without the figures it comes from is not checked
    "p: Chi trả an sinh xã hội qua tài khoản cho 69.436 người (tăng 12.685 người so với tháng "
    "trước).",
    # a ratio in brackets without a change word is not a pair
    "p: Đúc dầm Super U được 07/12 dầm.",
]


@pytest.mark.parametrize("outline", CORRECT)
def test_changes_that_hold(outline: str) -> None:
    assert_outline(ChangeMismatch, outline)


@pytest.mark.parametrize(
    ("outline", "message"),
    [
        ("p: + Năm 2016, đã phát hiện, bắt giữ 390 vụ, 664 đối tượng. So với năm 2015 tăng 68 "
         "vụ (209/155), 84 đối tượng (664/580).  # expect: ARI008",
         "209 − 155 = 54, không phải 68"),
        ("p: + Năm 2024, đã phát hiện, bắt giữ 1152 vụ, 2079 đối tượng. So với năm 2023 tăng 102 "
         "vụ (1152/1050), 9398 đối tượng (2079/1681).  # expect: ARI008",
         "2.079 − 1.681 = 398, không phải 9.398"),
        ("p: + Năm 2011: 2126 người nghiện, giảm 24 người so với năm 2010 (2126/2102).  "
         "# expect: ARI008", "là tăng, không phải giảm"),
        ("p: Số hộ nghèo giảm từ 1.200 hộ xuống 900 hộ, giảm 200 hộ.  # expect: ARI008",
         "1.200 − 900 = 300, không phải 200"),
    ],
)
def test_changes_that_do_not_hold(outline: str, message: str) -> None:
    assert_outline(ChangeMismatch, outline)
    found = run_rule(ChangeMismatch, outline.split("  #")[0])
    assert len(found) == 1 and message in found[0].message
    assert found[0].severity.value == "error"


def test_difference_column_of_a_table() -> None:
    table = ("table[header=1]: STT | Chỉ tiêu | Năm 2024 | Năm 2025 | "
             "Tăng, giảm so với năm 2024 // "
             "1 | Số vụ | 1.122 | 766 | -356 // 2 | Số đối tượng | 1.385 | 1.050 | -335 // "
             "3 | Khởi tố (vụ) | 1.046 | 734 | -312 // 4 | Bị can | 1.500 | 1.218 | -282")
    assert run_rule(ChangeMismatch, table) == []
    found = run_rule(ChangeMismatch, table.replace("| -312", "| -321"))
    assert len(found) == 1 and "734 − 1.046" in found[0].message.replace("−", "−")
