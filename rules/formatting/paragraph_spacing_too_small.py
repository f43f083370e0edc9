"""FMT023 paragraph-spacing-too-small."""

from __future__ import annotations

from collections.abc import Iterator

from rules.formatting._body import body_format, pt, tally
from rules.formatting._helpers import body_text
from validator.model import Document, Paragraph
from validator.rule import Finding, Related, Rule, Severity

# Half a point below the least spacing passes (5,5 pt typed for 6).
TOLERANCE = 0.5


def spacing(prev: Paragraph, p: Paragraph) -> float:
    """Points between two consecutive paragraphs as Word lays them out: the first's spacing
    after plus the second's spacing before, each dropped where contextual spacing joins two
    paragraphs of the same style."""
    same = prev.style_id == p.style_id
    after = 0 if (prev.contextual_spacing and same) else prev.space_after
    before = 0 if (p.contextual_spacing and same) else p.space_before
    return (after + before) / 20


class ParagraphSpacingTooSmall(Rule):
    """Flags body paragraphs closer together than the spacing the regulation prescribes.

    Why: Nghị định 30 (Phụ lục I §II.6.e) and Hướng dẫn 36 (§II.1.6.2) set at least 6 pt
    between the paragraphs of the body; with less, paragraphs run into one block. The spacing
    is what Word lays out: one paragraph's spacing after plus the next one's spacing before
    (dropped between paragraphs of one style when "Don't add space between paragraphs of the
    same style" is on). Paragraphs separated by an empty one, tables, forms and routing slips
    are left alone. One finding for the document, with how many places and which spacings.

    Tóm tắt: Khoảng cách giữa các đoạn văn của phần nội dung nhỏ hơn 6 pt.

    Vì sao: Nghị định 30 (Phụ lục I mục II.6.e) và Hướng dẫn 36 (mục II.1.6.2) quy định khoảng
    cách giữa các đoạn văn tối thiểu là 6 pt; ít hơn, các đoạn dính vào nhau. Khoảng cách được
    tính như Word dàn trang: khoảng sau của đoạn trên cộng khoảng trước của đoạn dưới. Đoạn
    cách nhau bằng dòng trống, bảng biểu, mẫu biểu và phiếu trình không bị xét. Một cảnh báo
    cho cả văn bản, nêu số chỗ và khoảng cách.

    Bad:
        p[center]: **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        p[center]: Số: 12/BC-UBND
        p[center]: **BÁO CÁO**
        p[center]: **Tình hình kinh tế - xã hội tháng 02 năm 2026**
        p[justify, after=6]: Trong tháng, Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành triển khai các nhiệm vụ.
        p[justify, after=0]: Tổng thu ngân sách nhà nước trên địa bàn ước đạt 2.150 tỷ đồng.
        p[justify]: Thu hút đầu tư được đẩy mạnh.  # expect: FMT023
    Good:
        p[center]: **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
        p[center]: Số: 12/BC-UBND
        p[center]: **BÁO CÁO**
        p[center]: **Tình hình kinh tế - xã hội tháng 02 năm 2026**
        p[justify, after=6]: Trong tháng, Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành triển khai các nhiệm vụ.
        p[justify, after=6]: Tổng thu ngân sách nhà nước trên địa bàn ước đạt 2.150 tỷ đồng.
        p[justify]: Thu hút đầu tư được đẩy mạnh.
    """

    id = "FMT023"
    name = "paragraph-spacing-too-small"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        least = body_format(self.analysis).get("paragraph_spacing")
        if least is None:
            return
        wrong: list[tuple[Paragraph, str]] = []
        prev: Paragraph | None = None
        for p in self.analysis.of(body_text):
            if prev is not None and prev.index + 1 == p.index:
                gap = spacing(prev, p)
                if gap < float(least) - TOLERANCE:
                    wrong.append((p, f"{pt(gap)} pt"))
            prev = p
        if not wrong:
            return
        first, now = wrong[0]
        if len(wrong) == 1:
            message = f"Khoảng cách với đoạn văn trên là {now}, quy định tối thiểu {pt(least)} pt"
        else:
            message = (f"Khoảng cách giữa các đoạn văn dưới {pt(least)} pt ở {len(wrong)} chỗ "
                       f"({tally([v for _, v in wrong], 'chỗ')})")
        yield Finding(
            first.location,
            message,
            suggestion=f"Đặt khoảng cách Trước (Before) hoặc Sau (After) {pt(least)} pt trong "
            "Đoạn văn (Paragraph) cho phần nội dung.",
            related=tuple(Related(p.location, f"Cách đoạn trên {v}") for p, v in wrong[1:11]),
        )
