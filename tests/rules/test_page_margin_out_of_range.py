from pathlib import Path

import pytest

from rules.formatting.page_margin_out_of_range import PageMarginOutOfRange
from tests.harness import assert_outline
from tests.outline import party_frame, state_frame

BODY = "p: Trong tháng, các nhiệm vụ được triển khai đồng bộ.\n"


def _with_margins(outline: str, margins: str, expect: str = "") -> str:
    """Put a margins directive before the first block; annotate that block."""
    lines = outline.strip().split("\n")
    first = next(i for i, ln in enumerate(lines) if ln.startswith("table"))
    if expect:
        lines[first] += f"  # expect: {expect}"
    return "\n".join([*lines[:first], f"margins: {margins}", *lines[first:]])


def test_party_margins_of_hd36() -> None:
    assert_outline(PageMarginOutOfRange, _with_margins(party_frame(BODY), "20 20 30 15"))


@pytest.mark.parametrize("margins", ["19.9 20.1 30.2 14.8", "20.5 20 29.5 15"])
def test_rounding_within_one_millimetre(margins: str) -> None:
    assert_outline(PageMarginOutOfRange, _with_margins(party_frame(BODY), margins))


def test_party_margins_of_the_old_guide() -> None:
    outline = _with_margins(party_frame(BODY), "25 25 35 15", 'FMT005 "lề trên 25 mm"')
    assert_outline(PageMarginOutOfRange, outline)


@pytest.mark.parametrize("margins", ["20 20 30 15", "25 25 35 20", "22 21 32 18"])
def test_state_ranges(margins: str) -> None:
    assert_outline(PageMarginOutOfRange, _with_margins(state_frame(BODY), margins))


def test_state_bottom_too_small() -> None:
    outline = _with_margins(state_frame(BODY), "20 5 30 20", 'FMT005 "lề dưới 5 mm"')
    assert_outline(PageMarginOutOfRange, outline)


def test_landscape_appendix_may_rotate_margins() -> None:
    body = BODY + "section: landscape\nmargins: 30 15 20 20\ntable: STT | Nội dung // 1 | Việc\n"
    assert_outline(PageMarginOutOfRange, party_frame(body))
    body = BODY + "section: landscape\nmargins: 20 20 20 15\ntable: STT | Nội dung // 1 | Việc\n"
    assert_outline(PageMarginOutOfRange, party_frame(body))


def test_landscape_section_with_tiny_margin() -> None:
    body = BODY + ("section: landscape\nmargins: 20 5 20 15\n"
                   "table: STT | Nội dung // 1 | Việc  # expect: FMT005 \"Phần 2\"\n")
    assert_outline(PageMarginOutOfRange, party_frame(body))


def test_forms_without_a_document_frame_are_not_checked() -> None:
    assert_outline(PageMarginOutOfRange, "margins: 10 10 10 10\np: Họ và tên: Nguyễn Văn A")


SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "bao-cao-thang-01-2026.docx"


@pytest.mark.skipif(not SEED.exists(), reason="../shared is not available")
def test_seed_report_has_no_formatting_findings() -> None:
    """The user's real report is set as HD 36 asks (landscape appendix included)."""
    import rules.formatting as formatting
    from validator.engine import check_document
    from validator.loader import load_path

    result = check_document(load_path(SEED), rules=formatting.RULES)
    assert [(v.rule, v.message) for v in result.violations] == []
