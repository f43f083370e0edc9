"""ARI002 breakdown-sum-mismatch: totals against their bracketed parts and contributions."""

from __future__ import annotations

import pytest

from rules.arithmetic.breakdown_sum_mismatch import BreakdownSumMismatch
from tests.harness import rule_findings
from tests.outline import build
from validator.loader import load_bytes

IIP = (
    "Chỉ số sản xuất toàn ngành công nghiệp tăng {total}% so với cùng kỳ năm trước; trong đó, "
    "ngành khai khoáng giảm 10,94%, tác động làm giảm 0,03 điểm% vào mức tăng chung; ngành "
    "chế biến, chế tạo tăng 38,78% đóng góp 35,92 điểm%; ngành điện tăng 3,69% đóng góp 0,25 "
    "điểm%; ngành cấp nước tăng 9,31% đóng góp 0,09 điểm% vào mức tăng chung toàn ngành."
)


def run(outline: str):
    doc = load_bytes(build(outline), "t.docx")
    return rule_findings(BreakdownSumMismatch, doc)


def test_seed_footnote_total_is_correct():
    assert run(
        "p: Kế hoạch giải quyết dự án tồn đọng[^1: 151 dự án tồn đọng, theo từng nhóm vấn đề "
        "(07 dự án thuộc thẩm quyền của Thủ tướng; 106 Dự án thuộc thẩm quyền UBND thành phố; "
        "38 dự án thuộc thẩm quyền của cấp xã) tương ứng nguồn lực khoảng 62.000 tỷ đồng.]"
    ) == []


def test_wrong_total_in_footnote():
    found = run("p: Dự án tồn đọng[^1: 150 dự án tồn đọng (07 dự án A; 106 dự án B; 38 dự án C).]")
    assert len(found) == 1 and "07 + 106 + 38 = 151, không phải 150" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "p: 20 xã (trong đó 05 xã miền núi, 03 xã ven biển).",  # a subset
        "p: 10 đoàn (05 đoàn khách quốc tế; 4 lượt khách).",  # parts of another unit
        "p: Cấp 02 đồng chí (01 đồng chí; 01 đồng chí).",
    ],
)
def test_subsets_and_other_units_pass(text):
    assert run(text) == []


def test_contributions_add_up_in_seed():
    assert run(f"table: Chỉ tiêu | {IIP.format(total='36,23')}") == []


def test_contributions_do_not_add_up():
    found = run(f"p: {IIP.format(total='38,23')}")
    assert len(found) == 1
    assert "-0,03" in found[0].message or "- 0,03" in found[0].message
    assert "= 36,23" in found[0].message


# Báo cáo CCHC năm 2025 (Lâm Đồng)
BIEN_CHE = ("p: Ủy ban nhân dân tỉnh đã phân bổ biên chế năm 2025 với 9.976 biên chế công chức "
            "(gồm "
            "3.743 biên chế cấp tỉnh, 6.233 biên chế cấp xã), {total} biên chế viên chức hưởng "
            "lương từ ngân sách nhà nước (gồm 17.607 biên chế cấp tỉnh, 41.740 biên chế cấp xã và "
            "1.327 biên chế dự phòng).")


def test_two_breakdowns_in_one_sentence() -> None:
    assert run(BIEN_CHE.format(total="60.674")) == []
    found = run(BIEN_CHE.format(total="60.764"))
    assert [f.message for f in found] == [
        "Tổng không khớp với các phần: 17.607 + 41.740 + 1.327 = 60.674, không phải 60.764."]


def test_total_and_the_items_that_follow() -> None:
    outline = (
        "p: Đến thời điểm ngày 10/12/2025, thực hiện phân bổ 100% kế hoạch vốn được giao với "
        "tổng dự toán là {t} tỷ đồng, trong đó:\n"
        "p: + Dự toán chi đầu tư phát triển năm 2025 là 22.143 tỷ đồng.\n"
        "p: + Dự toán thực hiện các Chương trình mục tiêu quốc gia năm 2025 là 1.855 tỷ đồng.")
    assert run(outline.format(t="23.997")) == []  # 23.998 within the rounding of tỷ đồng
    assert run(outline.format(t="24.997")) == []  # "trong đó": the items may be only some
    found = run(outline.format(t="22.997"))
    assert len(found) == 1 and "22.143 + 1.855 = 23.998, không phải 22.997" in found[0].message
