"""ARI008: a change that is not the difference of the two figures it is stated with."""

from __future__ import annotations

from collections.abc import Iterator

from rules.arithmetic._claims import failing, severity
from validator.analysis.claims.model import CHANGE
from validator.model import Document
from validator.rule import Finding, Rule, Severity


class ChangeMismatch(Rule):
    """Flags an increase or decrease that is not the difference of its two figures.

    Why: "So với năm 2010 tăng 54 vụ (209/155)", "giảm từ 1.200 hộ xuống 900 hộ, giảm 300
    hộ", a "Tăng/giảm" column next to the two columns it compares: the reader subtracts.
    A change stated as "tăng" while the figures went down (or the reverse) is reported too.

    Tóm tắt: Mức tăng, giảm không bằng hiệu của hai số liệu được so sánh, hoặc ghi tăng mà số liệu
    giảm.

    Vì sao: "So với năm 2010 tăng 54 vụ (209/155)", "giảm từ 1.200 hộ xuống 900 hộ, giảm 300 hộ",
    một cột "Tăng/giảm" cạnh hai cột được so: người đọc sẽ tự trừ. Ghi "tăng" trong khi số liệu giảm
    (hoặc ngược lại) cũng bị báo.

    Bad:
        p: Năm 2016 bắt giữ 390 vụ, so với năm 2015 tăng 68 vụ (390/332).  # expect: ARI008
    Good:
        p: Năm 2016 bắt giữ 390 vụ, so với năm 2015 tăng 68 vụ (390/322).
    """

    id = "ARI008"
    name = "change-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for c in failing(self.analysis, (CHANGE,)):
            yield Finding(
                c.location,
                f"Mức tăng, giảm không khớp với hai số liệu: {c.computation}.",
                suggestion="Kiểm tra lại mức tăng, giảm hoặc hai số liệu được so sánh.",
                severity=severity(c),
            )
