"""CON002: one table column mixing Vietnamese and English number notation."""

from __future__ import annotations

from collections.abc import Iterator

from rules._indicators import table_views
from rules._numbers import EN, VI, cell_figure
from validator.model import Document
from validator.rule import Finding, Related, Rule, Severity

NAMES = {VI: "kiểu Việt (dấu chấm phân cách nghìn, dấu phẩy thập phân)",
         EN: "kiểu Anh (dấu phẩy phân cách nghìn, dấu chấm thập phân)"}


class MixedNumberNotation(Rule):
    """Flags a figure whose notation differs from the rest of its table column.

    Why: "55,2" among "187,767" and "36.5" can be read as 552 or 55,2; a column must
    use one notation so that readers (and soat) read every figure the same way. Only
    figures whose notation is unambiguous count ("24.622" could be either).

    Bad:
        table[header=1]: Chỉ tiêu | 2025 // A | 187,767 // B | 36.5 // C | 55,2   # expect: CON002
    Good:
        table[header=1]: Chỉ tiêu | 2025 // A | 187,767 // B | 36.5 // C | 55.2
    """

    id = "CON002"
    name = "mixed-number-notation"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        for v in table_views(doc, self.context):
            for c in range(v.table.columns):
                cells = []
                for r in v.data_rows():
                    f = cell_figure(v.text(r, c))
                    if f is not None and f.kind in (VI, EN):
                        cells.append((r, f))
                kinds = [f.kind for _, f in cells]
                if VI not in kinds or EN not in kinds:
                    continue
                major = VI if kinds.count(VI) > kinds.count(EN) else EN
                others = [(r, f) for r, f in cells if f.kind == major]
                for r, f in cells:
                    p = v.paragraph(r, c)
                    if f.kind == major or p is None:
                        continue
                    r0, f0 = others[0]
                    p0 = v.paragraph(r0, c)
                    yield Finding(
                        p.at(p.text.find(f.token), len(f.token)) if f.token in p.text
                        else p.location,
                        f"Số «{f.token}» viết {NAMES[f.kind]}, khác các số cùng cột "
                        f"(ví dụ «{f0.token}», {kinds.count(major)} số) viết {NAMES[major]}.",
                        suggestion="Dùng một cách viết số cho cả cột.",
                        related=(Related(p0.location, f"«{f0.token}»"),) if p0 else (),
                    )
