"""The installed ``soat`` command, run as a drafter or a CI job runs it (in a subprocess).

Each test builds real .docx files, runs the ``soat`` script installed beside this Python, and
checks what the command prints and its exit code.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.outline import build, party_frame

SOAT = Path(sys.executable).with_name("soat.exe" if os.name == "nt" else "soat")

pytestmark = pytest.mark.skipif(not SOAT.exists(), reason="the soat script is not installed")


def soat(*args: str | Path, cwd: Path | None = None, stdin: bytes | None = None,
         env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items()
               if k not in ("NO_COLOR", "FORCE_COLOR", "SOAT_DEBUG")}
    environ.update(env or {})
    proc = subprocess.run(
        [str(SOAT), *map(str, args)], cwd=cwd, input=stdin, capture_output=True,
        env=environ, timeout=300,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"))


def write(path: Path, outline: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(build(party_frame(outline)))
    return path


PLACEHOLDER = "p: Hội nghị tổ chức ngày xx/xx/2026 tại Hội trường."


# -- baseline ----------------------------------------------------------------------------------


def test_write_baseline_writes_says_one_line_and_exits_zero(tmp_path: Path) -> None:
    doc = write(tmp_path / "bao-cao.docx", PLACEHOLDER)
    proc = soat("check", "--select", "FMT010", "--write-baseline", "soat-baseline.json",
                doc.name, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr.splitlines() == [
        'soat: đã ghi 1 vấn đề của 1 tệp vào baseline "soat-baseline.json".']
    data = json.loads((tmp_path / "soat-baseline.json").read_text(encoding="utf-8"))
    assert [(e["path"], e["rule"]) for e in data["findings"]] == [("bao-cao.docx", "FMT010")]
    again = soat("check", "--select", "FMT010", "--baseline", "soat-baseline.json", doc.name,
                 cwd=tmp_path)
    assert again.returncode == 0 and "FMT010" not in again.stdout


def test_a_copy_under_another_name_inherits_no_silenced_finding(tmp_path: Path) -> None:
    write(tmp_path / "thang-01.docx", PLACEHOLDER)
    soat("check", "--select", "FMT010", "--write-baseline", "b.json", "thang-01.docx",
         cwd=tmp_path)
    (tmp_path / "thang-02.docx").write_bytes((tmp_path / "thang-01.docx").read_bytes())
    proc = soat("check", "--select", "FMT010", "--baseline", "b.json", ".", cwd=tmp_path)
    assert proc.returncode == 1
    assert "thang-02.docx:" in proc.stdout and "thang-01.docx:" not in proc.stdout
    # the baseline names files from its own folder: run from elsewhere, it still matches
    elsewhere = soat("check", "--select", "FMT010", "--baseline", tmp_path / "b.json",
                     tmp_path / "thang-01.docx", cwd=tmp_path.parent)
    assert elsewhere.returncode == 0, elsewhere.stdout


def test_a_fix_elsewhere_in_the_paragraph_keeps_a_document_wide_finding_baselined(
    tmp_path: Path,
) -> None:
    """``soat fix`` corrects a code in the paragraph where a document-wide warning (one word
    written with two tone placements) is anchored; the warning stays recorded."""
    doc = write(tmp_path / "bao-cao.docx", "\n".join([
        "p: Đại biểu Hội đồng nhân dân khóa XVI đã thảo luận.",
        "p: Kỳ họp thứ nhất khóa XVI được triệu tập đúng hạn.",
        "p: Thực hiện Nghị quyết số 79 - NQ/TW, Hội đồng nhân dân khoá XVII ban hành kế hoạch.",
    ]))
    first = soat("check", "--select", "CON004,COD001", "--format", "json", doc, cwd=tmp_path)
    found = {v["rule"] for v in json.loads(first.stdout)["files"][0]["violations"]}
    assert found == {"CON004", "COD001"}, first.stdout
    assert soat("check", "--select", "CON004", "--write-baseline", "b.json", doc,
                cwd=tmp_path).returncode == 0
    fixed = soat("fix", "--select", "COD001", "--in-place", doc, cwd=tmp_path)
    assert fixed.returncode == 0 and "đã sửa 1 chỗ" in fixed.stderr, fixed.stderr
    after = soat("check", "--select", "CON004,COD001", "--baseline", "b.json", doc,
                 cwd=tmp_path)
    assert after.returncode == 0, after.stdout
    assert "CON004" not in after.stdout and "COD001" not in after.stdout
    assert "1 vấn đề đã có trong baseline" in after.stderr
