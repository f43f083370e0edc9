"""Claims stated inside one paragraph (or table cell), found from cue words and brackets.

The readers work on the mentions of :mod:`validator.analysis.claims.text`, in this order,
each taking the figures it ties together so that a later, weaker reader does not reuse them:

1. changes written with both figures: "tăng 54 vụ (209/155)";
2. a ratio with its percentage, either side, in or out of brackets: "8.412/9.350 hồ sơ, đạt
   tỷ lệ 98,97%", "90,58% (419.218/462.814 hồ sơ)", "28/30 lớp (đạt 100% kế hoạch)";
3. a total and its parts after "gồm", "bao gồm", "cụ thể", "trong đó", a colon or a bracket,
   with the share of each part when it is given ("12.480 hồ sơ; trong đó: … 12.106 hồ sơ
   (tỷ lệ 95,0%)"), ratios made of ratios ("42/139 …, (4/15 … và 38/124 …)"), several
   breakdowns of one total in a row ("nam: 1800, nữ: 122 … có nghề nghiệp: 851, …");
4. a part and its percentage of the nearest larger figure counting the same thing ("2.775.718
   tài khoản, kích hoạt 2.202.278 tài khoản (đạt tỷ lệ 79,34%)") — a weaker cue: warnings;
5. rates of change with their figures ("từ 120 lên 150 hồ sơ, tăng 25%", "412,68 triệu USD,
   vượt 69% so với cùng kỳ (…: 244,57 triệu USD)", "tăng 20 hồ sơ, tương ứng 20%");
6. contributions to a growth rate in percentage points (they add up; rates never do).

Counts against the items they count are read by :mod:`validator.analysis.claims.counts`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal

from validator import recache
from validator.analysis.claims.model import (
    CHANGE,
    ERROR,
    GROWTH,
    HUNDRED,
    POINTS,
    RATIO,
    SHARE,
    SUBSET,
    SUM,
    WARNING,
    Claim,
    Term,
    mistyped,
    near_miss,
    pct_text,
    ratio_computation,
    rounds_to,
    show,
    show_value,
    sum_agrees,
)
from validator.analysis.claims.text import (
    CLASSIFIERS,
    Layout,
    Mention,
    compatible,
    kind_of,
    layout,
    mentions,
)
from validator.analysis.numbers import Figure, fmt, parse
from validator.model import Paragraph

CHANGE_VERB = recache.compile(r"\b(tăng|giảm|gảm)\b", re.IGNORECASE)
BREAK_CUE = recache.compile(
    r"\b(?:bao gồm|gồm có|gồm|trong đó|cụ thể là|cụ thể|chia ra|chia thành|chi tiết)\b\s*:?|\(",
    re.IGNORECASE,
)
EXHAUSTIVE = ("bao gồm", "gồm có", "gồm", "cụ thể", "chia ra", "chia thành", "chi tiết")
# what may stand between a figure and the percentage that belongs to it
LINK_TAIL = (
    r"[\s,(:]*(?:(?:và|hay|hoặc)\s+)?(?:(?:đạt|chiếm|bằng|là|đạt được|tương ứng|tương đương)"
    r"\s+)?(?:tỷ lệ|tỉ lệ)?\s*(?:là|đạt)?\s*[:=]?\s*[~≈]?\s*$"
)
# a part, a few words about it, then its percentage: "4.568 hồ sơ đã trả kết quả (đạt tỷ lệ "
PART_PCT_LINK = recache.compile(r"^\s*(?:[^\W\d_]+[\s,-]*){0,10}" + LINK_TAIL, re.IGNORECASE)
PCT_LINK = recache.compile(
    r"^[\s,(:]*(?:(?:và|hay|hoặc)\s+)?(?:(?:đạt|chiếm|bằng|là|đạt được|tương ứng|tương đương)"
    r"\s+)?(?:tỷ lệ|tỉ lệ)?\s*(?:là|đạt)?\s*[:=]?\s*[~≈]?\s*$",
    re.IGNORECASE,
)
# a percentage of a plan, an estimate or the same period: not a share of a figure before it
PCT_BASE_AFTER = recache.compile(
    r"\s*(?:so với|so cùng kỳ|cùng kỳ|dự toán|kế hoạch|kịch bản|chỉ tiêu|mục tiêu|tổng dự toán|"
    r"trên tổng|nhiệm vụ (?:năm|kế hoạch)|yêu cầu|định mức)",
    re.IGNORECASE,
)
GROWTH_BEFORE = recache.compile(
    r"(?:tăng|giảm|vượt|gảm|tăng trưởng|tốc độ|tương ứng|tương đương)\s*(?:thêm\s*)?$",
    re.IGNORECASE)
# "230.473 triệu đồng/13.203.300 triệu đồng; đạt 1,75%": the percentage after a semicolon
SEMI_LINK = recache.compile(r"[^;%\d]{0,40};\s*(?:đạt|bằng|chiếm)\s*(?:tỷ lệ|tỉ lệ)?\s*",
                            re.IGNORECASE)
# a condition or a target between a ratio and a percentage: the percentage is not its value
CONDITION = recache.compile(
    r"\b(?:trường hợp (?:đạt|dưới|trên|có|không)|nếu|khi|chỉ tiêu|mục tiêu)\b", re.IGNORECASE)
CHANGE_VERB_BEFORE = recache.compile(r"(?:tăng|giảm|gảm|vượt)\s*(?:thêm\s*)?$", re.IGNORECASE)
CHANGE_RATE_LINK = recache.compile(
    r"[\s,(]*(?:so\s+(?:với\s+)?[^();%]{0,40}?)?[\s,]*(?:tương ứng|tương đương|tức là|tức|bằng|hay)"
    r"\s*(?:với\s*)?(?:mức\s*)?(?:tăng|giảm)?\s*(?:là\s*)?$",
    re.IGNORECASE)
SHARE_CUE = recache.compile(r"(?:đạt|chiếm|bằng)?\s*(?:tỷ lệ|tỉ lệ)?", re.IGNORECASE)
# complementary parts: a "trong đó" list made of both is the whole
COMPLEMENTS = (
    ("đúng hạn", "trễ hạn"), ("đúng hạn", "quá hạn"), ("trong hạn", "quá hạn"),
    ("nam", "nữ"), ("cấp tỉnh", "cấp xã"), ("trong khu", "ngoài khu"), ("đô thị", "nông thôn"),
    ("trong nước", "nước ngoài"), ("đã", "chưa"), ("đạt", "không đạt"), ("thành công", "không"),
    ("trực tuyến", "trực tiếp"), ("có", "không"), ("công lập", "ngoài công lập"),
)
# "từ 120 lên 150", "từ 150 xuống 120"
FROM_TO_RE = recache.compile(r"\btừ\s+$", re.IGNORECASE)
TO_RE = recache.compile(r"^\s*(?:[^\W\d_]+\s+){0,3}?(lên|xuống|còn)\s+(?:mức\s+)?$", re.IGNORECASE)
RATE_LINK = recache.compile(
    r"^\s*[,(]?\s*(?:tương ứng|tương đương|tức|bằng|hay|với tốc độ|tỷ lệ tăng|tỷ lệ giảm)?"
    r"\s*(?:tăng|giảm)?\s*$",
    re.IGNORECASE,
)
SAME_PERIOD_BASE = recache.compile(
    r"\s*so\s+(?:với\s+)?(?:cùng kỳ|tháng trước|năm trước|quý trước|kỳ trước|năm \d{4}|"
    r"tháng \d{1,2}[^()]{0,12})[^();.]{0,40}\(\s*(?:[^():]{0,40}:\s*)?",
    re.IGNORECASE,
)
POINTS_RE = recache.compile(
    r"(?P<sign>giảm|tăng|đóng góp|góp)[^;%]{0,25}?(?P<n>\d+(?:,\d+)?)\s*điểm\s*(?:%|phần trăm)",
    re.IGNORECASE,
)
TOTAL_GROWTH_RE = recache.compile(r"tăng\s+(\d+(?:,\d+)?)\s*%")


class Reader:
    """Reads the claims of one paragraph's text (see the module doc for the order)."""

    def __init__(self, p: Paragraph, text: str | None = None,
                 figs: Sequence[Figure] | None = None) -> None:
        self.p = p
        self.text = text if text is not None else p.match
        self.lay: Layout = layout(self.text)
        self.ms: list[Mention] = mentions(p, self.text, self.lay, figs)
        # the index of the first mention of each mention's sentence: searches back through a
        # sentence stop there instead of running through the whole paragraph
        self.starts = [m.start for m in self.ms]
        self.first: list[int] = []
        for i, m in enumerate(self.ms):
            same = i > 0 and self.ms[i - 1].sentence == m.sentence
            self.first.append(self.first[i - 1] if same else i)
        self.used: set[int] = set()  # ids of mentions already tied into a claim
        self.out: list[Claim] = []

    # -- helpers --------------------------------------------------------------------------

    def at(self, start: int, end: int) -> object:
        return self.p.at(start, max(0, end - start))

    def between(self, a: int, b: int) -> str:
        return self.text[a:b] if a < b else ""

    def claim(self, kind: str, stated: Term, terms: tuple[Term, ...], holds: bool,
              certainty: str, start: int, end: int, computation: str, note: str = "",
              items: tuple[str, ...] = ()) -> None:
        self.out.append(Claim(kind, stated, terms, holds, certainty,
                              self.p.at(start, max(1, end - start)), computation, items, note))

    # -- 1. changes with both figures: "tăng 54 vụ (209/155)" -------------------------------

    def changes_in_brackets(self) -> None:
        for i, m in enumerate(self.ms):
            if m.kind != "ratio" or m.depth == 0:
                continue
            open_ = self.text.rfind("(", 0, m.start)
            if open_ < 0 or self.text[open_ + 1:m.start].strip():
                continue
            close = self.lay.closes.get(open_, len(self.text))
            if self.text[m.end:close].strip():
                continue
            # the change: the figure right before the bracket, with a verb earlier in the clause
            prev = next((x for x in reversed(self.ms[:i])
                         if x.kind == "num" and x.depth == m.depth - 1 and x.end <= open_), None)
            if prev is None or not re.fullmatch(r"[\s,]*(?:so\s+(?:với\s+)?[^();]{0,40})?",
                                                self.text[prev.noun_end:open_]):
                continue
            clause_start = self._clause_start(prev.start)
            verbs = list(CHANGE_VERB.finditer(self.text, clause_start, prev.start))
            if not verbs:
                continue
            verb = verbs[-1].group(1).lower()
            a, b = m.term, m.den
            assert b is not None
            diff = abs(a.value - b.value)
            d = prev.term
            holds = diff == d.value
            certainty = ERROR
            text = f"{show(a)} − {show(b)} = {show_value(a.value - b.value, 0)}"
            if holds:
                # the direction, when the sentence states the current figure
                stated = self._current(prev)
                current = stated.term.value if stated is not None else None
                if current is not None and current in (a.value, b.value):
                    other = b.value if current == a.value else a.value
                    grew = current > other
                    if grew != (verb == "tăng") and current != other:
                        holds = False
                        text += (f": {fmt(current, 0)} so với {fmt(other, 0)} là "
                                 f"{'tăng' if grew else 'giảm'}, không phải {verb}")
                elif stated is not None and mistyped(stated.term.value, a.value):
                    # "bắt giữ 286 vụ … tăng 59 vụ (268/209)": written twice, differently
                    holds, certainty = False, WARNING
                    text += (f", nhưng số nêu trước là {show(stated.term)} "
                             f"{stated.noun}, không phải {show(a)}")
            elif not holds:
                big, small = (a, b) if a.value >= b.value else (b, a)
                text = f"{show(big)} − {show(small)} = {fmt(diff, 0)}, không phải {show(d)}"
            self.used.update({id(m), id(prev)})
            self.claim(CHANGE, d, (a, b), holds, certainty, prev.start, close + 1, text,
                       note=verb)

    def _clause_start(self, pos: int) -> int:
        return self.lay.clause.span(pos, len(self.text))[0]

    def _current(self, change: Mention) -> Mention | None:
        """The figure the change is about, stated before it in its sentence or the one
        before ("bắt giữ 209 vụ, … . So với năm 2010 tăng 54 vụ (209/155)")."""
        for x in reversed(self.ms):
            if x.start >= change.start or x.sentence < change.sentence - 1:
                continue
            if x.kind == "num" and x.depth == 0 and x.noun and compatible(
                    x.noun, change.noun) and not CHANGE_VERB_BEFORE.search(
                    self.text[max(0, x.start - 16):x.start]):
                return x
        return None

    # -- 2. ratio and percentage -------------------------------------------------------

    def ratios(self) -> None:
        ms = self.ms
        for i, r in enumerate(ms):
            if r.kind != "ratio" or id(r) in self.used:
                continue
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if nxt is not None and nxt.kind == "ratio" and re.fullmatch(
                    r"[^\d%;()]{0,60}?(?:,|\bvà\b)[^\d%;()]{0,60}", self.between(r.end, nxt.start)):
                continue  # "1.940/1.940 … và 426/426 … (đạt 100%)": read with the next one
            pct = self._pct_after(i)
            if pct is None:
                pct = self._pct_before(i)
            if pct is None:
                continue
            group = [r]
            j = i - 1
            while j >= 0 and ms[j].kind == "ratio" and id(ms[j]) not in self.used and re.fullmatch(
                    r"[^\d%;()]{0,60}?(?:,|\bvà\b)[^\d%;()]{0,60}",
                    self.between(ms[j].end, group[0].start)):
                group.insert(0, ms[j])
                j -= 1
            self._ratio_claims(group, pct)

    def _pct_after(self, i: int) -> Mention | None:
        r = self.ms[i]
        for m in self.ms[i + 1:]:
            if m.kind == "ratio" or m.start - r.end > 160:
                return None
            if m.kind != "pct":
                continue
            if m.approx or id(m) in self.used:
                return None
            gap = self.between(r.end, m.start)
            if m.clause != r.clause and not self._same_bracketed(r, m) and not (
                    SEMI_LINK.fullmatch(gap)):
                return None
            if CONDITION.search(gap):
                return None
            return m
        return None

    def _pct_before(self, i: int) -> Mention | None:
        """"90,58% (419.218/462.814 hồ sơ)", "đạt 56% trên tổng lượt (26.770/47.826 lượt)"."""
        r = self.ms[i]
        for m in reversed(self.ms[:i]):
            if m.kind == "ratio":
                return None
            if m.kind != "pct":
                continue
            if m.approx or id(m) in self.used or m.sentence != r.sentence:
                return None
            gap = self.between(m.end, r.start)
            if re.fullmatch(r"[^\W\d]{0,2}(?:\s*[^\W\d_]+){0,8}\s*[(:]\s*(?:[^\W\d_]+\s*){0,10}"
                            r"|\s*,?\s*(?:tương ứng|tương đương|tức là|tức|bằng|với)\s*", gap):
                return m
            return None
        return None

    def _linked_before(self, r: Mention, m: Mention) -> bool:
        gap = self.between(r.end, m.start)
        return not any(ch.isdigit() for ch in gap) and bool(
            re.search(r"(?:đạt|tỷ lệ|tỉ lệ|chiếm|bằng|là|\(|:)\s*[~≈]?\s*$", gap, re.IGNORECASE))

    def _same_bracketed(self, r: Mention, m: Mention) -> bool:
        """A ratio and a percentage of one bracket ("…(đạt tỷ lệ 73,9% trên tổng số)")."""
        return r.sentence == m.sentence and ";" not in self.between(r.end, m.start)

    def _ratio_claims(self, group: list[Mention], pct: Mention) -> None:
        verb = re.search(r"(tăng|giảm|vượt)\s*$", self.text[max(0, pct.start - 10):pct.start],
                         re.IGNORECASE)
        if verb and len(group) == 1 and group[0].den is not None and group[0].den.base:
            # "2,5 tỷ/2,1 tỷ = tăng 19%": a rate of change
            r = group[0]
            assert r.den is not None
            down = verb.group(1).lower() == "giảm"
            ok = rounds_to(pct.term.value, pct.term.decimals,
                           *_growth_bounds(r.term, r.den, down))
            exact = (r.term.base / r.den.base - 1) * HUNDRED
            d = max(pct.term.decimals, 1) if not ok else pct.term.decimals
            comp = f"{show(r.term)}/{show(r.den)} − 100% = {pct_text(exact, d)}"
            if not ok:
                stated = pct_text(pct.term.value, pct.term.decimals)
                comp += f", không phải {verb.group(1).lower()} {stated}"
            self.used.update({id(r), id(pct)})
            self.claim(GROWTH, pct.term, (r.term, r.den), ok, WARNING, r.start, pct.end, comp,
                       note=verb.group(1).lower())
            return
        checks = []
        for r in group:
            assert r.den is not None
            ok, text = ratio_computation(r.term, r.den, pct.term)
            checks.append((r, ok, text))
        combined_ok = False
        if len(group) > 1:
            a = sum((r.term.base for r in group), Decimal(0))
            b = sum((r.den.base for r in group if r.den is not None), Decimal(0))
            combined_ok = bool(b) and rounds_to(pct.term.value, pct.term.decimals,
                                                a / b * HUNDRED)
        r0 = group[-1]
        if r0.end <= pct.start:
            gap = self.between(r0.end, pct.start)
            linked = bool(re.search(r"(?:đạt|tỷ lệ|tỉ lệ|chiếm|bằng|là|\(|:|=)\s*[~≈]?\s*$", gap,
                                    re.IGNORECASE))
        else:
            linked = True
        certainty = ERROR if len(group) == 1 and linked else WARNING
        for r, ok, text in checks:
            holds = ok or combined_ok
            assert r.den is not None
            if not ok and r.den.base and r.term.base > r.den.base:
                # "552.693/513.672 hồ sơ (đạt 92,94%)": the two figures swapped?
                inv_ok, _ = ratio_computation(r.den, r.term, pct.term)
                if inv_ok:
                    text += f" ({show(r.den)}/{show(r.term)} mới bằng " \
                            f"{pct_text(pct.term.value, pct.term.decimals)}: hai số bị đảo?)"
            start, end = min(r.start, pct.start), max(r.end, pct.end)
            self.claim(RATIO, pct.term, (r.term, r.den), holds, certainty, start, end, text,
                       note="tỷ lệ")
            self.used.add(id(r))
        self.used.add(id(pct))

    # -- 3. totals and parts -------------------------------------------------------------

    def breakdowns(self) -> None:
        text = self.text
        starts = self.starts
        for cue in BREAK_CUE.finditer(text):
            word = cue.group().rstrip(": ").lower()
            pos = cue.start()
            depth = self.lay.depth[pos]
            total = None
            if word == "(":
                seg_start, base = cue.end(), depth + 1
                seg_end = self.lay.closes.get(pos, len(text))
                inner = text[seg_start:seg_start + 12].lstrip().lower()
                if inner.startswith(("trong đó", "gồm", "bao gồm", "cụ thể")):
                    continue  # read from that word
                exhaustive = True
            else:
                seg_start, base = cue.end(), depth
                if depth > 0:
                    open_ = text.rfind("(", 0, pos)
                    seg_end = self.lay.closes.get(open_, len(text))
                else:
                    seg_end = self._sentence_end(pos)
                    if word == "trong đó" and cue.group().rstrip().endswith(":"):
                        self._later_breakdowns(pos, seg_end)
                exhaustive = word.startswith(EXHAUSTIVE)
            window = self.ms[bisect_left(starts, seg_start):bisect_left(starts, seg_end)]
            parts = [x for x in window if x.kind in ("num", "ratio") and not x.approx
                     and self.lay.depth[x.start] == base
                     and (id(x) not in self.used or x.kind == "ratio")
                     and not CHANGE_VERB_BEFORE.search(text[max(0, x.start - 16):x.start])]
            if not parts:
                continue
            if word == "(":
                total = self._total_before_bracket(pos, words=True)
            elif depth > 0:
                total = self._total_before_bracket(open_, words=True)
                if text[open_ + 1:pos].strip() and total is not None:
                    total = None if any(
                        x.kind == "num" for x in self.ms if open_ < x.start < pos) else total
            if not parts:
                continue
            if total is not None:
                candidates: list[Mention | None] = [total]
            elif word == "(" or depth > 0:
                self._first_is_total(pos, parts, word)
                continue
            else:
                candidates = self._totals_before(pos, depth, same_clause=word != "trong đó")
            for t in candidates:
                if t is None:
                    continue
                if t.kind == "ratio" and not any(x.kind == "ratio" for x in parts):
                    t = self._as_total(t)  # "42/42 cơ quan (gồm: 04 … và 38 …)"
                odd: list[Mention] = []
                if t.kind == "num" and sum(x.kind == "ratio" for x in parts) >= 2:
                    # "8.203 tàu cá, trong đó … 8.056/8.203"
                    parts, odd = self._numerators(t, parts)
                same = [x for x in parts if x.kind == t.kind and (
                    t.kind == "ratio" or kind_of(t, x)) and x.unit == t.unit]
                alike = [x for x in parts if x.kind == t.kind and x.unit == t.unit]
                if len(same) < len(alike) and t.kind == "num":
                    terms = [x.term for x in alike]
                    if len(alike) >= 2 and (sum_agrees(t.term, terms) or _runs(t.term, terms)):
                        same = alike  # other nouns, but they add up: "8.891 (8.250 Token, 641 SIM)"
                    elif len(same) * 2 >= len(alike) and len(alike) >= 2 and same and not any(
                            x.noun.split()[0] in CLASSIFIERS for x in alike if x not in same
                            and x.noun):
                        same = alike  # "82.438 hồ sơ (59.072 đăng ký …, 24.366 hồ sơ …)"
                    else:
                        continue
                if not same:
                    continue
                self._breakdown(t, same, exhaustive, word, seg_start, seg_end)
                for x in odd:
                    if x.den is not None:  # the part's share is of a total never stated
                        self.claim(SHARE, x.den, (x.term, t.term), False, ERROR, x.start, x.end,
                                   f"phần {show(x.term)}/{show(x.den)} lấy mẫu số "
                                   f"{show(x.den)}, không phải tổng {show(t.term)} đã nêu",
                                   note="mẫu số")
                break

    def _later_breakdowns(self, pos: int, seg_end: int) -> None:
        """"… là 1922 người. Trong đó: …: 814; …: 1084; …: 24. Giới tính: nam: 1800, nữ: 122.
        Nghề nghiệp: …": each later sentence of "label: figure" pairs that adds up to the
        total is another breakdown of it (read only when it does add up)."""
        cands = self._totals_before(pos, 0, same_clause=False)
        t = next((x for x in cands if x is not None and x.kind == "num"), None)
        if t is None:
            return
        groups: dict[int, list[Mention]] = {}
        for x in self.ms:
            if x.start >= seg_end and x.depth == 0 and x.kind == "num" and not x.approx and \
                    x.unit == t.unit and id(x) not in self.used:
                groups.setdefault(x.sentence, []).append(x)
        for parts in groups.values():
            terms = [x.term for x in parts]
            if len(terms) < 2:
                continue
            s = sum((x.base for x in terms), Decimal(0))
            ok = sum_agrees(t.term, terms)
            if not ok and not near_miss(t.term, s):
                continue
            comp = " + ".join(show(x) for x in terms) + f" = {show_value(s, 0)}"
            if not ok:
                comp += f", không phải {show(t.term)}"
            self.claim(SUM, t.term, tuple(terms), ok, ERROR if ok else WARNING, parts[0].start,
                       parts[-1].end, comp, note="trong đó")
            self.used.update(id(x) for x in parts)

    def _as_total(self, t: Mention) -> Mention:
        return Mention("num", t.start, t.end, t.term, None, t.noun, t.noun_end, t.depth,
                       t.clause, t.sentence, t.approx, t.unit)

    def _numerators(self, t: Mention, parts: list[Mention]) -> tuple[list[Mention], list[Mention]]:
        """The parts "x/T" of a total T as their numerators; also when every part writes the
        same T that differs from the total stated ("8.023 tàu cá, trong đó … 8.056/8.203 tàu
        cá, … 147/8.203 tàu cá": the sum tells which is right).

        A part "x/D" of the same thing whose D is neither the total nor the others' shared
        denominator, while the others write the total and all the numerators make it up
        ("8.203 tàu cá, trong đó 8.056/8.203 tàu cá …, 147/8.023 tàu cá"), is the total
        mistyped: it is read as its numerator and returned second, to be reported."""
        dens = {x.den.base for x in parts if x.kind == "ratio" and x.den is not None}
        out = []
        for x in parts:
            if x.kind == "ratio" and x.den is not None and (x.den.base == t.term.base or (
                    len(dens) == 1 and self._same_count(t, x))):
                out.append(self._as_total(x))
            else:
                out.append(x)
        odd = [x for x in out if x.kind == "ratio" and x.den is not None
               and x.den.scale == t.term.scale and self._same_count(t, x)]
        if len(odd) == 1 and len(dens) == 2 and any(
                x.kind == "ratio" and x.den is not None and x.den.base == t.term.base
                for x in parts):
            nums = [self._as_total(x) if x is odd[0] else x for x in out]
            terms = [x.term for x in nums if x.kind == "num"]
            if len(terms) == len(nums) and sum_agrees(t.term, terms):
                return nums, odd
        return out, []

    def _sentence_end(self, pos: int) -> int:
        return self.lay.sentence.span(pos, len(self.text))[1]

    def _shared_noun_break(self, x: Mention, same: list[Mention]) -> bool:
        return False

    def _first_is_total(self, pos: int, parts: list[Mention], word: str) -> None:
        """"đã thực hiện 99,71% (trong đó: Số kiến nghị … là 95.120.259.153 đồng, số … đã
        thực hiện là 94.848.107.153 đồng, số … chưa thực hiện là 272.152.000 đồng)": the
        bracket's first figure is the total, the percentage the share of the second."""
        open_ = self.text.rfind("(", 0, pos + 1)
        owner = next((x for x in reversed(self.ms) if x.end <= open_), None)
        nums = [x for x in parts if x.kind == "num"]
        if owner is None or owner.kind != "pct" or owner.approx or id(owner) in self.used or \
                self.text[owner.end:open_].strip() or len(nums) < 2 or \
                len({x.unit for x in nums}) != 1:
            return
        total, done, rest = nums[0], nums[1], nums[2:]
        ok_share, comp_share = ratio_computation(done.term, total.term, owner.term)
        ok_sum = bool(rest) and sum_agrees(total.term, [done.term] + [x.term for x in rest])
        if not ok_share and not ok_sum:
            return  # the figures cannot be tied together
        self.used.add(id(owner))
        self.claim(SHARE, owner.term, (done.term, total.term), ok_share, ERROR, owner.start,
                   done.end, comp_share, note="tỷ lệ")
        if rest:
            terms = [done.term] + [x.term for x in rest]
            s = sum((x.base for x in terms), Decimal(0))
            comp = " + ".join(show(x) for x in terms) + f" = {show_value(s / total.term.scale, 0)}"
            if not ok_sum:
                comp += f", không phải {show(total.term)}"
            self.claim(SUM, total.term, tuple(terms), ok_sum, ERROR, total.start, nums[-1].end,
                       comp, note=word)
        self.used.update(id(x) for x in nums)

    def _total_before_bracket(self, open_: int, words: bool = False) -> Mention | None:
        """The figure whose bracket this is: "2.372 (trong đó, …)", "420 TTHC (Thuế tỉnh …)"."""
        prev: Mention | None = None
        for x in reversed(self.ms):
            if x.end > open_:
                continue
            if x.kind == "pct" and prev is None and not self.text[x.end:open_].strip():
                prev = x  # "42/139 …, đạt tỷ lệ 30% (4/15 … và 38/124 …)"
                continue
            if prev is not None:
                return x if x.kind == "ratio" and self._linked_before(x, prev) else None
            if x.kind not in ("num", "ratio") or self.lay.depth[x.start] != self.lay.depth[open_]:
                return None
            gap = self.text[x.noun_end:open_] if x.kind == "num" else self.text[x.end:open_]
            if x.kind == "ratio" or words:
                inner = self.text[open_ + 1:open_ + 12].lstrip().lower()
                most = 16 if inner.startswith(("gồm", "bao gồm", "cụ thể", "trong đó")) else 9
                gap = re.sub(rf"^[\s,]*[^\W\d_]+(?:[\s,]+[^\W\d_]+){{0,{most}}}", "", gap)
            return x if not gap.strip(" ,:") else None
        return None

    def _totals_before(self, pos: int, depth: int, same_clause: bool) -> list[Mention | None]:
        """Figures a cue word may break down: the nearest ones before it in the sentence (in
        its clause, but for "trong đó", which may open the next clause)."""
        out: list[Mention | None] = []
        sentence = self.lay.sentence[pos]
        clause = self.lay.clause[pos]
        for x in reversed(self.ms[:bisect_left(self.starts, pos)]):
            if x.end > pos:
                continue
            if same_clause and x.clause != clause:
                break
            if x.sentence != sentence and not self._continues(x, pos):
                break
            if x.kind in ("num", "ratio") and self.lay.depth[x.start] == depth and not x.approx:
                out.append(x)
                if len(out) == 3:
                    break
        return out

    def _continues(self, x: Mention, pos: int) -> bool:
        """"Tổng … là 195.197 hồ sơ. Trong đó: …" — a cue opening the next sentence."""
        if self.lay.sentence[pos] != x.sentence + 1:
            return False
        start = self.lay.sentence.span(pos, len(self.text))[0]
        return not self.text[start:pos].strip()  # the cue opens the sentence: "Trong đó: …"

    def _breakdown(self, t: Mention, parts: list[Mention], exhaustive: bool, word: str,
                   seg_start: int, seg_end: int) -> None:
        if t.kind == "ratio":
            self._ratio_breakdown(t, parts, word)
            return
        total = t.term
        terms = [x.term for x in parts]
        labels = [self.text[max(seg_start, (parts[k - 1].noun_end if k else seg_start)):x.start]
                  for k, x in enumerate(parts)]
        # shares given with the parts
        shares = []
        for k, x in enumerate(parts):
            nxt = parts[k + 1].start if k + 1 < len(parts) else seg_end
            window = self.ms[bisect_left(self.starts, x.noun_end):bisect_left(self.starts, nxt)]
            pct = next((y for y in window if y.kind == "pct" and not y.approx and
                        id(y) not in self.used and
                        PART_PCT_LINK.match(self.text[x.noun_end:y.start]) and
                        not PCT_BASE_AFTER.match(self.text, y.end)), None)
            if pct is not None:
                shares.append((x, pct))
        if len(parts) == 1 and not shares:
            x = parts[0]
            if x.noun and t.noun and x.term.scale == total.scale and word in (
                    "(", "trong đó", "bao gồm", "gồm"):
                # "90 hội (bao gồm 16 Hội …)", "gồm 02 bộ (trong đó có 01 bộ gốc)"
                ok = x.term.base <= total.base + total.half
                comp = f"{show(x.term)} ≤ {show(total)}" if ok else \
                    f"phần {show(x.term)} lớn hơn tổng {show(total)}"
                self.used.update({id(t), id(x)})
                self.claim(SUBSET, total, (x.term,), ok, ERROR, t.start, x.end, comp, note=word)
            return
        if len(parts) >= 2 or shares:
            complement = self._complementary(labels) or (
                len(shares) == len(parts) >= 2 and abs(
                    sum((p.term.value for _, p in shares), Decimal(0)) - HUNDRED) <= Decimal("0.6"))
            whole = exhaustive or complement
            for x, pct in shares:
                ok, text = ratio_computation(x.term, total, pct.term)
                self.claim(SHARE, pct.term, (x.term, total), ok, ERROR,
                           x.start, pct.end, text, note="tỷ lệ")
                self.used.update({id(x), id(pct)})
            ok = sum_agrees(total, terms) or _runs(total, terms)
            s = sum((x.base for x in terms), Decimal(0))
            near = not ok and near_miss(total, s)
            if not ok and not whole and s < total.base and not near:
                kind, ok = SUBSET, True
            else:
                kind = SUM if whole or ok or near else SUBSET
            d = max([total.decimals, *(x.decimals for x in terms)])
            shown = " + ".join(show(x) for x in terms)
            scale = total.scale
            text = f"{shown} = {show_value(s / scale, d)}"
            if not ok:
                text += f", {'vượt' if s > total.base and kind == SUBSET else 'không phải'} " \
                        f"{show(total)}"
            certainty = ERROR if all(x.noun for x in parts) or t.noun == "" or whole else WARNING
            if near and not whole:
                certainty = WARNING  # "trong đó" may leave some out, but not by one digit
            self.used.add(id(t))
            self.used.update(id(x) for x in parts)
            self.claim(kind, total, tuple(terms), ok, certainty, t.start, parts[-1].end, text,
                       note=word)

    def _complementary(self, labels: list[str]) -> bool:
        low = [x.lower() for x in labels]
        for a, b in COMPLEMENTS:
            if any(a in x and b not in x for x in low) and any(b in x for x in low):
                return True
        return False

    def _ratio_breakdown(self, t: Mention, parts: list[Mention], word: str) -> None:
        rs = [x for x in parts if x.kind == "ratio" and x.den is not None]
        if len(rs) < 2 or t.den is None:
            return
        num = [x.term for x in rs]
        den = [x.den for x in rs if x.den is not None]
        for stated, terms, what in ((t.term, num, "tử số"), (t.den, den, "mẫu số")):
            ok = sum_agrees(stated, terms)
            s = sum((x.base for x in terms), Decimal(0))
            text = " + ".join(show(x) for x in terms) + f" = {fmt(s, 0)}"
            if not ok:
                text += f", không phải {show(stated)} ({what} của {show(t.term)}/{show(t.den)})"
            self.claim(SUM, stated, tuple(terms), ok, ERROR, t.start, rs[-1].end, text,
                       note=word)
        self.used.add(id(t))
        self.used.update(id(x) for x in rs)

    # -- 3b. a total and where its items stand: "36 mô hình … hoàn thành 17, 18 đang …" -----

    def statuses(self) -> None:
        ms, text = self.ms, self.text
        for i, t in enumerate(ms):
            if t.kind != "num" or t.depth or t.approx or id(t) in self.used:
                continue
            parts: list[Mention] = []
            kinds: set[str] = set()
            prev_end = t.noun_end
            for x in ms[i + 1:]:
                if x.sentence > t.sentence + 1 or x.kind == "pct":
                    if x.kind == "pct":
                        continue
                    break
                if x.depth:
                    continue
                of_total = x.kind == "ratio" and x.den is not None and (
                    x.den.base == t.term.base or self._same_count(t, x))
                same = x.kind == "num" and x.unit == t.unit and bool(
                    x.noun and t.noun and compatible(t.noun, x.noun))
                if not (of_total or same):
                    break
                seg = text[prev_end:x.start] + " " + text[x.end:x.noun_end + 40].split(",")[0]
                status = STATUS_RE.search(seg)
                if status is None:
                    break
                kinds.add(_status_kind(status.group().lower()))
                parts.append(x)
                prev_end = x.noun_end
            if len(parts) < 2 or "done" not in kinds or len(kinds) < 2:
                continue
            terms = [x.term for x in parts]
            ok = sum_agrees(t.term, terms)
            s = sum((x.base for x in terms), Decimal(0))
            # "19 nhiệm vụ … đã triển khai 13/91 nhiệm vụ": the total written again, otherwise
            dens = {x.den.base: x.den for x in parts if x.kind == "ratio" and x.den is not None}
            other = [d for b, d in dens.items() if b != t.term.base]
            if not ok and not ("pending" in kinds or s > t.term.base or other):
                continue  # "đã …, đang …" may leave some out
            comp = " + ".join(show(x) for x in terms) + f" = {show_value(s, 0)}"
            if not ok:
                comp += f", không phải {show(t.term)}"
            elif other:
                ok = False
                comp += f", nhưng ghi {show(other[0])} trong {show(parts[0].term)}/" \
                        f"{show(other[0])}" if parts[0].kind == "ratio" else \
                        f", nhưng có phần ghi trên tổng {show(other[0])}"
            self.used.update(id(x) for x in (t, *parts))
            self.claim(SUM, t.term, tuple(terms), ok, WARNING, t.start, parts[-1].end, comp,
                       note="tình trạng")

    # -- 3c. parts written over one denominator: "07/13 …, 05/13 …, 01/13 …" ----------------

    def ratio_groups(self) -> None:
        """Ratios of one sentence over the same denominator, no total stated: "cấp tỉnh có
        07/13 cơ quan xếp loại Xuất sắc, 05/13 … Tốt, 01/13 … Khá". Their numerators count
        parts of the denominator: together they may make it, not exceed it."""
        ms = self.ms
        i = 0
        while i < len(ms):
            x = ms[i]
            if x.kind != "ratio" or x.den is None or id(x) in self.used:
                i += 1
                continue
            group = [x]
            j = i + 1
            while j < len(ms) and ms[j].sentence == x.sentence and ms[j].depth == x.depth:
                y = ms[j]
                if y.kind == "pct":
                    j += 1
                    continue
                if y.kind != "ratio" or y.den is None or y.den.base != x.den.base or \
                        id(y) in self.used:
                    break
                group.append(y)
                j += 1
            i = max(j, i + 1)
            den = x.den
            if len(group) < 2 or den.base <= 0 or any(
                    m.term.base > den.base for m in group):
                continue
            span = self.text[group[0].start:group[-1].end]
            if not self._categories(group, self.text[group[-1].end:self._sentence_end(
                    group[-1].end)]):
                continue  # "tiếp nhận 15/15 hồ sơ, giải quyết 12/15 hồ sơ": stages, not parts
            if CUMULATIVE.search(span) or any(
                    m.kind == "num" and m.term.base == den.base and m.end <= x.start
                    and m.sentence == x.sentence for m in ms):
                continue  # "trên 90%, từ 80%": thresholds; a total stated: read elsewhere
            terms = [m.term for m in group]
            total = sum((t.base for t in terms), Decimal(0))
            comp = " + ".join(show(t) for t in terms) + f" = {show_value(total, 0)}"
            ok = total <= den.base
            if total == den.base:
                kind = SUM
            else:
                kind = SUBSET
                comp += f" ≤ {show(den)}" if ok else f", vượt {show(den)}"
            self.used.update(id(m) for m in group)
            self.claim(kind, den, tuple(terms), ok, WARNING, group[0].start, group[-1].end,
                       comp, note="cùng mẫu số")

    def _categories(self, group: list[Mention], last_tail: str) -> bool:
        """The ratios name categories of one kind: the words after each share a pair of
        words other than the counted noun ("… xếp loại Xuất sắc, … xếp loại Tốt")."""
        common: set[tuple[str, str]] | None = None
        nouns = {tuple(group[0].noun.lower().split()[:2])}  # what is counted
        for k, m in enumerate(group):
            tail = self.text[m.end:group[k + 1].start] if k + 1 < len(group) else last_tail
            words = [w.lower() for w in WORDS.findall(tail)]
            pairs = {(a, b) for a, b in zip(words, words[1:], strict=False)} - nouns
            common = pairs if common is None else common & pairs
        return bool(common)

    def _same_count(self, t: Mention, x: Mention) -> bool:
        """``x`` counts what ``t`` counts: the same noun after both, or the noun of ``x``
        named before ``t`` ("Tổng số nhiệm vụ được giao là 21, … 15/21 nhiệm vụ")."""
        if t.noun:
            return _same_noun(x.noun, t.noun)
        if not x.noun:
            return False
        before = self.text[self._clause_start(t.start):t.start].lower()
        return " ".join(x.noun.split()[:2]).lower() in before

    # -- 4. a part and its percentage of a larger figure before it --------------------------

    def inferred_shares(self) -> None:
        ms = self.ms
        for i, m in enumerate(ms):
            if m.kind != "pct" or m.approx or id(m) in self.used:
                continue
            if PCT_BASE_AFTER.match(self.text, m.end):
                continue
            before = self.text[max(0, m.start - 30):m.start]
            if GROWTH_BEFORE.search(before):
                continue
            k = next((j for j in range(i - 1, self.first[i] - 1, -1) if ms[j].kind != "pct"),
                     None)
            if k is None:
                continue
            part = ms[k]
            if part.kind != "num":
                continue
            if not PCT_LINK.match(self.text[part.noun_end:m.start].replace(";", ",", 1)):
                continue
            t = next((j for j in range(k - 1, self.first[i] - 1, -1)
                      if (x := ms[j]).kind == "num" and not x.approx
                      and x.depth == part.depth and x.unit == part.unit
                      and compatible(x.noun, part.noun) and x.term.base >= part.term.base
                      and (x.noun and part.noun or self._named_total(x))), None)
            if t is None or any(y.kind == "pct" for y in ms[t:i]):
                continue
            total = ms[t]
            ok, text = ratio_computation(part.term, total.term, m.term)
            self.used.add(id(m))
            certainty = ERROR if self._named_total(total) else WARNING
            self.claim(SHARE, m.term, (part.term, total.term), ok, certainty, part.start, m.end,
                       text, note="tỷ lệ")

    def _named_total(self, x: Mention) -> bool:
        """"Tổng số … là 788", "Tổng kế hoạch vốn … là 17.715.000 triệu đồng"."""
        start = self._clause_start(x.start)
        return bool(re.search(r"\btổng\b[^;]{0,120}$", self.text[start:x.start], re.IGNORECASE))

    # -- 5. rates of change -----------------------------------------------------------------

    def growth(self) -> None:
        ms = self.ms
        text = self.text
        for i, m in enumerate(ms):
            if m.kind != "pct" or m.approx or id(m) in self.used:
                continue
            before = text[max(0, m.start - 40):m.start]
            verb = re.search(r"(tăng|giảm|vượt)\s*(?:thêm\s*)?(?:khoảng\s*)?$", before,
                             re.IGNORECASE)
            # "từ 120 lên 150 hồ sơ, tăng 25%" / "tăng 30 hồ sơ, tương ứng 25%"
            if self._from_to(i, m) or self._change_rate(i, m):
                continue
            if verb is None:
                continue
            base_m = SAME_PERIOD_BASE.match(text, m.end)
            if base_m is None:
                continue
            base = next((x for x in ms[i + 1:] if x.start >= base_m.end() - 1 and
                         x.kind == "num"), None)
            if base is None or base.start - base_m.end() > 1:
                continue
            current = next((x for x in reversed(ms[:i]) if x.kind == "num" and
                            x.sentence == m.sentence and x.unit == base.unit and
                            not x.approx), None)
            if current is None or not base.term.base:
                continue
            v = verb.group(1).lower()
            exact = (current.term.base / base.term.base - 1) * HUNDRED
            if v == "giảm":
                exact = -exact
            lo_hi = _growth_bounds(current.term, base.term, v == "giảm")
            ok = rounds_to(m.term.value, m.term.decimals, *lo_hi)
            d = max(m.term.decimals, 1) if not ok else m.term.decimals
            comp = f"{show(current.term)}/{show(base.term)} = " \
                   f"{pct_text(current.term.base / base.term.base * HUNDRED, d + 1)}"
            if v == "giảm":
                comp += f"; 100% − {pct_text(current.term.base / base.term.base * HUNDRED, d + 1)}"
            else:
                comp += f"; {pct_text(current.term.base / base.term.base * HUNDRED, d + 1)} − 100%"
            comp += f" = {pct_text(exact, d)}"
            if not ok:
                comp += f", không phải {v} {pct_text(m.term.value, m.term.decimals)}"
            gap = text[current.noun_end:m.start]
            certainty = ERROR if len(gap) < 60 and not any(
                x.kind in ("num", "pct") for x in ms if current.end <= x.start < m.start) \
                else WARNING
            self.used.add(id(m))
            self.claim(GROWTH, m.term, (current.term, base.term), ok, certainty,
                       current.start, base.end, comp, note=v)

    def _change_rate(self, i: int, m: Mention) -> bool:
        """"3.890 vụ (so với cùng kỳ tăng 463 vụ, tương ứng 13,51%)": the rate of the change
        against the figure it is the change of (3.890 − 463)."""
        ms, text = self.ms, self.text
        d = next((x for x in reversed(ms[:i]) if x.kind != "pct"), None)
        if d is None or d.kind != "num" or d.sentence != m.sentence:
            return False
        if not CHANGE_RATE_LINK.fullmatch(text[d.noun_end:m.start]):
            return False
        verb = re.search(r"(tăng|giảm|gảm)\s*(?:thêm\s*)?(?:là\s*)?$",
                         text[max(0, d.start - 16):d.start], re.IGNORECASE)
        if verb is None:
            return False
        k = ms.index(d)
        x = next((y for y in reversed(ms[:k]) if y.kind == "num" and y.sentence == m.sentence
                  and y.unit == d.unit and not y.approx and compatible(y.noun, d.noun)), None)
        if x is None:
            return False
        down = verb.group(1).lower() != "tăng"
        base = x.term.base + d.term.base if down else x.term.base - d.term.base
        if base <= 0:
            return False
        exact = d.term.base / base * HUNDRED
        tol = (d.term.half + x.term.half) / base * HUNDRED * 2
        ok = rounds_to(m.term.value, m.term.decimals, exact - tol, exact + tol)
        dd = max(m.term.decimals, 1) if not ok else m.term.decimals
        sign = "+" if down else "−"
        comp = f"{show(d.term)}/({show(x.term)} {sign} {show(d.term)}) = {pct_text(exact, dd)}"
        if not ok:
            comp += f", không phải {pct_text(m.term.value, m.term.decimals)}"
        gap = text[x.noun_end:d.start]
        certainty = ERROR if len(gap) < 70 and not any(
            y.kind in ("num", "pct") for y in ms if x.end <= y.start < d.start) else WARNING
        self.used.update({id(m), id(d)})
        self.claim(GROWTH, m.term, (d.term, x.term), ok, certainty, x.start, m.end, comp,
                   note=verb.group(1).lower())
        return True

    def _from_to_change(self, a: Mention, b: Mention, x: Mention) -> None:
        real = abs(b.term.base - a.term.base)
        okd = abs(real - x.term.base) <= x.term.half + a.term.half + b.term.half
        hi_, lo_ = (b.term, a.term) if b.term.base >= a.term.base else (a.term, b.term)
        comp = f"{show(hi_)} − {show(lo_)} = {show_value(real / x.term.scale, 0)}"
        if not okd:
            comp += f", không phải {show(x.term)}"
        self.used.update({id(a), id(b), id(x)})
        self.claim(CHANGE, x.term, (b.term, a.term), okd, ERROR, a.start, x.end, comp,
                   note="từ … lên …")

    def from_to_changes(self) -> None:
        """"giảm từ 1.200 hộ xuống 900 hộ, giảm 300 hộ" (no rate): the change alone."""
        nums = [x for x in self.ms if x.kind == "num" and id(x) not in self.used]
        text = self.text
        for k in range(len(nums) - 2):
            a, b, x = nums[k], nums[k + 1], nums[k + 2]
            if a.sentence != b.sentence or b.sentence != x.sentence or a.unit != b.unit:
                continue
            if not FROM_TO_RE.search(text[max(0, a.start - 6):a.start]) or not TO_RE.match(
                    text[a.noun_end if a.noun else a.end:b.start]):
                continue
            gap = text[b.noun_end:x.start]
            if len(gap) > 40 or not re.search(r"(?:tăng|giảm)\s*(?:thêm\s*)?$", gap, re.IGNORECASE):
                continue
            self._from_to_change(a, b, x)

    def _from_to(self, i: int, m: Mention) -> bool:
        """"từ A lên B …, tăng d (p%)": the change and the rate against A and B."""
        ms, text = self.ms, self.text
        j = i - 1
        nums = [x for x in ms[self.first[i]:i] if x.kind == "num"]
        for k in range(len(nums) - 1, 0, -1):
            b, a = nums[k], nums[k - 1]
            if not FROM_TO_RE.search(text[max(0, a.start - 6):a.start]):
                continue
            if not TO_RE.match(text[a.noun_end if a.noun else a.end:b.start]):
                continue
            if a.unit != b.unit or not a.term.base:
                return False
            rest = text[b.noun_end:m.start]
            if len(rest) > 80:
                return False
            # an optional change figure between: "tăng 30 hồ sơ (25%)"
            diff = [x for x in nums[k + 1:] if x.start < m.start]
            exact = (b.term.base / a.term.base - 1) * HUNDRED
            verb = re.search(r"(tăng|giảm)", rest, re.IGNORECASE)
            if verb and verb.group(1).lower() == "giảm":
                exact = -exact
            ok = rounds_to(m.term.value, m.term.decimals, *_growth_bounds(
                b.term, a.term, bool(verb and verb.group(1).lower() == "giảm")))
            d = max(m.term.decimals, 1) if not ok else m.term.decimals
            hi_, lo_ = (a.term, b.term) if exact < 0 or (verb and verb.group(1).lower() == "giảm") \
                else (b.term, a.term)
            comp = f"({show(hi_)} − {show(lo_)})/{show(a.term)} = {pct_text(abs(exact), d)}"
            if not ok:
                comp += f", không phải {pct_text(m.term.value, m.term.decimals)}"
            self.used.add(id(m))
            self.claim(GROWTH, m.term, (b.term, a.term), ok, ERROR, a.start, m.end, comp,
                       note="từ … lên …")
            for x in diff[:1]:
                self._from_to_change(a, b, x)
            del j
            return True
        return False

    # -- 6. contributions in percentage points ------------------------------------------------

    def points(self) -> None:
        text = self.text
        if "điểm" not in text:
            return
        contribs = list(POINTS_RE.finditer(text))
        if len(contribs) < 2:
            return
        head = TOTAL_GROWTH_RE.search(text[: contribs[0].start()])
        if not head:
            return
        total_v, tdec = parse(head.group(1), "vi")
        values, decs = [], [tdec]
        terms = []
        for c in contribs:
            v, d = parse(c.group("n"), "vi")
            values.append(-v if c.group("sign").lower() == "giảm" else v)
            decs.append(d)
            terms.append(Term(values[-1], d, c.group("n"), self.p, c.start("n"), c.end("n"),
                              exact=False))
        q = Decimal(1).scaleb(-max(decs))
        ok = abs(sum(values) - total_v) <= q * len(values) / 2
        d = max(decs)
        shown = " + ".join(fmt(v, d) for v in values).replace("+ -", "− ")
        comp = f"{shown} = {fmt(Decimal(sum(values)), d)} điểm %"
        if not ok:
            comp += f", không phải {fmt(total_v, tdec)}%"
        total = Term(total_v, tdec, head.group(1), self.p, head.start(1), head.end(1),
                     exact=False)
        self.claim(POINTS, total, tuple(terms), ok, ERROR, head.start(), head.end(), comp,
                   note="mức tăng")

    def read(self) -> list[Claim]:
        ms = self.ms
        if len(ms) < 2:
            return self.out
        kinds = {m.kind for m in ms}
        if "ratio" in kinds:
            self.changes_in_brackets()
            if "pct" in kinds:
                self.ratios()
        if "pct" in kinds:
            self.growth()
        if len(ms) >= 3 and ("lên" in self.text or "xuống" in self.text or "còn" in self.text):
            self.from_to_changes()
        if BREAK_CUE.search(self.text):
            self.breakdowns()
        if len(ms) >= 3 and STATUS_RE.search(self.text):
            self.statuses()
        if "ratio" in kinds:
            self.ratio_groups()
        if "pct" in kinds:
            self.inferred_shares()
        self.points()
        return _once(self.out)


