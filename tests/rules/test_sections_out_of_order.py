"""STR013 sections-out-of-order (profile party-monthly-report)."""

from __future__ import annotations

import pytest

from rules.structure.sections_out_of_order import SectionsOutOfOrder
from tests.fixtures import PARTY_BODY, report
from tests.harness import assert_outline
from tests.rules.test_required_section_missing import AUTO_BODY, HEADING_BODY, NESTED_BODY

SWAPPED = """\
p: I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
p: Ban Thường vụ Thành ủy tổ chức 03 hội nghị.
p: II. KẾT QUẢ THỰC HIỆN
p: Tăng trưởng kinh tế đạt kế hoạch.
p: III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 02 NĂM 2026
p: Tập trung chuẩn bị bầu cử.
p: IV. MỘT SỐ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN   # expect: STR013
p: Giải ngân vốn đầu tư công còn chậm."""


def test_shortcomings_after_next_tasks() -> None:
    (v,) = assert_outline(SectionsOutOfOrder, report("party", body=SWAPPED))
    assert "NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM" in v.message
    assert v.related


def test_swapped_heading_styles() -> None:
    body = HEADING_BODY.replace("h1: Công tác lãnh đạo, chỉ đạo\n"
                                "p: Ban Thường vụ Thành ủy tổ chức 03 hội nghị.\n", "")
    body += "\nh1: Công tác lãnh đạo, chỉ đạo   # expect: STR013\np: Nội dung."
    assert_outline(SectionsOutOfOrder, report("party", body=body))


@pytest.mark.parametrize("body", [PARTY_BODY, AUTO_BODY, HEADING_BODY, NESTED_BODY],
                         ids=["typed", "automatic", "heading-styles", "nested"])
def test_ordered_report_is_clean(body: str) -> None:
    assert_outline(SectionsOutOfOrder, report("party", body=body))


def test_state_report_is_not_checked() -> None:
    assert_outline(SectionsOutOfOrder, report("state", body=SWAPPED.replace(
        "   # expect: STR013", "")))
