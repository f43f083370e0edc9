"""Comments: their author and text, anchored to the body paragraph and span they mark."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from validator.loader.freeze import map_offset
from validator.loader.package import P, T, w
from validator.loader.styles import _int
from validator.model import Comment, Paragraph

if TYPE_CHECKING:
    from validator.loader.body import Reader
    from validator.loader.document import DocumentLoader


def read_comments(loader: DocumentLoader) -> dict[int, tuple[str, str]]:
    """(author, text) of every comment by id."""
    out: dict[int, tuple[str, str]] = {}
    for rtype, target, _ in loader.main_rels.values():
        if rtype == "comments":
            root = loader.pkg.xml(target)
            if root is None:
                continue
            for c in root.iter(w("comment")):
                cid = _int(c, w("id"))
                if cid is None:
                    continue
                paras = []
                for p in c.iter(P):
                    paras.append("".join(t.text or "" for t in p.iter(T)))
                out[cid] = (
                    c.get(w("author")) or "",
                    unicodedata.normalize("NFC", "\n".join(paras)).strip(),
                )
    return out


def anchor_comments(
    comments: dict[int, tuple[str, str]], paras: list[Paragraph], reader: Reader
) -> tuple[Comment, ...]:
    """The comments with the body paragraph, offset and length of their marked range."""
    anchors: dict[int, tuple[int, int, int]] = {}
    for d, p in zip(reader.paras, paras, strict=True):
        for cid, raw in d.comment_starts:
            anchors.setdefault(cid, (p.index, map_offset(d, raw), -1))
        for cid, raw in d.comment_ends.items():
            if cid in anchors and anchors[cid][2] < 0:
                pi, off, _ = anchors[cid]
                end = map_offset(d, raw) if pi == p.index else len(paras[pi].text)
                anchors[cid] = (pi, off, max(0, end - off))
        for cid in d.comment_refs:
            if cid not in anchors:
                anchors[cid] = (p.index, 0, len(p.text))
    out = []
    for cid, (author, text) in sorted(comments.items()):
        a = anchors.get(cid)
        if a:
            out.append(Comment(cid, author, text, a[0], a[1], max(a[2], 0)))
        else:
            out.append(Comment(cid, author, text))
    return tuple(out)
