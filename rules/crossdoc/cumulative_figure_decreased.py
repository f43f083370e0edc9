"""Rule XDC005 cumulative-figure-decreased."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from rules.crossdoc._shared import counterpart, unique
from validator.crossdoc.index import CrossFinding, CrossRule, Index, Ref, file_name
from validator.rule import Severity


class CumulativeFigureDecreased(CrossRule):
    """Flags a cumulative figure smaller than the one the series' previous report gave.

    A figure counts as cumulative when the sentence gives it since a fixed start ("lũy kế",
    "từ đầu năm đến nay", "tính đến ngày …", "từ ngày … đến nay", "đến nay, đã …") and
    nothing in its clause makes it a stock ("đang", "còn", "chưa", "tỷ lệ"). It is compared
    only with the figure of the report for the period just before, written with the same
    words around it (the same indicator and unit); otherwise nothing is said.

    Why: a running total never goes down from one month to the next; a smaller one is a
    figure copied from another line, a total restarted without saying so, or a typing slip.

    Tóm tắt: Số lũy kế ("tính đến ngày", "từ đầu năm đến nay") nhỏ hơn số của báo cáo kỳ
    trước trong cùng loạt, cho cùng chỉ tiêu.

    Vì sao: Số cộng dồn không thể giảm từ tháng này sang tháng sau; số nhỏ hơn là số chép
    nhầm dòng, số đã tính lại từ đầu mà không nói rõ, hoặc gõ sai.

    Bad:
        file: thang-10.docx
        p: ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        p: Lâm Đồng, ngày 20 tháng 10 năm 2025
        p: BÁO CÁO
        p: Kết quả triển khai Đề án 06 tháng 10/2025
        p: Tính đến ngày 15/10/2025, toàn tỉnh đã phát sinh 14.092 hồ sơ cấp phiếu Lý lịch tư pháp.
        file: thang-11.docx
        p: ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        p: Lâm Đồng, ngày 20 tháng 11 năm 2025
        p: BÁO CÁO
        p: Kết quả triển khai Đề án 06 tháng 11/2025
        p: Tính đến ngày 15/11/2025, toàn tỉnh đã phát sinh 3.065 hồ sơ cấp phiếu Lý lịch tư pháp.  # expect: XDC005
    Good:
        file: thang-10.docx
        p: ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        p: Lâm Đồng, ngày 20 tháng 10 năm 2025
        p: BÁO CÁO
        p: Kết quả triển khai Đề án 06 tháng 10/2025
        p: Tính đến ngày 15/10/2025, toàn tỉnh đã phát sinh 14.092 hồ sơ cấp phiếu Lý lịch tư pháp.
        file: thang-11.docx
        p: ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        p: Lâm Đồng, ngày 20 tháng 11 năm 2025
        p: BÁO CÁO
        p: Kết quả triển khai Đề án 06 tháng 11/2025
        p: Tính đến ngày 15/11/2025, toàn tỉnh đã phát sinh 17.065 hồ sơ cấp phiếu Lý lịch tư pháp.
    """

    id = "XDC005"
    name = "cumulative-figure-decreased"
    severity = Severity.WARNING

    def check_index(self, index: Index) -> Iterator[CrossFinding]:
        for reports in index.series.values():
            for doc in reports:
                previous = index.previous(reports, doc)
                if not previous:
                    continue
                before = [unique(p.stated, ("cumulative",)) for p in previous]
                reported: set[int | None] = set()
                for s in unique(doc.stated, ("cumulative",)).values():
                    olds = [(p, o) for p, b in zip(previous, before)
                            if (o := counterpart(b, s)) is not None]
                    if not olds or not all(Decimal(o.value) > Decimal(s.value) for _, o in olds):
                        continue
                    if s.place.location.paragraph in reported:
                        continue  # one finding per paragraph
                    reported.add(s.place.location.paragraph)
                    prev, old = olds[-1]
                    assert prev.period is not None
                    yield CrossFinding(
                        doc.path, s.place,
                        f'Số lũy kế "{s.token}" nhỏ hơn số "{old.token}" của báo cáo kỳ '
                        f'{prev.period.label()} ("{file_name(prev.path)}") cho cùng chỉ tiêu.',
                        refs=(Ref(prev.path, old.place, "Số kỳ trước"),),
                        suggestion="Kiểm tra lại số liệu, hoặc ghi rõ nếu cách tính đã thay đổi.",
                    )
