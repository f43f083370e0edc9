"""CAP005 organisation-name-miscapitalised: "Ủy ban Nhân dân", "Sở nội vụ", "Ban chấp hành".

Sentences from real charters, decisions and reports of the corpus.
"""

from __future__ import annotations

import pytest

from rules.capitalisation.organisation_name_miscapitalised import OrganisationNameMiscapitalised
from tests.harness import assert_outline, run_rule

CASES = [
    "p: Báo cáo việc thành lập các tổ chức thuộc Hội với Ủy ban Nhân dân tỉnh Lâm Đồng."
    '  # expect: CAP005 "Ủy ban Nhân dân"',
    "p: Hội chịu sự quản lý nhà nước của Uỷ ban Nhân dân tỉnh Lâm Đồng.  # expect: CAP005",
    "p: Sở Văn hóa, thể thao và du lịch đã có Báo cáo số 1852/BC-SVHTTDL.  # expect: CAP005",
    "p: Công an tỉnh, Bộ Chỉ huy bộ đội biên phòng tỉnh thường xuyên quan tâm.  # expect: CAP005",
    "p: Nguyên Phó Giám đốc Sở Nội Vụ tỉnh Lâm Đồng.  # expect: CAP005",
    "p: Kết luận của đồng chí Hồ Văn Mười - Phó Bí thư Tỉnh Ủy.  # expect: CAP005",
    "p: Quyết định số 149/QĐ-SKHCN của Giám đốc sở Khoa học và Công nghệ.  # expect: CAP005",
    "p: Ông Nguyễn Đức Hán, Phó Chủ tịch Hội nông dân tỉnh;  # expect: CAP005",
    # a common noun in small letters where a name follows
    "p: Biên bản các cuộc họp ban chấp hành, ban thường vụ, ban kiểm tra Liên đoàn."
    '  # expect: CAP005 "ban kiểm tra"',
    # "Ban chấp hành" where the document writes "Ban Chấp hành" elsewhere
    "p: Ban Chấp hành Liên đoàn là cơ quan lãnh đạo giữa hai kỳ Đại hội.\n"
    "p: Chi cần thiết của Liên đoàn, sau đó phải báo cáo cho Ban chấp hành biết."
    "  # expect: CAP005",
    # correct names, common nouns, and words around them
    "p: Hội báo cáo Ủy ban nhân dân tỉnh Lâm Đồng, Sở Nội vụ và Mặt trận Tổ quốc Việt Nam tỉnh.",
    "p: Thành lập ban chỉ đạo các cấp; củng cố các Ban chỉ đạo; Ban chỉ đạo các địa phương.",
    "p: Cán bộ y tế thực hiện xác định tình trạng nghiện; cán bộ Công an chính quy về xã.",
    "p: Phòng, chống ma túy trong các cơ sở giáo dục; văn phòng đại diện của Quỹ.",
    "p: Quyết định số 824/QĐ-UBND của UBND tỉnh ủy quyền cho Giám đốc Sở Nội vụ.",
    "p: Trưởng ban Kiểm tra có nhiệm vụ điều hành; Phó Trưởng ban thường trực Ban Chỉ đạo.",
    "p: Sau khi kết thúc Cuộc thi, Ban tổ chức đã trao giải cho 22 cá nhân.",
    "p: Văn bản của ban thường vụ cấp uỷ; lãnh đạo văn phòng cấp uỷ thừa lệnh.",
    "p: Giấy mời của UỶ BAN NHÂN DÂN tỉnh; Hội đồng Khen thưởng - Kỷ luật Đoàn Luật sư.",
    "p: Hội báo cáo “Ủy ban Nhân dân tỉnh” theo mẫu.",
]


@pytest.mark.parametrize("outline", CASES)
def test_organisation_name_miscapitalised(outline: str) -> None:
    assert_outline(OrganisationNameMiscapitalised, outline)


def test_the_fix_keeps_the_writers_letters() -> None:
    found = run_rule(OrganisationNameMiscapitalised, "p: Gửi Uỷ ban Nhân dân tỉnh.")
    assert [(v.suggestion, v.location.offset) for v in found] == [('Viết "Uỷ ban nhân dân".', 4)]


def test_a_profile_adds_a_body() -> None:
    outline = ("p: Phối hợp với Ban quản lý các khu công nghiệp tỉnh; "
               "ban Quản lý các khu công nghiệp.")
    assert not run_rule(OrganisationNameMiscapitalised, outline)
    name = "Ban Quản lý các khu công nghiệp"
    settings = {"capitalisation": {"organisations": {"always": [name]}}}
    found = run_rule(OrganisationNameMiscapitalised, outline, settings=settings)
    assert [v.location.offset for v in found] == [13, 51]
