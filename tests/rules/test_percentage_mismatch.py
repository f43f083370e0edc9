"""ARI003 percentage-mismatch: ratios, plan and same-period percentages."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules.arithmetic.percentage_mismatch import PercentageMismatch
from tests.harness import rule_findings
from tests.outline import build
from validator.loader import load_bytes, load_path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "bao-cao-thang-01-2026.docx"
HEAD = "table[header=1]: Chỉ tiêu | Đơn vị tính | KH năm 2026 | Tháng 01 | ƯTH tháng 01"
ROW = "Thu ngân sách nhà nước | Tỷ đồng | 194,935.65 | 18,836.96 | 24,622.00"


def findings(doc):
    return rule_findings(PercentageMismatch, doc)


def run(outline: str):
    return findings(load_bytes(build(outline), "t.docx"))


@pytest.mark.parametrize(
    "text",
    [
        "p: KLHT khoảng 1.688/3.802 tỷ đồng (~44,39%) giá trị hợp đồng.",  # truncated
        "p: KLHT khoảng 1.688/3.802 tỷ đồng (~44,40%) giá trị hợp đồng.",  # rounded
        "p: FDI ước đạt 412,68 triệu USD, vượt 69% so với cùng kỳ 2025 "
        "(30/01/2025: 244,57 triệu USD).",
        f"p: Tổng thu ngân sách nhà nước đạt 24.622 tỷ đồng, đạt 12,6% dự toán Trung ương giao "
        f"năm 2026, đạt 130,7% so với Kế hoạch thu ngân sách tháng 01.\n{HEAD} // {ROW}",
        "p: Đúc dầm Super U được 07/12 dầm (đạt 58%).",  # no unit between: still a ratio
    ],
)
def test_correct_percentages_pass(text):
    assert run(text) == []


def test_wrong_ratio():
    found = run("p: KLHT khoảng 1.688/3.802 tỷ đồng (~45,39%) giá trị hợp đồng.")
    assert len(found) == 1 and "1.688/3.802 = 44,40%, không phải 45,39%" in found[0].message


def test_wrong_same_period_growth():
    found = run(
        "p: Thu hút đầu tư nước ngoài ước đạt 412,68 triệu USD, vượt 79% so với cùng kỳ 2025 "
        "(30/01/2025: 244,57 triệu USD)."
    )
    assert len(found) == 1 and "412,68/244,57 = 168,74%" in found[0].message
    assert "68,7%, không phải vượt 79%" in found[0].message


def test_wrong_plan_percentage_against_table_row():
    found = run(
        "p: Tổng thu ngân sách nhà nước đạt 24.622 tỷ đồng, đạt 128,5% so với Kế hoạch thu "
        f"ngân sách tháng 01.\n{HEAD} // {ROW}"
    )
    assert len(found) == 1 and "24.622 / 18.836,96" in found[0].message
    assert found[0].severity is not None and found[0].severity.value == "warning"


def test_seed_percentages_are_all_consistent():
    assert findings(load_path(SEED)) == []


def test_ratio_column_of_a_table():
    # Quyết định công bố Chỉ số CCHC 2025: "Chỉ số chung" = "Điểm đạt được" / "Điểm tối đa"
    table = ("table[header=1]: Thứ hạng | Đơn vị | Điểm chuẩn tối đa | Điểm đạt được | "
             "Chỉ số chung // "
             "1 | Sở Tư pháp | 89,00 | 82,78 | 93,01% // 2 | Sở Nội vụ | 87,00 | 78,95 | 90,75% // "
             "3 | Sở Khoa học và Công nghệ | 87,00 | 78,83 | 90,60% // "
             "4 | Sở Xây dựng | 87,50 | 78,47 | {x}")
    assert run(table.format(x="89,68%")) == []
    found = run(table.format(x="98,68%"))
    assert len(found) == 1 and "78,47/87,50 = 89,68%, không phải 98,68%" in found[0].message


def test_rate_of_a_change():
    text = ("p: trong 09 tháng đầu năm 2025 đã phát hiện 3.890 vụ (so với cùng kỳ năm 2024 tăng "
            "463 vụ, tương ứng {p}%), 10.673 đối tượng vi phạm pháp luật về ma túy.")
    assert run(text.format(p="13,51")) == []
    found = run(text.format(p="11,90"))
    assert len(found) == 1 and "463/(3.890 − 463) = 13,51%, không phải 11,90%" in found[0].message
