"""TYP001 syllable-malformed, on sentences of the real reports (found and not found)."""

import pytest

from rules.spelling._syllable import problem, retone
from rules.spelling.syllable_malformed import SyllableMalformed
from tests.harness import assert_outline, load, run_rule
from validator.fix import collect_fixes

# sentences of the corpus with the slip, and the same sentence as the final or the reader
# would write it
FOUND = [
    "p: Ban Thường trực Ủy ban Mặt trận Tổ quốc Viêt Nam tỉnh tại Công văn số 477/MTTQ-BTT."
    "  # expect: TYP001 @40",
    "p: Phối hợp với các hội viên để xây dựng Hiêp hội phát triển vững mạnh.  # expect: TYP001",
    "p: Hiệp hội Doanh nghiêp tỉnh Bình Thuận  # expect: TYP001",
    "p: 3. Tên viêt tắt là Binh Thuan BBF  # expect: TYP001",
    "p: Chính phủ đă ban hành Nghị quyết số 214/NQ-CP.  # expect: TYP001",
    "p: Theo nguyên tắc quy định tại Điều lệ Qũy.  # expect: TYP001",
    "p: Lệ phí gia nhập Hiệp hộii, hội phí hằng năm của hội viên;  # expect: TYP001",
    "p: Nêu gương điển hình tiên tiến, nguời tốt việc tốt.  # expect: TYP001",
    "p: Chưa kịp thời trong viêc áp dụng các biện pháp khoa học.  # expect: TYP001",
    "p: Bầu, miễn nhiệm, bãi nhiệm, tạm đièn chỉ công tác.  # expect: TYP001",
    "p: Phát triển nguồn nhân lực cho nghành y tế.  # expect: TYP001",
    "p: Hoàn thành tòan bộ kế hoạch.  # expect: TYP001",
    "nfd: Hoàn thành tòan bộ kế hoạch.  # expect: TYP001",
]
CLEAN = [
    "p: Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tại Công văn số 477/MTTQ-BTT.",
    "p: Hiệp hội Doanh nghiệp tỉnh Bình Thuận; tên viết tắt là Binh Thuan BBF.",
    "p: Quỹ hỗ trợ nông dân; Quỹ đầu tư (nêu ở www.quy.vn).",
    "p: Tỉnh Đắk Lắk, huyện Krông Pắc, tỉnh Bắc Kạn, lắp đặt Kiốt thông minh.",
    "p: Hòa giải, hoà nhập; khỏe mạnh, khoẻ mạnh; thủy lợi, thuỷ lợi; quyết tâm; giếng nước.",
    "p: Các cơ quan HĐND, UBND, BCĐ, ĐTM, QĐ-UBND; 50.000đ; café; José.",
    "p: Người dân quên nhập căn cứ; khuya; khuỷu tay; thuở ấy; ngoằn ngoèo; giặc giã; gìn giữ.",
    "nfd: Nguyễn Văn A, Trưởng ban Tuyên giáo và Dân vận.",
]


@pytest.mark.parametrize("outline", FOUND + CLEAN)
def test_real_sentences(outline: str) -> None:
    assert_outline(SyllableMalformed, outline)


def test_address_is_not_read() -> None:
    assert run_rule(SyllableMalformed, "p: Xem https://qũy.example.vn/tòan hoặc tòan@x.vn") == []


@pytest.mark.parametrize("word,why", [
    ("viêt", "sắc hoặc nặng"), ("đă", 'vần "ă"'), ("tòan", "đặt dấu"), ("qúa", "đặt dấu"),
    ("gìa", "đặt dấu"), ("cuả", "đặt dấu"), ("ngiên", 'vần "iên"'), ("tyên", 'vần "yên"'),
    ("cế", 'vần "ê"'), ("gế", 'vần "ê"'), ("hoàà", "hai dấu"), ("tiếếng", "hai dấu"),
])
def test_orthography_finds(word: str, why: str) -> None:
    assert why in (problem(word) or "")


ACCEPTED = """
    việt Việt VIỆT hòa hoà toàn quá quốc quyết quý quỳnh quẹo quên quýt giếng gìn gì già giữa
    giặc người tuổi của khuya khuỷu thuở Nguyễn nghiêng nghĩa ghế kế kiến ươn tuýp hoạch
    khuếch huých oái ngoẹo ngoao yêu yên ỷ ạ ừ xoong soóc quặng huơ khuâng huỳnh
"""


@pytest.mark.parametrize("word", ACCEPTED.split())
def test_orthography_accepts(word: str) -> None:
    assert problem(word) is None


def test_fix_moves_the_tone_mark() -> None:
    (v,) = fixes(SyllableMalformed, "p: Hoàn thành tòan bộ kế hoạch.")
    assert v.suggestion == 'Viết "toàn".'
    assert retone("QÚA", "\u0301") == "QUÁ"
    assert retone("hoà", "\u0300") == "hoà" and retone("hòa", "\u0300") == "hòa"


def test_suggestion_prefers_a_word_of_the_document() -> None:
    (v,) = run_rule(SyllableMalformed, "p: Tổ quốc Việt Nam.{p}Mặt trận Viêt Nam.")
    assert v.suggestion == 'Có thể là "Việt".'
    (v,) = run_rule(SyllableMalformed, "p: Nêu gương người tốt, nguời tốt việc tốt.")
    assert '"người"' in (v.suggestion or "")


def fixes(rule: type, outline: str) -> list:  # the findings that soat fix would apply
    return [p.finding for p in collect_fixes(load(outline), [rule])]
