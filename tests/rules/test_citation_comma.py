"""TYP011 citation-comma, on sentences of the real reports."""

import pytest

from rules.spelling.citation_comma import CitationComma
from tests.harness import assert_outline, load
from validator.fix import collect_fixes


@pytest.mark.parametrize("outline", [
    "p: Thành lập Quỹ theo quy định tại Điều 22, Nghị định số 93/2019/NĐ-CP.  # expect: TYP011",
    "p: Báo cáo cơ quan có thẩm quyền tại Điều 18, Nghị định số 93/2019/NĐ-CP (sửa đổi).  "
    "# expect: TYP011",
    "p: Sáng lập viên theo quy định tại khoản 1, Điều 14, Nghị định số 93/2019/NĐ-CP.  "
    "# expect: TYP011, TYP011",
    "p: Thực hiện theo điểm a, khoản 2 Điều 5 Luật Ngân sách nhà nước.  # expect: TYP011",
    "p: Khoản 4, Điều 11 Điều lệ này.  # expect: TYP011",
    "p: Theo Điều 5, Quyết định số 28/2025/QĐ-TTg ngày 2/7/2025.  # expect: TYP011",
    "p: Theo quy định tại khoản 1 Điều 14 Nghị định số 93/2019/NĐ-CP ngày 25/11/2019.",
    "p: Quy định tại khoản 1, khoản 2 Điều 32; Điều 11, Điều 12 Nghị định số 126/2024/NĐ-CP.",
    "p: Các điểm a, b khoản 1; Điều 5, 6; điều kiện, Luật sư; khoản 3, quy định tại Điều 5.",
])
def test_real_sentences(outline: str) -> None:
    assert_outline(CitationComma, outline)


def test_fix_removes_the_comma() -> None:
    (v,) = fixes(CitationComma, "p: Tại Điều 22, Nghị định số 93/2019/NĐ-CP.")
    assert v.fix is not None and v.fix.replacement == ""
    assert (v.location.offset, v.location.length) == (len("Tại Điều 22"), 1)


def fixes(rule: type, outline: str) -> list:  # the findings that soat fix would apply
    return [p.finding for p in collect_fixes(load(outline), [rule])]
