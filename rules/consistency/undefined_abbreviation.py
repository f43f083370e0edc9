"""CON003: an uncommon abbreviation used before, or without, its definition in brackets."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from rules import _abbreviations
from validator import recache
from validator.analysis import Analysis
from validator.model import Document, Paragraph
from validator.rule import Finding, Rule, Severity

COMMON = _abbreviations.common()
# r"(?<![\w/.\-])([A-ZĐ][A-ZĐ0-9]*[A-ZĐ](?:-[A-ZĐ]+)?)(?![\w/\-])", the look-behind checked
# after the first capital so that re scans for a capital: the same matches, found faster.
ABBR_RE = recache.compile(r"([A-ZĐ](?<![\w/.\-][A-ZĐ])[A-ZĐ0-9]*[A-ZĐ](?:-[A-ZĐ]+)?)(?![\w/\-])")
ROMAN_RE = recache.compile(r"^[IVXLCDM]+$")
DEFINED_RE = recache.compile(
    r"\(\s*(?:sau đây (?:gọi|viết) tắt là\s*:?\s*)?([A-ZĐ][A-ZĐ0-9-]*)\s*\)"
)
# "Tên viết tắt: LĐBRLĐ", "Tên viết tắt tiếng nước ngoài (nếu có): RASAB", "viết tắt là
# HHDN", "Tên viêt tắt là Binh Thuan BBF": every abbreviation after it, up to ";", is defined
NAMED_RE = recache.compile(r"(?i:\b(?:viết|viêt|gọi)\s+tắt\b)[^;]*")
# "TP (thành phố), TX (thị xã)": the phrase in brackets right after the abbreviation
AFTER_RE = recache.compile(r"\s*\(([^()]{3,80})\)")
# words before a name that holds an abbreviation: "Hội CGC", "ứng dụng ASM"
NAME_NOUNS = frozenset({
    "hội", "hiệp hội", "liên đoàn", "câu lạc bộ", "công ty", "tập đoàn", "nhà hàng",
    "khách sạn", "ứng dụng", "phần mềm", "nền tảng", "app", "thương hiệu",
})
_SEPARATORS = " \u00a0\t:-–—"
_OPENERS = "(\"'“‘«["


_WORD_RE = recache.compile(r"[^\W\d_]{2,}")
_VI_LETTERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")


def written_in_vietnamese(analysis: Analysis) -> bool:
    """At least one word in ten of the body carries a Vietnamese letter or tone mark (most
    Vietnamese words do; an English document has none but its names)."""
    words = marked = 0
    for p in analysis.doc.body_paragraphs:
        for w in _WORD_RE.findall(p.match):
            words += 1
            marked += any(c in _VI_LETTERS or "\u0300" <= c <= "\u036f"
                          for c in unicodedata.normalize("NFD", w))
        if words >= 5000:
            break
    return words < 50 or marked >= 0.1 * words


def _caps_paragraph(text: str) -> bool:
    """More than 60% of the letters are capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 0 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


class UndefinedAbbreviation(Rule):
    """Flags an uncommon abbreviation used before, or without, its definition in brackets.

    Why: Hướng dẫn 36-HD/VPTW and Nghị định 30/2020/NĐ-CP allow only common
    abbreviations freely; any other is written in brackets right after the full phrase
    at its first use. The common list (rules/data/abbreviations.toml, technical terms such as
    LAN, GIS or ADN included) is the setting ``common_abbreviations``. A definition may also be
    written "Tên viết tắt: HHDN" (charters), "TX (thị xã)", or the full phrase may stand right
    before the abbreviation ("Đảng đoàn: ĐĐ", "Quân ủy Trung ương: QUTW" in a list). An
    abbreviation inside a name ("Hội CGC tỉnh", "ứng dụng ASM", "TTC Palace") or a road
    number ("ĐT.721") is not reported, nor is a document written in another language (an
    English text's "UN" or "OECD" follows its own conventions).

    Tóm tắt: Chữ viết tắt không thông dụng được dùng trước khi, hoặc mà không, giải thích trong
    ngoặc.

    Vì sao: Hướng dẫn 36-HD/VPTW và Nghị định 30/2020/NĐ-CP chỉ cho dùng tự do các chữ viết tắt
    thông dụng; chữ viết tắt khác phải ghi trong ngoặc ngay sau cụm từ đầy đủ ở lần dùng đầu tiên.
    Danh sách chữ viết tắt thông dụng là thiết lập common-abbreviations. Cách giải thích "Tên viết
    tắt: HHDN" (điều lệ) hoặc cụm từ đầy đủ đứng ngay trước chữ viết tắt ("Đảng đoàn: ĐĐ" trong bảng
    chữ viết tắt) cũng được chấp nhận. Văn bản viết bằng tiếng nước ngoài không bị đọc.

    Bad:
        p: Chỉ số TFP tăng.   # expect: CON003
    Good:
        p: Năng suất các yếu tố tổng hợp (TFP) tăng.
        p: Chỉ số TFP tăng.
    """

    id = "CON003"
    name = "undefined-abbreviation"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        if not self.analysis.of(written_in_vietnamese):
            return  # an English document's abbreviations follow English conventions
        common = {a.upper() for a in self.setting("common_abbreviations", COMMON)}
        common |= {a.upper() for a in self.setting("extra_abbreviations", ())}
        defined: set[str] = set()
        reported: set[str] = set()
        paragraphs = [p for p in doc.paragraphs(tables=False)] + list(doc.note_paragraphs())
        for p in sorted(paragraphs, key=_order):
            text = p.match
            defs = [
                (m.group(1), m.start())
                for m in (DEFINED_RE.finditer(text) if "(" in text else ())
                if m.start() == 0 or text[m.start() - 1] in " \u00a0"
            ]
            if "tắt" in text:
                defs += [(a.group(1), n.start() + a.start(1)) for n in NAMED_RE.finditer(text)
                         for a in ABBR_RE.finditer(n.group(0))]
            abbrs = list(ABBR_RE.finditer(text))
            if not defs and not abbrs:
                continue  # nothing defined or used here
            # A heading in capitals is skipped; asked only when something would count
            # (most paragraphs use only common abbreviations).
            caps: bool | None = None
            if defs:
                caps = _caps_paragraph(p.text)
                if caps:
                    continue
            for ab, start in defs:
                if ab not in defined and ab not in reported and ab.upper() not in common:
                    first = self._first_use(p, ab, start)
                    if first is not None:
                        yield first
                        reported.add(ab)
                defined.add(ab)
            for m in abbrs:
                ab = m.group(1)
                if (ab in defined or ab in reported or ab.upper() in common
                        or ROMAN_RE.match(ab) or len(ab) > 8):
                    continue
                if text[m.end():m.end() + 1] == ")" and text[:m.start()].endswith("("):
                    continue
                if any(ch.isdigit() for ch in ab) or _in_caps_phrase(text, m.start(), m.end()):
                    continue
                if _spelled_out_before(text, m.start(), ab) or _spelled_out_after(text, m, ab):
                    defined.add(ab)  # "Đảng đoàn: ĐĐ", "TX (thị xã)": the phrase is beside it
                    continue
                if _in_name(text, m.start(), m.end()):
                    continue
                if caps is None:
                    caps = _caps_paragraph(p.text)
                if caps:
                    break
                reported.add(ab)
                hint = _looks_like(ab, common)
                yield Finding(
                    p.at(m.start(), len(ab)),
                    f"Chữ viết tắt \"{ab}\" không thông dụng và chưa được giải thích "
                    f"(cụm từ đầy đủ kèm \"({ab})\" ở lần dùng đầu tiên)"
                    + (f"; có lẽ là \"{hint}\" viết nhầm." if hint else "."),
                    suggestion=f"Viết đúng \"{hint}\"." if hint else
                    f"Viết đầy đủ cụm từ, kèm \"({ab})\" ngay sau ở lần dùng đầu tiên.",
                )

    def _first_use(self, p: Paragraph, ab: str, before: int) -> Finding | None:
        m = re.search(rf"(?<![\w/.\-]){re.escape(ab)}(?![\w/\-])", p.match[:before])
        if m is None:
            return None
        return Finding(
            p.at(m.start(), len(ab)),
            f"Chữ viết tắt \"{ab}\" được dùng trước khi được giải thích trong ngoặc.",
            suggestion=f"Giải thích \"({ab})\" ngay ở lần dùng đầu tiên.",
        )


