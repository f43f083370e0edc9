"""Rule REF008: "tại mục II.1", "Điểm 2 Mục IV" point to a part that does not exist."""

from __future__ import annotations

from collections.abc import Iterator

from validator import recache
from validator.analysis.appendices import appendix_of
from validator.model import Document
from validator.numerals import roman_value
from validator.rule import Finding, Rule, Severity

_NUM = r"(?:[IVXLC]{1,5}(?:\.\d{1,2}){0,2}|\d{1,2}(?:\.\d{1,2}){0,2})"
REF_RE = recache.compile(
    r"(?<!\w)(?:(?:[Đđ]iểm|[Kk]hoản|[Tt]iết)\s+(?P<item>\d{1,2}|[a-zđ])\s+)?"
    r"(?:[Tt]iểu mục|[Mm]ục|MỤC)\s+(?P<num>" + _NUM + r")(?![\w.]\w)"
    r"(?:\s+(?:của\s+)?(?:[Pp]hụ lục|PHỤ LỤC)\s+(?P<app>\d{1,2}|[IVXLC]{1,5})(?!\w))?"
)
APP_FIRST_RE = recache.compile(
    r"(?<!\w)(?:[Pp]hụ lục|PHỤ LỤC)\s+(?P<app>\d{1,2}|[IVXLC]{1,5})\s*,?\s+(?:[Mm]ục)\s+"
    r"(?P<num>" + _NUM + r")(?![\w.]\w)"
)
# a part of another document: "Mục II Nghị quyết số 07-NQ/TU", "mục 3 của Kế hoạch …"
_FOREIGN = recache.compile(
    r"(?i)^[\s,]*(?:của\s+|tại\s+|thuộc\s+)?(?:nghị|quyết|thông|luật|hướng|chỉ|kết|kế|chương|"
    r"công|văn|quy|đề|tờ|báo cáo số|điều|khoản|số\s+\d|phụ lục\s+(?:kèm|ban|này)|phần|"
    r"chương)"
)
# "Điều 103 Mục 5", "Chương II Mục 1": a part of an article or chapter of a cited text
_BEFORE = recache.compile(r"(?i)(?:điều|chương|luật|nghị định|thông tư|phần)\s+\S+\s*,?\s*$")


class InternalReferenceDangling(Rule):
    """Flags a reference to a part of this report that does not exist.

    Flags a reference to a part of this report ("tại mục II.1", "Điểm 2 Mục IV", "Phụ lục 2
    mục 5") whose part does not exist.

    Why: parts are renumbered as a draft changes; a reference that kept the old number sends
    the reader to a part that is not there. References to parts of other documents ("Mục II
    Nghị quyết số 07-NQ/TU") are left alone.

    Tóm tắt: Văn bản dẫn tới một mục, điểm của chính nó mà không có ("tại mục II.1").

    Vì sao: Các mục được đánh số lại khi dự thảo thay đổi; chỗ dẫn còn giữ số cũ đưa người đọc tới
    một mục không có. Chỗ dẫn tới mục của văn bản khác ("Mục II Nghị quyết số 07-NQ/TU") không bị
    báo.

    Bad:
        p: I. KẾT QUẢ
        p: 1. Công tác xây dựng Đảng
        p: II. NHIỆM VỤ
        p: 1. Tiếp tục các nhiệm vụ nêu tại mục I.3 trên.  # expect: REF008
    Good:
        p: I. KẾT QUẢ
        p: 1. Công tác xây dựng Đảng
        p: II. NHIỆM VỤ
        p: 1. Tiếp tục các nhiệm vụ nêu tại mục I.1 trên.
    """

    id = "REF008"
    name = "internal-reference-dangling"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        body = [p for p in doc.paragraphs(tables=False) if not p.in_textbox]
        paths = {p.section for p in body if p.section and p.outline_kind}
        if not any(p.outline_kind == "roman" for p in body):
            return  # no Roman parts: "mục 2" cannot be resolved
        apps = self.analysis.appendices
        for p in doc.paragraphs():
            if p.outline_kind == "appendix":
                continue
            if "ục" not in p.match and "ỤC" not in p.match:
                continue  # both patterns need "mục"/"Mục"/"MỤC": skip the regexes
            for m in [*REF_RE.finditer(p.match), *APP_FIRST_RE.finditer(p.match)]:
                if m.start() == 0 or _FOREIGN.match(p.match[m.end():m.end() + 40]) or \
                        _BEFORE.search(p.match[max(0, m.start() - 25):m.start()]):
                    continue
                num = m.group("num")
                item = m.groupdict().get("item")
                app = m.group("app")
                if app is not None:
                    target = self._in_appendix(doc, apps, app, num)
                    if target is None:
                        continue  # REF004 reports a missing appendix
                    ok = target
                else:
                    head = num.split(".")[0]
                    if not roman_value(head):
                        continue  # "mục 2" alone: which part's 2?
                    path = num + (f".{item}" if item and item.isdigit() else "")
                    ok = any(x == path or x.endswith("." + path) for x in paths)
                if not ok:
                    what = m.group(0).strip()
                    yield Finding(p.at(m.start(), m.end() - m.start()),
                                  f'Tham chiếu "{what}" trỏ tới phần không có trong văn bản',
                                  "Sửa số mục trong lời dẫn theo cách đánh số hiện tại.")

    def _in_appendix(self, doc: Document, apps: list, app: str, num: str) -> bool | None:
        v = int(app) if app.isdigit() else roman_value(app)
        target = next((a for a in apps if a.value == v), None)
        if target is None:
            return None
        texts = {n for p in doc.paragraphs(tables=False) if appendix_of(apps, p) is target
                 and p.section for n in [p.section.split(".", 1)[-1]]}
        if num in texts:
            return True
        for seq in self.analysis.stt_tables:
            for row in seq.rows:
                if row.paragraph is None or appendix_of(apps, row.paragraph) is not target:
                    continue
                if row.value.text.rstrip(".").strip("()") == num:
                    return True
        return False
