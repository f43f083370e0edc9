"""Figure mentions of one paragraph: figures, percentages and ratios, with what they count.

:func:`mentions` reads a paragraph's text into :class:`Mention` records, in order: plain
figures with their scale, unit and the noun they count ("12.480 hồ sơ"), percentages
("95,0%"), and ratios written with a slash or "trên tổng số" ("8.412/9.350 hồ sơ",
"104.462 hồ sơ trực tuyến/108.117 tổng hồ sơ", "3.065 hồ sơ … trên tổng số 3.416 hồ sơ").
Each mention knows its bracket depth and its clause (clauses end at ";" and at the end of a
sentence), which is all the relation readers need to tie figures together.

Figures that are not quantities are left out: years and dates, and numbers that name
something ("Điều 8", "Phường 2", "Đề án 06", "lần thứ 18").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from decimal import Decimal

import msgspec

from validator import recache
from validator.analysis.claims.model import Term
from validator.analysis.numbers import EN, VI, Figure, figures, parse
from validator.model import Paragraph

NUM = r"\d[\d.,]*\d|\d"
# x/y with the counted noun in between or after: "8.412/9.350", "104.462 hồ sơ trực tuyến/108.117"
RATIO_RE = recache.compile(
    rf"(?<![\w.,/])(?P<a>{NUM})(?P<mid>(?:\s+[^\W\d_]+){{0,6}})\s*/\s*(?:tổng\s+(?:số\s+)?)?"
    rf"(?P<b>{NUM})(?![\w/]|[.,]\d|\s*/\s*\d)",
    re.IGNORECASE,
)
# "X … trên tổng số Y", "X trong tổng số Y"
OF_TOTAL_RE = recache.compile(
    rf"(?<![\w.,/])(?P<a>{NUM})"
    rf"(?P<mid>(?:\s+[^\W\d_]+|,\s*[^\W\d_]+|,\s*\d{{1,2}}\b|\s+\d{{1,2}}\b){{0,16}}?)"
    rf"\s+(?:trên|trong)\s+tổng\s+"
    rf"(?:số\s+)?(?P<b>{NUM})(?![\w/]|[.,]\d)",
    re.IGNORECASE,
)
WORD_RE = recache.compile(r"[^\W\d_]+")
# words after which a figure names something rather than counts it ("Điều 8", "Phường 2")
LABEL_WORDS = frozenset(
    [
        "số", "điều", "khoản", "điểm", "chương", "mục", "thứ", "khóa", "khoá", "km", "phường",
        "quận", "năm", "tháng", "ngày", "quý", "kỳ", "hạng", "mức", "loại", "tầng", "ô", "trang",
        "tập", "bảng", "biểu", "mẫu", "đợt", "version", "luật", "nhóm", "lô", "thôn", "ấp", "№", "#"
    ]
)
LABEL_PAIRS = frozenset((
    "phụ lục", "đề án", "dự án", "lần thứ", "quốc lộ", "tỉnh lộ", "giai đoạn", "cấp độ",
    "phiên bản", "nghị định", "thông tư", "chỉ thị", "quyết định", "kết luận", "nghị quyết",
    "công văn", "kế hoạch", "chương trình", "tiêu chí", "chỉ số", "khu phố", "dân phố",
))


def is_label(text: str, start: int) -> bool:
    """True when the figure at ``start`` names something ("Điều 8", "Đề án 06", "Phường 2")
    rather than counts ("tổng số 12", "cấp xã 04 TTHC" count)."""
    words = text[max(0, start - 24):start].lower().split()
    if not words or text[start - 1:start] not in (" ", "\u00a0", "#", "№"):
        return bool(words) and words[-1] in ("#", "№")
    last = words[-1]
    if last in LABEL_WORDS:
        return not (last == "số" and len(words) > 1 and words[-2] == "tổng")
    return len(words) > 1 and f"{words[-2]} {last}" in LABEL_PAIRS


YEAR_BEFORE = recache.compile(r"(?:[-–/]|\bđến|\btới|\btừ|\bcuối|\bđầu|\btrước|\bsau|"
                              r"\bniên khóa|\bkhóa)\s*$", re.IGNORECASE)
YEAR_RANGE_AFTER = recache.compile(r"\s*[-–]\s*\d{4}\b")
# a range or bound, not an amount: "từ 70% - dưới 100%", "tối thiểu 20%"
BOUND_BEFORE = recache.compile(
    r"(?:từ|dưới|trên|tối thiểu|tối đa|ít nhất|không quá|không dưới|chỉ tiêu(?: đề ra)?(?: là)?|"
    r"mục tiêu(?: là)?|phấn đấu(?: đạt)?|chưa đạt|không đạt|đạt trên|>|<|≥|≤|gần|hơn)\s*$",
    re.IGNORECASE,
)
RANGE_AFTER = recache.compile(r"\s*%?\s*[-–]\s*(?:dưới\s+)?\d")
STOP_WORDS = frozenset(
    [
        "và", "với", "của", "là", "đạt", "chiếm", "tăng", "giảm", "so", "trong", "đã", "được",
        "tại", "trên", "thì", "theo", "để", "cho", "từ", "đến", "gồm", "bao", "có", "các", "những",
        "này", "đó", "như", "sau", "cụ", "thể", "thể", "hoặc", "hay", "nhưng", "mà", "còn", "đang",
        "chưa", "tương", "ứng", "bằng", "vượt", "ước", "khoảng", "hơn", "gần", "về", "ra", "vào",
        "lên", "xuống", "thuộc", "trước", "sau", "khi"
    ]
)


COUNTED = frozenset(("lượt", "doanh nghiệp", "dự án", "căn"))
ALTS_RE = recache.compile(r"(?:,\s*[^\W\d_]+(?: [^\W\d_]+)?){1,3}(?=\s*[(,:]|\s*$)")
# nouns that name a kind of thing counted: two parts starting with different ones are
# different things ("05 đoàn khách" and "4 lượt khách" do not add up)
CLASSIFIERS = frozenset(
    [
        "lượt", "người", "hộ", "đoàn", "vụ", "đối", "bị", "doanh", "dự", "hồ", "xã", "phường",
        "hội", "đơn", "cơ", "văn", "thủ", "tthc", "tàu", "chiếc", "cuộc", "lớp", "buổi", "chương",
        "điều", "tỷ", "triệu", "hecta", "ha", "km", "tấn", "con", "cây", "trường", "bệnh"
    ]
)


class Mention(msgspec.Struct):
    """A figure, percentage or ratio in a paragraph's text."""

    kind: str  # "num" | "pct" | "ratio"
    start: int
    end: int  # end of the figure, its scale and unit (for a ratio: of the denominator)
    term: Term  # the figure (a ratio's numerator)
    den: Term | None = None  # a ratio's denominator
    noun: str = ""  # the counted noun after it, lower case ("hồ sơ")
    noun_end: int = 0
    depth: int = 0  # brackets open at its start
    clause: int = 0
    sentence: int = 0
    approx: bool = False
    unit: str | None = None  # "%", "đồng", "USD", ... (None: a count)
    alts: tuple[str, ...] = ()  # more kinds it counts: "29 cơ quan, đơn vị, địa phương"

    @property
    def value(self) -> Decimal:
        return self.term.base


