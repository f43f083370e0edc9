"""TYP006: a year range or term written with an en or em dash ("(2024 – 2029)")."""

from __future__ import annotations

from collections.abc import Iterator

from rules.spelling._text import document_text
from validator import recache
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

DASHES = "\u2013\u2014\u2012\u2015\u2212"
RANGE_RE = recache.compile(
    r"(?<![\d/.,])(?:19|20)\d\d(\s*)([\u2013\u2014\u2012\u2015\u2212])(\s*)(?:19|20)\d\d(?![\d/])"
)


class YearRangeDash(Rule):
    """Flags a year range or term written with a long dash: "nhiệm kỳ (2024 – 2029)".

    Administrative texts write a period with a hyphen, "giai đoạn 2021 - 2025", "nhiệm kỳ
    2025 - 2030", as the real reports do in more than nine cases out of ten; the reviewers
    replaced every long dash of a draft's terms by a hyphen. ``soat fix`` does the same.

    Why: one form of the same period throughout the document and across the office's papers.

    Tóm tắt: Khoảng năm, nhiệm kỳ viết bằng gạch dài ("2024 – 2029") thay vì gạch nối ("2024 -
    2029").

    Vì sao: Cùng một khoảng thời gian được viết một kiểu trong suốt văn bản và trong các văn bản của
    cơ quan.

    Bad:
        p: Đại hội nhiệm kỳ lần thứ VI (2024 – 2029) của Hiệp hội.  # expect: TYP006
    Good:
        p: Đại hội nhiệm kỳ lần thứ VI (2024 - 2029) của Hiệp hội; giai đoạn 2021-2025.
    """

    id = "TYP006"
    name = "year-range-dash"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        view = self.analysis.of(document_text)
        if not any(c in view.text for c in DASHES):
            return
        for p in view.paragraphs:
            if not any(c in p.text for c in DASHES):
                continue
            for m in RANGE_RE.finditer(p.text):
                start = m.start(2)
                yield Finding(
                    p.at(start, 1),
                    f"Khoảng năm \"{m.group(0)}\" viết bằng gạch dài \"{m.group(2)}\".",
                    suggestion="Viết khoảng năm bằng gạch nối \"-\" (ví dụ \"2025 - 2030\").",
                    fix=Fix("-"),
                )
