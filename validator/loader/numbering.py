"""Automatic numbering: numbering.xml definitions and the counters Word keeps while laying out.

Word keeps one set of counters per abstract numbering definition: list instances (``w:num``)
that share an abstract definition continue each other's numbers, unless an instance carries a
``w:startOverride`` (what "Restart at 1" writes), which restarts that level the first time the
instance is used. A paragraph at level *n* resets the deeper levels (unless ``w:lvlRestart``
says otherwise). Labels come from ``w:lvlText`` ("%1.%2.") with each placeholder formatted in
its own level's ``w:numFmt`` (or decimal under ``w:isLgl``).
"""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec.structs import replace

from validator.loader.package import decimal_number
from validator.model import Numbering
from validator.numerals import roman

BULLET_CHARS = {
    "\uf0b7": "•",
    "\uf0a7": "▪",
    "\uf0d8": "➢",
    "\uf076": "❖",
    "\uf0fc": "✓",
    "\uf0a8": "•",
    "\uf02d": "-",
    "\uf0e0": "➢",
    "o": "o",
    "\uf06f": "o",
}


class Level(msgspec.Struct, frozen=True):
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # lvlRestart: restart after this (1-based) level; 0 = never
    legal: bool = False
    indent: tuple[int | None, int | None] | None = None  # pPr/ind: left, first line (twips)


MAX_LETTER_REPEAT = 10


