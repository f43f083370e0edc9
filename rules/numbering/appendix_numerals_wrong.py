"""Rule NUM009: appendices numbered in the wrong kind of numerals for the system, or mixed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from validator.model import Document
from validator.rule import Finding, Rule, Severity

WORD = {"arabic": "số Ả Rập (1, 2, 3)", "roman": "số La Mã (I, II, III)"}


class AppendixNumeralsWrong(Rule):
    """Flags appendices numbered in the wrong kind of numerals for the system, or mixed.

    Flags appendices numbered in Roman numerals in a Party document, in Arabic numerals in a
    state document, or in both kinds in one document.

    Why: HD 36 numbers a Party document's appendices in Arabic numerals (Phụ lục 1, 2, …);
    NĐ 30 numbers a state document's appendices in Roman numerals (Phụ lục I, II, …). The
    profile setting ``appendix_numerals`` ("arabic" or "roman") overrides the system.

    Tóm tắt: Phụ lục đánh số sai kiểu chữ số (Đảng: số Ả Rập; Nhà nước: số La Mã) hoặc lẫn hai kiểu.

    Vì sao: Hướng dẫn 36 đánh số phụ lục văn bản của Đảng bằng số Ả Rập (Phụ lục 1, 2, …); Nghị định
    30 đánh số phụ lục văn bản nhà nước bằng số La Mã (Phụ lục I, II, …). Thiết lập
    appendix_numerals của hồ sơ văn bản ("arabic" hoặc "roman") được ưu tiên hơn hệ thống văn bản.

    Bad:
        p: ĐẢNG CỘNG SẢN VIỆT NAM
        p: Nội dung (Phụ lục I, Phụ lục II kèm theo).
        p: PHỤ LỤC I  # expect: NUM009
        p: DANH MỤC NHIỆM VỤ
        p: PHỤ LỤC II  # expect: NUM009
        p: DANH MỤC DỰ ÁN
    Good:
        p: ĐẢNG CỘNG SẢN VIỆT NAM
        p: Nội dung (Phụ lục 1, Phụ lục 2 kèm theo).
        p: PHỤ LỤC 1
        p: DANH MỤC NHIỆM VỤ
        p: PHỤ LỤC 2
        p: DANH MỤC DỰ ÁN
    """

    id = "NUM009"
    name = "appendix-numerals-wrong"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        apps = [a for a in self.analysis.appendices if a.numerals]
        if len(apps) < 2:
            return  # both texts prescribe the numerals for two appendices or more
        want = self.setting("appendix_numerals", None)
        why = "theo cấu hình"
        if want not in ("arabic", "roman"):
            system = self.analysis.frame.system
            if system == "party":
                want, why = "arabic", "văn bản của Đảng (Hướng dẫn 36-HD/VPTW)"
            elif system == "state":
                want, why = "roman", "văn bản hành chính nhà nước (Nghị định 30/2020/NĐ-CP)"
            else:
                kinds = Counter(a.numerals for a in apps)
                if len(kinds) < 2:
                    return
                want, why = kinds.most_common(1)[0][0], "như các phụ lục khác"
        for a in apps:
            if a.numerals != want:
                yield Finding(
                    a.heading.at(0, 0),
                    f'Phụ lục "{a.number}" đánh bằng {WORD[a.numerals or ""]}; {why} dùng '
                    f"{WORD[want]}",
                    f"Đánh số phụ lục bằng {WORD[want]}.")
