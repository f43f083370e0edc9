"""Document number-and-symbol grammar (số và ký hiệu) and the type-code tables.

Five forms are recognised (see vn-document-rules.md §1):

- Party: ``07-NQ/TU``, ``05-QC/BTCTU-BDVTU`` (number ``-`` type ``/`` issuer);
- state administrative: ``218/KH-UBND`` (number ``/`` type ``-`` issuer);
- công văn (state, no type code): ``12/UBND-VX``, ``5990/VPCP-KSTT``;
- legal normative (QPPL): ``30/2020/NĐ-CP``, ``18/2020/QĐ-TTg``;
- National Assembly and its Standing Committee: ``244/2025/QH15``, ``351/2017/UBTVQH14``.

Patterns run on ``Paragraph.match`` (dashes folded), so offsets are offsets into the text. The
patterns deliberately accept spaces around the separators and the wrong separators for the
system, so that "79 - NQ/TW", "45/KL-TW" and "164-KH/UBND" are recognised as malformed
citations of a real code instead of being missed.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import cache
from pathlib import Path

from validator import recache

DATA = Path(__file__).resolve().parent / "data"

_UP = "A-ZĐ"
_AL = "A-Za-zĐđ"
_SEG = rf"[{_UP}][{_AL}0-9]*"
# issuer segments also admit the Vietnamese capitals a typo brings in ("TƯ" for TW), and
# "&" joining two fields of one unit ("GD&ĐT", "KTVB&QLXLVPHC"): the symbol runs on past it
_ISEG = rf"[{_UP}][{_AL}ƯƠÔÂĂÊ0-9]*(?:&[{_UP}][{_AL}ƯƠÔÂĂÊ0-9]*)*"
ISSUER = rf"{_ISEG}(?:-{_ISEG})*"
# a number, or a blank placeholder left for the records office
_NUM = r"(?P<num>\d{1,5})?"
_LEFT = r"(?<![\w./-])"  # not glued to a preceding word, number or separator
_SP = r"[ ]?"  # one optional space (two or more spaces are a blank placeholder)

QH_RE = recache.compile(
    _LEFT + r"(?P<num>\d{1,5})\s*/\s*(?P<year>\d{4})\s*/\s*(?P<type>UBTVQH|QH)(?P<sep>\s*-?\s*)"
    r"(?P<term>\d{1,2})(?![\w])"
)
QPPL_RE = recache.compile(
    _LEFT + r"(?P<num>\d{1,5})\s*/\s*(?P<year>\d{4})\s*/\s*(?P<type>[" + _UP + r"][" + _AL
    + r"]{0,5})\s*-\s*(?P<issuer>" + ISSUER + r")(?![\w])"
)
PARTY_RE = recache.compile(
    _LEFT + _NUM + r"(?P<s1>\s*)-(?P<s2>\s*)(?P<type>[" + _UP + r"][" + _AL + r"]{0,5})"
    r"(?P<s3>\s*)/(?P<s4>\s*)(?P<issuer>" + ISSUER + r")(?![\w/])"
)
STATE_RE = recache.compile(
    _LEFT + _NUM + r"(?P<s1>\s*)/(?P<s2>\s*)(?P<type>[" + _UP + r"][" + _AL + r"0-9]{0,9})"
    r"(?P<s3>\s*)-(?P<s4>\s*)(?P<issuer>" + ISSUER + r")(?![\w/])"
)

PARTY_ISSUERS = {
    "TW", "VPTW", "BKTTW", "UBKTTW", "QUTW", "BTCTW", "BTGTW", "BDVTW", "BNCTW", "BTGDVTW",
    "BCĐTW", "ĐUQĐTW", "ĐUCA", "ĐUQS", "ĐUBP", "ĐUK", "ĐU", "TU", "HU", "QU", "ThU", "CB",
    "ĐH", "ĐĐ", "BCSĐ", "BCĐ", "HĐ", "TB", "VPTU", "BTCTU", "BDVTU", "UBKTTU", "BTGTU",
    "BTGDVTU", "BNCTU", "BTGHU", "ĐUCQ", "ĐUKCQ", "ĐUKDN", "ĐUCP", "ĐUQH", "ĐUMTTQ",
}
# committee codes a Party body's code ends with (BTCTU, VPTU, UBKTHU, ĐUK...)
PARTY_SUFFIXES = ("TW", "TU", "HU", "QU", "ThU", "ĐU", "ĐUK", "CB")
STATE_ISSUERS = {
    "CP", "TTg", "VPCP", "VPQH", "VPCTN", "CTN", "BNV", "BCA", "BQP", "BNG", "BTC", "BTP",
    "BKHĐT", "BCT", "BXD", "BYT", "BGDĐT", "BGTVT", "BTNMT", "BNNPTNT", "BNNMT", "BKHCN",
    "BTTTT", "BVHTTDL", "BLĐTBXH", "BDTTG", "UBDT", "NHNN", "TTCP", "KTNN", "TANDTC",
    "VKSNDTC", "UBND", "HĐND", "UBMTTQ", "MTTQ", "BHXH", "KBNN", "TCT", "TCHQ", "UBTVQH",
    "TTHĐND", "BCĐ", "HĐ", "BQL", "BQLDA", "CAT", "CATP", "VP", "TTr", "ĐĐBQH",
}
# issuers that belong to one system only (a separator check needs certainty)
STATE_ONLY = frozenset(STATE_ISSUERS - PARTY_ISSUERS - {"VP", "TTr"})
PARTY_ONLY = frozenset(PARTY_ISSUERS - STATE_ISSUERS - {"TB", "HĐ", "BCĐ", "CB"})

# Mixed-case codes are exact: CTr, TTr, QĐi (Party), QyĐ, TrS (state).
PARTY_TYPES_EXTRA = {"TTr", "GM", "GGT", "GCN", "GĐĐ", "GNP", "PC", "PG", "HĐ"}
STATE_TYPES_EXTRA = {"KL", "TTr", "QĐ", "NQ", "CT", "HD", "TB", "KH"}
# Joint documents add "PH" (phối hợp) or "LT" (liên tịch) to the type: "107/KHPH-CA-GD&ĐT"
# is a Kế hoạch phối hợp of two bodies, "03/CTrPH-BCA-BGDĐT" a Chương trình phối hợp.
# Bodies outside the state apparatus (associations) often mark a công văn "CV": "03/CV-HHNM".
JOINT_SUFFIXES = ("PH", "LT")
JOINT_BASES = ("KH", "CTr", "QC", "QĐ", "NQ", "TB", "HD", "BC", "CT", "TT", "QyĐ")
STATE_TYPES_EXTRA |= {b + s for b in JOINT_BASES for s in JOINT_SUFFIXES} | {"CV"}
PARTY_TYPES_EXTRA |= {b + s for b in JOINT_BASES for s in JOINT_SUFFIXES}
QPPL_TYPES = {"NĐ", "TT", "TTLT", "QĐ", "NQ", "NQLT", "CT", "L", "PL", "VBHN", "NĐ-CP",
              "QyĐ", "SL", "HD"}
OUTDATED_STATE = {"GN", "TTh", "UQ", "NP"}


def _norm_word(text: str) -> str:
    t = unicodedata.normalize("NFC", text).lower()
    # old and new tone placement at the end of a syllable: "uỷ"/"ủy", "hoá"/"hóa"
    for new, old in (("uỷ", "ủy"), ("oà", "òa"), ("oá", "óa"), ("oạ", "ọa"), ("oả", "ỏa")):
        t = re.sub(new + r"(?!\w)", old, t)
    return " ".join(t.split())


@cache
def _table(system: str) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = []
    with open(DATA / f"doc-types-{system}.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            name = re.sub(r"\s*\(.*?\)\s*", " ", row["type_name_vi"]).strip()
            code = row["abbreviation"].strip()
            if code and not code.startswith("("):
                rows.append((_norm_word(name), code))
    return tuple(rows)


@cache
def type_codes(system: str) -> frozenset[str]:
    """The known type codes of a system ("party" or "state"), exact case."""
    codes = {c for _, c in _table(system)}
    codes |= PARTY_TYPES_EXTRA if system == "party" else STATE_TYPES_EXTRA | QPPL_TYPES
    if system == "party":
        codes.add("QĐi")
    return frozenset(codes)


def canonical_type(code: str, system: str) -> str | None:
    """The known code equal to ``code`` ignoring case ("CTR" -> "CTr"), or None."""
    if code in type_codes(system):
        return code
    folded = code.upper()
    for known in sorted(type_codes(system)):
        if known.upper() == folded:
            return known
    return None


# type words as written before "số" -> codes accepted in each system
_WORDS = {
    "nghị quyết": ("NQ",), "quyết định": ("QĐ",), "chỉ thị": ("CT",), "kết luận": ("KL",),
    "quy chế": ("QC",), "báo cáo": ("BC",), "hướng dẫn": ("HD",), "biên bản": ("BB",),
    "chương trình": ("CTr",), "chương trình hành động": ("CTr",),
    "chương trình công tác": ("CTr",), "chương trình kiểm tra": ("CTr",),
    "tờ trình": ("TTr",), "kế hoạch": ("KH",), "thông báo": ("TB",),
    "thông báo kết luận": ("TB",), "đề án": ("ĐA",), "phương án": ("PA",), "dự án": ("DA",),
    "thông cáo": ("TC",), "giấy mời": ("GM",), "công điện": ("CĐ",), "hợp đồng": ("HĐ",),
    "giấy giới thiệu": ("GGT",),
}
PARTY_WORDS = dict(_WORDS, **{"quy định": ("QĐi", "QĐ"), "thông tri": ("TT",),
                              "công văn": ("CV",), "quy hoạch": ("QH",)})
STATE_WORDS = dict(_WORDS, **{"quy định": ("QyĐ",), "công văn": ()})
QPPL_WORDS = {
    "nghị định": ("NĐ",), "thông tư": ("TT",), "thông tư liên tịch": ("TTLT",),
    "quyết định": ("QĐ",), "nghị quyết": ("NQ", "NQLT"), "nghị quyết liên tịch": ("NQLT",),
    "chỉ thị": ("CT",), "lệnh": ("L",), "pháp lệnh": ("PL",), "văn bản hợp nhất": ("VBHN",),
}
QH_WORDS = {"luật", "bộ luật", "nghị quyết", "pháp lệnh", "luật sửa đổi", "nghị quyết liên tịch"}
GENERIC_WORDS = {"văn bản"}
# every capitalised type word that may stand before "số", longest first
# Longest first (a regex alternation takes the first that matches), then alphabetical: the
# same order in every process, so the patterns built from it are the same (and cached).
TYPE_WORDS = sorted({*PARTY_WORDS, *STATE_WORDS, *QPPL_WORDS, *QH_WORDS, *GENERIC_WORDS},
                    key=lambda w: (-len(w), w))


def expected_codes(type_word: str, system: str) -> tuple[str, ...] | None:
    """Codes the type word calls for in the citation's system; None when not checkable."""
    w = _norm_word(type_word)
    if system == "party":
        return PARTY_WORDS.get(w)
    if system == "state":
        return STATE_WORDS.get(w)
    if system == "qppl":
        return QPPL_WORDS.get(w)
    return None


