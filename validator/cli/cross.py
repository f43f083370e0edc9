"""``soat check``'s cross-document stage: the documents checked together, checked against each
other (rules ``XDC``, :mod:`validator.crossdoc`).

It runs when a cross-document rule is selected and there are at least two documents: those
given on the command line, and with ``--repo`` (on by itself under pre-commit, which sets
``PRE_COMMIT=1``) the other ``.docx`` committed in the git repository of the first file, so
that a hook checking one staged report compares it with every committed one. The workers
that check the given files also compute their contributions (the map); those of committed
documents come from the cache ``.soat_cache/`` at the top of the repository, else from the
committed bytes; the reduce runs here, once. Findings are reported on the given files only.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from validator.config import Batch
    from validator.crossdoc.cache import Cache
    from validator.crossdoc.model import Contribution
    from validator.plugins import Catalogue
    from validator.report import FileResult
    from validator.rule import Rule

ENV_PRE_COMMIT = "PRE_COMMIT"  # set by pre-commit for the hooks it runs


def add_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("đối chiếu giữa các văn bản")
    group.add_argument(
        "--repo", action="store_true",
        help="đối chiếu thêm với các tệp .docx đã commit trong kho git (tự bật khi chạy "
             "dưới pre-commit)",
    )
    group.add_argument(
        "--no-cross", action="store_true",
        help="không đối chiếu các văn bản với nhau (chỉ kiểm tra từng tệp)",
    )
    group.add_argument(
        "--no-cache", action="store_true",
        help="không dùng thư mục đệm .soat_cache của các văn bản đã đọc",
    )


def wanted(ns: argparse.Namespace, batches: Sequence[Batch], files: Sequence[str]) -> bool:
    """Whether the cross-document stage runs for this command."""
    from validator.crossdoc import cross_rules

    if getattr(ns, "no_cross", False) or not files:
        return False
    if not any(cross_rules(b.rules) for b in batches):
        return False
    return len(files) > 1 or repo_mode(ns)


def repo_mode(ns: argparse.Namespace) -> bool:
    return bool(getattr(ns, "repo", False)) or os.environ.get(ENV_PRE_COMMIT) == "1"


def settings_for(settings: Mapping[str, Any]) -> dict[str, Any]:
    """Batch settings asking the workers for each document's contribution."""
    from validator.engine import CROSS_DOCUMENTS

    return {**settings, CROSS_DOCUMENTS: True}


def run(
    ns: argparse.Namespace,
    catalogue: Catalogue,
    batches: Sequence[Batch],
    by_path: dict[str, FileResult],
) -> dict[str, FileResult]:
    """The results with the cross-document findings added (contributions dropped)."""
    from validator.crossdoc import cross_check, merge
    from validator.crossdoc.cache import Cache, salt

    given = [r.contribution for r in by_path.values() if r.contribution is not None]
    top = _top(by_path) if repo_mode(ns) else None
    cache = None
    if top is not None and not getattr(ns, "no_cache", False):
        cache = Cache(top, salt(catalogue.vocabulary))
        for c in given:  # a staged report is a committed one at the next commit
            cache.put(c)
    others = committed(top, by_path, catalogue, cache) if top is not None else []
    findings = cross_check([*given, *others], catalogue.rules)
    rules_of: dict[str, Sequence[type[Rule]]] = {}
    settings_of: dict[str, Mapping[str, Any]] = {}
    for batch in batches:
        for path in batch.files:
            rules_of[path] = batch.rules
            settings_of[path] = batch.settings
    merged = merge(list(by_path.values()), findings, lambda p: rules_of.get(p, ()),
                   lambda p: settings_of.get(p, {}))
    return {r.path: r for r in merged}


def _top(by_path: Mapping[str, FileResult]) -> Path | None:
    from validator.crossdoc.repo import toplevel

    first = next(iter(by_path), None)
    return toplevel(os.path.dirname(os.path.abspath(first))) if first else None


def committed(
    top: Path, by_path: Mapping[str, FileResult], catalogue: Catalogue, cache: Cache | None,
) -> list[Contribution]:
    """The contributions of the documents committed in ``top`` other than those checked."""
    from validator.crossdoc import contribute, digest
    from validator.crossdoc.repo import blobs, committed
    from validator.engine import analyse, load_document

    checked = {os.path.realpath(p) for p in by_path}
    out: list[Contribution] = []
    missing: dict[str, list[str]] = {}
    for rel, blob in committed(top):
        full = top / rel
        if os.path.realpath(full) in checked:
            continue
        shown = _shown(full)
        found = cache.get(blob, shown) if cache is not None else None
        if found is not None:
            out.append(found)
        else:
            missing.setdefault(blob, []).append(shown)
    for blob, data in blobs(top, list(missing)) if missing else ():
        if digest(data) != blob:
            continue
        for shown in missing[blob]:
            doc = load_document(data, shown)
            if not hasattr(doc, "blocks"):
                continue  # a committed file soat cannot read takes no part
            try:
                c = contribute(analyse(doc, profiles=catalogue.profiles,  # type: ignore[arg-type]
                                       vocabulary=catalogue.vocabulary), blob)
            except Exception:
                continue  # never let another document's oddity fail this check
            if cache is not None:
                cache.put(c)
            out.append(c)
    return out


def _shown(path: Path) -> str:
    """How a committed document is named in findings: relative to the current folder when
    it is below it, else absolute."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return str(path)


__all__ = ["add_options", "repo_mode", "run", "settings_for", "wanted"]
