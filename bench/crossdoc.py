"""The cross-document checks at scale: a pre-commit hook in a repository of 500 reports, and
the Dask job's throughput.

Run from the repository root (not part of the test suite; needs ../shared/corpus, and the
``dask`` extra for the second part)::

    python -m bench.crossdoc                  # both parts, prints the figures
    python -m bench.crossdoc --hook-only      # the pre-commit figures only
    python -m bench.crossdoc --runs 7 --docs 500 --workers 2

**Hook.** A git repository is built in a temporary folder with ``--docs`` committed reports
made from the corpus: every readable .docx of ``../shared/corpus/vn``, then copies of them
made distinct (another zip comment: other bytes, so another blob id and another cache entry,
the same text) until there are enough. One of the Đề án 06 monthly reports, with a citation
date changed, is staged, and the command a pre-commit hook runs, ``soat check FILE`` with
``PRE_COMMIT=1``, is timed as a whole process: **cold** (no ``.soat_cache``: every committed
report is read from git and mapped) once, then **warm** (the cache filled by the cold run)
``--runs`` times, median reported, beside the same file checked alone (``--no-cross``).
Each run must report the changed date (XDC001). Wall and CPU time (the process and its
workers) are both given: on a shared machine the wall time also counts the waits for a core.

**Dask.** ``examples/dask_crosscheck.py`` on a local cluster of ``--workers`` processes over
the corpus (cross-document rules and all the others); documents per second per worker is
the number of documents over the job's wall time (cluster start-up excluded) and workers.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "vn"
MONTH_10 = "vbai__Thang-10__BAO-CAO-DE-AN-06-thang-10.docx"
SOAT = [sys.executable, "-m", "validator"]


def _git(cwd: Path, *args: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.vn",
           "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.vn"}
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def _distinct(data: bytes, n: int) -> bytes:
    """The same package with another zip comment: other bytes, same document."""
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                zout.writestr(info, zin.read(info))
            zout.comment = f"soat bench copy {n}".encode()
    return out.getvalue()


def build_repository(top: Path, count: int) -> Path:
    """A repository of ``count`` committed reports and the staged one; returns the latter."""
    sources = sorted(p for p in CORPUS.glob("*.docx") if p.name != MONTH_10)
    (top / "bao-cao").mkdir(parents=True)
    made = 0
    n = 0
    while made < count:
        for src in sources:
            if made >= count:
                break
            data = src.read_bytes()
            if n:
                try:
                    data = _distinct(data, n)
                except zipfile.BadZipFile:
                    continue  # a broken file: copied once, as it is
            (top / "bao-cao" / f"{n:02d}-{src.name}").write_bytes(data)
            made += 1
        n += 1
    _git(top, "init", "-q")
    _git(top, "add", ".")
    _git(top, "commit", "-q", "-m", "reports")
    from tests.docxedit import replace_text  # the tests' editor of real packages

    staged = top / "bao-cao" / "de-an-06-thang-10.docx"
    replace_text(CORPUS / MONTH_10, staged, "ngày 14/3/2025", "ngày 15/3/2025")
    _git(top, "add", ".")
    return staged


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_timed(cmd: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float, str]:
    """Wall time, CPU time (user + system, the process and its workers) and output of ``cmd``.
    The CPU time is the figure to read on a shared machine, where the wall time also counts
    the waits for a core."""
    cpu = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    return time.perf_counter() - start, _children_cpu() - cpu, done.stdout + done.stderr


def time_hook(top: Path, staged: Path) -> tuple[float, float]:
    env = {**os.environ, "PRE_COMMIT": "1", "PYTHONPATH": str(ROOT)}
    wall, cpu, out = run_timed([*SOAT, "check", str(staged.relative_to(top))], top, env)
    if "XDC001" not in out:
        raise SystemExit(f"the staged report's changed date was not reported:\n{out}")
    return wall, cpu


def bench_hook(count: int, runs: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="soat-bench-hook-") as tmp:
        top = Path(tmp)
        staged = build_repository(top, count)
        cold = time_hook(top, staged)
        warm = [time_hook(top, staged) for _ in range(runs)]
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        alone = [run_timed([*SOAT, "check", "--no-cross", str(staged.relative_to(top))], top,
                           env)[:2] for _ in range(runs)]
    return {"cold": cold[0], "cold_cpu": cold[1],
            "warm": statistics.median(w for w, _ in warm), "warm_max": max(w for w, _ in warm),
            "warm_cpu": statistics.median(c for _, c in warm),
            "alone": statistics.median(w for w, _ in alone),
            "alone_cpu": statistics.median(c for _, c in alone)}


def bench_dask(workers: int) -> dict[str, float]:
    from dask.distributed import Client, LocalCluster

    spec = importlib.util.spec_from_file_location("dask_crosscheck",
                                                  ROOT / "examples" / "dask_crosscheck.py")
    assert spec is not None and spec.loader is not None
    job = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = job
    spec.loader.exec_module(job)
    paths = job.documents([str(CORPUS)])
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    try:
        with Client(cluster) as client:
            job.run(client, paths[:8])  # workers warm: imports done, catalogue sent
            start = time.perf_counter()
            report = job.run(client, paths)
            elapsed = time.perf_counter() - start
    finally:
        cluster.close()
    return {"documents": len(report.files), "seconds": elapsed,
            "per_worker": len(report.files) / elapsed / workers}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=500)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--hook-only", action="store_true")
    ns = parser.parse_args(argv)
    if not CORPUS.is_dir():
        sys.stderr.write("needs ../shared/corpus/vn\n")
        return 2
    sys.path.insert(0, str(ROOT))
    hook = bench_hook(ns.docs, ns.runs)
    print(f"pre-commit hook, one staged report against {ns.docs} committed ones:")
    print(f"  warm (cache filled), median of {ns.runs}: {hook['warm']:.2f} s wall "
          f"(slowest {hook['warm_max']:.2f} s), {hook['warm_cpu']:.2f} s CPU")
    print(f"  cold (no .soat_cache): {hook['cold']:.1f} s wall, {hook['cold_cpu']:.1f} s CPU")
    print(f"  the same file checked alone (--no-cross), median of {ns.runs}: "
          f"{hook['alone']:.2f} s wall, {hook['alone_cpu']:.2f} s CPU")
    print(f"  load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    if not ns.hook_only:
        d = bench_dask(ns.workers)
        print(f"Dask, {ns.workers} workers, {d['documents']:.0f} documents of the corpus: "
              f"{d['seconds']:.1f} s, {d['per_worker']:.2f} documents/s per worker")
    return 0


if __name__ == "__main__":
    sys.exit(main())
