"""Outline DSL: tiny documents written as text, built into real .docx bytes in memory.

Every rule test writes its fixture in this format (STYLE.md 5.8). ``build(outline)`` returns the
bytes of a Word package made with python-docx plus direct XML where python-docx has no API, in the
shapes Word itself writes (footnotes.xml with separator notes, numbering.xml, w:ins/w:del,
comments.xml, DrawingML text boxes with a VML fallback, ...). ``parse(outline)`` returns the lines
with their ``# expect:`` annotations; ``build_fixture`` returns both plus the map from outline
lines to what each line produced, which ``tests/harness.py`` uses to put findings back on lines.

Lines
-----
One block per line. Leading indentation is ignored (outlines live in triple-quoted strings); blank
lines and lines starting with ``#`` are ignored. A line is ``kind[options]: content``; one space
after the colon is dropped, trailing spaces are dropped (write ``{sp}`` for a significant one).

Paragraphs (body; ``{p}`` inside the content starts another paragraph of the same line)::

    p: text                      style Normal
    p[Body Text]: text           a named style (created, based on Normal, if the template lacks it)
    p[center, level=1]: text     options, comma-separated: a style name, left|center|right|justify,
                                 align=X, style=X, nfd, num=ID.LVL (or numId=ID, lvl=LVL),
                                 indent=MM (left), first=MM (first line; negative = hanging),
                                 before=PT, after=PT (spacing), line=N (N lines), line=exact:PT,
                                 line=atleast:PT (line spacing),
                                 level=N (outline level N as in Word's dialog, 1-based);
                                 run options for the whole paragraph: font=X, size=PT, hl=COLOUR,
                                 bold, italic, underline, caps, hidden
    h1: text ... h9: text        "Heading N" styles (what python-docx add_heading uses)
    nfd: text                    the text stored in Unicode NFD (decomposed); also the nfd option
    auto[numId=1,lvl=0]: text    automatic numbering (w:numPr); short form n1.0: text, n1: text
    comment[comment text]: ...   the paragraph carries a Word comment (author "Reviewer") anchored
                                 on [[c]]...[[/c]], or on the whole paragraph without markers
    textbox: text{p}more         a paragraph holding a DrawingML text box (mc:Choice wps:txbx)
                                 with the VML v:textbox fallback, both with the same w:txbxContent
    header: text / footer: text  a paragraph in the current section's header/footer; options
                                 first / even select the first-page / even-page story

Tables::

    table: a | b // c | d        ``//`` separates rows, ``|`` cells, ``{p}`` paragraphs in a cell;
                                 style "Table Grid" (the bordered table Word inserts)
    table[borderless]: ...       no table style, all borders none (header/signature blocks)
    table[header=1]: ...         the first N rows repeat as header rows (w:tblHeader)
    table[center, style=X]: ...  centre every cell paragraph / use a table style; font=, size=,
                                 bold, italic as for paragraphs
    a cell ``<<``                merged with the cell on its left (w:gridSpan)
    a cell ``^^``                merged with the cell above (w:vMerge; the cell above restarts)

Directives::

    font: Times New Roman 14     font and size of style Normal (``font[Heading 1]: Arial 13``)
    meta: title=...; author=...  core properties (title subject author keywords comments category
                                 last_modified_by revision created modified language)
    section: landscape           a new section (next page) from here on; also portrait, continuous,
                                 oddpage, evenpage. The break is stored in the last paragraph of
                                 the previous section (an empty paragraph if there is none).
    margins: top=20 left=30      margins of the current section in mm (top bottom left right
                                 header footer gutter); bare numbers are top bottom left right
                                 (``margins: 20 20 30 15``); ``mirror`` sets mirrored margins
    page: A4 | A3 | A5 | letter  page size of the current section, or width=MM height=MM
    numbering: 1 = upperRoman "%1." | decimal "%2." | lowerLetter "%3)" | bullet "-"
                                 abstractNum + num 1 in numbering.xml, one level per ``|``;
                                 a level may add start=N, restart=N (lvlRestart), legal (isLgl)
    numbering: 2 -> 1 restart lvl1=3
                                 num 2 shares num 1's abstractNum; ``restart`` gives a level-0
                                 startOverride (Word's "Restart at 1"), lvlK=V one for level K
    style-num: Heading 1 = 1 lvl 0
                                 the style carries numPr (num 1, level 0); the level gets pStyle
    style: Name; based=Normal; bold; italic; font=Arial; size=13; align=center; level=2
                                 define (or change) a paragraph style

Defaults are those of a conformant Vietnamese report, so "good" outlines need no set-up: Times
New Roman 14 (document defaults, Normal and Heading 1-9, headings without theme colour), an A4
page with margins top 20, bottom 20, left 30, right 15 mm; no numbering part
(python-docx's template numbering is dropped so num ids are the outline's own); core properties
with empty author and fixed dates (2026-01-30). Numbered paragraphs keep style Normal unless a
style is given (Word's ribbon would use "List Paragraph": write ``n1.0[List Paragraph]:``).

Inline markup (inside any text, table cell, text box, header, note or field result)::

    **bold**  _italic_  ^superscript^     toggles (``_`` between two letters/digits stays literal)
    ~~deleted~~  ++inserted++             tracked changes, author "A" (w:del/w:delText, w:ins)
    [[r]]                                 force a run boundary: "07-[[r]]NQ/[[r]]TU" is 3 runs
    [^1: note text]  [^: text]  [^1]      footnote 1 / next free id / a reference only
    [^e1: note text] [^e: text] [^e1]     endnotes likewise
    [[c]] ... [[/c]]  [[c:text]] ...      a comment range (text from comment[...] or inline)
    {nbsp} {sp} {U+2013}                  U+00A0, a plain space, any code point
    {nbh} {shy} {tab} {br} {pb}           w:noBreakHyphen, w:softHyphen, w:tab, w:br, page break
    {b}..{/b} {i} {u} {caps} {sup} {sub} {strike}   run properties
    {hl:text} {hidden:text} {ins:text} {b:text} ...  short form of {X}text{/X} (also font=, size=)
    {font=Arial}..{/font} {size=12}..{/size}         font name, size in points
    {hl}..{/hl} {hl=green}                highlight (w:highlight)
    {hidden}..{/hidden}                   hidden text (w:vanish)
    {nfd}..{/nfd}                         stretch written in NFD
    {ins}..{/ins} {del}..{/del}           tracked changes, long form
    {field:INSTR|result}                  a complex field (fldChar begin/instrText/separate/end)
    {bm=name}..{/bm}                      a bookmark
    {align=center} {pstyle=Name}          alignment / style of the paragraph being written
    {p}                                   a new paragraph (same line, same options)
    \\X                                   a literal X for any of  \\ * _ ^ [ ] { } ~ + | / #

Annotations (ruff/ty style), at the end of a line after at least two spaces::

    h3: B  # expect: STR002                 a finding of STR002 on what this line produced
    p: x  # expect: DAT003 @14              ... starting at offset 14 of the paragraph text
    p: x  # expect: DAT003 "ngày"           ... whose message contains the quoted text
    p: x  # expect: DAT003 @3 "a", STR001   several, comma-separated; repeat an id to expect two
    # expect: MET001                        a line of its own: a document-level finding

Escape hatch: ``build(outline, edit=fn)`` calls ``fn(document)`` with the python-docx Document
before it is saved.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import textwrap
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from docx.text.run import Run
from lxml import etree

__all__ = [
    "Expect",
    "Fixture",
    "Line",
    "OutlineError",
    "ParaRec",
    "build",
    "build_fixture",
    "parse",
    "party_frame",
    "state_frame",
]

REVISION_AUTHOR = "A"
COMMENT_AUTHOR = "Reviewer"
STAMP = "2026-01-30T08:00:00Z"
STAMP_DT = dt.datetime(2026, 1, 30, 8, 0, 0)
DEFAULT_FONT = "Times New Roman"
DEFAULT_SIZE = 14

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_FALLBACK = f"{{{MC_NS}}}Fallback"
_TXBX = qn("w:txbxContent")

_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "centre": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "both": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_PAGES = {"a4": (210, 297), "a3": (297, 420), "a5": (148, 210), "letter": (215.9, 279.4)}
_ESCAPABLE = set("\\*_^[]{}~+|/#")
_RUN_TOGGLES = {"b", "i", "u", "caps", "sup", "sub", "strike", "hidden", "nfd"}


class OutlineError(ValueError):
    """A malformed outline; the message names the outline line."""

    def __init__(self, lineno: int, message: str) -> None:
        super().__init__(f"outline line {lineno}: {message}")
        self.lineno = lineno


# --------------------------------------------------------------------------------------------
# Lines and annotations


@dataclass(frozen=True, slots=True)
class Expect:
    """One ``# expect:`` item: a rule id, optionally an offset and a message substring."""

    rule: str
    offset: int | None = None
    message: str | None = None

    def __str__(self) -> str:
        out = self.rule
        if self.offset is not None:
            out += f" @{self.offset}"
        if self.message is not None:
            out += f' "{self.message}"'
        return out


