"""What the server's worker processes do with an uploaded file: check it and render it, or
write its annotated or fixed copy, or its JSON or SARIF report. Everything works on the bytes
received, in memory; nothing is written to disk and nothing outlives the process, which
ends with the job (:mod:`validator.serve.jobs`).

This module imports no web framework: the worker processes preload it (with the engine, the
rules and the document view) and nothing more.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any, NamedTuple

import msgspec

import validator.annotate
import validator.docview
import validator.engine
import validator.fix
import validator.loader  # noqa: F401  (preloaded for the worker processes)
from validator.analysis import Analysis
from validator.model import Document
from validator.plugins import Catalogue, Plugins
from validator.report import FileResult, Report


class JobError(Exception):
    """The file cannot be turned into what was asked. ``str()`` is for users (Vietnamese)."""


class Setup(msgspec.Struct, frozen=True):
    """What every job needs besides the file: the plugins to load (``--no-plugins``,
    ``--disable-plugin`` of ``soat serve``)."""

    autoload: bool = True
    blocked: tuple[str, ...] = ()


class Checked(NamedTuple):
    """A file read and checked: the document (None when it could not be read), its result,
    the analysis the rules read, and the run's catalogue."""

    doc: Document | None
    result: FileResult
    catalogue: Catalogue
    analysis: Analysis | None = None


def _catalogue(setup: Setup) -> Catalogue:
    return Plugins.discover(autoload=setup.autoload, blocked=setup.blocked).catalogue()


def _load(setup: Setup, data: bytes, name: str, profile: str | None) -> Checked:
    """The file checked as ``soat check`` checks it; a file that cannot be read gives a failed
    result with the CLI's message. A profile is taken by name among the catalogue's profiles
    (never as a path: the name comes from the page)."""
    from validator.analysis import Analysis
    from validator.engine import ProfileError, analyse, check_document, failed, load_document

    catalogue = _catalogue(setup)
    loaded = load_document(data, name)
    if isinstance(loaded, FileResult):
        return Checked(None, loaded, catalogue)
    if profile is not None and profile not in catalogue.profiles:
        return Checked(None, failed(name, "profile", f"không có hồ sơ '{profile}'"), catalogue)
    try:
        if profile is None:
            analysis = analyse(loaded, profiles=catalogue.profiles,
                               vocabulary=catalogue.vocabulary)
        else:
            analysis = Analysis(loaded, profile=catalogue.profiles[profile],
                                profiles=catalogue.profiles, vocabulary=catalogue.vocabulary)
    except ProfileError as exc:
        return Checked(None, failed(name, "profile", str(exc)), catalogue)
    result = check_document(loaded, rules=catalogue.rules, analysis=analysis)
    return Checked(loaded, result, catalogue, analysis)


def check(setup: Setup, data: bytes, name: str, profile: str | None) -> dict[str, Any]:
    """The file checked and rendered: status, profile, counts and the view's HTML."""
    from validator.docview import profile_title, render_file
    from validator.docview.findings import counts

    checked = _load(setup, data, name, profile)
    result = checked.result
    out: dict[str, Any] = {
        "name": name,
        "status": result.status,
        "profile": result.profile,
        "profile_title": (profile_title(result.profile, checked.catalogue.profiles)
                          if result.profile else None),
        "counts": counts(result),
        "html": render_file(result, checked.doc, checked.catalogue.rules, name=name,
                            profiles=checked.catalogue.profiles),
    }
    if result.error is not None:
        out["error"] = result.error.message
    return out


def _checked(setup: Setup, data: bytes, name: str, profile: str | None) -> Checked:
    checked = _load(setup, data, name, profile)
    if checked.doc is None:
        error = checked.result.error
        raise JobError(error.message if error else "Không đọc được tệp.")
    return checked


def annotate(setup: Setup, data: bytes, name: str, profile: str | None) -> tuple[bytes, int]:
    """The copy with a Word comment on each finding, and how many comments it has."""
    from validator.annotate import EditError

    checked = _checked(setup, data, name, profile)
    assert checked.doc is not None
    try:
        return validator.annotate.annotate(data, checked.doc, checked.result.violations, name)
    except EditError as exc:
        raise JobError(str(exc)) from None


def fix(setup: Setup, data: bytes, name: str, profile: str | None) -> tuple[bytes, int, int]:
    """The copy with the unambiguous fixes as tracked changes; how many applied, skipped."""
    from validator.annotate import EditError

    checked = _checked(setup, data, name, profile)
    assert checked.doc is not None
    try:
        planned = validator.fix.collect_fixes(checked.doc, checked.catalogue.rules,
                                              analysis=checked.analysis)
        out, applied, skipped = validator.fix.apply_fixes(data, checked.doc, planned, name)
    except EditError as exc:
        raise JobError(str(exc)) from None
    return out, len(applied), len(skipped)


def report(setup: Setup, data: bytes, name: str, profile: str | None, fmt: str) -> str:
    """The report of this one file in the ``json`` or ``sarif`` format."""
    from validator.emitters import make_emitter
    from validator.emitters.json import JsonEmitter
    from validator.emitters.sarif import SarifEmitter

    checked = _load(setup, data, name, profile)
    buffer = io.StringIO()
    emitter = make_emitter(JsonEmitter if fmt == "json" else SarifEmitter,
                           checked.catalogue.rules)
    emitter.emit(Report(files=[checked.result]), buffer)
    return buffer.getvalue()


def ping(setup: Setup) -> int:
    """Loads the plugins and answers: a worker can be started and the rules load (the server
    tries one at start-up)."""
    return len(_catalogue(setup).rules)


JOBS: dict[str, Callable[..., Any]] = {
    "check": check,
    "annotate": annotate,
    "fix": fix,
    "report": report,
    "ping": ping,
}


def child(conn: Any, job: str, args: tuple[Any, ...]) -> None:
    """Entry point of a worker process: run one job, send ("ok", value) or ("error", kind,
    message) back, end. A user-facing failure (:class:`JobError`) keeps its message; any
    other exception is reported by type only."""
    try:
        reply: tuple[Any, ...] = ("ok", JOBS[job](*args))
    except JobError as exc:
        reply = ("error", "file", str(exc))
    except MemoryError:
        reply = ("error", "file", validator.engine.MSG_TOO_COMPLEX)
    except BaseException as exc:  # the server must answer, whatever happened here
        reply = ("error", "internal", type(exc).__name__)
    try:
        conn.send(reply)
    finally:
        conn.close()
