"""Rule REF005: an appendix the text never refers to."""

from __future__ import annotations

from collections.abc import Iterator

from validator.analysis.appendices import appendix_of, standalone
from validator.model import Document
from validator.rule import Finding, Rule, Severity


class AppendixNotCited(Rule):
    """Flags an appendix that no sentence of the text refers to.

    Why: both HD 36 and NĐ 30 require the body to point to each appendix; an appendix never
    cited is either left over from an earlier draft or missing its "(Phụ lục N kèm theo)".
    A general "(có các phụ lục kèm theo)" counts for every appendix.

    Tóm tắt: Phụ lục không được nhắc tới trong phần nội dung.

    Vì sao: Cả Hướng dẫn 36 và Nghị định 30 đều yêu cầu phần nội dung dẫn tới từng phụ lục; phụ lục
    không được nhắc tới hoặc là phần sót lại của dự thảo cũ, hoặc thiếu câu "(Phụ lục N kèm theo)".
    Câu chung "(có các phụ lục kèm theo)" được tính cho mọi phụ lục.

    Bad:
        p: I. KẾT QUẢ THỰC HIỆN
        p: 1. Công tác lãnh đạo, chỉ đạo
        p: Hoàn thành các nhiệm vụ (Phụ lục 1 kèm theo).
        p: PHỤ LỤC 1
        p: DANH MỤC NHIỆM VỤ
        p: PHỤ LỤC 2  # expect: REF005
        p: DANH MỤC DỰ ÁN
    Good:
        p: I. KẾT QUẢ THỰC HIỆN
        p: 1. Công tác lãnh đạo, chỉ đạo
        p: Hoàn thành các nhiệm vụ (Phụ lục 1 kèm theo), các dự án (Phụ lục 2 kèm theo).
        p: PHỤ LỤC 1
        p: DANH MỤC NHIỆM VỤ
        p: PHỤ LỤC 2
        p: DANH MỤC DỰ ÁN
    """

    id = "REF005"
    name = "appendix-not-cited"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        apps = self.analysis.appendices
        if not apps or standalone(doc, apps):
            return
        cites = self.analysis.appendix_citations
        for app in apps:
            outside = [c for c in cites if c.paragraph.part != "body"
                       or appendix_of(apps, c.paragraph) is not app]
            if any(not c.numbers for c in outside):
                continue  # "các phụ lục kèm theo"
            if app.value is not None and any(app.value in c.numbers for c in outside):
                continue
            if app.value is None and outside:
                continue
            label = app.heading.text.strip().split("\n")[0]
            yield Finding(app.heading.at(0, 0),
                          f'"{label}" không được dẫn ở đâu trong văn bản',
                          f'Dẫn phụ lục trong phần nội dung, ví dụ "({label.capitalize()} kèm '
                          'theo)", hoặc bỏ phụ lục.')

