"""ARI004 table-parts-exceed-total: sub-rows of a total in appendix tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules.arithmetic.table_parts_exceed_total import TablePartsExceedTotal
from tests.harness import rule_findings, run_rule
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


# Phụ lục "Biểu mẫu thống kê số liệu báo cáo CCHC" (Lâm Đồng): 1.5 = 1.5.1 + 1.5.2 + 1.5.3
TREE = ("table[header=1]: STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu // "
        "1.4 | Tổng số TTHC thuộc thẩm quyền giải quyết | Thủ tục | 2.310 // "
        "1.4.1 | Số TTHC cấp tỉnh | Thủ tục | 1.865 // 1.4.2 | Số TTHC cấp xã | Thủ tục | 445 // "
        "1.4.3 | Số TTHC ngành dọc | Thủ tục | 420 // "
        "1.5 | Tổng số đơn vị sự nghiệp công lập | Đơn vị | {total} // "
        "1.5.1 | Số ĐVSNCL thuộc UBND tỉnh | Đơn vị | 12 // "
        "1.5.2 | Số ĐVSNCL thuộc sở, ngành | Đơn vị | 248 // "
        "1.5.3 | Số ĐVSNCL thuộc UBND cấp xã | Đơn vị | 1.593")


def test_parent_rows_are_the_sum_of_their_children() -> None:
    # 1.4.3 stands outside 1.4 (1.865 + 445 = 2.310): the first children make the parent
    assert run_rule(TablePartsExceedTotal, TREE.format(total="1.853")) == []
    found = run_rule(TablePartsExceedTotal, TREE.format(total="1.835"))
    assert len(found) == 1 and "12 + 248 + 1.593 = 1.853, không phải 1.835" in found[0].message


def test_total_row() -> None:
    table = ("table[header=1]: STT | Lĩnh vực | Tiếp nhận | Đã giải quyết | Đúng hạn // "
             "1 | Đất đai | 700 | 680 | 650 // 2 | Tư pháp | 550 | 520 | 500 // "
             " | Tổng cộng | 1.250 | 1.200 | {x}")
    assert run_rule(TablePartsExceedTotal, table.format(x="1.150")) == []
    found = run_rule(TablePartsExceedTotal, table.format(x="1.105"))
    assert len(found) == 1 and "650 + 500 = 1.150, không phải 1.105" in found[0].message
    assert "\"đúng hạn\"" in found[0].message
