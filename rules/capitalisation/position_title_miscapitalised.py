"""CAP006: a position before the body or person it belongs to in the wrong case."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from rules.capitalisation._names import names, pattern, recase
from rules.capitalisation._own_names import short_names
from rules.capitalisation._text import (
    inside,
    next_word,
    previous_word,
    quoted,
    running_paragraphs,
)
from rules.capitalisation._vocabulary import vocabulary
from validator import recache
from validator.model import Document, Paragraph
from validator.rule import Finding, Fix, Rule, Severity

# After a position standing alone: a punctuation mark, or one of these words.
_ALONE_RE = recache.compile(r"\s*(?:[,;:.)]|$|(?:và|được|có|là|chịu|triệu|do)(?!\w))")
# "(đ/c Hải)": the title "đồng chí" shortened before a person's name in a list of recipients.
_COMRADE_RE = recache.compile(r"(?<=\()đ/c(?= [A-ZĐ])")


def _alone(text: str, end: int) -> bool:
    """The position is not followed by the rest of a body's name ("Trưởng Ban, Phó …")."""
    return _ALONE_RE.match(text, end) is not None


class PositionTitleMiscapitalised(Rule):
    """Flags a position written in the wrong case before the body or person it belongs to.

    Why: Nghị định 30/2020/NĐ-CP, Phụ lục II, V.3 and its examples ("Chủ tịch Quốc hội",
    "Thủ tướng Chính phủ"): a position that goes with a particular body or person is
    capitalised as a title, "Chủ tịch Ủy ban nhân dân tỉnh", "Phó Chủ tịch Hội", "Phó Giám
    đốc Công ty Điện lực", "(Đ/c Hải)". A position followed by no name is checked only in a
    document about one organisation that writes the title correctly elsewhere: there it is
    that organisation's office ("thay đổi chức vụ chủ tịch, phó chủ tịch" in a charter);
    "chức danh chủ tịch" in general is left alone. "Trưởng Ban" and "Trưởng Phòng" carry the
    capital of the body's name that follows ("Trưởng Ban Tổ chức Tỉnh ủy"); alone they are
    "Trưởng ban", "Trưởng phòng". A spelling in use beside the prescribed one ("Tổng thư ký")
    is flagged only where the document also writes the prescribed one ("Tổng Thư ký").

    Tóm tắt: Chức vụ đi với tên cơ quan hoặc người cụ thể viết hoa sai ("Phó chủ tịch Hội", "chủ
    tịch UBND tỉnh").

    Vì sao: Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.3 và các ví dụ ("Chủ tịch Quốc hội", "Thủ
    tướng Chính phủ"): chức vụ đi với một cơ quan hoặc một người cụ thể viết hoa như một danh xưng:
    "Chủ tịch Ủy ban nhân dân tỉnh", "Phó Chủ tịch Hội", "Phó Giám đốc Công ty Điện lực". Chức vụ
    không có tên đi kèm chỉ bị xét trong văn bản về một tổ chức đã viết đúng ở chỗ khác: khi đó nó
    là chức vụ của chính tổ chức ấy ("thay đổi chức vụ chủ tịch, phó chủ tịch" trong điều lệ); "chức
    danh chủ tịch" nói chung không bị báo. "Trưởng Ban", "Trưởng Phòng" viết hoa theo tên cơ quan đi
    sau ("Trưởng Ban Tổ chức Tỉnh ủy"); đứng một mình thì là "Trưởng ban", "Trưởng phòng". Cách viết
    khác đang được dùng ("Tổng thư ký") chỉ bị báo khi chính văn bản cũng viết "Tổng Thư ký".

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
        titles = names(voc.get("names", []), voc.get("accepted", []))
        before_name = names(voc.get("before_name", []))
        own = bool(short_names(self.analysis))
        seen: list[tuple[Paragraph, int, int, str]] = []
        variants: list[tuple[Paragraph, int, int, str]] = []
        spellings: Counter[tuple[str, tuple[bool, ...]]] = Counter()
        for p in running_paragraphs(self.analysis):
            text = p.text
            for m in _COMRADE_RE.finditer(text):
                yield _finding(p, m.start(), m.end(), "đ/c", "Đ/c")
            for start, end, prescribed in titles.find(p, self.analysis):
                written = text[start:end]
                if written.isupper() or inside(quoted(text), start):
                    continue  # a title in capitals, or a quotation
                spellings[(prescribed, pattern(written))] += 1
                if pattern(written) == pattern(prescribed):
                    continue
                named = next_word(text, end)[:1].isupper()
                if named and before_name.accepts(written):
                    continue  # "Trưởng Ban Tổ chức Tỉnh ủy": the capital of the body's name
                allowed = titles.accepts(written)
                if allowed:
                    variants.append((p, start, end, prescribed))
                elif named or (before_name.accepts(written) and _alone(text, end)):
                    yield _finding(p, start, end, written, recase(written, prescribed))
                elif own and previous_word(text, start) != "danh":
                    seen.append((p, start, end, prescribed))
        for p, start, end, prescribed in variants:
            if spellings[(prescribed, pattern(prescribed))]:
                # "Tổng thư ký" is in use, but not beside "Tổng Thư ký" in one document
                written = p.text[start:end]
                yield _finding(p, start, end, written, recase(written, prescribed))
        for p, start, end, prescribed in seen:
            written = p.text[start:end]
            have = pattern(written)
            if not any(have):  # in small letters: the document's own way of capitalising it
                forms = [(n, pat) for (title, pat), n in spellings.items()
                         if title == prescribed and pat[0] and titles.accepts(
                             recase(written, _with(prescribed, pat)))]
                if forms and max(forms)[0] >= 2:
                    want = recase(written, _with(prescribed, max(forms)[1]))
                    yield _finding(p, start, end, written, want)
                continue
            right = spellings[(prescribed, pattern(prescribed))]
            if right >= 2 and right > spellings[(prescribed, have)]:
                yield _finding(p, start, end, written, recase(written, prescribed))


def _with(name: str, capitals: tuple[bool, ...]) -> str:
    """``name`` with the given capitals, syllable by syllable."""
    words = name.split()
    return " ".join(w[:1].upper() + w[1:] if up else w[:1].lower() + w[1:]
                    for w, up in zip(words, capitals, strict=False))


def _finding(p: Paragraph, start: int, end: int, written: str, want: str) -> Finding:
    return Finding(
        p.at(start, end - start),
        f"Chức vụ đi với tên cơ quan, tổ chức hoặc người cụ thể viết hoa chưa đúng: "
        f"\"{written}\".",
        suggestion=f"Viết \"{want}\".",
        fix=Fix(want),
    )
