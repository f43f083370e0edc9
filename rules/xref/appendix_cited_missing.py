"""Rule REF004: the text cites "Phụ lục N" but no appendix N follows."""

from __future__ import annotations

from collections.abc import Iterator

from validator.analysis.appendices import standalone
from validator.model import Document
from validator.numerals import roman
from validator.rule import Finding, Rule, Severity


class AppendixCitedMissing(Rule):
    """Flags a citation "(Phụ lục 3 kèm theo)" whose appendix is not in the document.

    Flags a citation of an appendix ("(Phụ lục 3 kèm theo)") whose appendix heading is not
    in the document.

    Why: the body promises a table the reader cannot find: the appendix was dropped, lost
    its heading, or the citation keeps an old number. Documents that carry no appendix at all
    (appendices sent as separate files) are left alone.

    Tóm tắt: Văn bản dẫn một phụ lục không có trong văn bản ("Phụ lục 3 kèm theo").

    Vì sao: Nội dung hứa một bảng mà người đọc không tìm thấy: phụ lục đã bị bỏ, mất đầu đề, hoặc
    chỗ dẫn còn giữ số cũ. Văn bản không có phụ lục nào (phụ lục gửi thành tệp riêng) không bị báo.

    Bad:
        p: I. KẾT QUẢ THỰC HIỆN
        p: Thúc đẩy các dự án trọng điểm (Phụ lục 3 kèm theo).  # expect: REF004
        p: Hoàn thành các nhiệm vụ (Phụ lục 1 kèm theo).
        p: PHỤ LỤC 1
        p: DANH MỤC NHIỆM VỤ
    Good:
        p: I. KẾT QUẢ THỰC HIỆN
        p: Hoàn thành các nhiệm vụ (Phụ lục 1 kèm theo).
        p: PHỤ LỤC 1
        p: DANH MỤC NHIỆM VỤ
    """

    id = "REF004"
    name = "appendix-cited-missing"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        apps = self.analysis.appendices
        have = {a.value for a in apps if a.value is not None}
        if not have or standalone(doc, apps):
            return
        roman_style = all(a.numerals == "roman" for a in apps if a.numerals)
        for cite in self.analysis.appendix_citations:
            missing = [n for n in cite.numbers if n not in have]
            for n in missing:
                shown = roman(n) if roman_style else str(n)
                listed = ", ".join(roman(v) if roman_style else str(v) for v in sorted(have))
                yield Finding(
                    cite.paragraph.at(cite.offset, cite.length),
                    f'Văn bản dẫn "Phụ lục {shown}" nhưng không có phụ lục này (chỉ có phụ lục '
                    f"{listed})",
                    f"Bổ sung Phụ lục {shown} (đầu đề \"PHỤ LỤC {shown}\"), hoặc sửa lời dẫn.")
