"""CON002 mixed-number-notation: "55,2" in a column of English-notation figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules.consistency.mixed_number_notation import MixedNumberNotation
from tests.harness import rule_findings
from tests.outline import build
from validator.loader import load_bytes, load_path

SEED = Path(__file__).resolve().parents[2] / "examples" / "bao-cao-thang-01-2026.docx"
HEAD = "table[header=1]: Chỉ tiêu | Năm 2025 | Năm 2026"


def findings(doc):
    return rule_findings(MixedNumberNotation, doc)


def run(outline: str):
    return findings(load_bytes(build(outline), "t.docx"))


def test_english_figures_are_flagged_even_when_they_are_the_many():
    found = run(f"{HEAD} // A | 187,767 | 194,935.65 // B | 36.5 | 40.0 // C | 55,2 | 56.8")
    # the first column ("187,767" may be either notation); the second holds no Vietnamese one
    (f,) = found
    assert 'Cột có 1 số viết kiểu Anh' in f.message and '("36.5")' in f.message
    assert '"55,2"' in f.message and f.location.row == 2 and f.location.cell == 1
    assert '"36,5" thay cho "36.5"' in (f.suggestion or "")


def test_english_figures_among_vietnamese_ones():
    (f,) = run(f"{HEAD} // A | 1.688 | 2 // B | 55,2 | 3 // C | 12.5 | 4")
    assert 'Cột có 1 số viết kiểu Anh' in f.message and '"12.5"' in f.message
    assert f.location.row == 3


@pytest.mark.parametrize(
    "rows",
    [
        "A | 187,767 | 194,935.65 // B | 36.5 | 40.0",  # English throughout
        "A | 187.767 | 194.935,65 // B | 36,5 | 40",  # Vietnamese throughout
        "A | 24.622 | 24,622 // B | 1 | 2",  # ambiguous figures do not count
        "A | Đạt | - // B | 36.5 | > 75",
    ],
)
def test_one_notation_passes(rows):
    assert run(f"{HEAD} // {rows}") == []


def test_seed_appendix_two():
    # two columns of the appendix table are in English notation but for "55,2" and "15,5"
    found = findings(load_path(SEED))
    assert [f.message.split("(ví dụ ")[1] for f in found] == ['"55,2").', '"15,5").']
    assert ["Cột có 20 số" in found[0].message, "Cột có 25 số" in found[1].message] == [True] * 2
