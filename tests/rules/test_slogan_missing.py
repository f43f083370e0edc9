"""STR007 slogan-missing."""

from rules.structure.slogan_missing import SloganMissing
from tests.fixtures import PARTY_REPORT, STATE_REPORT, report
from tests.harness import assert_outline


def test_national_motto_without_slogan() -> None:
    assert_outline(SloganMissing, report("state", slogan=False, head_expect="STR007"))


def test_party_documents_have_no_slogan() -> None:
    assert_outline(SloganMissing, PARTY_REPORT)


def test_slogan_with_en_dashes() -> None:
    outline = STATE_REPORT.replace("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc")
    assert_outline(SloganMissing, outline)