class Track:
    """A value that changes at a few positions of a text: ``track[pos]`` is its value there.

    The value at ``pos`` is the last change at or before it (bisect over the changes), so
    a paragraph of thousands of characters costs only its handful of brackets and stops.
    """

    __slots__ = ("at", "values")

    def __init__(self, at: list[int], values: list[int]) -> None:
        self.at = at  # positions where the value changes, ascending (the first is 0)
        self.values = values

    def __getitem__(self, pos: int) -> int:
        return self.values[bisect_right(self.at, pos) - 1]

    def span(self, pos: int, n: int) -> tuple[int, int]:
        """Where the run holding ``pos`` starts and ends (``n``: the text's length)."""
        k = bisect_right(self.at, pos) - 1
        return self.at[k], self.at[k + 1] if k + 1 < len(self.at) else n


class Layout(msgspec.Struct):
    """Bracket depth, clause and sentence at every position of a text."""

    depth: Track
    clause: Track
    sentence: Track
    closes: dict[int, int]  # "(" position -> its ")" position (or len(text))


SPECIAL_RE = recache.compile(r"[();\n.]")


def layout(text: str) -> Layout:
    n = len(text)
    d_at, d_val = [0], [0]
    c_at, c_val = [0], [0]
    s_at, s_val = [0], [0]
    closes: dict[int, int] = {}
    stack: list[int] = []
    d = c = s = 0
    for m in SPECIAL_RE.finditer(text):
        i = m.start()
        ch = text[i]
        if ch == "(":
            stack.append(i)
            d += 1
            d_at.append(i + 1)
            d_val.append(d)
        elif ch == ")":
            if not stack:
                continue
            closes[stack.pop()] = i
            d -= 1
            d_at.append(i)
            d_val.append(d)
        elif ch == ";" or ch == "\n":
            c += 1
            c_at.append(i + 1)
            c_val.append(c)
            if ch == "\n":
                s += 1
                s_at.append(i + 1)
                s_val.append(s)
        elif d == 0 and _sentence_end(text, i):
            c += 1
            s += 1
            c_at.append(i + 1)
            c_val.append(c)
            s_at.append(i + 1)
            s_val.append(s)
    for i in stack:
        closes[i] = n
    return Layout(Track(d_at, d_val), Track(c_at, c_val), Track(s_at, s_val), closes)


