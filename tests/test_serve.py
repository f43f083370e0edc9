"""``soat serve``'s application, through its HTTP API, with real worker processes.

What the page shows is compared with what the engine finds in the same bytes in this process;
the copies it returns are read back with the loader and python-docx. The browser tests are in
test_serve_browser.py, the load test in test_serve_load.py.
"""

from __future__ import annotations

import asyncio
import importlib.util
import io
import json
import multiprocessing
import re
import zipfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

pytest.importorskip("starlette", reason="soat serve needs its extra: pip install '.[serve]'")
if importlib.util.find_spec("httpx2") is None and importlib.util.find_spec("httpx") is None:
    pytest.skip("the application tests need httpx2: pip install '.[webtest]'",
                allow_module_level=True)

import docx  # noqa: E402
import jsonschema  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from tests.outline import build  # noqa: E402
from validator import schemas_dir  # noqa: E402
from validator.cli import main  # noqa: E402
from validator.engine import MAX_FILE_BYTES, MSG_TOO_LARGE, check_bytes  # noqa: E402
from validator.loader import load_bytes  # noqa: E402
from validator.serve.app import attachment, clean_name, create_app  # noqa: E402
from validator.serve.jobs import JobFailed, Jobs  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "bao-cao-thang-01-2026.docx"
ROBUSTNESS = ROOT.parent / "shared" / "corpus" / "robustness"
NAME = "Báo cáo tháng 01.docx"


@pytest.fixture(scope="module")
def client() -> Any:
    with TestClient(create_app(jobs=Jobs(workers=2))) as c:
        yield c


def post(client: Any, path: str, data: bytes, name: str = NAME, **params: str) -> Any:
    return client.post(path, content=data, params=params,
                       headers={"X-Soat-Filename": quote(name),
                                "Content-Type": "application/octet-stream"})


def test_the_page_and_its_assets(client: Any) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert '<html lang="vi">' in page.text and "Kéo thả tệp Word (.docx) vào đây" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["cache-control"] == "no-store"
    for name, kind in (("view.js", "javascript"), ("app.js", "javascript"),
                       ("view.css", "css"), ("app.css", "css")):
        asset = client.get(f"/static/{name}")
        assert asset.status_code == 200 and kind in asset.headers["content-type"]
    assert client.get("/static/../app.py").status_code == 404
    assert client.get("/static/worker.py").status_code == 404
    info = client.get("/api/info").json()
    assert info["max_bytes"] == MAX_FILE_BYTES
    assert {"party-monthly-report", "state-report", "generic"} <= {
        p["name"] for p in info["profiles"]}


def test_a_check_shows_what_the_engine_finds(client: Any) -> None:
    data = SAMPLE.read_bytes()
    answer = post(client, "/api/check", data)
    assert answer.status_code == 200
    got = answer.json()
    expected = check_bytes(data, NAME)
    assert got["name"] == NAME and got["status"] == "checked"
    assert got["profile"] == expected.profile == "party-monthly-report"
    assert got["counts"] == {s: expected.count(s) for s in ("error", "warning", "info")}
    html = got["html"]
    assert html.count('class="f sev-') == 2 * len(expected.violations)  # two groupings
    assert '<mark class="hl sev-error" data-v="' in html and ">79 - NQ/TW</mark>" in html


def test_the_profile_can_be_chosen_by_name_only(client: Any) -> None:
    data = SAMPLE.read_bytes()
    got = post(client, "/api/check", data, profile="generic").json()
    assert got["profile"] == "generic"
    assert got["counts"]["error"] == check_bytes(data, NAME, profile_name="generic").count("error")
    for bad in ("khong-co", "/etc/hostname", "rules/profiles/generic.toml"):
        answer = post(client, "/api/check", data, profile=bad)
        assert answer.status_code == 400 and answer.json()["error"] == f"không có hồ sơ '{bad}'"


@pytest.mark.parametrize("data", [b"", b"not a docx", b"PK\x03\x04broken"])
def test_an_unreadable_file_gets_the_cli_message(client: Any, data: bytes) -> None:
    got = post(client, "/api/check", data, name="hong.docx").json()
    assert got["status"] == "failed"
    assert got["error"] == check_bytes(data, "hong.docx").error.message
    assert 'class="file-error"' in got["html"] and got["error"] in got["html"]
    for path in ("/api/annotate", "/api/fix"):
        answer = post(client, path, data, name="hong.docx")
        assert answer.status_code == 422 and answer.json()["error"] == got["error"]


def test_the_annotated_copy_has_a_comment_on_each_finding(client: Any) -> None:
    data = SAMPLE.read_bytes()
    answer = post(client, "/api/annotate", data)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert answer.headers["content-disposition"] == attachment("Báo cáo tháng 01.soat.docx")
    copy = answer.content
    count = int(answer.headers["x-soat-comments"])
    assert count == len(check_bytes(data, NAME).violations)
    docx.Document(io.BytesIO(copy))  # Word's own reader opens it
    doc = load_bytes(copy, "copy.docx")
    ours = [c for c in doc.comments if c.author == "soat"]
    assert len(ours) == count
    assert any(c.text.startswith("COD001") and c.paragraph is not None
               and "79 - NQ/TW" in doc.paragraph("body", c.paragraph).text for c in ours)


