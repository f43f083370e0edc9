"""Read a .docx package into the document model (placeholder; being written)."""

from __future__ import annotations

from dataclasses import dataclass

from validator.model import Document


class LoadError(Exception):
    """A file that cannot be read as a Word document. ``message`` is for users (Vietnamese)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Limits:
    max_part_bytes: int = 100 * 1024 * 1024
    max_total_bytes: int = 500 * 1024 * 1024
    max_parts: int = 1000
    max_ratio: float = 100.0


def load_bytes(data: bytes, path: str = "<bytes>", limits: Limits | None = None) -> Document:
    raise NotImplementedError


def load_path(path: str, limits: Limits | None = None) -> Document:
    with open(path, "rb") as fh:
        data = fh.read()
    return load_bytes(data, path, limits)
