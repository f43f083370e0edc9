"""TYP010: minutes of a time of day written with a prime or an apostrophe ("20 giờ 15’")."""

from __future__ import annotations

from collections.abc import Iterator

from rules.spelling._text import document_text
from validator import recache
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

MARKS = "’'′"
# an hour ("20 giờ", "20h", "20g"), then the minutes and the mark; a letter or a digit right
# after the mark makes it something else (a quotation, a code)
TIME_RE = recache.compile(
    r"(?<![\d/.,:])(?:[01]?\d|2[0-4])\s*(?:giờ|h|g)\s*([0-5]\d|\d)\s*([’'′])(?![^\W_])"
)


class MinuteSign(Rule):
    """Flags the minutes of a time of day written with a prime: "Từ 20 giờ 15’ - 20 giờ 45’".

    The prime (or the apostrophe typed for it) is the sign of a minute of arc or of a foot,
    not a word of Vietnamese text; a time is written "20 giờ 15 phút" or "20 giờ 15". The
    reviewers of the real drafts replaced every such sign by "phút". Only minutes after an
    hour ("giờ", "h", "g") are read. ``soat fix`` writes " phút".

    Why: the sign reads as a stray quotation mark, and a careful reader asks what it means.

    Tóm tắt: Số phút của giờ trong ngày viết bằng dấu phẩy trên (’) thay cho chữ "phút" ("20 giờ
    15’").

    Vì sao: Dấu phẩy trên là ký hiệu phút góc hoặc foot, không phải chữ trong văn bản; người thẩm
    định đã thay tất cả bằng chữ "phút".

    Bad:
        p: Thời gian phát sóng: Từ 20 giờ 15’- 20 giờ 45’ ngày 23 tháng 1.  # expect: TYP010, TYP010
        p: Gửi về Phòng Tham mưu trước 11h00’ ngày thứ 5 hằng tuần.  # expect: TYP010
    Good:
        p: Thời gian phát sóng: Từ 20 giờ 15 phút đến 20 giờ 45 phút ngày 23 tháng 1.
        p: Vào hồi 8 giờ 30; tọa độ 10°30′; chương trình ‘Xuân 2026’; 'Khối 12'.
    """

    id = "TYP010"
    name = "minute-sign"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        view = self.analysis.of(document_text)
        if not any(m in view.text for m in MARKS):
            return
        for p in view.paragraphs:
            if not any(m in p.text for m in MARKS):
                continue
            for m in TIME_RE.finditer(p.text):
                start, end = m.span(2)
                if start > m.end(1):  # "15 ’": the space goes too
                    start = m.end(1)
                after = p.text[end:end + 1]
                right = " phút" + (" " if after and not after.isspace() and after not in ",.;)"
                                   else "")
                yield Finding(
                    p.at(start, end - start),
                    f"Số phút trong \"{m.group(0)}\" viết bằng dấu \"{m.group(2)}\".",
                    suggestion=f"Viết \"{m.group(1)} phút\".",
                    fix=Fix(right),
                )
