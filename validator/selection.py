"""Which rules run: ``--select``/``--ignore`` and their configuration keys, ruff-style."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from validator import recache
from validator.rule import PREFIX_CATEGORY

if TYPE_CHECKING:
    from validator.rule import Rule

_SELECTOR = recache.compile(r"^(?:ALL|[A-Z]{1,4}[0-9]{0,3})$")


class SelectorError(ValueError):
    """An unknown rule selector in select/ignore. ``str()`` is for users (Vietnamese)."""


def _specificity(selector: str) -> int:
    return 0 if selector == "ALL" else len(selector)


def _matches(selector: str, rule_id: str) -> bool:
    return selector == "ALL" or rule_id.startswith(selector)


def normalise_selectors(entries: Iterable[str]) -> list[str]:
    """Split comma lists, strip and upper-case: ``["dat, STR001"] -> ["DAT", "STR001"]``."""
    out: list[str] = []
    for entry in entries:
        for part in str(entry).split(","):
            part = part.strip().upper()
            if part:
                out.append(part)
    return out


def select_rules(
    rules: Sequence[type[Rule]],
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> tuple[type[Rule], ...]:
    """The rules enabled by ``select``/``ignore``, ruff-style, in their given order.

    Each entry is ``ALL``, a category prefix (``DAT``), a partial id (``DAT0``) or an id
    (``DAT003``); comma lists are accepted. An empty ``select`` means ``ALL``. For each rule
    the most specific matching entry decides (``--select DAT --ignore DAT003`` keeps every
    DAT rule but DAT003; ``--ignore DAT --select DAT003`` keeps DAT003 alone); when a select
    and an ignore entry are equally specific, ignore wins.

    Raises :class:`SelectorError` for an entry that is malformed or matches no rule (a bare
    category prefix is always accepted, even before any rule of it exists).
    """
    sel = normalise_selectors(select) or ["ALL"]
    ign = normalise_selectors(ignore)
    ids = [r.id for r in rules]
    unknown = [
        s
        for s in dict.fromkeys([*sel, *ign])
        if not _SELECTOR.match(s)
        or not (s == "ALL" or s in PREFIX_CATEGORY or any(i.startswith(s) for i in ids))
    ]
    if unknown:
        raise SelectorError(
            "mã quy tắc không hợp lệ hoặc không tồn tại: "
            + ", ".join(unknown)
            + " (xem danh sách bằng lệnh \"soat rules\")"
        )
    chosen: list[type[Rule]] = []
    for rule in rules:
        best_sel = max((_specificity(s) for s in sel if _matches(s, rule.id)), default=-1)
        best_ign = max((_specificity(s) for s in ign if _matches(s, rule.id)), default=-1)
        if best_sel >= 0 and best_sel > best_ign:
            chosen.append(rule)
    return tuple(chosen)


__all__ = ["SelectorError", "normalise_selectors", "select_rules"]
