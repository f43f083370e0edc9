"""CAP007: "Nhân dân" and "Nhà nước" in the wrong case for their sense."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rules.capitalisation._text import (
    inside,
    next_word,
    previous_word,
    quoted,
    running_paragraphs,
    sentence_start,
)
from rules.capitalisation._vocabulary import vocabulary
from validator.model import Document, Paragraph
from validator.rule import Finding, Fix, Rule, Severity

_NHAN_DAN_RE = re.compile(r"(?<!\w)nhân dân(?!\w)")
_NHA_NUOC_RE = re.compile(r"(?<!\w)(?:nhà nước|Nhà nước)(?!\w)")


class SpecialNounMiscapitalised(Rule):
    """Flags "nhân dân" and "nhà nước" written in the wrong case for their sense.

    Why: Nghị định 30/2020/NĐ-CP, Phụ lục II, V.1 capitalises "Nhân dân" and "Nhà nước" where
    they name the people and the State: "phục vụ Nhân dân", "do Nhà nước hỗ trợ". Where they
    describe another noun they are ordinary words: "Ủy ban nhân dân", "công an nhân dân",
    "cơ quan nhà nước", "ngân sách nhà nước" (reviewers corrected "cơ quan Nhà nước" so).

    Tóm tắt: "Nhân dân", "Nhà nước" viết hoa sai theo nghĩa ("phục vụ nhân dân", "cơ quan Nhà
    nước").

    Vì sao: Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.1 viết hoa "Nhân dân", "Nhà nước" khi chỉ
    nhân dân và Nhà nước: "phục vụ Nhân dân", "do Nhà nước hỗ trợ". Khi bổ nghĩa cho một danh từ
    khác thì đó là từ thường: "Ủy ban nhân dân", "công an nhân dân", "cơ quan nhà nước", "ngân sách
    nhà nước" (người thẩm định đã sửa "cơ quan Nhà nước" như vậy).

    Bad:
        p: Chấn chỉnh thái độ phục vụ nhân dân của cán bộ, công chức.   # expect: CAP007
        p: Kiến nghị với cơ quan Nhà nước có thẩm quyền.   # expect: CAP007
    Good:
        p: Chấn chỉnh thái độ phục vụ Nhân dân của Công an nhân dân và Ủy ban nhân dân.
        p: Kiến nghị với cơ quan nhà nước có thẩm quyền; kinh phí do Nhà nước hỗ trợ.
    """

    id = "CAP007"
    name = "special-noun-miscapitalised"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        voc = vocabulary(self.context, "special_nouns")
        describes = tuple(voc.get("nhan_dan_describes", []))
        not_before = set(voc.get("nhan_dan_not_before", []))
        noun_after = set(voc.get("nha_nuoc_is_noun_after", []))
        heads = tuple(voc.get("nha_nuoc_describes", []))
        for p in running_paragraphs(self.analysis):
            text = p.text
            if "nhân dân" in text:
                for m in _NHAN_DAN_RE.finditer(text):
                    if _after(text.lower(), m.start(), describes) or \
                            next_word(text, m.end()) in not_before or \
                            sentence_start(text, m.start()) or \
                            inside(quoted(text), m.start()):
                        continue
                    yield _finding(p, m.start(), m.group(), "Nhân dân", "chỉ Nhân dân")
            if "hà nước" not in text:
                continue
            for m in _NHA_NUOC_RE.finditer(text):
                word = m.group()
                if inside(quoted(text), m.start()):
                    continue
                if word[0] == "n" and previous_word(text, m.start()) in noun_after \
                        and next_word(text, m.end()) not in ("pháp", "của"):
                    yield _finding(p, m.start(), word, "Nhà nước", "chỉ Nhà nước")
                elif word[0] == "N" and not sentence_start(text, m.start()) and \
                        _after(text, m.start(), heads):
                    yield _finding(p, m.start(), word, "nhà nước", "là định ngữ")


def _after(text: str, start: int, heads: tuple[str, ...]) -> bool:
    """The words just before ``start`` are one of ``heads`` (in small letters)."""
    before = text[max(0, start - 20):start].rstrip()
    for head in heads:
        if before.endswith(head):
            cut = len(before) - len(head)
            if cut == 0 or not before[cut - 1].isalnum():
                return True
    return False


def _finding(p: Paragraph, start: int, word: str, want: str, sense: str) -> Finding:
    return Finding(
        p.at(start, len(word)),
        f"\"{word}\" ở đây {sense}, cần viết \"{want}\".",
        suggestion=f"Viết \"{want}\".",
        fix=Fix(want),
    )
