"""``soat fix``: apply unambiguous fixes as tracked changes (author "soat").

Only rules that declare ``fixable = True`` take part, and only their findings that carry a
:class:`~validator.rule.Fix`: the replacement of the flagged span, or formatting to set on it
(bold, italics, underline, capitals) or on its paragraph (alignment). A replacement becomes a
``w:del`` of the old text and a ``w:ins`` of the new one; formatting becomes a tracked
formatting change (``w:rPrChange`` on each run, ``w:pPrChange`` on the paragraph, holding the
properties before the change), so the drafter accepts or rejects each in Word
(Review > Accept/Reject). A fix is skipped, never forced, when its span does not
map onto plain text runs that still hold exactly the flagged text, or when it overlaps another
fix. ``--in-place`` keeps the original as a numbered backup (``<name>.bak``, ``<name>.1.bak``…)
and then replaces the document; see :mod:`validator.atomic` for how files are written.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec
from lxml import etree

from validator.annotate import AUTHOR, XML_SPACE, Editable, EditError, _simple, now
from validator.atomic import replace_with_backup
from validator.engine import can_fix
from validator.loader.package import RPR, T, w
from validator.model import BODY, Document
from validator.rule import Context, Finding, Rule

if TYPE_CHECKING:
    from validator.analysis import Analysis
    from validator.profiles import Profile

# Elements that may stand between the runs of one span without breaking it.
_TRANSPARENT = {w("bookmarkStart"), w("bookmarkEnd"), w("proofErr"), w("permStart"),
                w("permEnd")}


class Planned(msgspec.Struct, frozen=True):
    rule: str
    finding: Finding
    original: str  # the flagged text when the rule saw it

    @property
    def paragraph(self) -> int:
        return self.finding.location.paragraph or 0

    @property
    def start(self) -> int:
        return self.finding.location.offset or 0

    @property
    def end(self) -> int:
        return self.start + (self.finding.location.length or 0)


def collect_fixes(
    doc: Document,
    rules: Sequence[type[Rule]],
    *,
    settings: Mapping[str, Any] | None = None,
    profile: Profile | None = None,
    analysis: Analysis | None = None,
) -> list[Planned]:
    """Findings with a fix from the fixable rules, body text only, overlaps dropped.

    The rules read ``analysis`` (by default one made with ``settings`` and ``profile``, the
    profile detected when not given)."""
    from validator.analysis import Analysis

    if analysis is None:
        analysis = Analysis(doc, settings=settings, profile=profile)
    context = Context(profile=analysis.profile, settings=analysis.settings, analysis=analysis)
    found: list[Planned] = []
    for rule in rules:
        if not getattr(rule, "fixable", False):
            continue
        for f in rule(context).check(doc):
            loc = f.location
            if not can_fix(rule, f) or loc.paragraph is None:
                continue
            para = doc.paragraph(BODY, loc.paragraph)
            if para is None:
                continue
            if loc.offset is None or loc.length is None:  # the paragraph's alignment: no span
                found.append(Planned(rule.id, f, ""))
                continue
            found.append(Planned(rule.id, f, para.text[loc.offset:loc.offset + loc.length]))
    found.sort(key=lambda p: (p.paragraph, p.start, p.end, p.rule))
    kept: list[Planned] = []
    for p in found:
        spans = [k for k in kept if not _paragraph_only(k)]
        if not _paragraph_only(p) and spans and spans[-1].paragraph == p.paragraph \
                and p.start < spans[-1].end:
            continue
        kept.append(p)
    return kept


def _paragraph_only(p: Planned) -> bool:
    """A fix of the paragraph's alignment only: it never overlaps a change of text or runs."""
    fix = p.finding.fix
    return fix is not None and fix.replacement is None and not fix.format


def _span_runs(first: etree._Element, last: etree._Element) -> list[etree._Element] | None:
    """The runs from ``first`` to ``last``, if they are plain siblings; else None."""
    runs = [first]
    node = first
    while node is not last:
        node = node.getnext()
        if node is None:
            return None
        if node.tag in _TRANSPARENT:
            continue
        if node.tag != w("r"):
            return None
        runs.append(node)
    if not all(_simple(r) for r in runs):
        return None
    return runs


def apply_fixes(data: bytes, doc: Document, planned: Sequence[Planned],
                path: str = "<bytes>") -> tuple[bytes, list[Planned], list[Planned]]:
    """The document with each fix as a tracked change; (bytes, applied, skipped)."""
    ed = Editable(data, path)
    if len(ed.paras) != len(doc.body_paragraphs):
        raise EditError("Không xác định được vị trí các đoạn văn để sửa.")
    stamp = now()
    applied: list[Planned] = []
    skipped: list[Planned] = []
    # right to left, so that splitting runs never moves a fix still to come
    for p in sorted(planned, key=lambda x: (x.paragraph, x.start), reverse=True):
        para = doc.paragraph(BODY, p.paragraph)
        if para is None or para.text[p.start:p.end] != p.original:
            skipped.append(p)
            continue
        fix = p.finding.fix
        if fix is not None and fix.replacement is None:
            (applied if _format(ed, p, stamp) else skipped).append(p)
            continue
        expected = p.original
        span = ed.isolate(p.paragraph, p.start, p.end - p.start)
        runs = _span_runs(*span) if span else None
        text = "".join(t.text or "" for r in runs or () for t in r.findall(T))
        if not runs or unicodedata.normalize("NFC", text) != expected:
            skipped.append(p)
            continue
        deletion = etree.Element(w("del"))
        insertion = etree.Element(w("ins"))
        for el in (deletion, insertion):
            el.set(w("id"), str(ed.next_id()))
            el.set(w("author"), AUTHOR)
            el.set(w("date"), stamp)
        runs[0].addprevious(deletion)
        for r in runs:
            deletion.append(r)  # moves the run
            for t in r.findall(T):
                t.tag = w("delText")
                t.set(XML_SPACE, "preserve")
        replacement = p.finding.fix.replacement if p.finding.fix else ""
        if replacement:
            new = etree.SubElement(insertion, w("r"))
            rpr = runs[0].find(RPR)
            if rpr is not None:
                new.append(etree.fromstring(etree.tostring(rpr)))
            t = etree.SubElement(new, w("t"))
            t.text = replacement
            t.set(XML_SPACE, "preserve")
            deletion.addnext(insertion)
        applied.append(p)
    return ed.save(), applied, skipped


