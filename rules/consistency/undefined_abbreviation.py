"""CON003: an uncommon abbreviation used before, or without, its definition in brackets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.model import Document, Paragraph
from validator.rule import Finding, Rule, Severity

COMMON = (  # noqa: SIM905 - one readable line per group
    "UBND HĐND CCHC TTHC GPMB MTTQ KT-XH KTXH GRDP FDI IIP USD VND VNĐ TP CP TW BCH BTV ĐBQH "
    "PCCC KCN KKT THPT THCS LNG IOC TNHH ĐTXD TMĐT KLHT QLDA BQL CNTT CNH HĐH XHCN CHXHCN "
    "TNCS HCM ĐH ĐHĐB BCĐ BTC BTG BDV UBKT UBMTTQ HTX ODA PPP BOT GDP CPI PCI PAPI PAR "
    "ANTT ATGT ATTP QP-AN QPAN NQ QĐ KL CT KH TB BC HD CTr TTr ĐA QĐi VP VPTW VPTU TU HU "
    "ĐU BHXH BHYT BHTN KT TTXVN VTV PGS TS ThS GS ĐTM ĐCSVN QH MTQG TTg BNV BCA BQP PC "
    "SXKD NSNN XDCB ĐTC VNPT EVN FPT ASEAN WTO COVID AI SARS APEC UNESCO WHO ILO EU "
    "CSDL ATTT ASXH TCVN ISO QR SIM URL HIV AIDS UNDP TNCSHCM DN VNEID CCCD CMND CBCC CBCCVC "
    "CAND QPPL PDF CHDCND BCSĐ NĐ TT QC HĐ BS TL TM TUQ BB CV CĐ TC PA DA GM GGT GUQ QyĐ"
).split()
# r"(?<![\w/.\-])([A-ZĐ][A-ZĐ0-9]*[A-ZĐ](?:-[A-ZĐ]+)?)(?![\w/\-])", the look-behind checked
# after the first capital so that re scans for a capital: the same matches, found faster.
ABBR_RE = recache.compile(r"([A-ZĐ](?<![\w/.\-][A-ZĐ])[A-ZĐ0-9]*[A-ZĐ](?:-[A-ZĐ]+)?)(?![\w/\-])")
ROMAN_RE = recache.compile(r"^[IVXLCDM]+$")
DEFINED_RE = recache.compile(
    r"\(\s*(?:sau đây (?:gọi|viết) tắt là\s*:?\s*)?([A-ZĐ][A-ZĐ0-9-]*)\s*\)"
)
# "Tên viết tắt: LĐBRLĐ", "viết tắt là HHDN", "gọi tắt: BQL" (charters, lists of names)
NAMED_RE = recache.compile(
    r"(?i:\b(?:tên\s+)?(?:viết|gọi)\s+tắt(?:\s+là)?)\s*:?\s*([A-ZĐ][A-ZĐ0-9-]*[A-ZĐ0-9])"
)
_SEPARATORS = " \u00a0\t:-–—"
_OPENERS = "(\"'“‘«["


def _caps_paragraph(text: str) -> bool:
    """More than 60% of the letters are capitals."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 0 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


class UndefinedAbbreviation(Rule):
    """Flags an uncommon abbreviation used before, or without, its definition in brackets.

    Why: Hướng dẫn 36-HD/VPTW and Nghị định 30/2020/NĐ-CP allow only common
    abbreviations freely; any other is written in brackets right after the full phrase
    at its first use. The common list is the setting ``common_abbreviations``. A definition
    may also be written "Tên viết tắt: HHDN" (charters), or the full phrase may stand right
    before the abbreviation ("Đảng đoàn: ĐĐ" in a list of abbreviations).

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
        common = {a.upper() for a in self.setting("common_abbreviations", COMMON)}
        common |= {a.upper() for a in self.setting("extra_abbreviations", ())}
        defined: set[str] = set()
        reported: set[str] = set()
        paragraphs = [p for p in doc.paragraphs(tables=False)] + list(doc.note_paragraphs())
        for p in sorted(paragraphs, key=_order):
            defs = [
                (m.group(1), m.start())
                for m in (DEFINED_RE.finditer(p.match) if "(" in p.match else ())
                if m.start() == 0 or p.match[m.start() - 1] in " \u00a0"
            ]
            if "tắt" in p.match:
                defs += [(m.group(1), m.start(1)) for m in NAMED_RE.finditer(p.match)]
            abbrs = list(ABBR_RE.finditer(p.match))
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
                if p.match[m.end():m.end() + 1] == ")" and p.match[:m.start()].endswith("("):
                    continue
                if any(ch.isdigit() for ch in ab) or _in_caps_phrase(p.match, m.start(), m.end()):
                    continue
                if _spelled_out_before(p.match, m.start(), ab):
                    defined.add(ab)  # "Đảng đoàn: ĐĐ": the phrase stands right before it
                    continue
                if caps is None:
                    caps = _caps_paragraph(p.text)
                if caps:
                    break
                reported.add(ab)
                yield Finding(
                    p.at(m.start(), len(ab)),
                    f"Chữ viết tắt «{ab}» không thông dụng và chưa được giải thích "
                    f"(cụm từ đầy đủ kèm «({ab})» ở lần dùng đầu tiên).",
                    suggestion=f"Viết đầy đủ cụm từ, kèm «({ab})» ngay sau ở lần dùng đầu tiên.",
                )

    def _first_use(self, p: Paragraph, ab: str, before: int) -> Finding | None:
        m = re.search(rf"(?<![\w/.\-]){re.escape(ab)}(?![\w/\-])", p.match[:before])
        if m is None:
            return None
        return Finding(
            p.at(m.start(), len(ab)),
            f"Chữ viết tắt «{ab}» được dùng trước khi được giải thích trong ngoặc.",
            suggestion=f"Giải thích «({ab})» ngay ở lần dùng đầu tiên.",
        )


CAPS_WORD = recache.compile(r"[^\W\d_]{2,}")


def _in_caps_phrase(text: str, start: int, end: int) -> bool:
    """True inside a run of capitalised words ("CƠ QUAN", "QUỐC GIA"): a heading, a name."""
    before = CAPS_WORD.findall(text[max(0, start - 20):start])
    after = CAPS_WORD.findall(text[end:end + 20])
    near = ([before[-1]] if before else []) + ([after[0]] if after else [])
    return any(w.isupper() for w in near)


def _spelled_out_before(text: str, start: int, ab: str) -> bool:
    """True when the words just before ``ab`` (past a colon or dash) are its initials:
    "Đảng đoàn: ĐĐ", "Ban Thường vụ - BTV", "Khu kinh tế KKT"."""
    letters = ab.replace("-", "")
    if len(letters) < 2 or not letters.isalpha():
        return False
    words = text[:start].rstrip(_SEPARATORS).split()[-len(letters):]
    if len(words) < len(letters):
        return False
    initials = "".join(w.lstrip(_OPENERS)[:1] for w in words)
    return initials.upper() == letters.upper()


def _order(p: Paragraph) -> tuple[int, int]:
    return (0 if p.note_id is None else 1, p.index)
