"""Counts against what they count, when the items are named in the same paragraph.

"ban hành 04 kế hoạch: Kế hoạch số 15/KH-UBND, …", "03 Khu công nghiệp, gồm A, B và C",
"08 doanh nghiệp (A, B, …)", "(05 nhiệm vụ): (1) … (5) …", "02 nghị quyết, 01 đề án: Nghị
quyết số …, Nghị quyết số …; Đề án số …". The item splitting and the count claims are shared
with the lists of the paragraphs that follow (:mod:`validator.analysis.claims.lists`).

Lists that are only a selection ("như", "nổi bật là", "tiêu biểu", "trong đó") and counts that
are bounds ("tối thiểu 03 thành viên") are left alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

from validator import recache
from validator.analysis.claims.model import COUNT, ERROR, WARNING, Claim, Term
from validator.analysis.claims.text import STOP_WORDS, is_label, layout
from validator.analysis.numbers import Figure, figures
from validator.model import Paragraph

NOUN = r"[^\W\d_]+(?:[ \-][^\W\d_]+){0,7}?"
# "04 kế hoạch:", "03 Khu công nghiệp, gồm", "08 doanh nghiệp (", "gồm có 5 nội dung như sau:"
COUNT_RE = recache.compile(
    rf"(?<![\w.,/%-])(?P<n>\d{{1,2}})\s+(?P<noun>{NOUN})(?P<more>(?:\s*,\s*(?:và\s+)?\d{{1,2}}\s+"
    rf"{NOUN})*)\)?\s*(?P<cue>(?:,?\s*(?:gồm có|bao gồm|gồm|là|cụ thể(?: là)?|như sau|sau đây|sau)"
    r"\s*:?)|:|\((?!\s*(?:gồm|trong|bao|cụ thể|đạt|chiếm|tỷ lệ|\d)))",
    re.IGNORECASE,
)
# "03 Khu công nghiệp chào mừng …, gồm KCN A, KCN B và KCN C"
GOM_RE = recache.compile(
    r"(?<![\w.,/%-])(?P<n>\d{1,2})\s+(?P<noun>[^\W\d_]+(?:\s+[^\W\d_]+){0,2})"
    r"(?P<more>)[^.;:()]{0,80}?,?\s+(?P<cue>gồm có|bao gồm|gồm)\s*:?\s+",
    re.IGNORECASE,
)
MORE_RE = recache.compile(rf"(\d{{1,2}})\s+({NOUN})(?=\s*(?:,|và|$))", re.IGNORECASE)
BOUND_BEFORE = recache.compile(
    r"(?:tối thiểu|ít nhất|trên|hơn|gần|khoảng|hàng|mỗi|từng|thứ|lần|tối đa|không quá|"
    r"dưới|các|những|top|số)\s*$",
    re.IGNORECASE,
)
SELECTION = recache.compile(
    r"^\s*(?:như|nổi bật|tiêu biểu|điển hình|trong đó|chủ yếu|một số|ví dụ|chẳng hạn|nhất là|"
    r"đặc biệt|trong số)",
    re.IGNORECASE,
)
MEASURE = frozenset(
    [
        "phút", "giờ", "ngày", "tháng", "năm", "tuần", "quý", "mm", "cm", "m", "km", "ha", "kg",
        "g", "tấn", "lít", "đồng", "tỷ", "triệu", "nghìn", "ngàn", "lần", "điểm", "tuổi", "phần",
        "%", "m2", "m3", "km2", "trang", "bản"
    ]
)
NOUN_SELECTION = recache.compile(r"\b(?:như|nổi bật|tiêu biểu|điển hình|trong đó)\b", re.IGNORECASE)
MARKERS_RE = recache.compile(r"(?:^|(?<=[\s;:,.]))\(?(\d{1,2})\)\s*")
STOP_CONNECTIVE = recache.compile(
    r"\s(?:với tổng|với sự|nhằm|để|qua đó|đồng thời|nhưng|do đó|vì vậy|theo đó|bảo đảm|đảm bảo)\s",
    re.IGNORECASE,
)
ITEM_SPLIT = recache.compile(r"\s*[,;]\s*(?:và\s+)?|\s+và\s+|\s+cùng\s+")


def _fold(text: str) -> str:
    """Lower case without tones, for comparing an item with the counted noun."""
    nfd = unicodedata.normalize("NFD", text.lower())
    return "".join(c for c in nfd if not unicodedata.combining(c)).replace("đ", "d")


def _top_level_split(segment: str) -> list[str]:
    """Items of a list, split at commas, semicolons and "và" outside brackets and quotes."""
    out: list[str] = []
    depth = 0
    quote = False
    buf: list[str] = []
    i = 0
    semi = segment.count(";") > 0 and _top_count(segment, ";") >= 1
    n = len(segment)
    while i < n:
        ch = segment[i]
        if ch in "(“[":
            depth += 1
        elif ch in ")”]" and depth:
            depth -= 1
        elif ch == '"':
            quote = not quote
        if depth == 0 and not quote:
            if ch == ";" or (ch == "," and not semi):
                out.append("".join(buf))
                buf = []
                i += 1
                continue
            if segment.startswith(" và ", i) or segment.startswith(" cùng ", i):
                out.append("".join(buf))
                buf = []
                i += 4 if segment.startswith(" và ", i) else 6
                continue
        buf.append(ch)
        i += 1
    out.append("".join(buf))
    return [x.strip(" .,;:\t\"“”'") for x in out if x.strip(" .,;:\t\"“”'")]


def _top_count(segment: str, ch: str) -> int:
    depth = 0
    k = 0
    for c in segment:
        if c in "(“":
            depth += 1
        elif c in ")”" and depth:
            depth -= 1
        elif c == ch and depth == 0:
            k += 1
    return k


def inline_counts(p: Paragraph, text: str | None = None,
                  figs: Sequence[Figure] | None = None) -> list[Claim]:
    """Counts whose items are named in the same paragraph (``figs``: the figures of the
    paragraph's text, when already read)."""
    text = p.match if text is None else text
    out: list[Claim] = []
    if not any(c in text for c in ":(") and "gồm" not in text:
        return out
    lay = None
    seen: set[int] = set()
    # a count is a small whole number written before a word: try the patterns only there
    starts = [f.start for f in (figures(text) if figs is None else figs)
              if not f.decimals and f.value < 100 and f.unit is None and len(f.token) <= 2]
    if not starts:
        return out
    found = [m for m in (COUNT_RE.match(text, k) for k in starts) if m is not None]
    if "gồm" in text:
        taken = {x.start() for x in found}
        found += [m for m in (GOM_RE.match(text, k) for k in starts if k not in taken)
                  if m is not None]
    for m in found:
        if m.start() in seen:
            continue
        seen.add(m.start())
        if BOUND_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        noun = m.group("noun")
        if NOUN_SELECTION.search(noun) or not countable(noun) or is_label(text, m.start()):
            continue
        n = int(m.group("n"))
        if n < 2:
            continue
        lay = lay or layout(text)
        cue = m.group("cue")
        start = m.end()
        if cue.startswith("("):
            end = lay.closes.get(m.end() - 1, len(text))
        else:
            end = lay.sentence.span(min(start, len(text) - 1), len(text))[1]
        segment = text[start:end]
        if SELECTION.match(segment):
            continue
        heads = [(n, noun)] + [(int(a), b) for a, b in MORE_RE.findall(m.group("more"))]
        claim = _count_claim(p, text, m.start(), m.end(), heads, segment, start, cue)
        if claim is not None:
            out.append(claim)
    return out


def countable(noun: str) -> bool:
    first = noun.split()[0].lower()
    return first not in MEASURE and first not in STOP_WORDS


def split_items(segment: str, n: int = 0) -> tuple[list[str], bool] | None:
    """The items of a list segment, and whether they were numbered "(1) … (2) …"; None
    when the list cannot be told apart (numbering that restarts, mixed separators)."""
    marks = [int(x) for x in MARKERS_RE.findall(segment)]
    if len(marks) >= 2:
        if marks[0] == 1 and marks == list(range(1, len(marks) + 1)):
            parts = MARKERS_RE.split(segment)
            items = [parts[k + 1].strip() for k in range(1, len(parts) - 1, 2)]
            return [x for x in items if x] or [str(k) for k in marks], True
        return None
    cut = STOP_CONNECTIVE.search(segment)
    if cut:
        segment = segment[:cut.start()]
    semis = _top_count(segment, ";")
    first_semi, first_comma = _first_top(segment, ";"), _first_top(segment, ",")
    if semis >= 2 or semis == 1 and n == 2:
        return [x.strip(" .,:\t\"“”'") for x in _split_top(segment, ";") if x.strip(" .,:")], False
    if first_semi >= 0 and 0 <= first_comma < first_semi:
        segment = segment[:first_semi]  # "03 lĩnh vực: A, B, C; gồm có: …"
    elif first_semi >= 0:
        segment = segment[:first_semi]
    if " - " in segment:
        if "," in segment:
            return None  # "Nhận thức đúng - giải pháp, sáng tạo, …": cannot tell the items
        return [x.strip(" .") for x in segment.split(" - ") if x.strip(" .")], False
    return _top_level_split(segment), False


def _split_top(segment: str, ch: str) -> list[str]:
    out: list[str] = []
    buf: list[str] = []
    depth = 0
    for c in segment:
        if c in "(“":
            depth += 1
        elif c in ")”" and depth:
            depth -= 1
        if c == ch and depth == 0:
            out.append("".join(buf))
            buf = []
        else:
            buf.append(c)
    out.append("".join(buf))
    return out


TRAILING_AND = recache.compile(r"\s+(?:và|cùng)$")


def HEAD_START(head: str) -> re.Pattern[str]:  # noqa: N802 - a compiled pattern per kind
    """Where an item of this kind starts in a folded list ("…, ke hoach so 16 va ke hoach …")."""
    return recache.compile(rf"(?:^|[,;:(]\s*|\sva\s)({re.escape(head)})\b")


def _head(noun: str) -> str:
    """The words an item of this kind starts with ("kế hoạch", "nghị quyết", "đề án")."""
    words = noun.split()
    two = words[0].lower() in ("kế", "nghị", "quyết", "chương", "đề", "kết", "thông", "báo",
                               "hướng", "công", "quy", "chỉ", "dự", "tờ")
    return _fold(" ".join(words[:2] if two and len(words) > 1 else words[:1]))


def _head_items(segment: str, noun: str) -> list[str]:
    """Items that start with the counted kind: "Kế hoạch số 15/…, Kế hoạch số 16/… và …"."""
    head = _head(noun)
    segment = segment.strip()
    folded = _fold(segment)
    chunks = [c.strip() for c in re.split(r"[,;]|\svà\s", segment) if c.strip()]
    if any(c[:1].isupper() and not _fold(c).startswith(head) for c in chunks):
        return []  # "07 Hội: Hội A, Liên minh B, Hội C …": not every item names the kind
    starts = [m.start() for m in HEAD_START(head).finditer(folded)]
    starts = [folded.index(head, s) for s in starts]
    items = [segment[a:b].strip(" ,;.") for a, b in zip(starts, starts[1:] + [len(segment)])]
    return [TRAILING_AND.sub("", x) for x in items]


def _first_top(segment: str, ch: str) -> int:
    depth = 0
    for i, c in enumerate(segment):
        if c in "(“":
            depth += 1
        elif c in ")”" and depth:
            depth -= 1
        elif c == ch and depth == 0:
            return i
    return -1


def _count_claim(p: Paragraph, text: str, start: int, head_end: int,
                 heads: list[tuple[int, str]], segment: str, seg_start: int,
                 cue: str) -> Claim | None:
    found = split_items(segment, sum(n for n, _ in heads))
    if len(heads) == 1:
        by_head = _head_items(segment, heads[0][1])
        split = found
        if len(by_head) >= 2 and (found is None or not found[1]):
            found = (by_head, False)
        # several readings of one list: the count holds when one of them gives it
        if split is not None and found is not None and found[0] is by_head and \
                len(split[0]) == heads[0][0] != len(by_head):
            found = split
    if found is None:
        return None
    items, numbered = found
    if not items or len(items) < 2 and not numbered:
        return None
    if cue.startswith("(") and not numbered and not all(
            x[:1].isupper() or x[:1] in "“\"" for x in items):
        return None
    lens = [len(x.split()) for x in items]
    total = sum(n for n, _ in heads)
    same_kind = all(_fold(x).startswith(_fold(heads[0][1].split()[0])) for x in items)
    if len(heads) > 1 or numbered or same_kind:
        pass
    elif max(lens) > 14 or total > 20:
        return None
    if len(heads) > 1:
        # "02 nghị quyết, 01 đề án: Nghị quyết số …; Nghị quyết số …; Đề án số …"
        out = None
        for n, noun in heads:
            head = _head(noun)
            listed = [x for x in items if _fold(x).startswith(head)]
            if listed and len(listed) != n:
                return make_count(p, start, head_end, n, noun, listed, ERROR)
            if listed and out is None:
                out = make_count(p, start, head_end, n, noun, listed, ERROR)
        if out is None and len(items) != total:
            listed_heads = ", ".join(f"{a:02d} {b}" for a, b in heads)
            return make_count(p, start, head_end, total, listed_heads, items, WARNING)
        return out
    n, noun = heads[0]
    names = all(x[:1].isupper() or x[:1] in "“\"" for x in items) and max(lens) <= 10
    if numbered or same_kind or names and (
            ":" in cue or "gồm" in cue.lower() or cue.startswith("(")):
        certainty = ERROR
    elif max(lens) <= 8:
        certainty = WARNING
    else:
        return None
    return make_count(p, start, head_end, n, noun, items, certainty)


def make_count(p: Paragraph, start: int, end: int, n: int, noun: str, items: Sequence[str],
          certainty: str, holds: bool | None = None) -> Claim:
    ok = len(items) == n if holds is None else holds
    written = re.match(r"\(?(\d+)", p.match[start:end])
    token = written.group(1) if written and int(written.group(1)) == n else str(n)
    stated = Term(Decimal(n), 0, token, p, start, end)
    listed = "; ".join(f"\"{_short(x)}\"" for x in items)
    comp = f"liệt kê {len(items)} {noun.lower()}: {listed}"
    if not ok:
        comp = f"ghi {token} {noun.lower()} nhưng " + comp
    return Claim(COUNT, stated, (), ok, certainty, p.at(start, max(1, end - start)), comp,
                 tuple(items), noun.lower())


def _short(text: str) -> str:
    words = text.split()
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "")




