"""STR010 archive-line-missing."""

import pytest

from rules.structure.archive_line_missing import ArchiveLineMissing
from tests.fixtures import report
from tests.harness import assert_outline


@pytest.mark.parametrize("system", ["party", "state"])
def test_recipients_without_archive_line(system: str) -> None:
    assert_outline(ArchiveLineMissing, report(system, archive=False, tail_expect="STR010"))


def test_archive_line_after_a_line_break() -> None:
    outline = report("state", archive=False)
    outline = outline.replace("- Bộ Nội vụ;", "- Bộ Nội vụ;{br}- Lưu: VT, NC.")
    assert_outline(ArchiveLineMissing, outline)


def test_no_recipients_block_is_another_rule() -> None:
    assert_outline(ArchiveLineMissing, report("state", recipients=False))


@pytest.mark.parametrize("system", ["party", "state"])
def test_complete_report_is_clean(system: str) -> None:
    assert_outline(ArchiveLineMissing, report(system))
