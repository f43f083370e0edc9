"""What every rule says to a drafter: one quotation style, Vietnamese decimal commas.

Each rule is run on its documented Bad example (which the catalogue test already proves gives
findings); its messages and suggestions are read as a drafter reads them.
"""

from __future__ import annotations

import re

import pytest

from rules import BUILTIN_RULES
from tests.crossharness import run_cross
from tests.harness import run_rule
from validator.crossdoc.index import CrossRule

QUOTED = re.compile(r'"[^"]*"')  # text quoted from the document keeps its own writing
OTHER_QUOTES = re.compile(r"[«»“”‘’]|(?<!\w)'[^'\s][^']*'(?!\w)")
ENGLISH_DECIMAL = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d.])")


def rule_id(cls: type) -> str:
    return cls.id  # type: ignore[attr-defined, no-any-return]


@pytest.mark.parametrize("cls", BUILTIN_RULES, ids=rule_id)
def test_messages_quote_one_way_and_write_decimals_with_a_comma(cls: type) -> None:
    bad = cls.doc_section("Bad:")  # type: ignore[attr-defined]
    if issubclass(cls, CrossRule):  # several documents checked together
        found = [v for vs in run_cross(cls, bad).values() for v in vs]
    else:
        found = run_rule(cls, bad, settings=getattr(cls, "example_settings", None))
    assert found
    for v in found:
        for text in (v.message, v.suggestion or "", *(r.message for r in v.related)):
            assert text.count('"') % 2 == 0, f"unbalanced quotes: {text}"
            own = QUOTED.sub("", text)
            assert not OTHER_QUOTES.search(own), f'quote with straight "…": {text}'
            assert not ENGLISH_DECIMAL.search(own), f"write decimals with a comma: {text}"


@pytest.mark.parametrize(("text", "ok"), [
    ('Lề trái 17,5 mm (quy định 30 mm).', True),
    ('Lề trái 17.5 mm.', False),
    ('Số "36.5" viết kiểu Anh.', True),  # quoted from the document
    ('Tổng 1.688 tỷ đồng.', True),  # a thousands separator
    ('Từ «hoá» viết hai kiểu.', False),
    ("Từ 'hoá' viết hai kiểu.", False),
    ('Từ "hoá" viết hai kiểu.', True),
])
def test_the_checks_themselves(text: str, ok: bool) -> None:
    own = QUOTED.sub("", text)
    bad = bool(OTHER_QUOTES.search(own) or ENGLISH_DECIMAL.search(own))
    assert bad is not ok
