"""The built-in rules of soat, registered as one pluggy plugin.

Each category subpackage lists its rule classes in ``RULES``; this module joins them into
``BUILTIN_RULES`` (an explicit list: a rule module missing from its package's ``RULES`` is
caught by the catalogue test, not silently skipped). The plugin also registers the built-in
profiles (``profiles/``) and vocabulary (``data/*.toml``), which reach the core through the
same hooks as any plugin's.
"""

from __future__ import annotations

from pathlib import Path

import pluggy

from rules import (
    arithmetic,
    capitalisation,
    codes,
    consistency,
    crossdoc,
    dates,
    formatting,
    numbering,
    spelling,
    structure,
    xref,
)

hookimpl = pluggy.HookimplMarker("soat")

BUILTIN_RULES: tuple[type, ...] = (
    *structure.RULES,
    *codes.RULES,
    *dates.RULES,
    *numbering.RULES,
    *xref.RULES,
    *arithmetic.RULES,
    *consistency.RULES,
    *formatting.RULES,
    *spelling.RULES,
    *capitalisation.RULES,
    *crossdoc.RULES,
)


HERE = Path(__file__).resolve().parent
VOCABULARY = ("document-types.toml", "issuers.toml", "indicators.toml")


@hookimpl
def soat_register_rules() -> tuple[type, ...]:
    return BUILTIN_RULES


@hookimpl
def soat_register_profiles() -> list[str]:
    return [str(HERE / "profiles")]


@hookimpl
def soat_register_vocabulary() -> list[str]:
    return [str(HERE / "data" / name) for name in VOCABULARY]
