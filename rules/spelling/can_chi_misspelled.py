"""TYP009: a lunar year name (can chi) misspelled, impossible, or not that of its year."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from itertools import product

from rules.spelling._phrases import SKELETON
from rules.spelling._text import document_text
from validator import recache
from validator.analysis.dates import CAN, CHI, can_chi
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

# A year name stands after "Tết", "Tết Nguyên đán", "Xuân", "năm", "Tân Sửu"-style words
# are capitalised; a year may follow ("Xuân Bính Ngọ 2026") or precede it ("năm 2026 (Bính
# Ngọ)").
NAME_RE = recache.compile(
    r"(?:(?<![^\W\d_])(?:Tết(?:\s+Nguyên\s+[đĐ]án)?|Xuân|năm|Năm|mừng)\s+"
    r"|(?P<before>(?:19|20)\d\d)\s*\(\s*(?:năm\s+)?)"
    r"(?P<can>[^\W\d_]{1,5})\s+(?P<chi>[^\W\d_]{2,5})(?![^\W\d_])"
    r"(?:\s*,?\s*(?:năm\s+)?\(?(?P<after>(?:19|20)\d\d)(?!\d))?"
)
# spellings in use besides those of validator.analysis.dates
VARIANTS = {"tí": "Tý", "tị": "Tỵ", "mẹo": "Mão", "quí": "Quý", "kỉ": "Kỷ"}


def skeleton(word: str) -> str:
    """The letters without any mark, lower case, y as i ("Bính" -> "binh", "Đinh" -> "dinh")."""
    plain = word.lower().translate(SKELETON)
    if plain.isascii():
        return plain.replace("y", "i")
    nfd = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(c for c in nfd if not unicodedata.combining(c)).replace("y", "i")


CANS = {skeleton(c): c for c in CAN}
CHIS = {skeleton(c): c for c in CHI}


def _spellings(keys: Iterable[str]) -> frozenset[str]:
    """Every lower-case NFC spelling whose :func:`skeleton` is one of ``keys`` (any marks on
    its vowels, d or đ, y or i), and the variants of ``VARIANTS``."""
    letters: dict[str, list[str]] = {}
    for char, plain in SKELETON.items():
        letters.setdefault(plain, [plain]).append(chr(char))
    letters["i"] = letters["i"] + letters["y"]
    out = set(VARIANTS)
    for key in keys:
        out.update("".join(p) for p in product(*(letters.get(c, [c]) for c in key)))
    return frozenset(out)


STEM_SPELLINGS = _spellings(CANS)
BRANCH_SPELLINGS = _spellings(CHIS)


def _proper(word: str, table: dict[str, str], names: tuple[str, ...]) -> str | None:
    if word in names or VARIANTS.get(word.lower()) in names:
        return word
    return table.get(skeleton(word))


class CanChiMisspelled(Rule):
    """Flags a lunar year name that is misspelled, impossible, or not that of its year.

    A year name is a stem (Giáp … Quý) and a branch (Tý … Hợi) of the same parity, after
    "Tết", "Xuân" or "năm": "Tết Nguyên đán Bình Ngô" is a slip for "Bính Ngọ", "Giáp Sửu"
    does not exist. Where the year is written beside the name ("Xuân Bính Ngọ 2026", "năm
    2025 (Ất Tỵ)"), the name must be that of the lunar year starting in it (2026 Bính Ngọ,
    2025 Ất Tỵ). A misspelled name is fixed by ``soat fix``.

    Why: the year name stands in greetings and titles that reach many readers.

    Tóm tắt: Tên năm âm lịch viết sai ("Bình Ngô"), không có thật ("Giáp Sửu") hoặc không đúng với
    năm đi kèm (2026 là Bính Ngọ).

    Vì sao: Tên năm âm lịch xuất hiện trong lời chúc, tiêu đề đến với rất nhiều người đọc.

    Bad:
        p: Chăm lo Tết Nguyên đán Bình Ngô cho hộ nghèo.  # expect: TYP009
        p: Tổ chức vui Xuân Ất Tỵ 2026.  # expect: TYP009
    Good:
        p: Chăm lo Tết Nguyên đán Bính Ngọ cho hộ nghèo; vui Xuân Ất Tỵ 2025.
        p: Kỷ niệm năm 2026 (Bính Ngọ); năm Tân Sửu; năm Bình Dương; Tết Tân Hợi.
    """

    id = "TYP009"
    name = "can-chi-misspelled"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        view = self.analysis.of(document_text)
        # a year name is two capitalised words, a stem then a branch: without both in the
        # document, nothing to read
        branches: AbstractSet[str]
        stems: AbstractSet[str]
        if view.marked:  # letters and marks apart: word by word
            short = [w for w in view.distinct_words if len(w) <= 5 and w[0].isupper()]
            branches = {w.lower() for w in short if _proper(w, CHIS, CHI)}
            stems = {w.lower() for w in short if _proper(w, CANS, CAN)}
        else:
            branches = BRANCH_SPELLINGS.intersection(view.lows)
            stems = STEM_SPELLINGS.intersection(view.lows) if branches else frozenset()
        pairs = [(a, b) for a in stems for b in branches if (a, b) in view.pairs]
        near = sorted({i for a, b in pairs for i in view.paragraphs_with(b)
                       if a in view.paragraphs[i].text.lower()})
        for p in (view.paragraphs[i] for i in near):
            for m in NAME_RE.finditer(p.text):
                can, chi = m.group("can"), m.group("chi")
                if not (can[0].isupper() and chi[0].isupper()):
                    continue
                good_can, good_chi = _proper(can, CANS, CAN), _proper(chi, CHIS, CHI)
                if good_can is None or good_chi is None:
                    continue
                start, end = m.start("can"), m.end("chi")
                loc = p.at(start, end - start)
                written = p.text[start:end]
                if (good_can, good_chi) != (can, chi):
                    right = f"{good_can} {good_chi}"
                    yield Finding(loc, f"Tên năm âm lịch \"{written}\" viết sai chính tả.",
                                  suggestion=f"Viết \"{right}\".", fix=Fix(right))
                    can, chi = good_can, good_chi
                i = CAN.index(can) if can in CAN else CAN.index(VARIANTS[can.lower()])
                j = CHI.index(chi) if chi in CHI else CHI.index(VARIANTS[chi.lower()])
                if i % 2 != j % 2:
                    yield Finding(loc, f"Không có năm âm lịch \"{written}\": can \"{can}\" không "
                                  f"đi với chi \"{chi}\".", suggestion="Kiểm tra lại tên năm.")
                    continue
                year = m.group("before") or m.group("after")
                if year and can_chi(int(year)) not in (f"{CAN[i]} {CHI[j]}",):
                    yield Finding(loc, f"Năm {year} là năm {can_chi(int(year))}, không phải "
                                  f"\"{written}\".",
                                  suggestion=f"Viết \"{can_chi(int(year))}\" hoặc sửa lại năm.")
