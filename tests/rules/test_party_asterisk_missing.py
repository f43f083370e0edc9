"""STR004 party-asterisk-missing."""

import pytest

from rules.structure.party_asterisk_missing import PartyAsteriskMissing
from tests.fixtures import STATE_REPORT, report
from tests.harness import assert_outline


def test_party_issuer_without_asterisk() -> None:
    (v,) = assert_outline(PartyAsteriskMissing,
                          report("party", asterisk=False, head_expect="STR004"))
    assert "THÀNH ỦY HẢI PHÒNG" in v.message


def test_dash_rule_instead_of_asterisk_is_named() -> None:
    outline = report("party", asterisk=False, head_expect="STR004").replace(
        "THÀNH ỦY HẢI PHÒNG{p}", "THÀNH ỦY HẢI PHÒNG{p}-------{p}")
    (v,) = assert_outline(PartyAsteriskMissing, outline)
    assert "-------" in v.message


@pytest.mark.parametrize("layout", ["table", "textbox", "paragraphs"])
def test_asterisk_present(layout: str) -> None:
    assert_outline(PartyAsteriskMissing, report("party", layout=layout))


def test_state_documents_have_no_asterisk() -> None:
    assert_outline(PartyAsteriskMissing, STATE_REPORT)
