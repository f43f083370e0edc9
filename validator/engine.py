"""Run rules over a document: select, isolate, stamp, excerpt, fingerprint, dedupe, sort.

The engine is the loop pluggy is not: it takes rule classes (found by
:mod:`validator.plugins`), runs each one on its own so that a crash in one rule never hides
the findings of another, and turns each :class:`~validator.rule.Finding` into a
:class:`~validator.report.Violation` carrying the rule's identity, the severity in force, an
excerpt a Word user can search for and a fingerprint that survives edits elsewhere.

Nothing here keeps global state; every function takes what it needs as arguments.
"""

from __future__ import annotations

import os
import stat
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from msgspec.structs import replace

from validator.analysis import Analysis
from validator.budget import TimeBudgetExceeded, time_budget
from validator.budget import message as budget_message
from validator.excerpts import (  # noqa: F401 - part of the engine's interface
    CONTEXT_CHARS,
    ELLIPSIS,
    MAX_PLAIN_CHARS,
    MAX_SPAN_CHARS,
    Sources,
    excerpt_for,
    make_excerpt,
    source_text,
)
from validator.model import (
    BODY,
    Document,
)
from validator.report import (
    FileError,
    FileResult,
    Fingerprints,
    RuleError,
    Violation,
    fingerprint,
    violation_sort_key,
)
from validator.rule import Context, Finding, Rule, Severity
from validator.selection import (  # noqa: F401 - part of the engine's interface
    SelectorError,
    _matches,
    _specificity,
    normalise_selectors,
    select_rules,
)

if TYPE_CHECKING:
    from validator.loader import Limits
    from validator.profiles import Profile
    from validator.vocabulary import Vocabulary



def _debug(message: str, *args: object) -> None:
    """Log the exception being handled at DEBUG ("soat.engine"). logging is imported here, on
    failures only: it is a noticeable part of the command's start-up."""
    import logging

    logging.getLogger("soat.engine").debug(message, *args, exc_info=True)


MAX_FILE_BYTES = 512 * 1024 * 1024  # a .docx larger than this is refused unread

MSG_CORRUPT = "Tệp bị hỏng hoặc không phải tài liệu Word (.docx) hợp lệ."
MSG_TOO_COMPLEX = "Tệp quá lớn hoặc có cấu trúc quá phức tạp để đọc."
MSG_NOT_FOUND = "Không tìm thấy tệp."
MSG_IS_DIR = "Đường dẫn là một thư mục, không phải tệp."
MSG_NO_PERMISSION = "Không có quyền đọc tệp."
MSG_TOO_LARGE = "Tệp lớn hơn {limit} MB, không đọc."
MSG_NOT_REGULAR = ("Đường dẫn là {kind}, không phải tệp thông thường; soat chỉ đọc tệp .docx "
                   "thông thường.")


# -- running rules -------------------------------------------------------------------------


def _severity_overrides(settings: Mapping[str, Any]) -> dict[str, Severity]:
    raw = settings.get("severity") or {}
    if not isinstance(raw, Mapping):
        raise ValueError("settings['severity'] must map rule ids or prefixes to a severity")
    out: dict[str, Severity] = {}
    for key, value in raw.items():
        try:
            out[str(key).strip().upper()] = Severity(str(getattr(value, "value", value)).lower())
        except ValueError:
            raise ValueError(
                f"mức độ không hợp lệ cho {key}: {value!r} (chọn error, warning hoặc info)"
            ) from None
    return out


def _configured_severity(rule_id: str, overrides: Mapping[str, Severity]) -> Severity | None:
    """The override for ``rule_id``: an exact id first, then the longest matching prefix."""
    best: tuple[int, Severity] | None = None
    for key, sev in overrides.items():
        if _matches(key, rule_id) and (best is None or _specificity(key) > best[0]):
            best = (_specificity(key), sev)
    return best[1] if best else None


class _Stamper:
    """Turns findings into violations for one document (its indexes and hashes kept)."""

    def __init__(self, doc: Document) -> None:
        self.sources = Sources(doc)
        self.fingerprint = Fingerprints()


