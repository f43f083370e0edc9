"""XDC003 number-reused-across-documents: 2631 and 2632/QĐ-UBND, as in the corpus' reports."""

from __future__ import annotations

import pytest

from rules.crossdoc.number_reused_across_documents import NumberReusedAcrossDocuments
from tests.crossharness import assert_documents
from tests.outline import state_frame

DECISION_2631 = state_frame(
    "p: Điều 1. Tạm giao biên chế công chức năm 2026.",
    number="Số: 2631/QĐ-UBND", title="QUYẾT ĐỊNH",
    date="Lâm Đồng, ngày 22 tháng 12 năm 2025",
    summary="Về việc tạm giao biên chế công chức năm 2026 trong các cơ quan, tổ chức hành "
            "chính nhà nước tỉnh Lâm Đồng",
)

def _expect_on_header(outline: str, rule: str) -> str:
    """The frame with an annotation on its header table (where the own number stands)."""
    lines = outline.splitlines()
    i = next(i for i, line in enumerate(lines) if line.startswith("table[borderless]"))
    lines[i] += f"  # expect: {rule}"
    return "\n".join(lines) + "\n"


CASES = [
    # a report citing the decision's own number for another decision
    "file: qd-2631.docx\n" + DECISION_2631 + """
    file: bao-cao.docx
    p: Tổng số người làm việc được giao (tại Quyết định số 2631/QĐ-UBND ngày 22/12/2025 về giao số lượng người làm việc trong các đơn vị sự nghiệp công lập).  # expect: XDC003 "2631/QĐ-UBND"
    """,
    # ... and for the decision itself
    "file: qd-2631.docx\n" + DECISION_2631 + """
    file: bao-cao.docx
    p: Ủy ban nhân dân tỉnh ban hành Quyết định số 2631/QĐ-UBND ngày 22/12/2025 về tạm giao biên chế công chức năm 2026 trong các cơ quan, tổ chức hành chính nhà nước tỉnh Lâm Đồng.
    """,
    # two documents with one own number and different summaries
    "file: qd-2631.docx\n" + DECISION_2631 + "file: qd-khac.docx\n" + _expect_on_header(
        state_frame(
            "p: Điều 1. Giao số lượng người làm việc.", number="Số: 2631/QĐ-UBND",
            title="QUYẾT ĐỊNH", date="Lâm Đồng, ngày 23 tháng 12 năm 2025",
            summary="Về việc giao số lượng người làm việc năm 2026"),
        "XDC003"),
    # a draft and its final: same number, same summary
    "file: du-thao.docx\n" + DECISION_2631 + "file: ban-ky.docx\n" + DECISION_2631,
    # cited with different dates: XDC001's, not this rule's
    """
    file: a.docx
    p: Quyết định số 2631/QĐ-UBND ngày 22/12/2025 về tạm giao biên chế công chức năm 2026.
    file: b.docx
    p: Quyết định số 2631/QĐ-UBND ngày 23/12/2025 về giao số lượng người làm việc.
    """,
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_documents(NumberReusedAcrossDocuments, outline)
