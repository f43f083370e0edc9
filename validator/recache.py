"""Regular expressions compiled on first use.

soat's rules and analyses define a few hundred regular expressions at module level. Compiling
all of them when the modules are imported (``re.compile``, in pure Python) is a noticeable
part of a short command's start-up, and a check of one document uses only part of them: a
rule that finds nothing to look at never runs its patterns. :func:`compile` returns a pattern
that is compiled by :func:`re.compile` the first time it is used, and then behaves as that
compiled pattern; its methods are the compiled pattern's own bound methods from then on, so
a pattern in use costs nothing more than a plain one.

Only the public interface of :mod:`re` is used.
"""

from __future__ import annotations

import re
from typing import Any, cast

# The methods and attributes looked up on a hot path; after the first use they are the
# compiled pattern's own, stored on the instance (anything else goes through __getattr__).
_BOUND = ("match", "search", "fullmatch", "finditer", "findall", "sub", "subn", "split",
          "pattern", "flags", "groups", "groupindex")


class LazyPattern:
    """A :class:`re.Pattern` compiled on first use (see the module docstring)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(*self._source)
            for name in _BOUND:
                setattr(self, name, getattr(compiled, name))
        return compiled

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_source", "_compiled"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPattern):
            other = other.compiled()
        return self.compiled() == other

    def __hash__(self) -> int:
        return hash(self.compiled())

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, self._source)


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's name
    """A pattern like :func:`re.compile`'s, compiled the first time it is used. An invalid
    pattern raises :class:`re.error` at that first use."""
    return cast("re.Pattern[str]", LazyPattern(pattern, flags))


__all__ = ["LazyPattern", "compile"]
