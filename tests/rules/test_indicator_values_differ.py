"""CON001 indicator-values-differ: body and appendix state one indicator with two values."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules.consistency.indicator_values_differ import IndicatorValuesDiffer
from tests.harness import rule_findings
from tests.outline import build
from validator.loader import load_bytes, load_path

SEED = Path(__file__).resolve().parents[2] / "examples" / "bao-cao-thang-01-2026.docx"
HEAD = "table[header=1]: Chỉ tiêu | Đơn vị tính | Tháng 01 | ƯTH tháng 01 | Tóm tắt kết quả"


def run(outline: str):
    doc = load_bytes(build(outline), "t.docx")
    return rule_findings(IndicatorValuesDiffer, doc)


def test_body_differs_from_appendix_row_and_summary():
    found = run(
        "p: Tổng thu ngân sách nhà nước đạt 24.210 tỷ đồng, đạt 12,4% dự toán.\n"
        f"{HEAD} // Thu ngân sách nhà nước | Tỷ đồng | 18,836.96 | 24,622.00 | "
        "Tổng thu ngân sách Nhà nước tháng 01 năm 2026 là 24.622 tỷ đồng."
    )
    assert len(found) == 1
    assert "24.210" in found[0].message and "24,622.00" in found[0].message
    assert len(found[0].related) == 2


def test_scales_are_converted():
    found = run(
        "p: Thành phố ước đón 850 triệu lượt khách du lịch.\n"
        f"{HEAD} // Thu hút khách du lịch | Triệu lượt người | 0.85 | 0.85 | "
        "Thành phố ước đón 850 nghìn lượt khách du lịch."
    )
    assert len(found) == 1
    assert "850.000.000" in found[0].message and "850.000 lượt" in found[0].message


@pytest.mark.parametrize(
    "body",
    [
        "p: Thu hút đầu tư nước ngoài ước đạt 412 triệu USD.",  # truncated 412,68
        "p: Thu hút đầu tư nước ngoài ước đạt 412,68 triệu USD.",
        "p: Thu hút đầu tư nước ngoài ước đạt 0,41268 tỷ USD.",
        # a plan, not a result
        "p: Kế hoạch thu hút đầu tư nước ngoài năm 2026 là 3.900 triệu USD.",
    ],
)
def test_agreeing_or_unrelated_figures_pass(body):
    outline = (
        f"{body}\n{HEAD} // Thu hút vốn đầu tư nước ngoài | Triệu USD | 410 | 412.68 | "
        "Tổng thu hút vốn đầu tư nước ngoài ước đạt 412,68 triệu USD."
    )
    assert run(outline) == []


def test_twice_in_body_is_a_warning():
    found = run(
        "p: Kim ngạch xuất khẩu ước đạt 4,5 tỷ USD.\n"
        "p: Tóm lại, kim ngạch xuất khẩu đạt 4,7 tỷ USD."
    )
    assert len(found) == 1
    assert found[0].severity is not None and found[0].severity.value == "warning"


def test_table_row_against_its_own_summary():
    found = run(
        f"{HEAD} // Kim ngạch xuất khẩu | Tỷ USD | 4.5 | 4.5 | "
        "Kim ngạch xuất khẩu ước đạt 4,8 tỷ USD."
    )
    assert len(found) == 1


def test_seed_reports_both_conflicts_and_nothing_else():
    doc = load_path(SEED)
    found = rule_findings(IndicatorValuesDiffer, doc)
    assert len(found) == 2
    assert "24.210" in found[0].message and "24.622" in found[0].message
    assert "850 triệu" in found[1].message and "0.85" in found[1].message
