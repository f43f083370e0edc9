"""The stories outside the body's flow: text boxes (read where they are anchored), headers
and footers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from validator.loader.body import Reader
from validator.loader.drafts import PDraft
from validator.loader.package import MC_NS, w
from validator.model import BODY, FOOTER, HEADER, TEXTBOX

if TYPE_CHECKING:
    from validator.loader.document import DocumentLoader


def read_textboxes(loader: DocumentLoader, el: etree._Element, d: PDraft) -> None:
    """Read the text boxes inside ``el`` (a drawing, picture or object in paragraph ``d``)
    into the loader's text-box story; each box is read once, whatever its alternatives."""
    if loader.textbox_reader is None or d.part not in (BODY, TEXTBOX):
        return
    # The elements themselves, not their id(): lxml hands out a new proxy object for a
    # node once the last one is released, and a freed proxy's id is soon reused by
    # another node's (which made text boxes go missing now and then). Holding the
    # proxies keeps them, and their identity, for the whole walk.
    done: set[etree._Element] = set()
    for alt in el.iter(f"{{{MC_NS}}}AlternateContent"):
        fallback = alt.find(f"{{{MC_NS}}}Fallback")
        if fallback is not None and alt.find(f"{{{MC_NS}}}Choice") is not None:
            done.update(fallback.iter(w("txbxContent")))
    for content in el.iter(w("txbxContent")):
        if content in done:
            continue
        # nested text boxes inside this one are read with it
        for inner in content.iter(w("txbxContent")):
            if inner is not content:
                done.add(inner)
        reader = loader.textbox_reader
        before = len(reader.paras)
        reader.blocks_of(content, None)
        for p in reader.paras[before:]:
            p.in_textbox = True


def read_headers_footers(loader: DocumentLoader) -> tuple[Reader, Reader]:
    """Every header and every footer part, each kind read as one story, in part-name order."""
    header_reader = Reader(loader, HEADER)
    footer_reader = Reader(loader, FOOTER)
    for rtype, target, _ in sorted(loader.main_rels.values(), key=lambda x: x[1]):
        if rtype in ("header", "footer"):
            part_root = loader.pkg.xml(target)
            if part_root is not None:
                (header_reader if rtype == "header" else footer_reader).blocks_of(
                    part_root, None
                )
    return header_reader, footer_reader
