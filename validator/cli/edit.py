"""What ``soat annotate`` and ``soat fix`` share: one file read, its configuration and profile."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING

from validator.cli.common import UsageError, error, same_file

if TYPE_CHECKING:
    from validator.analysis import Analysis
    from validator.config import Batch
    from validator.model import Document
    from validator.plugins import Catalogue


class Edit:
    """The file to edit, read and loaded, with the rules and the document's analysis (settings
    and profile) in force."""

    def __init__(
        self, source: str, output: str | None, data: bytes, doc: Document, batch: Batch,
        analysis: Analysis,
    ) -> None:
        self.source = source
        self.output = output  # None: write in place
        self.data = data
        self.doc = doc
        self.batch = batch
        self.analysis = analysis


def prepare(ns: argparse.Namespace, catalogue: Catalogue) -> Edit | None:
    """Read and load ``ns.path`` with its configuration; ``None`` (after a message on stderr)
    when the file cannot be read. Raises :class:`UsageError` for a wrong command line."""
    from validator.config import ConfigError, plan
    from validator.engine import ProfileError, SelectorError, analyse, load_document, read_file
    from validator.model import Document

    source = ns.path
    output = None if getattr(ns, "in_place", False) else (
        ns.output or str(Path(source).with_suffix("")) + ".soat.docx")
    if output and os.path.exists(source) and same_file(output, source):
        raise UsageError(f"tệp kết quả \"{output}\" trùng với tệp gốc; dùng --in-place để ghi đè")
    try:
        batch = plan([source], rules=catalogue.rules, select=ns.select, ignore=ns.ignore,
                     profile=ns.profile)[0]
    except (ConfigError, SelectorError) as exc:
        raise UsageError(str(exc)) from exc
    data = read_file(source)
    loaded = load_document(data, source) if isinstance(data, bytes) else data
    if not isinstance(data, bytes) or not isinstance(loaded, Document):
        failure = getattr(loaded, "error", None)
        error(f"\"{source}\": {failure.message if failure else 'không đọc được tệp.'}")
        return None
    try:
        analysis = analyse(loaded, settings=batch.settings, profile_name=batch.profile,
                           profiles=catalogue.profiles, vocabulary=catalogue.vocabulary)
    except ProfileError as exc:
        error(f"\"{source}\": {exc}")
        return None
    return Edit(source, output, data, loaded, batch, analysis)
