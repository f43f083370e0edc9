"""DAT005 appendix-note-number-mismatch."""

import pytest

from rules.dates.appendix_note_number_mismatch import AppendixNoteNumberMismatch
from tests.harness import assert_outline
from tests.outline import party_frame, state_frame


def appendix(note: str) -> str:
    return f"p: Nội dung báo cáo.\np[center]: **PHỤ LỤC 1**\np[center]: {note}"


@pytest.mark.parametrize("note", [
    "(Kèm theo Báo cáo số 27/BC-UBND ngày 30/01/2026 của UBND tỉnh)  # expect: DAT005 \"28\"",
    "(Kèm theo Báo cáo số 28/BC-UBND ngày 29/01/2026 của UBND tỉnh)  # expect: DAT005",
    "(Kèm theo Báo cáo số 28/BC-UBND ngày 30 tháng 12 năm 2026)  # expect: DAT005",
    "(Kèm theo Báo cáo số 28/BC-UBND ngày 30/01/2026 của UBND tỉnh)",
    "(Kèm theo Báo cáo số        /BC-UBND ngày     tháng 01 năm 2026 của UBND tỉnh)",
    # an appendix of another document (the decision it belongs to) is not this report's note
    "(Kèm theo Quyết định số 15/QĐ-UBND ngày 10/01/2025 của UBND tỉnh)",
])
def test_state_report(note: str) -> None:
    assert_outline(AppendixNoteNumberMismatch, state_frame(appendix(note)))


def test_draft_number_and_month_only() -> None:
    outline = state_frame(appendix("(Kèm theo Báo cáo số    /BC-UBND ngày    /12/2025)"),
                          number="Số:      /BC-UBND", date="Lâm Đồng, ngày    tháng 01 năm 2026")
    outline = outline.replace("ngày    /12/2025)", "ngày    /12/2025)")
    assert_outline(AppendixNoteNumberMismatch, outline)


def test_party_report() -> None:
    note = "(Kèm theo Báo cáo số 27-BC/TU, ngày 30/01/2026 của Thành ủy)  # expect: DAT005"
    assert_outline(AppendixNoteNumberMismatch, party_frame(appendix(note)))
