"""REF006 appendix-title-mismatch."""

import pytest

from rules.xref.appendix_title_mismatch import AppendixTitleMismatch
from tests.harness import assert_outline

APP = "p: PHỤ LỤC 1\np: KỊCH BẢN TĂNG TRƯỞNG NĂM 2026"

CASES = [
    "p: Xem Phụ lục 1: Kịch bản tăng trưởng năm 2026.\n" + APP,
    "p: Xem Phụ lục 1 về “Kịch bản tăng trưởng”.\n" + APP,
    "p: Xem Phụ lục 1: Danh mục các dự án trọng điểm.  # expect: REF006\n" + APP,
    "p: Xem Phụ lục 1 về “Danh mục dự án trọng điểm”.  # expect: REF006 \"Danh mục\"\n" + APP,
    # no title named: nothing to compare
    "p: Xem Phụ lục 1 kèm theo.\n" + APP,
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(AppendixTitleMismatch, outline)
