"""One walk over the numbered outline of a report, shared by the heading-number rules
(``analysis.outline_walk``, once per document).

The walk reads the labels as Word displays them (``Paragraph.outline_*``: typed or automatic)
of body paragraphs outside tables, from the start of the body to the recipients block and
through the appendices (each appendix restarts the numbering). Bullets are not numbered.

Levels are not fixed by the kind of label: a kind ("1.", "a)") opens a level where it first
appears under its parent, so the "1." items drafters put under an "a)" point form their own
list instead of breaking the main one. An item continues the nearest open list of its kind
whose next number it carries; otherwise it is judged against the nearest list of its kind.
"""

from __future__ import annotations

import re

import msgspec

from validator import recache
from validator.analysis.frame import Frame
from validator.model import Document, Paragraph
from validator.numerals import roman, roman_value

KINDS = ("part", "roman", "arabic", "arabic2", "arabic3", "letter")
# structural headings of documents with articles: they parent the numbered items below them
STRUCT_RE = recache.compile(
    r"^\s*(?P<w>Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU)\s+(?P<n>\d{1,3}|[IVXLC]{1,6})\b\s*[.:\-]?")
STRUCT_KIND = {"chương": "chapter", "mục": "section", "điều": "article"}
STRUCT_RANK = {"part": 0, "chapter": 1, "section": 2, "article": 3}


class Event(msgspec.Struct):
    kind: str  # gap | start | duplicate | restart | continued | nesting
    paragraph: Paragraph
    expected: int | None
    found: int | None
    label: str
    previous: Paragraph | None = None
    parent: Paragraph | None = None


class _Level(msgspec.Struct):
    kind: str
    value: int
    para: Paragraph
    seen: set[int] = msgspec.field(default_factory=set)
    free: bool = False  # a list not starting at 1 after an introduction: not checked


# letters: Vietnamese order (a b c d đ e g h…) or Latin order (a b c d e f g…) both accepted
VNX = "abcdđefghijklmnopqrstuvwxyz"
VN_SEQ = "abcdđeghiklmnopqrstuvxy"
LATIN_SEQ = "abcdefghijklmnopqrstuvwxyz"


def _letter(p: Paragraph) -> int | None:
    m = re.match(r"\s*([a-zđ])", (p.outline_label or "").lower())
    return VNX.index(m.group(1)) + 1 if m else None


def follows(kind: str, prev: int, v: int) -> bool:
    """Whether ``v`` is the number after ``prev`` in a list of this kind."""
    if kind != "letter":
        return v == prev + 1
    a, b = VNX[prev - 1], VNX[v - 1]
    return any(a in seq and seq.index(a) + 1 < len(seq) and seq[seq.index(a) + 1] == b
               for seq in (VN_SEQ, LATIN_SEQ))


def after(kind: str, prev: int) -> int:
    """The expected number after ``prev``."""
    if kind != "letter":
        return prev + 1
    a = VNX[prev - 1]
    seq = VN_SEQ if a in VN_SEQ else LATIN_SEQ
    i = seq.index(a)
    return VNX.index(seq[i + 1]) + 1 if i + 1 < len(seq) else prev + 1


def fmt(kind: str, value: int | None) -> str:
    """A number as the label kind writes it (roman "III", letter "c", else "3")."""
    if value is None:
        return "?"
    if kind in ("roman", "part"):
        return roman(value)
    if kind == "letter":
        return VNX[value - 1] if 0 < value <= len(VNX) else str(value)
    return str(value)


def label_of(p: Paragraph) -> str:
    if p.outline_label:
        return " ".join(p.outline_label.split())
    m = STRUCT_RE.match(p.text)
    return m.group(0).strip() if m else ""


def shape(p: Paragraph) -> str:
    """The punctuation of a label with its number blanked: "I." -> "#.", "1)" -> "#)"."""
    lab = label_of(p).replace(" ", "")
    return re.sub(r"[IVXLC]+|\d+|^[a-zđ]", "#", lab)


def struct_kind(p: Paragraph) -> tuple[str, int] | None:
    """("article", 5) for "Điều 5. …", ("chapter", 2) for "Chương II", else None."""
    m = STRUCT_RE.match(p.text)
    if not m or p.outline_kind is not None:
        return None
    n = m.group("n")
    v = int(n) if n.isdigit() else roman_value(n)
    if v is None:
        return None
    return STRUCT_KIND[m.group("w").lower()], v


