"""What the cross-document rules share: date formatting, places of the other documents."""

from __future__ import annotations

from collections.abc import Iterable

from validator.crossdoc.index import Index, Ref, file_name
from validator.crossdoc.model import Place, Stated, same_indicator

MAX_REFS = 3  # other documents named in one finding


def dmy(iso: str) -> str:
    """"2025-03-14" as a report writes it: "14/3/2025"."""
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{d:02d}/{m:02d}/{y}"


def refs(index: Index, places: Iterable[tuple[str, Place]], message: str = "") -> tuple[Ref, ...]:
    """One place per other document, the newest documents first, at most :data:`MAX_REFS`."""
    seen: dict[str, Place] = {}
    for path, place in places:
        seen.setdefault(path, place)
    ordered = sorted(seen.items(), key=lambda item: -index.rank[item[0]])
    return tuple(Ref(path, place, message) for path, place in ordered[:MAX_REFS])


def others(refs: tuple[Ref, ...], total: int) -> str:
    """"thang-9.docx" or "thang-9.docx và 2 văn bản khác"."""
    name = f'"{file_name(refs[0].path)}"'
    return name if total <= 1 else f"{name} và {total - 1} văn bản khác"


def unique(stated: Iterable[Stated], kinds: tuple[str, ...] = ("cumulative", "level")
           ) -> dict[str, Stated]:
    """The document's figures by indicator, leaving out an indicator written twice with two
    values (which one the next report continues is unknown)."""
    out: dict[str, Stated] = {}
    clash: set[str] = set()
    for s in stated:
        if s.kind not in kinds:
            continue
        old = out.setdefault(s.key, s)
        if old.value != s.value:
            clash.add(s.key)
    return {k: v for k, v in out.items() if k not in clash}


def counterpart(figures: dict[str, Stated], s: Stated) -> Stated | None:
    """The figure of ``figures`` (another report's, by key) for the same indicator as ``s``;
    None when there is none, or more than one."""
    found = figures.get(s.key)
    if found is not None:
        return found
    matches = [f for f in figures.values() if same_indicator(f, s)]
    return matches[0] if len(matches) == 1 else None
