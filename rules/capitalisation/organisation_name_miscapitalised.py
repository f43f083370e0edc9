"""CAP005: the name of an agency or organisation in the wrong case ("Ủy ban Nhân dân")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from rules.capitalisation._names import names, pattern, recase
from rules.capitalisation._text import (
    inside,
    next_word,
    previous_word,
    quoted,
    running_paragraphs,
    sentence_start,
)
from rules.capitalisation._vocabulary import vocabulary
from validator.model import Document, Paragraph
from validator.rule import Finding, Fix, Rule, Severity

_PLURAL = {"các", "những", "mỗi", "từng", "mọi", "một"}
_PLURAL_AFTER = {"các", "những", "cấp"}


class OrganisationNameMiscapitalised(Rule):
    """Flags the name of an agency or organisation written with other capitals than prescribed.

    Why: Nghị định 30/2020/NĐ-CP, Phụ lục II, IV.1: a body's name takes a capital on the
    words for its kind and for its function or field, and nowhere else: "Ủy ban nhân dân
    tỉnh", "Sở Nội vụ", "Ban Thường vụ Tỉnh ủy", "Mặt trận Tổ quốc Việt Nam". The names are
    those of ``rules/data/capitalisation.toml`` (a profile adds its own). A name that is also
    a common noun ("ban chỉ đạo", "văn phòng", "cơ sở giáo dục") is flagged only where it
    stands with a name ("ban kiểm tra Liên đoàn") or where the document writes it correctly
    elsewhere.

    Tóm tắt: Tên cơ quan, tổ chức viết hoa sai ("Ủy ban Nhân dân", "Sở nội vụ", "Ban chấp hành
    Hội").

    Vì sao: Nghị định 30/2020/NĐ-CP, Phụ lục II, mục IV.1: tên cơ quan, tổ chức viết hoa chữ đầu của
    các từ chỉ loại hình và chức năng, lĩnh vực, không viết hoa chỗ khác: "Ủy ban nhân dân tỉnh",
    "Sở Nội vụ", "Ban Thường vụ Tỉnh ủy", "Mặt trận Tổ quốc Việt Nam". Danh sách tên ở
    rules/data/capitalisation.toml (hồ sơ văn bản có thể bổ sung). Tên cũng là danh từ chung ("ban
    chỉ đạo", "văn phòng", "cơ sở giáo dục") chỉ bị báo khi đi kèm một tên riêng ("ban kiểm tra Liên
    đoàn") hoặc khi văn bản viết đúng ở chỗ khác.

    Bad:
        p: Hội báo cáo Ủy ban Nhân dân tỉnh Lâm Đồng.  # expect: CAP005
        p: Gửi Sở Văn hóa, thể thao và du lịch.  # expect: CAP005
        p: Biên bản các cuộc họp của ban kiểm tra Liên đoàn.  # expect: CAP005
    Good:
        p: Hội báo cáo Ủy ban nhân dân tỉnh Lâm Đồng.
        p: Gửi Sở Văn hóa, Thể thao và Du lịch.
        p: Thành lập ban chỉ đạo các cấp; cán bộ y tế; văn phòng đại diện.
    """

    id = "CAP005"
    name = "organisation-name-miscapitalised"
    severity = Severity.WARNING
    fixable = True

    def check(self, doc: Document) -> Iterator[Finding]:
        voc = vocabulary(self.context, "organisations")
        always = set(voc.get("always", []))
        known = names([*voc.get("always", []), *voc.get("specific", [])], voc.get("accepted", []))
        not_after = voc.get("not_after", {})
        not_before = voc.get("not_before", {})
        found: list[tuple[Paragraph, int, int, str]] = []
        right: Counter[str] = Counter()
        for p in running_paragraphs(self.analysis):
            for start, end, prescribed in known.find(p, self.analysis):
                written = p.text[start:end]
                if written.isupper():
                    continue  # a title in capitals
                if known.accepts(written):
                    right[prescribed] += 1
                    continue
                first, last = written.split()[0].lower(), written.split()[-1].lower()
                if previous_word(p.text, start).lower() in not_after.get(first, ()):
                    continue  # "cán bộ y tế", "cơ sở giáo dục", "Trưởng ban Kiểm tra"
                if next_word(p.text, end).lower() in not_before.get(last, ()):
                    continue  # "tỉnh ủy quyền"
                found.append((p, start, end, prescribed))
        for p, start, end, prescribed in found:
            written = p.text[start:end]
            if not _wrong(p.text, start, end, prescribed, prescribed in always, right):
                continue
            if inside(quoted(p.text), start):
                continue
            want = recase(written, prescribed)
            yield Finding(
                p.at(start, end - start),
                f"Tên cơ quan, tổ chức viết hoa chưa đúng: \"{written}\".",
                suggestion=f"Viết \"{want}\".",
                fix=Fix(want),
            )


def _wrong(text: str, start: int, end: int, prescribed: str, always: bool,
           right: Counter[str]) -> bool:
    """Whether the case written is certainly wrong, not a common noun in small letters."""
    have, want = pattern(text[start:end]), pattern(prescribed)
    if have[0] and any(have[1:]):
        return True  # a name written with capitals, but not the prescribed ones
    before = previous_word(text, start)
    named = next_word(text, end)[:1].isupper() or (
        before[:1].isupper() and not sentence_start(text, start))
    if before.lower() in _PLURAL or next_word(text, end) in _PLURAL_AFTER:
        return False  # "các Ban chỉ đạo", "Ban chỉ đạo các cấp"
    if have[0]:  # "Ban chấp hành": the body, or a common noun at the start of a sentence
        return always or named or right[prescribed] > 0
    if any(have):  # "sở Khoa học và Công nghệ": the name but its first letter
        return named or have[1:] == want[1:]
    # "ủy ban nhân dân" is the body however written; "hội nông dân" in small letters, where
    # the name has capitals inside, is as likely the common noun ("hội viên hội nông dân")
    return named or (always and not any(want[1:]))
