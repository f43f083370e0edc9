"""COD006 own-number-line-form."""

import pytest

from rules.codes.own_number_line_form import OwnNumberLineForm
from tests.harness import run_rule
from tests.outline import party_frame, state_frame

BODY = "p: Nội dung báo cáo."


@pytest.mark.parametrize("outline,needle", [
    (party_frame(BODY, number="Số: 28-BC/TU"), "hai chấm"),
    (state_frame(BODY, number="Số 28/BC-UBND"), "thiếu dấu"),
    (party_frame(BODY, number="Số 28-KH/TU"), "BÁO CÁO"),
    (state_frame(BODY, number="Số: 28/KH-UBND"), "BÁO CÁO"),
    (party_frame(BODY, number="Số 28/BC-TU"), "không đúng dạng"),
    (state_frame(BODY, number="Số: 28 /BC-UBND"), "không đúng dạng"),
])
def test_flags(outline: str, needle: str) -> None:
    found = run_rule(OwnNumberLineForm, outline)
    assert any(needle in v.message for v in found), [v.message for v in found]


@pytest.mark.parametrize("outline", [
    party_frame(BODY),
    state_frame(BODY),
    party_frame(BODY, number="Số    -BC/TU"),
    state_frame(BODY, number="Số:      /BC-UBND"),
    party_frame(BODY, number="Số 28[[r]]-BC/[[r]]TU"),
    party_frame(BODY, number="Số 28{nbh}BC/TU"),
])
def test_clean(outline: str) -> None:
    assert run_rule(OwnNumberLineForm, outline) == []
