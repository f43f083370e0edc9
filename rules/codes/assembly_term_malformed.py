"""Rule COD004 assembly-term-malformed."""

from __future__ import annotations

from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Rule, Severity


class AssemblyTermMalformed(Rule):
    """Flags a National Assembly term written apart from its code ("16/2023/QH-15").

    Why: laws and resolutions of the Quốc hội and its Standing Committee end with the
    assembly's code and term written solid: "QH15", "UBTVQH14".

    Tóm tắt: Khóa Quốc hội trong số ký hiệu viết sai dạng (ví dụ "16/2023/QH-15").

    Vì sao: Luật, nghị quyết của Quốc hội và Ủy ban Thường vụ Quốc hội kết thúc bằng ký hiệu cơ quan
    và số khóa viết liền: "QH15", "UBTVQH14".

    Bad:
        p: Căn cứ Luật số 16/2023/QH-15 của Quốc hội.  # expect: COD004
    Good:
        p: Căn cứ Luật số 16/2023/QH15 của Quốc hội.
    """

    id = "COD004"
    name = "assembly-term-malformed"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for c in self.analysis.citations:
            if "qh-term" in c.issues:
                yield Finding(
                    c.location,
                    f"Khóa Quốc hội trong \"{c.raw}\" viết tách khỏi ký hiệu (đúng dạng: "
                    f"\"{c.code}\").",
                    suggestion=f"Viết \"{c.code}\".",
                )
