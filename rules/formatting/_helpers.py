"""Shared helpers of the formatting (pre-submission) rules."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from validator.analysis import Analysis
from validator.analysis.frame import Frame
from validator.model import Paragraph, Run

# Fonts whose characters are pictures (bullets, ticks), not letters: never "another font".
SYMBOL_FONTS = frozenset({
    "symbol", "wingdings", "wingdings 2", "wingdings 3", "webdings", "marlett",
    "ms mincho", "segoe ui symbol", "mt extra", "zapf dingbats",
})


def system(analysis: Analysis) -> str | None:
    """"party" or "state": from the document's frame, else from a named profile."""
    f = analysis.frame
    if f.system:
        return f.system
    if analysis.profile.name != "generic":
        return analysis.profile.system
    return None


def has_words(text: str) -> bool:
    return any(c.isalnum() for c in text)


def text_runs(p: Paragraph) -> Iterator[Run]:
    """Runs carrying letters or digits (spaces, tabs and bullets do not count)."""
    for r in p.runs:
        if has_words(r.text):
            yield r


RUNNING_ALIGN = (None, "both", "left", "start", "distribute", "justify")


def is_form(analysis: Analysis) -> bool:
    """A routing slip or a form rather than a document: no number line and no type name,
    or a "PHIẾU …" type (phiếu trình, phiếu gửi)."""
    f = analysis.frame
    if f.number_line is None and f.type_name is None:
        return True
    return f.type_name is not None and f.type_name.text.strip().upper().startswith("PHIẾU")


def _header_end(f: Frame) -> int:
    """Index of the first paragraph after the header block (number, date line, subject)."""
    if f.body_start is not None:
        return f.body_start
    parts = [f.number_line, f.place_date, f.motto, f.slogan, f.summary, f.type_name]
    indexes = [p.index for p in parts if p is not None and not p.in_textbox]
    return max(indexes) + 1 if indexes else 0


def body_text(analysis: Analysis) -> list[Paragraph]:
    """Running-text paragraphs: outside tables and text boxes, between the header block and
    the recipients/signature block when the frame is found, justified or left-aligned, with
    words in them. A công văn's "V/v" lines and its "Kính gửi" block are skipped.

    Several rules read it: ``analysis.of(body_text)`` computes it once per document."""
    doc = analysis.doc
    f: Frame = analysis.frame
    start = _header_end(f)
    end = f.body_end
    out: list[Paragraph] = []
    for p in doc.body_paragraphs:
        if p.table is not None or p.in_textbox or p.index < start:
            continue
        if end is not None and p.index >= end:
            break
        if not has_words(p.text) or p.alignment not in RUNNING_ALIGN:
            continue
        head = p.match.lstrip().lower()
        if not out and (head.startswith(("v/v", "kính gửi", "- ", "+ ")) or len(head) < 40):
            continue  # subject line, addressees, before the first running paragraph
        out.append(p)
    return out


def dominant(values: Counter[object]) -> object | None:
    """The most common value (ties broken by first seen), or None for an empty counter."""
    return values.most_common(1)[0][0] if values else None


def weighted(paragraphs: list[Paragraph], attr: str) -> Counter[object]:
    """Characters of text runs per value of ``attr`` (font or size) over ``paragraphs``."""
    count: Counter[object] = Counter()
    for p in paragraphs:
        for r in text_runs(p):
            value = getattr(r, attr)
            if value is not None:
                count[value] += len(r.text.strip())
    return count


def spans(p: Paragraph, pred: object) -> Iterator[tuple[int, int, Run]]:
    """(start, end, first run) of maximal stretches of consecutive text runs where ``pred``."""
    cur: tuple[int, int, Run] | None = None
    for r in p.runs:
        if not r.text:
            continue
        hit = pred(r)  # type: ignore[operator]
        if hit:
            cur = (cur[0], r.end, cur[2]) if cur else (r.start, r.end, r)
        elif has_words(r.text) or not cur:
            if cur:
                yield cur
            cur = None
    if cur:
        yield cur


def trim(p: Paragraph, start: int, end: int) -> tuple[int, int]:
    """Narrow ``[start, end)`` to exclude surrounding whitespace."""
    while start < end and p.text[start].isspace():
        start += 1
    while end > start and p.text[end - 1].isspace():
        end -= 1
    return start, end
