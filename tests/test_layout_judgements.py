"""The hand judgements of the thể thức findings on the real corpus.

``tests/data/layout-judgements.tsv`` records, for every finding of the element rule (FMT020),
of the body's layout (FMT021-FMT024) and of the prescribed font as Word resolves it (FMT001)
on ``../shared/corpus/vn`` and
``examples`` when it was written, the file, the place, the rule, the excerpt, the verdict
(true, debatable, false) and the reason. These tests keep the record well formed, hold the
rules to at least 95% true findings, and, when the corpus is present, check that the record
is still what the rules report on the files it names, so it cannot drift from the code.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from rules.formatting.body_text_not_justified import BodyTextNotJustified
from rules.formatting.element_format_not_prescribed import ElementFormatNotPrescribed
from rules.formatting.first_line_indent_out_of_range import FirstLineIndentOutOfRange
from rules.formatting.font_family_not_prescribed import FontFamilyNotPrescribed
from rules.formatting.line_spacing_out_of_range import LineSpacingOutOfRange
from rules.formatting.paragraph_spacing_too_small import ParagraphSpacingTooSmall
from validator import engine

ROOT = Path(__file__).resolve().parents[1]
TSV = ROOT / "tests" / "data" / "layout-judgements.tsv"
CORPUS = ROOT.parent / "shared" / "corpus" / "vn"
COLUMNS = ["file", "location", "rule", "excerpt", "verdict", "reason"]
RULES = (ElementFormatNotPrescribed, FontFamilyNotPrescribed, BodyTextNotJustified,
         FirstLineIndentOutOfRange, ParagraphSpacingTooSmall, LineSpacingOutOfRange)


def rows() -> list[dict[str, str]]:
    with open(TSV, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_every_judgement_is_complete() -> None:
    with open(TSV, encoding="utf-8") as fh:
        assert fh.readline().rstrip("\n").split("\t") == COLUMNS
    ids = {cls.id for cls in RULES}
    for row in rows():
        assert row["rule"] in ids, row
        assert row["verdict"] in ("true", "debatable", "false"), row
        assert row["file"] and row["location"] and row["excerpt"] and row["reason"], row


def test_at_least_95_percent_of_the_findings_are_true() -> None:
    verdicts = Counter(row["verdict"] for row in rows())
    assert verdicts["true"] >= 0.95 * sum(verdicts.values()), verdicts


def _path(name: str) -> Path:
    return ROOT / "examples" / name if (ROOT / "examples" / name).exists() else CORPUS / name


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not available at {CORPUS}")
@pytest.mark.parametrize("name", sorted({row["file"] for row in rows()}))
def test_the_record_matches_what_the_rules_report(name: str) -> None:
    path = _path(name)
    if not path.exists():
        pytest.skip(f"{name} not in the corpus")
    reported = Counter((v.rule, v.excerpt[:70])
                       for v in engine.check_path(path, rules=RULES).violations)
    judged = Counter((row["rule"], row["excerpt"]) for row in rows() if row["file"] == name)
    assert reported == judged
