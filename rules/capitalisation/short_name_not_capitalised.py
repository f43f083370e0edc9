"""CAP001: the document's own short name ("Hội", "Quỹ") written with a small letter."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rules.capitalisation._own_names import short_names
from rules.capitalisation._text import inside, next_word, quoted, running_paragraphs
from rules.capitalisation._vocabulary import vocabulary
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

_NEXT_RE = re.compile(r"\s*([^\W\d_]*)")
# A list of kinds of organisation: the head is the common noun.
_KINDS_RE = re.compile(r"\s*,\s*(?:quỹ|hội|hiệp hội|liên đoàn|câu lạc bộ|tổ chức)(?!\w)")
_BEFALLS = {"giải", "hợp", "bị"}  # "khi hội giải thể", "khi hội bị đình chỉ"
# Where a clause opens: after a comma, a bracket, or "thì" ("Hàng năm, hội phải báo cáo").
_CLAUSE_RE = re.compile(r"(?:[,)]|(?<!\w)(?:thì|khi))\s*$")


class ShortNameNotCapitalised(Rule):
    """Flags the short name a document uses for its own organisation written in lower case.

    Why: a charter or decision about "Hội Cựu giáo chức tỉnh Lâm Đồng" calls it "Hội" from
    then on, capitalised as the name it is (Nghị định 30/2020/NĐ-CP, Phụ lục II, IV.1);
    "tài sản của hội" reads as any association's assets. Reviewers of the real drafts
    capitalised it more than seventy times. Only places where the word can name nothing
    else are flagged: after "của", "thuộc", "Chủ tịch", "Điều lệ" …, and before a verb or a
    punctuation mark; "hội viên", "các hội", "hội khác" are left alone.

    Tóm tắt: Tên gọi tắt của chính tổ chức trong văn bản ("Hội", "Quỹ", "Liên đoàn") viết thường.

    Vì sao: Điều lệ hay quyết định về "Hội Cựu giáo chức tỉnh Lâm Đồng" từ đó gọi tắt là "Hội", viết
    hoa vì đó là tên riêng (Nghị định 30/2020/NĐ-CP, Phụ lục II, mục IV.1); "tài sản của hội" đọc
    thành tài sản của một hội bất kỳ. Người thẩm định các dự thảo thật đã viết hoa lại hơn bảy mươi
    lần. Chỉ những chỗ từ đó không thể chỉ gì khác mới bị báo: sau "của", "thuộc", "Chủ tịch", "Điều
    lệ"…, và trước động từ hoặc dấu câu; "hội viên", "các hội", "hội khác" không bị báo.

    Bad:
        p: Điều 1. Hội Cựu giáo chức tỉnh Lâm Đồng (sau đây gọi tắt là Hội) là tổ chức xã hội.
        p: Tài sản của hội được hình thành từ nguồn hội phí.   # expect: CAP001
    Good:
        p: Điều 1. Hội Cựu giáo chức tỉnh Lâm Đồng (sau đây gọi tắt là Hội) là tổ chức xã hội.
        p: Tài sản của Hội được hình thành từ nguồn hội phí của hội viên; các hội khác.
    """

    id = "CAP001"
    name = "short-name-not-capitalised"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        names = short_names(self.analysis)
        if not names:
            return
        voc = vocabulary(self.context, "short_names")
        before = tuple(voc.get("before", []))
        after = set(voc.get("after", []))
        not_after_duoc = set(voc.get("not_after_duoc", []))
        acting = set(voc.get("acting", []))
        lower_re = {n.head: re.compile(r"(?<!\w)" + re.escape(n.head.lower()) + r"(?!\w)")
                    for n in names}
        for p in running_paragraphs(self.analysis):
            text = p.text
            quotes: list[tuple[int, int]] | None = None
            for n in names:
                for m in lower_re[n.head].finditer(text):
                    if _definite(text, m.start(), before):
                        if not _ends_here(text, m.end(), after, not_after_duoc):
                            continue
                    elif not _acting(text, m.start(), next_word(text, m.end()), acting):
                        continue
                    if quotes is None:
                        quotes = quoted(text)
                    if inside(quotes, m.start()):
                        continue
                    yield Finding(
                        p.at(m.start(), m.end() - m.start()),
                        f"\"{m.group()}\" ở đây chỉ chính {n.full}, tên gọi tắt của tổ chức "
                        f"viết hoa: \"{n.head}\".",
                        suggestion=f"Viết \"{n.head}\".",
                        fix=Fix(n.head),
                    )


def _acting(text: str, start: int, verb: str, acting: set[str]) -> bool:
    """The head opens a clause as the organisation acting: "Hàng năm, hội phải báo cáo",
    "khi hội giải thể" (what befalls an organisation is its own only after "khi")."""
    opener = _CLAUSE_RE.search(text, 0, start)
    if opener is None or verb not in acting:
        return False
    return verb not in _BEFALLS or opener.group().strip() == "khi"


def _definite(text: str, start: int, before: tuple[str, ...]) -> bool:
    """The words just before the head make it one definite organisation ("của hội")."""
    head = text[:start].rstrip()
    for word in before:
        if head.endswith(word):
            cut = len(head) - len(word)
            if cut == 0 or not head[cut - 1].isalnum():
                return True
    return False


def _ends_here(text: str, end: int, after: set[str], not_after_duoc: set[str]) -> bool:
    """The head is not followed by a word that would make another word or organisation."""
    m = _NEXT_RE.match(text, end)
    word = m.group(1) if m else ""
    if not word:  # a punctuation mark or the end of the paragraph, but not a list of kinds
        return _KINDS_RE.match(text, end) is None  # "hoạt động của hội, quỹ xã hội"
    if word not in after:
        return False
    if word == "được":
        nxt = _NEXT_RE.match(text, m.end()) if m else None
        return not (nxt and nxt.group(1) in not_after_duoc)
    return True
