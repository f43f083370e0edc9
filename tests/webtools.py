"""Helpers for the tests that run ``soat serve`` as a real process and drive a real browser.

The browser is the system's Chromium (Debian's ``chromium`` package, which ``.ci/run``
installs), driven by Playwright; a browser downloaded by a test tool is never used. Without
Chromium or Playwright the browser tests skip, saying why; in CI (``CI=true``) they fail
instead, so that a broken install cannot pass for a green run.
"""

from __future__ import annotations

import os
import queue
import shutil
import stat
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Playwright adds --headless itself; the rest keeps a root Chromium quiet on a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]
START_TIMEOUT = 90.0


def unavailable(reason: str) -> None:
    """Skip, or fail in CI where the browser tests must run."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{reason} (CI must run the browser tests: see .ci/run)")
    pytest.skip(reason)


def chromium() -> str:
    for candidate in (os.environ.get("SOAT_CHROMIUM"), shutil.which("chromium"),
                      "/usr/bin/chromium", shutil.which("chromium-browser")):
        if candidate and os.path.exists(candidate):
            return candidate
    unavailable("no system Chromium (Debian: apt-get install chromium)")
    raise AssertionError  # unreachable


def serve_extra() -> None:
    import importlib.util

    if importlib.util.find_spec("starlette") is None or importlib.util.find_spec(
            "uvicorn") is None:
        unavailable("soat serve needs its extra: pip install '.[serve]'")


@contextmanager
def soat_serve(workdir: Path, *args: str,
               env: Mapping[str, str] | None = None) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """Run ``soat serve --port 0`` in ``workdir``; yield its address and process. The
    process is stopped (by its own id) at the end."""
    serve_extra()
    environ = {**os.environ, "PYTHONUNBUFFERED": "1", **(env or {})}
    environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), environ.get("PYTHONPATH")]))
    process = subprocess.Popen(
        [sys.executable, "-m", "validator", "serve", "--no-plugins", "--port", "0", *args],
        cwd=workdir, env=environ, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    try:
        url = _wait_for_url(process, lines)
        _wait_until_ready(url)
        yield url, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_for_url(process: subprocess.Popen[str], lines: queue.Queue[str]) -> str:
    deadline = time.monotonic() + START_TIMEOUT
    seen = []
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=0.5)
        except queue.Empty:
            if process.poll() is not None:
                break
            continue
        seen.append(line)
        if "http://" in line:
            return line[line.index("http://"):].split()[0]
    raise AssertionError("soat serve did not start:\n" + "".join(seen))


def _wait_until_ready(url: str) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        try:
            with urllib.request.urlopen(url + "api/info", timeout=5) as answer:
                if answer.status == 200:
                    return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def rss_kib(pid: int) -> int:
    """Resident memory of a process in KiB (Linux /proc)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def children(pid: int) -> list[int]:
    """Direct children of a process (Linux /proc)."""
    out = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return out


def files_under(*roots: Path) -> set[str]:
    """Every file under ``roots`` but sockets (the worker server's rendezvous socket, which
    holds no data, lives in the temporary folder while the server runs)."""
    found: set[str] = set()
    for root in roots:
        for dirpath, _, filenames in os.walk(root):
            for name in filenames:
                path = os.path.join(dirpath, name)
                if not stat.S_ISSOCK(os.lstat(path).st_mode):
                    found.add(path)
    return found


def launch(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
