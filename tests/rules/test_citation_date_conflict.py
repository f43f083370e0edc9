"""DAT006 citation-date-conflict."""

import pytest

from rules.dates.citation_date_conflict import CitationDateConflict
from tests.harness import assert_outline, run_rule
from tests.outline import party_frame

SEED = """p: 4. Chương trình hành động số 05-CTr/TU, ngày 06/11/2026 thực hiện.  # expect: DAT006
p: Nội dung.
p[center]: **PHỤ LỤC 1**
p[center]: Danh mục nhiệm vụ trọng tâm
p[center]: _(theo Chương trình hành động số 05-CTr/TU, ngày 06 tháng 11 năm 2025 của Thành ủy)_"""


def test_seed_case_flagged_once_with_every_place() -> None:
    (v,) = assert_outline(CitationDateConflict, party_frame(SEED))
    assert "06/11/2026" in v.message and "06 tháng 11 năm 2025" in v.message
    assert len(v.related) == 1


@pytest.mark.parametrize("outline", [
    # footnote and table, spaces and NBSP inside the code
    "p: Nghị quyết số 79 - NQ/TW, ngày 06/01/2026.  # expect: DAT006\n"
    "p: Ghi chú[^1: Nghị quyết số 79-NQ/TW, ngày 07/01/2026 của Bộ Chính trị.].",
    "p: Kế hoạch số 218/KH-UBND ngày 26/8/2025.  # expect: DAT006\n"
    "table: STT | Nội dung // 1 | Theo Kế hoạch số 218/KH-UBND ngày 26/9/2025",
    "p: Kế hoạch số 218/KH-UBND ngày 26/8/2025.\np: Kế hoạch số 218/KH-UBND ngày 26 tháng 8 "
    "năm 2025.\np: Kế hoạch số 218/KH-UBND.",
    "p: Kế hoạch số 218/KH-UBND ngày 26/8/2025 và Kế hoạch số 219/KH-UBND ngày 27/8/2025.",
])
def test_conflicts(outline: str) -> None:
    assert_outline(CitationDateConflict, outline)


def test_three_places_one_finding() -> None:
    outline = ("p: Nghị quyết số 07-NQ/TU, ngày 29/01/2026.\n"
               "p: Nghị quyết số 07-NQ/TU, ngày 28/01/2026.\n"
               "p: Nghị quyết số 07-NQ/TU, ngày 29/01/2026.")
    (v,) = run_rule(CitationDateConflict, outline)
    assert len(v.related) == 2
