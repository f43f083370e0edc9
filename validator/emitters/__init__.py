"""Output formats. One module per format; each registered through ``soat_register_emitters``.

An emitter is a class with a ``name`` and ``emit(report, stream)``; it is instantiated without
arguments and writes the whole report to a text stream. A plugin adds a format by returning
``{"name": MyEmitter}`` from its own ``soat_register_emitters`` hook implementation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TextIO

from validator import hookimpl

if TYPE_CHECKING:
    from validator.report import Report


class Emitter:
    """Base class of output formats."""

    name: ClassVar[str]
    description: ClassVar[str] = ""

    def emit(self, report: Report, stream: TextIO) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


@hookimpl
def soat_register_emitters() -> dict[str, type[Emitter]]:
    """The built-in formats: ``text`` (for people) and ``json`` (the versioned report)."""
    from validator.emitters.github import GithubEmitter
    from validator.emitters.json import JsonEmitter
    from validator.emitters.jsonlines import JsonLinesEmitter
    from validator.emitters.sarif import SarifEmitter
    from validator.emitters.text import TextEmitter

    return {
        TextEmitter.name: TextEmitter,
        JsonEmitter.name: JsonEmitter,
        SarifEmitter.name: SarifEmitter,
        GithubEmitter.name: GithubEmitter,
        JsonLinesEmitter.name: JsonLinesEmitter,
    }


__all__ = ["Emitter", "soat_register_emitters"]
