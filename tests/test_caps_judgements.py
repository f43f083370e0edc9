"""The hand judgements of the capitalisation family's findings on the real corpus.

``tests/data/caps-judgements.tsv`` records, for every CAP finding on ``../shared/corpus`` and
``examples`` when it was written, the file, the place, the rule, the excerpt, the verdict (true,
debatable, false) and the reason. These tests keep the record well formed and hold the family
to what it was accepted on: at least 95% of its findings true. When the corpus is present they
also check that the judged findings are still what the rules report on a sample of files, so
the record cannot silently drift from the code.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from rules.capitalisation import RULES
from validator import engine

ROOT = Path(__file__).resolve().parents[1]
TSV = ROOT / "tests" / "data" / "caps-judgements.tsv"
CORPUS = ROOT.parent / "shared" / "corpus" / "vn"
COLUMNS = ["file", "location", "rule", "excerpt", "verdict", "reason"]


def rows() -> list[dict[str, str]]:
    with open(TSV, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_every_judgement_is_complete() -> None:
    with open(TSV, encoding="utf-8") as fh:
        assert fh.readline().rstrip("\n").split("\t") == COLUMNS
    ids = {cls.id for cls in RULES}  # type: ignore[attr-defined]
    for row in rows():
        assert row["rule"] in ids, row
        assert row["verdict"] in ("true", "debatable", "false"), row
        assert row["file"] and row["location"] and row["excerpt"] and row["reason"], row


def test_at_least_95_percent_of_the_findings_are_true() -> None:
    verdicts = Counter(row["verdict"] for row in rows())
    assert verdicts["true"] >= 0.95 * sum(verdicts.values()), verdicts


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not available at {CORPUS}")
@pytest.mark.parametrize("name", [
    "vbai__To-trinh-14-SNV-ket-qua-to-chuc-Dai-hoi-va-de__Du-thao-Dieu-le-Hoi-Cuu-giao-chuc-tinh-Lam-Dong.docx",
    "vbai__To-trinh-416-TTr-CAT-PC04-bao-cao-tong-ket-ch__BC-TONG-KET-CHIEN-LUOC-PCMT.docx",
])
def test_the_record_matches_what_the_rules_report(name: str) -> None:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} not in the corpus")
    reported = Counter(
        (v.rule, v.excerpt) for v in engine.check_path(path, rules=RULES).violations)
    judged = Counter((row["rule"], row["excerpt"]) for row in rows() if row["file"] == name)
    assert reported == judged
