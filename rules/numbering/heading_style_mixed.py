"""Rule NUM004: one level of the outline numbered in two styles ("I." and "II-")."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from validator.analysis.walk import label_of, shape
from validator.model import Document, Paragraph
from validator.rule import Finding, Related, Rule, Severity


class HeadingStyleMixed(Rule):
    """Flags a numbered part whose label style differs from the other parts of its level.

    Why: HD 36 and NĐ 30 accept "I." or "I-", "1." or "1-", but one document keeps one style
    per level; a stray "2)" among "1.", "3." is a part pasted from another document. An
    article heading written without "Điều" ("17. Tổng Thư ký" between "Điều 16." and
    "Điều 18.") is reported here too, as an article, not as a clause out of sequence.

    Tóm tắt: Cùng một cấp đề mục đánh số theo hai kiểu khác nhau ("I." và "I-").

    Vì sao: Hướng dẫn 36 và Nghị định 30 chấp nhận "I." hoặc "I-", "1." hoặc "1-", nhưng một văn bản
    giữ một kiểu cho mỗi cấp; một "2)" lạc giữa "1." và "3." là một mục dán từ văn bản khác.

    Bad:
        p: I. KẾT QUẢ
        p: 1. Công tác xây dựng Đảng
        p: 2) Công tác dân vận  # expect: NUM004
        p: 3. Phát triển kinh tế
    Good:
        p: I. KẾT QUẢ
        p: 1. Công tác xây dựng Đảng
        p: 2. Công tác dân vận
        p: 3. Phát triển kinh tế
    """

    id = "NUM004"
    name = "heading-style-mixed"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        events, depths = self.analysis.outline_walk.events, self.analysis.outline_walk.depths
        for e in events:
            if e.kind == "article-word":
                prev = label_of(e.previous) if e.previous else "Điều"
                yield Finding(
                    e.paragraph.at(0, 0),
                    f'Đề mục "{e.paragraph.text.strip()[:60]}" là Điều {e.found} nhưng viết thiếu '
                    f'chữ "Điều" (điều trước viết "{prev}")',
                    f'Viết "Điều {e.found}. …" như các điều khác.',
                    related=(Related(e.previous.location, "Điều liền trước",
                                     e.previous.text.strip()[:60]),) if e.previous else ())
        groups: dict[tuple[str, int], list[Paragraph]] = defaultdict(list)
        for depth, p in depths:
            if p.outline_kind is None:
                continue
            kind = p.outline_kind if p.outline_kind != "arabic3" else "arabic2"
            groups[(kind, depth)].append(p)
        for paras in groups.values():
            shapes = Counter(shape(p) for p in paras)
            if len(shapes) < 2:
                continue
            main, count = shapes.most_common(1)[0]
            if count * 2 <= len(paras):
                continue  # no clear house style at this level
            model = next(p for p in paras if shape(p) == main)
            for p in paras:
                if shape(p) != main:
                    yield Finding(
                        p.at(0, 0),
                        f'Kiểu đánh số "{label_of(p)}" khác với các mục cùng cấp '
                        f'(đa số viết kiểu "{label_of(model)}")',
                        f'Viết theo một kiểu thống nhất cho cả cấp, như "{label_of(model)}".',
                        related=(Related(model.location, "Mục cùng cấp",
                                         model.text.strip()[:60]),))
