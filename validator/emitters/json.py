"""The ``json`` format: the versioned report (``schemas/report.schema.json``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, ClassVar, TextIO

from validator.emitters import Emitter

if TYPE_CHECKING:
    from validator.report import Report


class JsonEmitter(Emitter):
    name: ClassVar[str] = "json"
    description: ClassVar[str] = "báo cáo JSON có phiên bản (schemas/report.schema.json)"

    def emit(self, report: Report, stream: TextIO) -> None:
        stream.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        stream.write("\n")
