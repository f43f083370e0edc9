"""STR901 archive-department-missing (a house rule)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import Finding, Rule, Severity
from validator.model import Document

ARCHIVE = re.compile(r"^\s*[-+•]?\s*Lưu\s*:?\s*(?P<rest>.*?)\s*[.;,]?\s*$", re.IGNORECASE)


class ArchiveDepartmentMissing(Rule):
    """Flags an archive line ("Lưu") that names only the records office.

    Why: in this office every document is filed twice, by the records office (VT) and by
    the department that drafted it, so the last line of the recipients list reads
    "- Lưu: VT, TH." A line with "VT" alone leaves the drafting department without its copy.

    Tóm tắt: Dòng "Lưu" của nơi nhận chỉ ghi văn thư, thiếu đơn vị soạn thảo.

    Vì sao: ở cơ quan này mỗi văn bản được lưu hai nơi, ở văn thư (VT) và ở đơn vị soạn thảo,
    nên dòng cuối của nơi nhận ghi "- Lưu: VT, TH."; chỉ ghi "VT" thì đơn vị soạn thảo không có
    bản lưu.

    Bad:
        p: Nơi nhận:
        p: - Như trên;
        p: - Lưu: VT.  # expect: STR901
    Good:
        p: Nơi nhận:
        p: - Như trên;
        p: - Lưu: VT, TH.
    """

    id = "STR901"
    name = "archive-department-missing"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in doc.paragraphs():
            m = ARCHIVE.match(p.match)
            if m is None or not p.match.lstrip(" -+•").lower().startswith("lưu"):
                continue
            entries = [e for e in re.split(r"[,;]\s*", m.group("rest")) if e.strip(" .")]
            if len(entries) == 1 and entries[0].strip(" .").upper() in ("VT", "VT.", "VP"):
                yield Finding(
                    p.at(m.start("rest"), len(m.group("rest"))),
                    "Dòng lưu văn bản chỉ có văn thư, thiếu đơn vị soạn thảo",
                    suggestion='Thêm ký hiệu đơn vị soạn thảo, ví dụ "- Lưu: VT, TH.".',
                )
