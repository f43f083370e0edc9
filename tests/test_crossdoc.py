"""The cross-document stage of ``soat check``: folders, the repository of a pre-commit hook,
the cache, the report formats. Documents are built in the tests with real phrasing of the
Đề án 06 monthly reports; see ``test_crossdoc_corpus.py`` for the real reports."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from tests.outline import build
from tests.rules._series import month
from validator.cli import main
from validator.crossdoc import contribute, cross_check, digest
from validator.crossdoc.cache import Cache, salt
from validator.crossdoc.extract import period_of
from validator.crossdoc.model import Period
from validator.engine import analyse
from validator.loader import load_bytes
from validator.report import Report

ROOT = Path(__file__).resolve().parents[1]
CT07 = ("p: b) Triển khai thực hiện có hiệu quả các nhiệm vụ theo yêu cầu của Chỉ thị số "
        "07/CT-TTg ngày {d} của Thủ tướng Chính phủ về việc đẩy mạnh triển khai Đề án 06.")


def outline_of(text: str) -> str:
    """The outline of a ``month()`` document, without its ``file:`` line."""
    return text.split("\n", 1)[1]


def write_months(folder: Path, dates: dict[int, str]) -> dict[int, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for m, d in dates.items():
        path = folder / f"bao-cao-thang-{m:02d}.docx"
        path.write_bytes(build(outline_of(month(m, CT07.format(d=d)))))
        out[m] = path
    return out


# -- the map: what a document contributes ---------------------------------------------------


@pytest.mark.parametrize(("title", "year", "period"), [
    ("kết quả triển khai đề án 06 trên địa bàn tỉnh lâm đồng tháng 8/2025", None,
     Period(2025, "month", 8)),
    ("tình hình thực hiện nhiệm vụ tháng 01; nhiệm vụ trọng tâm tháng 02 năm 2026", None,
     Period(2026, "month", 1)),
    ("kết quả công tác cải cách hành chính quý i năm 2026", None, Period(2026, "quarter", 1)),
    ("tình hình kinh tế - xã hội 6 tháng đầu năm 2025", None, Period(2025, "half", 1)),
    ("công tác cải cách hành chính năm 2025", None, Period(2025, "year", 1)),
    ("kết quả thực hiện tháng 9", 2025, Period(2025, "month", 9)),
    ("kết quả thực hiện tháng 9", None, None),
    ("tổng kết công tác thi đua", 2025, None),
])
def test_the_period_a_title_names(title: str, year: int | None, period: Period | None) -> None:
    assert period_of(title, year) == period


def test_a_report_contributes_its_citations_period_and_running_totals() -> None:
    text = month(10, """
        p: Thực hiện Chỉ thị số 07/CT-TTg ngày 14/3/2025 của Thủ tướng Chính phủ.
        p: Tính đến ngày 15/10/2025, toàn tỉnh đã phát sinh 14.092 hồ sơ cấp phiếu Lý lịch tư pháp.
        p: Đến nay, toàn tỉnh có 18 mô hình đang triển khai.
        p: Trong tháng, toàn tỉnh phát sinh 5.854 hồ sơ dịch vụ công liên thông.
    """)
    data = build(outline_of(text))
    c = contribute(analyse(load_bytes(data, "thang-10.docx")), digest(data))
    assert c.period == Period(2025, "month", 10) and c.date == "2025-10-25"
    assert c.doc_type == "báo cáo" and c.series.endswith("tỉnh lâm đồng #")
    (cite,) = c.cites
    assert (cite.code, cite.date, cite.type_word) == ("07/CT-TTg", "2025-03-14", "Chỉ thị")
    kinds = {s.token: s.kind for s in c.stated}
    assert kinds["14.092"] == "cumulative"
    assert kinds.get("18") != "cumulative"  # a stock under way
    assert kinds.get("5.854") != "cumulative"  # this month's
    # git's blob id: `git hash-object` of the same bytes
    assert c.digest == digest(data) and len(c.digest) == 40


def test_one_document_alone_has_nothing_to_compare() -> None:
    data = build(outline_of(month(8, CT07.format(d="14/3/2025"))))
    c = contribute(analyse(load_bytes(data, "a.docx")))
    assert cross_check([c], __import__("rules").BUILTIN_RULES) == {}


# -- soat check on a folder -------------------------------------------------------------------


def test_a_folder_is_checked_as_a_whole(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    paths = write_months(tmp_path / "bao-cao", {8: "14/3/2025", 9: "14/3/2025", 10: "15/3/2025"})
    code = main(["check", str(tmp_path / "bao-cao"), "--select", "XDC", "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    by_file = {Path(f["path"]).name: f["violations"] for f in data["files"]}
    assert by_file["bao-cao-thang-08.docx"] == by_file["bao-cao-thang-09.docx"] == []
    (v,) = by_file["bao-cao-thang-10.docx"]
    assert v["rule"] == "XDC001" and v["category"] == "cross-document"
    assert "15/3/2025" in v["excerpt"] and '"bao-cao-thang-09.docx"' in v["message"]
    assert {Path(r["path"]).name for r in v["related"]} == {"bao-cao-thang-08.docx",
                                                            "bao-cao-thang-09.docx"}
    assert all("14/3/2025" in r["excerpt"] for r in v["related"])
    assert code == 1
    report = Report.from_dict(data)
    assert Report.from_dict(report.to_dict()) == report
    assert str(paths[10]) in {f.path for f in report.files}


def test_text_and_sarif_name_the_other_file(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    write_months(tmp_path, {8: "14/3/2025", 9: "15/3/2025"})
    main(["check", str(tmp_path), "--select", "XDC001"])
    text = capsys.readouterr().out
    assert f"↳ Liên quan ({tmp_path / 'bao-cao-thang-08.docx'}:" in text
    main(["check", str(tmp_path), "--select", "XDC001", "--format", "sarif"])
    sarif = json.loads(capsys.readouterr().out)
    (result,) = sarif["runs"][0]["results"]
    (related,) = result["relatedLocations"]
    assert related["physicalLocation"]["artifactLocation"]["uri"].endswith(
        "bao-cao-thang-08.docx")
    assert "14/3/2025" in related["physicalLocation"]["region"]["snippet"]["text"]


def test_no_cross_and_a_single_file_check_each_file_alone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = write_months(tmp_path, {8: "14/3/2025", 9: "15/3/2025"})
    assert main(["check", str(tmp_path), "--select", "XDC", "--no-cross"]) == 0
    assert main(["check", str(paths[9]), "--select", "XDC"]) == 0
    assert "XDC001" not in capsys.readouterr().out
    assert not (tmp_path / ".soat_cache").exists()


def test_the_configuration_selects_and_grades_cross_document_rules(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_months(tmp_path, {8: "14/3/2025", 9: "15/3/2025"})
    (tmp_path / "soat.toml").write_text(
        'select = ["XDC"]\n[severity]\nXDC001 = "info"\n', encoding="utf-8")
    assert main(["check", str(tmp_path), "--format", "json"]) == 0
    (v,) = [v for f in json.loads(capsys.readouterr().out)["files"] for v in f["violations"]]
    assert v["severity"] == "info"
    (tmp_path / "soat.toml").write_text('ignore = ["XDC001"]\n', encoding="utf-8")
    main(["check", str(tmp_path), "--format", "json", "--select", "XDC"])
    assert "XDC001" not in capsys.readouterr().out


def test_a_word_comment_silences_a_cross_document_finding(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_months(tmp_path, {8: "14/3/2025"})
    body = CT07.format(d="15/3/2025").replace("p: ", "comment[soat: ignore XDC001 - theo bản gốc]: ", 1)
    (tmp_path / "bao-cao-thang-09.docx").write_bytes(build(outline_of(month(9, body))))
    assert main(["check", str(tmp_path), "--select", "XDC,FMT011", "--format", "json"]) == 0
    files = json.loads(capsys.readouterr().out)["files"]
    assert [v for f in files for v in f["violations"]] == []
    assert sum(f.get("suppressed", 0) for f in files) == 1


# -- a drafting repository: the pre-commit hook and the cache ----------------------------------


def _git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Chuyên viên", "GIT_AUTHOR_EMAIL": "cv@example.vn",
           "GIT_COMMITTER_NAME": "Chuyên viên", "GIT_COMMITTER_EMAIL": "cv@example.vn"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, text=True, check=True,
                          capture_output=True, timeout=120).stdout


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not available")
    top = tmp_path / "kho-bao-cao"
    write_months(top / "2025", {8: "14/3/2025", 9: "14/3/2025"})
    _git(top, "init", "-q")
    _git(top, "add", ".")
    _git(top, "commit", "-q", "-m", "Báo cáo tháng 8 và 9")
    monkeypatch.chdir(top)
    return top


def test_a_staged_report_is_checked_against_the_committed_ones(
        repo: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    staged = write_months(repo / "2025", {10: "15/3/2025"})[10]
    _git(repo, "add", ".")
    monkeypatch.setenv("PRE_COMMIT", "1")  # what pre-commit sets for its hooks
    assert main(["check", "--select", "XDC", "2025/bao-cao-thang-10.docx"]) == 1
    out = capsys.readouterr().out
    assert "XDC001" in out and "bao-cao-thang-09.docx" in out and "14/3/2025" in out
    # the cache: a folder git ignores, one entry per committed report and the staged one
    cache = repo / ".soat_cache"
    assert (cache / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert (cache / "CACHEDIR.TAG").exists()
    assert len([p for p in cache.rglob("*") if p.is_file() and p.parent.name != ".soat_cache"
                and len(p.parent.name) == 2]) == 3
    assert _git(repo, "status", "--porcelain", "--ignored", ".soat_cache").startswith("!!")
    assert staged.exists()


def test_outside_pre_commit_the_repository_takes_part_with_repo(
        repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_months(repo / "2025", {10: "15/3/2025"})
    assert main(["check", "--select", "XDC", "2025/bao-cao-thang-10.docx"]) == 0
    assert main(["check", "--select", "XDC", "--repo", "2025/bao-cao-thang-10.docx"]) == 1
    assert "XDC001" in capsys.readouterr().out


def test_a_warm_run_reads_no_committed_document(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    write_months(repo / "2025", {10: "15/3/2025"})
    args = ["check", "--select", "XDC", "--repo", "2025/bao-cao-thang-10.docx"]
    main(args)
    first = capsys.readouterr().out
    from validator.crossdoc import repo as git_repo

    def no_blobs(*_: object) -> object:
        raise AssertionError("a committed document was read although it is cached")

    monkeypatch.setattr(git_repo, "blobs", no_blobs)
    main(args)
    assert capsys.readouterr().out == first


def test_a_broken_cache_costs_only_time(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_months(repo / "2025", {10: "15/3/2025"})
    args = ["check", "--select", "XDC", "--repo", "2025/bao-cao-thang-10.docx"]
    main(args)
    expected = capsys.readouterr().out
    for entry in (repo / ".soat_cache").rglob("*"):
        if entry.is_file() and len(entry.parent.name) == 2:
            entry.write_bytes(b"\x00garbage")
    assert main(args) == 1
    assert capsys.readouterr().out == expected
    shutil.rmtree(repo / ".soat_cache")
    (repo / ".soat_cache").write_text("not a folder", encoding="utf-8")
    assert main(args) == 1
    assert capsys.readouterr().out == expected
    assert (repo / ".soat_cache").read_text(encoding="utf-8") == "not a folder"


def test_the_cache_files_contributions_by_content(tmp_path: Path) -> None:
    data = build(outline_of(month(8, CT07.format(d="14/3/2025"))))
    c = contribute(analyse(load_bytes(data, "a.docx")), digest(data))
    cache = Cache(tmp_path, salt(None))
    assert cache.get(c.digest, "a.docx") is None
    cache.put(c)
    again = Cache(tmp_path, salt(None)).get(c.digest, "khac/b.docx")
    assert again is not None and again.path == "khac/b.docx"
    assert again.cites == c.cites and again.period == c.period
    assert Cache(tmp_path, "another-salt").get(c.digest, "a.docx") is None
