"""The reduce step's input: the contributions of every document checked together, indexed.

:class:`Index` groups what the cross-document rules compare: citations by cited document,
own numbers, series of periodic reports in period order. :class:`CrossRule` is the base of
those rules: a :class:`~validator.rule.Rule` (id, name, severity, documentation, selection and
configuration like any rule) whose ``check`` of one document finds nothing and whose
``check_index`` finds problems between documents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, ClassVar

import msgspec

from validator.crossdoc.model import Cite, Contribution, Period, Place
from validator.rule import Rule, Severity

if TYPE_CHECKING:
    from validator.model import Document
    from validator.rule import Context, Finding


class Ref(msgspec.Struct, frozen=True):
    """A place in another document that takes part in a cross-document finding."""

    path: str
    place: Place
    message: str = ""


class CrossFinding(msgspec.Struct, frozen=True):
    """What a cross-document rule yields: the document and place of the finding, the message
    (Vietnamese), and the places in the other documents."""

    path: str
    place: Place
    message: str
    refs: tuple[Ref, ...] = ()
    suggestion: str | None = None
    severity: Severity | None = None
    rule: str = ""  # the rule's id, set by the reduce step


def age(c: Contribution) -> tuple[int, ...]:
    """Sort key, oldest first: the document's own date (missing parts count as 0), then its
    period, then its path (so that the order is total and the same on every machine)."""
    date = tuple(int(x) for x in (c.date or "0").split("-"))
    date = date + (0,) * (3 - len(date))
    period = (c.period.year, {"year": 0, "half": 1, "quarter": 2, "month": 3}[c.period.kind],
              c.period.index) if c.period else (0, 0, 0)
    if c.period and date[0] == 0:
        date = (c.period.year, 0, 0)
    return (*date, *period)


def file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


class Index:
    """The contributions of the documents checked together."""

    def __init__(self, contributions: Iterable[Contribution]) -> None:
        by_path: dict[str, Contribution] = {}
        for c in contributions:
            by_path.setdefault(c.path, c)
        self.documents: list[Contribution] = sorted(by_path.values(), key=age)
        self.rank = {c.path: i for i, c in enumerate(self.documents)}

    def newer(self, a: Contribution, b: Contribution) -> bool:
        return self.rank[a.path] > self.rank[b.path]

    def versions(self, a: str, b: str) -> bool:
        """Whether documents ``a`` and ``b`` (paths) are two versions of one document (a draft
        and its final): same issuer, type and summary line. Their differences are the
        corrections made between them, not conflicts between documents."""
        x, y = self.by_path(a), self.by_path(b)
        return bool(x.title) and (x.issuer, x.doc_type, x.title) == (y.issuer, y.doc_type,
                                                                     y.title)

    @cached_property
    def cites(self) -> dict[str, dict[str, list[Cite]]]:
        """Citations by cited document (key), then by citing document (path), in order."""
        out: dict[str, dict[str, list[Cite]]] = defaultdict(dict)
        for doc in self.documents:
            for cite in doc.cites:
                out[cite.key].setdefault(doc.path, []).append(cite)
        return {k: v for k, v in out.items() if len(v) > 1 or _own_key(self, k)}

    @cached_property
    def own_numbers(self) -> dict[str, list[Contribution]]:
        out: dict[str, list[Contribution]] = defaultdict(list)
        for doc in self.documents:
            if doc.own_number is not None:
                out[doc.own_number.key].append(doc)
        return dict(out)

    @cached_property
    def series(self) -> dict[str, list[Contribution]]:
        """Periodic reports by series, in period order (same period: in age order)."""
        out: dict[str, list[Contribution]] = defaultdict(list)
        for doc in self.documents:
            if doc.series and doc.period is not None:
                out[doc.series].append(doc)
        return {k: sorted(v, key=lambda c: (c.period, self.rank[c.path]))
                for k, v in out.items() if len(v) > 1}

    def previous(self, series: Sequence[Contribution], doc: Contribution) -> list[Contribution]:
        """The reports of ``series`` for the period just before ``doc``'s (every version)."""
        assert doc.period is not None
        want: Period = doc.period.previous()
        return [c for c in series if c.period == want]

    def by_path(self, path: str) -> Contribution:
        return self.documents[self.rank[path]]


def _own_key(index: Index, key: str) -> bool:
    return key in index.own_numbers


class CrossRule(Rule):
    """A rule over the documents checked together (see the module documentation)."""

    abstract: ClassVar[bool] = True

    def __init__(self, context: Context | None = None) -> None:
        self.context = context  # type: ignore[assignment]

    def check(self, doc: Document) -> Iterator[Finding]:
        return iter(())  # nothing to find in one document alone

    def check_index(self, index: Index) -> Iterator[CrossFinding]:  # pragma: no cover
        raise NotImplementedError


def majority(groups: dict[Any, list[str]], index: Index) -> Any:
    """The value most documents agree on; on a tie, the value of the oldest document (so that
    of two documents that disagree, the newer one is reported)."""
    return max(groups, key=lambda v: (len(groups[v]), -min(index.rank[p] for p in groups[v])))


__all__ = ["CrossFinding", "CrossRule", "Index", "Ref", "age", "file_name", "majority"]
