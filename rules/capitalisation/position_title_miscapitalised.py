"""CAP006: a position before the body or person it belongs to in the wrong case."""

from __future__ import annotations

from collections.abc import Iterator

from rules.capitalisation._names import Names, recase
from rules.capitalisation._text import inside, next_word, quoted, running_paragraphs
from rules.capitalisation._vocabulary import vocabulary
from validator import recache
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

# After a position standing alone: a punctuation mark, or one of these words.
_ALONE_RE = recache.compile(r"\s*(?:[,;:.)]|$|(?:và|được|có|là|chịu|triệu|do)(?!\w))")


def _alone(text: str, end: int) -> bool:
    """The position is not followed by the rest of a body's name ("Trưởng Ban, Phó …")."""
    return _ALONE_RE.match(text, end) is not None


class PositionTitleMiscapitalised(Rule):
    """Flags a position written in the wrong case before the body or person it belongs to.

    Why: Nghị định 30/2020/NĐ-CP, Phụ lục II, V.3 and its examples ("Chủ tịch Quốc hội",
    "Thủ tướng Chính phủ"): a position that goes with a particular body or person is
    capitalised as a title, "Chủ tịch Ủy ban nhân dân tỉnh", "Phó Chủ tịch Hội", "Phó Giám
    đốc Công ty Điện lực". Only a position followed directly by a capitalised name is
    checked; "chức danh chủ tịch, phó chủ tịch" in general is left alone. "Trưởng Ban" and
    "Trưởng Phòng" carry the capital of the body's name that follows ("Trưởng Ban Tổ chức
    Tỉnh ủy"); alone they are "Trưởng ban", "Trưởng phòng".

    Bad:
        p: Phó chủ tịch Hội giúp Chủ tịch Hội chỉ đạo, điều hành công việc.   # expect: CAP006
        p: Nghị quyết được chủ tịch UBND tỉnh Lâm Đồng phê duyệt.   # expect: CAP006
    Good:
        p: Phó Chủ tịch Hội giúp Chủ tịch Hội chỉ đạo, điều hành công việc.
        p: Thay đổi chức danh chủ tịch, phó chủ tịch, tổng thư ký của hội.
    """

    id = "CAP006"
    name = "position-title-miscapitalised"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        voc = vocabulary(self.context, "positions")
        titles = Names(voc.get("names", []), voc.get("accepted", []))
        before_name = Names(voc.get("before_name", []))
        for p in running_paragraphs(doc, self.context):
            text = p.text
            for start, end, prescribed in titles.find(p):
                written = text[start:end]
                if written.isupper():
                    continue  # a title in capitals
                after = next_word(text, end)
                named = after[:1].isupper()
                if titles.accepts(written) or (named and before_name.accepts(written)):
                    continue
                if not named and not (before_name.accepts(written) and _alone(text, end)):
                    continue
                if inside(quoted(text), start):
                    continue
                want = recase(written, prescribed)
                yield Finding(
                    p.at(start, end - start),
                    f"Chức vụ đi với tên cơ quan, tổ chức hoặc người cụ thể viết hoa chưa "
                    f"đúng: «{written}».",
                    suggestion=f"Viết «{want}».",
                    fix=Fix(want),
                )
