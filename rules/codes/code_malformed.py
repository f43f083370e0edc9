"""Rule COD001 code-malformed."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

_WHAT = {
    "spaces": "có khoảng trắng bên trong",
    "party-as-state": "là số ký hiệu văn bản của Đảng nhưng viết theo dạng văn bản nhà nước",
    "state-as-party": "là số ký hiệu văn bản nhà nước nhưng viết theo dạng văn bản của Đảng",
    "no-number": "thiếu số văn bản",
}

# Unambiguous repairs: the normalised code is the only reading of what was typed.
_SAFE = {"spaces", "party-as-state"}


class CodeMalformed(Rule):
    """Flags a cited document code written against its system's grammar.

    Why: a code with spaces inside ("79 - NQ/TW"), a Party code written with the state
    separators ("45/KL-TW") or a state code with the Party ones ("164-KH/UBND"), or a code
    with no number cannot be searched for or matched with the cited document; reviewers send
    such drafts back.

    Tóm tắt: Số, ký hiệu văn bản được dẫn viết sai dạng (khoảng trắng bên trong, sai dấu phân cách,
    thiếu số).

    Vì sao: Số, ký hiệu có khoảng trắng bên trong ("79 - NQ/TW"), ký hiệu văn bản của Đảng viết theo
    dấu phân cách của Nhà nước ("45/KL-TW") hoặc ngược lại ("164-KH/UBND"), hay thiếu số, thì không
    tra cứu được và không khớp với văn bản được dẫn; người thẩm định sẽ trả lại dự thảo.

    Bad:
        p: Thực hiện Nghị quyết số 79 - NQ/TW, ngày 06/01/2026 của Bộ Chính trị.  # expect: COD001
    Good:
        p: Thực hiện Nghị quyết số 79-NQ/TW, ngày 06/01/2026 của Bộ Chính trị.
    """

    id = "COD001"
    name = "code-malformed"
    severity = Severity.ERROR
    fixable = True  # spaces inside a code and a Party code's separators

    def check(self, doc: Document) -> Iterator[Finding]:
        own = self.analysis.frame.number_line
        for c in self.analysis.citations:
            if own is not None and c.paragraph is own:
                continue  # the document's own number line: own-number-line-form
            problems = [_WHAT[i] for i in c.issues if i in _WHAT]
            if not problems:
                continue
            safe = c.number and set(c.issues) <= _SAFE and c.code != c.raw
            yield Finding(
                c.location,
                f"Số ký hiệu \"{c.raw}\" {', '.join(problems)}"
                + (f" (đúng dạng: \"{c.code}\")." if c.number else "."),
                suggestion=f"Viết \"{c.code}\"." if c.number else
                "Ghi đủ số, ký hiệu của văn bản được dẫn.",
                fix=Fix(c.code) if safe else None,
            )
