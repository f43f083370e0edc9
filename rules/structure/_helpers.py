"""Shared helpers of the structure rules: where to point when an element is missing, and
the tolerant matching of required content sections."""

from __future__ import annotations

import re
from collections.abc import Iterator

import msgspec

from validator import recache
from validator.analysis.frame import Frame
from validator.model import Document, Location, Paragraph, fold
from validator.profiles import Profile, SectionSpec
from validator.rule import Finding, Rule

ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def required(rule: Rule, doc: Document, element: str) -> tuple[Profile, Frame] | None:
    """(profile, frame) when the document's profile requires ``element``, else None."""
    prof = rule.profile
    if element not in prof.frame_required:
        return None
    f = rule.analysis.frame
    if not prof.requires(element, f.doc_type):
        return None
    return prof, f


def head_location(doc: Document, f: Frame) -> Location:
    """Where a missing header element is reported: the header block, else the document start."""
    p = f.header or f.type_name or (doc.body_paragraphs[0] if doc.body_paragraphs else None)
    return p.location if p is not None else Location()


def tail_location(doc: Document, f: Frame) -> Location:
    """Where a missing closing element is reported: the signature or recipients block, else the
    last paragraph of the body (before the appendices)."""
    for p in (f.recipients, f.signature_authority, f.signer_title):
        if p is not None:
            return p.location
    last = None
    for p in doc.body_paragraphs:
        if p.outline_kind == "appendix" and last is not None:
            break
        if p.text.strip():
            last = p
    return last.location if last is not None else head_location(doc, f)


def system_of(prof: Profile, f: Frame) -> str:
    return prof.system or f.system or "state"


# -- sections ------------------------------------------------------------------------------

_LABEL = recache.compile(
    r"^\s*(?:phần\s+(?:thứ\s+\w+|[ivxlc\d]+)|[ivxlc]+|\d+(?:\.\d+)*|[a-zđ])\s*[.:)\-–]\s*",
    re.IGNORECASE)
_DEPTH = {"part": 0, "roman": 1, "arabic": 2, "arabic2": 3, "arabic3": 4, "letter": 4}


def norm_title(text: str) -> str:
    """A heading's words, without its label, punctuation and case: "III. MỘT SỐ TỒN TẠI, HẠN
    CHẾ" -> "một số tồn tại hạn chế"."""
    t = fold(text).replace("Uỷ", "Ủy").replace("uỷ", "ủy").replace("UỶ", "ỦY").lower()
    t = t.replace("oà", "òa").replace("oá", "óa").replace("oạ", "ọa")
    t = _LABEL.sub("", t, count=1)
    t = re.sub(r"[^\w\s]", " ", t)
    return " ".join(t.split())


def _depth(p: Paragraph) -> int | None:
    if p.outline_kind in _DEPTH:
        return _DEPTH[p.outline_kind]
    if p.heading_level is not None:
        return p.heading_level
    t = p.text.strip()
    letters = [c for c in t if c.isalpha()]
    if letters and len(t) < 150 and (p.is_bold or sum(c.isupper() for c in letters)
                                     > 0.8 * len(letters)):
        return 3
    return None


class SectionHit(msgspec.Struct, frozen=True):
    spec: SectionSpec
    paragraph: Paragraph
    depth: int


def body_range(doc: Document, f: Frame) -> list[Paragraph]:
    """Body paragraphs outside tables, between the summary line and the closing blocks."""
    out = []
    for p in doc.body_paragraphs:
        if f.body_start is not None and p.index < f.body_start:
            continue
        if f.body_end is not None and p.index >= f.body_end:
            break
        if p.outline_kind == "appendix":
            break
        if p.table is None:
            out.append(p)
    return out


def find_sections(doc: Document, f: Frame, specs: tuple[SectionSpec, ...]) -> list[SectionHit]:
    """The best heading for each required section (shallowest, then first), in document
    order."""
    best: dict[str, SectionHit] = {}
    # each spec's patterns and normalised titles, once per call instead of once per heading
    prepared = [
        (spec, spec.regexes, [norm_title(a) for a in (spec.title, *spec.aliases)])
        for spec in specs
    ]
    for p in body_range(doc, f):
        text = p.display if p.numbering else p.text
        if len(text) > 200:
            continue
        depth = _depth(p)
        if depth is None:
            continue
        words = norm_title(text)
        for spec, regexes, titles in prepared:
            if not _matches(regexes, titles, words, text, depth):
                continue
            hit = best.get(spec.id)
            if hit is None or depth < hit.depth:
                best[spec.id] = SectionHit(spec, p, depth)
    return sorted(best.values(), key=lambda h: h.paragraph.index)


def _matches(
    regexes: tuple[re.Pattern[str], ...], titles: list[str], words: str, raw: str, depth: int
) -> bool:
    if any(r.search(raw) for r in regexes):
        return True
    return any(words.startswith(a) or (depth <= 2 and f" {a} " in f" {words} ") for a in titles)


def nested(a: Paragraph, b: Paragraph) -> bool:
    """One heading lies inside the other's section ("II" and "II.1")."""
    sa, sb = a.section or "", b.section or ""
    return bool(sa and sb) and (sb.startswith(sa + ".") or sa.startswith(sb + "."))


def expected_title(spec: SectionSpec) -> str:
    return f"{ROMAN[spec.order] if spec.order < len(ROMAN) else spec.order}. {spec.title}"


# -- a frame element that must be present --------------------------------------------------


class MissingElement(Rule):
    """Base of the rules that report a missing frame element (not a rule itself)."""

    abstract = True
    element: str = ""
    where: str = "head"  # "head" | "tail"

    def check(self, doc: Document) -> Iterator[Finding]:
        hit = required(self, doc, self.element)
        if hit is None:
            return
        prof, f = hit
        if self.present(f, prof):
            return
        loc = self.locate(doc, f)
        yield Finding(loc, self.message(f, prof), self.suggestion(f, prof))

    def present(self, f: Frame, prof: Profile) -> bool:
        return getattr(f, self.element) not in (None, [])

    def locate(self, doc: Document, f: Frame) -> Location:
        return head_location(doc, f) if self.where == "head" else tail_location(doc, f)

    def message(self, f: Frame, prof: Profile) -> str:  # pragma: no cover - overridden
        raise NotImplementedError

    def suggestion(self, f: Frame, prof: Profile) -> str | None:
        return None
