"""Abbreviations as data (``rules/data/abbreviations.toml``): the common ones, technical terms
used as words, and the full phrases of those some kinds of document write out."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "abbreviations.toml"


@cache
def _data() -> dict[str, object]:
    with open(DATA, "rb") as fh:
        return tomllib.load(fh)


@cache
def common() -> tuple[str, ...]:
    """Abbreviations readers know without a definition, technical terms included."""
    data = _data()
    words = [*data.get("common", ()), *data.get("technical", ())]  # type: ignore[misc]
    return tuple(dict.fromkeys(str(w) for w in words))


@cache
def expansions() -> dict[str, str]:
    """Abbreviation -> its full phrase ("UBND" -> "Ủy ban nhân dân")."""
    table = _data().get("expansions", {})
    assert isinstance(table, dict)
    return {str(k): str(v) for k, v in table.items()}


@cache
def written_out() -> dict[str, tuple[str, ...]]:
    """Type name -> abbreviations that kind of state document writes out (the default)."""
    table = _data().get("written_out", {})
    assert isinstance(table, dict)
    return {str(k): tuple(str(a) for a in v) for k, v in table.items()}
