"""``soat check --statistics``: counts per rule over real .docx files built in the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.outline import build
from validator import cli

UNDEFINED = "p: Chỉ số TFP tăng so với cùng kỳ."
UNKNOWN_ISSUER = "p: Thực hiện Nghị quyết số 57-NQ/TƯ, ngày 22/12/2024 của Bộ Chính trị."


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "a.docx").write_bytes(build(UNDEFINED))
    (tmp_path / "b.docx").write_bytes(build(UNDEFINED + "\n" + UNKNOWN_ISSUER))
    (tmp_path / "hong.docx").write_bytes(b"not a zip at all")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_text_counts_findings_and_files(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "--statistics", "--select", "CON003,COD008",
                       str(folder))
    lines = out.splitlines()
    assert lines[0].split() == ["2", "CON003", "warning", "undefined-abbreviation", "(2", "tệp)"]
    assert lines[1].split() == ["1", "COD008", "warning", "issuer-unknown", "(1", "tệp)"]
    assert lines[2] == ""
    assert lines[3] == ("Đã kiểm tra 3 tệp: 0 lỗi, 3 cảnh báo, 0 thông tin; "
                        "1 tệp không đọc được.")
    assert len(lines) == 4  # no per-finding lines
    assert code == 2  # an unreadable file is an input error, as without --statistics


def test_json_and_exit_code_follow_fail_on(folder: Path, capsys: pytest.CaptureFixture[str]
                                           ) -> None:
    (folder / "hong.docx").unlink()
    code, out, _ = run(capsys, "check", "--statistics", "--format", "json",
                       "--select", "CON003,COD008", str(folder))
    data = json.loads(out)
    assert data["statistics"] == [
        {"rule": "CON003", "name": "undefined-abbreviation", "severity": "warning", "count": 2,
         "files": 2},
        {"rule": "COD008", "name": "issuer-unknown", "severity": "warning", "count": 1,
         "files": 1},
    ]
    assert data["summary"] == {"files": 2, "failed": 0, "errors": 0, "warnings": 3, "info": 0}
    assert code == 0  # warnings only, --fail-on error by default
    code, _, _ = run(capsys, "check", "--statistics", "--fail-on", "warning",
                     "--select", "CON003", str(folder))
    assert code == 1


def test_severity_overrides_make_their_own_rows(folder: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "hong.docx").unlink()
    (folder / "soat.toml").write_text('select = ["CON003"]\n[severity]\nCON003 = "error"\n',
                                      encoding="utf-8")
    code, out, _ = run(capsys, "check", "--statistics", str(folder))
    assert out.splitlines()[0].split()[:3] == ["2", "CON003", "error"]
    assert code == 1


def test_a_clean_folder_prints_only_the_summary(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ok.docx").write_bytes(build("p: Chỉ số năng suất tăng."))
    code, out, _ = run(capsys, "check", "--statistics", "--select", "CON003", str(tmp_path))
    assert out == "Đã kiểm tra 1 tệp: 0 lỗi, 0 cảnh báo, 0 thông tin.\n"
    assert code == 0


@pytest.mark.parametrize("fmt", ["sarif", "github", "json-lines"])
def test_other_formats_are_a_usage_error(fmt: str, folder: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "check", "--statistics", "--format", fmt, str(folder))
    assert code == 2 and out == ""
    assert "--statistics chỉ dùng với --format text hoặc json" in err
