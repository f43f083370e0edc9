"""The worker pool: files checked in order, each within its time budget, in one process or
several, so that no file can stop the others.

- **One file** (the pre-commit hook's usual case) is checked in the command's own process,
  under the soft time budget (:func:`validator.budget.time_budget`) and, for work stuck where
  no signal reaches, :func:`validator.budget.abandon_after`.
- **Several files** are checked by worker processes, forked from this one (so the rules and
  plugins already loaded are theirs without pickling or discovery), each handed one file at a
  time: ``--jobs`` of them, one when ``--jobs 1``. A worker that dies (the out-of-memory
  killer, a crash in C code) costs only the file it held, which is reported failed with the
  reason; a new worker takes its place. A worker still busy ``grace`` seconds past a file's
  budget is killed, and that file reported over its budget. The results come back in the
  order of the files, the same as a serial run.

Where ``fork`` is not available (Windows, macOS' default), files are checked in this process.
``concurrent.futures`` is not used: one dead worker breaks a whole ``ProcessPoolExecutor``
(every pending file fails), and a task that runs too long cannot be stopped there.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

from validator.cli.progress import Progress

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from validator.profiles import Profile
    from validator.report import FileResult
    from validator.rule import Rule
    from validator.vocabulary import Vocabulary

MSG_INTERNAL = "Lỗi nội bộ khi kiểm tra tệp ({kind})."
MSG_WORKER_DIED = ("Tiến trình kiểm tra tệp này bị dừng đột ngột ({reason}), thường do hết bộ "
                   "nhớ; các tệp khác vẫn được kiểm tra.")


def run_checks(
    files: Sequence[str],
    *,
    rules: Sequence[type[Rule]],
    profile_name: str | None = None,
    settings: dict[str, Any] | None = None,
    jobs: int = 1,
    profiles: Mapping[str, Profile] | None = None,
    vocabulary: Vocabulary | None = None,
    timeout: float | None = None,
) -> list[FileResult]:
    """Check ``files`` in order, in up to ``jobs`` worker processes, each file within
    ``timeout`` seconds (None or 0: no budget); the result list follows ``files``.

    ``rules``, ``profiles`` and ``vocabulary`` are the run's (see
    :meth:`validator.plugins.Plugins.catalogue`); the worker processes inherit them and
    discover no plugins of their own.
    """
    from validator.engine import check_path

    work: Callable[[str], FileResult] = partial(
        check_path, settings=settings, profile_name=profile_name, rules=tuple(rules),
        profiles=None if profiles is None else dict(profiles), vocabulary=vocabulary,
        timeout=timeout,
    )
    bar = Progress.for_batch(len(files))
    try:
        if len(files) < 2 or not _can_fork():
            return _in_process(files, work, timeout, bar)
        return _Supervisor(work, max(1, min(jobs, len(files))), timeout, bar).run(files)
    finally:
        bar.close()


def _can_fork() -> bool:
    import multiprocessing

    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def _in_process(files: Sequence[str], work: Callable[[str], FileResult],
                timeout: float | None, bar: Progress) -> list[FileResult]:
    from validator.budget import abandon_after

    out = []
    for path in files:
        with abandon_after(timeout, path):
            out.append(work(path))
        bar.step()
    return out


# -- worker processes ------------------------------------------------------------------------


def _worker(conn: Connection, work: Callable[[str], FileResult]) -> None:
    """Check the files sent on ``conn`` one by one until the parent stops sending."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from validator.engine import failed

    try:
        while True:
            try:
                job = conn.recv()
            except (EOFError, OSError):
                break
            if job is None:
                break
            index, path = job
            try:
                result = work(path)
                conn.send((index, result))
            except Exception as exc:  # never a traceback from a worker: the file fails
                conn.send((index, failed(path, "internal", MSG_INTERNAL.format(
                    kind=type(exc).__name__))))
    except Exception:  # the parent is gone, or the pipe broke: the parent reports the file
        pass


class _Slot:
    """One worker process and the file it holds."""

    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self.job: tuple[int, str] | None = None
        self.started = 0.0


