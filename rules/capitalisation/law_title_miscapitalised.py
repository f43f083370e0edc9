"""CAP004: the title of a law or code in the wrong case ("Bộ luật dân sự")."""

from __future__ import annotations

from collections.abc import Iterator

from rules.capitalisation._names import names, pattern, recase
from rules.capitalisation._text import (
    inside,
    previous_word,
    quoted,
    running_paragraphs,
    sentence_start,
)
from rules.capitalisation._vocabulary import vocabulary
from validator.model import Document
from validator.rule import Finding, Fix, Rule, Severity

_NOT_A_LAW = {"pháp", "kỷ", "quy", "dự"}  # "pháp luật đất đai", "dự luật"


class LawTitleMiscapitalised(Rule):
    """Flags the title of a law or code written with other capitals than its own.

    Why: Nghị định 30/2020/NĐ-CP, Phụ lục II, V.6: a particular document's type name and the
    first syllable of its title are capitalised, the rest keeps the case of ordinary words
    (proper names excepted): "Bộ luật Dân sự", "Luật Tổ chức chính quyền địa phương", "Luật
    Ngân sách nhà nước". The titles are those of ``rules/data/capitalisation.toml`` (a
    profile adds its own). A title all in small letters may mean the field of law ("pháp
    luật về đất đai") and is left alone.

    Tóm tắt: Tên luật, bộ luật viết hoa sai ("Bộ luật dân sự", "Luật Tổ chức Chính quyền địa
    phương").

    Vì sao: Nghị định 30/2020/NĐ-CP, Phụ lục II, mục V.6: viết hoa tên loại và chữ cái đầu của tên
    văn bản cụ thể, các chữ còn lại viết như từ thường (trừ tên riêng): "Bộ luật Dân sự", "Luật Tổ
    chức chính quyền địa phương", "Luật Ngân sách nhà nước". Danh sách tên luật ở
    rules/data/capitalisation.toml (hồ sơ văn bản có thể bổ sung). Tên viết thường hoàn toàn có thể
    chỉ một lĩnh vực pháp luật ("pháp luật về đất đai") nên không bị báo.

    Bad:
        p: Căn cứ Luật Tổ chức Chính quyền địa phương ngày 19 tháng 02 năm 2025.   # expect: CAP004
        p: Hành vi quy định tại Điều 256a Bộ luật hình sự năm 2015.   # expect: CAP004
    Good:
        p: Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025.
        p: Hành vi quy định tại Điều 256a Bộ luật Hình sự; pháp luật về đất đai.
    """

    id = "CAP004"
    name = "law-title-miscapitalised"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        titles = names(vocabulary(self.context, "laws").get("titles", []))
        for p in running_paragraphs(self.analysis):
            text = p.text
            if "uật" not in text:
                continue
            for start, end, prescribed in titles.find(p, self.analysis):
                written = text[start:end]
                have = pattern(written)
                if titles.accepts(written) or not any(have) or written.isupper():
                    continue
                if previous_word(text, start).lower() in _NOT_A_LAW:
                    continue
                if sentence_start(text, start) and not any(have[1:]):
                    continue  # "Luật đất đai …" opening a sentence: the law or the field
                if inside(quoted(text), start):
                    continue
                want = recase(written, prescribed)
                yield Finding(
                    p.at(start, end - start),
                    f"Tên văn bản luật viết hoa chưa đúng: \"{written}\".",
                    suggestion=f"Viết \"{want}\".",
                    fix=Fix(want),
                )