CAPS_WORD = recache.compile(r"[^\W\d_]{2,}")


def _in_caps_phrase(text: str, start: int, end: int) -> bool:
    """True inside a run of capitalised words ("CƠ QUAN", "QUỐC GIA"): a heading, a name."""
    before = CAPS_WORD.findall(text[max(0, start - 20):start])
    after = CAPS_WORD.findall(text[end:end + 20])
    near = ([before[-1]] if before else []) + ([after[0]] if after else [])
    return any(w.isupper() for w in near)


def _in_name(text: str, start: int, end: int) -> bool:
    """Part of a proper name or a designation: "TTC Palace", "VARS Lâm Đồng" (a capitalised
    word follows), "Hội CGC tỉnh", "ứng dụng ASM" (a noun for a named thing precedes), the
    road "ĐT.721" (a number follows a dot)."""
    after = text[end:end + 30]
    if re.match(r"\.\d", after):
        return True
    nxt = re.match(r" ([^\W\d_][\w]*)", after)
    if nxt and nxt.group(1)[0].isupper() and not nxt.group(1).isupper():
        return True
    before = text[max(0, start - 20):start].lower().split()
    return any(" ".join(before[-n:]) in NAME_NOUNS for n in (1, 2, 3) if len(before) >= n)


def _initials(words: list[str]) -> str:
    """Initials of a phrase as codes write them: "Quân ủy Trung ương" -> "QUTW"."""
    out = []
    i = 0
    while i < len(words):
        w = words[i].lstrip(_OPENERS)
        if w.lower() == "trung" and i + 1 < len(words) and words[i + 1].lower() == "ương":
            out.append("TW")
            i += 2
            continue
        out.append(w[:1])
        i += 1
    return "".join(out)


def _spelled_out_before(text: str, start: int, ab: str) -> bool:
    """True when the words just before ``ab`` (past a colon or dash) are its initials:
    "Đảng đoàn: ĐĐ", "Ban Thường vụ - BTV", "Khu kinh tế KKT", "Quân ủy Trung ương: QUTW"."""
    letters = ab.replace("-", "")
    if len(letters) < 2 or not letters.isalpha():
        return False
    words = text[:start].rstrip(_SEPARATORS).split()[-len(letters):]
    return len(words) == len(letters) and _initials(words).upper() == letters.upper()


def _spelled_out_after(text: str, m: re.Match[str], ab: str) -> bool:
    """"TX (thị xã)": the bracket right after holds a phrase with the abbreviation's initials."""
    after = AFTER_RE.match(text, m.end())
    if after is None:
        return False
    return _initials(after.group(1).split()).upper() == ab.replace("-", "").upper()


def _looks_like(ab: str, common: set[str]) -> str | None:
    """A common abbreviation with the same letters shuffled ("UBDN", "UNBD" for UBND)."""
    if len(ab) < 4:
        return None
    return next((c for c in sorted(common) if c != ab and sorted(c) == sorted(ab.upper())), None)


def _order(p: Paragraph) -> tuple[int, int]:
    return (0 if p.note_id is None else 1, p.index)
