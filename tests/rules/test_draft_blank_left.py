# ruff: noqa: E501  (outline lines are one block each)
"""FMT013 draft-blank-left: blanks of a draft, information while drafting, errors at signature."""

import pytest

from rules.formatting.draft_blank_left import DraftBlankLeft
from tests.harness import assert_outline, run_rule
from tests.outline import state_frame

# the real phrasing of the corpus's draft decisions and letters
CASES = [
    'p: Xét đề nghị của Ban Chấp hành, Ban kiểm tra và ý kiến của Sở Nội vụ tại Tờ trình số      /TTr-SNV ngày    /5/2025 về việc thông báo kết quả.  # expect: FMT013 "số /TTr-SNV", FMT013 "ngày /5/2025"',
    'p: Theo đề nghị của Sở Tư pháp tại Văn bản số  …/STP-HCBT ngày …/5/2025.  # expect: FMT013 "…/STP-HCBT", FMT013',
    'p: Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số ……/TTr-STP ngày …. /9/2025 của Sở Tư pháp.  # expect: FMT013, FMT013 "ngày …. /9/2025"',
    'p: Báo cáo đề xuất của Sở Nội vụ tại Công văn số       /SNV-TCBC ngày       tháng 11 năm 2025.  # expect: FMT013, FMT013 "tháng 11 năm 2025"',
    # filled in
    "p: Xét đề nghị của Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 28/6/2025 về việc thông báo.",
]


def decision(body: str) -> str:
    # the draft's own number and date are blank for the records office: not reported
    return state_frame(body, title="QUYẾT ĐỊNH", number="Số:          /QĐ-UBND",
                       date="Lâm Đồng, ngày      tháng 5 năm 2025")


@pytest.mark.parametrize("body", CASES)
def test_blanks_while_drafting_are_information(body: str) -> None:
    for v in assert_outline(DraftBlankLeft, decision(body)):
        assert v.severity.value == "info"


def test_blanks_at_stage_final_are_errors() -> None:
    found = run_rule(DraftBlankLeft, decision(CASES[0].split("  # expect")[0]),
                     settings={"stage": "final"})
    assert [v.severity.value for v in found] == ["error", "error"]
    assert found[0].message.startswith("Bản trình ký còn chỗ trống chưa điền")


def test_the_documents_own_number_in_an_appendix_note_is_not_reported() -> None:
    body = ("p: Nội dung đã được triển khai.\n"
            "p: PHỤ LỤC\n"
            "p: (Kèm theo Quyết định số       /QĐ-UBND ngày     /5/2025 của Ủy ban nhân dân tỉnh)")
    assert_outline(DraftBlankLeft, decision(body), settings={"stage": "final"})


def test_a_form_is_not_checked() -> None:
    assert_outline(DraftBlankLeft, "p: Họ và tên: ………\np: Giấy tờ số      /GT ngày    /5/2025")
