"""ARI007: the percentage of a part does not follow from the total it is a part of."""

from __future__ import annotations

from collections.abc import Iterator

from rules.arithmetic._claims import failing, severity
from validator.analysis.claims.model import SHARE
from validator.model import Document
from validator.rule import Finding, Rule, Severity


class ShareMismatch(Rule):
    """Flags the percentage of a part that is not the part over its stated total.

    Why: "Tổng số … là 12.480 hồ sơ; trong đó: giải quyết đúng hạn 12.106 hồ sơ (tỷ lệ
    95,0%)", "ước đạt 400 triệu USD, chiếm 97% số vốn", "2.775.718 tài khoản, kích hoạt
    2.202.278 tài khoản (đạt tỷ lệ 79,34%)": the share can be recomputed from the two
    figures. It agrees when the exact ratio rounds or truncates to the decimals written.
    When the total is tied to the part by "trong đó", brackets or "tổng số" the finding is
    an error; when it is only the nearest larger figure counting the same thing, a warning.

    Tóm tắt: Tỷ lệ của một phần ("trong đó … (tỷ lệ p%)", "chiếm p%") không đúng với tổng mà nó
    thuộc về.

    Vì sao: "Tổng số … là 12.480 hồ sơ; trong đó: giải quyết đúng hạn 12.106 hồ sơ (tỷ lệ 95,0%)"
    hay "ước đạt 400 triệu USD, chiếm 97% số vốn" tính lại được từ hai con số. Tỷ lệ được coi là
    đúng khi bằng tỷ số thật, làm tròn hoặc cắt bớt đến số chữ số thập phân đã viết. Khi tổng gắn
    với phần bằng "trong đó", dấu ngoặc hay "tổng số" thì là lỗi; khi tổng chỉ là con số lớn hơn gần
    nhất đếm cùng một thứ thì là cảnh báo.

    Bad:
        p: Tổng số là 12.480 hồ sơ; trong đó: đúng hạn 12.106 hồ sơ (tỷ lệ 95,0%).  # expect: ARI007
    Good:
        p: Tổng số là 12.480 hồ sơ; trong đó: đúng hạn 12.106 hồ sơ (tỷ lệ 97,0%).
    """

    id = "ARI007"
    name = "share-mismatch"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        for c in failing(self.analysis, (SHARE,)):
            yield Finding(
                c.location,
                f"Tỷ lệ của phần trong tổng không khớp: {c.computation}.",
                suggestion="Kiểm tra lại tỷ lệ hoặc số tổng.",
                severity=severity(c),
            )
