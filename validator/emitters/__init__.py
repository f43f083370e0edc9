"""Output formats. One module per format; each registered through ``soat_register_emitters``.

An emitter is a class with a ``name`` and ``emit(report, stream)``; it writes the whole report
to a text stream. The command line makes it with :func:`make_emitter`: with the keyword
``rules`` (the run's rule catalogue, as the run's plugins provide it) when its constructor
takes one, as :class:`Emitter`'s does, else without arguments. A plugin adds a format by
returning ``{"name": MyEmitter}`` from its own ``soat_register_emitters`` hook implementation.
"""

from __future__ import annotations

import inspect
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar, TextIO

from validator import hookimpl

if TYPE_CHECKING:
    from validator.report import Report
    from validator.rule import Rule


class Emitter:
    """Base class of output formats.

    ``catalogue`` is the run's rule catalogue (every rule the run's plugins register, not
    only the selected ones), or None when the emitter was made without one.
    """

    name: ClassVar[str]
    description: ClassVar[str] = ""

    def __init__(self, rules: Sequence[type[Rule]] | None = None) -> None:
        self.catalogue: tuple[type[Rule], ...] | None = None if rules is None else tuple(rules)

    def emit(self, report: Report, stream: TextIO) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


def make_emitter(cls: Any, rules: Sequence[type[Rule]]) -> Any:
    """An instance of the emitter class ``cls`` given the rule catalogue ``rules`` when its
    constructor accepts the keyword (or any keyword), else made without arguments."""
    try:
        params = inspect.signature(cls).parameters.values()
    except (TypeError, ValueError):  # no signature to read: call it plainly
        return cls()
    if any(p.name == "rules" or p.kind is p.VAR_KEYWORD for p in params):
        return cls(rules=rules)
    return cls()


@hookimpl
def soat_register_emitters() -> dict[str, type[Emitter]]:
    """The built-in formats: ``text`` (for people) and ``json`` (the versioned report)."""
    from validator.emitters.github import GithubEmitter
    from validator.emitters.html import HtmlEmitter
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
        HtmlEmitter.name: HtmlEmitter,
    }


__all__ = ["Emitter", "make_emitter", "soat_register_emitters"]
