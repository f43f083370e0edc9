"""STR001 type-name-missing."""

import pytest

from rules.structure.type_name_missing import TypeNameMissing
from tests.fixtures import report
from tests.harness import assert_outline


@pytest.mark.parametrize("system", ["party", "state"])
def test_missing_type_name_is_reported_at_the_header(system: str) -> None:
    (v,) = assert_outline(TypeNameMissing, report(system, title=None, head_expect="STR001"))
    assert '"BÁO CÁO"' in v.message and "BC" in v.message


@pytest.mark.parametrize("layout", ["table", "textbox", "paragraphs"])
def test_complete_report_is_clean(layout: str) -> None:
    assert_outline(TypeNameMissing, report("party", layout=layout))
    assert_outline(TypeNameMissing, report("state", layout=layout))


def test_cong_van_has_no_type_name() -> None:
    outline = report("state", title=None, summary=None, number="Số:      /UBND-NC")
    outline = outline.replace("Số:      /UBND-NC", "Số:      /UBND-NC{p}V/v triển khai nhiệm vụ")
    assert_outline(TypeNameMissing, outline)


def test_form_without_number_line_is_not_checked() -> None:
    assert_outline(TypeNameMissing, "p: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                    "p: Độc lập - Tự do - Hạnh phúc\np: TỜ KHAI ĐĂNG KÝ KHAI SINH\n"
                                    "p: Họ, chữ đệm, tên người yêu cầu: ……\n")
