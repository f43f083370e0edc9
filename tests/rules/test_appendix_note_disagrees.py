"""REF007 appendix-note-disagrees."""

import pytest

from rules.xref.appendix_note_disagrees import AppendixNoteDisagrees
from tests.harness import assert_outline

BODY = "p: Thực hiện Chương trình hành động số 05-CTr/TU, ngày {d} (Phụ lục 1 kèm theo).\n"
APP = ("p: PHỤ LỤC 1\np: DANH MỤC NHIỆM VỤ\n"
       "p: (theo Chương trình hành động số 05-CTr/TU, ngày 06 tháng 11 năm 2025 của Thành ủy)")

CASES = [
    BODY.format(d="06/11/2025") + APP,
    BODY.format(d="06/11/2026") + APP + "  # expect: REF007 \"06/11/2026\"",
    # the body names another document: nothing to compare
    "p: Thực hiện Kế hoạch số 12-KH/TU, ngày 01/02/2025.\n" + APP,
    # the body cites the code without a date
    "p: Thực hiện Chương trình hành động số 05-CTr/TU (Phụ lục 1 kèm theo).\n" + APP,
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(AppendixNoteDisagrees, outline)
