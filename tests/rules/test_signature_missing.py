"""STR011 signature-missing."""

import pytest

from rules.structure.signature_missing import SignatureMissing
from tests.fixtures import STATE_REPORT, report
from tests.harness import assert_outline


@pytest.mark.parametrize("system", ["party", "state"])
def test_no_signature_block(system: str) -> None:
    assert_outline(SignatureMissing, report(system, signature=False, tail_expect="STR011"))


@pytest.mark.parametrize("authority", ["TM. ỦY BAN NHÂN DÂN", "TL. CHỦ TỊCH", "TUQ. CHỦ TỊCH",
                                       "Q. GIÁM ĐỐC", "K/T BÍ THƯ", "T/L BAN THƯỜNG VỤ"])
def test_every_authority_form(authority: str) -> None:
    outline = STATE_REPORT.replace("KT. CHỦ TỊCH", authority)
    assert_outline(SignatureMissing, outline)


def test_head_signing_in_own_right() -> None:
    outline = STATE_REPORT.replace("KT. CHỦ TỊCH{p}PHÓ CHỦ TỊCH", "CHỦ TỊCH")
    assert_outline(SignatureMissing, outline)


def test_signature_beside_recipients_in_one_paragraph() -> None:
    outline = report("state", recipients=False, signature=False)
    outline += "p: Nơi nhận:{tab}{tab}KT. CHỦ TỊCH\np: - Lưu: VT, NC.{tab}PHÓ CHỦ TỊCH\n"
    assert_outline(SignatureMissing, outline)