def outline_items(doc: Document, f: Frame) -> list[tuple[Paragraph, bool]]:
    """Numbered paragraphs of the body and appendices, each with whether an unnumbered
    paragraph ending in ":" introduces it (the start of a new list)."""
    start = f.body_start or 0
    end = f.body_end
    out = []
    in_appendix = False
    intro = False
    for p in doc.paragraphs(tables=False):
        if p.in_textbox or p.index < start:
            continue
        if p.outline_kind == "appendix":
            in_appendix = True
        if end is not None and p.index >= end and not in_appendix:
            continue
        label = (p.outline_label or "").replace(" ", "")
        if (p.outline_kind in KINDS and not label.upper().startswith("V/")) or \
                p.outline_kind == "appendix" or struct_kind(p):
            out.append((p, intro))
            intro = False
        elif p.text.strip() and p.outline_kind != "bullet":
            intro = _introduces(p)
    return out


def _prefix(p: Paragraph) -> tuple[int, ...]:
    nums = re.findall(r"\d+", label_of(p))
    return tuple(int(n) for n in nums[:-1])


class OutlineWalk(msgspec.Struct, frozen=True):
    """What the walk found: sequence events, and (depth, paragraph) of every numbered item."""

    events: list[Event]
    depths: list[tuple[int, Paragraph]]


def walk(doc: Document, f: Frame) -> OutlineWalk:
    """Sequence events and (depth, paragraph) of every numbered item (for style checks)."""
    events: list[Event] = []
    depths: list[tuple[int, Paragraph]] = []
    stack: list[_Level] = []
    last: dict[str, _Level] = {}
    body = {p.index: p for p in doc.paragraphs(tables=False)}
    for p, intro in outline_items(doc, f):
        free = False
        if p.outline_kind == "appendix":
            stack, last = [], {}
            continue
        k, v = p.outline_kind or "", p.outline_value
        if k == "part" and v is None:
            v = _ordinal(p.text)
            if v is None:
                stack = []  # "Phần thứ …" that cannot be read: a new top part all the same
                continue
        if k in ("arabic2", "arabic3"):
            k = f"dot{len(re.findall(r'[0-9]+', label_of(p)))}"
        elif k == "letter":
            v = _letter(p)
        st = struct_kind(p)
        if st is None and k == "arabic" and _article_without_word(p, v, stack, last):
            # "17. Tổng Thư ký" between "Điều 16." and "Điều 18.": an article heading written
            # without "Điều", not a clause numbered 17 (its "1." below starts its clauses)
            st = ("article", v)  # type: ignore[assignment]
            events.append(Event("article-word", p, v, v, label_of(p), last["article"].para))
        if st is not None:
            k, v = st
            # a chapter or article parents everything numbered below it
            rank = STRUCT_RANK[k]
            while stack and STRUCT_RANK.get(stack[-1].kind, 9) > rank:
                stack.pop()
            if k == "article" and v == 1 and "article" in last:
                stack, last = [], {}  # a second document (a sample, an annex) starts
        if v is None:
            continue
        same = [i for i, lv in enumerate(stack) if lv.kind == k]
        cont = next((i for i in reversed(same) if follows(k, stack[i].value, v)), None)
        if cont is None and same and v == 1 and _new_list(stack[same[-1]].para, p, intro):
            same = []  # a nested or separate list starts
        if cont is not None:
            del stack[cont + 1:]
            lv = stack[cont]
            _check_prefix(p, stack[:cont], events)
            lv.value, lv.para = v, p
            lv.seen.add(v)
            cur = lv
        elif same and not (v == 1 and same[-1] < len(stack) - 1):
            i = same[-1]
            lv = stack[i]
            del stack[i + 1:]
            exp = after(k, lv.value)
            if v == 1:
                events.append(Event("restart", p, exp, v, label_of(p), lv.para))
            elif lv.free:
                pass
            elif v == lv.value or v in lv.seen:
                events.append(Event("duplicate", p, exp, v, label_of(p), lv.para))
            elif _inline(lv.para, k, exp, p, body):
                pass
            else:
                events.append(Event("gap", p, exp, v, label_of(p), lv.para))
            lv.value, lv.para = v, p
            lv.seen.add(v)
            cur = lv
        else:
            parent = stack[-1].para if stack else None
            prev = last.get(k)
            if k == "article" and prev is not None:
                # articles run on through chapters and sections
                if v != prev.value + 1 and not _inline(prev.para, k, prev.value + 1, p, body):
                    kind = "duplicate" if v <= prev.value else "gap"
                    events.append(Event(kind, p, prev.value + 1, v, label_of(p), prev.para))
            elif k.startswith("dot") and _prefix(p):
                pass  # "1.2." under "2.": judged on its prefix below
            elif v != 1 and intro:
                free = True  # "Ghi chú:" then "14. …": a list keyed to something else
            elif v != 1:
                if prev is not None and v == prev.value + 1 and parent is not None:
                    events.append(Event("continued", p, 1, v, label_of(p), prev.para, parent))
                elif not _inline(None, k, v - 1, p, body):
                    events.append(Event("start", p, 1, v, label_of(p), None, parent))
            _check_prefix(p, stack, events)
            cur = _Level(k, v, p, {v}, free)
            stack.append(cur)
        last[k] = cur
        depths.append((len(stack) - 1, p))
    return OutlineWalk(events, depths)


