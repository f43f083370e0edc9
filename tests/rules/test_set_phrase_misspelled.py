"""TYP004 set-phrase-misspelled, on sentences of the real reports and the user's report."""

import pytest

from rules.spelling._phrases import phrase_book
from rules.spelling.set_phrase_misspelled import SetPhraseMisspelled
from tests.harness import assert_outline, load
from validator.fix import collect_fixes


@pytest.mark.parametrize("outline", [
    "p: Kế hoạch đào tạo, bồi dưỡng khôi Đảng, Mặt trận tổ quốc.  # expect: TYP004 \"khối\"",
    "p: Không để xảy ra vụ ngộ thực phẩm tập thể nghiêm trọng.  # expect: TYP004 \"độc\"",
    "p: Buổi làm việc với Trung tâm Xúc đầu tư, Thương mại và Du lịch.  # expect: TYP004",
    "p: Địa bàn không ma túy; Hướng dân số 37/HD-BCA-C04.  # expect: TYP004 \"dẫn\"",
    "p: Các điểm yếu, lổ hổng bảo mật.  # expect: TYP004 \"lỗ\"",
    "p: Trong công tác tuyên truyên, phố biến chủ trương.  # expect: TYP004, TYP004",
    "p: Hoạt động của Ban thưởng trực.  # expect: TYP004",
    "p: Cấp con dấu mới cho Hội đồng dân dân, Ủy ban nhân dân.  # expect: TYP004",
    "p: Gồm 845 dịch công trực tuyến toàn trình.  # expect: TYP004",
    "p: Kế hoạch đào tạo khối Đảng; Hướng dẫn số 37/HD-BCA-C04; vụ ngộ độc thực phẩm.",
    "p: Quyết định kỷ luật; quy định kỹ thuật; trách nhiệm, kỹ năng; mang tính hình thức.",
    "p: Văn bản Ban Chấp hành ban hành; Hội đồng Dân tộc; cung cấp dịch vụ trực tuyến.",
    "p: Văn phòng Uỷ ban nhân dân tỉnh; UỶ BAN NHÂN DÂN; Sở Xây dựng đang tổng hợp.",
    "p: Kiểm tra, sát hạch tiếp nhận vào công chức.",
    "p: Kết quả thực hiện Chương trình tổng thế CCHC nhà nước.  # expect: TYP004 \"thể\"",
    "p: Tuyên truyền với nhiều phương thức đa dang, phong phú.  # expect: TYP004 \"dạng\"",
    "p: Chương trình tổng thể; hình thức đa dạng; không chấp nhận đa nguyên, đa đảng.",
])
def test_real_sentences(outline: str) -> None:
    assert_outline(SetPhraseMisspelled, outline)


def test_fix_keeps_the_case_and_restores_the_missing_word() -> None:
    (v,) = fixes(SetPhraseMisspelled, "p: Trung tâm Xúc đầu tư tỉnh.")
    assert v.fix is not None and v.fix.replacement == "Xúc tiến đầu"
    (v,) = fixes(SetPhraseMisspelled, "p: HƯỚNG DÂN SỐ 37")
    assert v.fix is not None and v.fix.replacement == "DẪN"


def test_every_phrase_has_a_source() -> None:
    from rules.spelling._phrases import DATA

    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            assert len(cols) >= 2 and all(c.strip() for c in cols[:2]), line
    assert len(phrase_book().by_first) > 40


def fixes(rule: type, outline: str) -> list:  # the findings that soat fix would apply
    return [p.finding for p in collect_fixes(load(outline), [rule])]
