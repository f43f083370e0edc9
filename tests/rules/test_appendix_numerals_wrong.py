"""NUM009 appendix-numerals-wrong."""

import pytest

from rules.numbering.appendix_numerals_wrong import AppendixNumeralsWrong
from tests.harness import assert_outline
from tests.outline import party_frame, state_frame

ARABIC = "p: Nội dung.\np: PHỤ LỤC 1\np: TÊN MỘT\np: PHỤ LỤC 2\np: TÊN HAI"
ROMAN = ("p: Nội dung.\np: Phụ lục I  # expect: X\np: TÊN MỘT\n"
         "p: Phụ lục II  # expect: X\np: TÊN HAI")


def _frame(system: str, body: str) -> str:
    # the appendices follow the signature block
    build = party_frame if system == "party" else state_frame
    return build("p: Nội dung chính.") + "\n" + body


@pytest.mark.parametrize(("system", "body", "bad"), [
    ("party", ARABIC, False), ("party", ROMAN, True),
    ("state", ROMAN, False), ("state", ARABIC.replace("PHỤ LỤC 1", "PHỤ LỤC 1  # expect: X")
                                 .replace("PHỤ LỤC 2", "PHỤ LỤC 2  # expect: X"), True),
])
def test_numerals_follow_the_system(system: str, body: str, bad: bool) -> None:
    body = body.replace("# expect: X", "# expect: NUM009") if bad else \
        body.replace("  # expect: X", "")
    assert_outline(AppendixNumeralsWrong, _frame(system, body))


def test_setting_overrides_the_system() -> None:
    assert_outline(AppendixNumeralsWrong, _frame("party", ROMAN.replace("  # expect: X", "")),
                   settings={"appendix_numerals": "roman"})


def test_unknown_system_accepts_one_style() -> None:
    assert_outline(AppendixNumeralsWrong, ARABIC)
    assert_outline(AppendixNumeralsWrong, ROMAN.replace("  # expect: X", ""))


def test_unknown_system_flags_the_odd_one() -> None:
    assert_outline(AppendixNumeralsWrong, ARABIC + "\np: PHỤ LỤC III  # expect: NUM009\np: BA")


def test_one_appendix_is_never_judged() -> None:
    assert_outline(AppendixNumeralsWrong, _frame("party", "p: x.\np: Phụ lục I\np: TÊN"))
