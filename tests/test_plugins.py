"""Plugin manager: built-ins, fake plugins, entry points, conflicts, blocking, check_pending."""

from __future__ import annotations

import importlib.metadata
import inspect
import io
import sys
import types
from collections.abc import Iterator, Sequence
from typing import Any, ClassVar, TextIO

import pluggy
import pytest

from validator import hookimpl, hookspecs
from validator.emitters import Emitter
from validator.model import Document, Location
from validator.plugins import PluginError, Plugins, enable_tracing, make_plugin_manager
from validator.report import Report
from validator.rule import Finding, Rule, Severity


class FakeRule(Rule):
    """A rule provided by a fake plugin.

    Why: test rule.

    Bad:
        p: x
    Good:
        p: y
    """

    id = "STR950"
    name = "fake-plugin-rule"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Finding]:
        yield Finding(Location(paragraph=0), "giả")


class SameIdRule(Rule):
    """Another rule claiming STR950.

    Why: test rule.

    Bad:
        p: x
    Good:
        p: y
    """

    id = "STR950"
    name = "same-id-rule"

    def check(self, doc: Document) -> Iterator[Finding]:
        yield from ()


class FakeEmitter(Emitter):
    name: ClassVar[str] = "fake"

    def emit(self, report: Report, stream: TextIO) -> None:
        stream.write("fake\n")


class FakePlugin:
    @hookimpl
    def soat_register_rules(self) -> Sequence[type[Rule]]:
        return [FakeRule]

    @hookimpl
    def soat_register_emitters(self) -> dict[str, type[Emitter]]:
        return {"fake": FakeEmitter}

    @hookimpl
    def soat_register_profiles(self) -> Sequence[str]:
        return ["/opt/acme/profiles", "/opt/acme/profiles"]


class ClashingPlugin:
    @hookimpl
    def soat_register_rules(self) -> Sequence[type[Rule]]:
        return (SameIdRule,)


class ClashingEmitterPlugin:
    @hookimpl
    def soat_register_emitters(self) -> dict[str, type[Emitter]]:
        return {"json": FakeEmitter}


class MisspelledPlugin:
    @hookimpl
    def soat_register_rule(self) -> Sequence[type[Rule]]:  # missing "s"
        return [FakeRule]


class BadReturnPlugin:
    @hookimpl
    def soat_register_rules(self) -> Any:
        return ["not a rule class"]


class NotASequencePlugin:
    @hookimpl
    def soat_register_rules(self) -> Any:
        return FakeRule


class RelativeProfilePlugin:
    @hookimpl
    def soat_register_profiles(self) -> Sequence[str]:
        return ["profiles/"]


def fresh(*plugins: tuple[str, object], blocked: Sequence[str] = ()) -> Plugins:
    pm = make_plugin_manager(autoload=False, blocked=blocked, environ={})
    for name, plugin in plugins:
        pm.register(plugin, name=name)
    return Plugins(pm)


# -- built-ins -------------------------------------------------------------------------------


def test_builtins_are_registered_without_entry_points() -> None:
    plugins = fresh()
    assert plugins.names() == ["rules", "validator.emitters"]
    emitters = plugins.emitters()
    assert list(emitters) == sorted(emitters)
    assert {"json", "text"} <= set(emitters)
    rules = plugins.rules()
    assert [r.id for r in rules] == sorted(r.id for r in rules)
    assert all(issubclass(r, Rule) for r in rules)


def test_builtin_rules_module_implements_the_hook() -> None:
    import rules

    assert hasattr(rules, "soat_register_rules")
    assert set(fresh().rules()) == set(rules.soat_register_rules())


def test_every_hookspec_is_documented() -> None:
    specs = [
        f for name, f in inspect.getmembers(hookspecs, inspect.isfunction)
        if name.startswith("soat_")
    ]
    assert {f.__name__ for f in specs} == {
        "soat_register_rules", "soat_register_emitters", "soat_register_profiles",
        "soat_register_vocabulary",
    }
    for f in specs:
        doc = inspect.getdoc(f) or ""
        assert "Called" in doc and "Conflict" in doc and "eturn" in doc, f.__name__


# -- fake plugins ----------------------------------------------------------------------------


def test_fake_plugin_is_merged() -> None:
    plugins = fresh(("acme", FakePlugin()), blocked=["rules"])
    assert plugins.rules() == (FakeRule,)
    assert plugins.emitters()["fake"] is FakeEmitter
    assert set(plugins.emitters()) == set(fresh().emitters()) | {"fake"}
    assert [str(p) for p in plugins.profile_paths()] == ["/opt/acme/profiles"]


def test_duplicate_rule_id_names_both_plugins() -> None:
    plugins = fresh(("acme", FakePlugin()), ("clash", ClashingPlugin()), blocked=["rules"])
    with pytest.raises(PluginError) as info:
        plugins.rules()
    message = str(info.value)
    assert "STR950" in message and '"acme"' in message and '"clash"' in message
    assert "SameIdRule" in message and "FakeRule" in message