class _Supervisor:
    def __init__(self, work: Callable[[str], FileResult], size: int, timeout: float | None,
                 bar: Progress) -> None:
        import multiprocessing

        self.context = multiprocessing.get_context("fork")
        self.work = work
        self.size = size
        self.timeout = timeout if timeout and timeout > 0 else None
        self.bar = bar
        self.slots: list[_Slot] = []

    def run(self, files: Sequence[str]) -> list[FileResult]:
        from multiprocessing.connection import wait

        _preload()

        results: list[FileResult | None] = [None] * len(files)
        pending = list(enumerate(files))
        pending.reverse()  # popped from the end: in order
        try:
            for _ in range(self.size):
                self.slots.append(self._start())
            while True:
                for slot in self.slots:
                    if slot.job is None and pending:
                        self._give(slot, pending.pop())
                busy = [s for s in self.slots if s.job is not None]
                if not busy:
                    break
                ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy],
                             timeout=self._until_next_deadline(busy))
                for slot in busy:
                    if slot.conn in ready or slot.process.sentinel in ready:
                        self._collect(slot, results)
                    elif self._overdue(slot):
                        self._stop(slot, results, over_budget=True)
        finally:
            self._shutdown()
        assert all(r is not None for r in results)
        return [r for r in results if r is not None]

    def _start(self) -> _Slot:
        parent, child = self.context.Pipe()
        process = self.context.Process(target=_worker, args=(child, self.work), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    def _give(self, slot: _Slot, job: tuple[int, str]) -> None:
        slot.job = job
        slot.started = time.monotonic()
        # a worker gone already is found by its sentinel at the next wait
        with contextlib.suppress(OSError):
            slot.conn.send(job)

    def _until_next_deadline(self, busy: list[_Slot]) -> float | None:
        if self.timeout is None:
            return None
        from validator.budget import grace

        limit = self.timeout + grace(self.timeout)
        now = time.monotonic()
        return max(0.0, min(s.started + limit - now for s in busy))

    def _overdue(self, slot: _Slot) -> bool:
        if self.timeout is None:
            return False
        from validator.budget import grace

        return time.monotonic() - slot.started > self.timeout + grace(self.timeout)

    def _collect(self, slot: _Slot, results: list[FileResult | None]) -> None:
        """The worker answered, or died: record the file's result either way."""
        try:
            if slot.conn.poll():
                index, result = slot.conn.recv()
                results[index] = result
                slot.job = None
                self.bar.step()
                return
        except Exception:  # died while answering: EOF, a cut message
            pass
        self._stop(slot, results, over_budget=False)

    def _stop(self, slot: _Slot, results: list[FileResult | None], *, over_budget: bool) -> None:
        """End ``slot``'s worker, report its file failed, and put a fresh worker in its place."""
        from validator.budget import message
        from validator.engine import failed

        slot.process.kill()
        slot.process.join(5)
        assert slot.job is not None
        index, path = slot.job
        if over_budget:
            results[index] = failed(path, "timeout", message(self.timeout or 0))
        else:
            results[index] = failed(path, "worker-died", MSG_WORKER_DIED.format(
                reason=_reason(slot.process.exitcode)))
        slot.conn.close()
        self.bar.step()
        fresh = self._start()
        self.slots[self.slots.index(slot)] = fresh

    def _shutdown(self) -> None:
        for slot in self.slots:
            with contextlib.suppress(OSError):
                slot.conn.send(None)
        deadline = time.monotonic() + 5
        for slot in self.slots:
            slot.process.join(max(0.0, deadline - time.monotonic()))
            if slot.process.is_alive():
                slot.process.kill()
                slot.process.join(5)
            slot.conn.close()


def _preload() -> None:
    """Import here, once, what checking a file imports on first use (the loader and lxml,
    profiles, suppressions): forked workers then start ready, and a fresh worker's first file
    does not spend its time budget on imports."""
    import validator.loader
    import validator.profiles
    import validator.suppress  # noqa: F401


def _reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"tín hiệu {-exitcode}"
        if -exitcode == getattr(signal, "SIGKILL", 9):
            return f"bị hệ điều hành dừng bằng {name}"
        return f"nhận tín hiệu {name}"
    return f"thoát với mã {exitcode}"


__all__ = ["run_checks"]
