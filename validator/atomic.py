"""Writing a file so that readers see the old content or the new, never half of it."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def atomic_write(
    target: Path,
    mode: str = "w",
    *,
    before_replace: Callable[[], object] | None = None,
    **open_args: Any,
) -> Iterator[IO[Any]]:
    """Yield a file in ``target``'s folder; when the block ends, it replaces ``target`` in one
    step (``before_replace`` runs just before). On any error the temporary file is removed
    and ``target`` is left as it was. ``OSError`` from creating the file propagates."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, mode, **open_args) as fh:
            yield fh
        if before_replace is not None:
            before_replace()
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
