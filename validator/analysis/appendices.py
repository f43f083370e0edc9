"""A report's appendices: their headings ("PHỤ LỤC 1") with title and note lines, and where
the text cites them ("(Phụ lục 3 kèm theo)"). ``analysis.appendices`` and
``analysis.appendix_citations`` compute them once per document."""

from __future__ import annotations

import re

import msgspec

from validator import recache
from validator.model import Document, Paragraph, fold
from validator.numerals import roman_value


class Appendix(msgspec.Struct):
    heading: Paragraph
    number: str | None  # as typed: "3", "03", "III", None when unnumbered
    value: int | None
    numerals: str | None  # "arabic" | "roman" | None
    title: Paragraph | None = None
    note: Paragraph | None = None  # "(Kèm theo …)" / "(theo …)" line under the title
    end: int = 1 << 30  # index of the first paragraph after the appendix


_APP_NUM_RE = recache.compile(r"(?i)^\s*ph[ụu]\s*l[ụu]\s*c\s+(?:s[ốo]\s+)?([0-9]+|[IVXLC]+)\b")


def appendices(doc: Document) -> list[Appendix]:
    """The appendix headings, in order, with their title and note lines."""
    out: list[Appendix] = []
    body = [p for p in doc.paragraphs(tables=False) if not p.in_textbox]
    for i, p in enumerate(body):
        if p.outline_kind != "appendix":
            continue
        m = _APP_NUM_RE.match(fold(p.text))
        number = m.group(1) if m else None
        numerals = None if number is None else ("arabic" if number.isdigit() else "roman")
        app = Appendix(p, number, p.outline_value, numerals)
        rest = [q for q in body[i + 1:i + 6] if q.text.strip()]
        for q in rest[:3]:
            if q.outline_kind == "appendix":
                break
            t = q.text.strip()
            if t.startswith("(") and app.note is None:
                app.note = q
            elif app.title is None and app.note is None and not t.startswith("("):
                app.title = q
        if out:
            out[-1].end = p.index
        out.append(app)
    return out


def standalone(doc: Document, apps: list[Appendix]) -> bool:
    """The file is itself one appendix of a larger document (fewer than three paragraphs of
    text before its first appendix heading): its sibling appendices are elsewhere."""
    if not apps:
        return False
    index = apps[0].heading.index
    before = [p for p in doc.paragraphs(tables=False) if p.index < index and p.text.strip()]
    return len(before) < 3


def appendix_of(apps: list[Appendix], p: Paragraph) -> Appendix | None:
    """The appendix a body paragraph stands in, if any."""
    for a in apps:
        if a.heading.index <= p.index < a.end:
            return a
    return None


# -- citations of appendices --------------------------------------------------------------

_CITE_RE = recache.compile(
    r"(?i)(?<![\w])(?:các\s+)?ph[ụu]\s+l[ụu]c(?:\s+s[ốo])?"
    r"(?P<nums>(?:\s*(?:,|và|-|đến|;)?\s*(?:0?\d{1,2}|(?-i:[IVXLC]{1,5}))(?![\w/.-]\d)(?!\w))*)"
)
# the part every _CITE_RE match holds, without the look-behind and the optional prefix: a
# cheap test that spares most paragraphs the full pattern
_CITE_CORE = recache.compile(r"(?i)ph[ụu]\s+l[ụu]c")
_NUM_TOKEN = recache.compile(r"(?<!\w)(?:0?\d{1,2}|[IVXLC]{1,5})(?!\w)")
# a citation of another document's appendix: "Phụ lục I Nghị định 30/2020/NĐ-CP",
# "Phụ lục 3 của Hướng dẫn 36", "Phụ lục ban hành kèm theo Quyết định số…"
_FOREIGN_RE = recache.compile(
    r"(?i)^[\s,.:;)]*(?:\(?(?:ban hành\s+)?(?:kèm theo|của|tại|thuộc|theo)\s+)?"
    r"(?:nghị định|nghị quyết|quyết định|thông tư|luật|hướng dẫn|chỉ thị|kết luận|"
    r"kế hoạch|chương trình|công văn|văn bản|thông báo|quy định|quy chế|đề án|tờ trình|"
    r"báo cáo số|ban hành|số\s+\d)"
)


# "kèm theo Kế hoạch này": this document
_THIS_RE = recache.compile(r"^[^.;()\d]{0,40}?\bnày\b")


class AppendixCite(msgspec.Struct, frozen=True):
    paragraph: Paragraph
    offset: int
    length: int
    numbers: tuple[int, ...]  # empty when the citation names no number
    text: str


def appendix_citations(doc: Document) -> list[AppendixCite]:
    """Citations of this document's appendices in its text (notes included), outside the
    appendix headings themselves. Comments and deleted text are never read."""
    out: list[AppendixCite] = []
    paras = [*doc.body_paragraphs, *doc.textboxes, *doc.note_paragraphs()]
    for p in paras:
        if p.outline_kind == "appendix" or _CITE_CORE.search(p.match) is None:
            continue
        for m in _CITE_RE.finditer(p.match):
            tail = p.match[m.end():m.end() + 60]
            if _FOREIGN_RE.match(tail) and not _THIS_RE.match(tail):
                continue
            nums: list[int] = []
            for tok in _NUM_TOKEN.findall(m.group("nums")):
                v = int(tok) if tok.isdigit() else roman_value(tok.upper())
                if v is not None:
                    nums.append(v)
            span = p.match[m.start():m.end()].rstrip(" ,;-")
            if re.search(r"(?i)(đến|-)\s*\S+$", span) and len(nums) >= 2:
                a, b = nums[-2], nums[-1]
                if a < b <= a + 20:
                    nums[-1:] = list(range(a + 1, b + 1))
            text = p.text[m.start():m.start() + len(span)]
            out.append(AppendixCite(p, m.start(), len(span), tuple(nums), text))
    return out
