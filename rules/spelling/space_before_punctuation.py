"""TYP007: a space before a comma, full stop, semicolon, colon or closing bracket."""

from __future__ import annotations

from collections.abc import Iterator

from rules.spelling._text import document_text
from validator import recache
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

# After a word or a closing mark, spaces, then the mark, then a space or the end: ".doc"
# and ".NET" (a dot that starts a word), "…" and ". . ." (placeholders) are left alone.
NEAR_RE = recache.compile(r"[ \u00a0][,;:!?).]")  # where SPACE_RE may match, found at once
SPACE_RE = recache.compile(r"(?<=[^\W_)\]”\"'])([ \u00a0]+)([,;:!?)]|\.(?![.…]| \.))(?=\s|$)")


class SpaceBeforePunctuation(Rule):
    """Flags a space typed before a comma, full stop, semicolon, colon or closing bracket.

    Vietnamese, like English, sets these marks against the word before them: "sản xuất,
    kinh doanh", not "sản xuất , kinh doanh". A dot that starts a word (".docx") and the
    dotted blanks of a form are left alone. ``soat fix`` removes the space.

    Why: a stray space before a mark is what reviewers mark first on a printed draft, and
    Word may break the line between the word and its mark.

    Tóm tắt: Có dấu cách trước dấu phẩy, dấu chấm, dấu chấm phẩy, dấu hai chấm hoặc dấu đóng ngoặc.

    Vì sao: Dấu cách thừa trước dấu câu là điều người thẩm định đánh dấu đầu tiên trên bản in, và
    Word có thể ngắt dòng giữa chữ và dấu câu của nó.

    Bad:
        p: Chủ yếu trong lĩnh vực sản xuất , kinh doanh.  # expect: TYP007
        p: Chấp hành pháp luật và Điều lệ Liên đoàn .  # expect: TYP007
    Good:
        p: Chủ yếu trong lĩnh vực sản xuất, kinh doanh (dịch vụ).
        p: Định dạng phổ biến: .doc, .docx; chỗ điền: ……; Ký tên . . .
    """

    id = "TYP007"
    name = "space-before-punctuation"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        view = self.analysis.of(document_text)
        near = sorted({view.index(m.start()) for m in NEAR_RE.finditer(view.text)})
        for p in (view.paragraphs[i] for i in near):
            text = p.text
            for m in SPACE_RE.finditer(text):
                mark = m.group(2)
                if mark == ")" and "(" in text[max(0, m.start() - 3):m.start()]:
                    continue  # a box of a form, "(P )"
                start, end = m.span(1)
                yield Finding(
                    p.at(start, end - start),
                    f"Có dấu cách trước dấu \"{mark}\": \"{text[max(0, start - 15):m.end()]}\".",
                    suggestion=f"Bỏ dấu cách trước \"{mark}\".",
                    fix=Fix(""),
                )
