"""Rule COD005 type-word-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from msgspec.structs import replace

from validator.analysis.citations import Citation
from validator.model import Document
from validator.rule import Finding, Rule, Severity

# Types only the highest bodies issue: a Thông tư (ministers, the Supreme Court and
# Procuracy, the State Audit), a Nghị định (the Government), a Luật or Pháp lệnh (the
# National Assembly and its Standing Committee). An association's "01/TT-HHVTBT" cannot be a
# Thông tư: it is that body's own code for its tờ trình, quoted as issued.
RESTRICTED_TYPES = frozenset({"TT", "TTLT", "NĐ", "L", "PL"})


class TypeWordMismatch(Rule):
    """Flags a type word that disagrees with the code's type ("Kết luận số 445-NQ/TU").

    Why: the type code abbreviates the type name, so "Kết luận" goes with KL and "Nghị
    quyết" with NQ; a mismatch means either the word or the code is wrong. The Party table is
    used for Party codes (Quy định is QĐi, or QĐ in much practice) and the state table for
    state codes (Quy định is QyĐ); "Chương trình hành động" goes with CTr. A state công văn
    has no type code (or "CV"), so "Công văn số 01/BC-HHNM" names a báo cáo a công văn, and
    "Thông báo số 565/TN-VPCP" carries a type code that is not TB. When the issuer is not a
    known body (an association's own code may deviate) the finding is a warning; when that
    body could not have issued the coded type at all (an association issues no Thông tư) the
    code is its own local form, quoted as issued, and the finding is only information. A
    citation repeated with the same type word is reported once.

    Tóm tắt: Tên loại văn bản không khớp với mã loại trong ký hiệu (ví dụ "Kết luận số 445-NQ/TU").

    Vì sao: Mã loại là chữ viết tắt của tên loại, nên "Kết luận" đi với KL và "Nghị quyết" đi với
    NQ; không khớp nghĩa là tên loại hoặc mã đã sai. Văn bản của Đảng so theo bảng của Đảng (Quy
    định là QĐi, thực tế nhiều nơi viết QĐ), văn bản nhà nước so theo bảng của Nhà nước (Quy định là
    QyĐ); "Chương trình hành động" đi với CTr. Công văn của cơ quan nhà nước không có mã loại (hoặc
    "CV"), nên "Công văn số 01/BC-HHNM" gọi một báo cáo là công văn. Khi cơ quan ban hành không phải
    cơ quan soat biết, đây chỉ là cảnh báo; khi cơ quan đó không thể ban hành loại văn bản này (hội
    không ban hành thông tư) thì đây là ký hiệu riêng của họ, được dẫn đúng như ban hành, và chỉ là
    thông tin.

    Bad:
        p: Thực hiện Kết luận số 445-NQ/TU, ngày 12/3/2025 của Tỉnh ủy.  # expect: COD005
    Good:
        p: Thực hiện Kết luận số 445-KL/TU, ngày 12/3/2025 của Tỉnh ủy.
        p: Thực hiện Quy định số 160-QĐ/TU, ngày 10/01/2026 của Thành ủy.
    """

    id = "COD005"
    name = "type-word-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        seen: set[tuple[str, str]] = set()  # a citation repeated is one slip, reported once
        vocab = self.analysis.vocabulary
        for c in self.analysis.citations:
            if not c.type_word or c.type_word.lower() == "văn bản":
                continue
            if (c.type_word.lower(), c.code) in seen:
                continue
            seen.add((c.type_word.lower(), c.code))
            if c.system == "qh":
                if not vocab.national_assembly_word(c.type_word):
                    yield self._finding(c, "Luật, Nghị quyết hoặc Pháp lệnh")
                continue
            if c.system == "cv":
                finding = self._cong_van(c)
                if finding is not None:
                    yield finding
                continue
            if not c.type_code:
                continue
            word = c.type_word.lower()
            cong_van = word == "công văn" and c.system == "state"
            if cong_van:
                if c.type_code == "CV":
                    continue
                # many bodies call any letter a công văn: a disagreement, not a certain error
                finding = self._finding(c, "CV hoặc không có mã loại", Severity.WARNING)
            else:
                expected = vocab.expected_codes(c.type_word, c.system)
                if not expected or vocab.base_type(c.type_code) in expected:
                    continue
                finding = self._finding(c, " hoặc ".join(expected))
            system = c.system if c.system == "party" else "state"
            if not vocab.issuer_known(c.issuer, system):
                # an outside body's own code may itself deviate: the drafter cites it as issued
                local = c.type_code in RESTRICTED_TYPES and c.system != "qppl"
                finding = replace(finding, severity=Severity.INFO if local else Severity.WARNING)
            yield finding

    def _cong_van(self, c: Citation) -> Finding | None:
        """"Thông báo số 565/TN-VPCP": read as a công văn because "TN" is no type code, but
        the type word asks for one and a known issuer follows it: the type code is wrong."""
        vocab = self.analysis.vocabulary
        expected = vocab.expected_codes(c.type_word or "", "state")
        head, _, rest = c.issuer.partition("-")
        if not expected or not rest or head in expected or head.replace("D", "Đ") in expected:
            return None  # "QD" for QĐ is a misspelling, reported by issuer-unknown
        if vocab.is_state_issuer(head) or not vocab.is_state_issuer(rest.split("-")[0]):
            return None  # "12/UBND-VX": the issuer comes first, no type code was meant
        finding = self._finding(c, " hoặc ".join(expected))
        return replace(finding, severity=Severity.WARNING)

    def _finding(self, c: Citation, expected: str,
                 severity: Severity | None = None) -> Finding:
        start = c.type_word_offset if c.type_word_offset is not None else c.offset
        loc = c.paragraph.at(start, c.offset + c.length - start)
        return Finding(
            loc,
            f"Tên loại \"{c.type_word}\" không khớp với ký hiệu \"{c.raw}\" "
            f"(tên loại này có mã {expected}).",
            suggestion="Kiểm tra lại tên loại hoặc số, ký hiệu của văn bản được dẫn; nếu văn "
            "bản được ban hành kèm theo một văn bản khác, ghi \"… ban hành kèm theo Quyết định "
            "số …\".",
            severity=severity,
        )

