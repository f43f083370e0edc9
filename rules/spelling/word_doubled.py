"""TYP003: a function word written twice in a row ("của của", "các các")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rules.spelling._text import SEP, document_text
from validator import recache
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

# Words whose doubling is never grammatical: relational words, classifiers of plurality,
# auxiliaries and conjunctions. Content words are left out: their doubling is often the
# seam of two compounds ("hành vi vi phạm", "Đại hội Hội", "trực tiếp tiếp nhận") or a
# reduplication ("người người", "ngày ngày", "từ từ", "chung chung").
FUNCTION_WORDS = (
    "của", "các", "và", "là", "để", "cho", "trên", "theo", "với", "những", "được", "đã",
    "đang", "sẽ", "bị", "trong", "tại", "về", "hoặc", "nhưng", "thì", "mà", "nếu", "vào",
    "cũng", "vẫn", "rất", "chưa", "nhằm", "do", "bởi", "tới",
)
DOUBLED_RE = recache.compile(
    r"(?<![^\W\d_])(" + "|".join(FUNCTION_WORDS) + r")([ \u00a0]+)(\1)(?![^\W\d_])",
    re.IGNORECASE,
)


class WordDoubled(Rule):
    """Flags a function word written twice in a row ("yêu cầu của của Thủ tướng").

    Only words whose doubling is never grammatical are checked (của, các, và, là, để, cho,
    trên, theo, được, những…); reduplications ("người người", "ngày ngày") and the seam of
    two compounds ("hành vi vi phạm") are left alone. ``soat fix`` deletes the second word.

    Why: a word typed twice at a line end or after a cut and paste is read over by the eye.

    Tóm tắt: Một hư từ bị gõ lặp hai lần liền nhau ("của của", "các các", "và và").

    Vì sao: Một từ gõ hai lần ở cuối dòng hoặc sau khi cắt dán thường bị mắt đọc lướt qua.

    Bad:
        p: Kết quả các nhiệm vụ theo yêu cầu của của Thủ tướng Chính phủ.  # expect: TYP003
        p: Tập trung tối đa các nguồn lực để để thực hiện mục tiêu.  # expect: TYP003
    Good:
        p: Kết quả các nhiệm vụ theo yêu cầu của Thủ tướng Chính phủ.
        p: Người người thi đua, ngày ngày thi đua; xử lý hành vi vi phạm.
    """

    id = "TYP003"
    name = "word-doubled"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        view = self.analysis.of(document_text)
        doubled = [w for w in FUNCTION_WORDS if (w, w) in view.pairs]
        if not doubled:
            return
        # the text in lower case with one space for each run of white space; a paragraph's
        # index is the count of separators before an offset
        flat = " ".join(view.text.split()).lower()
        near: set[int] = set()
        for w in doubled:
            pos = flat.find(f"{w} {w}")
            while pos >= 0:
                near.add(flat.count(SEP, 0, pos))
                pos = flat.find(f"{w} {w}", pos + 1)
        for p in (view.paragraphs[i] for i in sorted(near)):
            for m in DOUBLED_RE.finditer(p.text):
                if m.group(1).lower() == "là" and p.text[:m.start()].lower().endswith("bay "):
                    continue  # "bay là là": flying low, a reduplication
                start = m.start(2)
                yield Finding(
                    p.at(start, m.end() - start),
                    f"Từ \"{m.group(1)}\" bị lặp lại: \"{m.group(0)}\".",
                    suggestion=f"Bỏ một chữ \"{m.group(3)}\".",
                    fix=Fix(""),
                )
