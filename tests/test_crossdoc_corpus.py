"""The four monthly reports of Đề án 06 (Lâm Đồng, tháng 8-11/2025), checked together.

Copies of the real reports, edited in the test as a drafter would (a date mistyped, a total
copied wrong, last month's summary line kept), in a folder and in a real git repository.
What soat reports on the unedited reports was read and judged by hand:
``tests/data/crossdoc-judgements.tsv``. Skipped without ``../shared``.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.docxedit import replace_text
from validator.cli import main

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "vn"
MONTHS = {
    8: "vbai__Thang-8__BAO-CAO-DE-AN-06-THANG-8.docx",
    9: "vbai__Thang-9__BAO-CAO-DE-AN-06-thang-9.docx",
    10: "vbai__Thang-10__BAO-CAO-DE-AN-06-thang-10.docx",
    11: "vbai__Thang-11__BAO-CAO-DE-AN-06-THANG-11.docx",
}
JUDGEMENTS = Path(__file__).resolve().parent / "data" / "crossdoc-judgements.tsv"
CORPUS_JUDGEMENTS = Path(__file__).resolve().parent / "data" / "crossdoc-corpus-judgements.tsv"

pytestmark = [
    pytest.mark.corpus,
    pytest.mark.skipif(not all((CORPUS / f).exists() for f in MONTHS.values()),
                       reason="needs the monthly reports of ../shared/corpus"),
]


def copies(folder: Path, months: tuple[int, ...] = (8, 9, 10, 11)) -> dict[int, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for m in months:
        out[m] = folder / f"bao-cao-de-an-06-thang-{m:02d}.docx"
        shutil.copyfile(CORPUS / MONTHS[m], out[m])
    return out


def findings(capsys: pytest.CaptureFixture[str], *args: str) -> list[tuple[str, dict]]:
    main(["check", "--select", "XDC", "--format", "json", *args])
    data = json.loads(capsys.readouterr().out)
    return [(Path(f["path"]).name, v) for f in data["files"] for v in f["violations"]]


def test_the_unedited_reports_give_only_the_judged_findings(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copies(tmp_path)
    found = findings(capsys, str(tmp_path))
    with JUDGEMENTS.open(encoding="utf-8") as fh:
        judged = list(csv.DictReader(fh, delimiter="\t"))
    assert sorted((name, v["rule"]) for name, v in found) == sorted(
        (row["file"], row["rule"]) for row in judged)
    for row in judged:
        (v,) = [v for name, v in found if (name, v["rule"]) == (row["file"], row["rule"])]
        assert row["text"] in v["excerpt"] and row["verdict"] == "true"


def test_the_whole_corpus_gives_only_the_judged_findings(
        corpus_cross_report: dict) -> None:  # type: ignore[type-arg]
    """All 331 documents checked together: every cross-document finding was read and judged
    by hand (``tests/data/crossdoc-corpus-judgements.tsv``); none is a false alarm."""
    found = [(Path(f["path"]).name, v) for f in corpus_cross_report["files"]
             for v in f["violations"]]
    with CORPUS_JUDGEMENTS.open(encoding="utf-8") as fh:
        judged = list(csv.DictReader(fh, delimiter="\t"))
    assert sorted((name, v["rule"]) for name, v in found) == sorted(
        (row["file"], row["rule"]) for row in judged)
    for row in judged:
        assert row["verdict"] == "true"
        assert any(row["text"] in v["excerpt"] for name, v in found
                   if (name, v["rule"]) == (row["file"], row["rule"]))


def test_a_date_changed_in_one_report_is_reported_naming_the_others(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = copies(tmp_path / "goc")
    replace_text(CORPUS / MONTHS[10], paths[10], "ngày 14/3/2025", "ngày 15/3/2025")
    got = [(name, v) for name, v in findings(capsys, str(tmp_path / "goc"))
           if v["rule"] == "XDC001"]
    assert len(got) == 1
    name, v = got[0]
    assert name == "bao-cao-de-an-06-thang-10.docx"
    assert "07/CT-TTg" in v["message"] and "15/3/2025" in v["message"]
    assert "14/3/2025" in v["message"] and "bao-cao-de-an-06-thang-" in v["message"]
    others = {Path(r["path"]).name for r in v["related"]}
    assert others == {f"bao-cao-de-an-06-thang-{m:02d}.docx" for m in (8, 9, 11)}
    assert all("14/3/2025" in r["excerpt"] for r in v["related"])


def _git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Chuyên viên", "GIT_AUTHOR_EMAIL": "cv@example.vn",
           "GIT_COMMITTER_NAME": "Chuyên viên", "GIT_COMMITTER_EMAIL": "cv@example.vn"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, text=True, check=True,
                          capture_output=True, timeout=120).stdout


def test_the_staged_report_alone_against_the_committed_ones(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not available")
    top = tmp_path / "kho"
    paths = copies(top / "de-an-06")
    _git(top, "init", "-q")
    _git(top, "add", ".")
    _git(top, "commit", "-q", "-m", "Báo cáo Đề án 06 tháng 8-11")
    replace_text(CORPUS / MONTHS[10], paths[10], "ngày 14/3/2025", "ngày 15/3/2025")
    _git(top, "add", ".")
    monkeypatch.chdir(top)
    monkeypatch.setenv("PRE_COMMIT", "1")
    got = [v for name, v in findings(capsys, "de-an-06/bao-cao-de-an-06-thang-10.docx")
           if v["rule"] == "XDC001"]
    assert len(got) == 1
    assert {Path(r["path"]).name for r in got[0]["related"]} == {
        f"bao-cao-de-an-06-thang-{m:02d}.docx" for m in (8, 9, 11)}
    # and again from the cache, the same
    again = [v for name, v in findings(capsys, "de-an-06/bao-cao-de-an-06-thang-10.docx")
             if v["rule"] == "XDC001"]
    assert again == got


def test_a_running_total_copied_lower_than_last_month(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = copies(tmp_path, (8, 9))
    # month 8: 8.922.249 look-ups with the ID card so far; month 9 gives fewer
    replace_text(CORPUS / MONTHS[9], paths[9], "9.024.994", "8.024.994")
    got = [(name, v) for name, v in findings(capsys, str(tmp_path)) if v["rule"] == "XDC005"]
    assert [(name, '"8.024.994"' in v["message"] and '"8.922.249"' in v["message"])
            for name, v in got] == [("bao-cao-de-an-06-thang-09.docx", True)]


def test_last_month_s_summary_line_kept(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    paths = copies(tmp_path, (8, 10))
    # month 10 (dated November) filed under month 8's period
    replace_text(CORPUS / MONTHS[10], paths[10], "tháng 10/2025", "tháng 8/2025",
                 where=lambda text: text.strip().startswith("Kết quả triển khai"))
    got = [(name, v) for name, v in findings(capsys, str(tmp_path)) if v["rule"] == "XDC004"]
    assert len(got) == 1 and got[0][0] == "bao-cao-de-an-06-thang-10.docx"
    assert "tháng 8/2025" in got[0][1]["message"]


def test_a_change_on_last_month_that_holds(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    # month 9: "189 cơ sở khám chữa bệnh (tăng 70 cơ sở so với tháng trước)", month 8: 119
    paths = copies(tmp_path, (8, 9))
    assert not [v for _, v in findings(capsys, str(tmp_path)) if v["rule"] == "XDC006"]
    replace_text(CORPUS / MONTHS[8], paths[8], "cho 119 cơ sở", "cho 129 cơ sở")
    got = [(name, v) for name, v in findings(capsys, str(tmp_path)) if v["rule"] == "XDC006"]
    assert len(got) == 1 and got[0][0] == "bao-cao-de-an-06-thang-09.docx"
    assert "119" in got[0][1]["message"] and '"129"' in got[0][1]["message"]