def letters(n: int) -> str:
    if n <= 0:
        return str(n)
    # Word repeats the letter: a..z, aa..zz, aaa.. The repetition is capped: a hostile
    # w:start of 2,000,000,000 would otherwise build a 77-million-character label per paragraph.
    return chr(ord("a") + (n - 1) % 26) * min((n - 1) // 26 + 1, MAX_LETTER_REPEAT)


def format_value(n: int, fmt: str) -> str:
    if fmt in ("upperRoman",):
        return roman(n)
    if fmt == "lowerRoman":
        return roman(n).lower()
    if fmt == "upperLetter":
        return letters(n).upper()
    if fmt == "lowerLetter":
        return letters(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none",):
        return ""
    if fmt in ("decimalEnclosedParen",):
        return f"({n})"
    return str(n)


class NumberingDefs:
    def __init__(self, root: Any, w_ns: str) -> None:
        self.abstract: dict[int, dict[int, Level]] = {}
        self.nums: dict[int, tuple[int, dict[int, Level], dict[int, int]]] = {}
        if root is None:
            return

        def w(t: str) -> str:
            return f"{{{w_ns}}}{t}"

        val = w("val")

        def ival(el: Any) -> int | None:
            return None if el is None else decimal_number(el.get(val))

        def parse_level(lvl: Any, base: Level | None = None) -> Level:
            b = base or Level()
            start = ival(lvl.find(w("start")))
            fmt_el = lvl.find(w("numFmt"))
            text_el = lvl.find(w("lvlText"))
            restart = ival(lvl.find(w("lvlRestart")))
            legal = lvl.find(w("isLgl"))
            ind = lvl.find(f"{w('pPr')}/{w('ind')}")
            indent = b.indent
            if ind is not None:
                left = decimal_number(ind.get(w("left")) or ind.get(w("start")))
                hanging = decimal_number(ind.get(w("hanging")))
                first = -hanging if hanging is not None else decimal_number(ind.get(w("firstLine")))
                indent = (left, first)
            return Level(
                start=start if start is not None else b.start,
                fmt=fmt_el.get(val) if fmt_el is not None and fmt_el.get(val) else b.fmt,
                text=text_el.get(val, "") if text_el is not None else b.text,
                restart=restart if restart is not None else b.restart,
                legal=(legal is not None and legal.get(val) not in ("0", "false")) or b.legal,
                indent=indent,
            )

        links: dict[int, str] = {}
        style_links: dict[str, int] = {}
        for an in root.iter(w("abstractNum")):
            aid = _attr_int(an, w("abstractNumId"))
            if aid is None:
                continue
            levels: dict[int, Level] = {}
            for lvl in an.iter(w("lvl")):
                ilvl = _attr_int(lvl, w("ilvl"))
                if ilvl is not None and 0 <= ilvl < 9:
                    levels[ilvl] = parse_level(lvl)
            self.abstract[aid] = levels
            link = an.find(w("numStyleLink"))
            if link is not None and link.get(val):
                links[aid] = link.get(val)
            slink = an.find(w("styleLink"))
            if slink is not None and slink.get(val):
                style_links[slink.get(val)] = aid
        for n in root.iter(w("num")):
            nid = _attr_int(n, w("numId"))
            aid = ival(n.find(w("abstractNumId")))
            if nid is None or aid is None:
                continue
            if aid in links and links[aid] in style_links:
                aid = style_links[links[aid]]
            base = self.abstract.get(aid, {})
            levels = dict(base)
            starts: dict[int, int] = {}
            for ov in n.iter(w("lvlOverride")):
                ilvl = _attr_int(ov, w("ilvl"))
                if ilvl is None or not 0 <= ilvl < 9:
                    continue
                so = ival(ov.find(w("startOverride")))
                lvl = ov.find(w("lvl"))
                if lvl is not None:
                    levels[ilvl] = parse_level(lvl, levels.get(ilvl))
                    if so is None and lvl.find(w("start")) is not None:
                        so = levels[ilvl].start
                if so is not None:
                    starts[ilvl] = so
                    levels[ilvl] = replace(levels.get(ilvl, Level()), start=so)
            self.nums[nid] = (aid, levels, starts)


    def indent(self, num_id: int, level: int) -> tuple[int | None, int | None] | None:
        """(left, first line) indents in twips that a list level gives its paragraphs."""
        entry = self.nums.get(num_id)
        if entry is None:
            return None
        lvl = entry[1].get(level)
        return lvl.indent if lvl is not None else None


def _attr_int(el: Any, attr: str) -> int | None:
    return decimal_number(el.get(attr))


class Counters:
    """The running counters of one story (body, a header, …)."""

    def __init__(self, defs: NumberingDefs) -> None:
        self.defs = defs
        self.values: dict[int, list[int | None]] = {}  # abstract id -> value per level
        self.started: set[int] = set()  # num ids whose startOverride has been applied

    def next(self, num_id: int, level: int) -> Numbering | None:
        entry = self.defs.nums.get(num_id)
        if entry is None:
            return None
        aid, levels, starts = entry
        if not 0 <= level < 9:
            level = 0
        lvl = levels.get(level)
        if lvl is None:
            return None
        vals = self.values.setdefault(aid, [None] * 9)
        if num_id not in self.started:
            self.started.add(num_id)
            if starts:
                for ilvl in starts:
                    vals[ilvl] = None
                # a restarted instance also starts its deeper levels afresh
                for i in range(min(starts) + 1, 9):
                    vals[i] = None
        current = vals[level]
        vals[level] = lvl.start if current is None else current + 1
        for deeper in range(level + 1, 9):
            d = levels.get(deeper)
            restart = d.restart if d is not None else None
            if restart is None or restart == 0:
                if restart == 0:
                    continue
                vals[deeper] = None
            elif restart - 1 >= level:
                vals[deeper] = None
        value = vals[level] or lvl.start
        if lvl.fmt == "bullet":
            label = BULLET_CHARS.get(lvl.text, lvl.text) or "•"
            return Numbering(num_id, level, "bullet", label, value)
        label = lvl.text
        for i in range(level, -1, -1):
            placeholder = f"%{i + 1}"
            if placeholder not in label:
                continue
            li = levels.get(i, Level())
            current_i = vals[i]
            v = current_i if current_i is not None else li.start
            fmt = "decimal" if (lvl.legal and i < level) else li.fmt
            label = label.replace(placeholder, format_value(v, fmt))
        return Numbering(num_id, level, lvl.fmt, label.strip(), value)
