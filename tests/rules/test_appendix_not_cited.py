"""REF005 appendix-not-cited."""

import pytest

from rules.xref.appendix_not_cited import AppendixNotCited
from tests.harness import assert_outline

HEAD = "p: I. KẾT QUẢ\np: 1. Công tác A\n"
APPS = "p: PHỤ LỤC 1\np: TÊN MỘT\np: PHỤ LỤC 2\np: TÊN HAI"

CASES = [
    HEAD + "p: Nhiệm vụ (Phụ lục 1 kèm theo) và chỉ tiêu (Phụ lục 2 kèm theo).\n" + APPS,
    HEAD + "p: Nhiệm vụ (Phụ lục 1 kèm theo).\n"
    "p: PHỤ LỤC 1\np: TÊN MỘT\np: PHỤ LỤC 2  # expect: REF005\np: TÊN HAI",
    # a general reference covers every appendix
    HEAD + "p: Chi tiết tại các phụ lục kèm theo.\n" + APPS,
    # one appendix citing itself does not count
    HEAD + "p: Nhiệm vụ (Phụ lục 1 kèm theo).\n"
    "p: PHỤ LỤC 1\np: TÊN MỘT\np: PHỤ LỤC 2  # expect: REF005\np: TÊN HAI\np: Ghi chú: Phụ lục 2.",
    # a file that is only an appendix
    "p: Phụ lục II\np: QUY ĐỊNH VỀ VIẾT HOA",
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(AppendixNotCited, outline)
