"""The capitalisation vocabulary (``rules/data/capitalisation.toml``), read once, and what a
profile adds to it under ``[settings.capitalisation]``."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

from validator.analysis import Analysis
from validator.rule import Context

DATA = Path(__file__).resolve().parents[1] / "data" / "capitalisation.toml"


@cache
def _builtin() -> dict[str, Any]:
    with open(DATA, "rb") as fh:
        return tomllib.load(fh)


def vocabulary(ctx: Context | Analysis, table: str) -> dict[str, Any]:
    """One table of the vocabulary, with the lists a profile or the settings add appended."""
    base = _builtin().get(table, {})
    extra = (ctx.setting("capitalisation") or {}).get(table, {})
    if not extra:
        return base  # type: ignore[no-any-return]
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = [*out[key], *value]
        else:
            out[key] = value
    return out
