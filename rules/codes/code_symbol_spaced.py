"""Rule COD011 code-symbol-spaced."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.model import Document
from validator.rule import Finding, Rule, Severity

# After a code, the rest of its symbol cut off by spaces: short capital groups ("MT", "BTh")
# or a number ("557"), followed by what follows a citation (its date, its issuer, a comma).
TAIL_RE = recache.compile(
    r"(?P<tail>(?: (?:[A-ZĐ][A-ZĐa-z]{0,5}|\d{1,4}))+)"
    r"(?=\s*(?:[,;)]|$|ngày\b|của\b|về\b|do\b|v/v\b))"
)
# a word of running text that looks like a capital group is no part of a symbol
WORDS = frozenset({"Về", "Của", "Và", "Do", "Tại", "Theo"})


class CodeSymbolSpaced(Rule):
    """Flags a cited code whose symbol goes on after a space ("192/KH-ĐKT 557").

    Why: a number and symbol is written solid, its parts joined by "/" and "-" (Nghị định 30,
    Phụ lục I §II.3; Hướng dẫn 36 §II.1.3); "10/ĐĐN-CLB MT BTh" cannot be searched for or
    matched with the document it names, and readers cannot tell where the code ends. Only a
    tail that the citation's date or issuer follows is read as part of the symbol.

    Tóm tắt: Ký hiệu văn bản được dẫn có khoảng trắng bên trong phần ký hiệu ("192/KH-ĐKT 557").

    Vì sao: Số, ký hiệu văn bản viết liền, các phần nối bằng "/" và "-" (Nghị định 30, Phụ lục I mục
    II.3; Hướng dẫn 36 mục II.1.3); "10/ĐĐN-CLB MT BTh" không tra cứu được, không khớp được với văn
    bản được dẫn, và người đọc không biết ký hiệu kết thúc ở đâu. Chỉ phần đuôi có ngày hoặc cơ quan
    ban hành đi ngay sau mới được coi là thuộc ký hiệu.

    Bad:
        p: Theo Đơn đề nghị số 10/ĐĐN-CLB MT BTh ngày 30 tháng 8 năm 2025.  # expect: COD011
    Good:
        p: Theo Đơn đề nghị số 10/ĐĐN-CLBMTBTh ngày 30 tháng 8 năm 2025.
        p: Kế hoạch số 192/KH-ĐKT557 ngày 23/4/2025 của Đoàn kiểm tra 557.
    """

    id = "COD011"
    name = "code-symbol-spaced"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        for c in self.analysis.citations:
            if c.system == "qh" or not c.number:
                continue
            end = c.offset + c.length
            m = TAIL_RE.match(c.paragraph.match, end)
            if m is None or any(w in WORDS for w in m["tail"].split()):
                continue
            raw = c.paragraph.text[c.offset:m.end()]
            solid = re.sub(r"\s+", "", raw)
            yield Finding(
                c.paragraph.at(c.offset, m.end() - c.offset),
                f"Ký hiệu \"{raw}\" có khoảng trắng bên trong; số, ký hiệu văn bản viết liền.",
                suggestion=f"Viết liền như văn bản gốc, ví dụ \"{solid}\".",
            )
