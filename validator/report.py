"""The versioned report: what the engine produces and every emitter reads.

``Report.to_dict()`` is the JSON contract other tools read (``schemas/report.schema.json``,
whose ``$id`` carries the major version); ``Report.from_dict()`` reads it back, so
``Report.from_dict(r.to_dict()) == r``. Keys are snake_case. Optional keys (``error``,
``related``, ``suggestion``, ``fixable``, ``suppressed``) are left out when empty; a related
place in another document (the cross-document checks) carries that document's ``path``.

Paragraph, table, row and cell numbers are counted from 1 in the report, as a reader counts
them and as every other output (text, SARIF, GitHub annotations, HTML) shows them; the model's
:class:`~validator.model.Location` keeps 0-based indexes into its own lists, and the conversion
happens here, in one place. ``offset`` stays the number of characters before the flagged span.

Everything here is a frozen struct (msgspec) of plain values, so a report pickles (``--jobs``,
Dask, Ray, Spark) and compares by value.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import msgspec

from validator import recache
from validator.crossdoc.model import Contribution
from validator.model import (
    BODY,
    COMMENT,
    ENDNOTE,
    FOOTER,
    FOOTNOTE,
    HEADER,
    PROPERTIES,
    TEXTBOX,
    Location,
)
from validator.rule import Category, Related, Severity

SCHEMA_VERSION = "2.0"
SCHEMA_ID = "https://soat.invalid/schemas/report-2.json"
TOOL_NAME = "soat"

PART_ORDER: tuple[str, ...] = (
    BODY, TEXTBOX, FOOTNOTE, ENDNOTE, HEADER, FOOTER, COMMENT, PROPERTIES,
)
_PART_RANK = {part: rank for rank, part in enumerate(PART_ORDER)}
LOCATION_FIELDS = (
    "part", "paragraph", "section", "table", "row", "cell", "footnote", "offset", "length",
)
# Fields written counted from 1 (the model counts them from 0).
COUNTED_FROM_ONE = frozenset({"paragraph", "table", "row", "cell"})

Status = Literal["checked", "failed"]

try:  # CPython's built-in SHA-1: the same digest as hashlib's without loading OpenSSL
    from _sha1 import sha1 as _sha1
except ImportError:  # pragma: no cover - other interpreters
    from hashlib import sha1 as _sha1


def _version() -> str:
    from validator import __version__

    return __version__


# -- value types ---------------------------------------------------------------------------


class FileError(msgspec.Struct, frozen=True):
    """Why a file could not be checked. ``message`` is for users (Vietnamese)."""

    code: str
    message: str


class RuleError(msgspec.Struct, frozen=True):
    """A rule that raised instead of finishing; its other findings for the file are dropped."""

    rule: str
    error_type: str
    message: str


class Violation(msgspec.Struct, frozen=True):
    """One finding, stamped by the engine with the rule's identity and a resolved severity."""

    rule: str
    name: str
    category: Category
    severity: Severity
    message: str
    excerpt: str
    location: Location
    related: tuple[Related, ...] = ()
    suggestion: str | None = None
    fingerprint: str = ""
    fixable: bool = False  # soat fix applies this finding's fix


class FileResult(msgspec.Struct, frozen=True):
    path: str
    status: Status = "checked"
    error: FileError | None = None
    profile: str | None = None
    violations: list[Violation] = msgspec.field(default_factory=list)
    rule_errors: list[RuleError] = msgspec.field(default_factory=list)
    suppressed: int = 0
    # What the document contributes to the cross-document checks, when they run (see
    # validator.crossdoc); carried from the worker that read the file, not part of the report.
    contribution: Contribution | None = None

    @property
    def failed(self) -> bool:
        return self.status == "failed"

    def count(self, severity: Severity | str) -> int:
        return sum(1 for v in self.violations if v.severity == severity)


class Summary(msgspec.Struct, frozen=True):
    files: int
    failed: int
    errors: int
    warnings: int
    info: int

    def to_dict(self) -> dict[str, int]:
        return msgspec.structs.asdict(self)