ORDINALS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
            "tám": 8, "chín": 9, "mười": 10}


def _ordinal(text: str) -> int | None:
    """"Phần thứ hai" -> 2."""
    m = re.match(r"^\s*phần\s+thứ\s+(\w+)", text.lower())
    return ORDINALS.get(m.group(1)) if m else None


def _introduces(p: Paragraph) -> bool:
    """An unnumbered paragraph after which a new list may start at 1: "… như sau:", or an
    unnumbered title ("Tổng hợp hiệu quả")."""
    t = p.text.strip()
    if t.endswith(":"):
        return True
    if len(t) >= 100:
        return False
    letters = [c for c in t if c.isalpha()]
    upper = bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)
    titled = p.is_bold or upper or (p.style or "").lower().startswith(("heading", "title"))
    return not t.endswith((".", ";", ",")) and titled


def _new_list(prev: Paragraph, p: Paragraph, intro: bool) -> bool:
    """A "1." after "3." opens another list (instead of restarting one) when an
    introduction stands between them, when one is typed and the other automatic, or when
    it is indented deeper than the list it follows, or when one is a heading (by its
    style) and the other a list item."""
    def styled(q: Paragraph) -> bool:
        return (q.style or "").lower().startswith(("heading", "title"))

    return intro or prev.outline_auto != p.outline_auto or \
        p.indent_left > prev.indent_left + 200 or styled(prev) != styled(p)


def _inline(prev: Paragraph | None, kind: str, expected: int, p: Paragraph,
            body: dict[int, Paragraph]) -> bool:
    """The missing item is there but not read as a label: typed inside the previous
    paragraph ("4) Sinh ngày … 5) Giới tính"), or at the start of a paragraph in between
    without a space ("9.Được …") or behind a quotation mark ("“1. Theo …")."""
    num = re.escape(fmt(kind, expected))
    word = r"Điều\s+" if kind == "article" else ""
    if prev is not None and kind != "article":
        lab = label_of(p)
        punct = lab[-1] if lab and not lab[-1].isalnum() else "."
        if re.search(rf"(?<![\w.]){num}{re.escape(punct)}", prev.text[3:]):
            return True
    lo = prev.index if prev is not None else max(p.index - 30, 0)
    start = recache.compile(rf"^\W{{0,3}}{word}{num}\s*[.)\-:]")
    return any(start.match(q.text) for i in range(lo + 1, p.index)
               if (q := body.get(i)) is not None)


def _article_without_word(p: Paragraph, v: int | None, stack: list[_Level],
                          last: dict[str, _Level]) -> bool:
    """An arabic label carrying the next article's number, on a short title-like line, where
    it does not continue the clause list it stands in."""
    prev = last.get("article")
    if prev is None or v is None or v != prev.value + 1 or v < 3:
        return False
    clauses = [lv for lv in stack if lv.kind == "arabic"]
    if clauses and follows("arabic", clauses[-1].value, v):
        return False
    title = p.text.strip()[len(p.outline_label or ""):].strip() if not p.outline_auto \
        else p.text.strip()
    return (0 < len(title) <= 80 and title[:1].isupper()
            and not title.endswith((".", ";", ":", ",")))


def _check_prefix(p: Paragraph, parents: list[_Level], events: list[Event]) -> None:
    """"2.3." must stand under "2." (and "2.3.1." under "2.3.")."""
    if p.outline_kind not in ("arabic2", "arabic3") or p.outline_auto:
        return
    pre = _prefix(p)
    chain = [lv for lv in parents if lv.kind in ("arabic", "arabic2")]
    if not chain or not pre:
        return
    have = chain[-1]
    want = pre[-1]
    if have.value != want and len(pre) == (1 if have.kind == "arabic" else 2):
        events.append(Event("nesting", p, have.value, want, label_of(p), None, have.para))
