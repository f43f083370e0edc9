"""CON006: an abbreviation the kind of document writes out in full ("UBND" in a decision)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rules import _abbreviations
from validator import recache
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

# A document that writes the phrase out at least this often, and twice as often as it
# abbreviates it, has chosen the full phrase; its abbreviations are slips.
MIXED_MIN = 3
MIXED_RATIO = 2


def phrase_re(phrase: str) -> re.Pattern[str]:
    """The full phrase in any case and either tone placement ("Ủy"/"Uỷ"), spaces as written."""
    words = [re.escape(w) for w in phrase.split()]
    words = ["(?:Ủy|Uỷ)" if w == "Ủy" else w for w in words]
    return recache.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


class AbbreviationNotWrittenOut(Rule):
    """Reports an abbreviation that this kind of document writes out ("UBND" in a decision).

    Why: "UBND" and "HĐND" are common abbreviations that Hướng dẫn 36 and Nghị định 30 let a
    report use, but decisions, charters and letters write the body's name out ("Ủy ban nhân
    dân tỉnh"): reviewers of the real drafts expanded "UBND" about 90 times in such documents
    and left the monthly reports alone. Which abbreviations each kind of document writes out
    is the profile's setting ``written_out_abbreviations`` (type name -> abbreviations; for
    state documents the default is rules/data/abbreviations.toml [written_out], where the
    full phrases are too). Reported at each place, with the full
    phrase as a fix, as information: a house style, which an office may make a warning. A
    document that defines the abbreviation in brackets chose to use it and is left alone;
    codes ("/QĐ-UBND"), the header and the recipients are not read.

    Whatever its kind, a document that writes the phrase out at least three times and twice
    as often as it abbreviates it has chosen the full phrase: its abbreviations are reported
    too. Reviewers of the province's reports on administrative reform wrote out each "UBND"
    left among sixty "Ủy ban nhân dân"; a monthly report that abbreviates throughout is left
    alone.

    Tóm tắt: Loại văn bản này (quyết định, điều lệ, công văn…), hoặc chính văn bản ở phần lớn các
    chỗ, viết đầy đủ "Ủy ban nhân dân", "Hội đồng nhân dân" thay cho chữ viết tắt.

    Vì sao: "UBND", "HĐND" là chữ viết tắt thông dụng mà Hướng dẫn 36 và Nghị định 30 cho báo cáo
    dùng, nhưng quyết định, điều lệ, công văn viết đầy đủ tên cơ quan ("Ủy ban nhân dân tỉnh"):
    người thẩm định các dự thảo thật đã viết đầy đủ "UBND" khoảng 90 lần trong các văn bản như vậy
    và để nguyên trong báo cáo tháng. Loại văn bản nào viết đầy đủ chữ viết tắt nào là thiết lập
    written_out_abbreviations của hồ sơ văn bản. Mỗi chỗ được nêu kèm cụm từ đầy đủ để sửa, ở mức
    thông tin (quy ước của cơ quan, có thể nâng thành cảnh báo). Văn bản đã giải thích chữ viết tắt
    trong ngoặc là đã chọn dùng nó nên không bị báo; ký hiệu ("/QĐ-UBND"), phần đầu văn bản và nơi
    nhận không bị đọc. Với mọi loại văn bản, văn bản đã viết đầy đủ cụm từ ít nhất ba lần và gấp
    đôi số lần viết tắt là đã chọn viết đầy đủ: các chỗ viết tắt còn lại cũng được nêu (người thẩm
    định báo cáo cải cách hành chính của tỉnh đã viết đầy đủ từng chữ "UBND" còn sót giữa sáu mươi
    lần "Ủy ban nhân dân"); báo cáo tháng viết tắt xuyên suốt thì không bị báo.

    Bad:
        p: Số: 12/QĐ-UBND
        p: QUYẾT ĐỊNH
        p: Về việc phê duyệt Điều lệ Hội
        p: Điều 1. Giao Sở Nội vụ trình UBND tỉnh kết quả.  # expect: CON006
    Good:
        p: Số: 12/QĐ-UBND
        p: QUYẾT ĐỊNH
        p: Về việc phê duyệt Điều lệ Hội
        p: Điều 1. Giao Sở Nội vụ trình Ủy ban nhân dân tỉnh kết quả.
    """

    id = "CON006"
    name = "abbreviation-not-written-out"
    severity = Severity.INFO
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        f = self.analysis.frame
        by_type = self.setting("written_out_abbreviations")
        if by_type is None:
            by_type = _abbreviations.written_out() if f.system == "state" else {}
        full = _abbreviations.expansions()
        wanted = {a for a in (by_type.get(f.doc_type, ()) if f.doc_type else ()) if a in full}
        start = f.body_start or 0
        body = [p for p in doc.paragraphs(tables=False) if p.index >= start
                and (f.body_end is None or p.index < f.body_end) and not p.in_textbox]
        text = "\n".join(p.match for p in body)
        kind = f.doc_type.lower() if f.doc_type else ""
        for ab, phrase in full.items():
            if ab not in text:
                continue
            if re.search(rf"\((?:sau đây (?:gọi|viết) tắt là\s*:?\s*)?{ab}\b", text):
                continue  # defined in brackets: the drafter chose to use it
            word = recache.compile(rf"(?<![\w/.\-]){ab}(?![\w/\-])")
            hits = [(p, m) for p in body for m in word.finditer(p.match)]
            if not hits:
                continue
            if ab in wanted:
                message = (f"{kind[0].upper()}{kind[1:]} viết tắt \"{ab}\"; loại văn bản này "
                           f"viết đầy đủ \"{phrase}\".")
            else:
                written = len(phrase_re(phrase).findall(text))
                if written < MIXED_MIN or written < MIXED_RATIO * len(hits):
                    continue
                message = (f"Văn bản viết đầy đủ \"{phrase}\" {written} lần nhưng viết tắt "
                           f"\"{ab}\" {len(hits)} lần; viết thống nhất.")
            for p, m in hits:
                yield Finding(
                    p.at(m.start(), len(ab)),
                    message,
                    suggestion=f"Viết \"{phrase}\".",
                    fix=Fix(phrase),
                )
