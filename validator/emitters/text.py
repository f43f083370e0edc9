"""The ``text`` format: one line per violation, for people reading a terminal or a CI log.

    bao-cao.docx:¶12 [II.1]: DAT003 [*] error Ngày 31/02/2024 không tồn tại (invalid-date)
        …đã ký ngày 31/02/2024 tại Hà Nội…
        → Gợi ý: Sửa lại ngày tháng.

``[*]`` marks a finding ``soat fix`` can fix. After the findings, one line says which profile
each file was read with (and that a file no profile recognised had most layout rules left out),
then the summary.

Paragraph, table, row and cell numbers are counted from 1, as a reader counts them and as
every other output writes them. Colour is used only on a terminal and never when
``NO_COLOR`` is set (https://no-color.org).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar, TextIO

from validator.emitters import Emitter
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
from validator.rule import Severity

if TYPE_CHECKING:
    from collections.abc import Callable

    from validator.report import FileResult, Report, Violation

    _Paint = Callable[..., str]

_RESET = "\x1b[0m"
_BOLD = "\x1b[1m"
_DIM = "\x1b[2m"
_SEVERITY_COLOUR = {
    Severity.ERROR: "\x1b[31m",  # red
    Severity.WARNING: "\x1b[33m",  # yellow
    Severity.INFO: "\x1b[36m",  # cyan
}
_GREEN = "\x1b[32m"

_PART_LABEL = {
    TEXTBOX: "hộp văn bản",
    HEADER: "đầu trang",
    FOOTER: "chân trang",
    COMMENT: "nhận xét",
    PROPERTIES: "thuộc tính tài liệu",
}
INDENT = "    "
FIXABLE = "[*]"  # a finding soat fix can fix, as ruff marks them


def describe_location(loc: Location) -> str:
    """Where a location is, in Vietnamese: "¶12, bảng 3, hàng 4, ô 2", "chú thích 5"."""
    pieces: list[str] = []
    if loc.part == FOOTNOTE:
        pieces.append(f"chú thích {loc.footnote}" if loc.footnote is not None else "chú thích")
    elif loc.part == ENDNOTE:
        pieces.append(
            f"chú thích cuối {loc.footnote}" if loc.footnote is not None else "chú thích cuối"
        )
    elif loc.part != BODY:
        pieces.append(_PART_LABEL.get(loc.part, loc.part))
    if loc.paragraph is not None and loc.part in (BODY, TEXTBOX):
        pieces.append(f"¶{loc.paragraph + 1}")
    if loc.table is not None:
        pieces.append(f"bảng {loc.table + 1}")
        if loc.row is not None:
            pieces.append(f"hàng {loc.row + 1}")
        if loc.cell is not None:
            pieces.append(f"ô {loc.cell + 1}")
    return ", ".join(pieces)


def with_suggestion(message: str, suggestion: str | None) -> str:
    """The message and the suggestion as two sentences: "… 6 lần. Gợi ý: …" (one full stop
    between them, whether or not the message ends with one)."""
    if not suggestion:
        return message
    head = message.rstrip()
    if not head.endswith((".", "!", "?", "…", ":")):
        head += "."
    return f"{head} Gợi ý: {suggestion}"


def summary_line(report: Report) -> str:
    """"Đã kiểm tra 3 tệp: 2 lỗi, 1 cảnh báo, 0 thông tin; 1 tệp không đọc được."."""
    s = report.summary
    line = (
        f"Đã kiểm tra {s.files} tệp: {s.errors} lỗi, {s.warnings} cảnh báo, {s.info} thông tin"
    )
    if s.failed:
        line += f"; {s.failed} tệp không đọc được"
    if report.rule_errors:
        line += f"; {report.rule_errors} lần quy tắc gặp sự cố"
    fixable = sum(1 for _, v in report.violations() if v.fixable)
    if fixable:
        line += f"; {fixable} vấn đề đánh dấu {FIXABLE} sửa được bằng \"soat fix\""
    return line + "."


GENERIC = "generic"


def profile_line(report: Report) -> str | None:
    """Which profile each checked file was read with, in one line; a file no profile
    recognised is told that most of the layout rules did not apply to it."""
    counts: dict[str, int] = {}
    for f in report.files:
        if f.profile is not None and not f.failed:
            counts[f.profile] = counts.get(f.profile, 0) + 1
    if not counts:
        return None
    single = len(report.files) == 1
    parts = []
    for name, count in sorted(counts.items(), key=lambda item: (item[0] == GENERIC, item[0])):
        label = name if single else f"{name} ({count} tệp)"
        if name == GENERIC:
            label += (": không nhận ra loại văn bản (báo cáo, kế hoạch… của Đảng hay Nhà "
                      "nước) nên hầu hết quy tắc về thể thức không được kiểm tra; chỉ định "
                      "hồ sơ bằng --profile")
        parts.append(label)
    return "Hồ sơ văn bản: " + "; ".join(parts) + "."


def use_colour(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Colour on a terminal; never when NO_COLOR is set (https://no-color.org); always when
    FORCE_COLOR is set (and not "0"), e.g. in a CI log that renders colours."""
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR", "") not in ("", "0"):
        return True
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty and isatty())
    except (OSError, ValueError):
        return False


