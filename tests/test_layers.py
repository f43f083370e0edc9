"""The shape of the code, checked from its source: the core (``validator``) never imports the
built-in rules (it reaches them through the plugin manager, like any plugin); one function
builds a plugin manager; regular expressions go through :mod:`re`'s public interface; no
module of the core, the rules or the benchmark grows past 500 lines."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 500


def _modules(*packages: str) -> Iterator[Path]:
    for package in packages:
        yield from sorted((ROOT / package).rglob("*.py"))


def _imported(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
              and node.func.attr == "import_module" and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            yield node.lineno, node.args[0].value


def _where(path: Path, line: int) -> str:
    return f"{path.relative_to(ROOT)}:{line}"


def test_the_core_imports_nothing_from_the_rules() -> None:
    found = [
        f"{_where(path, line)} {name}"
        for path in _modules("validator")
        for line, name in _imported(ast.parse(path.read_text(encoding="utf-8")))
        if name == "rules" or name.startswith("rules.")
    ]
    assert found == []


def test_the_builtin_rules_are_named_once_as_a_plugin() -> None:
    """The one mention of the rules package in the core is its name among the built-in
    plugins, which the plugin manager imports (and ``--disable-plugin rules`` blocks)."""
    from validator.plugins import BUILTIN_PLUGINS

    assert "rules" in BUILTIN_PLUGINS


def test_one_place_builds_a_plugin_manager() -> None:
    calls = [
        _where(path, node.lineno)
        for path in _modules("validator", "rules", "bench")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and (isinstance(node.func, ast.Attribute) and node.func.attr == "PluginManager"
             or isinstance(node.func, ast.Name) and node.func.id == "PluginManager")
    ]
    assert len(calls) == 1 and calls[0].startswith("validator/plugins.py:"), calls


def test_no_private_interface_of_re() -> None:
    private = ("re._", "sre_compile", "sre_parse", "sre_constants", "_sre")
    found = []
    for path in _modules("validator", "rules", "bench"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, name in _imported(tree):
            if name.startswith(private):
                found.append(f"{_where(path, line)} import {name}")
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id == "re" and node.attr.startswith("_")):
                found.append(f"{_where(path, node.lineno)} re.{node.attr}")
    assert found == []


@pytest.mark.parametrize("package", ["validator", "rules", "bench"])
def test_no_module_over_500_lines(package: str) -> None:
    long = {
        name: n
        for path in _modules(package)
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
        and (name := path.relative_to(ROOT).as_posix())
    }
    assert long == {}
