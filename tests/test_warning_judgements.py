# ruff: noqa: E501  (corpus file names)
"""The hand judgements of the warnings (and errors) on the corpus's real reports.

``tests/data/warning-judgements.tsv`` records soat's findings on the ``vbai__`` files of
``../shared/corpus/vn`` read by hand as a document-control officer would, before the warnings
were reworked (a sample of each warning rule, every error) and after (every warning of the
rules then in force, every error): file, place, rule, message, excerpt, verdict (true,
debatable, false) and the reason. ``tests/data/warning-diff.tsv`` lists every finding of the
earlier run that the later one no longer gives at the same place, with its verdict and what
became of it. These tests keep both records well formed, hold the warnings to what they were
accepted on (at least 90% true or debatable, no error false, no true finding lost) and, when
the corpus is present, check that the record still matches what the rules report.
"""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from rules import BUILTIN_RULES
from validator import engine

ROOT = Path(__file__).resolve().parents[1]
JUDGED = ROOT / "tests" / "data" / "warning-judgements.tsv"
DIFF = ROOT / "tests" / "data" / "warning-diff.tsv"
CORPUS = ROOT.parent / "shared" / "corpus" / "vn"
COLUMNS = ["run", "severity", "file", "location", "rule", "message", "excerpt", "verdict",
           "reason"]
VERDICTS = ("true", "debatable", "false")


def rows(path: Path = JUDGED) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_every_judgement_is_complete() -> None:
    with open(JUDGED, encoding="utf-8") as fh:
        assert fh.readline().rstrip("\n").split("\t") == COLUMNS
    ids = {cls.id for cls in BUILTIN_RULES}  # type: ignore[attr-defined]
    for row in rows():
        assert row["run"] in ("before", "after") and row["severity"] in ("warning", "error")
        assert row["rule"] in ids and row["verdict"] in VERDICTS, row
        assert row["file"] and row["location"] and row["message"] and row["reason"], row


def test_the_warnings_are_worth_a_drafters_minute() -> None:
    verdicts = Counter(r["verdict"] for r in rows() if (r["run"], r["severity"]) ==
                       ("after", "warning"))
    assert verdicts["true"] + verdicts["debatable"] >= 0.9 * sum(verdicts.values()), verdicts


def test_no_error_is_false() -> None:
    assert not [r for r in rows() if (r["run"], r["severity"], r["verdict"]) ==
                ("after", "error", "false")]


def test_no_finding_judged_true_was_lost() -> None:
    for row in rows(DIFF):
        assert row["verdict"] in VERDICTS, row
        if row["verdict"] == "true":
            assert row["after"].startswith("kept"), row


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus not available at {CORPUS}")
@pytest.mark.parametrize("name", [
    "vbai__To-trinh-45-Bao-cao-tong-hop-ket-qua-tu-danh__Bao-cao-cham-diem-PAR-Index-Lam-Dong-2025.docx",
    "vbai__To-trinh-166-Bao-cao-cong-tac-cai-cach-hanh-c__DU-THAO-BC-CCHC-QUY-I-2026-TINH-LAM-DONG-11-3.docx",
    "vbai__To-trinh-599-cho-phep-hop-nhat-Quy-Khuyen-hoc__DU-THAO-DIEU-LE-QUY-KHUYEN-HOC.docx",
])
def test_the_record_matches_what_the_rules_report(name: str) -> None:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} not in the corpus")
    after = [r for r in rows() if (r["run"], r["severity"]) == ("after", "warning")]
    rules = {r["rule"] for r in after}  # every rule judged, whether or not it speaks here
    judged = [r for r in after if r["file"] == name]
    found = engine.check_path(path).violations
    reported = Counter((v.rule, " ".join(v.message.split())) for v in found
                       if v.rule in rules and v.severity.value == "warning")
    assert reported == Counter((r["rule"], r["message"]) for r in judged)
