"""DAT009 anniversary-mismatch."""

import pytest

from rules.dates.anniversary_mismatch import AnniversaryMismatch
from tests.harness import assert_outline

CASES = [
    'p: Kỷ niệm 95 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2026).  # expect: DAT009 "96"',
    "p: Lễ kỷ niệm 80 năm Ngày tổng tuyển cử (06/01/1945- 06/01/2026).  # expect: DAT009",
    "p: Kỷ niệm 50 năm Ngày giải phóng (1975 - 2026).  # expect: DAT009",
    # the seed's correct anniversaries
    "p: Lễ kỷ niệm 60 năm Ngày truyền thống ngành Nội chính Đảng (05/01/1966-05/01/2026); Lễ "
    "kỷ niệm 80 năm Ngày tổng tuyển cử đầu tiên bầu Quốc hội Việt Nam (06/01/1946- 06/01/2026); "
    "kỷ niệm 96 năm ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2026).",
    "p: Kỷ niệm 96 năm Ngày thành lập Đảng (03/02/1930{nbsp}-{nbsp}03/02/2026).",
    "p: Kỷ niệm 96 năm ngày thành lập Đảng; giai đoạn (2026 - 2030).",
]


@pytest.mark.parametrize("outline", CASES)
def test_anniversary_mismatch(outline: str) -> None:
    assert_outline(AnniversaryMismatch, outline)