def can_fix(rule: type[Rule], finding: Finding) -> bool:
    """Whether ``soat fix`` applies the finding's fix: a rule marked fixable, a fix, and a span
    of a paragraph of the main text to change (a paragraph's alignment needs no span)."""
    loc = finding.location
    fix = finding.fix
    if not (getattr(rule, "fixable", False) and fix is not None and loc.part == BODY
            and loc.paragraph is not None):
        return False
    if fix.replacement is None and not fix.format and fix.alignment:
        return True
    return loc.offset is not None and bool(loc.length)


def _stamp(
    rule: type[Rule],
    finding: Finding,
    stamper: _Stamper,
    override: Severity | None,
) -> Violation:
    if not isinstance(finding, Finding):
        raise TypeError(f"check() yielded {type(finding).__name__}, expected Finding")
    loc = finding.location
    excerpt, context, span = stamper.sources.excerpt(loc)
    related = tuple(
        rel if rel.excerpt else replace(rel, excerpt=stamper.sources.excerpt(rel.location)[0])
        for rel in finding.related
    )
    severity = override or (Severity(finding.severity) if finding.severity else rule.severity)
    return Violation(
        rule=rule.id,
        name=rule.name,
        category=rule.category,
        severity=Severity(severity),
        message=finding.message,
        excerpt=excerpt,
        location=loc,
        related=related,
        suggestion=finding.suggestion,
        fingerprint=stamper.fingerprint(rule.id, context or finding.message, span),
        fixable=can_fix(rule, finding),
    )


def _run_rule(
    rule: type[Rule],
    doc: Document,
    context: Context,
    override: Severity | None,
    stamper: _Stamper,
) -> list[Violation]:
    """All violations of one rule; any exception propagates to the caller's isolation."""
    instance = rule(context)
    return [_stamp(rule, f, stamper, override) for f in instance.check(doc)]


def _disambiguate(violations: list[Violation]) -> list[Violation]:
    """Make fingerprints unique within a file: the n-th repeat gets a derived value."""
    seen: Counter[str] = Counter()
    out: list[Violation] = []
    for v in violations:
        n = seen[v.fingerprint]
        seen[v.fingerprint] += 1
        if n:
            v = replace(v, fingerprint=fingerprint(v.rule, f"{v.fingerprint}#{n}"))
        out.append(v)
    return out


def check_document(
    doc: Document,
    *,
    rules: Sequence[type[Rule]],
    settings: Mapping[str, Any] | None = None,
    profile: Profile | None = None,
    analysis: Analysis | None = None,
) -> FileResult:
    """Run ``rules`` over ``doc`` and return its :class:`FileResult`.

    Every rule reads the same :class:`~validator.analysis.Analysis` of the document (given, or
    made here with ``settings`` and ``profile``; without a profile it is detected). A rule that
    raises, yields something other than a Finding, or points at a location the engine cannot
    read, is recorded in ``rule_errors`` (exception type and message; the traceback goes to the
    debug log) and its findings for this file are dropped; the other rules go on. Severity:
    the rule's default, overridden by ``Finding.severity``, overridden by
    ``settings["severity"]`` (rule id or prefix → severity). Identical violations are reported
    once; the result is sorted by part, paragraph, offset and rule id.
    """
    if analysis is None:
        analysis = Analysis(doc, settings=settings, profile=profile)
    cfg = analysis.settings
    overrides = _severity_overrides(cfg)
    context = Context(profile=analysis.profile, settings=cfg, analysis=analysis)
    stamper = _Stamper(doc)
    violations: dict[Violation, None] = {}
    errors: list[RuleError] = []
    for rule in rules:
        try:
            found = _run_rule(rule, doc, context, _configured_severity(rule.id, overrides),
                              stamper)
        except Exception as exc:
            _debug("rule %s crashed on %s", rule.id, doc.path)
            errors.append(RuleError(rule.id, type(exc).__name__, str(exc) or repr(exc)))
            continue
        for v in found:
            violations.setdefault(v)
    ordered = sorted(violations, key=violation_sort_key)
    result = FileResult(
        path=doc.path,
        status="checked",
        profile=analysis.profile.name,
        violations=_disambiguate(ordered),
        rule_errors=errors,
    )
    from validator.suppress import apply_suppressions  # "soat: ignore" Word comments

    return apply_suppressions(result, doc, rules=rules, settings=cfg)


# -- profiles ------------------------------------------------------------------------------


class ProfileError(Exception):
    """A profile named by the user that does not exist. ``str()`` is for users."""


