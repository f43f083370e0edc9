"""Rule COD005 type-word-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from msgspec.structs import replace

from rules import _codes
from rules._citations import citations
from validator.model import Document
from validator.rule import Finding, Rule, Severity


class TypeWordMismatch(Rule):
    """Flags a type word that disagrees with the code's type ("Kết luận số 445-NQ/TU").

    Why: the type code abbreviates the type name, so "Kết luận" goes with KL and "Nghị
    quyết" with NQ; a mismatch means either the word or the code is wrong. The Party table is
    used for Party codes (Quy định is QĐi, or QĐ in much practice) and the state table for
    state codes (Quy định is QyĐ); "Chương trình hành động" goes with CTr. When the issuer
    is not a known body (an association's own code may deviate) the finding is a warning.

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
        for c in citations(doc, self.context):
            if not c.type_word or c.type_word.lower() == "văn bản":
                continue
            if c.system == "qh":
                if c.type_word.lower() not in _codes.QH_WORDS:
                    yield self._finding(c, "Luật, Nghị quyết hoặc Pháp lệnh")
                continue
            if c.system == "cv" or not c.type_code:
                continue
            expected = _codes.expected_codes(c.type_word, c.system)
            if not expected or c.type_code in expected:
                continue
            finding = self._finding(c, " hoặc ".join(expected))
            if not _codes.issuer_known(c.issuer, c.system if c.system == "party" else "state"):
                # an outside body's own code may itself deviate: the drafter cites it as issued
                finding = replace(finding, severity=Severity.WARNING)
            yield finding

    def _finding(self, c, expected: str) -> Finding:  # noqa: ANN001
        start = c.type_word_offset if c.type_word_offset is not None else c.offset
        loc = c.paragraph.at(start, c.offset + c.length - start)
        return Finding(
            loc,
            f"Tên loại \"{c.type_word}\" không khớp với ký hiệu \"{c.raw}\" "
            f"(tên loại này có mã {expected}).",
            suggestion="Kiểm tra lại tên loại hoặc số, ký hiệu của văn bản được dẫn; nếu văn "
            "bản được ban hành kèm theo một văn bản khác, ghi \"… ban hành kèm theo Quyết định "
            "số …\".",
        )
