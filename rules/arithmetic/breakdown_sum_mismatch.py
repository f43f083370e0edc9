"""ARI002: a total stated in prose is not the sum of the parts given with it."""

from __future__ import annotations

from collections.abc import Iterator

from rules.arithmetic._claims import failing, related, severity
from validator.analysis.claims.model import POINTS, SUBSET, SUM
from validator.model import Document
from validator.rule import Finding, Rule, Severity


class BreakdownSumMismatch(Rule):
    """Flags a total whose parts, as the text gives them, do not add up to it.

    Why: "Toàn tỉnh có 245 hợp tác xã, gồm 112 … và 143 …", "2.227 dịch vụ công (gồm 1.870
    … và 357 …)", "Tổng dự toán là 23.997 tỷ đồng, trong đó:" followed by its items, or a
    growth rate split into contributions in percentage points: every reader adds them up.
    Parts introduced by "gồm", "bao gồm", "cụ thể", a colon or brackets must make the total;
    parts after "trong đó" may be only some of it, but never more than it. Amounts written
    in a scale ("tỷ đồng") are rounded, so a sum may miss its total by the rounding of each
    term; counts must match exactly. Rates and averages are never added up.

    Tóm tắt: Tổng không bằng các phần nêu kèm (gồm, bao gồm, trong đó, trong ngoặc, các mục liệt kê
    sau), hoặc mức tăng chung không bằng tổng các mức đóng góp.

    Vì sao: Người đọc nào cũng cộng lại "Toàn tỉnh có 245 hợp tác xã, gồm 112 … và 143 …", "2.227
    dịch vụ công (gồm 1.870 … và 357 …)" hay "Tổng dự toán là 23.997 tỷ đồng, trong đó:" cùng các
    mục liệt kê sau; cũng vậy với một tốc độ tăng được chia thành các mức đóng góp tính bằng điểm
    phần trăm. Các phần sau "gồm", "bao gồm", "cụ thể", dấu hai chấm hoặc trong ngoặc phải cộng bằng
    tổng; các phần sau "trong đó" có thể chỉ là một phần nhưng không được lớn hơn tổng. Số viết theo
    đơn vị lớn ("tỷ đồng") đã làm tròn nên tổng được phép lệch trong phạm vi làm tròn; số đếm phải
    khớp đúng. Tỷ lệ, tốc độ tăng và số bình quân không bao giờ được cộng.

    Bad:
        p: Có 245 hợp tác xã, gồm 112 hợp tác xã A và 143 hợp tác xã B.  # expect: ARI002
    Good:
        p: Có 255 hợp tác xã, gồm 112 hợp tác xã A và 143 hợp tác xã B.
    """

    id = "ARI002"
    name = "breakdown-sum-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for c in failing(self.analysis, (SUM, SUBSET, POINTS), source="text"):
            what = "Mức tăng chung" if c.kind == POINTS else "Tổng"
            yield Finding(
                c.location,
                f"{what} không khớp với các phần: {c.computation}.",
                suggestion="Kiểm tra lại số tổng hoặc từng phần.",
                severity=severity(c),
                related=related(c, "phần liệt kê"),
            )

