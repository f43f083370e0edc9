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
from validator.model import Document, Location, Run
from validator.rule import Finding, Related, Rule, Severity


class FontFamilyMixed(Rule):
    """Flags body text in another font than the rest of the body.

    Why: a document is set in one font (Nghị định 30 and the samples of Hướng dẫn 36 use Times
    New Roman throughout). A passage in another font is almost always text pasted from
    elsewhere and shows on the printed page. One finding per font, on its first passage, the
    others listed with it (they are one paste, set right in one go).

    Tóm tắt: Một phần nội dung dùng phông chữ khác với phần còn lại.

    Vì sao: Một văn bản dùng một phông chữ (Nghị định 30 và các mẫu của Hướng dẫn 36 đều dùng Times
    New Roman từ đầu đến cuối). Một đoạn khác phông hầu như luôn là chữ dán từ nơi khác và lộ rõ
    trên bản in.

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
        body = self.analysis.of(body_text)
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

        places: dict[str, list[Location]] = {}
        for p in body:
            for start, end, run in spans(p, other):
                start, end = trim(p, start, end)
                places.setdefault(str(run.font), []).append(p.at(start, end - start))
                break
        for name, locs in places.items():
            many = f" ({len(locs)} đoạn)" if len(locs) > 1 else ""
            yield Finding(
                locs[0],
                f'Đoạn văn bản dùng phông chữ "{name}", khác phông chữ "{font}" '
                f"của phần còn lại{many}",
                suggestion=f'Đặt lại phông chữ "{font}" cho '
                + ("các đoạn này." if many else "đoạn này."),
                related=tuple(Related(loc, f'Phông chữ "{name}"') for loc in locs[1:11]),
            )
