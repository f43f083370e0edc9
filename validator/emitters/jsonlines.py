"""The ``json-lines`` format: one JSON object per line, for batches and stream processing.

Each violation is one line (the violation as in the JSON report, plus ``"type":
"violation"`` and the file's ``path``); a file that could not be read is one line with
``"type": "file-error"``; a rule that crashed is one line with ``"type": "rule-error"``.
Lines are independent, so a batch's output can be concatenated, grepped or loaded with
``pandas.read_json(lines=True)``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, ClassVar, TextIO

from validator.emitters import Emitter

if TYPE_CHECKING:
    from validator.report import Report


def records(report: Report) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for f in report.to_dict()["files"]:
        path = f["path"]
        if f.get("error"):
            out.append({"type": "file-error", "path": path, **f["error"]})
        for v in f["violations"]:
            out.append({"type": "violation", "path": path, **v})
        for e in f["rule_errors"]:
            out.append({"type": "rule-error", "path": path, **e})
    return out


class JsonLinesEmitter(Emitter):
    name: ClassVar[str] = "json-lines"
    description: ClassVar[str] = "mỗi vấn đề một dòng JSON (xử lý hàng loạt)"

    def emit(self, report: Report, stream: TextIO) -> None:
        for record in records(report):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
