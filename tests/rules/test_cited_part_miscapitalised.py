"""CAP003 cited-part-miscapitalised: "Khoản 4 Điều 32", "điều 256a" inside a sentence.

Sentences from real decisions, charters and reports of the corpus; the good forms are those of
Nghị định 30/2020/NĐ-CP, Phụ lục II, V.7.
"""

from __future__ import annotations

import pytest

from rules.capitalisation.cited_part_miscapitalised import CitedPartMiscapitalised
from tests.harness import assert_outline, run_rule

CASES = [
    "p: Thực hiện việc đổi tên Hội theo quy định tại Điều 31 và Khoản 4 Điều 32 Nghị định số "
    '126/2024/NĐ-CP.  # expect: CAP003 "Khoản"',
    "p: Các tổ chức, cá nhân nêu tại Khoản 1 Điều 7 nói trên, tự nguyện đăng ký tham gia."
    "  # expect: CAP003",
    "p: - Như điều 4;  # expect: CAP003 @6",
    "p: Hoạt động trong lĩnh vực phù hợp với quy định tại điều 2 và điều 8 bản Điều lệ này."
    "  # expect: CAP003, CAP003",
    "p: Quản lý theo điều 256a Bộ luật Hình sự năm 2015, sửa đổi, bổ sung năm 2025."
    "  # expect: CAP003",
    "p: Có đủ tiêu chuẩn quy định tại khoản 2 điều này, tán thành Điều lệ Hiệp hội."
    '  # expect: CAP003 "điều"',
    "p: Căn cứ điểm a khoản 2 Điều 103 mục 5 chương XII Phần I của Bộ luật Hình sự."
    '  # expect: CAP003 "mục", CAP003 "chương"',
    "p: Theo quy định tại Điểm a khoản 1 Điều 24 của Nghị quyết số 351/2017/UBTVQH14."
    '  # expect: CAP003 "Điểm"',
    # correct, and a capital where a sentence or a list item starts
    "p: Căn cứ điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Bộ luật Hình sự.",
    "p: Khoản 1 Điều 5 được sửa đổi như sau; điều này cho thấy yêu cầu đã rõ.",
    "p: a) Điểm a khoản 1 được bãi bỏ. Khoản 2 được giữ nguyên.",
    "p: Những điều 5 năm qua cho thấy; nhiều điều cần làm.",
]


@pytest.mark.parametrize("outline", CASES)
def test_cited_part_miscapitalised(outline: str) -> None:
    assert_outline(CitedPartMiscapitalised, outline)


def test_suggestions() -> None:
    found = run_rule(CitedPartMiscapitalised, "p: Tại Khoản 4 điều 32 Nghị định số 126/2024/NĐ-CP.")
    assert sorted(v.suggestion.split('"')[1] for v in found) == ["khoản", "Điều"]
