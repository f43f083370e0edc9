"""How an element is set: which of its letters are bold, italic, underlined, in capitals, and
how its paragraph is aligned; and the words drafters use for each attribute."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

from validator.model import Paragraph

ATTRIBUTES = ("caps", "bold", "italic", "underline")

# What the regulation asks, in the drafters' words: attribute -> (when true, when false); a
# value false is said after "không được" ("không được in đậm"), except for capitals.
WORDS = {
    "bold": ("in đậm", "in đậm"),
    "italic": ("in nghiêng", "in nghiêng"),
    "underline": ("gạch chân", "gạch chân"),
    "caps": ("viết in hoa", "viết in thường"),
}
# What a letter that does not comply is, for a partly set element.
PARTLY = {
    ("bold", True): "chưa in đậm", ("bold", False): "đang in đậm",
    ("italic", True): "chưa in nghiêng", ("italic", False): "đang in nghiêng",
    ("underline", True): "chưa gạch chân", ("underline", False): "đang gạch chân",
    ("caps", True): "chưa viết in hoa",
}
ALIGN_WORDS = {"center": "căn giữa", "both": "căn đều hai lề", "left": "căn trái",
               "right": "căn phải"}
# Word's command for each, for the suggestion.
KEYS = {"bold": "Ctrl+B", "italic": "Ctrl+I", "underline": "Ctrl+U", "caps": "Shift+F3",
        "center": "Ctrl+E", "both": "Ctrl+J", "left": "Ctrl+L", "right": "Ctrl+R"}


def alignment(p: Paragraph) -> str:
    """The paragraph's alignment as one of center, both, left, right."""
    a = p.alignment or "left"
    if a in ("both", "distribute", "justify", "thaiDistribute", "lowKashida",
             "mediumKashida", "highKashida"):
        return "both"
    if a in ("start", "left"):
        return "left"
    if a == "end":
        return "right"
    return a


class Letters(msgspec.Struct):
    """Counts over the letters of a span: how many in all and how many have each attribute;
    the first stretch of letters lacking or having it (for the message)."""

    total: int = 0
    counts: dict[str, int] = msgspec.field(default_factory=dict)
    without: dict[str, tuple[int, int]] = msgspec.field(default_factory=dict)
    having: dict[str, tuple[int, int]] = msgspec.field(default_factory=dict)

    def share(self, attr: str) -> float:
        return self.counts.get(attr, 0) / self.total if self.total else 0.0


def letters(p: Paragraph, start: int, end: int) -> Letters:
    """How the letters of ``p.text[start:end]`` are set (capitals typed or by the All caps
    effect)."""
    out = Letters()
    text = p.text
    for r in p.runs_at(start, end):
        a, b = max(r.start, start), min(r.end, end)
        for i in range(a, b):
            c = text[i]
            if not c.isalpha():
                continue
            out.total += 1
            flags = {"bold": r.bold, "italic": r.italic, "underline": r.underline,
                     "caps": r.caps or c.isupper()}
            for attr, on in flags.items():
                marks = out.having if on else out.without
                if on:
                    out.counts[attr] = out.counts.get(attr, 0) + 1
                first = marks.get(attr)
                if first is None:
                    marks[attr] = (i, i + 1)
                elif first[1] >= i - 1 or _same_word(text, first[1], i):
                    marks[attr] = (first[0], i + 1)
    return out


def _same_word(text: str, end: int, i: int) -> bool:
    """Only spaces and punctuation between ``end`` and ``i``: one stretch."""
    return not any(c.isalpha() for c in text[end:i]) and i - end <= 3


def deviations(p: Paragraph, start: int, end: int, alone: bool,
               spec: Mapping[str, Any]) -> tuple[list[tuple[str, bool, str]], str | None]:
    """What in ``p.text[start:end]`` differs from ``spec``: (attribute, value prescribed, the
    stretch that differs when only part does, else "") per attribute, and the alignment
    prescribed when the paragraph's differs (only for an element alone in its paragraph and
    not pushed into place with spaces or tabs)."""
    found = letters(p, start, end)
    wrong: list[tuple[str, bool, str]] = []
    if found.total:
        for attr in ATTRIBUTES:
            want = spec.get(attr)
            if want is None:
                continue
            n = found.counts.get(attr, 0)
            if want and n < found.total:
                part = "" if n == 0 else _stretch(p, found.without[attr])
                wrong.append((attr, True, part))
            elif want is False and attr == "caps":
                if n == found.total and found.total >= 4:
                    wrong.append((attr, False, ""))
            elif want is False and n:
                part = "" if n == found.total else _stretch(p, found.having[attr])
                wrong.append((attr, False, part))
    align = spec.get("align")
    # put in place by hand (spaces or tabs before it, a left-aligned indent): only the page
    # shows where it stands
    moved = p.match[:1] in (" ", "\t") or (
        alignment(p) == "left" and (p.indent_left > 0 or p.first_line > 0))
    if align and alone and not moved and alignment(p) != align:
        return wrong, str(align)
    return wrong, None


def _stretch(p: Paragraph, span: tuple[int, int]) -> str:
    """The words holding ``span`` (a stretch of letters), shortened if long."""
    start, end = span
    while start > 0 and p.text[start - 1].isalpha():
        start -= 1
    while end < len(p.text) and p.text[end].isalpha():
        end += 1
    text = p.text[start:end].strip()
    return text if len(text) <= 40 else text[:39] + "…"
