"""``soat serve`` under load, on loopback only: 20 clients upload the sample report at once,
200 uploads in all (and a few downloads of the annotated copy among them).

Every answer must be the right one (the findings the engine finds in this process), the page
must keep answering while the checks run (the event loop never runs a check), nothing may be
written to disk by the server (its working folder, its temporary folder and its home stay
empty), and its memory must not grow with the number of documents it has seen. The run is
bounded in count and time; timings and memory are printed, not asserted (speed is measured
by bench/, never by tests).
"""

from __future__ import annotations

import http.client
import json
import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote, urlsplit

from tests import webtools
from validator.engine import check_bytes

SAMPLE = webtools.ROOT / "examples" / "bao-cao-thang-01-2026.docx"
CLIENTS = 20
REQUESTS = 200
ANNOTATE_EVERY = 25  # one upload in 25 asks for the annotated copy instead
TIMEOUT = 600.0


def _request(url: str, method: str, path: str, body: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=TIMEOUT)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        answer = conn.getresponse()
        return answer.status, {k.lower(): v for k, v in answer.getheaders()}, answer.read()
    finally:
        conn.close()


def test_concurrent_uploads(tmp_path: Path) -> None:
    work, temp, home = tmp_path / "work", tmp_path / "tmp", tmp_path / "home"
    for folder in (work, temp, home):
        folder.mkdir()
    data = SAMPLE.read_bytes()
    expected = check_bytes(data, SAMPLE.name)
    counts = {s: expected.count(s) for s in ("error", "warning", "info")}
    headers = {"X-Soat-Filename": quote("bao-cao.docx"),
               "Content-Type": "application/octet-stream"}
    env = {"TMPDIR": str(temp), "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache"),
           "SOAT_CACHE_DIR": str(home / "soat-cache")}

    with webtools.soat_serve(work, "--workers", "2", env=env) as (url, process):
        done = 0
        lock = threading.Lock()
        latencies: list[float] = []
        problems: list[str] = []

        def one(i: int) -> None:
            nonlocal done
            path = "/api/annotate" if i % ANNOTATE_EVERY == 0 else "/api/check"
            start = time.monotonic()
            try:
                status, head, body = _request(url, "POST", path, data, headers)
            except OSError as exc:
                status, head, body = 0, {}, repr(exc).encode()
            elapsed = time.monotonic() - start
            if status != 200:
                problems.append(f"{i}: HTTP {status} {body[:200]!r}")
            elif path == "/api/check":
                got = json.loads(body)
                if got["status"] != "checked" or got["counts"] != counts:
                    problems.append(f"{i}: {got['status']} {got['counts']}")
                elif ">79 - NQ/TW</mark>" not in got["html"]:
                    problems.append(f"{i}: the COD001 mark is missing")
            elif int(head["x-soat-comments"]) != len(expected.violations) or body[:2] != b"PK":
                problems.append(f"{i}: annotated copy {head.get('x-soat-comments')}")
            with lock:
                done += 1
                latencies.append(elapsed)

        for i in range(4):  # warm up, then measure the server at rest
            one(-1 - i)
        rss_before = webtools.rss_kib(process.pid)
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
            futures = [pool.submit(one, i) for i in range(REQUESTS)]
            deadline = time.monotonic() + TIMEOUT
            while done < 4 + CLIENTS and time.monotonic() < deadline:  # checks are queued
                time.sleep(0.05)
            info_times = []
            for _ in range(5):  # the page still answers while checks run
                t = time.monotonic()
                status, _, _ = _request(url, "GET", "/api/info")
                info_times.append(time.monotonic() - t)
                assert status == 200
            pending_while_answering = REQUESTS + 4 - done
            for f in futures:
                f.result(timeout=TIMEOUT)
        wall = time.monotonic() - started
        rss_after = webtools.rss_kib(process.pid)
        workers_left = [c for c in webtools.children(process.pid)
                        if "forkserver" not in Path(f"/proc/{c}/cmdline").read_text()]
        left_on_disk = webtools.files_under(work, temp, home)

    assert problems == [], problems[:5]
    assert len(latencies) == REQUESTS + 4
    assert pending_while_answering > 0
    assert left_on_disk == set(), sorted(left_on_disk)[:5]
    # a worker process ends with its job; a few may still be exiting
    assert len(workers_left) <= 2
    growth = rss_after - rss_before
    assert growth < 40 * 1024, f"server memory grew by {growth} KiB over {REQUESTS} uploads"
    quantiles = statistics.quantiles(latencies, n=20)
    print(f"\n{REQUESTS} uploads by {CLIENTS} clients in {wall:.1f} s "
          f"({REQUESTS / wall:.1f}/s); latency median {statistics.median(latencies):.2f} s, "
          f"p95 {quantiles[18]:.2f} s; /api/info during the load: max "
          f"{max(info_times) * 1000:.0f} ms; server RSS {rss_before / 1024:.1f} → "
          f"{rss_after / 1024:.1f} MiB")