@dataclass(frozen=True, slots=True)
class Line:
    """One meaningful outline line. ``kind`` is "" for an annotation-only (document) line."""

    lineno: int  # 1-based, in the outline text as given
    kind: str
    opts: str
    content: str
    expect: tuple[Expect, ...] = ()
    raw: str = ""


_LINE_RE = re.compile(r"^(?P<kind>[a-z][a-z0-9.\-]*)(?:\[(?P<opts>.*?)\])?:(?P<rest>.*)$", re.S)
_ANNOT_RE = re.compile(r"#\s*expect:")
_ITEM_RE = re.compile(r'\s*(?:@(?P<off>\d+)|"(?P<msg>[^"]*)")')
_RULE_RE = re.compile(r"\s*(?P<rule>[A-Z]{2,4}[0-9]{3})")
_NUM_KIND = re.compile(r"^n(\d+)(?:\.(\d+))?$")
KINDS = {
    "p", "nfd", "auto", "comment", "textbox", "table", "header", "footer", "section", "margins",
    "page", "meta", "font", "numbering", "style-num", "style",
} | {f"h{n}" for n in range(1, 10)}


def _parse_expect(body: str, lineno: int) -> tuple[Expect, ...]:
    items: list[Expect] = []
    pos, n = 0, len(body)
    while pos < n:
        m = _RULE_RE.match(body, pos)
        if not m:
            raise OutlineError(lineno, f"bad annotation {body.strip()!r}: expected a rule id")
        rule, pos = m.group("rule"), m.end()
        offset: int | None = None
        message: str | None = None
        while (m := _ITEM_RE.match(body, pos)) is not None:
            if m.group("off") is not None:
                offset = int(m.group("off"))
            else:
                message = m.group("msg")
            pos = m.end()
        items.append(Expect(rule, offset, message))
        rest = body[pos:].lstrip()
        if not rest:
            break
        if not rest.startswith(","):
            raise OutlineError(lineno, f"bad annotation {body.strip()!r} near {rest!r}")
        pos = n - len(rest) + 1
    if not items:
        raise OutlineError(lineno, "empty annotation")
    return tuple(items)


def parse(outline: str) -> list[Line]:
    """The outline's meaningful lines, each with its 1-based line number and annotations."""
    out: list[Line] = []
    for lineno, raw in enumerate(outline.splitlines(), start=1):
        text = raw.strip()
        if not text:
            continue
        if text.startswith("#"):
            m = re.match(r"#\s*expect:(.*)$", text)
            if m:
                out.append(Line(lineno, "", "", "", _parse_expect(m.group(1), lineno), raw))
            continue
        expect: tuple[Expect, ...] = ()
        m = _ANNOT_RE.search(text)
        if m:
            before = text[: m.start()]
            if len(before) - len(before.rstrip()) < 2:
                raise OutlineError(lineno, "put two spaces before '# expect:' (or escape \\#)")
            expect = _parse_expect(text[m.end():], lineno)
            text = before.rstrip()
        lm = _LINE_RE.match(text)
        if not lm:
            raise OutlineError(lineno, f"expected 'kind: content', got {text!r}")
        kind = lm.group("kind")
        if kind not in KINDS and not _NUM_KIND.match(kind):
            raise OutlineError(lineno, f"unknown line kind {kind!r}")
        rest = lm.group("rest")
        if rest.startswith(" "):
            rest = rest[1:]
        out.append(Line(lineno, kind, (lm.group("opts") or "").strip(), rest.rstrip(), expect, raw))
    return out


# --------------------------------------------------------------------------------------------
# Inline tokens

Token = tuple[Any, ...]


def _close(s: str, start: int, opening: str, closing: str) -> int:
    """Index of the ``closing`` matching the ``opening`` at ``start`` (escapes honoured), or
    -1."""
    depth, i = 0, start
    while i < len(s):
        c = s[i]
        if c == "\\" and i + 1 < len(s) and s[i + 1] in _ESCAPABLE:
            i += 2
            continue
        if c == opening:
            depth += 1
        elif c == closing:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _close_bracket(s: str, start: int) -> int:
    return _close(s, start, "[", "]")


_SHORTHAND = re.compile(
    r"^(b|i|u|caps|sup|sub|strike|hidden|nfd|hl|ins|del|font|size)(?:=([^:]*))?:(.*)$", re.S
)


def _close_brace(s: str, start: int) -> int:
    return _close(s, start, "{", "}")


def _brace_token(inner: str, lineno: int) -> Token:
    name, _, value = inner.partition("=")
    if inner == "p":
        return ("para",)
    if inner in ("nbsp", "sp"):
        return ("text", "\u00a0" if inner == "nbsp" else " ")
    if re.fullmatch(r"[uU]\+[0-9A-Fa-f]{4,6}", inner):
        return ("text", chr(int(inner[2:], 16)))
    elems = {"nbh": "noBreakHyphen", "shy": "softHyphen", "tab": "tab", "br": "br", "pb": "pb"}
    if inner in elems:
        return ("elem", elems[inner])
    if inner.startswith("field:"):
        instr, _, result = inner[6:].partition("|")
        return ("field", instr.strip(), result)
    if inner.startswith("/"):
        what = inner[1:]
        if what in _RUN_TOGGLES or what in ("hl", "font", "size"):
            return ("off", what)
        if what in ("ins", "del"):
            return ("rev", None)
        if what == "bm":
            return ("bmend",)
    elif inner in _RUN_TOGGLES:
        return ("on", inner, True)
    elif inner in ("ins", "del"):
        return ("rev", inner)
    elif inner == "hl" or name == "hl":
        return ("on", "hl", value or "yellow")
    elif name in ("font", "size") and value:
        if name == "size":
            try:
                return ("on", "size", float(value))
            except ValueError:
                raise OutlineError(lineno, f"bad size {value!r}") from None
        return ("on", "font", value)
    elif name in ("align", "pstyle") and value:
        return ("pprop", name, value)
    elif name == "bm" and value:
        return ("bm", value)
    raise OutlineError(lineno, f"unknown markup {{{inner}}} (escape a literal brace as \\{{)")


def tokens(text: str, lineno: int = 0) -> list[Token]:
    """Split inline markup into tokens (exposed for tests)."""
    out: list[Token] = []
    buf: list[str] = []
    i, n = 0, len(text)

    def flush() -> None:
        if buf:
            out.append(("text", "".join(buf)))
            buf.clear()

    def emit(tok: Token) -> None:
        flush()
        out.append(tok)

    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in _ESCAPABLE:
            buf.append(text[i + 1])
            i += 2
            continue
        two = text[i:i + 2]
        if two == "**":
            emit(("toggle", "b"))
            i += 2
            continue
        if two == "~~":
            emit(("toggle-rev", "del"))
            i += 2
            continue
        if two == "++":
            emit(("toggle-rev", "ins"))
            i += 2
            continue
        if two == "[[":
            j = text.find("]]", i + 2)
            if j < 0:
                raise OutlineError(lineno, "unclosed [[")
            inner = text[i + 2:j]
            if inner == "r":
                emit(("split",))
            elif inner == "c":
                emit(("cstart", None))
            elif inner.startswith("c:"):
                emit(("cstart", inner[2:].strip()))
            elif inner == "/c":
                emit(("cend",))
            else:
                raise OutlineError(lineno, f"unknown marker [[{inner}]]")
            i = j + 2
            continue
        if two == "[^":
            j = _close_bracket(text, i)
            if j < 0:
                raise OutlineError(lineno, "unclosed [^ note")
            inner = text[i + 2:j]
            m = re.match(r"(e?)(\d*)(?::\s?(.*))?$", inner, re.S)
            if not m:
                raise OutlineError(lineno, f"bad note [^{inner}]")
            kind = "endnote" if m.group(1) else "footnote"
            nid = int(m.group(2)) if m.group(2) else None
            if nid is None and m.group(3) is None:
                raise OutlineError(lineno, f"note [^{inner}] needs an id or a text")
            emit(("note", kind, nid, m.group(3)))
            i = j + 1
            continue
        if c == "{":
            j = _close_brace(text, i)
            if j < 0:
                raise OutlineError(lineno, "unclosed {")
            inner = text[i + 1:j]
            m = _SHORTHAND.match(inner)
            if m:  # {hl:text} is {hl}text{/hl}
                name, value = m.group(1), m.group(2)
                opener = _brace_token(name + (f"={value}" if value else ""), lineno)
                closer = _brace_token("/" + name, lineno)
                flush()
                out.extend([opener, *tokens(m.group(3), lineno), closer])
                i = j + 1
                continue
            tok = _brace_token(inner, lineno)
            if tok[0] == "text":
                buf.append(tok[1])
            else:
                emit(tok)
            i = j + 1
            continue
        if c == "^":
            emit(("toggle", "sup"))
            i += 1
            continue
        if c == "_":
            prev = text[i - 1] if i else " "
            nxt = text[i + 1] if i + 1 < n else " "
            if not (prev.isalnum() and nxt.isalnum()):
                emit(("toggle", "i"))
                i += 1
                continue
        buf.append(c)
        i += 1
    flush()
    return out


