"""COD001 code-malformed."""

import pytest

from rules.codes.code_malformed import CodeMalformed
from tests.harness import assert_outline
from tests.outline import party_frame, state_frame

BAD = [
    'p: Nghị quyết số 79 - NQ/TW, ngày 06/01/2026 về kinh tế.  # expect: COD001 "79-NQ/TW"',
    "p: Kết luận số 45/KL-TW, ngày 06/01/2026 của Bộ Chính trị.  # expect: COD001",
    "p: Kế hoạch số 164-KH/UBND ngày 06/01/2026 của UBND tỉnh.  # expect: COD001",
    "p: Nghị định số 126/2024/NĐ- CP của Chính phủ.  # expect: COD001",
    "p: Báo cáo số 15 /BC-CAT-PC06 ngày 08/9/2025 của Công an tỉnh.  # expect: COD001",
    # split across runs, non-breaking hyphen, NBSP, NFD
    "p: Nghị quyết số 79 [[r]]-[[r]] NQ/TW, ngày 06/01/2026.  # expect: COD001",
    "p: Nghị quyết số 79 {nbh} NQ/TW, ngày 06/01/2026.  # expect: COD001",
    "p: Nghị quyết số 79{nbsp}- NQ/TW, ngày 06/01/2026.  # expect: COD001",
    "nfd: Nghị quyết số 79 - NQ/TW về phát triển kinh tế nhà nước.  # expect: COD001",
    "p: Nội dung[^1: Kết luận số 45/KL-TW của Bộ Chính trị.].  # expect: COD001",
    "table: STT | Văn bản // 1 | Nghị quyết số 79 - NQ/TW  # expect: COD001",
]

GOOD = [
    "p: Nghị quyết số 79-NQ/TW, ngày 06/01/2026 về kinh tế nhà nước.",
    "p: Nghị quyết số 79{nbh}NQ/TW, ngày 06/01/2026 (gạch nối không ngắt).",
    "p: Nghị quyết số 07-[[r]]NQ/[[r]]TU, ngày 29/01/2026.",
    "p: Nghị quyết số 244/2025/QH15 và Luật số 16/2023/QH15 của Quốc hội.",
    "p: Quy định số 160-QĐ/TU, ngày 10/01/2026; Quy định số 08-QĐi/TW.",
    "p: Kế hoạch số 218/KH-UBND ngày 26/8/2025; Công văn số 12/UBND-VX.",
    "p: Hướng dẫn số 05/HD-MTTW-BTT ngày 30/7/2025 của Ủy ban MTTQ Việt Nam.",
    "p: Quyết định số 750/QĐ-VICB của VINACERT; Kế hoạch số 996/KH-TCTLNTW-C04.",
    # blank placeholders of a draft
    "p: (Kèm theo Quyết định số        /QĐ-UBND ngày      tháng 12 năm 2025)",
    "p: Tờ trình số  /TTr-SNV ngày …/9/2025 của Sở Nội vụ.",
    # things that look like codes but are not
    "p: Tỷ lệ 1/2000; đạt 08/08 chỉ tiêu; Quý IV/2026; lô I.14/CTHH-01; giai đoạn 2026 - 2030.",
]


@pytest.mark.parametrize("outline", BAD + GOOD)
def test_code_malformed(outline: str) -> None:
    assert_outline(CodeMalformed, outline)


def test_seed_like_report() -> None:
    body = ("p: Thực hiện 02 Nghị quyết mới (Nghị quyết số 79 - NQ/TW, ngày 06/01/2026 về phát "
            "triển kinh tế nhà nước, Nghị quyết số 80-NQ/TW, ngày 07/01/2026).  # expect: COD001")
    (v,) = assert_outline(CodeMalformed, party_frame(body))
    assert v.suggestion and "79-NQ/TW" in v.suggestion


def test_own_number_line_is_left_to_cod006() -> None:
    assert_outline(CodeMalformed, state_frame("p: Nội dung.", number="Số: 28 / BC-UBND"))
