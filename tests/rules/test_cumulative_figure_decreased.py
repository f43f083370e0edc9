"""XDC005 cumulative-figure-decreased, with sentences of the Đề án 06 monthly reports."""

from __future__ import annotations

import pytest

from rules.crossdoc.cumulative_figure_decreased import CumulativeFigureDecreased
from tests.crossharness import assert_documents
from tests.rules._series import month

LLTP = ("p: Tính đến ngày 15/{m}/2025, toàn tỉnh đã phát sinh {n} hồ sơ cấp phiếu Lý lịch tư "
        "pháp trên ứng dụng VNeID.")
TRA_CUU = ("p: Đến nay, tổng số lượt tra cứu bằng CCCD khi đi khám chữa bệnh BHYT là {n} lượt; "
           "trong đó, {k} lượt tra cứu thành công.")

CASES = [
    # the running total of month 11 below month 10's
    month(10, LLTP.format(m=10, n="14.092")) + month(11, LLTP.format(m=11, n="3.065")
                                                     + "  # expect: XDC005 \"14.092\""),
    # growing totals, "đến nay" and "; trong đó" included
    month(8, TRA_CUU.format(n="8.922.249", k="7.785.689"))
    + month(9, TRA_CUU.format(n="9.024.994", k="7.923.715")),
    # ... and falling: one finding for the paragraph
    month(8, TRA_CUU.format(n="8.922.249", k="7.785.689"))
    + month(9, TRA_CUU.format(n="8.024.994", k="6.923.715") + "  # expect: XDC005"),
    # compared only with the report just before: month 8 vs month 10 says nothing
    month(8, LLTP.format(m=8, n="14.092")) + month(10, LLTP.format(m=10, n="3.065")),
    # stocks ("đang triển khai") and in-month figures may go down
    month(8, "p: Đến nay, toàn tỉnh có 18 mô hình đang triển khai.")
    + month(9, "p: Đến nay, toàn tỉnh có 16 mô hình đang triển khai."),
    month(8, "p: Trong tháng, toàn tỉnh phát sinh 5.211 hồ sơ dịch vụ công liên thông.")
    + month(9, "p: Trong tháng, toàn tỉnh phát sinh 3.090 hồ sơ dịch vụ công liên thông."),
    month(8, "p: Tính đến nay, đã phát sinh 52.642 hồ sơ. Trong tháng, phát sinh 5.211 hồ sơ liên thông.")
    + month(9, "p: Tính đến nay, đã phát sinh 58.853 hồ sơ. Trong tháng, phát sinh 3.090 hồ sơ liên thông."),
    # the wording differs: not known to be the same indicator
    month(10, "p: Đến nay đã có 15.860 cơ quan, tổ chức, hợp tác xã, doanh nghiệp đăng ký.")
    + month(11, "p: Đến nay đã có 2.111 cơ quan, tổ chức đăng ký."),
    # another series (another issuer) is not compared
    month(10, LLTP.format(m=10, n="14.092"))
    + month(11, LLTP.format(m=11, n="3.065")).replace("UBND TỈNH LÂM ĐỒNG", "UBND TỈNH KHÁNH HÒA"),
]


@pytest.mark.parametrize("outline", CASES)
def test_cases(outline: str) -> None:
    assert_documents(CumulativeFigureDecreased, outline)