class Report(msgspec.Struct, frozen=True):
    files: list[FileResult] = msgspec.field(default_factory=list)
    tool: str = TOOL_NAME
    version: str = msgspec.field(default_factory=_version)
    schema_version: str = SCHEMA_VERSION

    # -- queries ---------------------------------------------------------------------------

    @property
    def summary(self) -> Summary:
        return Summary(
            files=len(self.files),
            failed=sum(1 for f in self.files if f.failed),
            errors=sum(f.count(Severity.ERROR) for f in self.files),
            warnings=sum(f.count(Severity.WARNING) for f in self.files),
            info=sum(f.count(Severity.INFO) for f in self.files),
        )

    def violations(self) -> Iterable[tuple[FileResult, Violation]]:
        for f in self.files:
            for v in f.violations:
                yield f, v

    @property
    def rule_errors(self) -> int:
        return sum(len(f.rule_errors) for f in self.files)

    def worst(self) -> Severity | None:
        """The highest severity of any violation, or None when there is none."""
        worst: Severity | None = None
        for _, v in self.violations():
            if worst is None or v.severity.rank > worst.rank:
                worst = v.severity
        return worst

    # -- serialisation ---------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        s = self.summary
        return {
            "schema_version": self.schema_version,
            "tool": {"name": self.tool, "version": self.version},
            "files": [_file_to_dict(f) for f in self.files],
            "summary": s.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """Read a dict produced by :meth:`to_dict` (or parsed from the JSON emitter)."""
        version = str(data.get("schema_version", ""))
        if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise ValueError(f"unsupported report schema_version {version!r}")
        tool = data.get("tool") or {}
        return cls(
            files=[_file_from_dict(f) for f in data.get("files", ())],
            tool=str(tool.get("name", TOOL_NAME)),
            version=str(tool.get("version", "")),
            schema_version=version,
        )


# -- dict conversion -----------------------------------------------------------------------


def location_to_dict(loc: Location) -> dict[str, Any]:
    """The location as the report writes it: paragraph, table, row and cell counted from 1."""
    out: dict[str, Any] = {}
    for name in LOCATION_FIELDS:
        value = getattr(loc, name)
        out[name] = value + 1 if value is not None and name in COUNTED_FROM_ONE else value
    return out


def location_from_dict(data: Mapping[str, Any]) -> Location:
    fields: dict[str, Any] = {}
    for name in LOCATION_FIELDS:
        if name in data:
            value = data[name]
            fields[name] = value - 1 if value is not None and name in COUNTED_FROM_ONE else value
    return Location(**fields)


def _related_to_dict(rel: Related) -> dict[str, Any]:
    out = {
        "location": location_to_dict(rel.location),
        "message": rel.message,
        "excerpt": rel.excerpt,
    }
    if rel.path is not None:  # a place in another document
        out["path"] = rel.path
    return out


def _violation_to_dict(v: Violation) -> dict[str, Any]:
    out: dict[str, Any] = {
        "rule": v.rule,
        "name": v.name,
        "category": Category(v.category).value,
        "severity": Severity(v.severity).value,
        "message": v.message,
        "excerpt": v.excerpt,
        "location": location_to_dict(v.location),
    }
    if v.related:
        out["related"] = [_related_to_dict(r) for r in v.related]
    if v.suggestion is not None:
        out["suggestion"] = v.suggestion
    out["fingerprint"] = v.fingerprint
    if v.fixable:
        out["fixable"] = True
    return out


def _violation_from_dict(d: Mapping[str, Any]) -> Violation:
    return Violation(
        rule=d["rule"],
        name=d["name"],
        category=Category(d["category"]),
        severity=Severity(d["severity"]),
        message=d["message"],
        excerpt=d.get("excerpt", ""),
        location=location_from_dict(d.get("location") or {}),
        related=tuple(
            Related(
                location=location_from_dict(r.get("location") or {}),
                message=r.get("message", ""),
                excerpt=r.get("excerpt", ""),
                path=r.get("path"),
            )
            for r in d.get("related", ())
        ),
        suggestion=d.get("suggestion"),
        fingerprint=d.get("fingerprint", ""),
        fixable=bool(d.get("fixable", False)),
    )


def _file_to_dict(f: FileResult) -> dict[str, Any]:
    out: dict[str, Any] = {"path": f.path, "status": f.status}
    if f.error is not None:
        out["error"] = {"code": f.error.code, "message": f.error.message}
    out["profile"] = f.profile
    out["violations"] = [_violation_to_dict(v) for v in f.violations]
    out["rule_errors"] = [
        {"rule": e.rule, "error_type": e.error_type, "message": e.message} for e in f.rule_errors
    ]
    if f.suppressed:
        out["suppressed"] = f.suppressed
    return out


def _file_from_dict(d: Mapping[str, Any]) -> FileResult:
    err = d.get("error")
    status = d.get("status", "checked")
    if status not in ("checked", "failed"):
        raise ValueError(f"unknown file status {status!r}")
    return FileResult(
        path=d["path"],
        status=status,
        error=FileError(err["code"], err["message"]) if err else None,
        profile=d.get("profile"),
        violations=[_violation_from_dict(v) for v in d.get("violations", ())],
        rule_errors=[
            RuleError(e["rule"], e["error_type"], e["message"]) for e in d.get("rule_errors", ())
        ],
        suppressed=int(d.get("suppressed", 0)),
    )


# -- ordering and fingerprints -------------------------------------------------------------


def _n(value: int | None) -> int:
    return -1 if value is None else value


def location_sort_key(loc: Location) -> tuple[Any, ...]:
    rank = _PART_RANK.get(loc.part, len(PART_ORDER))
    return (
        rank,
        loc.part if rank == len(PART_ORDER) else "",
        _n(loc.footnote),
        _n(loc.paragraph),
        _n(loc.table),
        _n(loc.row),
        _n(loc.cell),
        _n(loc.offset),
        _n(loc.length),
    )


def violation_sort_key(v: Violation) -> tuple[Any, ...]:
    """Part (body, textbox, footnote, endnote, header, footer, comment, properties), then
    paragraph, offset, rule id; the remaining fields only break ties deterministically."""
    loc = location_sort_key(v.location)
    return (
        loc[0], loc[1], loc[3], loc[7], v.rule, loc[2], loc[4], loc[5], loc[6], loc[8],
        v.message, v.suggestion or "", v.excerpt,
    )


_SPACE = recache.compile(r"\s+")


def normalise(text: str) -> str:
    """NFC, whitespace collapsed to one space and trimmed, lowercased (for fingerprints)."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip().lower()


CONTEXT_WORDS = 3  # words each side of a flagged span that take part in its fingerprint
CONTEXT_CHARS = 80  # ... looked for this far from the span


def span_context(text: str, offset: int | None, length: int | None) -> tuple[str, str]:
    """(context, span) that identify a finding in ``text``, the paragraph it points into.

    With a span: the span and the :data:`CONTEXT_WORDS` words on each side of it, so an edit
    elsewhere in the paragraph (``soat fix`` correcting another code, a sentence added) leaves
    the fingerprint alone; without one: the whole text, which is what is flagged.
    """
    if offset is None:
        return text, ""
    start = min(max(offset, 0), len(text))
    end = min(start + max(length or 0, 0), len(text))
    # A bounded window: a finding costs the same in a paragraph of a megabyte.
    before = text[max(0, start - CONTEXT_CHARS):start].split()[-CONTEXT_WORDS:]
    after = text[end:end + CONTEXT_CHARS].split()[:CONTEXT_WORDS]
    return " ".join([*before, "\x00", *after]), text[start:end]


def fingerprint(rule: str, context: str, span: str = "") -> str:
    """A draft-stable id: sha1 over the rule id, the normalised context and flagged span.

    No index, offset, path or message takes part, so the value survives paragraphs being added
    above, the file being renamed, whitespace edits and counts in the message changing; the
    context is what :func:`span_context` gives, so edits elsewhere in the same paragraph do not
    change it either. First 16 hex digits.
    """
    payload = "\x1f".join((rule, normalise(context), normalise(span)))
    return _sha1(payload.encode("utf-8")).hexdigest()[:16]


class Fingerprints:
    """:func:`fingerprint` for the findings of one document, with each (rule, paragraph) pair
    normalised and hashed once: a paragraph of a megabyte with a thousand findings costs one
    pass over the paragraph, not a thousand. The values are those of :func:`fingerprint`."""

    def __init__(self) -> None:
        self._prefix: dict[tuple[str, str], Any] = {}

    def __call__(self, rule: str, context: str, span: str = "") -> str:
        key = (rule, context)
        prefix = self._prefix.get(key)
        if prefix is None:
            prefix = _sha1(f"{rule}\x1f{normalise(context)}\x1f".encode())
            self._prefix[key] = prefix
        digest = prefix.copy()
        digest.update(normalise(span).encode("utf-8"))
        return str(digest.hexdigest()[:16])
