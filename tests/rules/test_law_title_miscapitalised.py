"""CAP004 law-title-miscapitalised: "Luật Tổ chức Chính quyền địa phương", "Bộ luật dân sự".

Sentences from real decisions, charters and reports of the corpus.
"""

from __future__ import annotations

import pytest

from rules.capitalisation.law_title_miscapitalised import LawTitleMiscapitalised
from tests.harness import assert_outline, run_rule

CASES = [
    "p: Căn cứ Luật Tổ chức Chính quyền địa phương ngày 16 tháng 6 năm 2025;  # expect: CAP004 @7",
    "p: Việc chia, tách, sáp nhập, hợp nhất và giải thể hội thực hiện theo quy định của Bộ Luật "
    "dân sự, quy định của pháp luật về hội.  # expect: CAP004",
    "p: Số người cai nghiện theo quy định của luật Phòng, chống ma túy: 1986 người;"
    "  # expect: CAP004",
    "p: Lấy ý kiến góp ý dự thảo Luật phòng, chống ma túy năm 2021.  # expect: CAP004",
    "p: Thu, chi theo Luật kế toán và các văn bản hướng dẫn thực hiện.  # expect: CAP004",
    "p: Căn cứ Luật tổ chức Chính phủ số 63/2025/QH15 ngày 18 tháng 02 năm 2025;"
    '  # expect: CAP004 "Luật tổ chức Chính phủ"',
    # correct titles, the field of law, and unknown titles
    "p: Căn cứ Luật Tổ chức chính quyền địa phương; Bộ luật Dân sự; Luật Ngân sách nhà nước.",
    "p: Căn cứ Luật Tổ chức Chính phủ; Luật Mặt trận Tổ quốc Việt Nam; Luật Luật sư.",
    "p: Tuyên truyền pháp luật về đất đai; phổ biến luật đất đai tới người dân.",
    "p: Áp dụng Luật thi đấu Cầu lông hiện hành của Liên đoàn.",
    "p: Luật đất đai quy định rõ quyền của người sử dụng đất.",
    "p: Căn cứ Luật Tổ chức chính quyền địa phương; Luật Hoà giải ở cơ sở.",
]


@pytest.mark.parametrize("outline", CASES)
def test_law_title_miscapitalised(outline: str) -> None:
    assert_outline(LawTitleMiscapitalised, outline)


def test_suggestion_keeps_the_writers_tone_placement() -> None:
    found = run_rule(LawTitleMiscapitalised, "p: Theo Luật hoà giải ở cơ sở năm 2013.")
    assert [v.suggestion for v in found] == ['Viết "Luật Hoà giải ở cơ sở".']


def test_a_profile_adds_a_title() -> None:
    outline = "p: Theo Luật thủ đô năm 2024 và Luật Hóa chất."
    settings = {"capitalisation": {"laws": {"titles": ["Luật Hóa chất"]}}}
    assert [v.message for v in run_rule(LawTitleMiscapitalised, outline, settings=settings)] == [
        'Tên văn bản luật viết hoa chưa đúng: "Luật thủ đô".']
