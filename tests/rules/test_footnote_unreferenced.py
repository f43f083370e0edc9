"""REF002 footnote-unreferenced."""

import pytest

from rules.xref.footnote_unreferenced import FootnoteUnreferenced
from tests.harness import assert_outline, rule_findings

CASES = [
    "p: Ban hành 02 nghị quyết[^1: Nghị quyết số 07-NQ/TU.].",
    # hand-typed notes written as paragraphs (converted documents)
    """
    p: Ban hành 02 nghị quyết^1^ và 01 quyết định^2^.
    p: {size=10}^1^ Nghị quyết số 07-NQ/TU.{/size}
    p: {size=10}^2^ Quyết định số 161-QĐ/TU.{/size}
    """,
    """
    p: Ban hành 02 nghị quyết^1^.
    p: {size=10}^1^ Nghị quyết số 07-NQ/TU.{/size}
    p: {size=10}^2^ Quyết định số 161-QĐ/TU.{/size}  # expect: REF002
    """,
    # Unicode superscript digits, and a smaller note paragraph starting with a plain number
    """
    font: Times New Roman 14
    p: Ban hành 02 nghị quyết¹ và 01 kết luận².
    p: {size=10}1 Nghị quyết số 07-NQ/TU.{/size}
    p: {size=10}2 Kết luận số 208-KL/TW.{/size}
    p: {size=10}3 Quyết định số 161-QĐ/TU.{/size}  # expect: REF002
    """,
    # numbered items of normal size are list items, not notes
    """
    p: Ban hành 02 nghị quyết^1^.
    p: {size=10}^1^ Nghị quyết số 07-NQ/TU.{/size}
    p: 2. Công tác dân vận
    """,
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(FootnoteUnreferenced, outline)


def test_word_note_without_its_mark() -> None:
    from tests.rawdocx import p as para
    from tests.rawdocx import package
    from validator.loader import load_bytes

    notes = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
             '</w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Mồ côi</w:t></w:r></w:p>'
             '</w:footnote>')
    doc = load_bytes(package(para("Văn bản không có dấu chú thích."), footnotes=notes), "x")
    found = rule_findings(FootnoteUnreferenced, doc)
    assert len(found) == 1 and found[0].location.part == "footnote"
