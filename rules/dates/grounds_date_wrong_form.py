"""Rule DAT014 grounds-date-wrong-form."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.analysis import Analysis
from validator.model import Document, Location, Paragraph
from validator.rule import Finding, Related, Rule, Severity

# The line that closes the grounds of a decision, a resolution or a regulation.
ACTION_RE = recache.compile(
    r"^\s*(?:QUYẾT ĐỊNH|QUYẾT NGHỊ|QUY ĐỊNH|CHỈ THỊ|BAN HÀNH|HƯỚNG DẪN)\s*:\s*$"
    r"|^\s*Điều\s+1\s*[.:]"
)
GROUND_RE = recache.compile(r"^[\s\-–+*]*Căn cứ\b", re.IGNORECASE)
NUMERIC_RE = recache.compile(
    r"ngày\s+(?P<d>\d{1,2})\s*(?P<s>[/.-])\s*(?P<m>\d{1,2})\s*(?P=s)\s*(?P<y>\d{4})")
LONG_RE = recache.compile(
    r"ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4})", re.IGNORECASE)
# A document a ground cites: a law by its name, or a legal or administrative document.
CITED_RE = recache.compile(
    r"(?:^|;)[\s\-–+*]*(?:Căn cứ\s+)?(?P<type>Bộ luật|Luật|Pháp lệnh|Nghị định|Nghị quyết|"
    r"Quyết định|Thông tư liên tịch|Thông tư|Chỉ thị)\s+(?=[A-ZĐ0-9]|số\b)", re.IGNORECASE)


def long_form(day: int, month: int, year: int) -> str:
    """"ngày 08 tháng 10 năm 2018": the day below 10 and the months 1 and 2 with a zero."""
    d = f"{day:02d}" if day < 10 else str(day)
    m = f"{month:02d}" if month < 3 else str(month)
    return f"ngày {d} tháng {m} năm {year}"


def grounds(analysis: Analysis) -> list[Paragraph]:
    """The "Căn cứ …" lines before a decision's action line ("QUYẾT ĐỊNH:", "Điều 1.")."""
    doc = analysis.doc
    f = analysis.frame
    start = f.body_start or 0
    lines = [p for p in doc.paragraphs(tables=False) if p.index >= start and not p.in_textbox]
    action = next((i for i, p in enumerate(lines) if ACTION_RE.match(p.match)), None)
    if action is None:
        return []
    return [p for p in lines[:action] if GROUND_RE.match(p.match)]


def problems(p: Paragraph) -> Iterator[tuple[Location, str]]:
    """(place, what is wrong) for each date of a ground not in the long form, and each cited
    document of it given without a date."""
    text = p.match
    for m in NUMERIC_RE.finditer(text):
        want = long_form(int(m["d"]), int(m["m"]), int(m["y"]))
        yield p.at(m.start(), m.end() - m.start()), \
            f"ngày viết bằng số \"{p.text[m.start():m.end()]}\" (viết \"{want}\")"
    for m in LONG_RE.finditer(text):
        want = long_form(int(m["d"]), int(m["m"]), int(m["y"]))
        if m.group(0) != want:
            yield p.at(m.start(), m.end() - m.start()), \
                f"\"{p.text[m.start():m.end()]}\" thêm hoặc thiếu số 0 (viết \"{want}\")"
    cited = list(CITED_RE.finditer(text))
    for i, m in enumerate(cited):
        end = cited[i + 1].start() if i + 1 < len(cited) else len(text)
        segment = text[m.start("type"):end]
        if re.search(r"\bngày\b", segment) or m["type"][0].islower():
            continue
        name = segment.split(";", 1)[0].rstrip(" ,.")
        shown = name if len(name) <= 70 else name[:69].rstrip() + "…"
        yield p.at(m.start("type"), len(name)), f"\"{shown}\" không ghi ngày ban hành"


class GroundsDateWrongForm(Rule):
    """Flags a ground ("Căn cứ …") citing a document without its date, or with a numeric date.

    Why: the grounds of a decision cite each law, decree or decision with its date written
    out, as the templates of Nghị định 30 (Phụ lục III) do: "Căn cứ Nghị định số
    93/2019/NĐ-CP ngày 25 tháng 11 năm 2019 của Chính phủ …", "Căn cứ Luật Tổ chức chính
    quyền địa phương ngày 16 tháng 6 năm 2025". Reviewers of the real drafts rewrote about
    75 grounds so: "ngày 14/10/2013" became "ngày 14 tháng 10 năm 2013", "tháng 06" became
    "tháng 6", and a law cited by its number alone was given its date. Only the "Căn cứ" lines
    before the action line ("QUYẾT ĐỊNH:", "Điều 1.") of a state document are read (Party
    documents cite dates in figures, "ngày 30/7/2021", as Hướng dẫn 36 does). One finding per
    document, on the first ground to correct, the others related.

    Tóm tắt: Phần căn cứ dẫn văn bản không ghi ngày ban hành, hoặc ghi ngày bằng số thay vì "ngày …
    tháng … năm …".

    Vì sao: Phần căn cứ của quyết định dẫn mỗi luật, nghị định, quyết định kèm ngày ban hành viết
    bằng chữ, như các mẫu của Nghị định 30 (Phụ lục III): "Căn cứ Nghị định số 93/2019/NĐ-CP ngày 25
    tháng 11 năm 2019 của Chính phủ …", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6
    năm 2025". Người thẩm định các dự thảo thật đã sửa khoảng 75 căn cứ như vậy: "ngày 14/10/2013"
    thành "ngày 14 tháng 10 năm 2013", "tháng 06" thành "tháng 6", luật chỉ dẫn số thì thêm ngày.
    Chỉ đọc các dòng "Căn cứ" trước dòng "QUYẾT ĐỊNH:", "Điều 1." của văn bản nhà nước (văn bản của
    Đảng ghi ngày bằng số, "ngày 30/7/2021", như Hướng dẫn 36). Mỗi văn bản một vấn đề, ở căn cứ đầu
    tiên cần sửa, các căn cứ khác đi kèm.

    Bad:
        p: Số: 12/QĐ-UBND
        p: QUYẾT ĐỊNH
        p: Căn cứ Nghị định số 123/2013/NĐ-CP ngày 14/10/2013 của Chính phủ;  # expect: DAT014
        p: QUYẾT ĐỊNH:
        p: Điều 1. Phê duyệt Đề án tổ chức Đại hội.
    Good:
        p: Số: 12/QĐ-UBND
        p: QUYẾT ĐỊNH
        p: Căn cứ Nghị định số 123/2013/NĐ-CP ngày 14 tháng 10 năm 2013 của Chính phủ;
        p: QUYẾT ĐỊNH:
        p: Điều 1. Phê duyệt Đề án tổ chức Đại hội.
    """

    id = "DAT014"
    name = "grounds-date-wrong-form"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        if self.analysis.frame.system != "state":
            return  # Party documents cite "Quy định số 24-QĐ/TW, ngày 30/7/2021" (HD 36)
        found = [x for p in grounds(self.analysis) for x in problems(p)]
        if not found:
            return
        (loc, what), rest = found[0], found[1:]
        more = f"; cùng vấn đề ở {len(rest)} chỗ khác của phần căn cứ" if rest else ""
        yield Finding(
            loc,
            f"Căn cứ dẫn văn bản với {what}{more}.",
            suggestion="Dẫn mỗi văn bản kèm ngày ban hành viết đủ \"ngày … tháng … năm …\", "
            "như mẫu của Nghị định 30.",
            related=tuple(Related(at, why) for at, why in rest),
        )