def split_top(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside ``[...]``/``{...}`` and not escaped."""
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPABLE:
            i += 2
            continue
        if c in "[{":
            depth += 1
        elif c in "]}":
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            i += len(sep)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return parts


# --------------------------------------------------------------------------------------------
# What the build produced, for mapping findings back to lines


@dataclass(slots=True)
class ParaRec:
    """A paragraph the build wrote: its outline line (None if not from the outline), its
    visible text (approximate: what the loader should see), and whether Word required it without
    the outline asking (an empty paragraph in a vertically merged cell, say)."""

    line: int | None
    text: str = ""
    optional: bool = False


@dataclass
class Fixture:
    data: bytes
    lines: list[Line]
    body: list[ParaRec] = field(default_factory=list)  # body paragraphs, document order, tables in
    tables: list[int | None] = field(default_factory=list)  # line of each body table, in order
    textboxes: list[ParaRec] = field(default_factory=list)
    headers: list[ParaRec] = field(default_factory=list)
    footers: list[ParaRec] = field(default_factory=list)
    notes: dict[tuple[str, int], int] = field(default_factory=dict)  # (part, note id) -> line
    note_paragraphs: dict[str, list[ParaRec]] = field(default_factory=dict)
    comments: dict[int, int] = field(default_factory=dict)  # comment id -> line
    meta_line: int | None = None

    def line(self, lineno: int) -> Line | None:
        for ln in self.lines:
            if ln.lineno == lineno:
                return ln
        return None

    def body_indexes(self, lineno: int) -> list[int]:
        """Indexes of the body paragraphs a line produced (tables' cell paragraphs included)."""
        return [i for i, r in enumerate(self.body) if r.line == lineno]

    def table_indexes(self, lineno: int) -> list[int]:
        return [i for i, ln in enumerate(self.tables) if ln == lineno]

    def expectations(self) -> list[tuple[int, Expect]]:
        """(line, expectation); annotation-only lines give line 0, the document."""
        return [(ln.lineno if ln.kind else 0, e) for ln in self.lines for e in ln.expect]


# --------------------------------------------------------------------------------------------
# XML snippets Word writes

_NOTE_SEPARATORS = (
    '<w:{k} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{k}>'
    '<w:{k} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{k}>'
)

_EXTRA_STYLES = {
    "FootnoteText": ("paragraph", "footnote text", '<w:pPr><w:spacing w:after="0" w:line="240" '
                     'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/>'
                     "</w:rPr>"),
    "FootnoteReference": ("character", "footnote reference",
                          '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'),
    "EndnoteText": ("paragraph", "endnote text", '<w:pPr><w:spacing w:after="0" w:line="240" '
                    'w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/>'
                    "</w:rPr>"),
    "EndnoteReference": ("character", "endnote reference",
                         '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'),
    "CommentText": ("paragraph", "annotation text",
                    '<w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>'),
    "CommentReference": ("character", "annotation reference",
                         '<w:rPr><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr>'),
}

_TEXTBOX_XML = (
    '<mc:AlternateContent xmlns:mc="{mc}" xmlns:w="{w}" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" '
    'distR="114300" simplePos="0" relativeHeight="{z}" behindDoc="0" locked="0" layoutInCell="1" '
    'allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column">'
    "<wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom=\"paragraph\">"
    '<wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2374265" cy="1403985"/>'
    '<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
    '<wp:docPr id="{id}" name="Text Box {id}"/><wp:cNvGraphicFramePr/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
    'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/>'
    '</wps:cNvSpPr><wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="2374265" '
    'cy="1403985"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill>'
    '<a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/>'
    "</a:solidFill><a:miter lim=\"800000\"/></a:ln></wps:spPr><wps:txbx><w:txbxContent/>"
    '</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
    'rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp>'
    "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
    'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
    'o:connecttype="rect"/></v:shapetype><v:shape id="Text Box {id}" o:spid="_x0000_s{spid}" '
    'type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:186.95pt;'
    'height:110.55pt;z-index:{z};visibility:visible;mso-wrap-style:square;'
    'mso-position-horizontal:center;mso-position-horizontal-relative:text;'
    'mso-position-vertical-relative:text;v-text-anchor:top"><v:textbox '
    'style="mso-fit-shape-to-text:t"><w:txbxContent/></v:textbox></v:shape></w:pict>'
    "</mc:Fallback></mc:AlternateContent>"
)


def _xp(el: Any, expr: str) -> list[Any]:
    """XPath with the w: prefix bound, on python-docx and plain lxml elements alike."""
    return etree._Element.xpath(el, expr, namespaces={"w": W_NS})


def _insert_before(parent: Any, child: Any, successors: Iterable[str]) -> None:
    """Insert ``child`` before the first of ``successors`` present (schema order), else last."""
    tags = {qn(t) for t in successors}
    for i, el in enumerate(parent):
        if el.tag in tags:
            parent.insert(i, child)
            return
    parent.append(child)


_SETTINGS_AFTER_NOTEPR = (
    "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema",
    "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown",
    "w:smartTagType", "w:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags",
    "w:decimalSymbol", "w:listSeparator",
)


_RUN_FLAGS = {"bold": "b", "italic": "i", "underline": "u", "caps": "caps", "hidden": "hidden"}


def _run_value(key: str, val: str, lineno: int) -> Any:
    if key == "size":
        try:
            return float(val)
        except ValueError:
            raise OutlineError(lineno, f"bad size {val!r}") from None
    if not val:
        raise OutlineError(lineno, f"{key}= needs a value")
    return val


def _split_opts(opts: str) -> list[str]:
    return [o.strip() for o in opts.split(",") if o.strip()]


def _mm(value: str, lineno: int) -> float:
    try:
        return float(value)
    except ValueError:
        raise OutlineError(lineno, f"expected a number of mm, got {value!r}") from None


# --------------------------------------------------------------------------------------------
# Writing inline content into paragraphs


class _Writer:
    """Writes the tokens of one line into a paragraph, starting further paragraphs on ``{p}``."""

    def __init__(
        self,
        b: _Builder,
        line: Line,
        story: str,
        first_p: Any,
        new_p: Callable[[], Any],
        *,
        nfd: bool = False,
        comment: str | None = None,
        notes_allowed: bool = True,
        props: dict[str, Any] | None = None,
    ) -> None:
        self.b, self.line, self.story, self.new_p = b, line, story, new_p
        self.nfd, self.comment, self.notes_allowed = nfd, comment, notes_allowed
        self.props: dict[str, Any] = dict(props or {})
        self.rev: str | None = None
        self.open_comments: list[int] = []
        self.open_bookmarks: list[int] = []
        self.paragraphs: list[Any] = []
        self._begin(first_p)

    # -- paragraphs ---------------------------------------------------------------------------

    def _begin(self, p: Any) -> None:
        self.p = p
        self.run: Any = None
        self.wrapper: Any = None
        self.rec = ParaRec(self.line.lineno)
        self.b.pinfo[p] = self.rec
        self.paragraphs.append(p)

    def write(self, toks: Sequence[Token]) -> None:
        for tok in toks:
            getattr(self, "_t_" + tok[0].replace("-", "_"))(*tok[1:])

    def close(self) -> None:
        while self.open_comments:
            self._t_cend()
        while self.open_bookmarks:
            self._t_bmend()

    # -- token handlers -----------------------------------------------------------------------

    def _t_text(self, s: str) -> None:
        if self.nfd or self.props.get("nfd"):
            s = unicodedata.normalize("NFD", s)
        r = self._ensure_run()
        tag = qn("w:delText") if self.rev == "del" else qn("w:t")
        last = r[-1] if len(r) else None
        if last is not None and last.tag == tag:
            last.text = (last.text or "") + s
            t = last
        else:
            t = OxmlElement("w:delText" if self.rev == "del" else "w:t")
            t.text = s
            r.append(t)
        if t.text != t.text.strip():
            t.set(qn("xml:space"), "preserve")
        if self.rev != "del" and not self.props.get("hidden"):
            self.rec.text += s

    def _t_elem(self, name: str) -> None:
        r = self._ensure_run()
        if name == "pb":
            el = OxmlElement("w:br")
            el.set(qn("w:type"), "page")
        else:
            el = OxmlElement("w:" + name)
        r.append(el)
        if self.rev != "del" and not self.props.get("hidden"):
            self.rec.text += {"tab": "\t", "br": "\n", "noBreakHyphen": "-"}.get(name, "")

    def _t_toggle(self, name: str) -> None:
        if self.props.get(name):
            self.props.pop(name)
        else:
            self.props[name] = True
        self.run = None

    def _t_on(self, name: str, value: Any) -> None:
        self.props[name] = value
        self.run = None

    def _t_off(self, name: str) -> None:
        self.props.pop(name, None)
        self.run = None

    def _t_toggle_rev(self, kind: str) -> None:
        if self.rev == kind:
            self._t_rev(None)
        elif self.rev is None:
            self._t_rev(kind)
        else:
            raise OutlineError(self.line.lineno, f"{kind} inside a tracked {self.rev}")

    def _t_rev(self, kind: str | None) -> None:
        self.rev = kind
        self.wrapper = None
        self.run = None

    def _t_split(self) -> None:
        self.run = None

    def _t_para(self) -> None:
        self.wrapper = None
        self._begin(self.new_p())

    def _t_pprop(self, name: str, value: str) -> None:
        pPr = self.p.get_or_add_pPr()
        if name == "align":
            if value not in _ALIGN:
                raise OutlineError(self.line.lineno, f"unknown alignment {value!r}")
            pPr.jc_val = _ALIGN[value]
        else:
            pPr.style = self.b.style_id(value, self.line.lineno)

    def _t_note(self, kind: str, nid: int | None, text: str | None) -> None:
        if not self.notes_allowed:
            raise OutlineError(self.line.lineno, "notes cannot be nested here")
        store = self.b.notes(kind)
        if nid is None:
            nid = store.next_id()
        if text is not None:
            store.add(nid, text, self.line)
        self.b.note_lines.setdefault((kind, nid), self.line.lineno)
        self.run = None
        r = self._new_run(rstyle="FootnoteReference" if kind == "footnote" else "EndnoteReference")
        ref = OxmlElement("w:footnoteReference" if kind == "footnote" else "w:endnoteReference")
        ref.set(qn("w:id"), str(nid))
        r.append(ref)
        self.run = None

    def _t_cstart(self, text: str | None) -> None:
        if text is None:
            text = self.comment if self.comment is not None else ""
        cid = self.b.comments().add(text, self.line)
        el = OxmlElement("w:commentRangeStart")
        el.set(qn("w:id"), str(cid))
        self._mark(el)
        self.open_comments.append(cid)

    def _t_cend(self) -> None:
        if not self.open_comments:
            raise OutlineError(self.line.lineno, "[[/c]] without [[c]]")
        cid = self.open_comments.pop()
        el = OxmlElement("w:commentRangeEnd")
        el.set(qn("w:id"), str(cid))
        self._mark(el)
        r = self._new_run(rstyle="CommentReference", plain=True)
        ref = OxmlElement("w:commentReference")
        ref.set(qn("w:id"), str(cid))
        r.append(ref)
        self.run = None

    def _t_bm(self, name: str) -> None:
        bid = self.b.next_bookmark()
        el = OxmlElement("w:bookmarkStart")
        el.set(qn("w:id"), str(bid))
        el.set(qn("w:name"), name)
        self._mark(el)
        self.open_bookmarks.append(bid)

    def _t_bmend(self) -> None:
        if not self.open_bookmarks:
            raise OutlineError(self.line.lineno, "{/bm} without {bm=...}")
        el = OxmlElement("w:bookmarkEnd")
        el.set(qn("w:id"), str(self.open_bookmarks.pop()))
        self._mark(el)

    def _t_field(self, instr: str, result: str) -> None:
        self._fld_char("begin")
        self.run = None
        r = self._ensure_run()
        it = OxmlElement("w:delInstrText" if self.rev == "del" else "w:instrText")
        it.text = f" {instr} "
        it.set(qn("xml:space"), "preserve")
        r.append(it)
        self._fld_char("separate")
        if result:
            self.run = None
            self._t_text(result)
        self._fld_char("end")
        self.run = None

    # -- runs ---------------------------------------------------------------------------------

    def _fld_char(self, kind: str) -> None:
        self.run = None
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        self._ensure_run().append(el)
        self.run = None

    def _mark(self, el: Any) -> None:
        """A range mark sits directly in the paragraph, between runs."""
        self.run = None
        self.wrapper = None
        self.p.append(el)

    def _container(self) -> Any:
        if self.rev is None:
            return self.p
        if self.wrapper is None:
            self.wrapper = OxmlElement("w:" + self.rev)
            self.wrapper.set(qn("w:id"), str(self.b.next_revision()))
            self.wrapper.set(qn("w:author"), REVISION_AUTHOR)
            self.wrapper.set(qn("w:date"), STAMP)
            self.p.append(self.wrapper)
        return self.wrapper

    def _ensure_run(self) -> Any:
        if self.run is None:
            self.run = self._new_run()
        return self.run

    def _new_run(self, rstyle: str | None = None, plain: bool = False) -> Any:
        r = OxmlElement("w:r")
        self._container().append(r)
        if rstyle:
            self.b.ensure_style(rstyle)
            r.get_or_add_rPr().style = rstyle
        if not plain:
            _apply_rpr(r, self.props)
        return r


def _apply_rpr(r: Any, props: dict[str, Any]) -> None:
    run = Run(r, None)  # type: ignore[arg-type]
    font = run.font
    if props.get("font"):
        font.name = props["font"]
        rfonts = r.rPr.rFonts
        rfonts.set(qn("w:cs"), props["font"])
        rfonts.set(qn("w:eastAsia"), props["font"])
    if props.get("b"):
        font.bold = True
    if props.get("i"):
        font.italic = True
    if props.get("caps"):
        font.all_caps = True
    if props.get("strike"):
        font.strike = True
    if props.get("hidden"):
        font.hidden = True
    if props.get("size"):
        font.size = Pt(props["size"])
    if props.get("hl"):
        font.highlight_color = WD_COLOR_INDEX.from_xml(props["hl"])
    if props.get("u"):
        font.underline = True
    if props.get("sup"):
        font.superscript = True
    if props.get("sub"):
        font.subscript = True


# --------------------------------------------------------------------------------------------
# Package parts created on demand


class _Notes:
    def __init__(self, b: _Builder, kind: str) -> None:
        self.b, self.kind = b, kind
        plural = kind + "s"
        self.root = parse_xml(
            f"<w:{plural} {nsdecls('w', 'r')}>{_NOTE_SEPARATORS.format(k=kind)}</w:{plural}>"
        )
        ct = CT.WML_FOOTNOTES if kind == "footnote" else CT.WML_ENDNOTES
        rt = RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES
        part = XmlPart(PackURI(f"/word/{plural}.xml"), ct, self.root, b.doc.part.package)
        b.doc.part.relate_to(part, rt)
        pr = parse_xml(
            f'<w:{kind}Pr {nsdecls("w")}><w:{kind} w:id="-1"/><w:{kind} w:id="0"/></w:{kind}Pr>'
        )
        settings = b.doc.settings.element
        after = _SETTINGS_AFTER_NOTEPR if kind == "footnote" else _SETTINGS_AFTER_NOTEPR[1:]
        _insert_before(settings, pr, after)
        self.ids: set[int] = set()

    def next_id(self) -> int:
        used = self.ids | {k[1] for k in self.b.note_lines if k[0] == self.kind}
        return max(used, default=0) + 1

    def add(self, nid: int, text: str, line: Line) -> None:
        if nid in self.ids:
            raise OutlineError(line.lineno, f"{self.kind} {nid} is defined twice")
        if nid < 1:
            raise OutlineError(line.lineno, f"{self.kind} ids start at 1 (-1 and 0 are separators)")
        self.ids.add(nid)
        cap = "Footnote" if self.kind == "footnote" else "Endnote"
        for sid in (f"{cap}Text", f"{cap}Reference"):
            self.b.ensure_style(sid)
        note = OxmlElement(f"w:{self.kind}")
        note.set(qn("w:id"), str(nid))
        self.root.append(note)

        def new_p() -> Any:
            p = OxmlElement("w:p")
            p.get_or_add_pPr().style = f"{cap}Text"
            note.append(p)
            return p

        first = new_p()
        ref = OxmlElement("w:r")
        ref.get_or_add_rPr().style = f"{cap}Reference"
        ref.append(OxmlElement(f"w:{self.kind}Ref"))
        first.append(ref)
        space = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = " "
        t.set(qn("xml:space"), "preserve")
        space.append(t)
        first.append(space)
        w = _Writer(self.b, line, self.kind, first, new_p, notes_allowed=False)
        w.write(tokens(text, line.lineno))
        w.close()


class _Comments:
    def __init__(self, b: _Builder) -> None:
        self.b = b
        self.root = parse_xml(f"<w:comments {nsdecls('w', 'r')}/>")
        try:
            from docx.parts.comments import CommentsPart

            part: XmlPart = CommentsPart(
                PackURI("/word/comments.xml"), CT.WML_COMMENTS, self.root, b.doc.part.package
            )
        except ImportError:  # pragma: no cover - python-docx < 1.2
            part = XmlPart(
                PackURI("/word/comments.xml"), CT.WML_COMMENTS, self.root, b.doc.part.package
            )
        b.doc.part.relate_to(part, RT.COMMENTS)
        b.ensure_style("CommentText")
        b.ensure_style("CommentReference")
        self.next = 0

    def add(self, text: str, line: Line) -> int:
        cid = self.next
        self.next += 1
        c = OxmlElement("w:comment")
        for k, v in (("w:id", str(cid)), ("w:author", COMMENT_AUTHOR), ("w:date", STAMP),
                     ("w:initials", "R")):
            c.set(qn(k), v)
        for i, para in enumerate(text.split("{p}")):
            p = OxmlElement("w:p")
            p.get_or_add_pPr().style = "CommentText"
            if i == 0:
                r = OxmlElement("w:r")
                r.get_or_add_rPr().style = "CommentReference"
                r.append(OxmlElement("w:annotationRef"))
                p.append(r)
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = para
            t.set(qn("xml:space"), "preserve")
            r.append(t)
            p.append(r)
            c.append(p)
        self.root.append(c)
        self.b.comment_lines[cid] = line.lineno
        return cid


class _Numbering:
    def __init__(self, b: _Builder) -> None:
        self.root = parse_xml(f"<w:numbering {nsdecls('w', 'r')}/>")
        try:
            from docx.parts.numbering import NumberingPart

            cls: type[XmlPart] = NumberingPart
        except ImportError:  # pragma: no cover
            cls = XmlPart
        part = cls(PackURI("/word/numbering.xml"), CT.WML_NUMBERING, self.root,
                   b.doc.part.package)
        b.doc.part.relate_to(part, RT.NUMBERING)
        self.abstract_of: dict[int, int] = {}  # numId -> abstractNumId
        self.abstracts: dict[int, Any] = {}

    def define(self, num_id: int, levels: list[dict[str, Any]]) -> None:
        aid = len(self.abstracts)
        an = OxmlElement("w:abstractNum")
        an.set(qn("w:abstractNumId"), str(aid))
        nsid = OxmlElement("w:nsid")
        nsid.set(qn("w:val"), f"{0x1A2B3C00 + aid:08X}")
        an.append(nsid)
        mlt = OxmlElement("w:multiLevelType")
        mlt.set(qn("w:val"), "hybridMultilevel" if len(levels) > 1 else "singleLevel")
        an.append(mlt)
        for ilvl, spec in enumerate(levels):
            lvl = OxmlElement("w:lvl")
            lvl.set(qn("w:ilvl"), str(ilvl))
            for tag, val in (("w:start", str(spec.get("start", 1))), ("w:numFmt", spec["fmt"]),
                             ("w:lvlRestart", spec.get("restart")),
                             ("w:isLgl", "" if spec.get("legal") else None),
                             ("w:lvlText", spec["text"]), ("w:lvlJc", "left")):
                if val is None:
                    continue
                el = OxmlElement(tag)
                if val != "" or tag == "w:lvlText":
                    el.set(qn("w:val"), val)
                lvl.append(el)
            ppr = parse_xml(f'<w:pPr {nsdecls("w")}><w:ind w:left="{720 * (ilvl + 1)}" '
                            'w:hanging="360"/></w:pPr>')
            lvl.append(ppr)
            an.append(lvl)
        self.abstracts[aid] = an
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(an)
        else:
            self.root.append(an)
        self._num(num_id, aid, {})

    def instance(self, num_id: int, of: int, overrides: dict[int, int], lineno: int) -> None:
        if of not in self.abstract_of:
            raise OutlineError(lineno, f"numbering {of} is not defined")
        self._num(num_id, self.abstract_of[of], overrides)

    def _num(self, num_id: int, aid: int, overrides: dict[int, int]) -> None:
        old = _xp(self.root, f'w:num[@w:numId="{num_id}"]')
        for el in old:
            self.root.remove(el)
        num = OxmlElement("w:num")
        num.set(qn("w:numId"), str(num_id))
        ref = OxmlElement("w:abstractNumId")
        ref.set(qn("w:val"), str(aid))
        num.append(ref)
        for ilvl, start in sorted(overrides.items()):
            ov = OxmlElement("w:lvlOverride")
            ov.set(qn("w:ilvl"), str(ilvl))
            so = OxmlElement("w:startOverride")
            so.set(qn("w:val"), str(start))
            ov.append(so)
            num.append(ov)
        self.root.append(num)
        self.abstract_of[num_id] = aid

    def start_of(self, num_id: int, ilvl: int) -> int:
        an = self.abstracts[self.abstract_of[num_id]]
        st = _xp(an, f'w:lvl[@w:ilvl="{ilvl}"]/w:start/@w:val')
        return int(st[0]) if st else 1

    def link_style(self, num_id: int, ilvl: int, style_id: str, lineno: int) -> None:
        if num_id not in self.abstract_of:
            raise OutlineError(lineno, f"numbering {num_id} is not defined (define it first)")
        an = self.abstracts[self.abstract_of[num_id]]
        lvls = _xp(an, f'w:lvl[@w:ilvl="{ilvl}"]')
        if not lvls:
            raise OutlineError(lineno, f"numbering {num_id} has no level {ilvl}")
        ps = OxmlElement("w:pStyle")
        ps.set(qn("w:val"), style_id)
        _insert_before(lvls[0], ps, ("w:isLgl", "w:suff", "w:lvlText", "w:lvlPicBulletId",
                                     "w:legacy", "w:lvlJc", "w:pPr", "w:rPr"))


# --------------------------------------------------------------------------------------------
# The builder


_LEVEL_RE = re.compile(r'^\s*(?P<fmt>[A-Za-z]+)\s*(?:"(?P<text>[^"]*)")?(?P<rest>.*)$')


class _Builder:
    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.doc = docx.Document()
        self.pinfo: dict[Any, ParaRec] = {}
        self.tblinfo: dict[Any, int] = {}
        self.note_lines: dict[tuple[str, int], int] = {}
        self.comment_lines: dict[int, int] = {}
        self.meta_line: int | None = None
        self._notes: dict[str, _Notes] = {}
        self._comments: _Comments | None = None
        self._numbering: _Numbering | None = None
        self._revision = 0
        self._bookmark = 0
        self._shape = 0
        self._hdrftr_used: set[Any] = set()
        self._clean_template()

    # -- template ------------------------------------------------------------------------------

    def _clean_template(self) -> None:
        part = self.doc.part
        for rid, rel in list(part.rels.items()):
            if rel.reltype == RT.NUMBERING:
                del part.rels[rid]
        for numpr in list(self.doc.styles.element.iter(qn("w:numPr"))):
            numpr.getparent().remove(numpr)
        self._default_fonts()
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin = Mm(20), Mm(20)
        sec.left_margin, sec.right_margin = Mm(30), Mm(15)
        cp = self.doc.core_properties
        cp.author = ""
        cp.comments = ""
        cp.last_modified_by = ""
        cp.created = STAMP_DT
        cp.modified = STAMP_DT
        cp.revision = 1

    def _default_fonts(self) -> None:
        """Times New Roman 14 everywhere, as Vietnamese administrative documents are set."""
        styles = self.doc.styles.element
        targets = [_xp(styles, "w:docDefaults/w:rPrDefault/w:rPr")[0]]
        normal = self.doc.styles["Normal"].element.get_or_add_rPr()
        targets.append(normal)
        for n in range(1, 10):
            rpr = self.doc.styles[f"Heading {n}"].element.get_or_add_rPr()
            for color in rpr.findall(qn("w:color")):
                rpr.remove(color)
            targets.append(rpr)
        for rpr in targets:
            rfonts = rpr.get_or_add_rFonts()
            for attr in list(rfonts.attrib):
                del rfonts.attrib[attr]
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                rfonts.set(qn(attr), DEFAULT_FONT)
            rpr.sz_val = Pt(DEFAULT_SIZE)
            szcs = rpr.find(qn("w:szCs"))
            if szcs is not None:
                szcs.set(qn("w:val"), str(DEFAULT_SIZE * 2))

    # -- shared services for writers -----------------------------------------------------------

    def next_revision(self) -> int:
        self._revision += 1
        return self._revision

    def next_bookmark(self) -> int:
        self._bookmark += 1
        return self._bookmark - 1

    def notes(self, kind: str) -> _Notes:
        if kind not in self._notes:
            self._notes[kind] = _Notes(self, kind)
        return self._notes[kind]

    def comments(self) -> _Comments:
        if self._comments is None:
            self._comments = _Comments(self)
        return self._comments

    def numbering(self) -> _Numbering:
        if self._numbering is None:
            self._numbering = _Numbering(self)
        return self._numbering

    def ensure_style(self, style_id: str) -> None:
        styles = self.doc.styles.element
        if _xp(styles, f'w:style[@w:styleId="{style_id}"]'):
            return
        kind, name, body = _EXTRA_STYLES[style_id]
        based = "Normal" if kind == "paragraph" else "DefaultParagraphFont"
        styles.append(parse_xml(
            f'<w:style {nsdecls("w")} w:type="{kind}" w:styleId="{style_id}">'
            f'<w:name w:val="{name}"/>'
            f'<w:basedOn w:val="{based}"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>{body}'
            "</w:style>"
        ))

    def style_id(self, name: str, lineno: int, kind: Any = WD_STYLE_TYPE.PARAGRAPH) -> str:
        styles = self.doc.styles
        try:
            return styles[name].style_id
        except KeyError:
            pass
        for s in styles:
            if s.style_id == name:
                return s.style_id
        if name in _EXTRA_STYLES:
            self.ensure_style(name)
            return name
        new = styles.add_style(name, kind)
        if kind == WD_STYLE_TYPE.PARAGRAPH:
            new.base_style = styles["Normal"]
        return new.style_id

    # -- paragraphs ----------------------------------------------------------------------------

    def _popts(self, line: Line, base: str | None) -> dict[str, Any]:
        out: dict[str, Any] = {"style": base}
        for item in _split_opts(line.opts):
            key, eq, val = item.partition("=")
            key, val = key.strip(), val.strip()
            if not eq:
                if item in _ALIGN:
                    out["align"] = item
                elif item == "nfd":
                    out["nfd"] = True
                elif item in _RUN_FLAGS:
                    out.setdefault("run", {})[_RUN_FLAGS[item]] = True
                else:
                    out["style"] = item
            elif key == "style":
                out["style"] = val
            elif key == "align":
                if val not in _ALIGN:
                    raise OutlineError(line.lineno, f"unknown alignment {val!r}")
                out["align"] = val
            elif key == "num":
                m = re.fullmatch(r"(\d+)(?:\.(\d+))?", val)
                if not m:
                    raise OutlineError(line.lineno, f"num= expects ID.LEVEL, got {val!r}")
                out["numId"], out["lvl"] = int(m.group(1)), int(m.group(2) or 0)
            elif key in ("numId", "lvl", "level"):
                if not val.isdigit():
                    raise OutlineError(line.lineno, f"{key}= expects a number, got {val!r}")
                out[key] = int(val)
            elif key in ("indent", "first"):
                out[key] = _mm(val, line.lineno)
            elif key in ("before", "after"):
                out[key] = _mm(val, line.lineno)  # points
            elif key == "line":
                rule, _, amount = val.rpartition(":")
                if rule not in ("", "exact", "atleast"):
                    raise OutlineError(line.lineno, f"line= is N, exact:PT or atleast:PT: {val!r}")
                out["line"] = (rule, _mm(amount, line.lineno))
            elif key in ("font", "size", "hl"):
                out.setdefault("run", {})[key] = _run_value(key, val, line.lineno)
            else:
                raise OutlineError(line.lineno, f"unknown paragraph option {item!r}")
        return out

    def _setup_p(self, p: Any, po: dict[str, Any], lineno: int) -> Any:
        style = po.get("style")
        if style and style != "Normal":
            p.get_or_add_pPr().style = self.style_id(style, lineno)
        if "numId" in po:
            numpr = p.get_or_add_pPr().get_or_add_numPr()
            numpr.get_or_add_ilvl().val = po.get("lvl", 0)
            numpr.get_or_add_numId().val = po["numId"]
        if "indent" in po:
            p.get_or_add_pPr().ind_left = Mm(po["indent"])
        if "first" in po:
            p.get_or_add_pPr().first_line_indent = Mm(po["first"])
        if "align" in po:
            p.get_or_add_pPr().jc_val = _ALIGN[po["align"]]
        fmt = p.get_or_add_pPr() if {"before", "after", "line"} & po.keys() else None
        if "before" in po:
            fmt.spacing_before = Pt(po["before"])
        if "after" in po:
            fmt.spacing_after = Pt(po["after"])
        if "line" in po:
            rule, amount = po["line"]
            spacing = fmt.get_or_add_spacing()
            value = round(amount * 240) if rule == "" else round(amount * 20)
            spacing.set(qn("w:line"), str(value))
            spacing.set(qn("w:lineRule"), {"": "auto", "exact": "exact"}.get(rule, "atLeast"))
        if "level" in po:
            if not 1 <= po["level"] <= 9:
                raise OutlineError(lineno, "level= is 1..9 (Word's outline levels)")
            p.get_or_add_pPr().get_or_add_outlineLvl().val = po["level"] - 1
        return p

    def _write(self, line: Line, story: str, first: Any, new_p: Callable[[], Any], text: str,
               **kw: Any) -> _Writer:
        w = _Writer(self, line, story, first, new_p, **kw)
        toks = tokens(text, line.lineno)
        if kw.get("comment") is not None and not any(t[0] == "cstart" for t in toks):
            toks = [("cstart", None), *toks, ("cend",)]
        w.write(toks)
        w.close()
        return w

    def _body_p(self) -> Any:
        return self.doc.add_paragraph()._p

    def paragraph(self, line: Line) -> None:
        kind = line.kind
        base: str | None = "Normal"
        if kind[0] == "h" and kind[1:].isdigit():
            base = f"Heading {kind[1:]}"
        if kind == "comment":
            po: dict[str, Any] = {"style": "Normal"}
            comment: str | None = line.opts
        else:
            po, comment = self._popts(line, base), None
        if kind == "nfd":
            po["nfd"] = True
        m = _NUM_KIND.match(kind)
        if m:
            po["numId"], po["lvl"] = int(m.group(1)), int(m.group(2) or 0)
        if kind == "auto" and "numId" not in po:
            raise OutlineError(line.lineno, "auto[...] needs numId= (or num=ID.LEVEL)")

        def new_p() -> Any:
            return self._setup_p(self._body_p(), po, line.lineno)

        self._write(line, "body", new_p(), new_p, line.content, nfd=bool(po.get("nfd")),
                    comment=comment, props=po.get("run"))

    # -- tables --------------------------------------------------------------------------------

    def table(self, line: Line) -> None:
        opts: dict[str, Any] = {"style": "Table Grid", "header": 0, "borderless": False,
                                "center": False}
        styled = False
        run_props: dict[str, Any] = {}
        for item in _split_opts(line.opts):
            key, eq, val = (s.strip() for s in item.partition("="))
            if not eq and key in ("borderless", "center"):
                opts[key] = True
            elif key == "header" and val.isdigit():
                opts["header"] = int(val)
            elif key == "style" and val:
                opts["style"], styled = val, True
            elif key in ("font", "size"):
                run_props[key] = _run_value(key, val, line.lineno)
            elif not eq and key in _RUN_FLAGS:
                run_props[_RUN_FLAGS[key]] = True
            else:
                raise OutlineError(line.lineno, f"unknown table option {item!r}")
        if opts["borderless"] and not styled:
            opts["style"] = None
        grid = [[c.strip() for c in split_top(row, "|")] for row in split_top(line.content, "//")]
        ncols = max(len(r) for r in grid)
        for cells_of_row in grid:
            cells_of_row.extend([""] * (ncols - len(cells_of_row)))
        table = self.doc.add_table(rows=len(grid), cols=ncols)
        try:
            table.style = opts["style"]
        except KeyError:
            raise OutlineError(line.lineno, f"no table style {opts['style']!r}") from None
        tbl = table._tbl
        self.tblinfo[tbl] = line.lineno
        if opts["borderless"]:
            borders = parse_xml(
                f"<w:tblBorders {nsdecls('w')}>"
                + "".join(f'<w:{s} w:val="none" w:sz="0" w:space="0" w:color="auto"/>'
                          for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
                + "</w:tblBorders>"
            )
            _insert_before(tbl.tblPr, borders, ("w:shd", "w:tblLayout", "w:tblCellMar",
                                                "w:tblLook", "w:tblCaption"))
        for i in range(min(opts["header"], len(grid))):
            trpr = table.rows[i]._tr.get_or_add_trPr()
            _insert_before(trpr, OxmlElement("w:tblHeader"),
                           ("w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del"))
        cells: list[tuple[int, int, int, int]] = []  # (row, col, width, height)
        covered: set[tuple[int, int]] = set()
        for r, row in enumerate(grid):
            for c, tok in enumerate(row):
                if tok in ("<<", "^^"):
                    continue
                w = 1
                while c + w < ncols and row[c + w] == "<<":
                    w += 1
                h = 1
                while (r + h < len(grid) and grid[r + h][c] == "^^"
                       and all(grid[r + h][c + k] == "<<" for k in range(1, w))):
                    h += 1
                cells.append((r, c, w, h))
                covered.update((r + i, c + k) for i in range(h) for k in range(w))
        for r, row in enumerate(grid):
            for c, tok in enumerate(row):
                if tok in ("<<", "^^") and (r, c) not in covered:
                    raise OutlineError(line.lineno, f"merge marker {tok} at row {r + 1}, cell "
                                                    f"{c + 1} has no cell to merge with")
        origin = {(r, c): table.cell(r, c) for r, c, _, _ in cells}
        for r, c, w, h in cells:
            if w > 1 or h > 1:
                origin[(r, c)] = origin[(r, c)].merge(table.cell(r + h - 1, c + w - 1))
        po = {"align": "center"} if opts["center"] else {}
        for r, c, _, _ in cells:
            cell = origin[(r, c)]
            ps = _xp(cell._tc, "w:p")
            for extra in ps[1:]:
                cell._tc.remove(extra)

            def new_p(cell: Any = cell) -> Any:
                return self._setup_p(cell.add_paragraph()._p, po, line.lineno)

            self._write(line, "body", self._setup_p(ps[0], po, line.lineno), new_p, grid[r][c],
                        props=run_props)

    # -- text boxes ----------------------------------------------------------------------------

    def textbox(self, line: Line) -> None:
        self._shape += 1
        n = self._shape
        ac = parse_xml(_TEXTBOX_XML.format(mc=MC_NS, w=W_NS, id=n, spid=1024 + n,
                                           z=251659264 + n))
        anchor = self._body_p()
        self.pinfo[anchor] = ParaRec(line.lineno)
        r = OxmlElement("w:r")
        r.append(ac)
        anchor.append(r)
        choice, fallback = list(ac.iter(_TXBX))

        def new_p() -> Any:
            p = OxmlElement("w:p")
            choice.append(p)
            return p

        self._write(line, "textbox", new_p(), new_p, line.content, notes_allowed=False)
        for p in choice:
            fallback.append(copy.deepcopy(p))

    # -- headers and footers -------------------------------------------------------------------

    def hdrftr(self, line: Line) -> None:
        sec = self.doc.sections[-1]
        opts = _split_opts(line.opts)
        which = opts[0] if opts else "default"
        if which not in ("default", "first", "even") or len(opts) > 1:
            raise OutlineError(line.lineno, f"unknown {line.kind} option {line.opts!r}")
        if which == "first":
            sec.different_first_page_header_footer = True
        if which == "even":
            self.doc.settings.odd_and_even_pages_header_footer = True
        attr = {"default": "", "first": "first_page_", "even": "even_page_"}[which] + line.kind
        story = getattr(sec, attr)
        story.is_linked_to_previous = False
        key = story.part
        paras = story.paragraphs
        if key not in self._hdrftr_used and len(paras) == 1 and not paras[0].text:
            first = paras[0]._p
        else:
            first = story.add_paragraph()._p
        self._hdrftr_used.add(key)
        style = "Header" if line.kind == "header" else "Footer"

        def new_p() -> Any:
            p = story.add_paragraph()._p
            p.get_or_add_pPr().style = style
            return p

        first.get_or_add_pPr().style = style
        self._write(line, line.kind, first, new_p, line.content, notes_allowed=False)

    # -- page setup ----------------------------------------------------------------------------

    def section(self, line: Line) -> None:
        starts = {"newpage": WD_SECTION.NEW_PAGE, "nextpage": WD_SECTION.NEW_PAGE,
                  "continuous": WD_SECTION.CONTINUOUS, "oddpage": WD_SECTION.ODD_PAGE,
                  "evenpage": WD_SECTION.EVEN_PAGE}
        words = [w for w in re.split(r"[\s,]+", line.content + " " + line.opts) if w]
        body = self.doc.element.body
        sentinel = body.get_or_add_sectPr()
        previous = copy.deepcopy(sentinel)
        blocks = [el for el in body if el.tag in (qn("w:p"), qn("w:tbl"))]
        last = blocks[-1] if blocks else None
        if last is not None and last.tag == qn("w:p") and (
            last.pPr is None or last.pPr.sectPr is None
        ):
            host = last
        else:
            host = self._body_p()
            self.pinfo[host] = ParaRec(line.lineno)
        host.get_or_add_pPr()._insert_sectPr(previous)
        for ref in _xp(sentinel, "w:headerReference|w:footerReference|w:titlePg"):
            sentinel.remove(ref)
        sec = self.doc.sections[-1]
        sec.start_type = WD_SECTION.NEW_PAGE
        for w in words:
            if w in starts:
                sec.start_type = starts[w]
            elif w in ("landscape", "portrait"):
                self._orient(sec, w)
            else:
                raise OutlineError(line.lineno, f"unknown section option {w!r}")

    @staticmethod
    def _orient(sec: Any, which: str) -> None:
        w, h = sec.page_width, sec.page_height
        if which == "landscape":
            sec.orientation = WD_ORIENT.LANDSCAPE
            sec.page_width, sec.page_height = max(w, h), min(w, h)
        else:
            sec.orientation = WD_ORIENT.PORTRAIT
            sec.page_width, sec.page_height = min(w, h), max(w, h)

    def margins(self, line: Line) -> None:
        sec = self.doc.sections[-1]
        names = {"top": "top_margin", "bottom": "bottom_margin", "left": "left_margin",
                 "right": "right_margin", "header": "header_distance",
                 "footer": "footer_distance", "gutter": "gutter"}
        order = iter(("top", "bottom", "left", "right"))
        for item in re.split(r"[\s,;]+", line.content.strip()):
            if not item:
                continue
            if re.fullmatch(r"\d+(\.\d+)?", item):
                item = f"{next(order, 'extra')}={item}"
            if item == "mirror":
                settings = self.doc.settings.element
                if settings.find(qn("w:mirrorMargins")) is None:
                    _insert_before(settings, OxmlElement("w:mirrorMargins"), (
                        "w:alignBordersAndEdges", "w:bordersDoNotSurroundHeader",
                        "w:bordersDoNotSurroundFooter", "w:gutterAtTop", "w:hideSpellingErrors",
                        "w:hideGrammaticalErrors", "w:activeWritingStyle", "w:proofState",
                        "w:formsDesign", "w:attachedTemplate", "w:linkStyles",
                        "w:stylePaneFormatFilter", "w:stylePaneSortMethod", "w:documentType",
                        "w:mailMerge", "w:revisionView", "w:trackRevisions", "w:doNotTrackMoves",
                        "w:doNotTrackFormatting", "w:documentProtection",
                        "w:autoFormatOverride", "w:styleLockTheme", "w:styleLockQFSet",
                        "w:defaultTabStop", *_SETTINGS_AFTER_NOTEPR))
                continue
            key, _, val = item.partition("=")
            if key not in names:
                raise OutlineError(line.lineno, f"unknown margin {key!r}")
            setattr(sec, names[key], Mm(_mm(val, line.lineno)))

    def page(self, line: Line) -> None:
        sec = self.doc.sections[-1]
        landscape = sec.orientation == WD_ORIENT.LANDSCAPE
        for item in re.split(r"[\s,;]+", line.content.strip().lower()):
            if not item:
                continue
            if item in _PAGES:
                w, h = _PAGES[item]
                sec.page_width, sec.page_height = Mm(w), Mm(h)
            elif item.startswith("width="):
                sec.page_width = Mm(_mm(item[6:], line.lineno))
            elif item.startswith("height="):
                sec.page_height = Mm(_mm(item[7:], line.lineno))
            elif item in ("landscape", "portrait"):
                landscape = item == "landscape"
            else:
                raise OutlineError(line.lineno, f"unknown page option {item!r}")
        self._orient(sec, "landscape" if landscape else "portrait")

    # -- document-wide directives --------------------------------------------------------------

    def meta(self, line: Line) -> None:
        cp = self.doc.core_properties
        names = {"title", "subject", "author", "keywords", "comments", "category",
                 "last_modified_by", "revision", "created", "modified", "language",
                 "content_status", "identifier", "version"}
        for item in line.content.split(";"):
            if not item.strip():
                continue
            key, eq, val = item.partition("=")
            key, val = key.strip(), val.strip()
            if not eq or key not in names:
                raise OutlineError(line.lineno, f"unknown meta item {item.strip()!r}")
            value: Any = val
            if key == "revision":
                value = int(val)
            elif key in ("created", "modified"):
                value = dt.datetime.fromisoformat(val.replace("Z", ""))
            setattr(cp, key, value)
        self.meta_line = line.lineno

    def font(self, line: Line) -> None:
        try:
            style = self.doc.styles[line.opts or "Normal"]
        except KeyError:
            raise OutlineError(line.lineno, f"no style {line.opts!r}") from None
        words = line.content.split()
        size = None
        if words and re.fullmatch(r"\d+(\.\d+)?", words[-1]):
            size = float(words.pop())
        if words:
            name = " ".join(words)
            style.font.name = name
            rfonts = style.element.get_or_add_rPr().get_or_add_rFonts()
            rfonts.set(qn("w:cs"), name)
            rfonts.set(qn("w:eastAsia"), name)
        if size:
            style.font.size = Pt(size)

    def style(self, line: Line) -> None:
        items = [i.strip() for i in line.content.split(";") if i.strip()]
        if not items:
            raise OutlineError(line.lineno, "style: needs a name")
        name, rest = items[0], items[1:]
        sid = self.style_id(name, line.lineno)
        st = next(s for s in self.doc.styles if s.style_id == sid)
        for item in rest:
            key, eq, val = (s.strip() for s in item.partition("="))
            if key == "based" and eq:
                st.base_style = self.doc.styles[val]
            elif key in ("bold", "italic") and not eq:
                setattr(st.font, key, True)
            elif key == "font" and eq:
                st.font.name = val
            elif key == "size" and eq:
                st.font.size = Pt(float(val))
            elif key == "align" and val in _ALIGN:
                st.paragraph_format.alignment = _ALIGN[val]
            elif key == "level" and val.isdigit():
                st.element.get_or_add_pPr().get_or_add_outlineLvl().val = int(val) - 1
            else:
                raise OutlineError(line.lineno, f"unknown style item {item!r}")

    def numbering_line(self, line: Line) -> None:
        text = line.content
        m = re.fullmatch(r"\s*(\d+)\s*->\s*(\d+)(.*)", text)
        if m:
            num_id, of = int(m.group(1)), int(m.group(2))
            numbering = self.numbering()
            if of not in numbering.abstract_of:
                raise OutlineError(line.lineno, f"numbering {of} is not defined")
            overrides: dict[int, int] = {}
            for w in m.group(3).split():
                if w == "restart":
                    overrides[0] = numbering.start_of(of, 0)
                elif (lm := re.fullmatch(r"lvl(\d)=(\d+)", w)) is not None:
                    overrides[int(lm.group(1))] = int(lm.group(2))
                else:
                    raise OutlineError(line.lineno, f"unknown numbering option {w!r}")
            self.numbering().instance(num_id, of, overrides, line.lineno)
            return
        m = re.fullmatch(r"\s*(\d+)\s*=(.*)", text)
        if not m:
            raise OutlineError(line.lineno, "numbering: expects 'N = levels' or 'N -> M ...'")
        levels = []
        for spec in m.group(2).split("|"):
            lm = _LEVEL_RE.match(spec)
            if not lm or lm.group("text") is None:
                raise OutlineError(line.lineno, f'bad level {spec.strip()!r}: want fmt "text"')
            level: dict[str, Any] = {"fmt": lm.group("fmt"), "text": lm.group("text")}
            for w in lm.group("rest").split():
                key, _, val = w.partition("=")
                if key in ("start", "restart") and val.isdigit():
                    level[key] = int(val) if key == "start" else val
                elif w == "legal":
                    level["legal"] = True
                else:
                    raise OutlineError(line.lineno, f"unknown level option {w!r}")
            levels.append(level)
        self.numbering().define(int(m.group(1)), levels)

    def style_num(self, line: Line) -> None:
        m = re.fullmatch(r"\s*(.+?)\s*=\s*(\d+)(?:\s+lvl\s*(\d))?\s*", line.content)
        if not m:
            raise OutlineError(line.lineno, "style-num: expects 'Style Name = NUMID lvl N'")
        sid = self.style_id(m.group(1), line.lineno)
        num_id, ilvl = int(m.group(2)), int(m.group(3) or 0)
        self.numbering().link_style(num_id, ilvl, sid, line.lineno)
        style = next(s for s in self.doc.styles if s.style_id == sid)
        numpr = style.element.get_or_add_pPr().get_or_add_numPr()
        if ilvl:
            numpr.get_or_add_ilvl().val = ilvl
        numpr.get_or_add_numId().val = num_id

    # -- driver --------------------------------------------------------------------------------

    def run(self, edit: Callable[[Any], None] | None) -> Fixture:
        handlers: dict[str, Callable[[Line], None]] = {
            "table": self.table, "textbox": self.textbox, "header": self.hdrftr,
            "footer": self.hdrftr, "section": self.section, "margins": self.margins,
            "page": self.page, "meta": self.meta, "font": self.font, "style": self.style,
            "numbering": self.numbering_line, "style-num": self.style_num,
        }
        for line in self.lines:
            if not line.kind:
                continue
            handlers.get(line.kind, self.paragraph)(line)
        if edit is not None:
            edit(self.doc)
        fx = Fixture(data=b"", lines=self.lines)
        self._collect(fx)
        buf = io.BytesIO()
        self.doc.save(buf)
        fx.data = buf.getvalue()
        return fx

    def _rec(self, p: Any, fallback_line: int | None = None) -> ParaRec:
        rec = self.pinfo.get(p)
        if rec is not None:
            return rec
        return ParaRec(fallback_line, "".join(p.itertext()), optional=True)

    def _collect(self, fx: Fixture) -> None:
        body = self.doc.element.body
        for el in body.iter(qn("w:p"), qn("w:tbl"), _TXBX):
            if any(a.tag == _TXBX for a in el.iterancestors()):
                continue
            if el.tag == qn("w:tbl"):
                fx.tables.append(self.tblinfo.get(el))
            elif el.tag == qn("w:p"):
                tbl = next((a for a in el.iterancestors(qn("w:tbl"))), None)
                fx.body.append(self._rec(el, self.tblinfo.get(tbl) if tbl is not None else None))
            elif not any(a.tag == _FALLBACK for a in el.iterancestors()):
                fx.textboxes.extend(self._rec(p) for p in el.iter(qn("w:p")))
        seen: set[Any] = set()
        for sec in self.doc.sections:
            for kind, out in (("header", fx.headers), ("footer", fx.footers)):
                for prefix in ("", "first_page_", "even_page_"):
                    story = getattr(sec, prefix + kind)
                    if story.is_linked_to_previous or story.part in seen:
                        continue
                    seen.add(story.part)
                    out.extend(self._rec(p) for p in story._element.iter(qn("w:p")))
        for kind, store in self._notes.items():
            recs = fx.note_paragraphs.setdefault(kind, [])
            for note in store.root:
                if note.get(qn("w:type")) in ("separator", "continuationSeparator",
                                              "continuationNotice"):
                    continue
                recs.extend(self._rec(p) for p in note.iter(qn("w:p")))
        fx.notes = dict(self.note_lines)
        fx.comments = dict(self.comment_lines)
        fx.meta_line = self.meta_line


def build_fixture(outline: str, *, edit: Callable[[Any], None] | None = None) -> Fixture:
    """Build the outline; return the bytes, the parsed lines and the line -> location maps."""
    return _Builder(parse(outline)).run(edit)


def build(outline: str, *, edit: Callable[[Any], None] | None = None) -> bytes:
    """The outline as the bytes of a .docx package."""
    return build_fixture(outline, edit=edit).data


# --------------------------------------------------------------------------------------------
# Ready-made report frames


def _body_block(body: str) -> str:
    return textwrap.dedent(body).strip("\n")


def party_frame(
    body: str,
    *,
    number: str | None = "Số 28-BC/TU",
    date: str | None = "Hải Phòng, ngày 30 tháng 01 năm 2026",
    issuer: str = "THÀNH ỦY HẢI PHÒNG",
    title: str = "BÁO CÁO",
    summary: str = "tình hình thực hiện nhiệm vụ tháng 01; nhiệm vụ, giải pháp trọng tâm "
    "tháng 02 năm 2026",
    recipients: Sequence[str] = ("- Các ban đảng Trung ương,", "- Lưu Văn phòng Thành ủy."),
    signature: Sequence[str] = ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "", "Đỗ Mạnh Hiến"),
    font: str | None = "Times New Roman 14",
) -> str:
    """Outline text of a Party report around ``body``: header block, title, body, signature.

    The header and signature blocks are borderless tables. Annotations in ``body`` stay valid:
    they are parsed from the returned text, so reported line numbers count the frame's lines
    too (failures print each line's text).
    """
    left = [f"{{align=center}}**{issuer}**", "{align=center}*"]
    if number is not None:
        left.append(f"{{align=center}}{number}")
    right = ["{align=center}**{u}ĐẢNG CỘNG SẢN VIỆT NAM{/u}**"]
    if date is not None:
        right.append(f"{{align=right}}_{date}_")
    lines = [f"font: {font}"] if font else []
    lines += [
        f"table[borderless]: {'{p}'.join(left)} | {'{p}'.join(right)}",
        f"p[center]: **{title}**",
        f"p[center]: **{summary}**",
        "p[center]: -----",
        _body_block(body),
        _signature(recipients, signature, party=True),
    ]
    return "\n".join(lines) + "\n"


def state_frame(
    body: str,
    *,
    number: str | None = "Số: 28/BC-UBND",
    date: str | None = "Lâm Đồng, ngày 30 tháng 01 năm 2026",
    issuer: Sequence[str] = ("ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"),
    title: str = "BÁO CÁO",
    summary: str = "Tình hình kinh tế - xã hội tháng 01 năm 2026",
    recipients: Sequence[str] = ("- Như trên;", "- Lưu: VT, TH."),
    signature: Sequence[str] = ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "",
                                "Nguyễn Văn A"),
    font: str | None = "Times New Roman 14",
) -> str:
    """Outline text of a state (UBND) report around ``body``; see :func:`party_frame`."""
    left = [f"{{align=center}}{issuer[0]}"] + [f"{{align=center}}**{x}**" for x in issuer[1:]]
    if number is not None:
        left.append(f"{{align=center}}{number}")
    right = ["{align=center}**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**",
             "{align=center}**Độc lập - Tự do - Hạnh phúc**"]
    if date is not None:
        right.append(f"{{align=center}}_{date}_")
    lines = [f"font: {font}"] if font else []
    lines += [
        f"table[borderless]: {'{p}'.join(left)} | {'{p}'.join(right)}",
        f"p[center]: **{title}**",
        f"p[center]: **{summary}**",
        _body_block(body),
        _signature(recipients, signature),
    ]
    return "\n".join(lines) + "\n"


def _signature(recipients: Sequence[str], signature: Sequence[str], *,
               party: bool = False) -> str:
    """The closing block as each system sets it: "Nơi nhận:" italic bold (Nghị định 30) or
    upright underlined (Hướng dẫn 36), whose signer's title, unlike the authority line and
    the name, is not bold."""
    left = "{p}".join(["{u}Nơi nhận:{/u}" if party else "**_Nơi nhận:_**", *recipients])
    blank = signature.index("") if "" in signature else len(signature)
    lines = []
    for i, s in enumerate(signature):
        title = party and i < blank and not re.match(r"(T/M|K/T|T/L|TM\.|KT\.|TL\.|Q\.)", s)
        lines.append("" if not s else f"{{align=center}}{s}" if title
                     else f"{{align=center}}**{s}**")
    return f"table[borderless]: {left} | {'{p}'.join(lines)}"
