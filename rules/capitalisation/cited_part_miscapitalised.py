"""CAP003: parts of a cited document in the wrong case ("Khoản 1 điều 5")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rules.capitalisation._text import (
    capitalise,
    decapitalise,
    inside,
    quoted,
    running_paragraphs,
    sentence_start,
)
from validator import recache
from validator.model import Document, Paragraph
from validator.rule import Finding, Fix, Rule, Severity

# "điều 5", "điều 256a", "Như điều 4": an article is always cited with its capital ("những
# điều 5 năm qua" is no article).
ARTICLE_RE = recache.compile(
    r"(?<!\w)(?<!những )(?<!nhiều )(?<!mọi )(điều)\s+\d+[a-zđ]?(?!\w)(?!\s+(?:năm|tháng|ngày))"
)
# "khoản 2 điều này": "Điều này" is this document's article.
THIS_ARTICLE_RE = recache.compile(r"(?<!\w)(?:khoản|điểm)\s+\w{1,3}\s+(điều)\s+này(?!\w)",
                                  re.IGNORECASE)
# "Khoản 4 Điều 32", "Điểm a khoản 2": khoản and điểm stay in small letters inside a sentence.
POINT_RE = recache.compile(r"(?<!\w)(Khoản\s+\d+|Điểm\s+[a-zđ])(?!\w)")
# "Điều 103 mục 5 chương XII": parts above the article take their capital.
ABOVE_RE = recache.compile(r"(?<!\w)(mục|chương|phần|tiểu mục)\s+[0-9IVXLC]+(?!\w)")
_IN_CHAIN_RE = recache.compile(
    r"(?<!\w)(?:Điều|[Tt]iểu mục|[Mm]ục|[Cc]hương)\s+[0-9IVXLC]+[a-zđ]?\s+$")


class CitedPartMiscapitalised(Rule):
    """Flags a part of a cited document written in the wrong case ("Khoản 1 điều 5").

    Why: Nghị định 30/2020/NĐ-CP, Phụ lục II, V.7: when a part of a particular document is
    cited, phần, chương, mục, tiểu mục and điều take a capital, khoản and điểm do not:
    "điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I của Bộ luật Hình sự". A khoản or điểm
    at the start of a sentence or a list item may keep its capital.

    Tóm tắt: Phần, chương, mục, điều của văn bản được dẫn viết thường, hoặc khoản, điểm viết hoa
    giữa câu ("Khoản 1 điều 5").

    Vì sao: Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.7: khi dẫn một phần của văn bản cụ thể, phần,
    chương, mục, tiểu mục, điều viết hoa, còn khoản, điểm viết thường: "điểm a khoản 2 Điều 103 Mục
    5 Chương XII Phần I của Bộ luật Hình sự". Khoản, điểm đứng đầu câu hoặc đầu một ý liệt kê có thể
    viết hoa.

    Bad:
        p: Đổi tên theo Điều 31 và Khoản 4 Điều 32 Nghị định số 126/2024/NĐ-CP.  # expect: CAP003
        p: Hội viên đáp ứng tiêu chuẩn quy định tại khoản 1 điều 7 Điều lệ này.  # expect: CAP003
    Good:
        p: Đổi tên theo Điều 31 và khoản 4 Điều 32 Nghị định số 126/2024/NĐ-CP.
        p: Khoản 1 Điều 5 được sửa đổi như sau; điều này cho thấy yêu cầu đã rõ.
    """

    id = "CAP003"
    name = "cited-part-miscapitalised"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in running_paragraphs(self.analysis):
            text = p.text
            if not any(w in text for w in ("điều", "Khoản", "Điểm", "Điều", "Mục", "Chương")):
                continue
            quotes = quoted(text)
            for pattern in (ARTICLE_RE, THIS_ARTICLE_RE, ABOVE_RE):
                for m in pattern.finditer(text):
                    if pattern is ABOVE_RE and not _IN_CHAIN_RE.search(text, 0, m.start()):
                        continue  # "mục 2" alone: this report's own section, not a citation
                    if m.group(1).islower() and not inside(quotes, m.start()):
                        yield _finding(p, m.start(1), m.group(1), capitalise(m.group(1)))
            for m in POINT_RE.finditer(text):
                if sentence_start(text, m.start()) or inside(quotes, m.start()):
                    continue
                word = m.group(1).split()[0]
                yield _finding(p, m.start(), word, decapitalise(word))


def _finding(p: Paragraph, start: int, word: str, want: str) -> Finding:
    return Finding(
        p.at(start, len(word)),
        f"Phần của văn bản được dẫn viết hoa chưa đúng: \"{word}\".",
        suggestion=f"Viết \"{want}\" (viết hoa phần, chương, mục, tiểu mục, điều; viết thường "
        "khoản, điểm).",
        fix=Fix(want),
    )
