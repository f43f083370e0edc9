"""FMT002 font-family-mixed."""

from __future__ import annotations

from collections.abc import Iterator

from rules.formatting._helpers import (
    SYMBOL_FONTS,
    body_text,
    dominant,
    has_words,
    spans,
    trim,
    weighted,
)
from rules.formatting.font_family_not_prescribed import same_font
from validator.model import Document, Run
from validator.rule import Finding, Rule, Severity


class FontFamilyMixed(Rule):
    """Flags body text in another font than the rest of the body.

    Why: a document is set in one font (Nghị định 30 and the samples of Hướng dẫn 36 use Times
    New Roman throughout). A passage in another font is almost always text pasted from
    elsewhere and shows on the printed page.

    Bad:
        p: BÁO CÁO
        p: Về tình hình thực hiện nhiệm vụ
        p: Trong tháng, Ủy ban nhân dân đã chỉ đạo các ngành.
        p: Công tác cải cách hành chính được chú trọng.
        p[font=Arial]: Đoạn văn dán từ trang tin điện tử.  # expect: FMT002
    Good:
        p: BÁO CÁO
        p: Về tình hình thực hiện nhiệm vụ
        p: Trong tháng, Ủy ban nhân dân đã chỉ đạo các ngành.
        p: Công tác cải cách hành chính được chú trọng.
        p: Đoạn văn soạn trực tiếp.
    """

    id = "FMT002"
    name = "font-family-mixed"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        body = body_text(doc, self.context)
        font = dominant(weighted(body, "font"))
        if not isinstance(font, str):
            return

        def other(r: Run) -> bool:
            return (
                r.font is not None
                and has_words(r.text)
                and not same_font(r.font, font)
                and r.font.strip().lower() not in SYMBOL_FONTS
            )

        for p in body:
            for start, end, run in spans(p, other):
                start, end = trim(p, start, end)
                yield Finding(
                    p.at(start, end - start),
                    f'Đoạn văn bản dùng phông chữ "{run.font}", khác phông chữ "{font}" '
                    "của phần còn lại",
                    suggestion=f'Đặt lại phông chữ "{font}" cho đoạn này.',
                )
                break
