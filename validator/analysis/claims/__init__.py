"""The claims a document makes about its own figures, read once per document.

:func:`document_claims` reads every paragraph, list and table of a document into
:class:`~validator.analysis.claims.model.Claim` records: totals and their parts, ratios and
percentages, shares of a total, counts against the items counted, changes and rates of
change, and the sums and ratios of report tables. The arithmetic rules check these claims
(``analysis.claims``); each claim says whether it holds within the precision written, how
sure the reading is, and the computation in Vietnamese notation.

The readers depend only on the document model and the number reader
(:mod:`validator.analysis.numbers`): :mod:`.text` (figure mentions); :mod:`.prose`
(relations inside a paragraph, read by :mod:`.changes`, :mod:`.ratios` and
:mod:`.breakdowns` over :mod:`.reader`); :mod:`.counts` (counts against the items named in
the same paragraph), :mod:`.lists` (against the list items that follow) and :mod:`.chapters`
(a charter's chapters and articles); :mod:`.tables` (report tables, read into a
:mod:`.grid`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from validator import recache
from validator.analysis.claims.chapters import structure_counts
from validator.analysis.claims.counts import inline_counts
from validator.analysis.claims.lists import list_claims
from validator.analysis.claims.model import Claim
from validator.analysis.claims.prose import paragraph_claims
from validator.analysis.claims.tables import table_claims
from validator.analysis.numbers import figures, has_digit
from validator.model import Document, Paragraph

# a paragraph without any of these states no relation between its figures
RELATION_CUE = recache.compile(r"%|/|\(|:|gồm|trong đó|tăng|giảm|gảm|tổng|cụ thể|điểm|lên|xuống",
                               re.IGNORECASE)

# letters that occur in Vietnamese words and in no other language soat reads
VIETNAMESE_RE = recache.compile(
    "[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]")
LETTER_RE = recache.compile(r"[^\W\d_]")

__all__ = ["Claim", "document_claims"]


def _containers(doc: Document) -> Iterator[Sequence[Paragraph]]:
    """Runs of paragraphs a list can span: the body, each table cell, each note."""
    yield [p for p in doc.paragraphs(tables=False)]
    for t in doc.tables():
        for row in t.rows:
            for cell in row.cells:
                ps = cell.paragraphs
                if len(ps) > 1 or ps and has_digit(ps[0].match):
                    yield ps
    for note in doc.notes():
        yield note.paragraphs


def vietnamese(doc: Document) -> bool:
    """True when the body reads as Vietnamese: the readers rely on its words and notation."""
    parts: list[str] = []
    size = 0
    for p in doc.body_paragraphs:
        parts.append(p.text)
        size += len(p.text)
        if size > 6000:
            break
    sample = " ".join(parts)
    letters = len(LETTER_RE.findall(sample))
    return letters > 0 and len(VIETNAMESE_RE.findall(sample.lower())) >= 0.05 * letters


def document_claims(doc: Document) -> list[Claim]:
    """Every claim of ``doc``, in reading order of the containers."""
    out: list[Claim] = []
    if not vietnamese(doc):
        return out
    for paragraphs in _containers(doc):
        for p in paragraphs:
            text = p.match
            if not has_digit(text):
                continue
            figs = tuple(figures(text))  # read once, for every reader of the paragraph
            if RELATION_CUE.search(text) and len(figs) + text.count("/") >= 2:
                out.extend(paragraph_claims(p, figs=figs))
            out.extend(inline_counts(p, figs=figs))
        if len(paragraphs) > 1:
            out.extend(list_claims(paragraphs))
    body = [p for p in doc.paragraphs(tables=False)]
    out.extend(structure_counts(body))
    for t in doc.tables():  # borderless ones too: many report tables draw no table borders
        if len(t.rows) >= 3:
            out.extend(table_claims(t))
    return out