# The order WordprocessingML gives the children of w:rPr and w:pPr (Word refuses others).
_RPR_ORDER = {t: i for i, t in enumerate((
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
    "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
    "specVanish", "oMath", "rPrChange"))}
_PPR_ORDER = {t: i for i, t in enumerate((
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
    "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap",
    "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
    "cnfStyle", "rPr", "sectPr", "pPrChange"))}
_RUN_TAGS = {"bold": "b", "italic": "i", "underline": "u", "caps": "caps"}
_REVISABLE_PPR = frozenset(t for t in _PPR_ORDER if t not in ("rPr", "sectPr", "pPrChange"))


def _local(el: etree._Element) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


def _put(parent: etree._Element, child: etree._Element, order: dict[str, int]) -> None:
    """Insert ``child`` where the schema's order puts it among ``parent``'s children."""
    rank = order.get(_local(child), len(order))
    for i, el in enumerate(parent):
        if order.get(_local(el), -1) > rank:
            parent.insert(i, child)
            return
    parent.append(child)


def _change(tag: str, ed: Editable, stamp: str) -> etree._Element:
    el = etree.Element(w(tag))
    el.set(w("id"), str(ed.next_id()))
    el.set(w("author"), AUTHOR)
    el.set(w("date"), stamp)
    return el


def _format(ed: Editable, p: Planned, stamp: str) -> bool:
    """Set a fix's run properties on its span and its alignment on its paragraphs, each as a
    tracked formatting change. False (nothing changed) when a run or paragraph already
    carries a tracked formatting change, or the span has no run."""
    fix = p.finding.fix
    assert fix is not None
    runs: list[etree._Element] = []
    if fix.format:
        span = ed.isolate(p.paragraph, p.start, p.end - p.start)
        if span is None:
            return False
        for r in ed.span_runs(p.paragraph, p.start, p.end - p.start):
            if r is not None and all(r is not x for x in runs):
                runs.append(r)
        if not runs or any(r.find(f"{RPR}/{w('rPrChange')}") is not None for r in runs):
            return False
    paras = [ed.paras[i].element for i in (p.paragraph, *fix.paragraphs)
             if 0 <= i < len(ed.paras)] if fix.alignment else []
    if any(el.find(f"{w('pPr')}/{w('pPrChange')}") is not None for el in paras):
        return False
    for r in runs:
        rpr = r.find(RPR)
        if rpr is None:
            rpr = etree.Element(RPR)
            r.insert(0, rpr)
        before = etree.Element(RPR)
        for child in rpr:
            before.append(etree.fromstring(etree.tostring(child)))
        for prop, value in fix.format:
            tag = _RUN_TAGS[prop]
            for old in rpr.findall(w(tag)):
                rpr.remove(old)
            el = etree.Element(w(tag))
            if tag == "u":
                el.set(w("val"), "single" if value else "none")
            elif not value:
                el.set(w("val"), "0")
            _put(rpr, el, _RPR_ORDER)
        change = _change("rPrChange", ed, stamp)
        change.append(before)
        rpr.append(change)
    for el in paras:
        ppr = el.find(w("pPr"))
        if ppr is None:
            ppr = etree.Element(w("pPr"))
            el.insert(0, ppr)
        before = etree.Element(w("pPr"))
        for child in ppr:
            if _local(child) in _REVISABLE_PPR:
                before.append(etree.fromstring(etree.tostring(child)))
        for old in ppr.findall(w("jc")):
            ppr.remove(old)
        jc = etree.Element(w("jc"))
        jc.set(w("val"), str(fix.alignment))
        _put(ppr, jc, _PPR_ORDER)
        change = _change("pPrChange", ed, stamp)
        change.append(before)
        ppr.append(change)
    return True


def write_in_place(path: str | os.PathLike[str], data: bytes,
                   original: bytes | None = None) -> Path:
    """Replace the document at ``path`` with ``data``, keeping the original as a numbered
    backup (returned). ``original`` is the content the fixes were made from: when the file no
    longer holds it, nothing is written (:class:`~validator.atomic.WriteError`)."""
    if original is None:
        original = Path(path).read_bytes()
    return replace_with_backup(path, data, original)


__all__ = ["Planned", "apply_fixes", "collect_fixes", "write_in_place"]
