"""Meta-tests over every built-in rule: ids, names, docs, examples, tests and registration."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest

import rules
import validator.hookspecs as hookspecs
from rules import BUILTIN_RULES
from tests.crossharness import assert_documents
from tests.harness import assert_outline, run_rule
from validator.crossdoc import CrossRule
from validator.rule import KEBAB, PREFIX_CATEGORY, RULE_ID

ROOT = Path(__file__).resolve().parents[1]
CATEGORY_PACKAGES = ("structure", "codes", "dates", "numbering", "xref", "arithmetic",
                     "consistency", "formatting", "spelling",
                     "capitalisation", "crossdoc")


def rule_id(cls: type) -> str:
    return cls.id  # type: ignore[attr-defined, no-any-return]


@pytest.fixture(scope="module")
def catalogue() -> list[type]:
    return list(BUILTIN_RULES)


def test_ids_and_names_are_unique_and_well_formed(catalogue: list[type]) -> None:
    ids = [c.id for c in catalogue]  # type: ignore[attr-defined]
    names = [c.name for c in catalogue]  # type: ignore[attr-defined]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    assert len(names) == len(set(names)), [n for n in names if names.count(n) > 1]
    for cls in catalogue:
        assert RULE_ID.match(cls.id), cls  # type: ignore[attr-defined]
        assert KEBAB.match(cls.name), cls  # type: ignore[attr-defined]
        assert cls.id[:3] in PREFIX_CATEGORY  # type: ignore[attr-defined]
        assert not cls.name.startswith(("use-", "no-", "disallow-"))  # type: ignore[attr-defined]


def test_every_rule_module_is_registered() -> None:
    registered = {c.__module__ for c in BUILTIN_RULES}
    for pkg_name in CATEGORY_PACKAGES:
        pkg = importlib.import_module(f"rules.{pkg_name}")
        for info in pkgutil.iter_modules(pkg.__path__):
            if info.name.startswith("_"):
                continue
            module = importlib.import_module(f"rules.{pkg_name}.{info.name}")
            has_rule = any(
                inspect.isclass(obj) and obj.__module__ == module.__name__ and hasattr(obj, "id")
                for obj in vars(module).values()
            )
            if has_rule:
                assert module.__name__ in registered, f"{module.__name__} missing from RULES"


@pytest.mark.parametrize("cls", BUILTIN_RULES, ids=rule_id)
def test_rule_module_and_class_follow_the_name(cls: type) -> None:
    name = cls.name  # type: ignore[attr-defined]
    assert cls.__module__.rsplit(".", 1)[-1] == name.replace("-", "_")
    assert cls.__name__ == "".join(part.capitalize() for part in name.split("-"))
    test_file = ROOT / "tests" / "rules" / f"test_{name.replace('-', '_')}.py"
    assert test_file.exists(), f"{test_file.relative_to(ROOT)} is missing"


@pytest.mark.parametrize("cls", BUILTIN_RULES, ids=rule_id)
def test_docstring_has_summary_and_examples(cls: type) -> None:
    doc = inspect.cleandoc(cls.__doc__ or "")
    summary = doc.splitlines()[0]
    assert summary and summary.endswith("."), summary
    for section in ("Bad:", "Good:"):
        assert section in doc
        assert cls.doc_section(section).strip(), f"{section} is empty"  # type: ignore[attr-defined]


VIETNAMESE_LETTERS = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
HOW_TO_DOCUMENT = (
    "the docstring needs the drafters' documentation in Vietnamese, before Bad: -\n"
    "    Tóm tắt: what the rule checks, in one sentence (soat rules, SARIF);\n"
    "    Vì sao: why it matters to the reader of the report (soat explain, SARIF help).\n"
    "The Bad/Good examples are shown to drafters as Word shows them (validator.ruledoc)."
)


@pytest.mark.parametrize("cls", BUILTIN_RULES, ids=rule_id)
def test_rule_is_documented_in_vietnamese(cls: type) -> None:
    """What a drafter reads (soat rules, soat explain, SARIF) is Vietnamese."""
    from validator.ruledoc import summary_vi, why_vi

    summary = cls.doc_section("Tóm tắt:")  # type: ignore[attr-defined]
    why = cls.doc_section("Vì sao:")  # type: ignore[attr-defined]
    assert summary.strip() and why.strip(), f"{cls.id}: {HOW_TO_DOCUMENT}"  # type: ignore[attr-defined]
    for text in (summary, why):
        assert VIETNAMESE_LETTERS & set(text.lower()), f"not Vietnamese: {text!r}"
    assert summary_vi(cls) == cls.summary_vi == " ".join(summary.split())  # type: ignore[arg-type, attr-defined]
    assert why_vi(cls) == " ".join(why.split())  # type: ignore[arg-type]
    assert summary_vi(cls).endswith(".")  # type: ignore[arg-type]


@pytest.mark.parametrize("cls", BUILTIN_RULES, ids=rule_id)
def test_bad_example_triggers_and_good_example_is_clean(cls: type) -> None:
    bad = cls.doc_section("Bad:")  # type: ignore[attr-defined]
    good = cls.doc_section("Good:")  # type: ignore[attr-defined]
    if issubclass(cls, CrossRule):  # several documents, each after a "file:" line
        assert "# expect:" in bad
        assert_documents(cls, bad)
        assert_documents(cls, good)
        return
    # a rule that reports only under a setting (FMT014 under stage "final") names it
    settings = getattr(cls, "example_settings", None)
    if "# expect:" in bad:
        assert_outline(cls, bad, settings=settings)
    else:
        assert run_rule(cls, bad, settings=settings), "the Bad example gives no finding"
    if "# expect:" in good:
        assert_outline(cls, good, settings=settings)
    else:
        found = run_rule(cls, good, settings=settings)
        assert not found, [v.message for v in found]


def test_every_hookspec_is_documented() -> None:
    specs = [f for n, f in vars(hookspecs).items() if n.startswith("soat_") and callable(f)]
    assert specs
    for spec in specs:
        assert (spec.__doc__ or "").strip(), spec.__name__


def test_builtin_plugin_registers_the_catalogue() -> None:
    assert tuple(rules.soat_register_rules()) == BUILTIN_RULES
    assert all(re.match(r"^[A-Z]{3}\d{3}$", c.id) for c in BUILTIN_RULES)  # type: ignore[attr-defined]


def test_no_table_of_descriptions_beside_the_rules() -> None:
    """The Vietnamese documentation lives on the rule classes, nowhere else."""
    assert not (ROOT / "rules" / "data" / "summaries-vi.toml").exists()
