"""FMT011 and the suppression step (validator/suppress.py) it belongs to."""

from __future__ import annotations

import pytest

import rules.formatting as formatting
from rules.formatting.placeholder_text_left import PlaceholderTextLeft
from rules.formatting.suppression_unused import SuppressionUnused
from tests.harness import assert_outline, load
from validator.engine import check_document
from validator.suppress import parse_suppression

BOTH = (PlaceholderTextLeft, SuppressionUnused)


def _check(outline: str, **settings: object) -> list[tuple[str, str]]:
    doc = load(outline)
    result = check_document(doc, rules=BOTH, settings=settings)
    return [(v.rule, v.message) for v in result.violations]


@pytest.mark.parametrize(("text", "ids"), [
    ("soat: ignore DAT003", ("DAT003",)),
    ("SOAT: ignore", ()),
    ("soat:ignore FMT010, dat - số liệu gốc của Sở", ("FMT010", "DAT")),
    ("soat: ignore FMT010 # đã kiểm tra", ("FMT010",)),
    ("Kiểm tra lại", None),
    ("Xem soat: ignore", None),
])
def test_parse(text: str, ids: tuple[str, ...] | None) -> None:
    assert parse_suppression(text) == ids


def test_comment_silences_the_finding_it_is_anchored_on() -> None:
    outline = """
    comment[soat: ignore FMT010]: Hội nghị tổ chức ngày [[c]]xx/xx/2026[[/c]] tại Hội trường.
    p: Đồng chí …… phụ trách.
    """
    found = _check(outline)
    assert [r for r, _ in found] == ["FMT010"]  # the second paragraph only
    assert "……" in found[0][1]


def test_bare_ignore_silences_every_rule_in_the_paragraph() -> None:
    assert _check("comment[soat: ignore]: Hội nghị tổ chức ngày xx/xx/2026.") == []


def test_comment_elsewhere_does_not_silence() -> None:
    outline = """
    p: Hội nghị tổ chức ngày xx/xx/2026 tại Hội trường.
    comment[soat: ignore FMT010]: Đoạn văn khác.
    """
    assert sorted(r for r, _ in _check(outline)) == ["FMT010", "FMT011"]


def test_unused_and_no_suppress() -> None:
    outline = "comment[soat: ignore FMT010]: Hội nghị tổ chức ngày xx/xx/2026."
    assert _check(outline) == []
    shown = _check(outline, no_suppress=True)
    assert [r for r, _ in shown] == ["FMT010"]


def test_comment_naming_a_rule_that_did_not_run() -> None:
    assert_outline(SuppressionUnused, """
    comment[soat: ignore DAT003]: Doanh thu tăng 12%.  # expect: FMT011 "không chạy"
    comment[Kiểm tra lại]: Chi ngân sách giảm 3%.
    """)


def test_unused_suppression_of_a_rule_that_ran() -> None:
    doc = load("comment[soat: ignore FMT010]: Doanh thu tăng 12%.")
    result = check_document(doc, rules=BOTH)
    assert [v.rule for v in result.violations] == ["FMT011"]
    assert "không bỏ qua phát hiện nào" in result.violations[0].message


def test_suppressed_count_and_all_formatting_rules() -> None:
    doc = load("comment[soat: ignore FMT]: Hội nghị ngày xx/xx/2026, {hl:cần xem}.")
    result = check_document(doc, rules=formatting.RULES)
    assert result.violations == [] and result.suppressed == 2
