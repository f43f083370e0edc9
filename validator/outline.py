"""The outline of a report: labels, heading levels and the section path of every paragraph.

Vietnamese reports number their parts "I.", "1.", "1.1.", "a)", bullets "-"/"+", and start
appendices with "PHỤ LỤC 1". A label is read from Word's automatic numbering when there is
one, otherwise from the typed text. Heading styles and outline levels count too. Every body
paragraph gets the path of the parts it stands in ("II.1", "PL2.I"), paragraphs in tables the
path of the place the table stands.
"""

from __future__ import annotations

import re

import msgspec

from validator import recache
from validator.model import Paragraph, fold
from validator.numerals import roman, roman_value

# The letters Vietnamese enumerations use (a, b, c, d, đ, e, g, h, i, k, ...); many documents
# follow the Latin alphabet instead (… e, f, g), so a letter outside this list has no value.
VI_LETTERS = "abcdđeghiklmnopqrstuvxy"

PART_RE = recache.compile(r"^\s*(PHẦN|Phần)\s+(THỨ\s+\w+|thứ\s+\w+|[IVXLC]+|\d+)\b", re.UNICODE)
APPENDIX_RE = recache.compile(
    r"^\s*(?:PHỤ LỤC|Phụ lục|PHỤ LỤ C)"
    r"(?:\s+(?:SỐ\s+|số\s+)?([0-9]+[a-zA-Z]?|[IVXLC]+))?\s*[:.\-]?\s*",
)
ROMAN_RE = recache.compile(r"^\s*([IVXLC]{1,6})\s*[.\-:)]\s*(?=\S)")  # not "V/v" (về việc)
ARABIC3_RE = recache.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{1,2})\.?\s+(?=\S)")
ARABIC2_RE = recache.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.?\s+(?=\S)")
ARABIC_RE = recache.compile(r"^\s*(\d{1,2})\s*[.)\-]\s+(?=\S)")
LETTER_RE = recache.compile(r"^\s*([a-zđ])\s*\)\s*(?=\S)")
BULLET_RE = recache.compile(r"^\s*([-+•*▪➢❖o])\s+(?=\S)")

RANK = {"part": 0, "appendix": 0, "roman": 1, "arabic": 2, "arabic2": 3, "arabic3": 4, "letter": 5}


def typed_label(text: str) -> tuple[str, int | None, str] | None:
    """(kind, value, label) of a label typed at the start of ``text``, if any."""
    t = fold(text)
    m = PART_RE.match(t)
    if m:
        word = m.group(2).split()[-1]
        return "part", roman_value(word) or (int(word) if word.isdigit() else None), m.group(0)
    m = ROMAN_RE.match(t)
    if m:
        v = roman_value(m.group(1))
        if v is not None:
            return "roman", v, m.group(0).strip()
    m = ARABIC3_RE.match(t)
    if m:
        return "arabic3", int(m.group(3)), m.group(0).strip()
    m = ARABIC2_RE.match(t)
    if m and not re.match(r"^\s*\d{1,2}\.\d{3}", t):
        return "arabic2", int(m.group(2)), m.group(0).strip()
    m = ARABIC_RE.match(t)
    if m:
        return "arabic", int(m.group(1)), m.group(0).strip()
    m = LETTER_RE.match(t)
    if m:
        index = VI_LETTERS.find(m.group(1))
        return "letter", index + 1 if index >= 0 else None, m.group(0).strip()
    m = BULLET_RE.match(t)
    if m:
        return "bullet", None, m.group(1)
    return None


def appendix_label(text: str) -> str | None:
    """The number of an appendix heading ("PHỤ LỤC 3" -> "3"), "" if unnumbered, else None."""
    first = text.strip().split("\n", 1)[0].strip()
    m = APPENDIX_RE.match(fold(first))
    if not m:
        return None
    rest = first[m.end() :].strip()
    upper_head = first[: m.end()].strip().isupper()
    if not upper_head and rest and len(first) > 40:
        return None  # a sentence that starts with "Phụ lục ..."
    if rest and not upper_head and not rest.isupper():
        return None
    return m.group(1) or ""


def auto_label(p: Paragraph) -> tuple[str, int | None, str] | None:
    n = p.numbering
    if n is None or not n.label:
        return None
    fmt = n.format
    if fmt == "bullet":
        return "bullet", None, n.label
    label = n.label
    if fmt in ("upperRoman", "lowerRoman"):
        if label.upper().startswith(("PHẦN", "PHAN")):
            return "part", n.value, label
        return "roman", n.value, label
    if fmt in ("lowerLetter", "upperLetter"):
        return "letter", n.value, label
    if re.match(r"^\D*\d+\.\d+\.\d+", label):
        return "arabic3", n.value, label
    if re.match(r"^\D*\d+\.\d+", label):
        return "arabic2", n.value, label
    if label.upper().startswith("PHỤ LỤC"):
        return "appendix", n.value, label
    return "arabic", n.value, label