def _once(claims: list[Claim]) -> list[Claim]:
    """One failing sum per total and amount: several breakdowns of a mistyped total all miss
    it by the same amount, and say the same thing."""
    seen: set[tuple[Decimal, Decimal]] = set()
    out = []
    for c in claims:
        if not c.holds and c.kind in (SUM, SUBSET):
            key = (c.stated.base, sum((x.base for x in c.terms), Decimal(0)))
            if key in seen:
                continue
            seen.add(key)
        out.append(c)
    return out


WORDS = recache.compile(r"[^\W\d_]+")
CUMULATIVE = recache.compile(
    r"\b(?:trên|dưới|từ|trở lên|trở xuống|ít nhất|tối thiểu|tối đa|lũy kế|cộng dồn)\b",
    re.IGNORECASE)
STATUS_RE = recache.compile(
    r"\b(?:đã|đang|chưa|còn lại|còn|tiếp tục|chờ|hoàn thành)\b", re.IGNORECASE)


def _same_noun(a: str, b: str) -> bool:
    """The same thing counted: "nhiệm vụ" and "nhiệm vụ trọng tâm" (not just "nhiệm")."""
    wa, wb = a.split(), b.split()
    n = min(len(wa), len(wb), 2)
    return n > 0 and wa[:n] == wb[:n] and (n == 2 or len(wa) == len(wb) == 1)


