"""ARI004 table-parts-exceed-total: sub-rows of a total in appendix tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules.arithmetic.table_parts_exceed_total import TablePartsExceedTotal
from tests.harness import rule_findings
from tests.outline import build
from validator.loader import load_bytes, load_path

SEED = Path(__file__).resolve().parents[2] / "examples" / "bao-cao-thang-01-2026.docx"
HEAD = "table[header=1]: STT | Chỉ tiêu | Đơn vị tính | KH năm 2026 | Tháng 01 | ƯTH tháng 01"
BUDGET = (
    "// 5 | Thu ngân sách nhà nước, trong đó: | Tỷ đồng | 194,935.65 | 18,836.96 | {total} "
    "// | + Thu nội địa | Tỷ đồng | 103,166.00 | 11,617.16 | 16,735.00 "
    "// | + Thu xuất nhập khẩu | Tỷ đồng | 84,200.00 | 7,214.00 | 7,863.00"
)
FDI = (
    "// 12 | Thu hút vốn đầu tư nước ngoài | Triệu USD | 3,900 | 410 | {total} "
    "// | - Trong khu kinh tế | Triệu USD | 3,600 | 400 | 400 "
    "// | - Ngoài khu kinh tế | Triệu USD | 300 | 10 | 12.68"
)
GRDP = (
    "// 1 | Tốc độ tăng trưởng GRDP, trong đó: | % | 13.00 | - | - "
    "// a | Công nghiệp và xây dựng | % | 15.17 | - | - // - | Công nghiệp | % | 15.62 | - | - "
    "// b | Dịch vụ | % | 11.00 | - | - // c | Nông, lâm nghiệp và thủy sản | % | 2.00 | - | -"
)
RATES = (
    "// 19 | Tỷ lệ thu gom chất thải rắn | | - | - | - "
    "// | - Đô thị | % | 95.0 | - | - // | - Nông thôn | % | 90.0 | - | -"
)


def findings(doc):
    return rule_findings(TablePartsExceedTotal, doc)


def run(outline: str):
    return findings(load_bytes(build(outline), "t.docx"))


@pytest.mark.parametrize(
    "rows",
    [BUDGET.format(total="24,622.00"), FDI.format(total="412.68"), GRDP, RATES],
)
def test_seed_rows_pass(rows):
    assert run(f"{HEAD} {rows}") == []


def test_parts_exceed_a_subset_total():
    found = run(f"{HEAD} {BUDGET.format(total='24,210.00')}")
    assert len(found) == 1
    assert "16.735,00 + 7.863,00 = 24.598,00" in found[0].message


def test_complementary_parts_must_add_up():
    found = run(f"{HEAD} {FDI.format(total='420.68')}")
    assert len(found) == 1 and "400,00 + 12,68 = 412,68" in found[0].message


def test_seed_appendix_two_passes():
    assert findings(load_path(SEED)) == []
