"""CON002: one table column mixing Vietnamese and English number notation."""

from __future__ import annotations

from collections.abc import Iterator

from validator.analysis.numbers import EN, VI, cell_figure
from validator.model import Document
from validator.rule import Finding, Related, Rule, Severity

VI_NAME = "kiểu Việt (dấu chấm phân cách nghìn, dấu phẩy thập phân)"
EN_NAME = "kiểu Anh (dấu phẩy phân cách nghìn, dấu chấm thập phân)"


class MixedNumberNotation(Rule):
    """Flags the English-notation figures of a table column that also holds Vietnamese ones.

    Why: "55,2" among "187,767" and "36.5" can be read as 552 or 55,2; a column must use one
    notation so that readers (and soat) read every figure the same way. A Vietnamese document
    writes 55,2 and 1.688, so the English figures are the ones to rewrite, even where they are
    the many (a table pasted from a spreadsheet in English notation) and the Vietnamese the
    few. Only figures whose notation is unambiguous count ("24.622" could be either). One
    finding per column, on its first English figure, with the others listed.

    Tóm tắt: Một cột của bảng viết số theo hai kiểu khác nhau (kiểu Việt và kiểu Anh).

    Vì sao: "55,2" giữa "187,767" và "36.5" có thể đọc thành 552 hoặc 55,2; một cột phải viết số
    theo một kiểu để người đọc (và soat) hiểu mọi số như nhau. Chỉ những số viết không thể hiểu hai
    cách mới được tính ("24.622" thì hiểu được cả hai cách).

    Bad:
        table[header=1]: Chỉ tiêu | 2025 // A | 187,767 // B | 36.5 // C | 55,2   # expect: CON002
    Good:
        table[header=1]: Chỉ tiêu | 2025 // A | 187.767 // B | 36,5 // C | 55,2
    """

    id = "CON002"
    name = "mixed-number-notation"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        for v in self.analysis.table_views:
            for c in range(v.table.columns):
                cells = []
                for r in v.data_rows():
                    f = cell_figure(v.text(r, c))
                    p = v.paragraph(r, c)
                    if f is not None and f.kind in (VI, EN) and p is not None:
                        cells.append((p, f))
                english = [(p, f) for p, f in cells if f.kind == EN]
                vietnamese = [(p, f) for p, f in cells if f.kind == VI]
                if not english or not vietnamese:
                    continue
                (p, f), rest = english[0], english[1:]
                p0, f0 = vietnamese[0]
                examples = ", ".join(f'"{g.token}"' for _, g in english[:3])
                yield Finding(
                    p.at(p.text.find(f.token), len(f.token)) if f.token in p.text
                    else p.location,
                    f"Cột có {len(english)} số viết {EN_NAME} ({examples}) lẫn với "
                    f"{len(vietnamese)} số viết {VI_NAME} (ví dụ \"{f0.token}\").",
                    suggestion="Viết các số theo kiểu Việt cho cả cột, ví dụ \""
                    f"{_vietnamese(f.token)}\" thay cho \"{f.token}\".",
                    related=(Related(p0.location, f"\"{f0.token}\""),)
                    + tuple(Related(q.location, f"\"{g.token}\"") for q, g in rest[:10]),
                )


def _vietnamese(token: str) -> str:
    """"194,935.65" -> "194.935,65": the separators swapped."""
    return token.translate(str.maketrans(",.", ".,"))