def _looks_like_heading(p: Paragraph, kind: str) -> bool:
    text = p.text.strip()
    if not text:
        return False
    if kind in ("part", "appendix"):
        return True
    if kind == "roman":
        return len(text) < 300
    letters_only = [c for c in text if c.isalpha()]
    upper = bool(letters_only) and sum(c.isupper() for c in letters_only) > 0.8 * len(letters_only)
    if p.is_bold or upper:
        return len(text) < 400
    return len(text) < 160 and not text.rstrip().endswith((".", ";", ",", ":"))


def assign_outline(paras: list[Paragraph]) -> list[Paragraph]:
    """Return the paragraphs with outline fields and section paths filled in."""
    stack: list[tuple[int, str]] = []  # (rank, path component)
    out: list[Paragraph] = []
    current_path: str | None = None
    table_path: dict[int, str | None] = {}
    # dynamic heading levels: ranks present among labelled headings, in rank order
    infos: list[tuple[str, int | None, str, bool] | None] = []
    for p in paras:
        info = None
        if p.table is None and not p.in_textbox:
            app = appendix_label(p.text) if p.numbering is None else None
            if app is not None:
                info = ("appendix", _num(app), p.text.strip().split("\n", 1)[0].strip(), False)
            else:
                lab = auto_label(p)
                if lab is not None:
                    info = (*lab, True)
                else:
                    tl = typed_label(p.text)
                    if tl is not None:
                        info = (*tl, False)
        infos.append(info)
    ranks_used = sorted({RANK[i[0]] for i in infos if i and i[0] in RANK and i[0] != "appendix"})
    level_of = {r: n + 1 for n, r in enumerate(ranks_used)}

    for p, info in zip(paras, infos, strict=True):
        kind = value = label = None
        auto = False
        heading_level = None
        if info is not None:
            kind, value, label, auto = info
        if p.table is not None:
            key = p.table
            if key not in table_path:
                table_path[key] = current_path
            _set(p, section=table_path[key])
            out.append(p)
            continue
        if p.in_textbox:
            _set(p, section=current_path)
            out.append(p)
            continue
        if kind == "appendix":
            comp = f"PL{value}" if value is not None else "PL"
            stack = [(0, comp)]
            heading_level = 1
        elif kind in RANK:
            rank = RANK[kind]
            comp = _component(kind, value, label)
            while stack and stack[-1][0] >= rank and not stack[-1][1].startswith("PL"):
                stack.pop()
            while stack and stack[-1][0] >= rank and stack[-1][1].startswith("PL") and rank == 0:
                stack.pop()
            stack.append((rank, comp))
            if _looks_like_heading(p, kind):
                heading_level = level_of.get(rank)
        if p.outline_level is not None and (p.style or "").lower().startswith(("heading", "title")):
            heading_level = p.outline_level + 1
            if kind is None:
                # an unnumbered styled heading: its own level in the path
                rank = 1 + p.outline_level
                while stack and stack[-1][0] >= rank and not stack[-1][1].startswith("PL"):
                    stack.pop()
                stack.append((rank, str(sum(1 for s in stack if s[0] == rank) + 1)))
        elif p.outline_level is not None and heading_level is None and kind is not None:
            heading_level = p.outline_level + 1
        current_path = ".".join(c for _, c in stack) or None
        _set(
            p,
            section=current_path,
            heading_level=heading_level,
            outline_kind=kind,
            outline_value=value,
            outline_label=label,
            outline_auto=auto,
        )
        out.append(p)
        table_path.clear()  # a body paragraph ends the tables before it
    return out


def _set(p: Paragraph, **fields: object) -> None:
    """Fill outline fields in place: the loader is still building these frozen objects and
    nobody has seen them yet (a structs.replace per paragraph would cost a copy)."""
    force = msgspec.structs.force_setattr
    for key, value in fields.items():
        force(p, key, value)


def _num(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    return roman_value(s)


def _component(kind: str, value: int | None, label: str | None) -> str:
    if kind == "roman":
        return roman(value) if value else (label or "?").rstrip(".")
    if kind == "letter":
        return (label or "?")[0].lower()
    if kind == "part":
        return f"P{value}" if value else "P"
    return str(value) if value is not None else "?"
