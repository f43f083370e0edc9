"""End to end on the examples: the user's draft, its corrected version, a state report."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from validator import cli
from validator.loader import load_path
from validator.plugins import Plugins, make_plugin_manager

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
DRAFT = EXAMPLES / "bao-cao-thang-01-2026.docx"
CLEAN = EXAMPLES / "bao-cao-thang-01-2026-sach.docx"
STATE = EXAMPLES / "bao-cao-ubnd-mau.docx"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any]]:
    code = cli.main(["check", *args, "--format", "json"],
                    plugins=Plugins(make_plugin_manager(autoload=False)))
    out, _ = capsys.readouterr()
    return code, json.loads(out)


def script(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_draft_report_fails_with_its_real_defects(capsys: pytest.CaptureFixture[str]) -> None:
    before = hashlib.sha256(DRAFT.read_bytes()).hexdigest()
    code, report = run(capsys, str(DRAFT))
    assert code == 1
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(report)
    assert hashlib.sha256(DRAFT.read_bytes()).hexdigest() == before

    (result,) = report["files"]
    assert result["status"] == "checked" and result["profile"] == "party-monthly-report"
    errors = [v for v in result["violations"] if v["severity"] == "error"]
    found = {(v["rule"], v["location"]["section"]) for v in errors}
    assert ("COD001", "IV.2") in found  # "Nghị quyết số 79 - NQ/TW"
    assert ("DAT004", "IV.4") in found and ("DAT006", "IV.4") in found  # 05-CTr/TU's dates
    assert ("REF004", "IV.6") in found  # "(Phụ lục 3 kèm theo)", no PHỤ LỤC 3
    assert sum(1 for v in errors if v["rule"] == "CON001") == 2  # 24.210/24.622, 850 triệu
    assert sum(1 for v in errors if v["rule"] == "NUM006") == 3  # the third table's STT gaps
    assert sum(1 for v in errors if v["rule"] == "ARI001") == 2  # its group counts
    assert ("DAT016", "I.1") in found  # "Đại hội … lần thứ XIV nhiệm kỳ 2025 - 2030"
    # the Đề án on Hải Phòng's socialist model given 2026 - 2030 and, later, 2025 - 2030
    assert any(v["rule"] == "DAT015" and v["severity"] == "warning"
               for v in result["violations"])
    malformed = next(v for v in errors if v["rule"] == "COD001")
    assert "79 - NQ/TW" in malformed["excerpt"] and malformed["suggestion"]
    assert not [v for v in errors if v["category"] == "structure"]


@pytest.mark.parametrize("path", [CLEAN, STATE], ids=lambda p: p.name)
def test_the_corrected_reports_are_clean(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    code, report = run(capsys, str(path))
    assert code == 0
    assert report["files"][0]["violations"] == []
    assert report["files"][0]["profile"] in ("party-monthly-report", "state-report")


def test_the_clean_report_is_rebuilt_from_the_draft(tmp_path: Path) -> None:
    out = script("make_clean").build(DRAFT, tmp_path / "sach.docx")
    rebuilt = [p.text for p in load_path(str(out)).all_paragraphs()]
    shipped = [p.text for p in load_path(str(CLEAN)).all_paragraphs()]
    assert rebuilt == shipped
    draft = [p.text for p in load_path(str(DRAFT)).all_paragraphs()]
    assert "PHỤ LỤC 3" in rebuilt and "PHỤ LỤC 3" not in draft


def test_the_state_example_is_built_from_its_text(tmp_path: Path) -> None:
    source = (EXAMPLES / "bao-cao-ubnd-mau.txt").read_text(encoding="utf-8")
    out = tmp_path / "ubnd.docx"
    out.write_bytes(script("make_report").build(source))
    doc = load_path(str(out))
    assert [p.text for p in doc.all_paragraphs()] == [
        p.text for p in load_path(str(STATE)).all_paragraphs()]
    assert doc.footnotes and doc.footnotes[0].text.startswith("Công văn số 410/UBND-NC")
