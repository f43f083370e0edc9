"""Rule XDC006 previous-period-figure-differs."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from rules.crossdoc._shared import counterpart, unique
from validator.crossdoc.index import CrossFinding, CrossRule, Index, Ref, file_name
from validator.rule import Severity


class PreviousPeriodFigureDiffers(CrossRule):
    """Flags a change "so với tháng trước" that does not match the previous report's figure.

    "cấp 7.442 tài khoản (tăng 2.592 cơ sở so với tháng trước)" says last month's report gave
    4.850; when the series' report for the previous period (or, for "cùng kỳ", the same period
    a year before) gives the same indicator, written with the same words, another value, the
    figure or the change is wrong. Nothing is said when that report is not among the
    documents checked or does not give the indicator.

    Why: the change is often carried over from last month's file with the figure updated
    but not the change, or the other way round.

    Tóm tắt: Mức tăng, giảm "so với tháng trước" không khớp với số của báo cáo kỳ trước
    trong cùng loạt.

    Vì sao: Mức tăng, giảm thường được giữ nguyên từ tệp của tháng trước trong khi số liệu
    đã cập nhật, hoặc ngược lại.

    Bad:
        file: thang-9.docx
        p: ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        p: Lâm Đồng, ngày 20 tháng 9 năm 2025
        p: BÁO CÁO
        p: Kết quả triển khai Đề án 06 tháng 9/2025
        p: Đồng thời, cấp 7.442 tài khoản cho cơ sở kinh doanh lưu trú.
        file: thang-10.docx
        p: ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        p: Lâm Đồng, ngày 20 tháng 10 năm 2025
        p: BÁO CÁO
        p: Kết quả triển khai Đề án 06 tháng 10/2025
        p: Đồng thời, cấp 7.442 tài khoản cho cơ sở kinh doanh lưu trú (tăng 2.592 cơ sở so với tháng trước).  # expect: XDC006
    Good:
        file: thang-9.docx
        p: ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        p: Lâm Đồng, ngày 20 tháng 9 năm 2025
        p: BÁO CÁO
        p: Kết quả triển khai Đề án 06 tháng 9/2025
        p: Đồng thời, cấp 4.850 tài khoản cho cơ sở kinh doanh lưu trú.
        file: thang-10.docx
        p: ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        p: Lâm Đồng, ngày 20 tháng 10 năm 2025
        p: BÁO CÁO
        p: Kết quả triển khai Đề án 06 tháng 10/2025
        p: Đồng thời, cấp 7.442 tài khoản cho cơ sở kinh doanh lưu trú (tăng 2.592 cơ sở so với tháng trước).
    """

    id = "XDC006"
    name = "previous-period-figure-differs"
    severity = Severity.ERROR

    def check_index(self, index: Index) -> Iterator[CrossFinding]:
        for reports in index.series.values():
            for doc in reports:
                if doc.period is None:
                    continue
                for s in doc.stated:
                    if s.previous is None:
                        continue
                    want = doc.period.previous() if s.previous_of == "previous" \
                        else doc.period.year_before()
                    olds = [(p, o) for p in reports if p.period == want
                            and (o := counterpart(unique(p.stated), s)) is not None]
                    if not olds or any(Decimal(o.value) == Decimal(s.previous) for _, o in olds):
                        continue
                    prev, old = olds[-1]
                    yield CrossFinding(
                        doc.path, s.place,
                        f'"{s.token}" ({s.previous_text}) cho thấy kỳ {want.label()} là '
                        f'{_vi(Decimal(s.previous))}, nhưng báo cáo kỳ đó '
                        f'("{file_name(prev.path)}") ghi "{old.token}".',
                        refs=(Ref(prev.path, old.place, "Số kỳ trước"),),
                        suggestion="Kiểm tra lại số liệu hoặc mức tăng, giảm so với kỳ trước.",
                    )


def _vi(value: Decimal) -> str:
    """An integer with Vietnamese thousands dots: 4850 -> "4.850"."""
    return f"{int(value):,}".replace(",", ".")