def analyse(
    doc: Document,
    *,
    settings: Mapping[str, Any] | None = None,
    profile_name: str | None = None,
    profiles: Mapping[str, Profile] | None = None,
    vocabulary: Vocabulary | None = None,
) -> Analysis:
    """The analysis of ``doc`` with its profile resolved (``analysis.profile``).

    A profile the user named that cannot be used raises :class:`ProfileError`. A failure to
    detect the profile is logged and falls back to the generic profile, so that the rules
    still run (and report the failure, if it lies in an analysis they read).
    """
    analysis = Analysis(doc, settings=settings, profile_name=profile_name, profiles=profiles,
                        vocabulary=vocabulary)
    try:
        analysis.profile  # noqa: B018 - resolved here, where a failure can be told apart
    except Exception as exc:
        if profile_name:
            detail = "" if isinstance(exc, KeyError) else str(exc)
            message = detail if profile_name in detail else (
                f"không dùng được hồ sơ \"{profile_name}\"" + (f": {detail}" if detail else "")
            )
            raise ProfileError(message) from exc
        _debug("profile detection failed on %s", doc.path)
        from validator.profiles import Profile

        analysis = Analysis(doc, settings=settings, profile=Profile(name="generic"),
                            profiles=profiles, vocabulary=vocabulary)
    return analysis


def resolve_profile(
    doc: Document, name: str | None = None, profiles: Mapping[str, Profile] | None = None
) -> Profile:
    """The document's profile (see :func:`analyse`): ``name`` if given, else detected."""
    return analyse(doc, profile_name=name, profiles=profiles).profile


# -- files ---------------------------------------------------------------------------------


def failed(path: str, code: str, message: str) -> FileResult:
    """The result of a file that could not be checked."""
    return FileResult(path=path, status="failed", error=FileError(code, message))


def default_rules() -> tuple[type[Rule], ...]:
    """Every rule of the built-in and installed plugins (a convenience for scripts; the
    engine and the command line never call it: they are given their rules)."""
    from validator.plugins import Plugins

    return Plugins.discover().rules()


def load_document(data: bytes, path: str, limits: Limits | None = None) -> Document | FileResult:
    """The document, or a failed result: never raises for a bad file."""
    from validator import loader

    try:
        return loader.load_bytes(data, path, limits)
    except loader.LoadError as exc:
        return failed(path, exc.code, exc.message)
    except (MemoryError, RecursionError):
        _debug("loading %s exhausted resources", path)
        return failed(path, "corrupt", MSG_TOO_COMPLEX)
    except Exception:
        _debug("loading %s failed", path)
        return failed(path, "corrupt", MSG_CORRUPT)


# Setting that asks check_bytes for the document's contribution to the cross-document index
# (FileResult.contribution), set by the command line when documents are checked together.
CROSS_DOCUMENTS = "cross_documents"


def check_bytes(
    data: bytes,
    path: str = "<bytes>",
    *,
    settings: Mapping[str, Any] | None = None,
    profile_name: str | None = None,
    rules: Sequence[type[Rule]] | None = None,
    limits: Limits | None = None,
    profiles: Mapping[str, Profile] | None = None,
    vocabulary: Vocabulary | None = None,
    timeout: float | None = None,
) -> FileResult:
    """Load ``data`` as a .docx and check it. A file that cannot be read becomes a result with
    status ``failed`` and an ``error`` (code and Vietnamese message), never an exception.

    ``rules``, ``profiles`` and ``vocabulary`` are what the run's plugins provide
    (:meth:`validator.plugins.Plugins.catalogue`). When ``rules`` is not given, the built-in
    and installed plugins are discovered here, once, for all three; when only ``profiles`` or
    ``vocabulary`` is missing, the built-in ones serve. ``timeout`` is the file's time budget
    in seconds (see :mod:`validator.budget`; it applies in the main thread of a POSIX process):
    a file over it is reported failed with code ``timeout``.
    """
    if rules is None:
        from validator.plugins import Plugins

        catalogue = Plugins.discover().catalogue()
        rules = catalogue.rules
        profiles = catalogue.profiles if profiles is None else profiles
        vocabulary = catalogue.vocabulary if vocabulary is None else vocabulary
    try:
        with time_budget(timeout):
            loaded = load_document(data, path, limits)
            if isinstance(loaded, FileResult):
                return loaded
            try:
                analysis = analyse(loaded, settings=settings, profile_name=profile_name,
                                   profiles=profiles, vocabulary=vocabulary)
            except ProfileError as exc:
                return failed(path, "profile", str(exc))
            result = check_document(loaded, rules=rules, analysis=analysis)
            if analysis.settings.get(CROSS_DOCUMENTS):  # the map step of the cross-document checks
                from validator.crossdoc import contribute, digest

                result = replace(result, contribution=contribute(analysis, digest(data)))
    except TimeBudgetExceeded:
        if not timeout:
            raise  # the budget of a caller (check_path's) ran out: the caller reports it
        return failed(path, "timeout", budget_message(timeout))
    return result if result.path == path else replace(result, path=path)


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "một ống dẫn (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "một thiết bị"
    if stat.S_ISSOCK(mode):
        return "một socket"
    return "một tệp đặc biệt"


