"""REF003 footnote-out-of-order."""

import pytest

from rules.xref.footnote_out_of_order import FootnoteOutOfOrder
from tests.harness import assert_outline, rule_findings

CASES = [
    """
    p: Dự án A^2^ và dự án B^1^.  # expect: REF003 "số 2"
    p: {size=10}^1^ Nhà ga T2.{/size}
    p: {size=10}^2^ Cầu Vạn.{/size}
    """,
    """
    p: Dự án A^1^ và dự án B^2^; nhắc lại dự án A^1^.
    p: {size=10}^1^ Nhà ga T2.{/size}
    p: {size=10}^2^ Cầu Vạn.{/size}
    """,
    """
    p: Dự án A^1^.
    p: Dự án C^3^ và dự án B^2^.  # expect: REF003
    p: {size=10}^1^ Nhà ga T2.{/size}
    p: {size=10}^2^ Cầu Vạn.{/size}
    p: {size=10}^3^ Cảng.{/size}
    """,
    # Word numbers its own notes in order
    "p: Dự án A[^2: Nhà ga.] và dự án B[^1: Cầu Vạn.].",
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_outline(FootnoteOutOfOrder, outline)


def test_custom_marks_out_of_order() -> None:
    from tests.rawdocx import package
    from validator.loader import load_bytes

    def ref(nid: int, mark: str) -> str:
        return (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:customMarkFollows="1" w:id="{nid}"/>'
                f"<w:t>{mark}</w:t></w:r>")

    body = f"<w:p><w:r><w:t>Dự án A</w:t></w:r>{ref(1, '2')}<w:r><w:t> và B</w:t></w:r>" \
        f"{ref(2, '1')}</w:p>"
    notes = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:footnote>'
                    for i, t in ((1, "Nhà ga"), (2, "Cầu")))
    doc = load_bytes(package(body, footnotes=notes), "x")
    found = rule_findings(FootnoteOutOfOrder, doc)
    assert [f.message for f in found] and "số 2" in found[0].message
