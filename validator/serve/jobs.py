"""Run each job in a worker process of its own, a bounded number at a time.

Each request's work (reading, checking, rendering, writing a copy) runs in a fresh process
forked from a ``forkserver`` that has already imported the engine and the rules, so:

- the event loop never runs a check, and requests do not wait on one another beyond the
  number of workers (``--workers``, by default the number of cores);
- a hostile file that exhausts memory, crashes the interpreter or runs past the time limit
  takes down only its own process, which is killed; the server answers and goes on;
- nothing of a document outlives its request: the process that held it is gone when the
  response is sent, so the server's memory does not grow with what it has seen.

Starting a process from the preloaded forkserver costs a few milliseconds, against the tenths
of a second a check takes. Where there is no forkserver (Windows), each job spawns a new
interpreter instead: a second or so more per file, the same isolation.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import threading
from collections.abc import Sequence
from typing import Any

from validator.serve.worker import Setup, child

WORKER_MODULE = "validator.serve.worker"
WARM_MODULE = "validator.serve.warm"  # imported by the forkserver after the worker
DEFAULT_TIMEOUT = 120.0  # seconds a job may take before its process is killed


class JobFailed(Exception):
    """A job that produced no result. ``kind`` is ``file`` (the message is about the file,
    for users), ``timeout``, ``crash`` or ``internal``; ``str()`` is for users (Vietnamese)."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def default_method() -> str:
    """``forkserver`` where the system has it (Linux, macOS); ``spawn`` elsewhere (Windows),
    where each job starts a new interpreter: slower to start, the same isolation."""
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


class Jobs:
    """Runs worker jobs in their own processes, at most ``workers`` at once."""

    def __init__(self, workers: int | None = None, timeout: float = DEFAULT_TIMEOUT,
                 setup: Setup | None = None,
                 preload: Sequence[str] = (WORKER_MODULE, WARM_MODULE),
                 method: str | None = None) -> None:
        self.workers = workers or default_workers()
        self.timeout = timeout
        self.setup = setup or Setup()
        self.method = method or default_method()
        self._ctx: Any = multiprocessing.get_context(self.method)
        if self.method == "forkserver":
            self._ctx.set_forkserver_preload(list(preload))
        self._slots: asyncio.Semaphore | None = None
        self._live: set[multiprocessing.process.BaseProcess] = set()
        self._lock = threading.Lock()
        self._closed = False

    def slots(self) -> asyncio.Semaphore:
        if self._slots is None:  # created inside the running loop
            self._slots = asyncio.Semaphore(self.workers)
        return self._slots

    async def run(self, job: str, *args: Any) -> Any:
        """The job's value; raises :class:`JobFailed` when there is none."""
        async with self.slots():
            return await asyncio.get_running_loop().run_in_executor(
                None, self._run_blocking, job, (self.setup, *args)
            )

    def _run_blocking(self, job: str, args: tuple[Any, ...]) -> Any:
        receiver, sender = self._ctx.Pipe(duplex=False)
        process = self._ctx.Process(target=child, args=(sender, job, args), daemon=True)
        try:
            with self._lock:
                if self._closed:
                    raise JobFailed("internal", "Máy chủ đang dừng.")
                process.start()
                self._live.add(process)
            sender.close()
            if not receiver.poll(self.timeout):
                process.kill()
                raise JobFailed("timeout", "Kiểm tra tệp quá thời gian cho phép "
                                f"({self.timeout:.0f} giây); tệp quá lớn hoặc quá phức tạp.")
            try:
                reply = receiver.recv()
            except (EOFError, OSError):
                raise JobFailed("crash", _crash_message(process)) from None
        finally:
            sender.close()
            receiver.close()
            if process.pid is not None:
                process.join(5.0)
                if process.is_alive():
                    process.kill()
                    process.join()
            with self._lock:
                self._live.discard(process)
            process.close()
        if reply[0] == "ok":
            return reply[1]
        _, kind, text = reply
        if kind == "internal":
            text = f"Lỗi nội bộ khi kiểm tra tệp ({text})."
        raise JobFailed(kind, text)

    def close(self) -> None:
        """Refuse new jobs and kill the running ones (the server is stopping): their requests
        are answered at once instead of holding the shutdown."""
        with self._lock:
            self._closed = True
            live = list(self._live)
        for process in live:
            with contextlib.suppress(Exception):
                process.kill()


def _crash_message(process: multiprocessing.process.BaseProcess) -> str:
    process.join(1.0)
    code = process.exitcode
    what = f"mã {code}" if code is not None else "không rõ nguyên nhân"
    return f"Tiến trình kiểm tra tệp dừng đột ngột ({what}); tệp có thể quá lớn hoặc bị hỏng."


__all__ = ["DEFAULT_TIMEOUT", "JobFailed", "Jobs", "Setup", "default_workers"]
