"""Check an archive of reports on a Dask cluster, documents against each other included.

soat's cross-document checks are a map and a reduce of plain functions, and this job runs
them with ``dask.distributed`` exactly as ``soat check`` runs them in one process:

- **map**, one task per document, on any worker: :func:`validator.engine.check_path` checks
  the file and, asked for it, returns the document's contribution to the cross-document
  index with its result (``FileResult.contribution``);
- **reduce**, one task: :func:`validator.crossdoc.cross_check` reads every contribution and
  returns the cross-document findings (rules ``XDC``) by document;
- the findings are merged into the results (:func:`validator.crossdoc.merge`), which give the
  same report as ``soat check`` on one machine.

Run it (``pip install 'soat[dask]'``)::

    python examples/dask_crosscheck.py THU-MUC [--workers 2] [--select XDC] [-o report.json]
    python examples/dask_crosscheck.py THU-MUC --scheduler tcp://scheduler:8786

Without ``--scheduler`` a local cluster of ``--workers`` processes is started. The report is
soat's JSON report (``schemas/report.schema.json``); the summary line goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from validator.crossdoc import cross_check, merge
from validator.engine import CROSS_DOCUMENTS, check_path, select_rules
from validator.plugins import Plugins
from validator.report import FileResult, Report


def check_one(path: str, rule_ids: tuple[str, ...], catalogue: Any) -> FileResult:
    """The map step for one document: its result, with its contribution."""
    return check_path(path, settings={CROSS_DOCUMENTS: True}, rules=_rules(catalogue, rule_ids),
                      profiles=catalogue.profiles, vocabulary=catalogue.vocabulary)


def _rules(catalogue: Any, rule_ids: tuple[str, ...]) -> tuple[type, ...]:
    """The selected rule classes, found by id in the catalogue the worker holds (a task's
    arguments stay plain data)."""
    return tuple(r for r in catalogue.rules if r.id in rule_ids)


def documents(roots: Sequence[str]) -> list[str]:
    """The .docx files under ``roots``, in the order ``soat check`` takes them."""
    from validator.cli.files import collect_files

    return [path for path, exists in collect_files(roots) if exists]


def run(client: Any, paths: Sequence[str], select: Sequence[str] = ("ALL",),
        ignore: Sequence[str] = ()) -> Report:
    """Check ``paths`` on the cluster of ``client``; the report ``soat check`` would give."""
    if __name__ != "__main__":
        # imported (as the tests and bench/ do): the workers import the tasks' functions from
        # this file, which Dask sends them; run as a script, they travel by value
        client.upload_file(__file__)
    catalogue = Plugins.discover().catalogue()
    rules = tuple(select_rules(catalogue.rules, select=list(select), ignore=list(ignore)))
    shared = client.scatter(catalogue, broadcast=True)
    ids = tuple(r.id for r in rules)
    futures = client.map(check_one, list(paths), rule_ids=ids, catalogue=shared,
                         key=[f"soat-check-{i}" for i in range(len(paths))])
    contributions = client.map(_contribution, futures)
    findings = client.submit(_reduce, contributions, ids, shared).result()
    results = client.gather(futures)
    merged = merge(results, findings, lambda path: rules)
    return Report(files=merged)


def _contribution(result: FileResult) -> Any:
    return result.contribution


def _reduce(contributions: list[Any], rule_ids: tuple[str, ...], catalogue: Any) -> Any:
    """The reduce step: every contribution in, the cross-document findings out."""
    return cross_check([c for c in contributions if c is not None], _rules(catalogue, rule_ids))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="files and folders to check")
    parser.add_argument("--workers", type=int, default=2, help="local cluster size")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--select", default="ALL", help="rule ids or prefixes, comma-separated")
    parser.add_argument("--ignore", default="", help="rule ids or prefixes, comma-separated")
    parser.add_argument("-o", "--output", help="write the JSON report here")
    ns = parser.parse_args(argv)

    from dask.distributed import Client, LocalCluster

    paths = documents(ns.paths)
    start = time.perf_counter()
    if ns.scheduler:
        client = Client(ns.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=ns.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        report = run(client, paths, ns.select.split(","), [x for x in ns.ignore.split(",") if x])
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    elapsed = time.perf_counter() - start
    text = json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
    if ns.output:
        Path(ns.output).write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    s = report.summary
    sys.stderr.write(f"{s.files} tệp, {s.errors} lỗi, {s.warnings} cảnh báo, {s.info} thông tin "
                     f"trong {elapsed:.1f} s\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