def type_name_code(type_name: str, system: str) -> tuple[str, ...]:
    """Codes matching a document's own type name ("BÁO CÁO" -> ("BC",))."""
    table = PARTY_WORDS if system == "party" else STATE_WORDS
    return table.get(_norm_word(type_name), ())


def is_party_issuer(issuer: str) -> bool:
    first = issuer.split("-")[0]
    return first in PARTY_ISSUERS or (first.endswith(PARTY_SUFFIXES) and first not in
                                      STATE_ISSUERS and not first.startswith(("UB", "HĐ")))


def is_state_issuer(issuer: str) -> bool:
    first = issuer.split("-")[0]
    if first in STATE_ISSUERS:
        return True
    return bool(re.match(r"^(UBND|HĐND|S[A-ZĐ]{1,6}|B[A-ZĐ]{1,7}|C\d{2}|PC\d{2})$", first)) \
        and not is_party_issuer(first)


def issuer_known(issuer: str, system: str, extra: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether every part of the issuer is a known code (or an agency's unit suffix)."""
    parts = issuer.split("-")
    if system == "party":
        return all(p in extra or is_party_issuer(p) or p in STATE_ISSUERS for p in parts)
    first = parts[0]
    return first in extra or is_state_issuer(first) or first in PARTY_ISSUERS
