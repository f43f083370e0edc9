"""CON002 mixed-number-notation: "55,2" in a column of English-notation figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules.consistency.mixed_number_notation import MixedNumberNotation
from tests.outline import build
from validator.loader import load_bytes, load_path
from validator.profiles import Profile
from validator.rule import Context

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "bao-cao-thang-01-2026.docx"
HEAD = "table[header=1]: Chỉ tiêu | Năm 2025 | Năm 2026"


def findings(doc):
    return list(MixedNumberNotation(Context(profile=Profile(name="generic"))).check(doc))


def run(outline: str):
    return findings(load_bytes(build(outline), "t.docx"))


def test_minority_notation_is_flagged():
    found = run(f"{HEAD} // A | 187,767 | 194,935.65 // B | 36.5 | 40.0 // C | 55,2 | 56.8")
    assert len(found) == 1 and "«55,2»" in found[0].message


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


@pytest.mark.skipif(not SEED.exists(), reason="shared seed not available")
def test_seed_appendix_two():
    tokens = [f.message.split("»")[0].split("«")[1] for f in findings(load_path(SEED))]
    assert tokens == ["55,2", "15,5"]
