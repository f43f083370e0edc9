"""soat benchmark: speed and memory measured side by side with the floor and python-docx.

Run from the repository root (not part of the test suite)::

    python -m bench.run                      # full run, prints the table and the targets
    python -m bench.run --quick              # fewer repetitions, 40-file batch
    python -m bench.run --write bench/RESULTS.md

In one run and on the same files it measures, for the seed report, a ~400-page report and a
batch of copies of the seed. The large report is made of different real reports, the
provincial reports of the corpus joined into one package at bench time
(:func:`bench.documents.large_report`; the corpus is read from ``../shared``, never committed):

- ``floor``: unzip the package and parse every XML part with lxml (what any reader must do);
- ``python-docx``: open the file and read every paragraph's and every table cell's text, the
  way users write it (``for t in doc.tables: for row in t.rows: for cell in row.cells``);
- ``soat (in process)``: load the document and run every rule (rules resolved beforehand);
- ``soat check`` as a whole command and ``python -c "import docx"`` (start-up cost);
- peak memory (``ru_maxrss``) of a process checking the 400-page report;
- the batch as ``soat check --jobs 1`` and ``--jobs 2`` (output must be identical).

Times are medians of several repetitions; each target is a ratio of two figures measured in
the same run, so the machine's speed cancels out.
"""

from __future__ import annotations

import argparse
import gc
import io
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from lxml import etree

from bench.documents import CHARS_PER_PAGE, find_seed, large_report, rendered_pages, text_chars

ROOT = Path(__file__).resolve().parents[1]
TARGET_PAGES = 400


# -- what is measured ---------------------------------------------------------------------


def floor(data: bytes) -> int:
    """Unzip and parse every XML part: what any reader of the package must do."""
    n = 0
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for info in z.infolist():
            if info.filename.endswith((".xml", ".rels")):
                etree.fromstring(z.read(info))
                n += 1
    return n


