"""FMT012 paper-size-not-a4: A4 in every section, within 2 mm."""

import pytest

from rules.formatting.paper_size_not_a4 import PaperSizeNotA4
from tests.harness import assert_outline, run_rule
from tests.outline import party_frame, state_frame
from validator.model import BODY, Location

BODY_TEXT = "p: Trong tháng, các nhiệm vụ được triển khai đồng bộ.\n"


def _on(outline: str, page: str) -> str:
    """Set the first section's paper before the first block."""
    return f"page: {page}\n{outline}"


@pytest.mark.parametrize("page", ["A4", "width=209.9 height=297", "width=210.1 height=296.9"])
def test_a4_within_two_millimetres(page: str) -> None:
    assert_outline(PaperSizeNotA4, _on(state_frame(BODY_TEXT), page))


def test_letter_document_is_one_finding_for_the_document() -> None:
    # a real state decision of the corpus is set on US Letter
    (v,) = run_rule(PaperSizeNotA4, _on(state_frame(BODY_TEXT), "letter"))
    assert v.location == Location(part=BODY)
    assert "khổ giấy Letter (215,9 × 279,4 mm), không phải khổ A4" in v.message


def test_landscape_a4_appendix_passes_and_a_letter_section_is_named() -> None:
    body = BODY_TEXT + "section: landscape\ntable: STT | Nội dung // 1 | Việc\n"
    assert_outline(PaperSizeNotA4, party_frame(body))
    body = BODY_TEXT + ("section: landscape\npage: width=279.4 height=215.9\n"
                        'p: PHỤ LỤC  # expect: FMT012 "Phần 2"\n'
                        "table: STT | Nội dung // 1 | Việc\n")
    assert_outline(PaperSizeNotA4, party_frame(body))


def test_forms_are_not_checked() -> None:
    assert_outline(PaperSizeNotA4, "page: letter\np: Họ và tên: Nguyễn Văn A")
