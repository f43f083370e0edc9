"""examples/dask_crosscheck.py: the cross-document checks as a Dask map and reduce, on a local
cluster of two worker processes, give the report of ``soat check`` on one machine."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from tests.outline import build
from tests.rules._series import month
from validator.cli import main

pytest.importorskip("dask.distributed", reason="the dask extra is not installed")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "vn"
CT07 = ("p: Thực hiện Chỉ thị số 07/CT-TTg ngày {d} của Thủ tướng Chính phủ về việc đẩy mạnh "
        "triển khai Đề án 06.")
LLTP = ("p: Tính đến ngày 15/{m}/2025, toàn tỉnh đã phát sinh {n} hồ sơ cấp phiếu Lý lịch tư "
        "pháp trên ứng dụng VNeID.")


def _job():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("dask_crosscheck",
                                                  ROOT / "examples" / "dask_crosscheck.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    with Client(cluster) as c:
        yield c
    cluster.close()


def _soat_check(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    main(["check", "--format", "json", *args])
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def _files(report: dict) -> list[tuple[str, str, list]]:  # type: ignore[type-arg]
    return [(f["path"], f["status"], f["violations"]) for f in report["files"]]


def test_generated_reports_give_the_same_findings(
        client, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "de-an-06"
    folder.mkdir()
    bodies = {8: (CT07.format(d="14/3/2025"), LLTP.format(m=8, n="10.029")),
              9: (CT07.format(d="14/3/2025"), LLTP.format(m=9, n="12.197")),
              10: (CT07.format(d="15/3/2025"), LLTP.format(m=10, n="14.092")),
              11: (CT07.format(d="14/3/2025"), LLTP.format(m=11, n="3.065"))}
    for m, lines in bodies.items():
        outline = month(m, "\n".join(lines)).split("\n", 1)[1]
        (folder / f"thang-{m:02d}.docx").write_bytes(build(outline))
    (folder / "hong.docx").write_bytes(b"not a zip")
    job = _job()
    report = job.run(client, job.documents([str(folder)])).to_dict()
    expected = _soat_check(capsys, str(folder))
    assert _files(report) == _files(expected)
    rules = {v["rule"] for f in report["files"] for v in f["violations"]}
    assert {"XDC001", "XDC005"} <= rules
    failed = [f for f in report["files"] if f["status"] == "failed"]
    assert [Path(f["path"]).name for f in failed] == ["hong.docx"]


@pytest.mark.corpus
def test_the_corpus_gives_the_same_findings_as_soat_check(
        client, corpus_cross_report: dict) -> None:  # type: ignore[no-untyped-def, type-arg]
    job = _job()
    report = job.run(client, job.documents([str(CORPUS)]), select=["XDC"]).to_dict()
    assert _files(report) == _files(corpus_cross_report)
    found = {(Path(f["path"]).name, v["rule"]) for f in report["files"] for v in f["violations"]}
    assert ("vbai__Thang-11__BAO-CAO-DE-AN-06-THANG-11.docx", "XDC005") in found
