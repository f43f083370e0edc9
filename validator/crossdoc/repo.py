"""The documents committed in a git repository: what a pre-commit hook checks a staged
report against.

Read with git itself (``git ls-tree``, ``git cat-file --batch``), never from the work tree:
the committed version is what the other reports are. Each document comes with its blob id,
which is also its key in the contribution cache, so a warm run reads no document at all.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

TIMEOUT = 60


def _git(cwd: str | os.PathLike[str], *args: str, data: bytes | None = None) -> bytes | None:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, input=data, capture_output=True,
                              timeout=TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 else None


def toplevel(start: str | os.PathLike[str]) -> Path | None:
    """The work tree holding ``start`` (a file or folder), or None outside a repository."""
    folder = Path(start)
    if not folder.is_dir():
        folder = folder.parent
    out = _git(folder if str(folder) else ".", "rev-parse", "--show-toplevel")
    return Path(out.decode("utf-8").strip()) if out else None


def committed(top: Path) -> list[tuple[str, str]]:
    """(path relative to ``top``, blob id) of every .docx in HEAD, Word lock files left out."""
    out = _git(top, "ls-tree", "-r", "-z", "--full-tree", "HEAD")
    if not out:
        return []
    docs = []
    for entry in out.decode("utf-8", "surrogateescape").split("\0"):
        if not entry:
            continue
        meta, _, path = entry.partition("\t")
        mode, kind, blob = meta.split()
        name = path.rsplit("/", 1)[-1]
        if kind == "blob" and mode != "120000" and path.lower().endswith(".docx") \
                and not name.startswith(("~$", "._")):
            docs.append((path, blob))
    return docs


def blobs(top: Path, ids: list[str]) -> Iterator[tuple[str, bytes]]:
    """The contents of the blobs ``ids``, read with one ``git cat-file --batch``."""
    if not ids:
        return
    out = _git(top, "cat-file", "--batch", data="".join(f"{i}\n" for i in ids).encode())
    if out is None:
        return
    pos = 0
    for blob in ids:
        end = out.index(b"\n", pos)
        header = out[pos:end].split()
        pos = end + 1
        if len(header) < 3 or header[1] != b"blob":
            continue
        size = int(header[2])
        yield blob, out[pos:pos + size]
        pos += size + 1


__all__ = ["blobs", "committed", "toplevel"]
