"""Rule DAT015 programme-period-conflict."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from validator import recache
from validator.model import Document, Paragraph
from validator.rule import Finding, Related, Rule, Severity

# "… tại thành phố Hải Phòng giai đoạn 2026 - 2030": the words naming what the period is of,
# within the clause, then the period.
PERIOD_RE = recache.compile(
    r"(?P<name>(?:[^\W\d_][\w]*\s+){5,12})giai đoạn\s+(?P<a>(?:19|20)\d{2})\s*-\s*"
    r"(?P<b>(?:19|20)\d{2})(?!\d)"
)
KEY_WORDS = 8  # the words before "giai đoạn" that name the programme


def _key(name: str) -> str:
    words = unicodedata.normalize("NFC", name).lower().split()
    return " ".join(words[-KEY_WORDS:])


class Mention:
    __slots__ = ("p", "start", "end", "key", "period", "text")

    def __init__(self, p: Paragraph, m: re.Match[str]) -> None:
        self.p = p
        self.key = _key(m["name"])
        self.period = (int(m["a"]), int(m["b"]))
        self.start = m.start("a") - len("giai đoạn ")
        self.end = m.end()
        self.text = p.text[m.start("a"):m.end()]


def _typo(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Two periods one year apart at one end ("2025 - 2030" and "2026 - 2030")."""
    return (x[1] == y[1] and abs(x[0] - y[0]) == 1) or (x[0] == y[0] and abs(x[1] - y[1]) == 1)


class ProgrammePeriodConflict(Rule):
    """Flags one programme, plan or resolution given two periods in one document.

    Why: "Đề án … tại thành phố Hải Phòng giai đoạn 2026 - 2030" in one section and "giai
    đoạn 2025 - 2030" in another (the user's real report): one of them is a slip, and the
    reader cannot tell which. A programme is recognised by the eight words before "giai
    đoạn", within one clause; only two periods one year apart at one end are reported, since
    consecutive phases ("2021 - 2025", "2026 - 2030") are distinct plans.

    Tóm tắt: Cùng một chương trình, đề án, kế hoạch được ghi hai giai đoạn khác nhau ("2026 -
    2030" và "2025 - 2030").

    Vì sao: "Đề án … tại thành phố Hải Phòng giai đoạn 2026 - 2030" ở một mục và "giai đoạn 2025 -
    2030" ở mục khác (trong báo cáo thật của người dùng): một trong hai là viết nhầm, người đọc
    không biết đâu là đúng. Chương trình được nhận ra bằng tám từ đứng trước "giai đoạn" trong
    cùng một vế câu; chỉ báo hai giai đoạn lệch nhau một năm ở một đầu, vì các giai đoạn nối tiếp
    ("2021 - 2025", "2026 - 2030") là những kế hoạch khác nhau.

    Bad:
        p: Đề án về mô hình xã hội chủ nghĩa tại Hải Phòng giai đoạn 2026 - 2030.
        p: Đề án về mô hình xã hội chủ nghĩa tại Hải Phòng giai đoạn 2025 - 2030.  # expect: DAT015
    Good:
        p: Đề án về mô hình xã hội chủ nghĩa tại Hải Phòng giai đoạn 2026 - 2030.
        p: Kế hoạch đầu tư công trung hạn của thành phố giai đoạn 2021 - 2025 và 2026 - 2030.
    """

    id = "DAT015"
    name = "programme-period-conflict"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        seen: dict[str, list[Mention]] = {}
        for p in doc.all_paragraphs():
            if "giai đoạn" not in p.match:
                continue
            for clause in re.finditer(r"[^;.:()\"“”]+", p.match):
                for m in PERIOD_RE.finditer(p.match, clause.start(), clause.end()):
                    mention = Mention(p, m)
                    seen.setdefault(mention.key, []).append(mention)
        for mentions in seen.values():
            pair = next(((x, y) for i, x in enumerate(mentions) for y in mentions[i + 1:]
                         if _typo(x.period, y.period)), None)
            if pair is None:
                continue
            first, later = pair
            count = {per: sum(1 for m in mentions if m.period == per)
                     for per in (first.period, later.period)}
            # the period written less often is the slip; on a tie, the later mention (the
            # first is usually the citation of the document itself)
            odd, other = (first, later) if count[first.period] < count[later.period] \
                else (later, first)
            yield Finding(
                odd.p.at(odd.start, odd.end - odd.start),
                f"Cùng một chương trình, đề án (\"…{odd.key}\") được ghi hai giai đoạn "
                f"khác nhau: \"{odd.text}\" và \"{other.text}\".",
                suggestion="Kiểm tra lại giai đoạn theo văn bản ban hành và thống nhất.",
                related=(Related(other.p.at(other.start, other.end - other.start),
                                 f"Giai đoạn \"{other.text}\""),),
            )
