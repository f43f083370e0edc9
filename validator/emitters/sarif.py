"""The ``sarif`` format: SARIF 2.1.0 for code-scanning views (GitHub, Azure DevOps, VS Code).

A Word document has no lines. Each result is located by:

* a *logical* location naming the place in the document's structure, numbers counted from 1
  as a reader counts them: ``body/section[II.1]/p[12]``, ``body/table[3]/row[4]/cell[2]``,
  ``footnote[5]/p[1]``; its ``name`` is the last component and ``kind`` is ``element``;
* a *physical* location: the file, and for a paragraph of the main text a region whose
  ``startLine`` is the paragraph number soat shows (¶12: the document's text read one
  paragraph per line, tables included, as Word's "Save as plain text" writes it), its
  columns the flagged span, and its ``snippet`` the excerpt. A place outside the main text
  (a footnote, a header, a table as a whole) has no such line, so it gets no region rather than
  an invented one; its excerpt is then the location's message;
* the location's message saying where it is in Vietnamese ("¶41, bảng 3, hàng 4, ô 2 [II.1]").

``partialFingerprints["soat/v2"]`` is the violation's fingerprint (see
:func:`validator.report.fingerprint`), so a finding keeps its identity across drafts. Rules
are described in ``tool.driver.rules`` in Vietnamese, from their documentation
(:mod:`validator.ruledoc`): ``Tóm tắt`` as short description, ``Vì sao`` as full
description, the whole documentation with its examples as help (text and Markdown), and
``helpUri``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TextIO
from urllib.parse import quote

from validator import DOCS_URL
from validator.emitters import Emitter
from validator.emitters.text import describe_location, with_suggestion
from validator.model import BODY, COMMENT, ENDNOTE, FOOTNOTE, Location
from validator.rule import Related, Severity

if TYPE_CHECKING:
    from validator.report import FileResult, Report, Violation
    from validator.rule import Rule

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "soat/v2"
INFORMATION_URI = DOCS_URL
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def logical_name(loc: Location) -> str:
    """``body/section[II.1]/p[12]``, ``body/table[3]/row[4]/cell[2]``, ``footnote[5]``."""
    if loc.part in (FOOTNOTE, ENDNOTE) and loc.footnote is not None:
        parts = [f"{loc.part}[{loc.footnote}]"]
    elif loc.part == COMMENT and loc.footnote is not None:
        parts = [f"comment[{loc.footnote}]"]
    else:
        parts = [loc.part or BODY]
    if loc.section:
        parts.append(f"section[{loc.section}]")
    if loc.table is not None:
        parts.append(f"table[{loc.table + 1}]")
        if loc.row is not None:
            parts.append(f"row[{loc.row + 1}]")
        if loc.cell is not None:
            parts.append(f"cell[{loc.cell + 1}]")
    if loc.paragraph is not None and loc.table is None:
        parts.append(f"p[{loc.paragraph + 1}]")
    return "/".join(parts)


def artifact_uri(path: str) -> str:
    """A relative URI for a relative path (as code-scanning expects), else a file: URI."""
    p = Path(path)
    if p.is_absolute():
        return p.as_uri()
    return quote(p.as_posix())


def help_uri(rule: type[Rule]) -> str:
    """The rule's own ``url``, else its page in soat's documentation."""
    return rule.url or f"{DOCS_URL}rules/{rule.id}"


def rule_descriptor(rule: type[Rule]) -> dict[str, Any]:
    from validator.ruledoc import help_markdown, help_text, summary_vi, why_vi

    out: dict[str, Any] = {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": summary_vi(rule)},
        "defaultConfiguration": {"level": LEVEL[Severity(rule.severity)]},
        "helpUri": help_uri(rule),
        "help": {"text": help_text(rule), "markdown": help_markdown(rule)},
        "properties": {"category": rule.category.value, "fixable": bool(rule.fixable)},
    }
    why = why_vi(rule)
    if why:
        out["fullDescription"] = {"text": why}
    return out


def where(loc: Location) -> str:
    """Where a location is, in Vietnamese, with its section: "¶12 [II.1]"."""
    text = describe_location(loc)
    if loc.section:
        text = f"{text} [{loc.section}]" if text else f"[{loc.section}]"
    return text


def physical_location(path: str, v: Violation) -> tuple[dict[str, Any], str]:
    """The physical location of a violation, and the location's message."""
    loc = v.location
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(path)}}
    message = where(loc)
    if loc.part == BODY and loc.paragraph is not None:
        region: dict[str, Any] = {"startLine": loc.paragraph + 1}
        if loc.offset is not None:
            region["startColumn"] = loc.offset + 1
            region["endColumn"] = loc.offset + max(loc.length or 0, 0) + 1
        if v.excerpt:
            region["snippet"] = {"text": v.excerpt}
        physical["region"] = region
    elif v.excerpt:
        message = f"{message}: \"{v.excerpt}\"" if message else f"\"{v.excerpt}\""
    return physical, message


