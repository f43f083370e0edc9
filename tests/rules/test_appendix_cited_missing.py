"""REF004 appendix-cited-missing."""

import pytest

from rules.xref.appendix_cited_missing import AppendixCitedMissing
from tests.harness import assert_outline

APPS = "p: PHỤ LỤC 1\np: TÊN MỘT\np: PHỤ LỤC 2\np: TÊN HAI"
HEAD = "p: I. KẾT QUẢ\np: 1. Công tác A\n"

CASES = [
    HEAD + "p: Nhiệm vụ (Phụ lục 1 kèm theo) và chỉ tiêu (Phụ lục 2 kèm theo).\n" + APPS,
    HEAD + "p: Dự án trọng điểm (Phụ lục 3 kèm theo).  # expect: REF004 \"Phụ lục 3\"\n" + APPS,
    HEAD + "p: Xem các Phụ lục 1, 2 và 3.  # expect: REF004\n" + APPS,
    HEAD + "p: Xem Phụ lục 1 - 2.\n" + APPS,
    HEAD + "p: Xem phụ lục số 02 kèm theo.\n" + APPS,
    # appendices of other documents
    HEAD + "p: Theo Phụ lục III Nghị định số 30/2020/NĐ-CP và Phụ lục 5 của Hướng dẫn 36.\n"
    + APPS,
    HEAD + "p: Mẫu tại Phụ lục 4 ban hành kèm theo Quyết định số 12/QĐ-UBND.\n" + APPS,
    # ... but "kèm theo Kế hoạch này" is this document
    HEAD + "p: Theo Phụ lục 3 kèm theo Kế hoạch này.  # expect: REF004\n" + APPS,
    # no appendix in the file: they travel as separate files
    HEAD + "p: Dự án trọng điểm (Phụ lục 3 kèm theo).",
    # Roman numerals
    HEAD + "p: Xem Phụ lục II.  # expect: REF004 \"Phụ lục II\"\np: Phụ lục I\np: TÊN",
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(AppendixCitedMissing, outline)


def test_comments_and_deleted_text_never_cite() -> None:
    assert_outline(AppendixCitedMissing, HEAD + """
    comment[Bổ sung Phụ lục 3]: Nhiệm vụ (Phụ lục 1 kèm theo).
    p: Chỉ tiêu (Phụ lục 2 kèm theo)~~, dự án (Phụ lục 3 kèm theo)~~.
    """ + APPS)


def test_a_citation_in_a_footnote_counts() -> None:
    assert_outline(AppendixCitedMissing, HEAD + """
    p: Nhiệm vụ[^1: Chi tiết tại Phụ lục 4.].  # expect: REF004
    """ + APPS)
