"""TYP005: "hàng năm" written for "hằng năm" (every year), and likewise for months, days."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rules.spelling._text import document_text
from validator import recache
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

# "hàng năm trời" (for years on end) and "hàng năm 2025" (the goods of 2025) keep "hàng".
HANG_RE = recache.compile(
    r"(?<![^\W\d_])(hàng)\s+(năm|tháng|ngày|tuần|quý)(?![^\W\d_])(?!\s+(?:trời|nay|\d))",
    re.IGNORECASE,
)


class HangNamMisspelled(Rule):
    """Flags "hàng năm", "hàng tháng", "hàng ngày", "hàng tuần", "hàng quý" meaning "every".

    "Hằng" means "every" ("hằng năm", each year); "hàng" is a row or goods. The reviewers of
    the real reports corrected "hàng năm" to "hằng năm" wherever a draft had it, and the
    finals write "hằng năm" almost twice as often. "hàng năm trời" (for years on end) and
    "hàng" followed by a year number are left alone. ``soat fix`` writes "hằng".

    Why: one spelling throughout, the one the reviewers ask for, spares a round of comments.

    Tóm tắt: Viết "hàng năm", "hàng tháng", "hàng ngày" thay cho "hằng năm", "hằng tháng", "hằng
    ngày" (nghĩa là mỗi năm, mỗi tháng, mỗi ngày).

    Vì sao: Với nghĩa "mỗi năm, mỗi tháng", từ điển và người thẩm định đều dùng "hằng"; viết thống
    nhất như vậy bớt được một lượt góp ý.

    Bad:
        p: Đóng hội phí hàng năm đầy đủ.  # expect: TYP005
        p: Hàng năm, Hiệp hội phải báo cáo tình hình tổ chức.  # expect: TYP005
    Good:
        p: Đóng hội phí hằng năm đầy đủ; lương hưu trả hằng tháng.
        p: Chờ đợi hàng năm trời; giá trị hàng năm 2025 tăng; hàng nghìn lượt khách.
    """

    id = "TYP005"
    name = "hang-nam-misspelled"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        view = self.analysis.of(document_text)
        if "àng" not in view.text and "ÀNG" not in view.text:
            return
        for p in view.paragraphs:
            if "àng" not in p.text and "ÀNG" not in p.text:
                continue
            for m in HANG_RE.finditer(p.text):
                word = m.group(1)
                right = {"hàng": "hằng", "Hàng": "Hằng", "HÀNG": "HẰNG"}.get(word, "hằng")
                yield Finding(
                    p.at(m.start(1), len(word)),
                    f"\"{m.group(0)}\" (nghĩa là mỗi {m.group(2).lower()}) viết là "
                    f"\"{right} {m.group(2)}\".",
                    suggestion=f"Viết \"{right} {m.group(2)}\".",
                    fix=Fix(right),
                )
