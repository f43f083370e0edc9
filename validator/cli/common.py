"""What every command of the command line shares: exit codes, the usage error, messages."""

from __future__ import annotations

import os
import sys

PROG = "soat"
FAIL_ON = ("error", "warning", "info", "never")
ENV_DEBUG = "SOAT_DEBUG"

EXIT_OK = 0
EXIT_VIOLATIONS = 1
EXIT_ERROR = 2


class UsageError(Exception):
    """Wrong command line. ``str()`` is the Vietnamese message; ``usage`` the usage line."""

    def __init__(self, message: str, usage: str = "") -> None:
        super().__init__(message)
        self.usage = usage


class Verbosity:
    """Whether the run was asked to be ``--quiet``: set once by the command line for its run."""

    quiet = False


def error(message: str) -> None:
    """``soat: lỗi: …`` on stderr (also under ``--quiet``)."""
    sys.stderr.write(f"{PROG}: lỗi: {message}\n")


def note(message: str) -> None:
    """``soat: …`` on stderr, unless the run is ``--quiet``."""
    if not Verbosity.quiet:
        sys.stderr.write(f"{PROG}: {message}\n")


def same_file(a: str, b: str) -> bool:
    """Whether two paths name the same file (by path when either cannot be stat'ed)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)
