"""CON005 mixed-count-padding: "06 kết luận, … 7 kế hoạch" in one list."""

from __future__ import annotations

import pytest

from rules.consistency.mixed_count_padding import MixedCountPadding
from tests.harness import rule_findings
from tests.outline import build
from validator.loader import load_bytes


def run(outline: str):
    doc = load_bytes(build(outline), "t.docx")
    return rule_findings(MixedCountPadding, doc)


def test_seed_list():
    found = run(
        "p: Thường trực Thành ủy, Ban Thường vụ Thành ủy ban hành 26 quyết định, 06 kết luận "
        "tiêu chuẩn chính trị, 28 thông báo, 21 báo cáo, 7 kế hoạch, 01 quy định, 03 chương "
        "trình, nổi bật là: Kế hoạch A; Kế hoạch B."
    )
    assert len(found) == 1 and '"7"' in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "p: Ban hành 26 quyết định, 06 kết luận, 28 thông báo, 07 kế hoạch.",
        "p: Ban hành 26 quyết định, 6 kết luận, 28 thông báo, 7 kế hoạch.",
        # not one list: amounts and separate clauses
        "p: Tặng quà cho 07 trẻ em thuộc 3 gia đình, 07 suất quà trị giá 7 triệu đồng.",
        "p: Thẩm định 04 trường hợp; 02 đoàn, 07 đồng chí.",
        "p: Cử 01 đồng chí dự lớp A; 2 đồng chí lớp B.",  # two items only
    ],
)
def test_consistent_or_not_a_list(text):
    assert run(text) == []
