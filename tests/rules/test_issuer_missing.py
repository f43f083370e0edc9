"""STR003 issuer-missing."""

import pytest

from rules.structure.issuer_missing import IssuerMissing
from tests.fixtures import report
from tests.harness import assert_outline


def test_state_header_without_issuer() -> None:
    assert_outline(IssuerMissing, report("state", issuer=False, head_expect="STR003"))


def test_party_header_without_issuer() -> None:
    (v,) = assert_outline(IssuerMissing, report("party", issuer=False, head_expect="STR003"))
    assert "THÀNH ỦY" in (v.suggestion or "")


@pytest.mark.parametrize("layout", ["table", "textbox", "paragraphs"])
@pytest.mark.parametrize("system", ["party", "state"])
def test_issuer_found_in_every_layout(system: str, layout: str) -> None:
    assert_outline(IssuerMissing, report(system, layout=layout))
