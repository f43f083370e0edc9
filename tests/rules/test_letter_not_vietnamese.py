"""TYP002 letter-not-vietnamese, on the OCR-like text of a real submission sheet."""

import pytest

from rules.spelling.letter_not_vietnamese import LetterNotVietnamese
from tests.harness import assert_outline


@pytest.mark.parametrize("outline", [
    "p: Dữ liệu là tài nguyên chiến lược mới, là nền tảng cūa chuyển đổi số.  # expect: TYP002",
    "p: Yêu cầu các dja phương phải tổ chức bộ máy chỉ đạo.  # expect: TYP002 \"đ\"",
    "p: Được quét bång CamScanner  # expect: TYP002",
    "p: Dja phương đã triển khai.  # expect: TYP002",
    "p: Là nền tảng của chuyển đổi số; các địa phương phải tổ chức bộ máy.",
    "p: Chuyên gia Müller (Zürich) và thư viện Django; tiếng trống djembe; São Paulo.",
    "p: DJ Nguyễn trình diễn; dj",
])
def test_real_sentences(outline: str) -> None:
    assert_outline(LetterNotVietnamese, outline)
