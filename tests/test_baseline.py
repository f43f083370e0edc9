"""Baseline files: record today's findings, report only new ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import rules.formatting as formatting
from tests.outline import build
from validator.baseline import BaselineError, apply_baseline, read_baseline, write_baseline
from validator.engine import check_bytes
from validator.report import Report

OLD = """
p: Hội nghị tổ chức ngày xx/xx/2026 tại Hội trường.
p: Đồng chí …… phụ trách.
"""


def _report(outline: str, name: str = "bao-cao.docx") -> Report:
    return Report(files=[check_bytes(build(outline), name, rules=formatting.RULES)])


def test_round_trip_hides_recorded_findings(tmp_path: Path) -> None:
    base = tmp_path / "soat-baseline.json"
    assert write_baseline(_report(OLD, str(tmp_path / "bao-cao.docx")), base) == 2
    data = json.loads(base.read_text(encoding="utf-8"))
    assert data["version"] == 2
    assert {e["path"] for e in data["findings"]} == {"bao-cao.docx"}  # from the baseline's folder
    assert [e["location"]["paragraph"] for e in data["findings"]] == [1, 2]  # counted from 1
    known = read_baseline(base)
    # next draft of the same file: a paragraph added above, one new problem
    new = "p: Mở đầu mới.\n" + OLD + "p: Giao đồng chí [...] chủ trì.\n"
    report, hidden = apply_baseline(_report(new, str(tmp_path / "bao-cao.docx")), known)
    assert hidden == 2
    assert [v.excerpt for _, v in report.violations()] == ["Giao đồng chí [...] chủ trì."]


def test_another_file_inherits_nothing(tmp_path: Path) -> None:
    """A report started from a copy of last month's gets its own findings reported."""
    base = tmp_path / "soat-baseline.json"
    write_baseline(_report(OLD, str(tmp_path / "thang-01.docx")), base)
    report, hidden = apply_baseline(_report(OLD, str(tmp_path / "thang-02.docx")),
                                    read_baseline(base))
    assert hidden == 0 and len(list(report.violations())) == 2


def test_paths_are_matched_from_the_baseline_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same file named from another working folder, or the baseline moved with the
    documents, still matches."""
    (tmp_path / "du-thao").mkdir()
    base = tmp_path / "soat-baseline.json"
    monkeypatch.chdir(tmp_path)
    write_baseline(_report(OLD, "du-thao/bao-cao.docx"), base)
    assert json.loads(base.read_text(encoding="utf-8"))["findings"][0]["path"] == (
        "du-thao/bao-cao.docx")
    monkeypatch.chdir(tmp_path / "du-thao")
    report, hidden = apply_baseline(_report(OLD, "bao-cao.docx"), read_baseline(base))
    assert hidden == 2 and not list(report.violations())
    moved = tmp_path / "nam-2026"
    moved.mkdir()
    (moved / "du-thao").mkdir()
    (moved / "soat-baseline.json").write_bytes(base.read_bytes())
    monkeypatch.chdir(moved)
    report, hidden = apply_baseline(_report(OLD, "du-thao/bao-cao.docx"),
                                    read_baseline("soat-baseline.json"))
    assert hidden == 2


def test_rewritten_text_is_a_new_finding(tmp_path: Path) -> None:
    base = tmp_path / "b.json"
    name = str(tmp_path / "bao-cao.docx")
    write_baseline(_report(OLD, name), base)
    changed = OLD.replace("Hội nghị tổ chức ngày", "Hội nghị sơ kết sẽ họp vào ngày")
    report, hidden = apply_baseline(_report(changed, name), read_baseline(base))
    assert hidden == 1 and len(list(report.violations())) == 1


def test_a_first_version_baseline_is_refused_with_a_way_out(tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    path.write_text('{"version": 1, "tool": "soat", "findings": []}', encoding="utf-8")
    with pytest.raises(BaselineError, match="--write-baseline"):
        read_baseline(path)


@pytest.mark.parametrize("text", ["{", "[]", '{"version": 9, "findings": []}'])
def test_bad_baseline(tmp_path: Path, text: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BaselineError, match="b.json"):
        read_baseline(path)
    with pytest.raises(BaselineError, match="không tìm thấy"):
        read_baseline(tmp_path / "missing.json")
