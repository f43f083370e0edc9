"""ARI007: "chiếm p%" shares that do not follow from the total stated nearby."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from validator import recache
from validator.analysis.numbers import Figure, agrees, fmt, fmt_short, parse
from validator.model import Document
from validator.rule import Finding, Rule, Severity

SHARE_RE = recache.compile(r"\s*,?\s*chiếm\s+(\d+(?:,\d+)?)\s*%", re.IGNORECASE)


class ShareMismatch(Rule):
    """Flags a share "X, chiếm p%" that is not X over the total stated before it.

    Why: "ước đạt 400 triệu USD, chiếm 97% số vốn" is checked against the total of the same
    paragraph (412,68 triệu USD); shares of one total that together make the total must
    also sum to 100%. The total is the first figure of the paragraph in the same unit.

    Tóm tắt: Tỷ trọng "chiếm p%" không đúng với tổng nêu trước đó.

    Vì sao: "ước đạt 400 triệu USD, chiếm 97% số vốn" được so với tổng nêu trong cùng đoạn (412,68
    triệu USD); các tỷ trọng của cùng một tổng, khi gộp lại thành cả tổng, phải cộng bằng 100%. Tổng
    là con số đầu tiên của đoạn có cùng đơn vị.

    Bad:
        p: Vốn đạt 412,68 triệu USD; trong khu 400 triệu USD, chiếm 90%.  # expect: ARI007
    Good:
        p: Vốn đạt 412,68 triệu USD; trong khu 400 triệu USD, chiếm 97%.
    """

    id = "ARI007"
    name = "share-mismatch"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in self.analysis.digit_paragraphs:
            figs = [f for f in self.analysis.figures(p.match)
                    if f.unit not in (None, "%", "điểm %")]
            shares: list[tuple[Figure, Decimal, int]] = []
            for f in figs:
                m = SHARE_RE.match(p.match, f.end)
                if not m:
                    continue
                total = next((t for t in figs if t.unit == f.unit and t.start < f.start), None)
                if total is None or total.approx or f.approx or total.base < f.base:
                    continue
                pct, d = parse(m.group(1), "vi")
                exact = f.base / total.base * 100
                shares.append((f, pct, d))
                if not agrees(pct, d, exact):
                    yield Finding(
                        p.at(f.start, m.end() - f.start),
                        f"Tỷ trọng {fmt(pct, d)}% không khớp: {fmt_short(f.value)} / "
                        f"{fmt_short(total.base / f.scale)} = {fmt(exact, d + 2)}%.",
                        suggestion="Kiểm tra lại tỷ trọng hoặc số tổng.",
                    )
            if len(shares) >= 2:
                parts = sum((f.base for f, _, _ in shares), Decimal(0))
                total = next(t for t in figs if t.unit == shares[0][0].unit)
                pcts = sum((x for _, x, _ in shares), Decimal(0))
                q = max(Decimal(1).scaleb(-d) for _, _, d in shares)
                if parts == total.base and abs(pcts - 100) > q * len(shares) / 2:
                    f = shares[0][0]
                    yield Finding(
                        p.at(f.start, f.end - f.start),
                        "Các tỷ trọng của cùng một tổng cộng lại "
                        + " + ".join(f"{fmt(x, d)}%" for _, x, d in shares)
                        + f" = {fmt(pcts, 2)}%, không phải 100%.",
                        suggestion="Kiểm tra lại các tỷ trọng.",
                    )
