"""DAT011 period-mismatch."""

from rules.dates.period_mismatch import PeriodMismatch
from tests.harness import assert_outline, run_rule
from tests.outline import party_frame

GOOD = """p: I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 01
p: Nội dung.
p: IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM THÁNG 02 NĂM 2026
p: Nội dung."""


def test_tasks_for_the_following_month() -> None:
    assert_outline(PeriodMismatch, party_frame(GOOD))


def test_tasks_heading_for_another_month() -> None:
    body = GOOD.replace("THÁNG 02 NĂM 2026", "THÁNG 03 NĂM 2026  # expect: DAT011")
    (v,) = assert_outline(PeriodMismatch, party_frame(body))
    assert "THÁNG 02" in (v.suggestion or "")


def test_december_report_tasks_for_january() -> None:
    body = GOOD.replace("THÁNG 01", "THÁNG 12").replace("THÁNG 02 NĂM 2026", "THÁNG 01 NĂM 2026")
    summary = "tình hình thực hiện nhiệm vụ tháng 12; nhiệm vụ trọng tâm tháng 01 năm 2026"
    assert_outline(PeriodMismatch, party_frame(body, summary=summary))


def test_opening_copied_from_last_month_is_a_warning() -> None:
    body = ("p: Thành ủy báo cáo kết quả triển khai, thực hiện tháng 9/2025 như sau:  "
            "# expect: DAT011\n" + GOOD)
    summary = "kết quả thực hiện nhiệm vụ tháng 10; nhiệm vụ tháng 11 năm 2025"
    outline = party_frame(body.replace("THÁNG 01", "THÁNG 10").replace(
        "THÁNG 02 NĂM 2026", "THÁNG 11 NĂM 2025"), summary=summary)
    (v,) = assert_outline(PeriodMismatch, outline)
    assert v.severity.value == "warning"


def test_not_a_monthly_report() -> None:
    outline = party_frame(GOOD.replace("THÁNG 02", "THÁNG 05"),
                          summary="tổng kết công tác năm 2025")
    assert run_rule(PeriodMismatch, outline) == []
