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
    assert write_baseline(_report(OLD), base) == 2
    assert json.loads(base.read_text(encoding="utf-8"))["version"] == 1
    known = read_baseline(base)
    # next draft: renamed, a paragraph added above, one new problem
    new = "p: Mở đầu mới.\n" + OLD + "p: Giao đồng chí [...] chủ trì.\n"
    report, hidden = apply_baseline(_report(new, "bao-cao-v2.docx"), known)
    assert hidden == 2
    assert [v.excerpt for _, v in report.violations()] == ["Giao đồng chí [...] chủ trì."]


def test_rewritten_paragraph_is_a_new_finding(tmp_path: Path) -> None:
    base = tmp_path / "b.json"
    write_baseline(_report(OLD), base)
    changed = OLD.replace("tại Hội trường", "tại Hội trường lớn")
    report, hidden = apply_baseline(_report(changed), read_baseline(base))
    assert hidden == 1 and len(list(report.violations())) == 1


@pytest.mark.parametrize("text", ["{", "[]", '{"version": 9, "findings": []}'])
def test_bad_baseline(tmp_path: Path, text: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BaselineError, match="b.json"):
        read_baseline(path)
    with pytest.raises(BaselineError, match="không tìm thấy"):
        read_baseline(tmp_path / "missing.json")
