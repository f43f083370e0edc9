"""Rule NUM001: numbered parts whose number skips one."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from validator.analysis.walk import fmt, label_of
from validator.model import Document
from validator.outline import auto_label, typed_label
from validator.rule import Finding, Related, Rule, Severity


class HeadingSequenceGap(Rule):
    """Flags a numbered part whose number skips one (typed or automatic numbering).

    Why: a skipped number is what is left when a part was deleted or moved and the rest was
    not renumbered; readers and citations ("tại mục 3") then point at the wrong part.

    Tóm tắt: Số thứ tự của đề mục nhảy cóc (đánh số gõ tay hoặc tự động).

    Vì sao: Số bị nhảy là dấu vết của một mục đã bị xóa hoặc chuyển đi mà phần còn lại chưa được
    đánh số lại; người đọc và các chỗ dẫn ("tại mục 3") sẽ trỏ sai mục.

    Bad:
        p: I. KẾT QUẢ
        p: 1. Công tác xây dựng Đảng
        p: 2. Công tác dân vận
        p: 4. Phát triển kinh tế  # expect: NUM001
    Good:
        p: I. KẾT QUẢ
        p: 1. Công tác xây dựng Đảng
        p: 2. Công tác dân vận
        p: 3. Phát triển kinh tế
    """

    id = "NUM001"
    name = "heading-sequence-gap"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        events = self.analysis.outline_walk.events
        for e in events:
            kind = e.paragraph.outline_kind or "article"
            if e.kind in ("gap", "start") and _numbered_in_tables(doc, e, kind):
                continue  # forms number their fields on through table cells
            if e.kind == "gap":
                exp, found = fmt(kind, e.expected), fmt(kind, e.found)
                prev = e.previous.text.strip()[:60] if e.previous else ""
                before = label_of(e.previous) if e.previous else ""
                if (e.found or 0) > (e.expected or 0):
                    missing = exp if (e.found or 0) - (e.expected or 0) == 1 or \
                        kind == "letter" else f"{exp} đến {fmt(kind, (e.found or 1) - 1)}"
                    msg = f'Số thứ tự nhảy cóc: sau "{before}" là "{e.label}" (thiếu {missing})'
                else:
                    msg = f'Số thứ tự lùi: sau "{before}" là "{e.label}" (lẽ ra là {exp})'
                related = (Related(e.previous.location, "Mục liền trước", prev),) \
                    if e.previous else ()
                yield Finding(e.paragraph.at(0, 0), msg,
                              f"Đánh lại số thứ tự: mục này lẽ ra là {exp}, không phải {found}.",
                              related=related)
            elif e.kind == "start":
                yield Finding(
                    e.paragraph.at(0, 0),
                    f'Danh sách bắt đầu từ "{e.label}" thay vì {fmt(kind, 1)}',
                    f"Đánh số từ {fmt(kind, 1)}, hoặc bổ sung mục còn thiếu.")



def _numbered_in_tables(doc: Document, e: Any, kind: str) -> bool:
    """True when every number missing before ``e`` is a label of a table-cell paragraph that
    stands between the previous part and this one (a list continued through a table).

    The missing numbers are counted, never listed: a list may start at 10^9."""
    found = e.found or 0
    expected = 1 if e.kind == "start" else (e.expected or 0)
    if found <= expected:
        return False
    lo = e.previous.index if e.kind == "gap" and e.previous is not None else -1
    seen: set[int] = set()
    for p in doc.body_paragraphs[lo + 1:e.paragraph.index]:
        if p.table is None:
            continue
        label = auto_label(p) or typed_label(p.text)
        if label is not None and label[0] == kind and label[1] is not None \
                and expected <= label[1] < found:
            seen.add(label[1])
    return len(seen) == found - expected
