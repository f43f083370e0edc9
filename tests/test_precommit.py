"""The pre-commit hook: installed from this repository, it blocks a defective report."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.outline import build, party_frame

REPO = Path(__file__).resolve().parents[1]
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")

DEFECTIVE = party_frame("p: Hội nghị tổng kết tổ chức ngày xx/xx/2026 tại Hội trường.")
CLEAN = party_frame("p: Hội nghị tổng kết tổ chức ngày 12/3/2026 tại Hội trường Thành ủy.")


def _git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Chuyên viên", "GIT_AUTHOR_EMAIL": "cv@example.vn",
           "GIT_COMMITTER_NAME": "Chuyên viên", "GIT_COMMITTER_EMAIL": "cv@example.vn",
           "PATH": f"{PRE_COMMIT.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, text=True, capture_output=True,
                          check=check, timeout=900)


def test_manifest_declares_the_hook() -> None:
    import yaml  # pre-commit depends on PyYAML

    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = hooks[0]
    assert hook["id"] == "soat" and hook["entry"] == "soat check"
    assert hook["language"] == "python" and hook["types"] == ["file"]
    # pre-commit matches "files" with Python's re.search on the staged path
    pattern = re.compile(hook["files"])
    for staged in ("bao-cao.docx", "du-thao/BAO CAO LOI.DOCX", "mau/Mau bao cao.dotx",
                   "macro.docm", "MAU.DOTM"):
        assert pattern.search(staged), staged
    for other in ("ghi-chu.txt", "bao-cao.docx.bak", "bao-cao.doc", "docx/README.md"):
        assert not pattern.search(other), other


def test_commit_blocked_then_accepted(tmp_path: Path) -> None:
    if shutil.which("git") is None or not PRE_COMMIT.exists():
        pytest.skip("git or pre-commit is not available")
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    head = _git(REPO, "rev-parse", "HEAD").stdout.strip()
    tracked = _git(REPO, "ls-files", "--error-unmatch", ".pre-commit-hooks.yaml", check=False)
    if tracked.returncode:
        pytest.skip(".pre-commit-hooks.yaml is not committed yet")

    work = tmp_path / "du-thao"
    work.mkdir()
    _git(work, "init", "-q", "-b", "main")
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {REPO}\n    rev: {head}\n    hooks:\n      - id: soat\n",
        encoding="utf-8",
    )
    (work / "soat.toml").write_text('select = ["FMT"]\n', encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": os.environ.get(
        "PRE_COMMIT_HOME", str(Path.home() / ".cache" / "pre-commit"))}
    install = subprocess.run([str(PRE_COMMIT), "install", "--install-hooks"], cwd=work, env=env,
                             text=True, capture_output=True, timeout=900)
    if install.returncode:
        pytest.skip(f"pre-commit could not install the hook (no network?): {install.stderr}")
    _git(work, "add", ".pre-commit-config.yaml", "soat.toml")
    _git(work, "commit", "-q", "-m", "cấu hình")

    (work / "bao-cao.docx").write_bytes(build(DEFECTIVE))
    _git(work, "add", "bao-cao.docx")
    blocked = _git(work, "commit", "-m", "dự thảo 1", check=False)
    assert blocked.returncode != 0, blocked.stdout + blocked.stderr
    assert "FMT010" in blocked.stdout + blocked.stderr
    assert _git(work, "log", "--oneline").stdout.count("\n") == 1

    (work / "bao-cao.docx").write_bytes(build(CLEAN))
    _git(work, "add", "bao-cao.docx")
    accepted = _git(work, "commit", "-m", "dự thảo 2", check=False)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert _git(work, "log", "--oneline").stdout.count("\n") == 2

    # a name in capitals, as Windows tools write them, is checked all the same
    (work / "BAO CAO LOI.DOCX").write_bytes(build(DEFECTIVE))
    _git(work, "add", "BAO CAO LOI.DOCX")
    shouted = _git(work, "commit", "-m", "dự thảo 3", check=False)
    assert shouted.returncode != 0 and "BAO CAO LOI.DOCX" in shouted.stdout + shouted.stderr
