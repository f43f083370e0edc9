"""Totals and their parts stated in a paragraph.

A total and its parts after "gồm", "bao gồm", "cụ thể", "trong đó", a colon or a bracket,
with the share of each part when it is given ("12.480 hồ sơ; trong đó: … 12.106 hồ sơ (tỷ lệ
95,0%)"), ratios made of ratios ("42/139 …, (4/15 … và 38/124 …)"), several breakdowns of one
total in a row ("nam: 1800, nữ: 122 … có nghề nghiệp: 851, …"); a total and where its items
stand ("36 mô hình … hoàn thành 17, 18 đang …").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal

from validator import recache
from validator.analysis.claims.model import (
    ERROR,
    HUNDRED,
    SHARE,
    SUBSET,
    SUM,
    WARNING,
    Term,
    near_miss,
    ratio_computation,
    show,
    show_value,
    sum_agrees,
)
from validator.analysis.claims.reader import (
    CHANGE_VERB_BEFORE,
    LINK_TAIL,
    PCT_BASE_AFTER,
    ParagraphReader,
)
from validator.analysis.claims.text import CLASSIFIERS, Mention, compatible, kind_of
from validator.analysis.numbers import fmt

BREAK_CUE = recache.compile(
    r"\b(?:bao gồm|gồm có|gồm|trong đó|cụ thể là|cụ thể|chia ra|chia thành|chi tiết)\b\s*:?|\(",
    re.IGNORECASE,
)
EXHAUSTIVE = ("bao gồm", "gồm có", "gồm", "cụ thể", "chia ra", "chia thành", "chi tiết")
# a part, a few words about it, then its percentage: "4.568 hồ sơ đã trả kết quả (đạt tỷ lệ "
PART_PCT_LINK = recache.compile(r"^\s*(?:[^\W\d_]+[\s,-]*){0,10}" + LINK_TAIL, re.IGNORECASE)
# complementary parts: a "trong đó" list made of both is the whole
COMPLEMENTS = (
    ("đúng hạn", "trễ hạn"), ("đúng hạn", "quá hạn"), ("trong hạn", "quá hạn"),
    ("nam", "nữ"), ("cấp tỉnh", "cấp xã"), ("trong khu", "ngoài khu"), ("đô thị", "nông thôn"),
    ("trong nước", "nước ngoài"), ("đã", "chưa"), ("đạt", "không đạt"), ("thành công", "không"),
    ("trực tuyến", "trực tiếp"), ("có", "không"), ("công lập", "ngoài công lập"),
)
STATUS_RE = recache.compile(
    r"\b(?:đã|đang|chưa|còn lại|còn|tiếp tục|chờ|hoàn thành)\b", re.IGNORECASE)


class BreakdownReader(ParagraphReader):
    """Totals and their parts, and the statuses of a total's items."""

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

    def _linked_before(self, r: Mention, m: Mention) -> bool:
        gap = self.between(r.end, m.start)
        return not any(ch.isdigit() for ch in gap) and bool(
            re.search(r"(?:đạt|tỷ lệ|tỉ lệ|chiếm|bằng|là|\(|:)\s*[~≈]?\s*$", gap, re.IGNORECASE))

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


def _status_kind(word: str) -> str:
    if word in ("đã", "hoàn thành"):
        return "done"
    if word == "đang":
        return "ongoing"
    return "pending"


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
