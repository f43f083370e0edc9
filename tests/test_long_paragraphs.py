"""One very long paragraph: the work grows with its length, not with its length squared.

A paragraph of a megabyte (a table pasted as text, a whole appendix without a paragraph
mark) once took minutes: searches that ran back through every earlier figure of the
paragraph for each figure, and copies of the paragraph's start for each candidate list label.
The work here is counted (lines of the analysis executed), not timed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from validator.analysis.claims import prose
from validator.analysis.claims.prose import paragraph_claims
from validator.model import Paragraph

ROOT = Path(__file__).resolve().parents[1]
REPRO = ROOT.parent / "shared" / "repro"
CLAIMS_DIR = str(Path(prose.__file__).parent)

# sentences of real reports, each with a claim the analysis reads (a total and its parts, a
# share, a change from one figure to another, a ratio), and list labels between them
SENTENCES = (
    "Tổng số 1.234 hội viên, trong đó 560 nam và 674 nữ (chiếm 54,62%).",
    "1. Công tác chính trị",
    "Số hồ sơ tăng từ 120 lên 150 hồ sơ, tăng 25%.",
    "Đã số hóa 8.412/9.350 hồ sơ, đạt tỷ lệ 89,97%.",
    "a) Kết quả",
    "Giải quyết đúng hạn 12.106 hồ sơ trên tổng số 12.480 hồ sơ, chiếm 97,0%.",
    "(2) nội dung; (4) nội dung",
)


def long_paragraph(repeats: int) -> Paragraph:
    return Paragraph(part="body", index=0, text=" ".join(SENTENCES * repeats))


def lines_run(call: Callable[[], Any]) -> tuple[int, Any]:
    """The lines of validator.analysis.claims executed by ``call()``, and its result."""
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame: FrameType, event: str, arg: object) -> Any:
        return local if frame.f_code.co_filename.startswith(CLAIMS_DIR) else None

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        result = call()
    finally:
        sys.settrace(previous)
    return count, result


def test_claims_of_a_long_paragraph_take_work_in_proportion_to_its_length() -> None:
    small, claims_small = lines_run(lambda: paragraph_claims(long_paragraph(60)))
    large, claims_large = lines_run(lambda: paragraph_claims(long_paragraph(240)))
    # the claims are read in the long paragraph as in a short one, four times as many
    assert claims_small and len(claims_large) == 4 * len(claims_small)
    assert {c.kind for c in claims_large} == {c.kind for c in claims_small}
    assert len({c.kind for c in claims_small}) >= 3
    assert all(c.holds for c in claims_large)
    # four times the text, about four times the work (searches through the whole paragraph
    # made it sixteen)
    assert large < 5 * small, (small, large)


# -- the reproducers -----------------------------------------------------------------------------

SLOW = ("hang_quadratic_bigpara_100KB_32s.docx", "hang_quadratic_bigpara_1MB.docx",
        "oom_NUM001_numstart_1e8.docx", "hang_NUM001_fuzz_0985.docx",
        "overflow_numId_inf_reported_corrupt.docx")


@pytest.mark.parametrize("name", SLOW)
def test_the_reproducers_of_hangs_are_checked_in_bounded_memory(name: str) -> None:
    """Each file that once hung or took gigabytes is checked, within 300 MB more."""
    from tests.limits import memory_cap
    from validator.engine import check_path

    source = REPRO / name
    if not source.is_file():
        pytest.skip(f"{source} not available")
    with memory_cap(300):
        result = check_path(str(source), timeout=0)
    assert result.status == "checked", result.error
    assert not result.rule_errors, result.rule_errors  # no rule crashed, none ran out of memory
