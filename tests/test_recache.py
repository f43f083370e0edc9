"""Patterns compiled on first use behave exactly as re.compile's, and cost nothing once used."""

from __future__ import annotations

import pickle
import re

import pytest

from validator import recache
from validator.recache import LazyPattern

PATTERNS = [
    (r"(?<![\w./-])(?P<num>\d{1,5})\s*/\s*(?P<year>\d{4})", 0),
    (r"ngày\s+(?P<d>\d{1,2})(?!\d).*?tháng\s+(?P<m>\d{1,2})", re.IGNORECASE),
    (r"""
        (?P<a>[A-ZĐ]+)   # capitals
        \s*-\s*
        (?P<b>\w+)       # anything
    """, re.VERBOSE),
    (r"(?i)^[\s,.:;)]*(?:\(?(?:ban hành\s+)?(?:kèm theo|của))", 0),
]
TEXTS = ["Số 28/2026 ngày 05 tháng 3", "NGÀY 5 THÁNG 12", "UBND - tinh", ") kèm theo Quyết định",
         ""]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_lazy_pattern_answers_as_the_compiled_one(pattern: str, flags: int) -> None:
    lazy, plain = recache.compile(pattern, flags), re.compile(pattern, flags)
    assert lazy == plain and hash(lazy) == hash(plain) and repr(lazy) == repr(plain)
    assert (lazy.pattern, lazy.flags, lazy.groups, lazy.groupindex) == (
        plain.pattern, plain.flags, plain.groups, plain.groupindex)
    for text in TEXTS:
        a, b = lazy.search(text), plain.search(text)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert lazy.sub("#", text) == plain.sub("#", text)
        assert lazy.split(text) == plain.split(text)
        assert bool(lazy.match(text)) == bool(plain.match(text))
        assert bool(lazy.fullmatch(text)) == bool(plain.fullmatch(text))
        assert lazy.findall(text) == plain.findall(text)
        assert lazy.scanner(text).search() is not None or plain.search(text) is None


def test_compiled_on_first_use_only() -> None:
    lazy = LazyPattern(r"soat-lazy-(\d+)")
    assert lazy._compiled is None and "search" not in vars(lazy)
    assert lazy.search("soat-lazy-12") is not None
    compiled = lazy._compiled
    assert compiled is not None
    # from then on its methods are the compiled pattern's own, without any indirection
    assert vars(lazy)["search"] == compiled.search and vars(lazy)["sub"] == compiled.sub
    assert lazy.compiled() is compiled


def test_an_invalid_pattern_raises_at_first_use() -> None:
    lazy = recache.compile(r"(unclosed")
    with pytest.raises(re.error):
        lazy.search("x")


def test_a_lazy_pattern_pickles_as_its_source() -> None:
    lazy = recache.compile(*PATTERNS[1])
    again = pickle.loads(pickle.dumps(lazy))
    assert again == lazy and again.search("ngày 5 tháng 3") is not None


def test_every_pattern_of_the_rules_compiles() -> None:
    """Patterns are compiled late: compile every module-level one of the core and the rules
    here, so that a typo fails the suite rather than a user's check."""
    import importlib
    import pkgutil

    import rules
    import validator

    found = 0
    for package in (validator, rules):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            try:
                module = importlib.import_module(info.name)
            except ModuleNotFoundError as exc:
                if (exc.name or "").partition(".")[0] in ("validator", "rules"):
                    raise
                continue  # a module of an optional extra that is not installed (soat serve)
            for value in vars(module).values():
                inner = value if isinstance(value, tuple | list) else (value,)
                for item in inner:
                    for x in item if isinstance(item, tuple) else (item,):
                        if isinstance(x, LazyPattern):
                            x.compiled()
                            found += 1
    assert found > 150