class SarifEmitter(Emitter):
    name: ClassVar[str] = "sarif"
    description: ClassVar[str] = "SARIF 2.1.0 cho các công cụ quét mã (GitHub code scanning)"

    def rules(self) -> Sequence[type[Rule]]:
        """The rules described in ``tool.driver.rules``: the run's catalogue. Without one,
        rules that have results are listed by id alone."""
        return self.catalogue or ()

    def emit(self, report: Report, stream: TextIO) -> None:
        json.dump(self.to_sarif(report), stream, ensure_ascii=False, indent=2)
        stream.write("\n")

    def to_sarif(self, report: Report) -> dict[str, Any]:
        known = {r.id: r for r in self.rules()}
        used = sorted({v.rule for _, v in report.violations()})
        ids = sorted(set(known) | set(used))
        index = {rid: i for i, rid in enumerate(ids)}
        descriptors = [
            rule_descriptor(known[rid]) if rid in known else {"id": rid} for rid in ids
        ]
        results = [
            self._result(f, v, index[v.rule]) for f in report.files for v in f.violations
        ]
        run: dict[str, Any] = {
            "tool": {
                "driver": {
                    "name": report.tool,
                    "version": report.version,
                    "informationUri": INFORMATION_URI,
                    "rules": descriptors,
                }
            },
            "artifacts": [{"location": {"uri": artifact_uri(f.path)}} for f in report.files],
            "results": results,
            "invocations": [self._invocation(report.files)],
        }
        return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}

    @staticmethod
    def _result(file: FileResult, v: Violation, rule_index: int) -> dict[str, Any]:
        physical, place = physical_location(file.path, v)
        name = logical_name(v.location)
        location: dict[str, Any] = {
            "physicalLocation": physical,
            "logicalLocations": [
                {"name": name.rsplit("/", 1)[-1], "fullyQualifiedName": name, "kind": "element"}
            ],
        }
        if place:
            location["message"] = {"text": place}
        result: dict[str, Any] = {
            "ruleId": v.rule,
            "ruleIndex": rule_index,
            "level": LEVEL[Severity(v.severity)],
            "message": {"text": with_suggestion(v.message, v.suggestion)},
            "locations": [location],
            "partialFingerprints": {FINGERPRINT_KEY: v.fingerprint},
        }
        if v.related:
            result["relatedLocations"] = [
                _related(i, rel) for i, rel in enumerate(v.related)
            ]
        return result

    @staticmethod
    def _invocation(files: Iterable[FileResult]) -> dict[str, Any]:
        notes = []
        for f in files:
            if f.error is not None:
                notes.append({
                    "level": "error",
                    "message": {"text": f"{f.path}: {f.error.message}"},
                    "descriptor": {"id": f.error.code},
                })
            for e in f.rule_errors:
                notes.append({
                    "level": "error",
                    "message": {"text": f"{f.path}: {e.rule} ({e.error_type}): {e.message}"},
                    "descriptor": {"id": e.rule},
                })
        return {
            "executionSuccessful": not notes,
            "toolExecutionNotifications": notes,
        }


def _related(i: int, rel: Related) -> dict[str, Any]:
    """A related location; one in another document names that file as its artifact."""
    out: dict[str, Any] = {
        "id": i,
        "message": {"text": rel.message or rel.excerpt or "liên quan"},
        "logicalLocations": [
            {"kind": "element", "fullyQualifiedName": logical_name(rel.location)}
        ],
    }
    if rel.path is not None:
        physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(rel.path)}}
        if rel.excerpt:
            physical["region"] = {"startLine": 1, "snippet": {"text": rel.excerpt}}
        out["physicalLocation"] = physical
    return out
