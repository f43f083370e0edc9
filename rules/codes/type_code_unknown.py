"""Rule COD003 type-code-unknown."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Rule, Severity


class TypeCodeUnknown(Rule):
    """Flags a type code that is not in the system's table ("81-TX/TW").

    Why: the type code is the abbreviation of the document type (Hướng dẫn 36-HD/VPTW for the
    Party, Nghị định 30/2020/NĐ-CP Phụ lục III for the state); an unknown code is a typo or
    an invented type, and the cited document cannot be found by it.

    Tóm tắt: Mã loại văn bản không có trong bảng của hệ thống văn bản (ví dụ "81-TX/TW").

    Vì sao: Mã loại là chữ viết tắt của tên loại văn bản (Hướng dẫn 36-HD/VPTW với văn bản của Đảng,
    Phụ lục III Nghị định 30/2020/NĐ-CP với văn bản nhà nước); mã không có trong bảng là lỗi gõ hoặc
    một loại văn bản tự đặt, và không tìm được văn bản được dẫn theo mã đó.

    Bad:
        p: Thực hiện Thông báo số 81-TX/TW, ngày 06/01/2026 của Bộ Chính trị.  # expect: COD003
    Good:
        p: Thực hiện Thông báo số 81-TB/TW, ngày 06/01/2026 của Bộ Chính trị.
    """

    id = "COD003"
    name = "type-code-unknown"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for c in self.analysis.citations:
            if c.system not in ("party", "qppl") or not c.type_code:
                continue
            table = "party" if c.system == "party" else "state"
            if self.analysis.vocabulary.canonical_type(c.type_code, table) is None:
                known = "văn bản của Đảng" if c.system == "party" else "văn bản quy phạm pháp luật"
                yield Finding(
                    c.location,
                    f"Mã loại văn bản \"{c.type_code}\" trong \"{c.raw}\" không có trong bảng "
                    f"chữ viết tắt tên loại {known}.",
                    suggestion="Kiểm tra lại tên loại và số, ký hiệu của văn bản được dẫn.",
                )
