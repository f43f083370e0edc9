"""Edit a copy of a real .docx as a drafter would: replace a text inside one paragraph, however
Word split it into runs (the rest of the package is copied byte for byte)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def replace_text(source: Path, target: Path, old: str, new: str,
                 where: Callable[[str], bool] = lambda text: True) -> None:
    """Copy ``source`` to ``target`` with the first ``old`` in a body paragraph whose text
    satisfies ``where`` replaced by ``new``. Raises ValueError when there is none."""
    with zipfile.ZipFile(source) as zin:
        root = etree.fromstring(zin.read("word/document.xml"))
        if not _replace(root, old, new, where):
            raise ValueError(f"{old!r} not found in {source.name}")
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                data = zin.read(info)
                if info.filename == "word/document.xml":
                    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8",
                                          standalone=True)
                zout.writestr(info, data)
    target.write_bytes(out.getvalue())


def _replace(root: etree._Element, old: str, new: str, where: Callable[[str], bool]) -> bool:
    for p in root.iter(f"{W}p"):
        texts = list(p.iter(f"{W}t"))
        joined = "".join(t.text or "" for t in texts)
        at = joined.find(old)
        if at < 0 or not where(joined):
            continue
        end = at + len(old)
        pos = 0
        first = True
        for t in texts:
            text = t.text or ""
            a, b = pos, pos + len(text)
            pos = b
            if b <= at or a >= end:
                continue
            lo, hi = max(at, a) - a, min(end, b) - a
            t.text = text[:lo] + (new if first else "") + text[hi:]
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            first = False
        return True
    return False


__all__ = ["replace_text"]
