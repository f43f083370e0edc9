"""Imported once by the worker server (the forkserver) before it forks any worker: checks a small
document made here, with the built-in plugins (which the plugin manager imports, as for every
job), so that every worker starts with the rule modules imported and their regular expressions
compiled (half a second a job otherwise). Only built-in plugins are loaded here; the plugins a
job uses are chosen by the job. The warm-up document is made in memory and holds nothing of
anyone's; any failure is ignored (the jobs then do the work themselves).
"""

from __future__ import annotations

import contextlib
import io

from validator.serve.worker import Setup, check

WARM_TEXT = (
    "THÀNH ỦY MẪU",
    "Số 01-BC/TU",
    "Mẫu, ngày 30 tháng 01 năm 2026",
    "BÁO CÁO",
    "tình hình thực hiện nhiệm vụ tháng 01",
    "I. KẾT QUẢ",
    "1. Thực hiện Nghị quyết số 07-NQ/TU, ngày 29/01/2026 của Ban Thường vụ: đạt 12,5%.",
    "II. NHIỆM VỤ THÁNG 02",
)


def warm_document() -> bytes:
    import docx

    document = docx.Document()
    for line in WARM_TEXT:
        document.add_paragraph(line)
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "STT", "Chỉ tiêu"
    table.cell(1, 0).text, table.cell(1, 1).text = "1", "Tổng số: 3"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def warm() -> None:
    with contextlib.suppress(Exception):
        check(Setup(autoload=False), warm_document(), "warm.docx", None)


warm()
