"""FMT021 body-text-not-justified."""

from __future__ import annotations

from collections.abc import Iterator

from rules.formatting._body import body_format, running
from rules.formatting._format import ALIGN_WORDS, alignment
from validator.model import Document
from validator.rule import Finding, Fix, Related, Rule, Severity


class BodyTextNotJustified(Rule):
    """Flags running paragraphs of the body that are not justified.

    Why: Nghị định 30 (Phụ lục I §II.6.e) and Hướng dẫn 36 (§II.1.6.2) set the body justified
    ("canh đều cả hai lề"); a paragraph left aligned shows a ragged right edge on the printed
    page, usually text pasted from elsewhere. Only running paragraphs count (two lines or
    more, not a heading in bold or capitals), outside tables, forms and routing slips. One
    finding for the document, naming how many paragraphs and pointing to the first ones.

    Tóm tắt: Đoạn văn của phần nội dung không căn đều hai lề.

    Vì sao: Nghị định 30 (Phụ lục I mục II.6.e) và Hướng dẫn 36 (mục II.1.6.2) quy định nội
    dung văn bản canh đều cả hai lề; đoạn căn trái có mép phải lởm chởm khi in, thường do dán
    từ nơi khác. Chỉ xét đoạn văn từ hai dòng trở lên, không phải đề mục in đậm hay in hoa,
    ngoài bảng biểu, mẫu biểu và phiếu trình. Một cảnh báo cho cả văn bản, nêu số đoạn.

    Bad:
        p[center]: **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        p[center]: Số: 12/BC-UBND
        p[center]: **BÁO CÁO**
        p[center]: **Tình hình kinh tế - xã hội tháng 02 năm 2026**
        p[justify]: Trong tháng, Ủy ban nhân dân tỉnh đã tập trung chỉ đạo các sở, ngành, địa phương triển khai đồng bộ các nhiệm vụ, giải pháp.
        p[left]: Tổng thu ngân sách nhà nước trên địa bàn ước đạt 2.150 tỷ đồng, bằng 12,5% dự toán, tăng 8,3% so với cùng kỳ năm trước.  # expect: FMT021
    Good:
        p[center]: **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        p[center]: Số: 12/BC-UBND
        p[center]: **BÁO CÁO**
        p[center]: **Tình hình kinh tế - xã hội tháng 02 năm 2026**
        p[justify]: Trong tháng, Ủy ban nhân dân tỉnh đã tập trung chỉ đạo các sở, ngành, địa phương triển khai đồng bộ các nhiệm vụ, giải pháp.
        p[justify]: Tổng thu ngân sách nhà nước trên địa bàn ước đạt 2.150 tỷ đồng, bằng 12,5% dự toán, tăng 8,3% so với cùng kỳ năm trước.
    """

    id = "FMT021"
    name = "body-text-not-justified"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        want = body_format(self.analysis).get("align")
        if not want:
            return
        wrong = [p for p in self.analysis.of(running) if alignment(p) != want]
        if not wrong:
            return
        first = wrong[0]
        how = {alignment(p) for p in wrong}
        now = ALIGN_WORDS[how.pop()] if len(how) == 1 else "căn lề khác"
        many = f"{len(wrong)} đoạn văn" if len(wrong) > 1 else "Đoạn văn"
        yield Finding(
            first.location,
            f"{many} của phần nội dung {now}, chưa {ALIGN_WORDS[want]}",
            suggestion=f"Chọn {'các đoạn' if len(wrong) > 1 else 'đoạn'} văn này và "
            f"{ALIGN_WORDS[want]} (Ctrl+J).",
            related=tuple(Related(p.location, ALIGN_WORDS[alignment(p)]) for p in wrong[1:11]),
            fix=Fix(alignment=want, paragraphs=tuple(p.index for p in wrong[1:])),
        )
