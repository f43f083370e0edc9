"""CAP001 short-name-not-capitalised: "tài sản của hội" in the charter of one Hội.

The sentences are those of real charters and decisions of the corpus (Hội Cựu giáo chức,
Quỹ Khuyến học, Hiệp hội Du lịch, Liên đoàn Võ thuật cổ truyền tỉnh Lâm Đồng).
"""

from __future__ import annotations

import pytest

from rules.capitalisation.short_name_not_capitalised import ShortNameNotCapitalised
from tests.harness import assert_outline, run_rule

DEFINED = "p: Hội Cựu giáo chức tỉnh Lâm Đồng (sau đây gọi tắt là Hội) là tổ chức xã hội.\n"
# The full name twice, then the bare head three times: an implicit short name.
IMPLICIT = (
    "p: Hiệp hội Du lịch tỉnh Lâm Đồng là tổ chức xã hội - nghề nghiệp.\n"
    "p: Điều lệ này quy định về tổ chức, hoạt động của Hiệp hội Du lịch tỉnh Lâm Đồng.\n"
    "p: Trụ sở của Hiệp hội đặt tại thành phố Đà Lạt; tôn chỉ của Hiệp hội được ghi trong "
    "Điều lệ; các hội viên của Hiệp hội tự nguyện tham gia.\n"
)

FOUND = [
    DEFINED + "p: Tài sản của hội được hình thành từ nguồn kinh phí do các tổ chức tài trợ."
    "  # expect: CAP001 @12",
    DEFINED + "p: Thành lập và quản lý chặt chẽ tổ chức thuộc hội theo quy định của pháp luật."
    "  # expect: CAP001",
    DEFINED + "p: Điều 11. Kết nạp hội viên; ra khỏi hội  # expect: CAP001",
    DEFINED + "p: c) Đối với tài sản, tài chính tự có của hội và tài sản của tổ chức."
    '  # expect: CAP001 "Hội Cựu giáo chức tỉnh Lâm Đồng"',
    DEFINED + "p: 12. Hàng năm, hội phải báo cáo tình hình tổ chức, hoạt động.  # expect: CAP001",
    DEFINED + "p: Khi chia, tách, sáp nhập, giải thể thì hội kiểm kê, phân loại tài sản."
    "  # expect: CAP001",
    DEFINED + "p: - Nhân sự dự kiến Chủ tịch hội là cán bộ, công chức.  # expect: CAP001",
    DEFINED + "p: 5. Giải quyết tài sản, tài chính khi hội giải thể:  # expect: CAP001",
    IMPLICIT + "p: Ban hành các quy chế về hoạt động của hiệp hội; quản lý tài sản."
    '  # expect: CAP001 "Hiệp hội"',
    "p: Quỹ Khuyến học tỉnh Lâm Đồng (sau đây gọi tắt là Quỹ) hoạt động không vì lợi nhuận.\n"
    "p: Quỹ tổ chức các hoạt động theo đúng tôn chỉ, mục đích của quỹ và quy định của pháp "
    "luật.  # expect: CAP001",
    "p: Liên đoàn Võ thuật cổ truyền tỉnh Lâm Đồng (gọi tắt là Liên đoàn).\n"
    "p: d) Đóng hội phí theo quy định của liên đoàn;  # expect: CAP001",
]

NOT_FOUND = [
    # the generic word and other organisations
    DEFINED + "p: Bảo vệ quyền, lợi ích hợp pháp của hội viên; các hội khác; hội mới.",
    DEFINED + "p: Hội được sáp nhập vào hội khác, thì tài sản của hội được sáp nhập chuyển giao.",
    DEFINED + "p: Được giải quyết theo quy định của pháp luật về hội và pháp luật có liên quan.",
    DEFINED + "p: Sau khi tách, các hội thực hiện quyền, nghĩa vụ về tài sản; hội nghị.",
    DEFINED + "p: a) Sau khi chia hội, hội bị chia chấm dứt hoạt động.",
    DEFINED + "p: Hướng dẫn nội dung liên quan đến tổ chức, hoạt động của hội, quỹ xã hội.",
    # no short name: the organisation is named once, "Hội" is never used alone
    "p: Hội Nữ doanh nhân tỉnh Bình Thuận báo cáo kết quả đại hội.\n"
    "p: Tài sản của hội được quản lý theo quy định.",
    # several associations: "Hội" alone names none of them
    "p: Hội Văn học nghệ thuật tỉnh, Hội Kiến trúc sư tỉnh, Hội Người mù tỉnh được sử dụng "
    "Điều lệ đã phê duyệt; các Hội tổ chức đại hội; 16 Hội chưa có Điều lệ; Hội có trụ sở.\n"
    "p: Cơ quan có thẩm quyền phê duyệt Điều lệ hội.",
    # "Hội đồng", "Hội nghị" are other words, not uses of the short name "Hội"
    "p: Hội Golf tỉnh Lâm Đồng; Hội đồng quản lý; Hội nghị tổng kết; Hội đồng thi đua.\n"
    "p: Tài sản của hội được quản lý theo quy định.",
    # quoted text keeps its author's case
    DEFINED + "p: Công văn hướng dẫn: “tài sản của hội được quản lý theo pháp luật”.",
    # "quỹ" in its other senses
    "p: Quỹ Khuyến học tỉnh Lâm Đồng (sau đây gọi tắt là Quỹ) hoạt động không vì lợi nhuận.\n"
    "p: Được gây quỹ trên cơ sở hội phí; trích quỹ khen thưởng của quỹ đầu tư.",
]


@pytest.mark.parametrize("outline", FOUND + NOT_FOUND)
def test_short_name_not_capitalised(outline: str) -> None:
    assert_outline(ShortNameNotCapitalised, outline)


def test_the_fix_writes_the_short_name() -> None:
    found = run_rule(ShortNameNotCapitalised, DEFINED + "p: Tài sản của hội.")
    assert [v.suggestion for v in found] == ['Viết "Hội".']


def test_a_profile_adds_a_head() -> None:
    outline = ("p: Câu lạc bộ Hưu trí tỉnh Lâm Đồng (sau đây gọi tắt là Hiệp đoàn) ra đời.\n"
               "p: Hiệp đoàn Hưu trí tỉnh Lâm Đồng; tài sản của hiệp đoàn.")
    assert not run_rule(ShortNameNotCapitalised, outline)
    settings = {"capitalisation": {"short_names": {"heads": ["Hiệp đoàn"]}}}
    found = run_rule(ShortNameNotCapitalised, outline, settings=settings)
    assert [v.message.split('"')[1] for v in found] == ["hiệp đoàn"]
