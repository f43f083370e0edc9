"""The fuzz run: mutants of real documents, checked in mixed batches, for an hour.

    python -m bench.fuzz                       # an hour over ../shared/corpus (else examples/)
    python -m bench.fuzz --minutes 5 --write bench/FUZZ.md

Each round writes a batch into a temporary folder: mutants of corpus documents
(``tests/mutations.py`` at its ``full`` scale: paragraphs of megabytes, tens of thousands of
paragraphs, deep nesting, damaged containers), a few untouched documents, and the special
files a folder may hold (a FIFO named ``*.docx``, a symlink to ``/dev/zero``, a dangling
symlink, an empty file). ``soat check`` runs on the folder as a user would run it (a child
process, ``--format json``, ``--jobs`` 1 or 2 in turn, the per-file ``--timeout``), watched
from outside: its whole process tree's memory is sampled, and a batch still running long after
every file's budget has run out counts as a hang and is killed. Some mutants also go through
``soat annotate`` and ``soat fix`` and a check of their own (the one-file path).

What must hold, and is counted when it does not:

- no traceback and no "lỗi nội bộ" (internal error) on stderr, an exit code of 0, 1 or 2;
- every file of the batch in the report, once, and every failure with a code and a message;
- no hang: each command ends within its budget (files ÷ jobs × (budget + grace), plus start-up);
- peak memory under 400 MB, for any one process and for the whole tree;
- annotate and fix never change their input and write a copy python-docx opens (when it
  opens the input).

Every problem is kept with its recipe (source, kind, seed) and the mutant under ``--out``.
The summary is printed, and written as Markdown with ``--write``.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.mutations import KINDS, mutate

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MEMORY_LIMIT_MB = 400
GRACE = 2.0  # validator.budget.grace() of the budget is added to this per file


@dataclass
class Stats:
    started: float = field(default_factory=time.monotonic)
    rounds: int = 0
    files: int = 0
    mutants: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    commands: Counter[str] = field(default_factory=Counter)
    peak_process_mb: float = 0.0
    peak_tree_mb: float = 0.0
    slowest_batch: float = 0.0
    slowest_single: float = 0.0
    over_budget: list[str] = field(default_factory=list)
    worker_deaths: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


# -- watching a command ------------------------------------------------------------------------


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        try:
            with open(f"/proc/{current}/task/{current}/children", encoding="ascii") as fh:
                todo.extend(int(c) for c in fh.read().split())
        except (OSError, ValueError):
            pass
    return out


@dataclass
class Run:
    code: int | None
    stdout: str
    stderr: str
    elapsed: float
    peak_process_mb: float
    peak_tree_mb: float
    hung: bool


def run_watched(argv: Sequence[str], limit: float) -> Run:
    """Run ``argv``, sampling its process tree's memory; kill it after ``limit`` seconds."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True, cwd=ROOT)
    peaks = [0.0, 0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            sizes = [_rss_mb(p) for p in _tree(proc.pid)]
            peaks[0] = max(peaks[0], max(sizes, default=0.0))
            peaks[1] = max(peaks[1], sum(sizes))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    hung = False
    try:
        out, err = proc.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        hung = True
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
    finally:
        done.set()
        sampler.join()
    return Run(proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
               time.monotonic() - start, peaks[0], peaks[1], hung)


def soat(*args: str) -> list[str]:
    return [sys.executable, "-m", "validator", *args]


# -- one round ---------------------------------------------------------------------------------


def sources(paths: Sequence[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        found += sorted(path.glob("*.docx")) if path.is_dir() else [path]
    return [p for p in found if p.is_file()]


def make_batch(rng: random.Random, pool: list[Path], folder: Path, size: int,
               stats: Stats) -> dict[str, str]:
    """Write a batch into ``folder``; returns file name -> recipe for every file soat must
    report (the special files included)."""
    recipes: dict[str, str] = {}
    kinds = sorted(KINDS)
    i = 0
    while len(recipes) < size:
        src = rng.choice(pool)
        data = src.read_bytes()
        if rng.random() < 0.1:
            kind, seed, mutant, what = "original", 0, data, "untouched"
        else:
            kind, seed = rng.choice(kinds), rng.randrange(2**32)
            try:
                drawn, what = mutate(data, kind, seed, "full")
            except Exception as exc:  # the generator's failure, not soat's: drawn again
                stats.outcomes[f"generator-error {type(exc).__name__}"] += 1
                continue
            if drawn is None:
                continue
            mutant = drawn
        name = f"{i:03d}-{kind}.docx"
        (folder / name).write_bytes(mutant)
        recipes[name] = f"{src.name} | {kind} | {seed} | {what}"
        stats.mutants[kind] += 1
        i += 1
    specials = {"fifo.docx": "a FIFO", "zero.docx": "a symlink to /dev/zero",
                "dangling.docx": "a dangling symlink", "empty.docx": "an empty file"}
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo.docx")
    if os.path.exists("/dev/zero"):
        (folder / "zero.docx").symlink_to("/dev/zero")
    (folder / "dangling.docx").symlink_to(folder / "nowhere" / "x.docx")
    (folder / "empty.docx").write_bytes(b"")
    for name, what in specials.items():
        if os.path.lexists(folder / name):
            recipes[name] = f"special | {what}"
    return recipes


def check_batch(folder: Path, recipes: dict[str, str], jobs: int, timeout: float,
                stats: Stats, keep: Path) -> None:
    report_path = folder.parent / "report.json"
    per_file = timeout + GRACE + 0.1 * timeout
    limit = (len(recipes) / jobs + 2) * per_file + 120
    run = run_watched(soat("check", str(folder), "--format", "json", "-o", str(report_path),
                           "--jobs", str(jobs), "--timeout", f"{timeout:g}", "--fail-on",
                           "never"), limit)
    stats.commands[f"check --jobs {jobs}"] += 1
    stats.files += len(recipes)
    stats.slowest_batch = max(stats.slowest_batch, run.elapsed)
    note_memory(run, stats, f"check of a batch ({len(recipes)} files, --jobs {jobs})")
    problems = command_problems(run, (0, 2))
    report: dict[str, Any] = {}
    if not problems:
        try:
            report = json.loads(report_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            problems.append(f"no readable report ({exc})")
    reported = Counter(Path(f["path"]).name for f in report.get("files", []))
    if report and sorted(reported) != sorted(recipes):
        missing = sorted(set(recipes) - set(reported))
        extra = sorted(set(reported) - set(recipes))
        problems.append(f"report lists {len(reported)} of {len(recipes)} files "
                        f"(missing {missing[:5]}, extra {extra[:5]})")
    if any(n > 1 for n in reported.values()):
        problems.append("a file is reported twice")
    for entry in report.get("files", []):
        name = Path(entry["path"]).name
        error = entry.get("error") or {}
        outcome = entry["status"] + (f" {error.get('code')}" if error else "")
        stats.outcomes[outcome] += 1
        if entry["status"] == "failed" and not (error.get("code") and error.get("message")):
            problems.append(f"{name}: failed without a code and a message")
        if error.get("code") == "internal":
            problems.append(f"{name}: internal error: {error.get('message')}")
        if error.get("code") == "timeout":
            stats.over_budget.append(recipes.get(name, name))
        if error.get("code") == "worker-died":
            stats.worker_deaths.append(f"{recipes.get(name, name)}: {error.get('message')}")
        if entry.get("rule_errors"):
            problems.append(f"{name}: crashed rules {entry['rule_errors']}")
    for problem in problems:
        record(stats, f"batch (--jobs {jobs}): {problem}", folder, recipes, keep)


def check_one(path: Path, recipe: str, timeout: float, stats: Stats, keep: Path) -> None:
    """The one-file path: check, annotate and fix on one mutant."""
    limit = timeout + GRACE + 0.1 * timeout + 60
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    opens = python_docx_opens(path.read_bytes())
    runs = {
        "check": soat("check", str(path), "--format", "json", "--timeout", f"{timeout:g}"),
        "annotate": soat("annotate", str(path), "-o", str(path.with_suffix(".a.docx")),
                         "--timeout", f"{timeout:g}"),
        "fix": soat("fix", str(path), "-o", str(path.with_suffix(".f.docx")),
                    "--timeout", f"{timeout:g}"),
    }
    for command, argv in runs.items():
        run = run_watched(argv, limit)
        stats.commands[command] += 1
        stats.slowest_single = max(stats.slowest_single, run.elapsed)
        note_memory(run, stats, f"{command} of {recipe}")
        problems = command_problems(run, (0, 1, 2))
        output = {"annotate": path.with_suffix(".a.docx"), "fix": path.with_suffix(".f.docx")}
        written = output.get(command)
        if written is not None and written.exists() and opens and \
                not python_docx_opens(written.read_bytes()):
            problems.append(f"python-docx opens the input but not the {command} copy")
        if hashlib.sha256(path.read_bytes()).hexdigest() != before:
            problems.append(f"{command} changed its input")
        for problem in problems:
            record(stats, f"{command}: {problem}", path.parent, {path.name: recipe}, keep)


def command_problems(run: Run, codes: tuple[int, ...]) -> list[str]:
    problems = []
    if run.hung:
        problems.append(f"hang: still running after {run.elapsed:.0f} s")
    elif run.code not in codes:
        problems.append(f"exit code {run.code}")
    if "Traceback" in run.stderr:
        problems.append("a traceback: " + run.stderr[-400:])
    if "lỗi nội bộ" in run.stderr:
        problems.append("an internal error: " + run.stderr[-400:])
    return problems


def note_memory(run: Run, stats: Stats, what: str) -> None:
    stats.peak_process_mb = max(stats.peak_process_mb, run.peak_process_mb)
    stats.peak_tree_mb = max(stats.peak_tree_mb, run.peak_tree_mb)
    if run.peak_process_mb > MEMORY_LIMIT_MB:
        stats.problems.append(f"{what}: one process used {run.peak_process_mb:.0f} MB")


def python_docx_opens(data: bytes) -> bool:
    try:
        import docx

        docx.Document(io.BytesIO(data))
    except Exception:
        return False
    return True


def record(stats: Stats, problem: str, folder: Path, recipes: dict[str, str],
           keep: Path) -> None:
    stats.problems.append(problem)
    keep.mkdir(parents=True, exist_ok=True)
    target = keep / f"problem-{len(stats.problems):03d}"
    target.mkdir()
    (target / "what.txt").write_text(problem + "\n\n" + "\n".join(
        f"{n}: {r}" for n, r in sorted(recipes.items())) + "\n", encoding="utf-8")
    for name in recipes:
        src = folder / name
        if src.is_file() and not src.is_symlink():
            shutil.copy2(src, target / name)


# -- the run -----------------------------------------------------------------------------------


def summary(stats: Stats, args: argparse.Namespace) -> str:
    minutes = (time.monotonic() - stats.started) / 60
    lines = [
        "# Fuzz run",
        "",
        f"`python -m bench.fuzz --minutes {args.minutes:g} --timeout {args.timeout:g} "
        f"--batch {args.batch}` on {time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs, Python "
        f"{sys.version.split()[0]}; sources: {', '.join(str(s) for s in args.corpus)}.",
        "",
        "| measure | value | target |",
        "|---|---:|---|",
        f"| duration | {minutes:.1f} min | |",
        f"| batches (`--jobs 1` and `--jobs 2` in turn) | {stats.rounds} | |",
        f"| files checked in batches | {stats.files} | every one reported |",
        f"| one-file commands (check, annotate, fix) | "
        f"{sum(v for k, v in stats.commands.items() if not k.startswith('check --'))} | |",
        f"| problems (tracebacks, internal errors, hangs, files missing from a report, "
        f"memory, changed inputs) | {len(stats.problems)} | 0 |",
        f"| peak memory of one process | {stats.peak_process_mb:.0f} MB | < {MEMORY_LIMIT_MB} MB |",
        f"| peak memory of a whole command (parent and workers) | {stats.peak_tree_mb:.0f} MB | |",
        f"| slowest batch | {stats.slowest_batch:.0f} s | |",
        f"| slowest one-file command | {stats.slowest_single:.1f} s | < budget + grace + "
        "start-up |",
        f"| files over their {args.timeout:g} s budget (reported as failed) | "
        f"{len(stats.over_budget)} | |",
        f"| workers that died (reported as failed, batch went on) | "
        f"{len(stats.worker_deaths)} | |",
        "",
        "Outcomes of the files in batches: " + ", ".join(
            f"{k} {v}" for k, v in sorted(stats.outcomes.items())) + ".",
        "",
        "Mutants by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(stats.mutants.items()))
        + ".",
    ]
    if stats.over_budget:
        lines += ["", "Over budget:", *(f"- {r}" for r in stats.over_budget[:20])]
    if stats.worker_deaths:
        lines += ["", "Worker deaths:", *(f"- {r}" for r in stats.worker_deaths[:20])]
    if stats.problems:
        lines += ["", "Problems:", *(f"- {p[:300]}" for p in stats.problems[:50])]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fuzz", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    default = [SHARED / "corpus" / "vn", SHARED / "corpus" / "robustness"]
    if not (SHARED / "corpus").is_dir():
        default = [ROOT / "examples"]
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--timeout", type=float, default=30.0, help="soat's --timeout")
    parser.add_argument("--batch", type=int, default=24, help="mutants per batch")
    parser.add_argument("--singles", type=int, default=2,
                        help="mutants per round that also go through the one-file commands")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--corpus", type=Path, nargs="+", default=default)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "soat-fuzz")
    parser.add_argument("--write", type=Path, help="write the summary (Markdown) there")
    args = parser.parse_args(argv)
    pool = sources(args.corpus)
    if not pool:
        parser.error("no .docx to mutate")
    rng = random.Random(args.seed)
    stats = Stats()
    deadline = stats.started + args.minutes * 60
    args.out.mkdir(parents=True, exist_ok=True)
    keep = args.out / "problems"
    while time.monotonic() < deadline:
        stats.rounds += 1
        with tempfile.TemporaryDirectory(dir=args.out) as work:
            folder = Path(work) / "batch"
            folder.mkdir()
            recipes = make_batch(rng, pool, folder, args.batch, stats)
            check_batch(folder, recipes, 1 + stats.rounds % 2, args.timeout, stats, keep)
            mutants = [n for n, r in recipes.items() if not r.startswith("special")]
            for name in rng.sample(mutants, min(args.singles, len(mutants))):
                single = Path(work) / "one" / name
                single.parent.mkdir(exist_ok=True)
                shutil.copy2(folder / name, single)
                check_one(single, recipes[name], args.timeout, stats, keep)
        elapsed = (time.monotonic() - stats.started) / 60
        print(f"[{elapsed:5.1f} min] round {stats.rounds}: {stats.files} files, "
              f"{len(stats.problems)} problems, peak {stats.peak_process_mb:.0f} MB/process, "
              f"{stats.peak_tree_mb:.0f} MB/command", flush=True)
    text = summary(stats, args)
    sys.stdout.write(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    return 1 if stats.problems else 0


if __name__ == "__main__":
    sys.exit(main())
