"""FMT003 body-text-size-inconsistent."""

from __future__ import annotations

from collections.abc import Iterator

from rules.formatting._helpers import (
    body_text,
    dominant,
    is_form,
    system,
    text_runs,
    weighted,
)
from validator.model import Document, Paragraph
from validator.rule import Finding, Rule, Severity

# Body size in points: HD 36 Phụ lục 3 row 6 (Party), NĐ 30 Phụ lục I (state).
BODY_SIZE = {"party": (14.0, 15.0), "state": (13.0, 14.0)}


def fmt_size(size: float) -> str:
    """A size in points as Vietnamese write it: "13,5", "14"."""
    return f"{size:g}".replace(".", ",")


def paragraph_size(p: Paragraph) -> float | None:
    sizes = weighted([p], "size")
    value = dominant(sizes)
    return float(value) if isinstance(value, int | float) else None


class BodyTextSizeInconsistent(Rule):
    """Flags a body size outside the regulation's range and a paragraph smaller than the body.

    Why: the body is set in 14–15 pt in Party documents (Hướng dẫn 36) and 13–14 pt in state
    documents (Nghị định 30). A stray paragraph in a smaller size is text pasted from a table
    or an e-mail and shows on the printed page. Tables and footnotes have their own sizes and
    are not checked here. The range can be set per office with ``body_size = [min, max]``.

    Tóm tắt: Cỡ chữ phần nội dung ngoài khoảng quy định, hoặc một đoạn nhỏ hơn cỡ chữ nội dung.

    Vì sao: Cỡ chữ phần nội dung là 14–15 đối với văn bản của Đảng (Hướng dẫn 36) và 13–14 đối với
    văn bản nhà nước (Nghị định 30). Một đoạn lẻ có cỡ chữ nhỏ hơn thường là chữ dán từ bảng tính
    hoặc thư điện tử và lộ rõ trên bản in. Bảng và chú thích có cỡ chữ riêng, không bị kiểm tra ở
    đây. Mỗi cơ quan có thể đặt khoảng cho phép bằng body_size = [nhỏ nhất, lớn nhất].

    Bad:
        p: BÁO CÁO
        p: Về tình hình thực hiện nhiệm vụ
        p: Trong tháng, Ủy ban nhân dân đã chỉ đạo các ngành.
        p: Công tác cải cách hành chính được chú trọng.
        p[size=11]: Đoạn văn dán từ bảng tính với cỡ chữ nhỏ.  # expect: FMT003
    Good:
        p: BÁO CÁO
        p: Về tình hình thực hiện nhiệm vụ
        p: Trong tháng, Ủy ban nhân dân đã chỉ đạo các ngành.
        p: Công tác cải cách hành chính được chú trọng.
        p: Đoạn văn soạn trực tiếp.
    """

    id = "FMT003"
    name = "body-text-size-inconsistent"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        if is_form(self.analysis):
            return  # forms and routing slips mix sizes by design
        body = self.analysis.of(body_text)
        main = dominant(weighted(body, "size"))
        if not isinstance(main, int | float):
            return
        configured = self.setting("body_size")
        allowed = (
            tuple(float(x) for x in configured)
            if configured
            else BODY_SIZE.get(system(self.analysis) or "")
        )
        if allowed and not allowed[0] - 0.25 <= main <= allowed[1] + 0.25:
            first = next(p for p in body if paragraph_size(p) == main)
            yield Finding(
                first.location,
                f"Cỡ chữ phần nội dung là {fmt_size(main)}, ngoài khoảng "
                f"{fmt_size(allowed[0])}–{fmt_size(allowed[1])} theo quy định",
                suggestion=f"Đặt cỡ chữ phần nội dung trong khoảng "
                f"{fmt_size(allowed[0])}–{fmt_size(allowed[1])}.",
            )
        for p in body:
            size = paragraph_size(p)
            if size is None or size > main - 1:
                continue
            label = p.text.strip()
            if label.endswith(":") and len(label) < 60:
                continue  # the label of a block for handwritten opinions ("Ý kiến của …:")
            runs = [r for r in text_runs(p) if r.size == size]
            start, end = runs[0].start, runs[-1].end
            yield Finding(
                p.at(start, end - start),
                f"Đoạn văn cỡ chữ {fmt_size(size)}, nhỏ hơn cỡ chữ {fmt_size(main)} "
                "của phần nội dung",
                suggestion=f"Đặt lại cỡ chữ {fmt_size(main)} cho đoạn này.",
            )
