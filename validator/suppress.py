"""Suppression inside the document: a Word comment ``soat: ignore DAT003`` (or ``soat: ignore``
for every rule) silences the findings where the comment is anchored.

Called by the engine after the rules have run (``apply_suppressions``). A finding is silenced
when it is in the paragraph the comment is anchored in and, if both have a span, the spans
overlap; a finding on a table cell (no paragraph) is silenced by a comment anchored in that
cell. Ids are matched as selectors (``DAT`` silences every DAT rule). ``FMT011``
(suppression-unused) reports comments that silenced nothing (as ruff's RUF100, a comment
naming only rules that did not run gets its own message). ``settings["no_suppress"]``
(``soat check --no-suppress``) turns the step off: everything is shown and no suppression is
reported unused.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import msgspec
from msgspec.structs import replace

from validator import recache
from validator.model import BODY, Comment, Document, Location

if TYPE_CHECKING:
    from validator.report import FileResult, Violation
    from validator.rule import Rule

UNUSED_RULE = "FMT011"
_DIRECTIVE = recache.compile(r"^\s*soat\s*:\s*ignore\b(?P<ids>[^\n]*)", re.IGNORECASE)
_ID = recache.compile(r"^[A-Z]{2,4}[0-9]{0,3}$")


def parse_suppression(text: str) -> tuple[str, ...] | None:
    """``()`` for "soat: ignore" (every rule), the ids for "soat: ignore DAT003, FMT", None
    when the comment is not a suppression. Words after the ids (a reason) are allowed after
    " - " or "#"."""
    m = _DIRECTIVE.match(text)
    if m is None:
        return None
    rest = re.split(r"\s+-\s+|#|—|–", m.group("ids"), maxsplit=1)[0]
    ids = [t.upper() for t in re.split(r"[\s,;]+", rest) if t]
    return tuple(i for i in ids if _ID.match(i))


class Suppression(msgspec.Struct, frozen=True):
    comment: Comment
    ids: tuple[str, ...]

    def covers_rule(self, rule_id: str) -> bool:
        return not self.ids or any(rule_id.startswith(i) for i in self.ids)


def suppressions(doc: Document) -> list[Suppression]:
    out = []
    for c in doc.comments:
        ids = parse_suppression(c.text)
        if ids is not None and c.paragraph is not None:
            out.append(Suppression(c, ids))
    return out


def _overlap(a_off: int | None, a_len: int | None, b_off: int | None, b_len: int | None) -> bool:
    if a_off is None or b_off is None:
        return True
    a_end = a_off + max(a_len or 0, 1)
    b_end = b_off + max(b_len or 0, 1)
    return a_off < b_end and b_off < a_end


def _covers(s: Suppression, loc: Location, doc: Document) -> bool:
    c = s.comment
    if (loc.part or BODY) != (c.part or BODY):
        return False
    if loc.paragraph is not None:
        return loc.paragraph == c.paragraph and _overlap(c.offset, c.length, loc.offset, loc.length)
    if loc.table is not None:
        p = doc.paragraph(c.part or BODY, c.paragraph) if c.paragraph is not None else None
        return (
            p is not None and p.table == loc.table
            and (loc.row is None or p.row == loc.row)
            and (loc.cell is None or p.cell == loc.cell)
        )
    return False


def apply_suppressions(
    result: FileResult,
    doc: Document,
    *,
    rules: Sequence[type[Rule]] = (),
    settings: Mapping[str, Any] | None = None,
) -> FileResult:
    """The result without silenced violations, with FMT011 kept only for unused comments."""
    if settings and settings.get("no_suppress"):
        shown = [v for v in result.violations if v.rule != UNUSED_RULE]
        return replace(result, violations=shown)
    sups = suppressions(doc)
    if not sups:
        return result
    ran = {r.id for r in rules}
    used: set[int] = set()
    kept: list[Violation] = []
    candidates: list[Violation] = []
    silenced = 0
    for v in result.violations:
        if v.rule == UNUSED_RULE:
            candidates.append(v)
            continue
        hit = [s for s in sups if s.covers_rule(v.rule) and _covers(s, v.location, doc)]
        if hit:
            used.update(s.comment.id for s in hit)
            silenced += 1
        else:
            kept.append(v)
    for v in candidates:
        owners = [s for s in sups if _same_anchor(s.comment, v.location)]
        if not owners:
            kept.append(v)
            continue
        if any(s.comment.id in used for s in owners):
            continue
        if not any(_ran_any(s, ran) for s in owners):
            # as ruff's RUF100 "non-enabled": the named rules did not run in this check
            names = ", ".join(i for s in owners for i in s.ids)
            v = replace(v, message=f'Ghi chú "soat: ignore" nêu quy tắc không chạy trong lần '
                        f"kiểm tra này ({names})")
        kept.append(v)
    if UNUSED_RULE in ran:
        from validator.report import violation_sort_key

        kept.sort(key=violation_sort_key)
    return replace(result, violations=kept, suppressed=result.suppressed + silenced)


def _same_anchor(c: Comment, loc: Location) -> bool:
    return (
        (c.part or BODY) == (loc.part or BODY)
        and c.paragraph == loc.paragraph
        and c.offset == loc.offset
    )


def _ran_any(s: Suppression, ran: set[str]) -> bool:
    """Whether the comment names a rule that ran (a bare "soat: ignore" names them all)."""
    if not s.ids:
        return bool(ran - {UNUSED_RULE})
    return any(r.startswith(i) for i in s.ids for r in ran if r != UNUSED_RULE)
