from pathlib import Path

import pytest

from rules.formatting.page_margin_out_of_range import PageMarginOutOfRange
from tests.harness import assert_outline, run_rule
from tests.outline import party_frame, state_frame
from validator.model import BODY as BODY_PART
from validator.model import Location

BODY = "p: Trong tháng, các nhiệm vụ được triển khai đồng bộ.\n"


def _with_margins(outline: str, margins: str) -> str:
    """Put a margins directive before the first block."""
    lines = outline.strip().split("\n")
    first = next(i for i, ln in enumerate(lines) if ln.startswith("table"))
    return "\n".join([*lines[:first], f"margins: {margins}", *lines[first:]])


def _document_finding(outline: str, expect: str) -> None:
    """One finding for the whole document (a one-section document), whose message holds
    ``expect``; it is not pinned on the header block's table cell."""
    (v,) = run_rule(PageMarginOutOfRange, outline)
    assert v.location == Location(part=BODY_PART), v.location
    assert expect in v.message, v.message


def test_party_margins_of_hd36() -> None:
    assert_outline(PageMarginOutOfRange, _with_margins(party_frame(BODY), "20 20 30 15"))


@pytest.mark.parametrize("margins", ["19.9 20.1 30.2 14.8", "20.5 20 29.5 15", "18 18 28 15",
                                     "19.05 19.05 31.75 16.5"])
def test_differences_up_to_two_millimetres(margins: str) -> None:
    assert_outline(PageMarginOutOfRange, _with_margins(party_frame(BODY), margins))


def test_party_margins_of_the_old_guide() -> None:
    _document_finding(_with_margins(party_frame(BODY), "25 25 35 15"), "lề trên 25 mm")


def test_millimetres_written_with_a_decimal_comma() -> None:
    # a real state decision: top 0.5" and bottom 12,5 mm
    _document_finding(_with_margins(state_frame(BODY), "12.5 12.5 30 20"),
                      "lề trên 12,5 mm (quy định 20–25 mm), lề dưới 12,5 mm")


@pytest.mark.parametrize("margins", ["20 20 30 15", "25 25 35 20", "22 21 32 18"])
def test_state_ranges(margins: str) -> None:
    assert_outline(PageMarginOutOfRange, _with_margins(state_frame(BODY), margins))


def test_state_bottom_too_small() -> None:
    _document_finding(_with_margins(state_frame(BODY), "20 5 30 20"), "lề dưới 5 mm")


def test_a_section_is_pointed_to_by_its_first_paragraph() -> None:
    body = BODY + ("section: portrait\nmargins: 20 10 30 15\n"
                   "p: Phần này có lề dưới quá hẹp.  # expect: FMT005 \"Phần 2\"\n")
    assert_outline(PageMarginOutOfRange, party_frame(body))


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


SEED = Path(__file__).resolve().parents[2] / "examples" / "bao-cao-thang-01-2026.docx"


def test_seed_report_has_no_formatting_findings() -> None:
    """The user's real report is set as HD 36 asks (landscape appendix included), but for
    the closing block, set as a state document's: "Nơi nhận" italic bold and the signer's
    title bold."""
    import rules.formatting as formatting
    from validator.engine import check_document
    from validator.loader import load_path

    result = check_document(load_path(SEED), rules=formatting.RULES)
    assert [(v.rule, v.message) for v in result.violations] == [
        ("FMT020", "Từ “Nơi nhận” phải gạch chân, không được in đậm, in nghiêng"),
        ("FMT020", "Chức vụ người ký không được in đậm"),
    ]
