"""CAP002: a cited document's type name in small letters ("nghị định số 30/2020/NĐ-CP")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rules.capitalisation._text import capitalise, inside, quoted, running_paragraphs
from validator import recache
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

# The type names of Phụ lục III (state) and HD 36 (Party) that are cited with a number.
_TYPES = (
    "nghị quyết liên tịch", "thông tư liên tịch", "văn bản hợp nhất", "nghị quyết", "quyết định",
    "chỉ thị", "kết luận", "quy định", "quy chế", "quy hoạch", "thông báo", "thông tri",
    "thông cáo", "hướng dẫn", "chương trình", "kế hoạch", "đề án", "phương án", "tờ trình",
    "báo cáo", "công văn", "công điện", "nghị định", "thông tư", "pháp lệnh", "bộ luật", "luật",
)
# A type name followed by its number: "số 30/2020/NĐ-CP", "số 12", "57-NQ/TW".
CITED_RE = recache.compile(
    r"(?<!\w)(?<!pháp )(?<!kỷ )(" + "|".join(_TYPES) + r")"
    r"(?=\s+số\s+\d|\s+\d+(?:/\d{4})?[/-](?-i:[A-ZĐ]))",
    re.IGNORECASE,
)

_NUMBERED_RE = recache.compile(r"số\s+\d|\d[/-][A-ZĐ]")


def _expected(name: str) -> str:
    """Phụ lục II, V.6: the first letter of the type name only ("Thông tư liên tịch")."""
    return capitalise(name.lower())


class DocumentTypeNotCapitalised(Rule):
    """Flags the type name of a cited document not written with one capital ("nghị định số").

    Why: Nghị định 30/2020/NĐ-CP, Phụ lục II, V.6: the type name of a particular document
    is capitalised, and only its first letter: "Nghị định số 30/2020/NĐ-CP", "Quyết định số
    1234/QĐ-UBND", "Kế hoạch số 117-KH/TU". A number or a code after the type name makes the
    document a particular one. Text in quotation marks keeps its source's case.

    Tóm tắt: Tên loại của văn bản được dẫn không viết hoa chữ cái đầu ("nghị định số
    30/2020/NĐ-CP").

    Vì sao: Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.6: tên loại của một văn bản cụ thể được viết
    hoa, và chỉ chữ cái đầu: "Nghị định số 30/2020/NĐ-CP", "Quyết định số 1234/QĐ-UBND", "Kế hoạch
    số 117-KH/TU". Có số hoặc ký hiệu đi sau thì đó là một văn bản cụ thể. Chữ trong ngoặc kép giữ
    nguyên cách viết của nguồn.

    Bad:
        p: Thực hiện kế hoạch số 853/KH-UBND ngày 24/01/2025 của UBND tỉnh.  # expect: CAP002
        p: Căn cứ Nghị Định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.  # expect: CAP002
    Good:
        p: Thực hiện Kế hoạch số 853/KH-UBND ngày 24/01/2025 của Ủy ban nhân dân tỉnh.
        p: Các kế hoạch số hóa tài liệu; báo cáo số liệu 6 tháng.
    """

    id = "CAP002"
    name = "document-type-not-capitalised"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in running_paragraphs(self.analysis):
            if _NUMBERED_RE.search(p.match) is None:
                continue  # no "số 12", no "57-NQ": no document cited by number
            quotes: list[tuple[int, int]] | None = None
            for m in CITED_RE.finditer(p.text):
                word = m.group(1)
                want = _expected(word)
                if word == want:
                    continue
                if quotes is None:
                    quotes = quoted(p.text)
                if inside(quotes, m.start()):
                    continue
                yield Finding(
                    p.at(m.start(), len(word)),
                    f"Tên loại của văn bản được dẫn viết hoa chưa đúng: \"{word}\".",
                    suggestion=f"Viết \"{want}\" (chỉ viết hoa chữ cái đầu của tên loại).",
                    fix=Fix(want),
                )
