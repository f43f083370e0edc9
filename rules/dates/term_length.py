"""Rule DAT010 term-length."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.model import Document
from validator.rule import Finding, Rule, Severity

_TERM = recache.compile(r"nhiệm kỳ\s*\(?\s*((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})"
                   r"((?:\s*[,;]\s*(?:và\s+)?(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2})*)",
                   re.IGNORECASE)
_PAIR = recache.compile(r"((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})")
BODIES = ("Đảng", "Đảng bộ", "Ban Chấp hành", "cấp ủy", "cấp uỷ", "Thành ủy", "Thành uỷ",
          "Tỉnh ủy", "Tỉnh uỷ", "Huyện ủy", "Đảng ủy", "Đảng uỷ", "Hội đồng nhân dân", "HĐND",
          "Quốc hội", "Ủy ban Kiểm tra", "Ủy ban nhân dân", "UBND")
# bodies with other terms (a chi bộ's may be 2.5 years, associations choose theirs)
OTHER = recache.compile(r"[Cc]hi bộ|\bĐoàn\b|[Cc]ông đoàn|(?<![Đđ]ại )\bHội (?!đồng)|[Hh]iệp hội|"
                   r"[Mm]ặt trận|MTTQ")


class TermLength(Rule):
    """Flags a term ("nhiệm kỳ A - B") of a Party committee or a council not spanning 5 years.

    Terms of Party committees, People's Councils and the National Assembly are checked. The
    bodies (setting ``term_bodies``) and the length (``term_years``, default 5) are
    configurable; the body must be named in the same clause before the term, and a clause
    that also names a chi bộ, a youth union or an association is left alone. "giai đoạn" is
    free, and a list "nhiệm kỳ 2025 - 2030, 2026 - 2031" checks each span.

    Why: these terms are five years by the Party statute and the Constitution; "nhiệm kỳ
    2026 - 2030" for a People's Council is a typo.

    Tóm tắt: Nhiệm kỳ của cấp ủy, Hội đồng nhân dân, Quốc hội không đủ 5 năm.

    Vì sao: Nhiệm kỳ của cấp ủy (theo Điều lệ Đảng), Hội đồng nhân dân và Quốc hội (theo Hiến pháp)
    là năm năm; "nhiệm kỳ 2026 - 2030" của Hội đồng nhân dân là lỗi gõ.

    Bad:
        p: Bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2030.  # expect: DAT010
    Good:
        p: Bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 - 2031.
        p: Quy hoạch cán bộ nhiệm kỳ 2030 - 2035, 2031 - 2036; giai đoạn 2026 - 2028.
    """

    id = "DAT010"
    name = "term-length"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        years = int(self.setting("term_years", 5))
        bodies = tuple(self.setting("term_bodies", BODIES))
        for p in doc.all_paragraphs():
            if "nhiệm k" not in p.text.lower():
                continue
            for m in _TERM.finditer(p.match):
                clause = re.split(r"[;.]\s", p.match[max(0, m.start() - 120):m.start()])[-1]
                body = max(((clause.rfind(b), b) for b in bodies), default=(-1, ""))
                if body[0] < 0 or OTHER.search(clause):
                    continue
                for pair in _PAIR.finditer(p.match, m.start(), m.end()):
                    a, b = int(pair.group(1)), int(pair.group(2))
                    if b - a != years:
                        yield Finding(p.at(pair.start(), pair.end() - pair.start()),
                                      f"Nhiệm kỳ \"{pair.group(0)}\" ({body[1]}) kéo dài "
                                      f"{b - a} năm, không phải {years} năm.",
                                      suggestion=f"Viết \"{a} - {a + years}\" nếu đúng là "
                                      f"nhiệm kỳ {years} năm.")
