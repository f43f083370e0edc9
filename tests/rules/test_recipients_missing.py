"""STR009 recipients-missing."""

import pytest

from rules.structure.recipients_missing import RecipientsMissing
from tests.fixtures import report
from tests.harness import assert_outline


@pytest.mark.parametrize("system", ["party", "state"])
def test_no_recipients_block(system: str) -> None:
    assert_outline(RecipientsMissing, report(system, recipients=False, tail_expect="STR009"))


def test_no_recipients_and_no_signature_points_at_the_last_paragraph() -> None:
    assert_outline(RecipientsMissing,
                   report("party", recipients=False, signature=False, tail_expect="STR009"))


@pytest.mark.parametrize("system", ["party", "state"])
def test_complete_report_is_clean(system: str) -> None:
    assert_outline(RecipientsMissing, report(system))
