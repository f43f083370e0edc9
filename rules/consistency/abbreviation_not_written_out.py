"""CON006: an abbreviation the kind of document writes out in full ("UBND" in a decision)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rules import _abbreviations
from validator import recache
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity


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

    Tóm tắt: Loại văn bản này (quyết định, điều lệ, công văn…) viết đầy đủ "Ủy ban nhân dân", "Hội
    đồng nhân dân" thay cho chữ viết tắt (theo hồ sơ văn bản).

    Vì sao: "UBND", "HĐND" là chữ viết tắt thông dụng mà Hướng dẫn 36 và Nghị định 30 cho báo cáo
    dùng, nhưng quyết định, điều lệ, công văn viết đầy đủ tên cơ quan ("Ủy ban nhân dân tỉnh"):
    người thẩm định các dự thảo thật đã viết đầy đủ "UBND" khoảng 90 lần trong các văn bản như vậy
    và để nguyên trong báo cáo tháng. Loại văn bản nào viết đầy đủ chữ viết tắt nào là thiết lập
    written_out_abbreviations của hồ sơ văn bản. Mỗi chỗ được nêu kèm cụm từ đầy đủ để sửa, ở mức
    thông tin (quy ước của cơ quan, có thể nâng thành cảnh báo). Văn bản đã giải thích chữ viết tắt
    trong ngoặc là đã chọn dùng nó nên không bị báo; ký hiệu ("/QĐ-UBND"), phần đầu văn bản và nơi
    nhận không bị đọc.

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
        wanted = by_type.get(f.doc_type, ()) if f.doc_type else ()
        full = _abbreviations.expansions()
        wanted = [a for a in wanted if a in full]
        if not wanted:
            return
        start = f.body_start or 0
        body = [p for p in doc.paragraphs(tables=False) if p.index >= start
                and (f.body_end is None or p.index < f.body_end) and not p.in_textbox]
        text = "\n".join(p.match for p in body)
        for ab in wanted:
            if re.search(rf"\((?:sau đây (?:gọi|viết) tắt là\s*:?\s*)?{ab}\b", text):
                continue  # defined in brackets: the drafter chose to use it
            word = recache.compile(rf"(?<![\w/.\-]){ab}(?![\w/\-])")
            kind = f.doc_type.lower()
            for p in body:
                for m in word.finditer(p.match):
                    yield Finding(
                        p.at(m.start(), len(ab)),
                        f"{kind[0].upper()}{kind[1:]} viết tắt \"{ab}\"; loại văn bản này viết "
                        f"đầy đủ \"{full[ab]}\".",
                        suggestion=f"Viết \"{full[ab]}\".",
                        fix=Fix(full[ab]),
                    )
