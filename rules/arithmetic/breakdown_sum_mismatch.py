"""ARI002: a total stated in prose is not the sum of the breakdown given with it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from validator import recache
from validator.analysis.numbers import fmt, parse
from validator.model import Document, Paragraph
from validator.rule import Finding, Rule, Severity

# "151 dự án tồn đọng, theo nhóm (07 dự án …; 106 dự án …; 38 dự án …)"
TOTAL_RE = recache.compile(
    r"(?<![\w.,/])(\d[\d.]*)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)\b([^()\d]{0,60}?)\(([^()]+)\)"
)
PART_SPLIT = recache.compile(r"[;,]|\s+và\s+(?=\d)")
CONTRIB_RE = recache.compile(
    r"(?P<sign>giảm|tăng|đóng góp|góp)[^;%]{0,25}?(?P<n>\d+(?:,\d+)?)\s*điểm\s*(?:%|phần trăm)",
    re.IGNORECASE,
)
# every CONTRIB_RE match holds "điểm" (same flags): a paragraph without it has none
POINTS_RE = recache.compile("điểm", re.IGNORECASE)
TOTAL_GROWTH_RE = recache.compile(r"tăng\s+(\d+(?:,\d+)?)\s*%")


class BreakdownSumMismatch(Rule):
    """Flags a total whose breakdown in brackets, or whose contributions, do not add up to it.

    Why: "151 dự án (07 …; 106 …; 38 …)" is checked by every reader; so is a growth rate
    split into contributions in percentage points ("đóng góp 35,92 điểm %"). Parts in
    brackets are compared only when each names the same unit as the total, and a list
    introduced by "trong đó" (a subset) is left alone.

    Tóm tắt: Tổng không bằng các phần nêu trong ngoặc, hoặc mức tăng chung không bằng tổng các mức
    đóng góp.

    Vì sao: Người đọc nào cũng cộng lại "151 dự án (07 …; 106 …; 38 …)"; cũng vậy với một tốc độ
    tăng được chia thành các mức đóng góp tính bằng điểm phần trăm ("đóng góp 35,92 điểm %"). Các
    phần trong ngoặc chỉ được so khi cùng đơn vị với tổng; danh sách mở đầu bằng "trong đó" (chỉ là
    một phần) không bị so.

    Bad:
        p: 150 dự án tồn đọng (07 dự án cấp tỉnh; 106 dự án cấp xã).  # expect: ARI002
    Good:
        p: 113 dự án tồn đọng (07 dự án cấp tỉnh; 106 dự án cấp xã).
    """

    id = "ARI002"
    name = "breakdown-sum-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in self.analysis.digit_paragraphs:  # totals and parts are figures
            yield from self._brackets(p)
            yield from self._contributions(p)

    def _brackets(self, p: Paragraph) -> Iterator[Finding]:
        if "(" not in p.match:
            return
        for m in TOTAL_RE.finditer(p.match):
            noun = m.group(2).lower()
            if "trong đó" in m.group(3).lower() or "trong đó" in m.group(4).lower():
                continue
            parts = [s.strip() for s in PART_SPLIT.split(m.group(4)) if s.strip()]
            values: list[Decimal] = []
            for part in parts:
                pm = re.match(r"(\d[\d.]*)\s+(.+)", part)
                if not pm or not pm.group(2).lower().startswith(noun):
                    values = []
                    break
                values.append(parse(pm.group(1), "vi")[0])
            if len(values) < 2:
                continue
            total = parse(m.group(1), "vi")[0]
            if sum(values) != total:
                shown = " + ".join(fmt(v, 0) for v in values)
                yield Finding(
                    p.at(m.start(), m.end() - m.start()),
                    f"Tổng {fmt(total, 0)} {noun} không khớp với các phần trong ngoặc: "
                    f"{shown} = {fmt(Decimal(sum(values)), 0)}.",
                    suggestion="Kiểm tra lại tổng hoặc từng phần.",
                )

    def _contributions(self, p: Paragraph) -> Iterator[Finding]:
        text = p.match
        if not POINTS_RE.search(text):
            return
        contribs = list(CONTRIB_RE.finditer(text))
        if len(contribs) < 2:
            return
        head = TOTAL_GROWTH_RE.search(text[: contribs[0].start()])
        if not head:
            return
        total, tdec = parse(head.group(1), "vi")
        values, decs = [], [tdec]
        for c in contribs:
            v, d = parse(c.group("n"), "vi")
            values.append(-v if c.group("sign").lower() == "giảm" else v)
            decs.append(d)
        q = Decimal(1).scaleb(-max(decs))
        tolerance = q * len(values) / 2
        if abs(sum(values) - total) > tolerance:
            d = max(decs)
            shown = " + ".join(fmt(v, d) for v in values).replace("+ -", "- ")
            yield Finding(
                p.at(head.start(), head.end() - head.start()),
                f"Mức tăng chung {fmt(total, tdec)}% không khớp với tổng các mức đóng góp: "
                f"{shown} = {fmt(Decimal(sum(values)), d)} điểm %.",
                suggestion="Kiểm tra lại mức tăng chung hoặc các mức đóng góp (điểm phần trăm).",
            )
