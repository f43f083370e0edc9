"""Compiled regular expressions, kept between runs the way Python keeps bytecode.

soat's rules use a few hundred regular expressions. Python compiles each one at every start,
in pure Python (``re._parser``, ``re._compiler``): about 30 ms, a tenth of a pre-commit
check. :func:`compile` keeps the result of that work (the matcher's code, flags and group
names) in a file in the user's cache folder and, on the next run, hands it straight to the
matching engine (``_sre``), which validates the code as it loads it.

The file's name carries the Python version and the matching engine's ``MAGIC``, so a
different interpreter never reads another's entries. Anything unexpected (no cache folder,
an unreadable or corrupt file, a private API that changed) falls back to :func:`re.compile`:
the cache only ever saves time. ``SOAT_NO_CACHE=1`` turns it off and ``SOAT_CACHE_DIR``
moves it; the CLI writes it (:func:`save`) when a run compiled something new.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
from typing import Any

try:  # CPython's matching engine and the two halves of re.compile
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]

    _MAGIC: int | None = int(_sre.MAGIC)
except (ImportError, AttributeError):  # another implementation: plain re.compile
    _MAGIC = None

_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]

_LIMIT = 4000  # entries kept at most; beyond, only what the last run used is kept
_entries: dict[tuple[str, int], _Entry] | None = None
_new: dict[tuple[str, int], _Entry] = {}
_used: set[tuple[str, int]] = set()


def cache_path() -> str | None:
    """The cache file for this interpreter, or None when caching is off or impossible."""
    if _MAGIC is None or os.environ.get("SOAT_NO_CACHE", "").strip().lower() in (
        "1", "true", "yes", "on"
    ):
        return None
    base = os.environ.get("SOAT_CACHE_DIR")
    if not base and sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        base = os.path.join(os.environ["LOCALAPPDATA"], "soat", "Cache")
    if not base:
        xdg = os.environ.get("XDG_CACHE_HOME")
        home = os.path.expanduser("~")
        if not xdg and home == "~":
            return None
        base = os.path.join(xdg or os.path.join(home, ".cache"), "soat")
    tag = f"{sys.implementation.name}-{sys.version_info[0]}.{sys.version_info[1]}"
    version = ".".join(str(v) for v in sys.version_info[:3])
    return os.path.join(base, f"re-{tag}-{version}-{_MAGIC}.marshal")


def _load() -> dict[tuple[str, int], _Entry]:
    global _entries
    entries: dict[tuple[str, int], _Entry] = {}
    path = cache_path()
    if path is not None:
        try:
            with open(path, "rb") as fh:
                if not _trusted(os.fstat(fh.fileno())):
                    raise PermissionError(path)
                rows = marshal.loads(fh.read())
            for pattern, flags, total, code, groups, groupindex, indexgroup in rows:
                entries[(pattern, flags)] = (total, code, groups, groupindex, indexgroup)
        except Exception:  # missing, unreadable, corrupt, another format: compile afresh
            entries = {}
    _entries = entries
    return entries


def _trusted(st: os.stat_result) -> bool:
    """Only a file of the user's own that nobody else may write is read (as with bytecode,
    whoever can write the cache can change what the patterns match)."""
    getuid = getattr(os, "getuid", None)
    if getuid is None:  # Windows: the user's profile folder is private
        return True
    return st.st_uid == getuid() and not st.st_mode & 0o022


def _build(pattern: str, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for a str pattern."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (
        int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
        tuple(indexgroup),
    )


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's name
    """:func:`re.compile` for a str pattern, from the cache when it holds it."""
    if _MAGIC is None:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    entries = _entries if _entries is not None else _load()
    entry = entries.get(key)
    if entry is not None:
        try:
            compiled: re.Pattern[str] = _sre.compile(pattern, *entry)
            _used.add(key)
            return compiled
        except Exception:  # a bad entry: compile afresh below
            pass
    try:
        entry = _build(pattern, key[1])
        compiled = _sre.compile(pattern, *entry)
    except Exception:  # an invalid pattern raises re.error here, as it should
        return re.compile(pattern, flags)
    _new[key] = entry
    _used.add(key)
    return compiled


def save() -> bool:
    """Write the cache if this process compiled anything new; True when written."""
    if not _new:
        return False
    path = cache_path()
    if path is None:
        return False
    merged: dict[tuple[str, int], Any] = dict(_entries or {})
    merged.update(_new)
    if len(merged) > _LIMIT:
        merged = {k: v for k, v in merged.items() if k in _used}
    rows = [(p, f, *entry) for (p, f), entry in merged.items()]
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        # 0o644 whatever the umask allows beyond it: _trusted() refuses a file others may write
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        with os.fdopen(fd, "wb") as fh:
            fh.write(marshal.dumps(rows))
        os.replace(tmp, path)  # atomic: a parallel run reads the old file or the new one
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
    if _entries is not None:
        _entries.update(_new)
    _new.clear()
    return True
