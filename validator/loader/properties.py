"""Document properties: the core properties (docProps/core.xml) and the sections' page setup
(size, orientation, margins, mirrored margins from the settings part)."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import TYPE_CHECKING

from lxml import etree

from validator.loader.package import w
from validator.loader.styles import _int
from validator.model import Section

if TYPE_CHECKING:
    from validator.loader.body import Reader
    from validator.loader.document import DocumentLoader


def read_core(loader: DocumentLoader) -> dict[str, str | datetime | None]:
    """The core properties (title, author, created, …); dates parsed when they can be."""
    out: dict[str, str | datetime | None] = {}
    target = None
    for rtype, tgt, _ in loader.root_rels.values():
        if rtype == "core-properties" or rtype == "metadata/core-properties":
            target = tgt
    root = loader.pkg.xml(target or "docProps/core.xml")
    if root is None:
        return out
    for el in root:
        if not isinstance(el.tag, str):
            continue
        key = el.tag.rsplit("}", 1)[-1]
        text = (el.text or "").strip()
        if key in ("created", "modified", "lastPrinted"):
            try:
                out[key] = datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                out[key] = text or None
        else:
            out[key] = unicodedata.normalize("NFC", text) if text else None
    return out


def read_sections(loader: DocumentLoader, reader: Reader) -> tuple[Section, ...]:
    """Page size, orientation and margins of each section of the body."""
    settings = None
    for rtype, target, _ in loader.main_rels.values():
        if rtype == "settings":
            settings = loader.pkg.xml(target)
    mirror = settings is not None and settings.find(w("mirrorMargins")) is not None
    out = []
    for i, sect in enumerate(reader.sections):
        pg = sect.find(w("pgSz"))
        mar = sect.find(w("pgMar"))

        def mm(el: etree._Element | None, attr: str) -> float | None:
            v = _int(el, w(attr)) if el is not None else None
            return round(abs(v) / 1440 * 25.4, 1) if v is not None else None

        width = mm(pg, "w")
        height = mm(pg, "h")
        orient = pg.get(w("orient")) if pg is not None else None
        if orient is None and width and height:
            orient = "landscape" if width > height else "portrait"
        out.append(
            Section(
                index=i,
                page_width=width,
                page_height=height,
                orientation=orient or "portrait",
                margin_top=mm(mar, "top"),
                margin_bottom=mm(mar, "bottom"),
                margin_left=mm(mar, "left"),
                margin_right=mm(mar, "right"),
                first_paragraph=reader.section_starts[i]
                if i < len(reader.section_starts)
                else 0,
                mirror_margins=mirror,
            )
        )
    return tuple(out)
