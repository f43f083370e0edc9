"""ARI006: "x/y chỉ tiêu … đạt và vượt" against the evaluation column it summarises."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.analysis.text import norm
from validator.model import Document
from validator.rule import Finding, Related, Rule, Severity

TALLY_RE = recache.compile(
    r"(?<![\w/])(\d{1,3})\s*/\s*(\d{1,3})\s+chỉ tiêu[^.;]{0,80}?\bđạt(?:\s+và\s+vượt)?",
    re.IGNORECASE,
)
MET = ("đạt", "vượt", "hoàn thành", "đạt và vượt")


class IndicatorTallyMismatch(Rule):
    """Flags "x/y chỉ tiêu … đạt và vượt" that the appendix's evaluation column contradicts.

    Why: the summary count is what leaders quote; it must be the count of the indicators
    the appendix evaluates (numbered rows with a "Đánh giá" entry) and of those marked
    "Đạt"/"Vượt".

    Tóm tắt: Câu "x/y chỉ tiêu … đạt và vượt" không khớp với cột đánh giá của phụ lục.

    Vì sao: Con số tổng hợp là điều lãnh đạo hay trích dẫn; nó phải bằng số chỉ tiêu mà phụ lục đánh
    giá (các dòng có số thứ tự và có ô "Đánh giá") và số chỉ tiêu ghi "Đạt"/"Vượt".

    Bad:
        p: 03/03 chỉ tiêu chủ yếu dự kiến đạt và vượt.  # expect: ARI006
        table[header=1]: STT | Chỉ tiêu | Đánh giá // 1 | A | Đạt // 2 | B | Vượt // 3 | C | Không
    Good:
        p: 02/03 chỉ tiêu chủ yếu dự kiến đạt và vượt.
        table[header=1]: STT | Chỉ tiêu | Đánh giá // 1 | A | Đạt // 2 | B | Vượt // 3 | C | Không
    """

    id = "ARI006"
    name = "indicator-tally-mismatch"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        views = [v for v in self.analysis.table_views if v.eval_col is not None]
        if not views:
            return
        v = views[0]
        evaluated, met, rows = 0, 0, []
        for r in v.data_rows():
            order = v.text(r, v.order_col).strip() if v.order_col is not None else "1"
            verdict = norm(v.text(r, v.eval_col or 0).strip()).strip(" .")
            if not order.isdigit() or verdict in ("", "-"):
                continue
            evaluated += 1
            met += verdict in MET
            rows.append(r)
        if not evaluated:
            return
        for p in doc.paragraphs(tables=False):
            for m in TALLY_RE.finditer(p.match):
                x, y = int(m.group(1)), int(m.group(2))
                if (x, y) == (met, evaluated):
                    continue
                cell = v.paragraph(rows[0], v.eval_col or 0)
                yield Finding(
                    p.at(m.start(), m.end() - m.start()),
                    f"Ghi {m.group(1)}/{m.group(2)} chỉ tiêu đạt nhưng cột "
                    f"\"{v.headers[v.eval_col or 0]}\" "
                    f"của bảng đánh giá {evaluated} chỉ tiêu, trong đó {met} chỉ tiêu Đạt/Vượt.",
                    suggestion="Đối chiếu lại số chỉ tiêu với phụ lục.",
                    related=(Related(cell.location, "cột đánh giá"),) if cell else (),
                )
