"""CAP009: the common noun of an administrative unit in the wrong case ("phường 3")."""

from __future__ import annotations

from collections.abc import Iterator

from rules.capitalisation._text import (
    capitalise,
    decapitalise,
    inside,
    next_word,
    previous_word,
    quoted,
    running_paragraphs,
    sentence_start,
)
from validator import recache
from validator.model import Document, Paragraph
from validator.rule import Finding, Fix, Rule, Severity

# A unit named by a number takes the capital on its common noun: "Phường 3", "Quận 1".
_NUMBERED_RE = recache.compile(r"(?<!\w)(phường|quận)(?=\s+\d+(?![\d/.,]\d))")
# The two names Phụ lục II writes with the capital on the common noun.
_SPECIAL_RE = recache.compile(
    r"(?<!\w)(?:(thành phố)(?=\s+Hồ Chí Minh(?!\w))|(thủ đô)(?=\s+Hà Nội(?!\w)))")
# A province or city named by a proper name keeps its common noun in small letters.
_NAMED_RE = recache.compile(r"(?<!\w)(Tỉnh|Thành phố)(?=[ \u00a0]+[A-ZĐ])")
_NOT_A_PLACE = {"Ủy", "Uỷ", "Đoàn", "Đội", "Hội", "Ban", "Hồ"}
_PLURAL = {"các", "những", "mỗi", "từng"}
_WORDS = ("phường", "quận", "thành phố", "thủ đô", "Tỉnh", "Thành phố")


class PlaceNameMiscapitalised(Rule):
    """Flags the common noun of an administrative unit written in the wrong case.

    Why: Nghị định 30/2020/NĐ-CP, Phụ lục II, III.1: the common noun of a unit named by a
    proper name stays in small letters ("tỉnh Lâm Đồng", "thành phố Phan Thiết"); a unit named
    by a number takes a capital on it ("Phường 3", "Quận 1"); "Thủ đô Hà Nội" and "Thành phố
    Hồ Chí Minh" are written so. A capital where a sentence starts is not judged, nor "Tỉnh
    ủy", "Tỉnh Đoàn".

    Tóm tắt: Danh từ chung chỉ đơn vị hành chính viết hoa sai ("phường 3", "Thành phố Phan Thiết",
    "thành phố Hồ Chí Minh").

    Vì sao: Nghị định 30/2020/NĐ-CP, Phụ lục II, mục III.1: danh từ chung chỉ đơn vị hành chính đi
    với tên riêng viết thường ("tỉnh Lâm Đồng", "thành phố Phan Thiết"); đơn vị đặt tên bằng số thì
    viết hoa ("Phường 3", "Quận 1"); "Thủ đô Hà Nội" và "Thành phố Hồ Chí Minh" viết như vậy. Chữ
    hoa ở đầu câu không bị xét, "Tỉnh ủy", "Tỉnh Đoàn" cũng vậy.

    Bad:
        p: Lãnh đạo UBND phường 3 Bảo Lộc tham dự.   # expect: CAP009
        p: Hội nghị tổ chức tại Khách sạn Bình Minh, Thành phố Phan Thiết.   # expect: CAP009
    Good:
        p: Lãnh đạo UBND Phường 3 Bảo Lộc tham dự; Thành phố Hồ Chí Minh; tỉnh Lâm Đồng.
        p: Thành phố Đà Lạt đón khách. Tỉnh Đoàn và Tỉnh ủy phối hợp.
    """

    id = "CAP009"
    name = "place-name-miscapitalised"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in running_paragraphs(self.analysis):
            text = p.text
            if not any(w in text for w in _WORDS):
                continue
            quotes = quoted(text)
            for m in _NUMBERED_RE.finditer(text):
                if previous_word(text, m.start()) not in _PLURAL and not inside(quotes, m.start()):
                    yield _finding(p, m.start(), m.group(1), capitalise(m.group(1)))
            for m in _SPECIAL_RE.finditer(text):
                word = m.group(1) or m.group(2)
                if not inside(quotes, m.start()):
                    yield _finding(p, m.start(), word, capitalise(word))
            for m in _NAMED_RE.finditer(text):
                if next_word(text, m.end()) in _NOT_A_PLACE or sentence_start(text, m.start()):
                    continue
                if previous_word(text, m.start())[:1].isupper() or inside(quotes, m.start()):
                    continue  # inside a name: "Ủy ban nhân dân Tỉnh …" is another slip
                yield _finding(p, m.start(), m.group(1), decapitalise(m.group(1)))


def _finding(p: Paragraph, start: int, word: str, want: str) -> Finding:
    return Finding(
        p.at(start, len(word)),
        f"Tên đơn vị hành chính viết hoa chưa đúng: \"{word}\".",
        suggestion=f"Viết \"{want}\" (Phụ lục II, mục III.1 Nghị định 30/2020/NĐ-CP).",
        fix=Fix(want),
    )
