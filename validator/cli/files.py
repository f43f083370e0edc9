"""The files a command is asked to check: folders walked, lock files skipped, repeats dropped."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence

from validator.cli.common import note

DOCX_SUFFIXES = (".docx",)  # searched in folders; other files only when named explicitly


def _is_lock_file(name: str) -> bool:
    return name.startswith("~$") or name.startswith("._")


def collect_files(paths: Sequence[str]) -> list[tuple[str, bool]]:
    """Files to check, in argument order, each with whether it exists; deterministic.

    Folders are walked recursively (sorted, hidden folders skipped) for ``*.docx``; a file
    named on the command line is checked whatever its extension (.docm, .dotx, ...). Word lock
    files (``~$*``) and macOS resource forks (``._*``) are skipped. A file reached twice is
    listed once, at its first place; a path that does not exist is listed with ``False``.
    """
    out: list[tuple[str, bool]] = []
    seen: set[str] = set()

    def add(path: str, exists: bool = True) -> None:
        key = os.path.realpath(path) if exists else "\0missing:" + path
        if key not in seen:
            seen.add(key)
            out.append((path, exists))

    for raw in paths:
        if os.path.isdir(raw):
            for path in _walk(raw):
                add(path)
        elif os.path.exists(raw):
            if _is_lock_file(os.path.basename(raw)):
                note(f"bỏ qua tệp khoá của Word '{raw}'.")
                continue
            add(raw)
        else:
            add(raw, exists=False)
    return out


def _walk(root: str) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.lower().endswith(DOCX_SUFFIXES) and not _is_lock_file(name):
                yield os.path.join(dirpath, name)
