"""Rule COD010 code-reused-for-different-documents."""

from __future__ import annotations

from collections.abc import Iterator

from validator.analysis.citations import Citation, subject_core
from validator.model import Document
from validator.rule import Finding, Related, Rule, Severity


class CodeReusedForDifferentDocuments(Rule):
    """Warns when one code is cited for two documents with different subjects.

    Only full citations (with a date and a "về …" subject) are compared.

    Why: listing "Quyết định số 2631/QĐ-UBND … về tạm giao biên chế công chức …; Quyết định
    số 2631/QĐ-UBND … về tạm giao số lượng người làm việc …" is a copy-paste slip: two
    documents cannot share a number, and one of the two codes is wrong.

    Tóm tắt: Cùng một số ký hiệu được dẫn cho hai văn bản có trích yếu khác nhau.

    Vì sao: Liệt kê "Quyết định số 2631/QĐ-UBND … về tạm giao biên chế công chức …; Quyết định số
    2631/QĐ-UBND … về tạm giao số lượng người làm việc …" là lỗi sao chép: hai văn bản không thể
    chung một số, một trong hai số ký hiệu đã sai.

    Bad:
        p: Quyết định số 2631/QĐ-UBND ngày 10/12/2025 về tạm giao biên chế công chức.
        p: Quyết định số 2631/QĐ-UBND ngày 10/12/2025 về phân bổ kinh phí.  # expect: COD010
    Good:
        p: Quyết định số 2631/QĐ-UBND ngày 10/12/2025 về tạm giao biên chế công chức.
        p: Quyết định số 2632/QĐ-UBND ngày 10/12/2025 về phân bổ kinh phí.
    """

    id = "COD010"
    name = "code-reused-for-different-documents"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        groups: dict[tuple[object, ...], list[Citation]] = {}
        for c in self.analysis.citations:
            if c.number and c.date is not None and subject_core(c.subject):
                groups.setdefault(c.key, []).append(c)
        for cites in groups.values():
            first = cites[0]
            a = subject_core(first.subject)
            for other in cites[1:]:
                b = subject_core(other.subject)
                if _same(a, b):
                    continue
                yield Finding(
                    other.location,
                    f"Số, ký hiệu \"{other.raw}\" được dẫn cho hai văn bản khác nhau: "
                    f"\"{_short(first.subject)}\" và \"{_short(other.subject)}\".",
                    suggestion="Kiểm tra lại số, ký hiệu của một trong hai văn bản.",
                    related=(Related(first.location, "Lần dẫn trước", first.subject[:80]),),
                )
                break


def _same(a: str, b: str) -> bool:
    """Same subject: one is a prefix of the other, or most of the first words of one appear
    in the other ("thành lập Tổ công tác" / "thành lập và ban hành quy chế của Tổ công tác")."""
    if a.startswith(b) or b.startswith(a):
        return True
    wa, wb = a.split(), b.split()
    if wa[:4] == wb[:4]:
        return True

    def contained(x: list[str], y: list[str]) -> float:
        head = x[:8]
        return sum(w in y for w in head) / len(head) if head else 1.0

    return max(contained(wa, wb), contained(wb, wa)) >= 0.75


def _short(s: str) -> str:
    return s if len(s) <= 60 else s[:57] + "…"
