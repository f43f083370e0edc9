"""STR006 motto-missing."""

import pytest

from rules.structure.motto_missing import MottoMissing
from tests.fixtures import report
from tests.harness import assert_outline


def test_party_document_without_party_title() -> None:
    (v,) = assert_outline(MottoMissing, report("party", motto=False, head_expect="STR006"))
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in v.message


def test_state_document_without_national_motto() -> None:
    (v,) = assert_outline(MottoMissing,
                          report("state", motto=False, slogan=False, head_expect="STR006"))
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in v.message


@pytest.mark.parametrize("system", ["party", "state"])
def test_motto_in_textbox(system: str) -> None:
    assert_outline(MottoMissing, report(system, layout="textbox"))


def test_party_title_under_a_state_profile() -> None:
    (v,) = assert_outline(MottoMissing, report("party", head_expect="STR006"),
                          profile="state-report")
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in v.message and "state-report" in v.message
