"""FMT022 first-line-indent-out-of-range."""

from __future__ import annotations

from collections.abc import Iterator

from rules.formatting._body import TWIPS_PER_CM, body_format, cm, running, tally
from validator.model import Document
from validator.rule import Finding, Related, Rule, Severity

# Word stores twips and shows centimetres rounded: 1 cm is 567 twips, "1,27 cm" is 720, and
# an indent typed as 0,5" or set by a template is often a few twips off. Half a millimetre
# either side passes.
TOLERANCE = 0.05


class FirstLineIndentOutOfRange(Rule):
    """Flags running paragraphs of the body whose first line is not indented 1–1.27 cm.

    Why: Nghị định 30 (Phụ lục I §II.6.e) has the first line of each paragraph indented 1 cm
    or 1.27 cm, Hướng dẫn 36 (§II.1.6.2) about 10 mm; a paragraph flush with the margin, or
    indented 0.75 or 1.5 cm, stands out on the page. The indent is where the first line
    starts: the paragraph's left indent plus its first-line (or hanging) indent, through its
    style and list level. Paragraphs pushed in by hand with spaces or a tab, numbered lists
    and headings are left alone. One finding for the document, with how many paragraphs
    and which indents.

    Tóm tắt: Đầu dòng đoạn văn của phần nội dung không lùi vào 1–1,27 cm.

    Vì sao: Nghị định 30 (Phụ lục I mục II.6.e) quy định khi xuống dòng, chữ đầu dòng lùi
    vào 1 cm hoặc 1,27 cm (Hướng dẫn 36 mục II.1.6.2: khoảng 10 mm); đoạn sát lề hay lùi
    0,75 cm, 1,5 cm lệch hẳn so với các đoạn khác khi in. Đoạn lùi đầu dòng bằng dấu cách
    hay phím Tab, danh sách đánh số tự động và đề mục không bị xét. Một cảnh báo cho cả văn
    bản, nêu số đoạn và khoảng lùi.

    Bad:
        p[center]: **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        p[center]: Số: 12/BC-UBND
        p[center]: **BÁO CÁO**
        p[center]: **Tình hình kinh tế - xã hội tháng 02 năm 2026**
        p[justify, first=12.7]: Trong tháng, Ủy ban nhân dân tỉnh đã tập trung chỉ đạo các sở, ngành, địa phương triển khai đồng bộ các nhiệm vụ, giải pháp.
        p[justify]: Tổng thu ngân sách nhà nước trên địa bàn ước đạt 2.150 tỷ đồng, bằng 12,5% dự toán, tăng 8,3% so với cùng kỳ năm trước.  # expect: FMT022
    Good:
        p[center]: **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        p[center]: Số: 12/BC-UBND
        p[center]: **BÁO CÁO**
        p[center]: **Tình hình kinh tế - xã hội tháng 02 năm 2026**
        p[justify, first=12.7]: Trong tháng, Ủy ban nhân dân tỉnh đã tập trung chỉ đạo các sở, ngành, địa phương triển khai đồng bộ các nhiệm vụ, giải pháp.
        p[justify, first=10]: Tổng thu ngân sách nhà nước trên địa bàn ước đạt 2.150 tỷ đồng, bằng 12,5% dự toán, tăng 8,3% so với cùng kỳ năm trước.
    """

    id = "FMT022"
    name = "first-line-indent-out-of-range"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        rng = body_format(self.analysis).get("first_line")
        if not rng:
            return
        low = (float(rng[0]) - TOLERANCE) * TWIPS_PER_CM
        high = (float(rng[1]) + TOLERANCE) * TWIPS_PER_CM
        wrong = []
        for p in self.analysis.of(running):
            if p.numbering is not None or p.text[:1].isspace():
                continue  # a list's own indent, or an indent typed by hand
            start = p.indent_left + p.first_line
            if not low <= start <= high:
                wrong.append((p, f"{cm(max(start, 0))} cm"))
        if not wrong:
            return
        want = f"{cm(float(rng[0]) * TWIPS_PER_CM)}–{cm(float(rng[1]) * TWIPS_PER_CM)} cm"
        if rng[0] == rng[1]:
            want = f"{cm(float(rng[0]) * TWIPS_PER_CM)} cm"
        first, now = wrong[0]
        if len(wrong) == 1:
            message = f"Đầu dòng đoạn văn lùi vào {now}, quy định {want}"
        else:
            message = (f"Đầu dòng của {len(wrong)} đoạn văn không lùi vào {want} "
                       f"({tally([v for _, v in wrong])})")
        yield Finding(
            first.location,
            message,
            suggestion=f"Đặt thụt lề dòng đầu (First line) {want} trong Đoạn văn (Paragraph).",
            related=tuple(Related(p.location, f"Lùi đầu dòng {v}") for p, v in wrong[1:11]),
        )
