"""Rule DAT016 congress-term-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.model import Document
from validator.outline import roman_value
from validator.rule import Finding, Rule, Severity

TERM = r"nhiệm kỳ\s+(?P<a>(?:19|20)\d{2})\s*-\s*(?P<b>(?:19|20)\d{2})(?!\d)"
# the National Party Congress: "Đại hội đại biểu toàn quốc lần thứ XIV (của Đảng)", "Đại hội
# XIV của Đảng"; the term in the same clause
NATIONAL_RE = recache.compile(
    r"Đại hội\s+(?:(?:đại biểu\s+)?toàn quốc\s+(?:lần thứ\s+)?(?P<n1>[IVXL]{1,6})\b"
    r"|(?:lần thứ\s+)?(?P<n2>[IVXL]{1,6})\s+(?:của\s+)?Đảng\b(?!\s+bộ))"
    r"[^;.]{0,60}?" + TERM
)
ASSEMBLY_RE = recache.compile(r"Quốc hội\s+khóa\s+(?P<n>[IVXL]{1,6})\b[^;.]{0,80}?" + TERM,
                              re.IGNORECASE)
# a congress of a Party committee (province, city, district, commune, ward, grassroots)
LOCAL_RE = recache.compile(
    r"Đại hội\s+(?:đại biểu\s+)?Đảng\s+bộ\b[^;.]{0,80}?" + TERM, re.IGNORECASE)


def national_start(n: int) -> int:
    """Start of the National Party Congress's term: VIII 1996, XIII 2021, XIV 2026."""
    return 1996 + 5 * (n - 8)


def assembly_start(n: int) -> int:
    """Start of the National Assembly's term: XIII 2011, XV 2021, XVI 2026."""
    return 2011 + 5 * (n - 13)


class CongressTermMismatch(Rule):
    """Flags a congress's or assembly's term that contradicts its number or its cycle.

    Why: the XIV National Party Congress opens the 2026–2031 term (XIII: 2021–2026); the
    XVI National Assembly sits 2026–2031 (XV: 2021–2026); the congresses of the Party
    committees below (province, district, commune) come a year before the national one, so
    their terms run 2025–2030 (2020–2025 before). "Đại hội đại biểu toàn quốc lần thứ XIV
    nhiệm kỳ 2025 - 2030 của Đảng" in the user's real report mixes the two cycles.

    Tóm tắt: Nhiệm kỳ của Đại hội Đảng toàn quốc, Quốc hội hoặc đại hội Đảng bộ không khớp với
    số khóa, chu kỳ (Đại hội XIV: 2026 - 2031).

    Vì sao: Đại hội đại biểu toàn quốc lần thứ XIV của Đảng mở đầu nhiệm kỳ 2026 - 2031 (lần thứ
    XIII: 2021 - 2026); Quốc hội khóa XVI có nhiệm kỳ 2026 - 2031 (khóa XV: 2021 - 2026); đại hội
    Đảng bộ các cấp (tỉnh, huyện, xã) diễn ra trước Đại hội toàn quốc một năm nên nhiệm kỳ là
    2025 - 2030 (trước đó 2020 - 2025). Báo cáo thật của người dùng viết "Đại hội đại biểu toàn
    quốc lần thứ XIV nhiệm kỳ 2025 - 2030 của Đảng", lẫn hai chu kỳ.

    Bad:
        p: Dự Đại hội đại biểu toàn quốc lần thứ XIV nhiệm kỳ 2025 - 2030.  # expect: DAT016
    Good:
        p: Dự Đại hội đại biểu toàn quốc lần thứ XIV nhiệm kỳ 2026 - 2031.
        p: Đại hội đại biểu Đảng bộ tỉnh Đồng Tháp lần thứ XI, nhiệm kỳ 2025 - 2030.
    """

    id = "DAT016"
    name = "congress-term-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in doc.all_paragraphs():
            text = p.match
            if "nhiệm k" not in text:
                continue
            for m in NATIONAL_RE.finditer(text):
                n = roman_value(m["n1"] or m["n2"] or "")
                if n is not None and n >= 8:
                    yield from self._check(p, m, national_start(n), "Đại hội toàn quốc của "
                                           f"Đảng lần thứ {m['n1'] or m['n2']}")
            for m in ASSEMBLY_RE.finditer(text):
                n = roman_value(m["n"])
                if n is not None and n >= 13:
                    yield from self._check(p, m, assembly_start(n), f"Quốc hội khóa {m['n']}")
            for m in LOCAL_RE.finditer(text):
                a, b = int(m["a"]), int(m["b"])
                if b - a == 5 and a % 5 != 0:
                    yield from self._check(p, m, a - a % 5, "Đại hội Đảng bộ các cấp", local=True)

    @staticmethod
    def _check(p, m: re.Match[str], start: int, what: str,  # noqa: ANN001
               local: bool = False) -> Iterator[Finding]:
        a, b = int(m["a"]), int(m["b"])
        if a == start and b == start + 5:
            return
        want = f"{start} - {start + 5}"
        why = "theo chu kỳ đại hội" if local else "theo số khóa"
        yield Finding(
            p.at(m.start("a"), m.end("b") - m.start("a")),
            f"{what}: nhiệm kỳ \"{p.text[m.start('a'):m.end('b')]}\" không đúng {why} "
            f"(đúng là {want}).",
            suggestion=f"Viết \"nhiệm kỳ {want}\".",
        )