class TextEmitter(Emitter):
    name: ClassVar[str] = "text"
    description: ClassVar[str] = "dễ đọc, mỗi vấn đề một dòng"

    def __init__(self, *, colour: bool | None = None, quiet: bool = False) -> None:
        self.colour = colour  # None: decided by use_colour()
        self.quiet = quiet  # findings only: no profile line, no summary

    def emit(self, report: Report, stream: TextIO) -> None:
        colour = use_colour(stream) if self.colour is None else self.colour

        def paint(text: str, *codes: str) -> str:
            return "".join(codes) + text + _RESET if colour and codes else text

        for file in report.files:
            for line in self._file_lines(file, paint):
                stream.write(line + "\n")
        if self.quiet:
            return
        if report.files:
            stream.write("\n")
        profiles = profile_line(report)
        if profiles:
            stream.write(profiles + "\n")
        stream.write(paint(summary_line(report), _BOLD) + "\n")

    def _file_lines(self, file: FileResult, paint: _Paint) -> list[str]:
        path = paint(file.path, _BOLD)
        if file.error is not None:
            red = _SEVERITY_COLOUR[Severity.ERROR]
            return [
                f"{path}: {paint('LỖI ĐỌC TỆP', red, _BOLD)} ({file.error.code}): "
                f"{file.error.message}"
            ]
        lines: list[str] = []
        for v in file.violations:
            lines.extend(self._violation_lines(path, v, paint))
        for err in file.rule_errors:
            red = _SEVERITY_COLOUR[Severity.ERROR]
            lines.append(
                f"{path}: {paint('LỖI QUY TẮC', red, _BOLD)} {err.rule} ({err.error_type}): "
                f"{err.message}"
            )
        return lines

    def _violation_lines(self, path: str, v: Violation, paint: _Paint) -> list[str]:
        where = describe_location(v.location)
        head = f"{path}:{where}" if where else path
        if v.location.section:
            head += f" [{v.location.section}]"
        severity = Severity(v.severity)
        mark = f" {FIXABLE}" if v.fixable else ""
        lines = [
            f"{head}: {paint(v.rule, _BOLD)}{mark} "
            f"{paint(severity.value, _SEVERITY_COLOUR[severity])} {v.message} ({v.name})"
        ]
        if v.excerpt:
            lines.append(INDENT + paint(v.excerpt, _DIM))
        if v.suggestion:
            lines.append(INDENT + paint(f"→ Gợi ý: {v.suggestion}", _GREEN))
        for rel in v.related:
            rel_where = describe_location(rel.location)
            if rel.path is not None:  # a place in another document
                rel_where = f"{rel.path}:{rel_where}" if rel_where else rel.path
            text = f"↳ Liên quan ({rel_where or 'cùng tệp'})"
            if rel.message:
                text += f": {rel.message}"
            lines.append(INDENT + text)
            if rel.excerpt:
                lines.append(INDENT * 2 + paint(rel.excerpt, _DIM))
        return lines
