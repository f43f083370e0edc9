"""The spelling family's view of a document: one text for the whole document, read once."""

import unicodedata

import pytest

from rules.spelling import RULES
from rules.spelling._syllable import (
    SYLLABLES,
    generate_syllables,
    problem,
    verdict,
    well_formed,
)
from rules.spelling._text import DocumentText, readable, words
from tests.harness import assert_outline, load


def test_the_syllable_table_is_what_the_rules_make() -> None:
    made = [" ".join(group) for group in generate_syllables()]
    kept = [line for line in SYLLABLES.read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]
    assert kept == made, "run: python -m rules.spelling._syllable"
    assert {"việt", "người", "quốc", "giếng", "hòa", "hoà", "khuyết"} <= well_formed()
    assert not {"viêt", "đă", "tòan", "nghành", "àc"} & well_formed()


@pytest.mark.parametrize("word", [
    "Việt", "viêt", "đă", "tòan", "nghành", "hoà", "ăn", "Ước", "cūa", "Müller", "kạn",
    unicodedata.normalize("NFD", "viêt"), unicodedata.normalize("NFD", "người"), "ĐỒNG", "Hiêp",
])
def test_the_table_gives_the_verdict_of_the_rules(word: str) -> None:
    assert verdict(word) == problem(word)


def test_paragraphs_joined_and_found_again() -> None:
    doc = load("p: Hằng năm tổ chức\np: Hướng dẫn số 12\np: Cuối")
    view = DocumentText(list(readable(doc)))
    at = view.text.index("dẫn")
    p, offset = view.locate(at)
    assert p.text == "Hướng dẫn số 12" and offset == len("Hướng ")
    assert view.paragraphs_with("cuối") == [2]
    assert ("tổ", "chức") in view.pairs and {"hằng", "hướng", "cuối"} <= view.lows
    assert [w for _, w in words(view.text)] == [
        w for p in view.paragraphs for _, w in words(p.text)]


@pytest.mark.parametrize("outline", [
    # the end of one paragraph and the start of the next are never read as one phrase
    "p: Tổ chức họp của\np: của các đơn vị",
    "p: Sản phẩm trưng bày hàng\np: năm nay tăng",
    "p: Tết Nguyên đán\np: Bính Ngọ 2025",
    "p: Trong giai đoạn 2021\np: – 2025 đã làm",
    "p: Kế hoạch hướng\np: dân tộc",
])
def test_nothing_read_across_paragraphs(outline: str) -> None:
    for rule in RULES:
        assert_outline(rule, outline)
