"""Rule REF006: a citation names an appendix by a title that is not the appendix's title."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.model import Document, fold
from validator.rule import Finding, Related, Rule, Severity

# "Phụ lục 2: Kịch bản …", "Phụ lục 2 - Kịch bản …", "Phụ lục 2 về “Kịch bản …”"
_TITLE_AFTER = recache.compile(
    r'^\s*(?:[:\-]\s*|về\s+)?"([^"]{6,160})"|^\s*[:\-]\s*([^;.()"]{6,160})'
)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text).lower())


class AppendixTitleMismatch(Rule):
    """Flags a citation naming an appendix by a title other than the appendix's own.

    Flags a citation that names an appendix by a title other than the title written under
    the appendix's heading.

    Why: when an appendix is renumbered, its citations keep the old number: "Phụ lục 2:
    Danh mục dự án" then points at the appendix of targets, and the reader opens the wrong
    table.

    Tóm tắt: Văn bản gọi phụ lục bằng tên khác với tên ghi dưới đầu đề phụ lục.

    Vì sao: Khi phụ lục được đánh số lại, các chỗ dẫn tới nó vẫn giữ số cũ: "Phụ lục 2: Danh mục dự
    án" khi đó trỏ tới phụ lục chỉ tiêu, và người đọc mở nhầm bảng.

    Bad:
        p: Xem Phụ lục 1: Danh mục các dự án trọng điểm.  # expect: REF006
        p: PHỤ LỤC 1
        p: KỊCH BẢN TĂNG TRƯỞNG NĂM 2026
    Good:
        p: Xem Phụ lục 1: Kịch bản tăng trưởng năm 2026.
        p: PHỤ LỤC 1
        p: KỊCH BẢN TĂNG TRƯỞNG NĂM 2026
    """

    id = "REF006"
    name = "appendix-title-mismatch"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        by_value = {a.value: a for a in self.analysis.appendices
                    if a.value is not None and a.title is not None}
        for cite in self.analysis.appendix_citations:
            if len(cite.numbers) != 1 or cite.numbers[0] not in by_value:
                continue
            app = by_value[cite.numbers[0]]
            p = cite.paragraph
            m = _TITLE_AFTER.match(p.match[cite.offset + cite.length:])
            if not m or app.title is None:
                continue
            named = (m.group(1) or m.group(2) or "").strip()
            a, b = _words(named), _words(app.title.text)
            if not a or not b:
                continue
            common = len(set(a) & set(b))
            if " ".join(a) in " ".join(b) or " ".join(b) in " ".join(a) or \
                    common >= 0.6 * min(len(set(a)), len(set(b))):
                continue
            start = cite.offset + cite.length + m.start(1 if m.group(1) else 2)
            yield Finding(
                p.at(start, len(named)),
                f'Lời dẫn gọi Phụ lục {app.number} là "{named}" nhưng tên phụ lục là '
                f'"{app.title.text.strip()}"',
                "Sửa số hoặc tên phụ lục trong lời dẫn cho khớp với phụ lục.",
                related=(Related(app.title.location, "Tên phụ lục", app.title.text.strip()),))
