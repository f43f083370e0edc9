import pytest

from rules.formatting.font_family_not_prescribed import FontFamilyNotPrescribed, font_family
from tests.harness import assert_outline
from tests.outline import party_frame, state_frame

STATE_ARIAL = state_frame(
    "p[font=Arial]: Trong tháng, Ủy ban nhân dân đã chỉ đạo các ngành.  # expect: FMT001\n"
    "p[font=Arial]: Công tác cải cách hành chính được chú trọng.",
)


def test_state_body_in_another_font() -> None:
    assert_outline(FontFamilyNotPrescribed, STATE_ARIAL)


def test_state_body_in_times_is_clean() -> None:
    assert_outline(FontFamilyNotPrescribed, state_frame("p: Nội dung báo cáo đầy đủ và rõ ràng."))


def test_party_without_office_setting_is_not_checked() -> None:
    body = "p[font=Arial]: Nội dung báo cáo của Thành ủy trong tháng."
    assert_outline(FontFamilyNotPrescribed, party_frame(body))


def test_party_with_office_setting() -> None:
    body = "p[font=Arial]: Nội dung báo cáo của Thành ủy trong tháng.  # expect: FMT001 \"Arial\""
    assert_outline(FontFamilyNotPrescribed, party_frame(body),
                   settings={"font_family": "Times New Roman"})


@pytest.mark.parametrize("name", ["Times New Roman", "TimesNewRoman", "Times New Roman Bold",
                                  "times new roman"])
def test_font_family_names(name: str) -> None:
    assert font_family(name) == "timesnewroman"
