"""Rule COD008 issuer-unknown."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Rule, Severity
from validator.vocabulary import Vocabulary

# The letters a symbol is written with: unaccented capitals, Đ, the lower-case letters of
# the mixed-case codes (TTg, ThU, CTr) and digits.
_PLAIN = re.compile(r"^[A-Za-zĐđ0-9]+$")


def _known(vocab: Vocabulary) -> frozenset[str]:
    return frozenset(vocab.party_issuers | vocab.state_issuers
                     | vocab.type_codes("party") | vocab.type_codes("state"))


def _unaccented(segment: str) -> str:
    """"TƯ" -> "TU": the accents dropped, Đ kept."""
    out = []
    for ch in segment:
        if ch in "Đđ":
            out.append(ch)
            continue
        out.append(unicodedata.normalize("NFD", ch)[0])
    return "".join(out)


def misspelling(segment: str, known: frozenset[str]) -> str | None:
    """What is wrong with one segment of an issuer code, as a short Vietnamese phrase, or None
    when the segment is well formed (a body's own code is legitimate even if unknown)."""
    if segment in known:
        return None
    if not _PLAIN.match(segment):
        # "TƯ" for TW ("Trung ương"), "ỦB" for UB: a code holds no accented letter but Đ
        for guess in (segment.replace("Ư", "W"), _unaccented(segment)):
            if guess in known:
                return f"có chữ có dấu (có lẽ là \"{guess}\")"
        return "có chữ có dấu (ký hiệu viết bằng chữ in hoa không dấu, trừ chữ Đ)"
    if "D" in segment and "Đ" not in segment:
        for i, ch in enumerate(segment):
            guess = segment[:i] + "Đ" + segment[i + 1:]
            if ch == "D" and guess in known:
                return f"viết \"D\" thay cho \"Đ\" (có lẽ là \"{guess}\")"
    if len(segment) >= 4:
        for code in sorted(known):
            if len(code) == len(segment) and sorted(code) == sorted(segment):
                return f"có các chữ đảo chỗ (có lẽ là \"{code}\")"
    return None


class IssuerUnknown(Rule):
    """Warns about an issuer code that looks like a misspelled known code ("TƯ", "UBDN").

    Why: issuer codes are the initials of the issuing body (TW, TU, VPTU, UBND, CP, TTg…),
    written in unaccented capitals with Đ. A body's own code (HHDN-K4, BCĐ06, LĐYLĐ) is
    legitimate even when soat does not know it, and no list of bodies can be complete, so
    only codes that look like a known one misspelled are reported: an accented letter ("TƯ"
    for TW), D for Đ ("HDND", "QD-TTg") or the letters of a known code shuffled ("UBDN").
    Codes listed in the ``extra-issuers`` setting are never reported.

    Tóm tắt: Ký hiệu cơ quan ban hành có vẻ viết sai một ký hiệu đã biết (chữ có dấu như "TƯ", "D"
    thay cho "Đ", đảo chữ như "UBDN").

    Vì sao: Ký hiệu cơ quan ban hành là chữ viết tắt tên cơ quan (TW, TU, VPTU, UBND, CP, TTg…),
    viết hoa không dấu, riêng chữ Đ giữ nguyên. Ký hiệu riêng của một cơ quan (HHDN-K4, BCĐ06,
    LĐYLĐ) vẫn hợp lệ dù soat không biết, và không danh sách nào đầy đủ được, nên soat chỉ báo ký
    hiệu trông giống một ký hiệu đã biết bị viết sai: có chữ mang dấu ("TƯ" thay cho TW), D thay cho
    Đ ("HDND", "QD-TTg") hoặc đảo chữ ("UBDN"). Ký hiệu khai báo trong thiết lập extra-issuers không
    bao giờ bị báo.

    Bad:
        p: Thực hiện Nghị quyết số 57-NQ/TƯ, ngày 22/12/2024 của Bộ Chính trị.  # expect: COD008
    Good:
        p: Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị.
        p: Theo Công văn số 310/HHDN-K4 ngày 14/5/2025 của Hiệp hội Doanh nghiệp tỉnh.
    """

    id = "COD008"
    name = "issuer-unknown"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        extra = frozenset(self.setting("extra_issuers", ()) or ())
        known = _known(self.analysis.vocabulary) | extra
        seen: set[str] = set()
        for c in self.analysis.citations:
            if c.system == "qh" or c.issuer in seen:
                continue
            for segment in re.split(r"[-&]", c.issuer):
                problem = misspelling(segment, known)
                if problem is None:
                    continue
                seen.add(c.issuer)
                yield Finding(
                    c.location,
                    f"Ký hiệu \"{segment}\" trong \"{c.raw}\" {problem}.",
                    suggestion="Kiểm tra lại ký hiệu theo văn bản gốc; nếu đúng là ký hiệu của "
                    "cơ quan ban hành, thêm vào thiết lập extra-issuers.",
                )
                break
