"""The files a command is asked to check: folders walked, globs expanded, lock files skipped,
repeats dropped."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence

from validator.cli.common import note

# Word documents and templates, with or without macros, in any letter case ("BAO CAO.DOCX").
WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".dotm")
STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


def is_word_file(name: str) -> bool:
    return name.lower().endswith(WORD_SUFFIXES)


def _is_lock_file(name: str) -> bool:
    return name.startswith("~$") or name.startswith("._")


def collect_files(paths: Sequence[str]) -> list[tuple[str, bool]]:
    """Files to check, in argument order, each with whether it exists; deterministic.

    Folders are walked recursively (sorted, hidden folders skipped) for Word documents and
    templates (.docx, .docm, .dotx, .dotm, in any letter case); a file named on the command
    line is checked whatever its extension. A pattern that names no existing file
    (``*.docx``, ``du-thao/**/*.docx``) is expanded here, as a Windows shell does not do it
    (sorted; ``**`` crosses folders). Word lock files (``~$*``) and macOS resource forks
    (``._*``) are skipped. A file reached twice is listed once, at its first place; a path
    that does not exist is listed with ``False``; ``-`` (standard input) is kept as it is.
    """
    out: list[tuple[str, bool]] = []
    seen: set[str] = set()

    def add(path: str, exists: bool = True) -> None:
        key = os.path.realpath(path) if exists else "\0missing:" + path
        if path == STDIN:
            key = "\0stdin"
        if key not in seen:
            seen.add(key)
            out.append((path, exists))

    for raw in paths:
        if raw == STDIN:
            add(raw)
        elif os.path.isdir(raw):
            for path in _walk(raw):
                add(path)
        elif os.path.exists(raw):
            if _is_lock_file(os.path.basename(raw)):
                note(f"bỏ qua tệp khoá của Word \"{raw}\".")
                continue
            add(raw)
        elif _GLOB_CHARS & set(raw) and (matches := expand(raw)):
            for path in matches:
                if os.path.isdir(path):
                    for inner in _walk(path):
                        add(inner)
                else:
                    add(path)
        else:
            add(raw, exists=False)
    return out


def expand(pattern: str) -> list[str]:
    """The files and folders a glob pattern names (Word lock files left out), sorted, as a
    POSIX shell would have expanded it."""
    return sorted(
        path for path in glob.glob(pattern, recursive=True)
        if not _is_lock_file(os.path.basename(path))
    )


def _walk(root: str) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if is_word_file(name) and not _is_lock_file(name):
                yield os.path.join(dirpath, name)
