"""The figures a report states about its indicators ("thu ngân sách", "khách du lịch", "IIP").

:func:`statements` is the index of indicator figures stated in the body, in appendix table rows
(the column of the period's result) and in the rows' summary text, so that one indicator
stated twice with different values can be found. The indicator names and their patterns are
the vocabulary's (``rules/data/indicators.toml``). Matching is conservative: a statement
counts only when the key, a verb of result ("đạt", "là", "ước đón"…) and the figure stand
together in one clause, with no period or plan word ("quý", "kế hoạch", "cùng kỳ"…) between
them. ``analysis.indicator_statements`` computes it once per document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import msgspec

from validator import recache
from validator.analysis.numbers import NUMBER_RE, SCALE_RE, UNIT_RE, Figure
from validator.analysis.tables import TableView
from validator.analysis.text import norm
from validator.model import Document, Paragraph
from validator.vocabulary import Vocabulary


class Keys(msgspec.Struct, frozen=True):
    """The indicator names of a vocabulary, compiled: each (name, pattern) in order, and one
    pattern that matches exactly where one of them does."""

    each: tuple[tuple[str, re.Pattern[str]], ...]
    any: re.Pattern[str]

    @classmethod
    def of(cls, vocab: Vocabulary) -> Keys:
        names = vocab.indicators
        return cls(
            tuple((k, recache.compile(p)) for k, p in names),
            recache.compile("|".join(f"(?:{p})" for _, p in names) or r"(?!)"),
        )


VERB_RE = recache.compile(r"\b(?:đạt|là|thực hiện|ước đón|đón|ước tính|ước|tăng|có)\s*$")
PERIOD_RE = recache.compile(
    r"quý|cả năm|năm \d{4}|kế hoạch|kịch bản|mục tiêu|chỉ tiêu|dự toán|cùng kỳ|lũy kế|"
    r"tết|ngày nghỉ|phấn đấu|đến năm|bình quân|trong đó|\(|;"
)
MONTH_RE = recache.compile(r"tháng\s*\d{1,2}(?:\s*(?:năm|/)\s*\d{4})?")
UNIT_GAP_RE = recache.compile(
    rf"^\s*(?:{SCALE_RE})?\s*(?:{UNIT_RE})?\s*(?:người\s*)?$", re.IGNORECASE
)


class Statement(msgspec.Struct, frozen=True):
    """One figure stated for an indicator: where, which key, what value."""

    key: str
    figure: Figure
    paragraph: Paragraph
    source: str  # "body" | "cell" | "text" (prose inside a table)
    growth: bool = False  # a growth rate ("tăng 36,2%"), not a level


def prose_statements(
    p: Paragraph, source: str, keys: Keys, figs: Sequence[Figure]
) -> list[Statement]:
    """Statements of the form "<key> … đạt <figure>" or "<figure> <unit> <key>" in ``p``,
    whose figures are ``figs``."""
    if not any(not f.approx and f.unit is not None for f in figs):
        return []  # only an exact figure with a unit is stated for a key
    text = norm(p.match)
    if len(text) != len(p.match):
        text = p.match.lower()
    if not keys.any.search(text):
        return []
    out: list[Statement] = []
    for key, rx in keys.each:
        for km in rx.finditer(text):
            for f in figs:
                if f.approx or f.unit is None:
                    continue
                if 0 <= km.start() - (f.start + len(f.token)) <= 20 and UNIT_GAP_RE.match(
                    text[f.start + len(f.token):km.start()]
                ):
                    out.append(Statement(key, f, p, source))
                    break
                gap = text[km.end():f.start]
                if f.start < km.end() or len(gap) > 80:
                    continue
                clean = MONTH_RE.sub(" ", gap)
                if PERIOD_RE.search(clean) or NUMBER_RE.search(clean) or not VERB_RE.search(gap):
                    break
                if any(r.search(gap) for k, r in keys.each if k != key):
                    break
                out.append(Statement(key, f, p, source, growth=f.unit == "%"))
                break
    taken: set[int] = set()
    unique = []
    for s in out:  # one key per figure: the first (most specific) wins
        if s.figure.start not in taken:
            taken.add(s.figure.start)
            unique.append(s)
    return unique


def _row_key(text: str, keys: Keys) -> str | None:
    """The key a normalised row label names, or None."""
    if not keys.any.search(text):
        return None
    for key, rx in keys.each:
        if rx.search(text):
            return key
    return None


def statements(
    doc: Document,
    views: Sequence[TableView],
    keys: Keys,
    figures: Callable[[str], Sequence[Figure]],
) -> list[Statement]:
    """The index of indicator figures stated in the body and in report tables; ``figures``
    reads a paragraph's figures (``analysis.figures``)."""
    out: list[Statement] = []

    def prose(p: Paragraph, source: str) -> list[Statement]:
        return prose_statements(p, source, keys, figures(p.match))

    for p in doc.paragraphs(tables=False):
        out.extend(prose(p, "body"))
    for n in doc.note_paragraphs():
        out.extend(prose(n, "body"))
    for v in views:
        if v.label_col is None:
            continue
        for r in v.data_rows():
            label = norm(v.text(r, v.label_col))
            key = _row_key(label, keys)
            if key and v.current_col is not None and v.unit_col is not None:
                f = v.figure(r, v.current_col)
                scale, unit = v.unit(r)
                para = v.paragraph(r, v.current_col)
                if f is not None and unit and para is not None and not f.approx:
                    f = Figure(f.value, f.decimals, 0, len(f.token), f.token, f.kind, scale, unit)
                    growth = unit == "%" and "tăng" in label
                    out.append(Statement(key, f, para, "cell", growth))
            if v.summary_col is not None:
                cell = v.table.cell_at(r, v.summary_col)
                if cell is not None and cell.row == r:
                    for para in cell.paragraphs:
                        out.extend(prose(para, "text"))
    return out
