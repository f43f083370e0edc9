"""Changes and rates of change stated in a paragraph.

Changes written with both figures ("tăng 54 vụ (209/155)"), rates of change with their
figures ("từ 120 lên 150 hồ sơ, tăng 25%", "412,68 triệu USD, vượt 69% so với cùng kỳ (…:
244,57 triệu USD)", "tăng 20 hồ sơ, tương ứng 20%") and contributions to a growth rate in
percentage points (they add up; rates never do).
"""

from __future__ import annotations

import re
from decimal import Decimal

from validator import recache
from validator.analysis.claims.model import (
    CHANGE,
    ERROR,
    GROWTH,
    HUNDRED,
    POINTS,
    WARNING,
    Term,
    mistyped,
    pct_text,
    rounds_to,
    show,
    show_value,
)
from validator.analysis.claims.reader import CHANGE_VERB_BEFORE, ParagraphReader, growth_bounds
from validator.analysis.claims.text import Mention, compatible
from validator.analysis.numbers import fmt, parse

CHANGE_VERB = recache.compile(r"\b(tăng|giảm|gảm)\b", re.IGNORECASE)
CHANGE_RATE_LINK = recache.compile(
    r"[\s,(]*(?:so\s+(?:với\s+)?[^();%]{0,40}?)?[\s,]*(?:tương ứng|tương đương|tức là|tức|bằng|hay)"
    r"\s*(?:với\s*)?(?:mức\s*)?(?:tăng|giảm)?\s*(?:là\s*)?$",
    re.IGNORECASE)
# "từ 120 lên 150", "từ 150 xuống 120"
FROM_TO_RE = recache.compile(r"\btừ\s+$", re.IGNORECASE)
TO_RE = recache.compile(r"^\s*(?:[^\W\d_]+\s+){0,3}?(lên|xuống|còn)\s+(?:mức\s+)?$", re.IGNORECASE)
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


class ChangeReader(ParagraphReader):
    """Changes, rates of change and percentage points."""

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
            lo_hi = growth_bounds(current.term, base.term, v == "giảm")
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
            ok = rounds_to(m.term.value, m.term.decimals, *growth_bounds(
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
