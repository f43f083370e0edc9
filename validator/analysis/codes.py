"""Document number-and-symbol grammar (số và ký hiệu): the five forms of a code.

Five forms are recognised (see vn-document-rules.md §1):

- Party: ``07-NQ/TU``, ``05-QC/BTCTU-BDVTU`` (number ``-`` type ``/`` issuer);
- state administrative: ``218/KH-UBND`` (number ``/`` type ``-`` issuer);
- công văn (state, no type code): ``12/UBND-VX``, ``5990/VPCP-KSTT``;
- legal normative (QPPL): ``30/2020/NĐ-CP``, ``18/2020/QĐ-TTg``;
- National Assembly and its Standing Committee: ``244/2025/QH15``, ``351/2017/UBTVQH14``.

Patterns run on ``Paragraph.match`` (dashes folded), so offsets are offsets into the text. The
patterns deliberately accept spaces around the separators and the wrong separators for the
system, so that "79 - NQ/TW", "45/KL-TW" and "164-KH/UBND" are recognised as malformed
citations of a real code instead of being missed. Which codes exist (document types,
issuers) is the vocabulary's business (:mod:`validator.vocabulary`).
"""

from __future__ import annotations

from validator import recache

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


__all__ = ["ISSUER", "PARTY_RE", "QH_RE", "QPPL_RE", "STATE_RE"]