def test_the_fixed_copy_has_tracked_changes(client: Any) -> None:
    data = SAMPLE.read_bytes()
    answer = post(client, "/api/fix", data)
    assert answer.status_code == 200
    assert answer.headers["content-disposition"] == attachment("Báo cáo tháng 01.sua.docx")
    fixed = int(answer.headers["x-soat-fixed"])
    assert fixed >= 1
    with zipfile.ZipFile(io.BytesIO(answer.content)) as z:
        xml = z.read("word/document.xml").decode()
    # a text fix is a deletion and an insertion, a formatting fix a tracked property change
    insertions = len(re.findall(r'<w:ins [^>]*w:author="soat"', xml))
    deletions = len(re.findall(r'<w:del [^>]*w:author="soat"', xml))
    formatting = len(re.findall(r'<w:(?:rPr|pPr)Change [^>]*w:author="soat"', xml))
    assert deletions >= 1 and insertions + formatting >= fixed
    assert load_bytes(answer.content, "f.docx").has_revisions


def test_json_and_sarif_reports(client: Any, tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    answer = post(client, "/api/report", data, format="json")
    assert answer.headers["content-disposition"] == attachment("Báo cáo tháng 01.soat.json")
    report = answer.json()
    schema = json.loads((schemas_dir() / "report.schema.json").read_text("utf-8"))
    jsonschema.validate(report, schema)
    source = tmp_path / NAME
    source.write_bytes(data)
    out = tmp_path / "cli.json"
    main(["check", "--format", "json", "--fail-on", "never", "-o", str(out), str(source)])
    cli = json.loads(out.read_text("utf-8"))["files"][0]
    cli["path"] = NAME
    assert report["files"][0] == cli
    sarif = post(client, "/api/report", data, format="sarif").json()
    assert len(sarif["runs"][0]["results"]) == len(cli["violations"])
    assert post(client, "/api/report", data, format="xml").status_code == 400


def test_uploads_are_limited(tmp_path: Path) -> None:
    data = SAMPLE.read_bytes()
    with TestClient(create_app(jobs=Jobs(workers=1), max_bytes=len(data) - 1)) as small:
        answer = post(small, "/api/check", data)
        assert answer.status_code == 413
        assert answer.json()["error"] == MSG_TOO_LARGE.format(limit=0)

        def chunks() -> Any:  # no Content-Length: the limit holds while reading
            yield data[:1000]
            yield data[1000:]

        streamed = small.post("/api/check", content=chunks())
        assert streamed.status_code == 413
        assert post(small, "/api/check", data[: len(data) - 1]).status_code == 200


def test_only_loopback_names_reach_a_loopback_server() -> None:
    app = create_app(jobs=Jobs(workers=1), allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8765") as c:
        assert c.get("/api/info").status_code == 200
        assert c.get("/api/info", headers={"Host": "localhost:8765"}).status_code == 200
        assert c.get("/api/info", headers={"Host": "attacker.example"}).status_code == 400


@pytest.mark.parametrize(("raw", "shown"), [
    ("b%C3%A1o%20c%C3%A1o.docx", "báo cáo.docx"),
    ("..%2F..%2Fetc%2Fpasswd", "passwd"),
    ("C%3A%5CUsers%5Cx%5Cd.docx", "d.docx"),
    ("a%0D%0Ab.docx", "ab.docx"),
    ("", "van-ban.docx"),
])
def test_file_names_are_cleaned(raw: str, shown: str) -> None:
    assert clean_name(raw) == shown


def test_a_job_past_its_time_is_killed() -> None:
    jobs = Jobs(workers=1, timeout=0.01)

    async def run() -> None:
        with pytest.raises(JobFailed) as info:
            await jobs.run("check", SAMPLE.read_bytes(), "a.docx", None)
        assert info.value.kind == "timeout"
        assert "quá thời gian" in str(info.value)

    asyncio.run(run())
    assert not [p for p in multiprocessing.active_children() if "forkserver" not in p.name]


def test_jobs_also_run_in_spawned_processes() -> None:
    """Where the system has no forkserver (Windows), each job starts its own interpreter."""
    jobs = Jobs(workers=1, method="spawn")
    data = build("p: Căn cứ Nghị quyết số 07 - NQ/TU.")

    async def run() -> dict[str, Any]:
        return dict(await jobs.run("check", data, "a.docx", None))

    got = asyncio.run(run())
    expected = check_bytes(data, "a.docx")
    assert got["counts"]["error"] == expected.count("error") >= 1
    assert ">07 - NQ/TU</mark>" in got["html"]


def test_stopping_the_server_kills_running_jobs() -> None:
    jobs = Jobs(workers=1)

    async def run() -> None:
        await jobs.run("ping")
        task = asyncio.ensure_future(jobs.run("check", SAMPLE.read_bytes(), "a.docx", None))
        while not jobs._live:  # the check has started in its process
            await asyncio.sleep(0.005)
        jobs.close()
        with pytest.raises(JobFailed) as info:
            await task
        assert info.value.kind == "crash"
        with pytest.raises(JobFailed) as refused:
            await jobs.run("ping")
        assert str(refused.value) == "Máy chủ đang dừng."

    asyncio.run(run())


def test_the_server_survives_hostile_files(client: Any) -> None:
    if not ROBUSTNESS.is_dir():
        pytest.skip("the robustness corpus (../shared/corpus/robustness) is not here")
    files = sorted(p for p in ROBUSTNESS.iterdir() if p.is_file())
    assert files

    def one(path: Path) -> str | None:
        answer = post(client, "/api/check", path.read_bytes(), name=path.name)
        if answer.status_code != 200:
            return f"{path.name}: HTTP {answer.status_code}"
        got = answer.json()
        if got["status"] == "checked":
            return None
        if got["status"] != "failed" or not got["error"] or "Traceback" in got["error"]:
            return f"{path.name}: {got['status']} {got.get('error')!r}"
        return None

    with ThreadPoolExecutor(max_workers=4) as pool:  # the two workers stay busy
        problems = [p for p in pool.map(one, files) if p]
    assert problems == []
    assert post(client, "/api/check", build("p: Một đoạn văn.")).json()["status"] == "checked"
