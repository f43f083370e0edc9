"""A time budget per file, so that one pathological document cannot hold a run forever.

Two guards, both off when the budget is ``None`` or 0:

- :func:`time_budget`, the soft guard, used by :func:`validator.engine.check_path` and
  :func:`~validator.engine.check_bytes`: a timer signal (``SIGALRM``) interrupts the check
  where Python code runs (the loader, the rules, regular expressions) and the file is reported
  ``failed`` with code ``timeout``. It needs the main thread of a POSIX process; elsewhere (a
  worker thread of Dask, Windows) it does nothing, and the caller's own limits apply.
- The hard guard, for work stuck inside C code that signals cannot reach: the command line
  checks batches in worker processes (:mod:`validator.cli.pool`) and kills a worker whose file
  runs past the budget plus :func:`grace`; a single file checked in the command's own process
  is watched by :func:`abandon_after`, which ends the process with exit code 2 and a message.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator

DEFAULT_TIMEOUT = 30.0  # seconds per file; a 400-page report takes about 1 s
ENV_TIMEOUT = "SOAT_TIMEOUT"

MSG_TIMEOUT = ("Kiểm tra tệp này vượt quá thời gian cho phép ({seconds:g} giây) nên đã dừng; "
               "tệp có thể quá lớn hoặc có cấu trúc bất thường. Dùng --timeout để nới giới hạn.")


class TimeBudgetExceeded(BaseException):
    """The file's time budget ran out. A BaseException, so that the engine's isolation of
    crashing rules (``except Exception``) does not swallow it and go on with the next rule."""


def grace(seconds: float) -> float:
    """How long past the budget the hard guard waits for the soft one."""
    return 2.0 + 0.1 * seconds


def message(seconds: float) -> str:
    return MSG_TIMEOUT.format(seconds=seconds)


def _usable() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeBudgetExceeded` in the block once ``seconds`` have passed."""
    if not seconds or seconds <= 0 or not _usable():
        yield
        return

    def expired(signum: int, frame: object) -> None:
        raise TimeBudgetExceeded

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def abandon_after(seconds: float | None, path: str) -> Iterator[None]:
    """If the block is still running ``seconds`` + :func:`grace` later (stuck where no signal
    reaches), say so on stderr and end the process with exit code 2."""
    if not seconds or seconds <= 0:
        yield
        return

    def abandon() -> None:
        with contextlib.suppress(Exception):
            sys.stderr.write(f'soat: lỗi: "{path}": {message(seconds)}\n')
            sys.stderr.flush()
        os._exit(2)

    timer = threading.Timer(seconds + grace(seconds), abandon)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


@contextlib.contextmanager
def guarded(seconds: float | None, path: str) -> Iterator[None]:
    """Both guards around work on one file in this process (see the module's documentation)."""
    with abandon_after(seconds, path), time_budget(seconds):
        yield


def from_environment(default: float = DEFAULT_TIMEOUT) -> float:
    """``SOAT_TIMEOUT`` when set to a number of seconds (0: no budget), else ``default``."""
    raw = os.environ.get(ENV_TIMEOUT, "").strip()
    try:
        value = float(raw) if raw else default
    except ValueError:
        return default
    return value if value >= 0 and value == value else default


__all__ = ["DEFAULT_TIMEOUT", "TimeBudgetExceeded", "abandon_after", "grace", "guarded",
           "time_budget"]
