"""STR005 number-line-missing."""

import pytest

from rules.structure.number_line_missing import NumberLineMissing
from tests.fixtures import report
from tests.harness import assert_outline


@pytest.mark.parametrize("system", ["party", "state"])
def test_no_number_line(system: str) -> None:
    (v,) = assert_outline(NumberLineMissing, report(system, number="", head_expect="STR005"))
    assert ("Số 28-BC/TU" if system == "party" else "Số: 12/BC-UBND") in (v.suggestion or "")


@pytest.mark.parametrize("number", ["Số:      /BC-UBND", "Số:         /BC-BCĐ"])
def test_blank_draft_number_is_not_missing(number: str) -> None:
    assert_outline(NumberLineMissing, report("state", number=number))


def test_blank_party_draft_number_is_not_missing() -> None:
    assert_outline(NumberLineMissing, report("party", number="Số      -BC/TU"))


@pytest.mark.parametrize("layout", ["table", "textbox", "paragraphs"])
def test_number_line_found_in_every_layout(layout: str) -> None:
    assert_outline(NumberLineMissing, report("party", layout=layout))
    assert_outline(NumberLineMissing, report("state", layout=layout))


def test_nfd_text() -> None:
    assert_outline(NumberLineMissing, report("party", layout="paragraphs", nfd=True))
