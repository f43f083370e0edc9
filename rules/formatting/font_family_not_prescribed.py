"""FMT001 font-family-not-prescribed."""

from __future__ import annotations

from collections.abc import Iterator

from rules.formatting._helpers import (
    body_text,
    dominant,
    has_words,
    system,
    text_runs,
    weighted,
)
from validator.analysis import Analysis
from validator.model import Document, Paragraph
from validator.rule import Finding, Rule, Severity

STATE_FONT = "Times New Roman"


def font_family(name: str | None) -> str:
    """"Times New Roman Bold" and "TimesNewRoman" are the family "timesnewroman"."""
    key = (name or "").replace(" ", "").replace("-", "").lower()
    for suffix in ("bolditalic", "italic", "bold", "regular", "ps", "mt"):
        key = key.removesuffix(suffix)
    return key


def same_font(a: str | None, b: str | None) -> bool:
    return font_family(a) == font_family(b)


class FontFamilyNotPrescribed(Rule):
    """Flags a body set in another font than the one the regulation or the office prescribes.

    Why: Nghị định 30 prescribes Times New Roman for state documents; many Party offices
    prescribe it too (setting ``font_family``). A draft typed in another font is sent back
    before signing. Hướng dẫn 36 names no font, so for Party documents the rule only applies
    when the office sets ``font_family``. Fonts are read as Word resolves them, through the
    theme (a text in "Aptos Display" by the theme's heading font is in Aptos Display). What
    follows the signature (an attached charter or regulation, the appendices) is checked too,
    each section of it on its own.

    Tóm tắt: Phần nội dung dùng phông chữ khác với phông quy định.

    Vì sao: Nghị định 30 quy định phông Times New Roman cho văn bản nhà nước; nhiều cơ quan Đảng
    cũng quy định như vậy (thiết lập font_family). Dự thảo gõ bằng phông khác sẽ bị trả lại trước
    khi ký. Hướng dẫn 36 không quy định phông, nên với văn bản của Đảng quy tắc chỉ áp dụng khi cơ
    quan đặt font_family.

    Bad:
        p[font=Arial]: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        p[font=Arial]: Số: 12/BC-UBND
        p[font=Arial]: BÁO CÁO
        p[font=Arial]: Về tình hình thực hiện nhiệm vụ
        p[font=Arial]: Trong tháng, Ủy ban nhân dân đã chỉ đạo các ngành.  # expect: FMT001
    Good:
        p: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        p: Số: 12/BC-UBND
        p: BÁO CÁO
        p: Về tình hình thực hiện nhiệm vụ
        p: Trong tháng, Ủy ban nhân dân đã chỉ đạo các ngành.
    """

    id = "FMT001"
    name = "font-family-not-prescribed"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        expected = self.setting("font_family")
        if not expected and system(self.analysis) == "state":
            expected = STATE_FONT
        if not expected:
            return
        body = self.analysis.of(body_text)
        yield from self._part(body, str(expected), "Phần nội dung văn bản")
        for part in attached_parts(self.analysis):
            head = " ".join(part[0].text.split())
            head = head if len(head) <= 40 else head[:39] + "…"
            yield from self._part(part, str(expected), f"Phần kèm theo (từ “{head}”)")

    @staticmethod
    def _part(paragraphs: list[Paragraph], expected: str, what: str) -> Iterator[Finding]:
        font = dominant(weighted(paragraphs, "font"))
        if not isinstance(font, str) or same_font(font, expected):
            return
        for p in paragraphs:
            for r in text_runs(p):
                if same_font(r.font, font):
                    yield Finding(
                        p.at(r.start, r.end - r.start),
                        f'{what} dùng phông chữ "{font}", không phải "{expected}" theo quy định',
                        suggestion=f'Chọn toàn bộ văn bản và đặt phông chữ "{expected}".',
                    )
                    return


# Text after the signature counts as a part of its own from this many letters on (a stray
# line or a note under the signature is not an attached document).
ATTACHED_LETTERS = 200


def attached_parts(analysis: Analysis) -> list[list[Paragraph]]:
    """What follows the signature block (an attached charter, regulation or plan; the
    appendices), outside tables and text boxes, one list of paragraphs per Word section."""
    f = analysis.frame
    closing = [p.index for p in (f.recipients, f.archive, f.signature_authority,
                                 f.signer_title, f.signer_name, *f.recipient_lines)
               if p is not None and p.part == "body" and not p.in_textbox]
    if f.body_end is None or not closing:
        return []
    start = max(max(closing), f.body_end) + 1
    parts: dict[int, list[Paragraph]] = {}
    for p in analysis.doc.body_paragraphs:
        if p.index >= start and p.table is None and not p.in_textbox and has_words(p.text):
            parts.setdefault(p.page_section, []).append(p)
    return [ps for ps in parts.values()
            if sum(c.isalpha() for q in ps for c in q.text) >= ATTACHED_LETTERS]
