"""examples/plugin-example: the house-rule plugin loads and its rule works."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

from tests.harness import assert_outline, run_rule
from tests.outline import state_frame
from validator.plugins import Plugins, make_plugin_manager

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "plugin-example"


@pytest.fixture()
def house(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.syspath_prepend(str(EXAMPLE))
    import soat_house_rules.plugin as plugin

    yield plugin
    for name in [n for n in sys.modules if n.startswith("soat_house_rules")]:
        del sys.modules[name]


def test_entry_point_is_declared() -> None:
    meta = tomllib.loads((EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["entry-points"]["soat"] == {"house": "soat_house_rules.plugin"}


def test_plugin_registers_its_rule(house) -> None:  # type: ignore[no-untyped-def]
    pm = make_plugin_manager(autoload=False, environ={})
    pm.register(house, name="house")
    rules = Plugins(pm).rules()
    ids = [r.id for r in rules]
    assert "STR901" in ids and len(ids) == len(set(ids))


def test_house_rule(house) -> None:  # type: ignore[no-untyped-def]
    from soat_house_rules.archive_department_missing import ArchiveDepartmentMissing

    rule = ArchiveDepartmentMissing
    assert_outline(rule, rule.doc_section("Bad:"))
    assert_outline(rule, rule.doc_section("Good:"))
    bad = state_frame("p: Nội dung báo cáo.", recipients=("- Như trên;", "- Lưu: VT."))
    found = run_rule(rule, bad)
    assert [v.rule for v in found] == ["STR901"] and found[0].excerpt.endswith("Lưu: VT.")
    good = state_frame("p: Nội dung báo cáo.", recipients=("- Như trên;", "- Lưu: VT, TH."))
    assert run_rule(rule, good) == []


def test_through_the_configuration(tmp_path: Path) -> None:
    from validator.config import load_config, plugin_rules

    plugin = EXAMPLE / "soat_house_rules" / "plugin.py"
    cfg = tmp_path / "soat.toml"
    cfg.write_text(f"plugins = [{str(plugin)!r}]\n", encoding="utf-8")
    sys.path.insert(0, str(EXAMPLE))
    try:
        assert [r.id for r in plugin_rules(load_config(cfg))] == ["STR901"]
    finally:
        sys.path.remove(str(EXAMPLE))
