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
# The proposal that closes the preamble: "Theo đề nghị của …", "Xét đề nghị của … tại Tờ trình
# số … ngày …".
PROPOSAL_RE = recache.compile(r"^[\s\-–+*]*(?:Theo|Xét)\s+đề nghị\b", re.IGNORECASE)
ARTICLE_RE = recache.compile(r"^\s*Điều\s+\d+\s*[.:]")
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


def parts(analysis: Analysis) -> tuple[list[Paragraph], list[Paragraph]]:
    """The "Căn cứ …" lines before a decision's action line ("QUYẾT ĐỊNH:", "Điều 1."), and
    the lines whose dates are written out like theirs: the proposal ("Theo đề nghị …") and the
    decision's own articles ("Điều 2. … thay thế Quyết định số … ngày …"), up to the
    signature (a charter or regulation issued with it comes after and is not read)."""
    doc = analysis.doc
    f = analysis.frame
    start = f.body_start or 0
    lines = [p for p in doc.paragraphs(tables=False) if p.index >= start and not p.in_textbox]
    action = next((i for i, p in enumerate(lines) if ACTION_RE.match(p.match)), None)
    if action is None:
        return [], []
    preamble = lines[:action]
    dated = [p for p in preamble if PROPOSAL_RE.match(p.match)]
    if f.body_end is not None:
        dated += [p for p in lines[action:] if p.index < f.body_end
                  and ARTICLE_RE.match(p.match)]
    return [p for p in preamble if GROUND_RE.match(p.match)], dated


def grounds(analysis: Analysis) -> list[Paragraph]:
    """The "Căn cứ …" lines before a decision's action line ("QUYẾT ĐỊNH:", "Điều 1.")."""
    return parts(analysis)[0]


def problems(p: Paragraph, undated: bool = True) -> Iterator[tuple[Location, str]]:
    """(place, what is wrong) for each date of a ground not in the long form, and, with
    ``undated``, each cited document of it given without a date."""
    text = p.match
    for m in NUMERIC_RE.finditer(text):
        want = long_form(int(m["d"]), int(m["m"]), int(m["y"]))
        yield p.at(m.start(), m.end() - m.start()), \
            f"ngày viết bằng số \"{p.text[m.start():m.end()]}\" (viết \"{want}\")"
    for m in LONG_RE.finditer(text):
        want = long_form(int(m["d"]), int(m["m"]), int(m["y"]))
        if " ".join(m.group(0).split()) != want:  # spaces are the spelling rules' matter
            yield p.at(m.start(), m.end() - m.start()), \
                f"\"{p.text[m.start():m.end()]}\" thêm hoặc thiếu số 0 (viết \"{want}\")"
    if not undated:
        return
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
    "tháng 6", and a law cited by its number alone was given its date. The same reviewers wrote
    out the dates of the proposal line ("Theo đề nghị … tại Tờ trình số 02-TTr/ĐLS ngày
    29/4/2025") and of the decision's own articles ("Điều 2. … thay thế Quyết định số
    2032/QĐ-UBND ngày 13/8/2019"), which signed decisions write so too; there only the form of
    the dates is read. Only the "Căn cứ" lines before the action line ("QUYẾT ĐỊNH:", "Điều
    1."), the proposal and the articles up to the signature of a state document are read (Party
    documents cite dates in figures, "ngày 30/7/2021", as Hướng dẫn 36 does; a charter issued
    with the decision keeps its own form). One finding per document, on the first place to
    correct, the others related.

    Tóm tắt: Phần căn cứ dẫn văn bản không ghi ngày ban hành, hoặc phần căn cứ, đề nghị, các điều
    của quyết định ghi ngày bằng số thay vì "ngày … tháng … năm …".

    Vì sao: Phần căn cứ của quyết định dẫn mỗi luật, nghị định, quyết định kèm ngày ban hành viết
    bằng chữ, như các mẫu của Nghị định 30 (Phụ lục III): "Căn cứ Nghị định số 93/2019/NĐ-CP ngày 25
    tháng 11 năm 2019 của Chính phủ …", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6
    năm 2025". Người thẩm định các dự thảo thật đã sửa khoảng 75 căn cứ như vậy: "ngày 14/10/2013"
    thành "ngày 14 tháng 10 năm 2013", "tháng 06" thành "tháng 6", luật chỉ dẫn số thì thêm ngày.
    Họ cũng viết bằng chữ ngày ở dòng đề nghị ("Theo đề nghị … tại Tờ trình số 02-TTr/ĐLS ngày
    29/4/2025") và ở các điều của quyết định ("Điều 2. … thay thế Quyết định số 2032/QĐ-UBND ngày
    13/8/2019"), như các quyết định đã ký; ở đó chỉ xét cách viết ngày. Chỉ đọc các dòng "Căn cứ"
    trước dòng "QUYẾT ĐỊNH:", "Điều 1.", dòng đề nghị và các điều trước phần ký của văn bản nhà nước
    (văn bản của Đảng ghi ngày bằng số, "ngày 30/7/2021", như Hướng dẫn 36; điều lệ ban hành kèm
    quyết định giữ cách viết của nó). Mỗi văn bản một vấn đề, ở chỗ đầu tiên cần sửa, các chỗ khác
    đi kèm.

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
        ground_lines, dated = parts(self.analysis)
        found = [(x, "căn cứ") for p in ground_lines for x in problems(p)]
        found += [(x, "") for p in dated for x in problems(p, False)]
        found.sort(key=lambda x: (x[0][0].paragraph or 0, x[0][0].offset or 0))
        if not found:
            return
        ((loc, what), zone), rest = found[0], [x for x, _ in found[1:]]
        where = " của phần căn cứ" if all(z for _, z in found) else ""
        more = f"; cùng vấn đề ở {len(rest)} chỗ khác{where}" if rest else ""
        head = "Căn cứ dẫn văn bản với" if zone else "Quyết định ghi"
        yield Finding(
            loc,
            f"{head} {what}{more}.",
            suggestion="Dẫn mỗi văn bản kèm ngày ban hành viết đủ \"ngày … tháng … năm …\", "
            "như mẫu của Nghị định 30.",
            related=tuple(Related(at, why) for at, why in rest),
        )