def read_file(path: str, max_bytes: int = MAX_FILE_BYTES) -> bytes | FileResult:
    """The bytes of ``path`` (opened read-only), or a failed result.

    Only a regular file is read (a symlink is followed to its target): a FIFO, a device or a
    socket is refused from its status, without being opened, so a FIFO without a writer
    cannot block the run and /dev/zero is never read. No read goes past ``max_bytes``.
    """
    try:
        mode = os.stat(path).st_mode
        if stat.S_ISDIR(mode):
            return failed(path, "unreadable", MSG_IS_DIR)
        if not stat.S_ISREG(mode):
            return failed(path, "unreadable", MSG_NOT_REGULAR.format(kind=_kind_of(mode)))
        # O_NONBLOCK: should the path have become a FIFO since, opening it does not block
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                     | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as fh:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                return failed(path, "unreadable",
                              MSG_NOT_REGULAR.format(kind=_kind_of(st.st_mode)))
            if st.st_size > max_bytes:
                return failed(path, "too-large", MSG_TOO_LARGE.format(limit=max_bytes >> 20))
            # as much as its size says (a buffer of the limit's size would be reserved for
            # every file), then on in pieces should it have grown since
            chunks = [fh.read(st.st_size + 1)]
            size = len(chunks[0])
            while chunks[-1] and size <= max_bytes:
                chunks.append(fh.read(min(1 << 20, max_bytes + 1 - size)))
                size += len(chunks[-1])
            data = b"".join(chunks) if len(chunks) > 1 else chunks[0]
            if len(data) > max_bytes:  # it grew while being read
                return failed(path, "too-large", MSG_TOO_LARGE.format(limit=max_bytes >> 20))
            return data
    except FileNotFoundError:
        return failed(path, "not-found", MSG_NOT_FOUND)
    except IsADirectoryError:
        return failed(path, "unreadable", MSG_IS_DIR)
    except PermissionError:
        return failed(path, "unreadable", MSG_NO_PERMISSION)
    except OSError as exc:
        return failed(path, "unreadable", f"Không đọc được tệp: {exc.strerror or exc}.")


def check_path(
    path: str | os.PathLike[str],
    *,
    settings: Mapping[str, Any] | None = None,
    profile_name: str | None = None,
    rules: Sequence[type[Rule]] | None = None,
    limits: Limits | None = None,
    profiles: Mapping[str, Profile] | None = None,
    vocabulary: Vocabulary | None = None,
    timeout: float | None = None,
) -> FileResult:
    """Read ``path`` (only ever opened for reading) and check it like :func:`check_bytes`;
    ``timeout`` covers the reading too."""
    name = os.fspath(path)
    try:
        with time_budget(timeout):
            data = read_file(name)
            if isinstance(data, FileResult):
                return data
            return check_bytes(
                data, name, settings=settings, profile_name=profile_name, rules=rules,
                limits=limits, profiles=profiles, vocabulary=vocabulary,
            )
    except TimeBudgetExceeded:
        if not timeout:
            raise
        return failed(name, "timeout", budget_message(timeout))


__all__ = [
    "ProfileError",
    "SelectorError",
    "check_bytes",
    "check_document",
    "check_path",
    "default_rules",
    "excerpt_for",
    "make_excerpt",
    "analyse",
    "resolve_profile",
    "select_rules",
]
