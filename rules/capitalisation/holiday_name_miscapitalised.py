"""CAP010: the name of a holiday, a festival, a day of the week or a historical event in the
wrong case ("ngày quốc khánh", "tết trung thu", "thứ hai, ngày 12/01")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from rules.capitalisation._names import Names, fold_key, folded, names, pattern, recase
from rules.capitalisation._text import (
    capitalise,
    inside,
    previous_word,
    quoted,
    running_paragraphs,
    sentence_start,
)
from rules.capitalisation._vocabulary import vocabulary
from validator import recache
from validator.model import Document, Paragraph
from validator.rule import Finding, Fix, Rule, Severity

# A weekday: "thứ hai" … "thứ bảy", "chủ nhật".
_WEEKDAY_RE = recache.compile(
    r"(?<!\w)(?:(?P<thu>[Tt]hứ)[ \u00a0]+(?P<day>hai|ba|tư|năm|sáu|bảy|Hai|Ba|Tư|Năm|Sáu|Bảy)"
    r"|(?P<cn>[Cc]hủ[ \u00a0]+[Nn]hật))(?!\w)")
# What makes a weekday word a day of the week, not an ordinal ("lần thứ hai"): a date after
# it, a time of day before it, or another weekday joined to it ("từ thứ hai đến thứ sáu").
_DATE_NEXT_RE = recache.compile(
    r"[ \u00a0]*[,(–-]?[ \u00a0]*(?:ngày[ \u00a0]+)?\d{1,2}[/.-]\d{1,2}")
_JOINED_RE = recache.compile(
    r"[ \u00a0]*(?:,|và|đến|tới|-|–)[ \u00a0]*(?:[Tt]hứ[ \u00a0]+(?:hai|ba|tư|năm|sáu|bảy|Hai|Ba"
    r"|Tư|Năm|Sáu|Bảy)|[Cc]hủ[ \u00a0]+[Nn]hật)(?!\w)")
_TIME_OF_DAY = {"sáng", "chiều", "tối", "trưa", "đêm"}
_WEEKDAY_WORDS = ("thứ", "Thứ", "hủ nhật", "hủ Nhật")


class HolidayNameMiscapitalised(Rule):
    """Flags a holiday, festival, weekday or historical event whose name is miscapitalised.

    Why: Nghị định 30/2020/NĐ-CP, Phụ lục II, V.5, V.8 and V.9: the name of a holiday or a day
    of remembrance takes a capital on its first syllable ("ngày Quốc khánh 2-9", "ngày Quốc tế
    Lao động 1-5", "ngày Phụ nữ Việt Nam 20-10"); so does the name of a festival after "tết"
    ("tết Nguyên đán", "tết Trung thu"), the day of the week written in words ("thứ Hai",
    "Chủ nhật"), the months "tháng Giêng", "tháng Chạp" and a historical event ("Cách mạng
    tháng Tám"). The names are those of ``rules/data/capitalisation.toml`` (a profile adds
    its own). A name also read as ordinary words ("nhà giáo Việt Nam") is judged only after
    "ngày"; a weekday word only where a date follows, a time of day precedes
    or another weekday is joined to it ("lần thứ hai" is an ordinal).

    Tóm tắt: Tên ngày lễ, ngày kỷ niệm, tết, thứ trong tuần hoặc sự kiện lịch sử viết hoa sai
    ("ngày quốc khánh", "tết trung thu", "thứ hai, ngày 12/01/2026").

    Vì sao: Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.5, V.8 và V.9: tên ngày lễ, ngày kỷ niệm
    viết hoa chữ cái đầu của âm tiết đầu ("ngày Quốc khánh 2-9", "ngày Quốc tế Lao động 1-5",
    "ngày Phụ nữ Việt Nam 20-10"); tên tết ("tết Nguyên đán", "tết Trung thu"), thứ trong tuần
    viết bằng chữ ("thứ Hai", "Chủ nhật"), "tháng Giêng", "tháng Chạp" và tên sự kiện lịch sử
    ("Cách mạng tháng Tám") cũng vậy. Danh sách tên ở rules/data/capitalisation.toml (hồ sơ văn
    bản có thể bổ sung). Tên có thể đọc như từ thường ("nhà giáo Việt Nam") chỉ bị xét khi đứng
    sau "ngày"; "thứ hai" chỉ bị xét khi có ngày tháng đi sau, buổi trong
    ngày đứng trước hoặc nối với một thứ khác ("lần thứ hai" là số thứ tự).

    Bad:
        p: Tổ chức các hoạt động chào mừng ngày quốc khánh 2/9.   # expect: CAP010
        p: Thăm, tặng quà nhân dịp tết trung thu năm 2025.   # expect: CAP010
        p: Hội nghị họp vào sáng thứ hai, ngày 12/01/2026.   # expect: CAP010
    Good:
        p: Chào mừng ngày Quốc khánh 2/9 và ngày Quốc tế Lao động 1/5.
        p: Các nhà giáo Việt Nam; lần thứ hai; tết Nguyên đán; Cách mạng Tháng Tám.
    """

    id = "CAP010"
    name = "holiday-name-miscapitalised"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        voc = vocabulary(self.context, "holidays")
        days = names(voc.get("days", []), voc.get("accepted", []))
        always = names(voc.get("always", []), voc.get("accepted_always", []))
        festivals = names(voc.get("festivals", []))
        after_day = set(voc.get("after", []))
        after_re = _after_re(tuple(after_day), tuple(days.spellings))
        for p in running_paragraphs(self.analysis):
            text = p.text
            key = folded(p, self.analysis)
            quotes: list[tuple[int, int]] | None = None
            found: list[tuple[int, int, str, Names]] = [
                (start, end, prescribed, always)
                for start, end, prescribed in always.find(p, self.analysis)]
            if "tết" in key:
                found += [(start, end, prescribed, festivals)
                          for start, end, prescribed in festivals.find(p, self.analysis)
                          if previous_word(text, start).lower() == "tết"]
            found += [(m.start(1), m.end(1), days.spellings[" ".join(m.group(1).split())][0], days)
                      for m in after_re.finditer(key)]
            for start, end, prescribed, known in found:
                written = text[start:end]
                if known.accepts(written) or written.isupper() \
                        or _start_only(text, start, written, prescribed):
                    continue
                if known is festivals and pattern(written) == pattern(prescribed):
                    continue
                if quotes is None:
                    quotes = quoted(text)
                if not inside(quotes, start):
                    yield _finding(p, start, written, recase(written, prescribed))
            if any(w in text for w in _WEEKDAY_WORDS):
                yield from _weekdays(p, text, quoted(text))


@lru_cache(maxsize=8)
def _after_re(after: tuple[str, ...], keys: tuple[str, ...]) -> re.Pattern[str]:
    """The names of days right after one of ``after`` ("ngày"), on folded text: one scan of a
    paragraph for a literal word, where a scan per name would start on common syllables."""
    words = sorted({fold_key(w) for w in after}, key=len, reverse=True)
    alternatives = "|".join(re.escape(k).replace(r"\ ", r"\s+")
                            for k in sorted(keys, key=len, reverse=True))
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")[ \u00a0]+("
                      + alternatives + r")(?!\w)")


def _start_only(text: str, start: int, written: str, prescribed: str) -> bool:
    """The written form differs from the prescribed one only by a capital where a sentence
    starts."""
    have, want = pattern(written), pattern(prescribed)
    return have[0] and not want[0] and have[1:] == want[1:] and sentence_start(text, start)


def _weekdays(p: Paragraph, text: str, quotes: list[tuple[int, int]]) -> Iterator[Finding]:
    for m in _WEEKDAY_RE.finditer(text):
        if inside(quotes, m.start()):
            continue
        day = _DATE_NEXT_RE.match(text, m.end()) is not None \
            or previous_word(text, m.start()).lower() in _TIME_OF_DAY \
            or _JOINED_RE.match(text, m.end()) is not None \
            or _joined_before(text, m.start())
        if not day:
            continue
        if m.group("thu"):
            thu, word = m.group("thu"), m.group("day")
            if word[0].islower():
                yield _finding(p, m.start("day"), word, capitalise(word))
            if thu[0] == "T" and not sentence_start(text, m.start()):
                yield _finding(p, m.start("thu"), thu, "thứ")
        elif m.group("cn") != "Chủ nhật":
            yield _finding(p, m.start(), m.group("cn"), "Chủ nhật")


def _joined_before(text: str, start: int) -> bool:
    """Another weekday stands just before, joined to this one ("thứ bảy và chủ nhật")."""
    before = text[max(0, start - 30):start]
    for m in _WEEKDAY_RE.finditer(before):
        if _JOINED_RE.match(before + text[start:start + 12], m.end()):
            return True
    return False


def _finding(p: Paragraph, start: int, written: str, want: str) -> Finding:
    if written[:1].isupper() and sentence_start(p.text, start):
        want = capitalise(want)
    return Finding(
        p.at(start, len(written)),
        f"Tên ngày lễ, tết, thứ trong tuần hoặc sự kiện viết hoa chưa đúng: \"{written}\".",
        suggestion=f"Viết \"{want}\" (Phụ lục II, mục V Nghị định 30/2020/NĐ-CP).",
        fix=Fix(want),
    )