def _sentence_end(text: str, i: int) -> bool:
    nxt = text[i + 1:i + 3]
    if not nxt:
        return True
    if not nxt[0].isspace():
        return False
    after = nxt[1:2]
    return not after or after.isupper() or after in "-+–•(" or after.isdigit()


NOUN_AFTER_RE = recache.compile(r" *([^\W\d_]+(?: +[^\W\d_]+){0,3})")


def noun_after(text: str, pos: int) -> tuple[str, int]:
    """The counted noun right after ``pos`` (up to four words), lower case, and its end."""
    m = NOUN_AFTER_RE.match(text, pos)
    if m is None:
        return "", pos
    words: list[str] = []
    end = pos
    for w in m.group(1).split(" "):
        if not w:
            continue
        lw = w.lower()
        if lw in STOP_WORDS:
            break
        words.append(lw)
        end = text.index(w, end) + len(w)
    return " ".join(words), end


def kind_of(m: Mention, x: Mention) -> bool:
    """``x`` counts what ``m`` counts (its noun, or one of the kinds listed after it)."""
    return compatible(m.noun, x.noun) or any(compatible(a, x.noun) for a in m.alts)


def compatible(a: str, b: str) -> bool:
    """Two counted nouns can be a total and its part ("hợp tác xã" / "hợp tác xã nông nghiệp")."""
    if not a or not b:
        return True
    wa, wb = a.split(), b.split()
    return wa[0] == wb[0]


NON_SPACE_RE = recache.compile(r"\S")


def _list_marker(text: str, start: int, end: int) -> bool:
    """"(10) Thông báo …", "2. Tổng số …", "a) …": a list label, not an amount."""
    if start > 0 and text[start - 1] == "(" and text[end:end + 1] == ")":
        return True
    return text[end:end + 1] in (".", ")") and (
        end + 1 >= len(text) or not text[end + 1].isdigit()) and not NON_SPACE_RE.search(
        text, 0, start)  # nothing but spaces before it (no copy of a long paragraph's start)


def _clock(text: str, start: int, end: int) -> bool:
    """"08:00", "12h30": a time of day."""
    return text[end:end + 1] in (":", "h") and text[end + 1:end + 2].isdigit() or (
        start > 1 and text[start - 1] == ":" and text[start - 2].isdigit())


def _is_year(token: str, value: Decimal, decimals: int) -> bool:
    return not decimals and len(token) == 4 and 1900 <= value <= 2100


def _term(p: Paragraph | None, token: str, notation: str | None, start: int, end: int,
          scale: int = 1, exact: bool | None = None) -> Term:
    value, decimals = parse(token, notation)
    if exact is None:
        exact = scale == 1 and not decimals
    return Term(value, decimals, token, p, start, end, scale, exact)