def test_duplicate_emitter_name_names_both_plugins() -> None:
    plugins = fresh(("clash", ClashingEmitterPlugin()))
    with pytest.raises(PluginError) as info:
        plugins.emitters()
    message = str(info.value)
    assert '"json"' in message and '"validator.emitters"' in message and '"clash"' in message


def test_misspelled_hook_is_caught_by_check_pending() -> None:
    pm = make_plugin_manager(autoload=False, environ={})
    pm.register(MisspelledPlugin(), name="typo")
    with pytest.raises(pluggy.PluginValidationError, match="soat_register_rule"):
        pm.check_pending()


@pytest.mark.parametrize("plugin", [BadReturnPlugin(), NotASequencePlugin()])
def test_bad_return_value_names_the_plugin(plugin: object) -> None:
    with pytest.raises(PluginError, match='"bad"'):
        fresh(("bad", plugin)).rules()


def test_relative_profile_path_is_refused() -> None:
    with pytest.raises(PluginError, match='"rel"'):
        fresh(("rel", RelativeProfilePlugin())).profile_paths()


def test_blocked_builtin() -> None:
    plugins = fresh(blocked=["validator.emitters"])
    assert plugins.emitters() == {}
    assert "validator.emitters" not in plugins.names()


def test_tracing_writes_hook_calls() -> None:
    plugins = fresh(("acme", FakePlugin()), blocked=["rules"])
    out = io.StringIO()
    undo = enable_tracing(plugins.pm, out.write)
    plugins.rules()
    undo()
    assert "soat_register_rules" in out.getvalue()
    before = out.getvalue()
    plugins.rules()
    assert out.getvalue() == before


# -- entry points ----------------------------------------------------------------------------


class _Dist:
    """Just enough of importlib.metadata.Distribution for pluggy's entry-point loader."""

    def __init__(self, name: str, eps: list[importlib.metadata.EntryPoint]) -> None:
        self.entry_points = eps
        self.metadata = {"name": name}
        self._normalized_name = name

    @property
    def name(self) -> str:
        return self.metadata["name"]


@pytest.fixture
def entry_points(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Install fake distributions with ``soat`` entry points: {name: "module:attr"}."""
    module = types.ModuleType("soat_fake_plugins")
    module.acme = FakePlugin()  # type: ignore[attr-defined]
    module.typo = MisspelledPlugin()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "soat_fake_plugins", module)
    eps: dict[str, str] = {}

    def distributions() -> list[_Dist]:
        return [
            _Dist(
                f"soat-{name}",
                [importlib.metadata.EntryPoint(name=name, value=value, group="soat")],
            )
            for name, value in eps.items()
        ]

    monkeypatch.setattr(importlib.metadata, "distributions", distributions)
    yield eps


def test_entry_point_plugin_is_loaded(entry_points: dict[str, str]) -> None:
    entry_points["acme"] = "soat_fake_plugins:acme"
    plugins = Plugins(make_plugin_manager(environ={}))
    assert "acme" in plugins.names()
    assert FakeRule in plugins.rules()


def test_autoload_false_and_env_skip_entry_points(entry_points: dict[str, str]) -> None:
    entry_points["acme"] = "soat_fake_plugins:acme"
    assert "acme" not in Plugins(make_plugin_manager(autoload=False, environ={})).names()
    env = {"SOAT_NO_PLUGINS": "1"}
    assert "acme" not in Plugins(make_plugin_manager(environ=env)).names()


def test_blocked_entry_point(entry_points: dict[str, str]) -> None:
    entry_points["acme"] = "soat_fake_plugins:acme"
    entry_points["typo"] = "soat_fake_plugins:typo"
    names = Plugins(make_plugin_manager(blocked=["typo", "acme"], environ={})).names()
    assert "acme" not in names and "typo" not in names
    env = {"SOAT_DISABLE_PLUGINS": " typo , acme"}
    names = Plugins(make_plugin_manager(environ=env)).names()
    assert "acme" not in names and "typo" not in names


def test_misspelled_entry_point_hook_fails_at_start_up(entry_points: dict[str, str]) -> None:
    entry_points["typo"] = "soat_fake_plugins:typo"
    with pytest.raises(PluginError) as info:
        make_plugin_manager(environ={})
    assert '"typo"' in str(info.value) and "soat_register_rule" in str(info.value)


def test_broken_entry_point_is_named(entry_points: dict[str, str]) -> None:
    entry_points["broken"] = "soat_no_such_module:plugin"
    with pytest.raises(PluginError) as info:
        make_plugin_manager(environ={})
    message = str(info.value)
    assert "broken" in message and "soat-broken" in message and "--disable-plugin" in message
