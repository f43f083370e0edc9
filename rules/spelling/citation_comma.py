"""TYP011: a comma inside a citation: "khoản 1, Điều 14, Nghị định số 93/2019/NĐ-CP"."""

from __future__ import annotations

from collections.abc import Iterator

from rules.spelling._text import document_text
from validator import recache
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

DOCUMENTS = (r"Bộ\s+luật|Luật|Nghị\s+định|Thông\s+tư|Quyết\s+định|Nghị\s+quyết|Chỉ\s+thị|"
             r"Hiến\s+pháp|Pháp\s+lệnh|Điều\s+lệ|Quy\s+chế|Quy\s+định")
# a part (point, clause, article), a comma, then a larger part or the document itself
CITE_RE = recache.compile(
    r"(?<![^\W\d_])(?P<part>(?P<kind>[đĐ]iểm|[kK]hoản|[đĐ]iều)\s+(?:\d+[a-zđ]?|[a-zđ]))"
    r"(?![^\W_])(?P<comma>\s*,)\s+"
    r"(?=(?P<next>(?P<nkind>[kK]hoản|Điều)\s+\d+|(?:" + DOCUMENTS + r")(?![^\W\d_])))"
)
LEVEL = {"điểm": 0, "khoản": 1, "điều": 2}


class CitationComma(Rule):
    """Flags a comma between a part of a document and the part or the document holding it.

    A citation names its parts from the smallest to the document without commas: "điểm a
    khoản 1 Điều 14 Nghị định số 93/2019/NĐ-CP", as the laws and decrees write them. A comma
    between a clause and its article, or an article and its document ("Điều 22, Nghị định
    số 93/2019/NĐ-CP"), reads as a list of two things; the reviewers of the real drafts took
    these commas out. A list of parts of the same level ("khoản 1, khoản 2 Điều 5", "Điều
    11, Điều 12") keeps its commas. ``soat fix`` removes the comma.

    Why: the citation must name one provision without doubt.

    Tóm tắt: Dấu phẩy chen giữa các phần của một trích dẫn ("khoản 1, Điều 14, Nghị định số
    93/2019/NĐ-CP").

    Vì sao: Trích dẫn viết liền từ phần nhỏ đến văn bản như trong văn bản quy phạm pháp luật; dấu
    phẩy làm trích dẫn đọc như hai đối tượng khác nhau.

    Bad:
        p: Thành lập Quỹ theo quy định tại Điều 22, Nghị định số 93/2019/NĐ-CP.  # expect: TYP011
        p: Sáng lập viên theo khoản 1, Điều 14 Nghị định số 93/2019/NĐ-CP.  # expect: TYP011
    Good:
        p: Theo quy định tại khoản 1 Điều 14 Nghị định số 93/2019/NĐ-CP ngày 25/11/2019.
        p: Quy định tại khoản 1, khoản 2 Điều 32; Điều 11, Điều 12 Nghị định số 126/2024/NĐ-CP.
    """

    id = "TYP011"
    name = "citation-comma"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        view = self.analysis.of(document_text)
        if ("điều" not in view.lows and "khoản" not in view.lows) or ", " not in view.text:
            return
        for p in view.paragraphs:
            text = p.text
            if "," not in text or not ("iều" in text or "hoản" in text):
                continue
            for m in CITE_RE.finditer(text):
                kind = m.group("kind").lower()
                nkind = (m.group("nkind") or "").lower()
                if nkind and LEVEL[nkind] <= LEVEL[kind]:
                    continue  # a list of parts of one level
                start, end = m.span("comma")
                yield Finding(
                    p.at(start, end - start),
                    f"Dấu phẩy giữa \"{m.group('part')}\" và \"{m.group('next')}…\" trong trích "
                    "dẫn.",
                    suggestion=f"Viết liền: \"{m.group('part')} {m.group('next')}…\".",
                    fix=Fix(""),
                )
