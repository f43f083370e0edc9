"""Drafts frozen into the model: a paragraph's text cleaned (NFC, no zero-width characters)
with every offset mapped from the raw text, its runs, note references and dominant font."""

from __future__ import annotations

import unicodedata
from typing import Any

from validator import recache
from validator.loader.drafts import PDraft
from validator.loader.package import ZERO_WIDTH
from validator.loader.styles import ParaProps, Styles
from validator.model import NoteRef, Paragraph, Run


def freeze_paragraph(
    styles: Styles, d: PDraft, index: int, note_numbers: dict[tuple[str, int], int]
) -> Paragraph:
    """The model of a paragraph draft (its text cleaned, runs and note references mapped)."""
    pieces = d.pieces
    raw = pieces[0].text if len(pieces) == 1 else "".join(p.text for p in pieces)
    clean, mapping = clean_text(raw)
    unchanged = mapping is identity
    runs: list[Run] = []
    raw_pos = 0
    for piece in pieces:
        raw_end = raw_pos + len(piece.text)
        if unchanged:
            start, end = raw_pos, raw_end
        else:
            start = mapping(raw_pos)
            end = mapping(raw_end)
        text = clean[start:end]
        raw_pos = raw_end
        if not text:
            continue
        pr = piece.props
        runs.append(
            Run(
                text,
                start,
                end,
                bool(pr.bold),
                bool(pr.italic),
                bool(pr.underline),
                pr.vert == "superscript",
                pr.vert == "subscript",
                bool(pr.caps),
                pr.font_for(text),
                pr.size,
                pr.highlight,
                piece.inserted,
                piece.style,
            )
        )
    notes = tuple(
        NoteRef(
            kind,
            nid,
            mapping(off),
            note_numbers.get((kind, nid), 0),
            custom_mark(runs, mapping(off)) if custom else None,
        )
        for kind, nid, off, custom in d.notes
    )
    font, size = dominant(runs)
    layout = d.layout
    para = Paragraph(
        part=d.part,
        index=index,
        text=clean,
        runs=tuple(runs),
        style=styles.name(d.style_id),
        style_id=d.style_id or styles.default_para,
        outline_level=d.outline,
        numbering=d.numbering,
        alignment=d.jc,
        table=d.table,
        row=d.row,
        cell=d.cell,
        note_id=d.note_id,
        notes=notes,
        hidden_text=unicodedata.normalize("NFC", "".join(d.hidden)),
        deleted_text=unicodedata.normalize("NFC", "".join(d.deleted)),
        comment_ids=tuple(cid for cid, _ in d.comment_starts),
        page_section=d.page_section,
        in_textbox=d.in_textbox,
        font=font,
        size=size,
        indent_left=d.ind_left,
        first_line=d.first_line,
        **(_layout_fields(layout) if layout is not None else {}),
    )
    d.frozen = para
    return para


def _layout_fields(layout: ParaProps) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if layout.right:
        out["indent_right"] = layout.right
    if layout.before:
        out["space_before"] = layout.before
    if layout.after:
        out["space_after"] = layout.after
    if layout.line is not None and (layout.line != 240 or layout.rule not in (None, "auto")):
        out["line_spacing"] = layout.line
        out["line_rule"] = layout.rule or "auto"
    if layout.contextual:
        out["contextual_spacing"] = True
    return out


def custom_mark(runs: list[Run], offset: int) -> str:
    """The text of a custom footnote mark: the run that follows the reference."""
    for r in runs:
        if r.start == offset:
            return r.text.strip()[:8] or "*"
    return "*"


def dominant(runs: list[Run]) -> tuple[str | None, float | None]:
    fonts: dict[str | None, int] = {}
    sizes: dict[float | None, int] = {}
    for r in runs:
        n = len(r.text.strip())
        if not n:
            continue
        fonts[r.font] = fonts.get(r.font, 0) + n
        sizes[r.size] = sizes.get(r.size, 0) + n
    font = max(fonts.items(), key=lambda kv: kv[1])[0] if fonts else None
    size = max(sizes.items(), key=lambda kv: kv[1])[0] if sizes else None
    return font, size


def map_offset(d: PDraft, raw_offset: int) -> int:
    raw = "".join(p.text for p in d.pieces)
    _clean_text, mapping = clean_text(raw)
    return mapping(raw_offset)


_ZW_RE = recache.compile("[" + "".join(chr(c) for c in ZERO_WIDTH) + "]")


def clean_text(raw: str) -> tuple[str, Any]:
    """NFC and drop zero-width characters; return the text and a raw->clean offset map."""
    if raw.isascii():
        return raw, identity
    # re.sub, not str.translate: translate looks every character of a non-ASCII text up in a
    # dict, tens of microseconds per paragraph; the few zero-width characters are found faster.
    stripped = _ZW_RE.sub("", raw) if _ZW_RE.search(raw) else raw
    if stripped is raw and unicodedata.is_normalized("NFC", raw):
        return raw, identity
    clean = unicodedata.normalize("NFC", stripped)
    cache: dict[int, int] = {}

    def mapping(i: int) -> int:
        if i in cache:
            return cache[i]
        v = len(unicodedata.normalize("NFC", _ZW_RE.sub("", raw[:i])))
        v = min(v, len(clean))
        cache[i] = v
        return v

    return clean, mapping


def identity(i: int) -> int:
    return i
