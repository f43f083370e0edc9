"""CAP008: a common noun capitalised inside a sentence ("quy định của Pháp luật", "các Ủy viên")."""

from __future__ import annotations

from collections.abc import Iterator

from rules.capitalisation._names import names
from rules.capitalisation._text import (
    decapitalise,
    inside,
    previous_word,
    quoted,
    running_paragraphs,
    sentence_start,
)
from rules.capitalisation._vocabulary import vocabulary
from validator import recache
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

_TITLE_RE = recache.compile(
    r"(?:(?<!\w)[Ll]uật(?:[ \u00a0]+[^\W\d_]+){0,3}|(?<!\w)[Kk]èm theo)[ \u00a0]+$")


class CommonNounCapitalised(Rule):
    """Flags a common noun written with a capital inside a sentence, where it names nothing.

    Why: Phụ lục II of Nghị định 30/2020/NĐ-CP capitalises names, not the ordinary words of
    administration: "pháp luật", "ngân sách nhà nước", "các sở, ngành". Reviewers of the real
    drafts took such capitals out. Only the phrases of ``rules/data/capitalisation.toml`` are
    checked, and only after a word in small letters, so a title that starts with them
    ("Luật Ngân sách nhà nước") or a sentence that does is left alone.

    Tóm tắt: Danh từ chung viết hoa giữa câu ("quy định của Pháp luật", "các Sở, ngành", "số lượng
    Ủy viên").

    Vì sao: Phụ lục II Nghị định 30/2020/NĐ-CP viết hoa tên riêng, không viết hoa các từ thường dùng
    trong hành chính: "pháp luật", "ngân sách nhà nước", "các sở, ngành". Người thẩm định các dự
    thảo thật đã bỏ những chữ hoa như vậy. Chỉ các cụm từ trong rules/data/capitalisation.toml được
    xét, và chỉ khi đứng sau một từ viết thường, nên tên văn bản bắt đầu bằng chúng ("Luật Ngân sách
    nhà nước") hoặc đầu câu không bị báo. Thành viên của một tổ chức khi được đếm hoặc bầu ("các ủy
    viên", "số lượng ủy viên Ban Chấp hành", "bầu bổ sung ủy viên") không phải chức vụ đi với tên
    một người cụ thể (Phụ lục II, mục V.3): viết thường.

    A member of a body counted or elected ("các ủy viên", "số lượng ủy viên Ban Chấp hành",
    "bầu bổ sung ủy viên") is no office held by a named person (Phụ lục II, V.3): small letters.

    Bad:
        p: Quỹ đầu tư theo các hình thức khác nhau theo quy định của Pháp luật.   # expect: CAP008
        p: Sở Nội vụ phối hợp với các Sở, ngành có liên quan.   # expect: CAP008
        p: Số lượng Ủy viên Ban Chấp hành do Đại hội quyết định.   # expect: CAP008
    Good:
        p: Quỹ đầu tư theo các hình thức khác nhau theo quy định của pháp luật.
        p: Căn cứ Luật Ngân sách nhà nước; Pháp luật về hội được tuyên truyền.
        p: Bà Lương Thị Xoan, Ủy viên Ban Thường vụ; số lượng ủy viên Ban Chấp hành.
    """

    id = "CAP008"
    name = "common-noun-capitalised"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        voc = vocabulary(self.context, "common_nouns")
        phrases = names(voc.get("phrases", []))
        members = names(voc.get("members", []))
        counters = set(voc.get("member_counters", []))
        for p in running_paragraphs(self.analysis):
            text = p.text
            for start, end, _ in members.find(p, self.analysis):
                written = text[start:end]
                if written[:1].isupper() and not written.isupper() \
                        and previous_word(text, start) in counters \
                        and not inside(quoted(text), start):
                    word = written.split()[0]
                    want = decapitalise(word)
                    yield Finding(
                        p.at(start, len(word)),
                        f"\"{written}\" ở đây chỉ chung các thành viên, không đi với tên một "
                        f"người cụ thể: viết thường.",
                        suggestion=f"Viết \"{want}\".",
                        fix=Fix(want),
                    )
            for start, end, _ in phrases.find(p, self.analysis):
                written = text[start:end]
                if not written[:1].isupper() or sentence_start(text, start):
                    continue
                before = previous_word(text, start)
                if not before or not before[:1].islower() or inside(quoted(text), start):
                    continue
                if _TITLE_RE.search(text, max(0, start - 30), start):
                    continue  # a title (CAP004) or an appendix's "(Kèm theo Văn bản số …)"
                word = written.split()[0].rstrip(",")
                want = decapitalise(word)
                yield Finding(
                    p.at(start, len(word)),
                    f"\"{word}\" là danh từ chung, không chỉ tên riêng, không viết hoa giữa câu.",
                    suggestion=f"Viết \"{want}\".",
                    fix=Fix(want),
                )
