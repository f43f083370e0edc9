"""Ratios and percentages stated in a paragraph.

A ratio with its percentage, either side, in or out of brackets ("8.412/9.350 hồ sơ, đạt tỷ
lệ 98,97%", "90,58% (419.218/462.814 hồ sơ)", "28/30 lớp (đạt 100% kế hoạch)"); parts
written over one denominator ("07/13 …, 05/13 …, 01/13 …"); a part and its percentage of the
nearest larger figure counting the same thing ("2.775.718 tài khoản, kích hoạt 2.202.278 tài
khoản (đạt tỷ lệ 79,34%)") — a weaker cue: warnings.
"""

from __future__ import annotations

import re
from decimal import Decimal

from validator import recache
from validator.analysis.claims.model import (
    ERROR,
    GROWTH,
    HUNDRED,
    RATIO,
    SHARE,
    SUBSET,
    SUM,
    WARNING,
    pct_text,
    ratio_computation,
    rounds_to,
    show,
    show_value,
)
from validator.analysis.claims.reader import PCT_BASE_AFTER, ParagraphReader, growth_bounds
from validator.analysis.claims.text import Mention, compatible

PCT_LINK = recache.compile(
    r"^[\s,(:]*(?:(?:và|hay|hoặc)\s+)?(?:(?:đạt|chiếm|bằng|là|đạt được|tương ứng|tương đương)"
    r"\s+)?(?:tỷ lệ|tỉ lệ)?\s*(?:là|đạt)?\s*[:=]?\s*[~≈]?\s*$",
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
WORDS = recache.compile(r"[^\W\d_]+")
CUMULATIVE = recache.compile(
    r"\b(?:trên|dưới|từ|trở lên|trở xuống|ít nhất|tối thiểu|tối đa|lũy kế|cộng dồn)\b",
    re.IGNORECASE)


class RatioReader(ParagraphReader):
    """Ratios, their percentages and shares of a larger figure."""

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
                           *growth_bounds(r.term, r.den, down))
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