def _status_kind(word: str) -> str:
    if word in ("đã", "hoàn thành"):
        return "done"
    if word == "đang":
        return "ongoing"
    return "pending"


def _growth_bounds(current: Term, base: Term, down: bool) -> tuple[Decimal, Decimal]:
    lo_c, hi_c = current.base - current.half, current.base + current.half
    lo_b, hi_b = base.base - base.half, base.base + base.half
    if lo_b <= 0:
        lo_b = base.base
    lo = (lo_c / hi_b - 1) * HUNDRED
    hi = (hi_c / lo_b - 1) * HUNDRED
    if down:
        lo, hi = -hi, -lo
    return lo, hi


def _runs(total: Term, parts: list[Term]) -> bool:
    """Parts that cut into consecutive runs, each equal to the total (several breakdowns)."""
    runs = 0
    acc: list[Term] = []
    for x in parts:
        acc.append(x)
        s = sum((y.base for y in acc), Decimal(0))
        if sum_agrees(total, acc):
            runs += 1
            acc = []
        elif s > total.base + total.half:
            return False
    return runs >= 2 or runs == 1 and not acc or (runs >= 1 and sum(
        (y.base for y in acc), Decimal(0)) <= total.base)


def paragraph_claims(p: Paragraph, text: str | None = None,
                     figs: Sequence[Figure] | None = None) -> list[Claim]:
    """Every claim stated inside ``p`` (see the module doc)."""
    return Reader(p, text, figs).read()
