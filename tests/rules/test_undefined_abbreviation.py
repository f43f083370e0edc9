"""CON003 undefined-abbreviation: uncommon abbreviations need a bracketed definition first."""

from __future__ import annotations

import pytest

from rules.consistency.undefined_abbreviation import UndefinedAbbreviation
from tests.outline import build
from validator.loader import load_bytes
from validator.profiles import Profile
from validator.rule import Context


def run(outline: str, settings=None):
    doc = load_bytes(build(outline), "t.docx")
    ctx = Context(profile=Profile(name="generic"), settings=settings or {})
    return list(UndefinedAbbreviation(ctx).check(doc))


def test_used_without_definition():
    found = run("p: Chỉ số DTI tăng.\np: Chỉ số DTI giảm.")
    assert len(found) == 1 and "«DTI»" in found[0].message


def test_used_before_definition_in_the_same_paragraph():
    found = run("p: Chỉ số TFP tăng; năng suất các yếu tố tổng hợp (TFP) và TFP giảm.")
    assert len(found) == 1 and "trước khi" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "p: Năng suất các yếu tố tổng hợp (TFP) tăng; TFP đóng góp 50%.",
        "p: UBND, HĐND, MTTQ, GPMB, KT-XH, GRDP và TP.",  # common
        "p: Nghị quyết số 57-NQ/TW, Quyết định số 161-QĐ/TU, số 244/2025/QH15.",  # codes
        "p: Đại hội XIV, khóa XIII, Quý III.",  # Roman numerals
        "p: BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỦA UBKT",  # a heading in capitals
    ],
)
def test_allowed(text):
    assert run(text) == []


def test_common_list_is_configurable():
    assert run("p: Chỉ số DTI.", {"extra_abbreviations": ["DTI"]}) == []
    assert len(run("p: UBND thành phố.", {"common_abbreviations": ["HĐND"]})) == 1
