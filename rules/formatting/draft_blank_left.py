"""FMT013 draft-blank-left."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.analysis import Analysis
from validator.analysis.frame import NUMBER_LINE_RE, PLACE_DATE_RE
from validator.model import Document, Paragraph
from validator.rule import Finding, Rule, Severity

# A number left blank in a citation: "Tờ trình số      /TTr-SNV", "Văn bản số …/STP-HCBT".
BLANK_NUMBER = recache.compile(
    r"\bsố\s*:?\s*(?:[.…_]+\s*|\s{2,}|\s(?=/))/\s*[A-ZĐ][A-Za-zĐđ]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*)*",
    re.IGNORECASE)
# A date left blank: "ngày …. /12/2025", "ngày     /5/2025", "ngày      tháng 3 năm 2025",
# "ngày 28/…/2025".
BLANK_DATE = recache.compile(
    r"\bngày\s*(?:[.…_]+\s*|\s{2,})(?:/\s*(?:\d{1,2}|[.…_]+)\s*/\s*\d{4}|tháng\b[^,;]{0,20}?năm"
    r"\s*\d{4})"
    r"|\bngày\s+\d{1,2}\s*/\s*(?:[.…_]+|\s{2,})\s*/\s*\d{4}",
    re.IGNORECASE)
# Lines whose blanks are the document's own: its number, quoted under an appendix heading
# ("Kèm theo Báo cáo số   /BC-UBND"), and the copy count of the archive line.
OWN_RE = recache.compile(r"\bkèm theo\b|^\s*[-+]?\s*Lưu\b", re.IGNORECASE)


def blanks(analysis: Analysis) -> list[tuple[Paragraph, re.Match[str]]]:
    """The blanks a draft leaves in its body for the number and date of documents issued with
    it, outside its own number line, date line, appendix notes and archive line."""
    doc, f = analysis.doc, analysis.frame
    own = {id(p) for p in (f.number_line, f.place_date) if p is not None}
    out: list[tuple[Paragraph, re.Match[str]]] = []
    for p in doc.body_paragraphs:
        if id(p) in own or not ("số" in p.match or "ngày" in p.match):
            continue
        if OWN_RE.search(p.match) or PLACE_DATE_RE.match(p.match) or (
                NUMBER_LINE_RE.match(p.match.strip()) and len(p.match) < 60):
            continue  # the document's own number and date lines (appendix headers too)
        for rx in (BLANK_NUMBER, BLANK_DATE):
            out.extend((p, m) for m in rx.finditer(p.match))
    out.sort(key=lambda x: (x[0].index, x[1].start()))
    return out


class DraftBlankLeft(Rule):
    """Reports a number or a date left blank in the body of a draft; an error at stage final.

    Why: a draft often cites the documents that go with it before they have a number: "Xét
    đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số      /TTr-SNV ngày    /5/2025",
    "Văn bản số …/STP-HCBT", "ngày …. /12/2025". While drafting these are information; in the
    copy that goes to signature (``--stage final``, or ``stage = "final"`` in the
    configuration) they must be filled, and each is an error. The document's own number and
    date, which the records office fills after signing, are not reported.

    Tóm tắt: Dự thảo còn chỗ trống cho số, ngày của văn bản được dẫn ("Tờ trình số      /TTr-SNV");
    là lỗi ở bản trình ký (--stage final).

    Vì sao: Dự thảo thường dẫn các văn bản trình kèm trước khi chúng có số: "Xét đề nghị của Giám
    đốc Sở Nội vụ tại Tờ trình số      /TTr-SNV ngày    /5/2025", "Văn bản số …/STP-HCBT", "ngày
    …. /12/2025". Khi đang soạn, đó chỉ là thông tin; ở bản trình ký (--stage final, hoặc stage =
    "final" trong cấu hình) các chỗ trống phải được điền, mỗi chỗ là một lỗi. Số, ngày của chính
    văn bản, do văn thư điền sau khi ký, không bị báo.

    Bad:
        p: Số: 12/QĐ-UBND
        p: QUYẾT ĐỊNH
        p: Xét đề nghị của Sở Nội vụ tại Tờ trình số      /TTr-SNV.  # expect: FMT013
    Good:
        p: Số: 12/QĐ-UBND
        p: QUYẾT ĐỊNH
        p: Xét đề nghị của Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 20/5/2025.
    """

    id = "FMT013"
    name = "draft-blank-left"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Finding]:
        final = self.setting("stage", "draft") == "final"
        if not self.analysis.frame.is_administrative:
            return  # a form's blanks are for whoever fills it in
        for p, m in blanks(self.analysis):
            shown = " ".join(p.text[m.start():m.end()].split())
            if final:
                yield Finding(
                    p.at(m.start(), m.end() - m.start()),
                    f"Bản trình ký còn chỗ trống chưa điền: \"{shown}\".",
                    suggestion="Điền số, ngày của văn bản được dẫn trước khi trình ký.",
                    severity=Severity.ERROR,
                )
            else:
                yield Finding(
                    p.at(m.start(), m.end() - m.start()),
                    f"Dự thảo còn chỗ trống để điền khi hoàn thiện: \"{shown}\".",
                    suggestion="Điền số, ngày khi văn bản được dẫn đã ban hành; bản trình ký "
                    "không còn chỗ trống (kiểm tra với --stage final).",
                )
