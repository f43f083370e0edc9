"""Rule NUM008: appendix headings PHỤ LỤC 1, 2, 3 out of order, repeated or with a gap."""

from __future__ import annotations

from collections.abc import Iterator

from validator.analysis.appendices import standalone
from validator.model import Document
from validator.numerals import roman
from validator.rule import Finding, Related, Rule, Severity


class AppendixNumberOutOfSequence(Rule):
    """Flags an appendix heading whose number does not follow the appendix before it.

    Why: appendices are numbered 1, 2, 3… (HD 36) or I, II, III… (NĐ 30) in the order they
    stand; a gap or a repeat is an appendix dropped or moved, and the body's "(Phụ lục 3 kèm
    theo)" then points at the wrong table.

    Tóm tắt: Số thứ tự phụ lục không liên tục.

    Vì sao: Phụ lục được đánh số 1, 2, 3… (Hướng dẫn 36) hoặc I, II, III… (Nghị định 30) theo thứ tự
    xuất hiện; số bị nhảy hoặc lặp là phụ lục bị bỏ hoặc bị chuyển chỗ, và câu "(Phụ lục 3 kèm
    theo)" trong nội dung sẽ trỏ sai bảng.

    Bad:
        p: Nội dung chính (Phụ lục 1 kèm theo), (Phụ lục 3 kèm theo).
        p: PHỤ LỤC 1
        p: DANH MỤC NHIỆM VỤ
        p: PHỤ LỤC 3  # expect: NUM008
        p: DANH MỤC DỰ ÁN
    Good:
        p: Nội dung chính (Phụ lục 1 kèm theo), (Phụ lục 2 kèm theo).
        p: PHỤ LỤC 1
        p: DANH MỤC NHIỆM VỤ
        p: PHỤ LỤC 2
        p: DANH MỤC DỰ ÁN
    """

    id = "NUM008"
    name = "appendix-number-out-of-sequence"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        prev = None
        for app in self.analysis.appendices:
            if app.value is None:
                continue
            want = prev.value + 1 if prev is not None and prev.value is not None else 1
            if prev is None and standalone(doc, [app]):
                pass  # the file is one appendix of a larger document ("Phụ lục II")
            elif app.value != want:
                show = roman(want) if app.numerals == "roman" else str(want)
                if prev is None:
                    msg = f'Phụ lục đầu tiên đánh số "{app.number}", lẽ ra là {show}'
                elif app.value == prev.value:
                    msg = f'Hai phụ lục cùng số "{app.number}"'
                elif app.value > want:
                    msg = f'Số phụ lục nhảy từ "{prev.number}" lên "{app.number}" (thiếu {show})'
                else:
                    msg = f'Số phụ lục lùi từ "{prev.number}" về "{app.number}"'
                rel = (Related(prev.heading.location, "Phụ lục liền trước",
                               prev.heading.text.strip()),) if prev is not None else ()
                yield Finding(app.heading.at(0, 0), msg,
                              f"Đánh lại số phụ lục: phụ lục này lẽ ra là {show}.", related=rel)
            prev = app

