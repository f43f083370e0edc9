"""Rule NUM003: numbering restarted where it should run on, or ran on where it should restart."""

from __future__ import annotations

from collections.abc import Iterator

from validator.analysis.walk import fmt, label_of
from validator.model import Document
from validator.rule import Finding, Related, Rule, Severity

FORM_NUMBERING = 20  # a running field count beyond this is a questionnaire's


class HeadingRestartWrong(Rule):
    """Flags numbering that restarts inside a list, or does not restart under a new part.

    Why: "1., 2., 3." restart under each higher part ("I.", "II."); a list that starts again
    at 1 in the middle (often an automatic list broken by a "Restart at 1"), or one that
    carries on from the previous part, gives two parts the same number or none a 1; "2.3."
    standing under "3." is the same fault in dotted numbers.

    Tóm tắt: Đánh số bắt đầu lại giữa danh sách, hoặc không bắt đầu lại dưới mục cấp trên mới.

    Vì sao: "1., 2., 3." bắt đầu lại dưới mỗi mục cấp trên ("I.", "II."); danh sách bắt đầu lại từ 1
    ở giữa chừng (thường do danh sách tự động bị đặt "Restart at 1"), hoặc đánh số tiếp từ mục
    trước, làm hai mục trùng số hoặc không mục nào là số 1; "2.3." đứng dưới "3." cũng là lỗi như
    vậy với số có dấu chấm.

    Bad:
        p: I. KẾT QUẢ
        p: 1. Công tác xây dựng Đảng
        p: 2. Công tác dân vận
        p: II. NHIỆM VỤ
        p: 3. Tập trung lãnh đạo  # expect: NUM003
    Good:
        p: I. KẾT QUẢ
        p: 1. Công tác xây dựng Đảng
        p: 2. Công tác dân vận
        p: II. NHIỆM VỤ
        p: 1. Tập trung lãnh đạo
    """

    id = "NUM003"
    name = "heading-restart-wrong"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        events = self.analysis.outline_walk.events
        # Forms and questionnaires number their fields on through their parts (1 … 71 across
        # "I." … "VI."): a long running count outside an issued document is such a form.
        issued = self.analysis.frame.is_administrative
        for e in events:
            if e.kind == "continued" and not issued and (e.found or 0) > FORM_NUMBERING:
                continue
            kind = e.paragraph.outline_kind or "article"
            if e.kind == "restart":
                prev = label_of(e.previous) if e.previous else ""
                yield Finding(
                    e.paragraph.at(0, 0),
                    f'Đánh số bắt đầu lại từ "{e.label}" giữa danh sách: sau "{prev}" lẽ ra là '
                    f"{fmt(kind, e.expected)}",
                    "Tiếp tục số thứ tự của danh sách (với đánh số tự động: bỏ \"Restart at "
                    "1\"/\"Bắt đầu lại từ 1\").",
                    related=_rel(e.previous, "Mục liền trước"))
            elif e.kind == "continued":
                parent = label_of(e.parent) if e.parent else ""
                yield Finding(
                    e.paragraph.at(0, 0),
                    f'Đánh số không bắt đầu lại dưới mục "{parent}": "{e.label}" tiếp nối danh '
                    f"sách của mục trước, lẽ ra là {fmt(kind, 1)}",
                    f"Đánh số lại từ {fmt(kind, 1)} dưới mỗi mục cấp trên.",
                    related=_rel(e.parent, "Mục cấp trên"))
            elif e.kind == "nesting":
                parent = label_of(e.parent) if e.parent else ""
                yield Finding(
                    e.paragraph.at(0, 0),
                    f'Mục "{e.label}" đứng dưới mục "{parent}": phần đầu của số không khớp với '
                    "mục cấp trên",
                    f'Đánh số mục con theo mục cấp trên ("{e.expected}.x").',
                    related=_rel(e.parent, "Mục cấp trên"))


def _rel(p: object, message: str) -> tuple[Related, ...]:
    if p is None:
        return ()
    return (Related(p.location, message, p.text.strip()[:60]),)  # type: ignore[attr-defined]
