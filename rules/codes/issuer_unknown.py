"""Rule COD008 issuer-unknown."""

from __future__ import annotations

from collections.abc import Iterator

from rules import _codes
from rules._citations import citations
from validator.model import Document
from validator.rule import Finding, Rule, Severity


class IssuerUnknown(Rule):
    """Warns about an issuer code not in the known list (setting ``extra_issuers`` adds more).

    Why: issuer codes are the initials of the issuing body (TW, TU, VPTU, BTCTU, UBND, CP,
    TTg…); an unfamiliar one is often a typo ("TƯ" for TW). Agencies choose their own codes,
    so this is a warning; add local codes to the ``extra_issuers`` setting.

    Bad:
        p: Thực hiện Nghị quyết số 57-NQ/TƯ, ngày 22/12/2024 của Bộ Chính trị.  # expect: COD008
    Good:
        p: Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị.
    """

    id = "COD008"
    name = "issuer-unknown"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        extra = frozenset(self.setting("extra_issuers", ()) or ())
        seen: set[str] = set()
        for c in citations(doc, self.context):
            if c.system in ("qh",) or not c.number:
                continue
            system = "party" if c.system == "party" else "state"
            if _codes.issuer_known(c.issuer, system, extra) or c.issuer in seen:
                continue
            seen.add(c.issuer)
            yield Finding(
                c.location,
                f"Mã cơ quan ban hành \"{c.issuer}\" trong \"{c.raw}\" không có trong danh mục "
                "đã biết.",
                suggestion="Kiểm tra lại; nếu đúng, thêm mã vào thiết lập extra_issuers.",
            )
