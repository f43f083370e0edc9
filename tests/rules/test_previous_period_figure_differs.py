"""XDC006 previous-period-figure-differs, with the Đề án 06 reports' "so với tháng trước"."""

from __future__ import annotations

import pytest

from rules.crossdoc.previous_period_figure_differs import PreviousPeriodFigureDiffers
from tests.crossharness import assert_documents
from tests.rules._series import month

ASM = ("p: Triển khai thông báo lưu trú qua ứng dụng ASM cho {n} cơ sở khám chữa bệnh{q} để "
       "phục vụ công tác phòng ngừa tội phạm.")
ASXH = ("p: d) Trong tháng, tuyên truyền, vận động thực hiện chi trả an sinh xã hội qua tài "
        "khoản cho {n} người hưởng chế độ{q}, giúp người dân không mất thời gian.")

CASES = [
    # 189 - 70 = 119, as month 8 said
    month(8, ASM.format(n="119", q="")) + month(9, ASM.format(n="189", q=" (tăng 70 cơ sở so với tháng trước)")),
    # month 10 kept month 9's change: 7.442 - 2.592 is not month 9's 7.442
    month(9, ASM.format(n="7.442", q="")) + month(10, ASM.format(n="7.442", q=" (tăng 2.592 cơ sở so với tháng trước)") + "  # expect: XDC006 \"7.442\""),
    # 69.436 - 12.685 = 56.751; a fall quoted as "giảm"
    month(10, ASXH.format(n="56.751", q="")) + month(11, ASXH.format(n="69.436", q=" (tăng 12.685 người so với tháng trước)")),
    month(10, ASXH.format(n="56.751", q="")) + month(11, ASXH.format(n="50.000", q=" (giảm 6.751 người so với tháng trước)")),
    month(10, ASXH.format(n="56.751", q="")) + month(11, ASXH.format(n="50.000", q=" (giảm 6.000 người so với tháng trước)") + "  # expect: XDC006"),
    # the previous report is not among those checked, or does not give the indicator
    month(8, ASM.format(n="119", q="")) + month(10, ASM.format(n="7.442", q=" (tăng 2.592 cơ sở so với tháng trước)")),
    month(9, ASXH.format(n="56.751", q="")) + month(10, ASM.format(n="7.442", q=" (tăng 2.592 cơ sở so với tháng trước)")),
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_documents(PreviousPeriodFigureDiffers, outline)