def python_docx_read(data: bytes) -> int:
    """Open with python-docx and read every paragraph and table cell, the usual way."""
    import docx

    document = docx.Document(io.BytesIO(data))
    n = sum(len(p.text) for p in document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                n += len(cell.text)
    return n


def soat_in_process(rules: tuple[type, ...]) -> Callable[[bytes], object]:
    from validator import engine

    def run(data: bytes) -> object:
        result = engine.check_bytes(data, "bench.docx", rules=rules)
        assert result.status == "checked", result.error
        assert not result.rule_errors, result.rule_errors
        return result

    return run


def soat_load_only(data: bytes) -> object:
    from validator import loader

    return loader.load_bytes(data, "bench.docx")


def interleaved_times(fns: list[Callable[[], object]], reps: int) -> list[list[float]]:
    """Times of ``fns`` run in turn (a, b, c, a, b, c, ...) after one warm-up round, one list
    per function: the i-th times of two functions were taken side by side, so their ratio
    holds even when the machine slows down for a while."""
    for fn in fns:
        fn()
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(reps):
        for i, fn in enumerate(fns):
            gc.collect()
            start = time.perf_counter()
            fn()
            times[i].append(time.perf_counter() - start)
    return times


def ratio(a: list[float], b: list[float]) -> float:
    """The median of the ratios of side-by-side times."""
    return statistics.median(x / y for x, y in zip(a, b, strict=True))


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def parallel_ceiling(n: int = 2_000_000, tasks: int = 4) -> float:
    """What two processes give this machine right now: the same pure-Python work done by one
    process, then by two, time against time. On a shared host the second core is not always
    a whole core; the batch's speed-up cannot exceed this."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(_spin, [1000, 1000]))  # workers started before timing
        start = time.perf_counter()
        for _ in range(tasks):
            _spin(n)
        serial = time.perf_counter() - start
        start = time.perf_counter()
        list(pool.map(_spin, [n] * tasks))
        parallel = time.perf_counter() - start
    return serial / parallel


def env() -> dict[str, str]:
    e = dict(os.environ)
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    e.setdefault("PYTHONHASHSEED", "0")
    return e


def run_command(
    args: list[str], extra_env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    proc = subprocess.run(args, cwd=ROOT, env={**env(), **(extra_env or {})},
                          capture_output=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} exited {proc.returncode}:\n"
                         + proc.stderr.decode(errors="replace")[-2000:])
    return proc


def command_time(args: list[str], reps: int, extra_env: dict[str, str] | None = None) -> float:
    return statistics.median(interleaved_times([partial(run_command, args, extra_env)], reps)[0])


def paired_command_times(commands: list[list[str]], reps: int) -> list[list[float]]:
    """Times of commands run in turn (a, b, a, b, ...), so that a slow spell of the machine
    weighs on each of them alike; one warm-up round first."""
    return interleaved_times([partial(run_command, args) for args in commands], reps)


SOAT = [sys.executable, "-m", "validator"]

# ru_maxrss survives execve (the child would report the bench process's own peak), so the
# child reads VmHWM, which a new process image starts afresh; ru_maxrss only off Linux.
PEAK = """
def peak_kib():
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""

PEAK_SCRIPT = PEAK + """
import sys
from validator import engine
data = open(sys.argv[1], "rb").read()
result = engine.check_bytes(data, sys.argv[1])
assert result.status == "checked", result.error
print(peak_kib())
"""

BASE_SCRIPT = PEAK + """
from validator import engine, loader
from validator.plugins import Plugins
Plugins.discover().catalogue()
print(peak_kib())
"""


def peak_mb(script: str, *args: str) -> float:
    proc = run_command([sys.executable, "-c", script, *args])
    return int(proc.stdout.split()[-1]) / 1024  # KiB


# -- the report ---------------------------------------------------------------------------


@dataclass
class Target:
    name: str
    value: float
    limit: float
    unit: str
    higher_is_better: bool = False

    @property
    def ok(self) -> bool:
        return self.value >= self.limit if self.higher_is_better else self.value <= self.limit

    def line(self) -> str:
        op = "≥" if self.higher_is_better else "≤"
        verdict = "ok" if self.ok else "MISS"
        return (f"| {self.name} | {self.value:.2f}{self.unit} | {op} {self.limit:g}{self.unit} "
                f"| {verdict} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, smaller batch")
    parser.add_argument("--batch", type=int, default=None, help="files in the batch (200)")
    parser.add_argument("--write", metavar="PATH", help="also write the results as Markdown")
    parser.add_argument("--seed-pages", type=float, default=None,
                        help="the seed's real page count (default: estimated from its text)")
    ns = parser.parse_args(argv)
    reps = 5 if ns.quick else 9
    cmd_reps = 5 if ns.quick else 15
    batch_n = ns.batch or (40 if ns.quick else 200)
    batch_rounds = 3 if ns.quick else 5

    from validator.plugins import Plugins

    rules = Plugins.discover().rules()
    seed_path = find_seed()
    seed = seed_path.read_bytes()
    seed_chars = text_chars(seed)
    rendered = None if ns.seed_pages else rendered_pages(seed)
    seed_pages = ns.seed_pages or rendered or seed_chars / CHARS_PER_PAGE
    pages_source = (" as given" if ns.seed_pages else " as LibreOffice renders it" if rendered
                    else f" at {CHARS_PER_PAGE} characters a page")
    large, parts = large_report(seed_path, round(TARGET_PAGES / seed_pages * seed_chars))
    size = text_chars(large) / seed_chars  # the large report's text, in seeds
    large_pages = seed_pages * size
    check = soat_in_process(rules)

    rows: list[tuple[str, float, float]] = []  # what, seed, large (seconds)
    results: dict[str, dict[str, float]] = {"seed": {}, "large": {}}
    measures: list[tuple[str, Callable[[bytes], object]]] = [
        ("floor: unzip + lxml parse of every part", floor),
        ("python-docx: open + every paragraph and cell text", python_docx_read),
        ("soat: load only", soat_load_only),
        (f"soat: load + all {len(rules)} rules (in process)", check),
    ]
    # every measure on the seed and on the large report, in turn, in each round
    timed = interleaved_times(
        [partial(fn, data) for _, fn in measures for data in (seed, large)], reps
    )
    seed_runs = {label: timed[2 * i] for i, (label, _) in enumerate(measures)}
    large_runs = {label: timed[2 * i + 1] for i, (label, _) in enumerate(measures)}
    seed_times = [statistics.median(seed_runs[label]) for label, _ in measures]
    large_times = [statistics.median(large_runs[label]) for label, _ in measures]
    for (label, _), s, big in zip(measures, seed_times, large_times, strict=True):
        rows.append((label, s, big))
        results["seed"][label] = s
        results["large"][label] = big
        print(f"  measured {label}: {s * 1000:.0f} ms / {big * 1000:.0f} ms", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="soat-bench-") as tmp:
        tmpdir = Path(tmp)
        seed_copy = tmpdir / "seed.docx"
        seed_copy.write_bytes(seed)
        large_path = tmpdir / "large.docx"
        large_path.write_bytes(large)
        cmd_runs = paired_command_times(
            [[*SOAT, "check", str(seed_copy)], [sys.executable, "-c", "import docx"]], cmd_reps
        )
        soat_cmd, import_docx = (statistics.median(t) for t in cmd_runs)
        cmd_ratio = ratio(*cmd_runs)
        startup = command_time([*SOAT, "--version"], cmd_reps)
        rules_listing = command_time([*SOAT, "rules"], cmd_reps)
        print(f"  measured commands: {soat_cmd * 1000:.0f} ms / {import_docx * 1000:.0f} ms",
              file=sys.stderr)
        peak = peak_mb(PEAK_SCRIPT, str(large_path))
        base_peak = peak_mb(BASE_SCRIPT)

        batch_dir = tmpdir / "batch"
        batch_dir.mkdir()
        for i in range(batch_n):
            shutil.copyfile(seed_path, batch_dir / f"bao-cao-{i:03d}.docx")
        # --jobs 1 and --jobs 2 in turn, several rounds: on a shared machine one slow spell
        # during a single run of either would decide the ratio. The speed-up is the median of
        # the rounds' ratios; the times shown are the medians.
        outputs: dict[int, bytes] = {}
        runs: dict[int, list[float]] = {1: [], 2: []}
        ceiling: list[float] = []
        for _ in range(batch_rounds):
            ceiling.append(parallel_ceiling())
            for jobs in (1, 2):
                args = [*SOAT, "check", "--jobs", str(jobs), "--format", "json", str(batch_dir)]
                start = time.perf_counter()
                out = run_command(args).stdout
                runs[jobs].append(time.perf_counter() - start)
                if outputs.setdefault(jobs, out) != out:
                    raise SystemExit(f"--jobs {jobs}: output differs between two runs")
                print(f"  measured batch --jobs {jobs}: {runs[jobs][-1]:.1f} s", file=sys.stderr)
        batch_times = {jobs: statistics.median(times) for jobs, times in runs.items()}
        # each round's two runs are neighbours in time: their ratio is the speed-up
        batch_speedup = ratio(runs[1], runs[2])
        machine_ceiling = statistics.median(ceiling)
        print(f"  measured ceiling: {machine_ceiling:.2f}x", file=sys.stderr)
        identical = outputs[1] == outputs[2]

    check_label = measures[3][0]
    docx_label = measures[1][0]
    targets = [
        Target("all rules on the seed ÷ python-docx reading it",
               ratio(seed_runs[check_label], seed_runs[docx_label]), 1.5, "×"),
        Target(f"{large_pages:.0f}-page report ({size:.1f} × the seed's text) ÷ seed "
               "(all rules)", ratio(large_runs[check_label], seed_runs[check_label]),
               1.5 * size, "×"),
        Target("`soat check` seed ÷ `python -c \"import docx\"`", cmd_ratio, 2.5, "×"),
        Target(f"peak memory, {large_pages:.0f}-page report", peak, 400, " MB"),
        Target(f"batch of {batch_n}: --jobs 1 ÷ --jobs 2", batch_speedup, 1.7,
               "×", higher_is_better=True),
    ]

    lines = [
        f"Measured {date.today().isoformat()} on {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}.",
        "",
        f"Seed: `{seed_path.name}` ({len(seed) // 1024} KB, about {seed_pages:.0f} pages"
        + pages_source
        + f"). Large: {len(parts)} different provincial reports of the corpus joined into one "
        f"package ({size:.1f} times the seed's text, about {large_pages:.0f} pages, "
        f"{len(large) // 1024} KB; each report's footnotes, numbering and styles carried over): "
        + ", ".join(f"`{p.name.split('__')[-1]}`" for p in parts) + ". "
        f"In process: {reps} rounds, each running every measure on the seed and the large "
        "report in turn; times are medians, ratios the median of side-by-side ratios. "
        f"Commands: {cmd_reps} rounds, `soat check` and `import docx` in turn, likewise. Batches: "
        f"{batch_rounds} rounds of `--jobs 1` and `--jobs 2` in turn, the median of the rounds' "
        "ratios. Commands run as after any first check: Python's bytecode is on disk.",
        "",
        "| measure | seed | large |",
        "|---|---:|---:|",
    ]
    for label, s, big in rows:
        lines.append(f"| {label} | {s * 1000:.0f} ms | {big * 1000:.0f} ms |")
    lines += [
        f"| `soat check` on the seed (whole command) | {soat_cmd * 1000:.0f} ms | |",
        f"| `soat --version` (interpreter + CLI start-up) | {startup * 1000:.0f} ms | |",
        f"| `soat rules` (start-up + plugin and rule discovery) | {rules_listing * 1000:.0f} ms "
        "| |",
        f"| `python -c \"import docx\"` | {import_docx * 1000:.0f} ms | |",
        f"| peak RSS checking the file (interpreter + imports alone: {base_peak:.0f} MB) "
        f"| | {peak:.0f} MB |",
        f"| batch of {batch_n} seeds, `soat check --jobs 1` | {batch_times[1]:.1f} s | |",
        f"| batch of {batch_n} seeds, `soat check --jobs 2` | {batch_times[2]:.1f} s | |",
        f"| the machine's ceiling: pure-Python work, 2 processes ÷ 1 (same rounds) "
        f"| {machine_ceiling:.2f}× | |",
        "",
        f"Batch output identical between --jobs 1 and --jobs 2: {'yes' if identical else 'NO'}.",
        "",
        "| target | measured | limit | |",
        "|---|---:|---:|---|",
        *(t.line() for t in targets),
    ]
    def growth(label: str) -> float:
        return results["large"][label] / results["seed"][label] / size

    lines += [
        "",
        f"Growth: the large report holds {size:.1f} times the seed's text; per seed's worth of "
        f"text, all rules cost {growth(check_label):.2f}× the seed's time (1.0 = linear), the "
        f"loader {growth(measures[2][0]):.2f}×, python-docx {growth(docx_label):.2f}×, the "
        f"floor {growth(measures[0][0]):.2f}×.",
    ]
    text = "\n".join(lines)
    print(text)
    if ns.write:
        Path(ns.write).write_text("# Benchmark results\n\nProduced by `python -m bench.run`.\n\n"
                                  + text + "\n", encoding="utf-8")
    ok = all(t.ok for t in targets) and identical
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
