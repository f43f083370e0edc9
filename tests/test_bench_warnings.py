"""bench.warnings: findings per rule on the real documents, between two JSON reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench import warnings


def report(path: Path, files: dict[str, list[tuple[str, str]]]) -> Path:
    data = {"schema_version": "2.0", "files": [
        {"path": f"../shared/corpus/vn/{name}", "status": "checked",
         "violations": [{"rule": rule, "severity": severity} for severity, rule in found]}
        for name, found in files.items()]}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_counts_only_the_real_documents(tmp_path: Path) -> None:
    path = report(tmp_path / "r.json", {
        "vbai__a__b.docx": [("warning", "COD008"), ("warning", "COD008"), ("error", "NUM001")],
        "vbai__c__d.docx": [("warning", "CON003")],
        "QuanLy__x.docx": [("warning", "COD008")],
    })
    assert warnings.counts(path) == {("warning", "COD008"): 2, ("error", "NUM001"): 1,
                                     ("warning", "CON003"): 1}


def test_table_gives_the_change_and_the_drop(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                             ) -> None:
    before = report(tmp_path / "b.json", {"vbai__a.docx": [("warning", "COD008")] * 8
                                          + [("warning", "FMT005")] * 2})
    after = report(tmp_path / "a.json", {"vbai__a.docx": [("warning", "FMT005")] * 2
                                         + [("warning", "DAT015")]})
    judged = tmp_path / "j.tsv"
    judged.write_text("run\tseverity\tverdict\nafter\twarning\ttrue\nafter\twarning\tfalse\n"
                      "after\twarning\tdebatable\nbefore\twarning\tfalse\n"
                      "after\terror\tfalse\n", encoding="utf-8")
    assert warnings.main([str(before), str(after), "--judged", str(judged)]) == 0
    out = capsys.readouterr().out
    assert "| warning | COD008 | 8 | 0 | -8 |" in out
    assert "| warning | FMT005 | 2 | 2 | +0 |" in out
    assert "| warning | DAT015 | 0 | 1 | +1 |" in out
    assert "| **warnings** | all | **10** | **3** | **-7** (70% fewer) |" in out
    assert "2 of 3 true or debatable (66.7%)" in out
