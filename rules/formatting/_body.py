"""The body's running paragraphs and the body's prescribed layout, for the rules that check
the body as a whole (alignment, first-line indent, paragraph and line spacing): each reports
once for the document, naming how many paragraphs differ, never once per paragraph."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from rules.formatting._helpers import body_text, is_form
from validator.analysis import Analysis
from validator.model import Paragraph

# A running paragraph fills at least two lines of an A4 page at 13–14 pt: about 100 letters.
RUNNING_LENGTH = 100
TWIPS_PER_CM = 567.0


def body_format(analysis: Analysis) -> Mapping[str, Any]:
    """The profile's ``[format.body]``, or nothing for a form, a routing slip or a document
    without a frame (their tables and blocks have their own layout)."""
    if is_form(analysis) or not analysis.frame.is_administrative:
        return {}
    spec = analysis.format.get("body")
    return spec if isinstance(spec, Mapping) else {}


def upper_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def running(analysis: Analysis) -> list[Paragraph]:
    """The body's running paragraphs: outside tables and text boxes, at least two lines of
    text, neither a heading in bold nor in capitals. (``analysis.of(running)``.)"""
    out = []
    for p in analysis.of(body_text):
        t = p.text.strip()
        if len(t) >= RUNNING_LENGTH and not p.is_bold and upper_share(t) < 0.8:
            out.append(p)
    return out


def cm(twips: float) -> str:
    """Centimetres as Vietnamese write them: "1,27", "0"."""
    return f"{twips / TWIPS_PER_CM:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def pt(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def tally(values: list[str], unit: str = "đoạn") -> str:
    """"0 cm: 12 đoạn; 0,75 cm: 3 đoạn", the commonest first."""
    return "; ".join(f"{v}: {n} {unit}" for v, n in Counter(values).most_common(4))
