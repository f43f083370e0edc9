"""Resource caps for tests of inputs that once exhausted memory.

``memory_cap(extra_mb)`` lowers this process's address-space limit to what it uses now plus
``extra_mb`` for the duration of a block, so a regression raises MemoryError (which the engine
records as a crashed rule) instead of growing until the machine's out-of-memory killer acts.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator


def _address_space_bytes() -> int | None:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


@contextlib.contextmanager
def memory_cap(extra_mb: int) -> Iterator[None]:
    """Cap the address space at its current size plus ``extra_mb`` (Linux; else no cap)."""
    used = _address_space_bytes()
    if sys.platform != "linux" or used is None:
        yield
        return
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = used + extra_mb * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
