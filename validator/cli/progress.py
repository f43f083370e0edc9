"""A one-line progress bar for long batches."""

from __future__ import annotations

import sys
from typing import TextIO


class Progress:
    """A one-line progress bar on stderr for long batches, only when stderr is a terminal
    (never in CI logs, pipes or pre-commit output) and the run is not ``--quiet``."""

    MIN_FILES = 10
    WIDTH = 30

    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total = total
        self.done = 0
        self.stream = stream

    @classmethod
    def for_batch(cls, total: int, stream: TextIO | None = None) -> Progress:
        from validator.cli.common import Verbosity

        stream = stream if stream is not None else sys.stderr
        isatty = getattr(stream, "isatty", None)
        show = total >= cls.MIN_FILES and bool(isatty and isatty()) and not Verbosity.quiet
        return cls(total, stream if show else None)

    def step(self) -> None:
        self.done += 1
        if self.stream is None:
            return
        filled = self.WIDTH * self.done // max(self.total, 1)
        bar = "█" * filled + "·" * (self.WIDTH - filled)
        self.stream.write(f"\r{bar} {self.done}/{self.total} tệp")
        self.stream.flush()

    def close(self) -> None:
        if self.stream is not None:
            self.stream.write("\r" + " " * (self.WIDTH + 24) + "\r")
            self.stream.flush()
