"""soat: a conformance checker for Vietnamese draft reports in Word .docx.

Public API only. Importing this package is cheap: python-docx, lxml and jsonschema are imported
inside the functions that need them, never here.

Library use (Dask, Ray, Spark, a web service): :func:`check_bytes` and :func:`check_path` take
everything they need as arguments, keep no global state and return a picklable
:class:`~validator.report.Report` covering one file.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pluggy

from validator.model import Document, Location
from validator.rule import Category, Finding, Rule, Severity

if TYPE_CHECKING:
    from validator.plugins import Catalogue
    from validator.report import Report

__version__ = "0.1.0"

DOCS_URL = "https://soat.invalid/"
"""soat's documentation site (also ``[project.urls]`` in pyproject.toml): rule pages are
``{DOCS_URL}rules/{ID}``, e.g. in SARIF ``helpUri``."""

hookimpl = pluggy.HookimplMarker("soat")
"""Marker for plugin hook implementations: ``@hookimpl def soat_register_rules(): ...``."""

__all__ = [
    "Category",
    "Document",
    "Finding",
    "Location",
    "Rule",
    "Severity",
    "__version__",
    "check_bytes",
    "check_path",
    "hookimpl",
    "schemas_dir",
]

_CONFIG_KEYS = frozenset({"select", "ignore", "profile", "settings", "plugins", "disable_plugins"})


def schemas_dir() -> Path:
    """The folder holding ``report.schema.json`` (and the other JSON schemas).

    ``schemas/`` sits next to the ``validator`` package in a source checkout, and is installed
    next to it as a top-level data folder by both ``pip install .`` and ``pip install -e .``
    (see ``[tool.setuptools.packages.find]`` in pyproject.toml), so one path serves all three.
    """
    path = Path(__file__).resolve().parent.parent / "schemas"
    if not (path / "report.schema.json").is_file():
        raise FileNotFoundError(f"report.schema.json not found in {path}")
    return path


def check_bytes(data: bytes, config: Mapping[str, Any] | None = None, *,
                path: str = "<bytes>") -> Report:
    """Check one document given as bytes and return a one-file :class:`Report`.

    ``config`` may hold ``select`` and ``ignore`` (rule ids or prefixes, as on the command
    line), ``profile`` (a profile name; detected when absent), ``settings`` (a mapping handed to
    the rules, e.g. ``{"severity": {"DAT003": "warning"}}``), ``plugins`` (``False`` to skip
    entry-point plugins) and ``disable_plugins`` (plugin names to block).
    """
    from validator import engine
    from validator.report import Report

    cfg = _config(config)
    rules, catalogue = _plugins_for(cfg)
    result = engine.check_bytes(
        data, path, settings=cfg.get("settings"), profile_name=cfg.get("profile"), rules=rules,
        profiles=catalogue.profiles, vocabulary=catalogue.vocabulary,
    )
    return Report(files=[result])


def check_path(path: str | Path, config: Mapping[str, Any] | None = None) -> Report:
    """Check one file on disk (opened read-only) and return a one-file :class:`Report`.

    ``config`` is as for :func:`check_bytes`.
    """
    from validator import engine
    from validator.report import Report

    cfg = _config(config)
    rules, catalogue = _plugins_for(cfg)
    result = engine.check_path(
        path, settings=cfg.get("settings"), profile_name=cfg.get("profile"), rules=rules,
        profiles=catalogue.profiles, vocabulary=catalogue.vocabulary,
    )
    return Report(files=[result])


def _config(config: Mapping[str, Any] | None) -> dict[str, Any]:
    cfg = dict(config or {})
    unknown = set(cfg) - _CONFIG_KEYS
    if unknown:
        raise ValueError(f"unknown config keys: {', '.join(sorted(unknown))}")
    return cfg


def _plugins_for(cfg: Mapping[str, Any]) -> tuple[tuple[type[Rule], ...], Catalogue]:
    """The selected rules and the catalogue of the plugins ``cfg`` allows (one discovery)."""
    from validator.engine import select_rules
    from validator.plugins import Plugins

    plugins = Plugins.discover(
        autoload=bool(cfg.get("plugins", True)), blocked=tuple(cfg.get("disable_plugins", ()))
    )
    catalogue = plugins.catalogue()
    rules = select_rules(
        catalogue.rules,
        select=_as_list(cfg.get("select")),
        ignore=_as_list(cfg.get("ignore")),
    )
    return rules, catalogue


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in value.split(",") if v.strip()]
    return [str(v) for v in value]
