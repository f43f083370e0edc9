"""The ``sarif`` format: SARIF 2.1.0 for code-scanning views (GitHub, Azure DevOps, VS Code).

A Word document has no lines, so each result carries a *logical* location naming the place
in the document's structure (``body/section[II.1]/p[12]``, ``body/table[3]/row[4]/cell[2]``,
``footnote[5]``; numbers 1-based as a reader counts) and a physical location with the file's
URI and the flagged excerpt as ``region.snippet``. ``partialFingerprints["soat/v1"]`` is the
violation's fingerprint (rule id + normalised paragraph text + span), so a finding keeps its
identity across drafts. Rules are described in ``tool.driver.rules`` from their metadata:
docstring summary, the ``Why:`` section as full description and help.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TextIO
from urllib.parse import quote

from validator.emitters import Emitter
from validator.model import BODY, COMMENT, ENDNOTE, FOOTNOTE, Location
from validator.rule import Severity

if TYPE_CHECKING:
    from validator.report import FileResult, Report, Violation
    from validator.rule import Rule

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "soat/v1"
INFORMATION_URI = "https://soat.invalid/"
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


def rule_descriptor(rule: type[Rule]) -> dict[str, Any]:
    why = " ".join(rule.doc_section("Why:").split())
    out: dict[str, Any] = {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary()},
        "defaultConfiguration": {"level": LEVEL[Severity(rule.severity)]},
        "properties": {"category": rule.category.value},
    }
    if why:
        out["fullDescription"] = {"text": why}
        out["help"] = {"text": why}
    if rule.url:
        out["helpUri"] = rule.url
    return out


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
        message = v.message if not v.suggestion else f"{v.message}. Gợi ý: {v.suggestion}"
        physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(file.path)}}
        if v.excerpt:
            # A .docx has no lines; the schema wants an anchor for a region, and code-scanning
            # views want a line, so the region is line 1 of the file. The logical location is
            # the real pointer; the snippet lets a reader search for the text in Word.
            physical["region"] = {"startLine": 1, "snippet": {"text": v.excerpt}}
        result: dict[str, Any] = {
            "ruleId": v.rule,
            "ruleIndex": rule_index,
            "level": LEVEL[Severity(v.severity)],
            "message": {"text": message},
            "locations": [
                {
                    "physicalLocation": physical,
                    "logicalLocations": [
                        {"kind": "element", "fullyQualifiedName": logical_name(v.location)}
                    ],
                }
            ],
            "partialFingerprints": {FINGERPRINT_KEY: v.fingerprint},
        }
        if v.related:
            result["relatedLocations"] = [
                {
                    "id": i,
                    "message": {"text": rel.message or rel.excerpt or "liên quan"},
                    "logicalLocations": [
                        {"kind": "element", "fullyQualifiedName": logical_name(rel.location)}
                    ],
                }
                for i, rel in enumerate(v.related)
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
