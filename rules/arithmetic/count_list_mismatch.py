"""ARI005: a count that the items it counts do not match."""

from __future__ import annotations

from collections.abc import Iterator

from rules.arithmetic._claims import failing, related, severity
from validator.analysis.claims.model import COUNT
from validator.model import Document
from validator.rule import Finding, Rule, Severity


class CountListMismatch(Rule):
    """Flags a count whose items, named or listed after it, are a different number.

    Why: "Đã ban hành 04 kế hoạch: Kế hoạch số 15/…, Kế hoạch số 16/… và Kế hoạch số
    21/…", "khởi công 03 khu công nghiệp, gồm A và B", "gồm 05 nhiệm vụ sau:" followed by
    six items, "(06 nhiệm vụ): (1) … (5)", or a charter "gồm 08 Chương, 27 Điều" with 26
    articles contradict themselves. Items are counted as the text marks them: numbered
    "(1) … (n)", named by their kind ("Kế hoạch số …"), list paragraphs that follow, or names
    separated by commas. Lists given as a selection ("như", "nổi bật là", "tiêu biểu",
    "trong đó") and bounds ("tối thiểu 03 thành viên") are left alone.

    Tóm tắt: Số lượng nêu ra khác với số mục được liệt kê (cùng câu, đánh số hoặc ở các đoạn ngay
    sau), hoặc số chương, điều của văn bản.

    Vì sao: "Đã ban hành 04 kế hoạch: Kế hoạch số 15/…, Kế hoạch số 16/… và Kế hoạch số 21/…", "khởi
    công 03 khu công nghiệp, gồm A và B", "gồm 05 nhiệm vụ sau:" mà các đoạn tiếp theo nêu sáu nhiệm
    vụ, hay "gồm 08 Chương, 27 Điều" mà chỉ có 26 điều: văn bản tự mâu thuẫn. Các mục được đếm theo
    cách văn bản đánh dấu: đánh số "(1) … (n)", gọi theo loại ("Kế hoạch số …"), các đoạn liệt kê
    ngay sau, hoặc các tên cách nhau bằng dấu phẩy. Danh sách nêu ví dụ ("như", "nổi bật là", "tiêu
    biểu", "trong đó") và giới hạn ("tối thiểu 03 thành viên") không bị so.

    Bad:
        p: Ban hành 04 kế hoạch: Kế hoạch số 15/KH-UBND và Kế hoạch số 21/KH-UBND.  # expect: ARI005
    Good:
        p: Ban hành 02 kế hoạch: Kế hoạch số 15/KH-UBND và Kế hoạch số 21/KH-UBND.
    """

    id = "ARI005"
    name = "count-list-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for c in failing(self.analysis, (COUNT,)):
            text = c.computation[0].upper() + c.computation[1:]
            yield Finding(
                c.location,
                f"{text}.",
                suggestion="Sửa số lượng hoặc danh sách cho khớp.",
                severity=severity(c),
                related=related(c, "mục đầu tiên của danh sách"),
            )
