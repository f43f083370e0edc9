"""The ``github`` format: GitHub Actions workflow commands, one annotation per finding.

    ::error file=bao-cao.docx,title=soat (DAT003)::Ngày 31/02/2026 không tồn tại …

A .docx has no lines, so ``line``/``col`` are omitted and the annotation is attached to the
file; the message names the place in the document and quotes the excerpt. Values are escaped
as the runner expects (``%``, CR, LF; plus ``:`` and ``,`` in properties).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TextIO

from validator.emitters import Emitter
from validator.emitters.text import describe_location, summary_line
from validator.rule import Severity

if TYPE_CHECKING:
    from validator.report import Report, Violation

COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation_text(v: Violation) -> str:
    where = describe_location(v.location)
    text = f"{where}: {v.message}" if where else v.message
    if v.excerpt:
        text += f"\n\"{v.excerpt}\""
    if v.suggestion:
        text += f"\nGợi ý: {v.suggestion}"
    return text


class GithubEmitter(Emitter):
    name: ClassVar[str] = "github"
    description: ClassVar[str] = "chú thích GitHub Actions (::error file=…::…)"

    def emit(self, report: Report, stream: TextIO) -> None:
        for f in report.files:
            path = escape_property(f.path)
            if f.error is not None:
                stream.write(
                    f"::error file={path},title={escape_property('soat (đọc tệp)')}::"
                    f"{escape_data(f.error.message)}\n"
                )
            for v in f.violations:
                title = escape_property(f"soat ({v.rule})")
                stream.write(
                    f"::{COMMAND[v.severity]} file={path},title={title}::"
                    f"{escape_data(annotation_text(v))}\n"
                )
            for e in f.rule_errors:
                title = escape_property(f"soat ({e.rule})")
                stream.write(
                    f"::error file={path},title={title}::"
                    f"{escape_data(f'Quy tắc gặp sự cố ({e.error_type}): {e.message}')}\n"
                )
        stream.write(summary_line(report) + "\n")
