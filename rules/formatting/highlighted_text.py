"""FMT009 highlighted-text."""

from __future__ import annotations

from collections.abc import Iterator

from rules.formatting._helpers import spans, trim
from validator.model import Document, Run
from validator.rule import Finding, Rule, Severity

COLOURS = {
    "yellow": "vàng", "green": "xanh lá", "cyan": "xanh lơ", "magenta": "hồng",
    "blue": "xanh dương", "red": "đỏ", "darkBlue": "xanh đậm", "darkCyan": "xanh lơ đậm",
    "darkGreen": "xanh lá đậm", "darkMagenta": "tím", "darkRed": "đỏ đậm",
    "darkYellow": "vàng đậm", "darkGray": "xám đậm", "lightGray": "xám nhạt", "black": "đen",
}


def _visible(colour: str) -> bool:
    """False for "none", "white" and near-white shading (#F9FAFC from pasted web text)."""
    if colour in ("none", "white", "auto", "FFFFFF"):
        return False
    hexa = colour.lstrip("#")
    if len(hexa) == 6:
        try:
            return min(int(hexa[i:i + 2], 16) for i in (0, 2, 4)) < 0xE0
        except ValueError:
            return True
    return True


def _highlighted(r: Run) -> bool:
    return bool(r.highlight) and _visible(r.highlight or "")


class HighlightedText(Rule):
    """Flags text with a highlight colour.

    Why: drafters highlight what still has to be checked or filled in. A highlight left in a
    document submitted for signing marks unfinished work and prints in colour.

    Tóm tắt: Văn bản có chữ được tô màu nền (highlight).

    Vì sao: Người soạn thảo tô màu những chỗ còn phải kiểm tra hoặc điền. Màu nền còn sót trong văn
    bản trình ký đánh dấu việc chưa xong và được in ra có màu.

    Bad:
        p: Doanh thu tăng {hl:12%} so với cùng kỳ.  # expect: FMT009
    Good:
        p: Doanh thu tăng 12% so với cùng kỳ.
    """

    id = "FMT009"
    name = "highlighted-text"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in doc.all_paragraphs():
            for start, end, run in spans(p, _highlighted):
                start, end = trim(p, start, end)
                if end <= start:
                    continue
                colour = COLOURS.get(run.highlight or "", run.highlight)
                yield Finding(
                    p.at(start, end - start),
                    f'Chữ được tô màu nền ({colour}): "{p.text[start:end][:60]}"',
                    suggestion="Kiểm tra nội dung rồi bỏ tô màu (Text Highlight Color > "
                    "No Color).",
                )
