"""STR012 required-section-missing (profile party-monthly-report)."""

from __future__ import annotations

import pytest

from rules.structure.required_section_missing import RequiredSectionMissing
from tests.fixtures import PARTY_BODY, STATE_REPORT, report
from tests.harness import assert_outline

AUTO_BODY = """\
numbering: 1 = upperRoman "%1." | decimal "%2."
n1.0: CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO
p: Ban Thường vụ Thành ủy tổ chức 03 hội nghị.
n1.0: KẾT QUẢ THỰC HIỆN
p: Tăng trưởng kinh tế đạt kế hoạch.
n1.0: MỘT SỐ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN
p: Giải ngân vốn đầu tư công còn chậm.
n1.0: NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 02 NĂM 2026
p: Tập trung chuẩn bị bầu cử."""

HEADING_BODY = """\
h1: Công tác lãnh đạo, chỉ đạo
p: Ban Thường vụ Thành ủy tổ chức 03 hội nghị.
h1: Kết quả thực hiện nhiệm vụ
h2: Về kinh tế
p: Tăng trưởng kinh tế đạt kế hoạch.
h1: Hạn chế, khuyết điểm
p: Giải ngân vốn đầu tư công còn chậm.
h1: Phương hướng, nhiệm vụ tháng 02
p: Tập trung chuẩn bị bầu cử."""

# the practice skeleton of vn-document-rules.md §8: leadership nested in the results part
NESTED_BODY = """\
p: I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 01
p: 1. Công tác lãnh đạo, chỉ đạo
p: Ban Thường vụ tổ chức 03 hội nghị.
p: 2. Đánh giá chung
p: a) Ưu điểm: hoàn thành nhiều nhiệm vụ.
p: b) Hạn chế, khuyết điểm: giải ngân chậm.
p: II- NHIỆM VỤ TRỌNG TÂM THÁNG 02
p: Tập trung chuẩn bị bầu cử."""


@pytest.mark.parametrize("body", [PARTY_BODY, AUTO_BODY, HEADING_BODY, NESTED_BODY],
                         ids=["typed", "automatic", "heading-styles", "nested"])
def test_complete_monthly_report_is_clean(body: str) -> None:
    assert_outline(RequiredSectionMissing, report("party", body=body))


def test_missing_shortcomings_section() -> None:
    body = PARTY_BODY.replace("p: III. MỘT SỐ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN\n"
                              "p: Giải ngân vốn đầu tư công còn chậm.\n", "")
    body = body.replace("p: IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 02 NĂM 2026",
                        "p: III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 02 NĂM 2026"
                        "   # expect: STR012")
    (v,) = assert_outline(RequiredSectionMissing, report("party", body=body))
    assert "Tồn tại, hạn chế và nguyên nhân" in v.message
    assert "sau mục" in v.message and "trước mục" in v.message


def test_missing_section_with_automatic_numbering() -> None:
    body = AUTO_BODY.replace("n1.0: CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO\n"
                             "p: Ban Thường vụ Thành ủy tổ chức 03 hội nghị.\n", "")
    body = body.replace("n1.0: KẾT QUẢ THỰC HIỆN", "n1.0: KẾT QUẢ THỰC HIỆN   # expect: STR012")
    assert_outline(RequiredSectionMissing, report("party", body=body))


def test_missing_last_section_points_at_the_one_before() -> None:
    body = PARTY_BODY.split("p: IV.")[0].replace(
        "p: III. MỘT SỐ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
        "p: III. MỘT SỐ TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN   # expect: STR012")
    (v,) = assert_outline(RequiredSectionMissing, report("party", body=body))
    assert "Nhiệm vụ, giải pháp trọng tâm" in v.message


def test_nfd_headings() -> None:
    assert_outline(RequiredSectionMissing, report("party", nfd=True, layout="paragraphs"))


def test_state_report_has_no_required_sections() -> None:
    assert_outline(RequiredSectionMissing, STATE_REPORT)


def test_non_monthly_party_report_has_no_required_sections() -> None:
    assert_outline(RequiredSectionMissing,
                   report("party", summary="kết quả 6 tháng đầu năm 2025", body="p: I. A\np: b"))
