"""Rule COD002 type-code-case."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity


class TypeCodeCase(Rule):
    """Flags a type code written in the wrong letter case ("06-CTR/TU").

    Why: the type codes are fixed strings: CTr, TTr, QĐi (Party) and QyĐ, TrS (state) are
    mixed case and every other code is in capitals; "CTR" or "Kh" is a different code to a
    records office and to a search.

    Tóm tắt: Mã loại văn bản viết sai chữ hoa, chữ thường (ví dụ "06-CTR/TU").

    Vì sao: Mã loại văn bản là chuỗi cố định: CTr, TTr, QĐi (Đảng) và QyĐ, TrS (Nhà nước) viết hoa
    chữ đầu, các mã khác viết hoa toàn bộ; "CTR" hay "Kh" là một mã khác đối với văn thư và với việc
    tra cứu.

    Bad:
        p: Thực hiện Chương trình số 06-CTR/TU, ngày 05/01/2026 của Thành ủy.  # expect: COD002
    Good:
        p: Thực hiện Chương trình số 06-CTr/TU, ngày 05/01/2026 của Thành ủy.
    """

    id = "COD002"
    name = "type-code-case"
    severity = Severity.ERROR
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        for c in self.analysis.citations:
            if c.raw_type and c.type_code and c.raw_type != c.type_code:
                yield Finding(
                    c.location,
                    f"Mã loại văn bản \"{c.raw_type}\" trong \"{c.raw}\" sai chữ hoa, chữ thường; "
                    f"mã đúng là \"{c.type_code}\".",
                    suggestion=f"Viết \"{c.code}\".",
                    fix=Fix(c.code) if not c.issues else None,
                )