def _within(spans: tuple[list[int], list[int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of ``spans`` (their starts and ends, ascending, disjoint)."""
    starts, ends = spans
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < ends[k]


def mentions(p: Paragraph | None, text: str, lay: Layout | None = None,
             figs: Sequence[Figure] | None = None) -> list[Mention]:
    """Every quantity, percentage and ratio of ``text``, in order (see the module doc);
    ``figs`` are the figures of ``text`` when already read."""
    lay = lay or layout(text)
    out: list[Mention] = []
    # the spans taken by each pattern's matches: ascending and disjoint (finditer), so whether
    # a position falls in one is a bisection, not a scan of every earlier match
    taken: list[tuple[list[int], list[int]]] = []
    figs = list(figures(text) if figs is None else figs)
    known = {f.kind for f in figs} & {VI, EN}
    notation = known.pop() if len(known) == 1 else None
    for rx in (RATIO_RE, OF_TOTAL_RE):
        if rx is RATIO_RE and "/" not in text:
            continue
        if rx is OF_TOTAL_RE and "tổng" not in text:
            continue
        starts: list[int] = []
        ends: list[int] = []
        for m in rx.finditer(text):
            a_tok, b_tok = m.group("a"), m.group("b")
            if any(_within(t, m.start()) for t in taken):
                continue
            a_val, _ = parse(a_tok, notation)
            b_val, _ = parse(b_tok, notation)
            mid = m.group("mid").strip()
            if not mid and rx is RATIO_RE and _date_like(text, m, a_val, b_val):
                continue
            if is_label(text, m.start("a")):
                continue
            a_end = m.end("a")
            a_term = _term(p, a_tok, notation, m.start("a"), a_end)
            b_term = _term(p, b_tok, notation, m.start("b"), m.end("b"))
            if b_term.decimals < a_term.decimals:  # "9,49/9,5 điểm": a maximum, not rounded
                b_term = _term(p, b_tok, notation, m.start("b"), m.end("b"), exact=True)
            noun = mid.lower()
            if not noun:
                noun, _ = noun_after(text, m.end())
            else:
                noun = " ".join(w for w in noun.split()[:3])
            out.append(Mention("ratio", m.start(), m.end(), a_term, b_term, noun, m.end(),
                               lay.depth[m.start()], lay.clause[m.start()],
                               lay.sentence[m.start()]))
            starts.append(m.start())
            ends.append(m.end())
        taken.append((starts, ends))
    for f in figs:
        if taken and any(_within(t, f.start) for t in taken):
            continue
        if f.unit == "%":
            before = text[max(0, f.start - 24):f.start]
            approx = bool(BOUND_BEFORE.search(before) or RANGE_AFTER.match(text, f.end)) or (
                text[max(0, f.start - 3):f.start].rstrip().endswith("-"))
            term = Term(f.value, f.decimals, f.token, p, f.start, f.end, exact=not f.decimals)
            out.append(Mention("pct", f.start, f.end, term, None, "", f.end,
                               lay.depth[f.start], lay.clause[f.start], lay.sentence[f.start],
                               approx, "%"))
            continue
        if f.unit == "điểm %":
            continue
        if is_label(text, f.start) or YEAR_RANGE_AFTER.match(text, f.start + len(f.token)):
            continue
        if _list_marker(text, f.start, f.start + len(f.token)) or _clock(text, f.start, f.end):
            continue
        noun, noun_end = noun_after(text, f.end)
        if not noun and _is_year(f.token, f.value, f.decimals) and YEAR_BEFORE.search(
                text[max(0, f.start - 12):f.start]):
            continue
        if noun.startswith(("giờ", "phút", "ngày", "tuổi", "lần", "năm", "tháng", "km", "m2",
                            "ha", "kg", "g ")):
            unit = noun.split()[0]
        elif f.unit in COUNTED:
            # the number reader took the counted noun for a unit ("151 dự án", "850 lượt")
            unit, noun = None, f"{f.unit} {noun}".strip()
        else:
            unit = f.unit
        exact = f.scale == 1 and not f.decimals
        term = Term(f.value, f.decimals, f.token, p, f.start, f.end, f.scale, exact)
        alts: tuple[str, ...] = ()
        if noun and text.startswith(",", noun_end):
            more = ALTS_RE.match(text, noun_end)
            if more:
                alts = tuple(w.strip().lower() for w in more.group(0).split(",") if w.strip())
        out.append(Mention("num", f.start, f.end, term, None, noun, noun_end,
                           lay.depth[f.start], lay.clause[f.start], lay.sentence[f.start],
                           f.approx, unit, alts))
    out.sort(key=lambda m: m.start)
    return out


def _date_like(text: str, m: re.Match[str], a: Decimal, b: Decimal) -> bool:
    """"9/2019", "2024/2025", "1/500" (a scale) — not a ratio of two amounts."""
    if 1900 <= b <= 2100 and m.end("b") - m.start("b") == 4 and (a <= 12 or a >= 1900):
        return True
    before = text[max(0, m.start() - 12):m.start()].lower()
    return "tỷ lệ" in before and a == 1
