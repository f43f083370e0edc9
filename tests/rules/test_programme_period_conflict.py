# ruff: noqa: E501  (outline lines are one block each)
"""DAT015 programme-period-conflict: one programme, two periods."""

from pathlib import Path

import pytest

from rules.dates.programme_period_conflict import ProgrammePeriodConflict
from tests.harness import assert_outline, run_rule
from validator.loader import load_path

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "seed" / "bao-cao-thang-01-2026.docx"

CASES = [
    # the user's report: the Đề án cited with its code, then the same Đề án a year earlier
    """
    p: Đề án số 01-ĐA/TU, ngày 14/01/2026 xây dựng mô hình Chủ nghĩa xã hội gắn với con người Xã hội chủ nghĩa tại thành phố Hải Phòng giai đoạn 2026 - 2030 và những năm tiếp theo.
    p: Triển khai Nghị quyết, Đề án xây dựng mô hình Chủ nghĩa xã hội gắn với con người Xã hội chủ nghĩa tại thành phố Hải Phòng giai đoạn 2025 - 2030 và những năm tiếp theo.  # expect: DAT015 "2025 - 2030"
    """,
    # the same period twice; consecutive phases of a plan; different programmes
    """
    p: Kế hoạch cải cách hành chính nhà nước của tỉnh Lâm Đồng giai đoạn 2026 - 2030 được ban hành.
    p: Tổ chức thực hiện Kế hoạch cải cách hành chính nhà nước của tỉnh Lâm Đồng giai đoạn 2026 - 2030.
    p: Kế hoạch đầu tư công trung hạn nguồn ngân sách trung ương giai đoạn 2021 - 2025 và giai đoạn 2026 - 2030.
    p: Phương án phân bổ vốn kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030; tổng mức vốn sự nghiệp nguồn ngân sách tỉnh giai đoạn 2025 - 2030.
    """,
]


@pytest.mark.parametrize("outline", CASES)
def test_programme_period_conflict(outline: str) -> None:
    assert_outline(ProgrammePeriodConflict, outline)


def test_the_period_written_less_often_is_reported() -> None:
    (v,) = run_rule(ProgrammePeriodConflict, """
    p: Đề án phát triển công dân số của tỉnh Lâm Đồng trên nền tảng số giai đoạn 2025 - 2030.
    p: Đề án phát triển công dân số của tỉnh Lâm Đồng trên nền tảng số giai đoạn 2026 - 2030.
    p: Sơ kết Đề án phát triển công dân số của tỉnh Lâm Đồng trên nền tảng số giai đoạn 2026 - 2030.
    """)
    assert v.location.paragraph == 0 and '"2026 - 2030"' in v.message


@pytest.mark.skipif(not SEED.exists(), reason="../shared is not available")
def test_seed_report() -> None:
    from validator.engine import check_document

    found = check_document(load_path(SEED), rules=[ProgrammePeriodConflict]).violations
    assert [(v.location.paragraph, v.related[0].location.paragraph) for v in found] == [(56, 16)]
