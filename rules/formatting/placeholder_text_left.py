"""FMT010 placeholder-text-left."""

from __future__ import annotations

import re
from collections.abc import Iterator

from msgspec.structs import replace

from validator import recache
from validator.analysis.frame import NUMBER_LINE_RE, PLACE_DATE_RE
from validator.model import Document, Paragraph
from validator.rule import Finding, Related, Rule, Severity

_DOTS = r"(?:…|\.{3})"
PLACEHOLDER = recache.compile(
    r"(?P<xx>\b[xX]{1,2}[/.-][xX]{1,2}(?:[/.-](?:\d{4}|[xX]{2,4}))?\b)"
    r"|(?P<bracket>\[\s*(?:…|\.{2,}|_+)\s*\])"
    # short runs only: long dotted lines are blanks for handwriting on forms and slips
    r"|(?P<run>(?<![\w….])(?:…\s?){2,6}(?![….])|(?<![\w….])\.{4,12}(?![….])"
    r"|(?<![\w_])_{4,12}(?!_))"
    r"|(?P<template>\{\{[^}]{0,60}\}\}|«[^»\n]{1,40}»|\[(?:TÊN|SỐ|NGÀY|ĐỊA DANH)[^\]]{0,30}\])"
    # a lone "…" standing for a value: "số …/", "ngày … tháng … năm", "Ông (bà): …"
    r"|(?P<lone>(?:(?<=số )|(?<=ngày )|(?<=tháng )|(?<=năm )|(?<=: )|(?<=^))"
    + _DOTS + r"(?=\s*(?:/|tháng|năm|$)))",
    re.IGNORECASE,
)
# Every placeholder form holds one of these; most paragraphs hold none and are skipped cheaply.
TRIGGER = recache.compile(r"[…\[{«_]|\.\.\.|[xX][/.\-]")
# From this many blanks on, a document that is not an issued administrative document is read
# as a blank form or template and gets one summary instead of a finding per blank.
FORM_BLANKS = 5
KEM_THEO = recache.compile(r"\bkèm theo\b", re.IGNORECASE)
# Blanks a draft keeps until signing: dates ("ngày … tháng … năm"), numbers ("số …/"),
# the copy count of the "Lưu" line.
DRAFT_BLANK = recache.compile(
    r"(?:ngày|tháng|số|năm)\s*$|^\s*[/.]|^\s*(?:tháng|năm)\b", re.IGNORECASE
)
DRAFT_MARK = recache.compile(r"^\s*\(?\s*DỰ THẢO\b", re.IGNORECASE)
# "Quyết định số        /QĐ-UBND": a number left blank for the records office.
BLANK_NUMBER = recache.compile(r"\bsố\s*(?:\s{3,}|…+\s*|\.{2,}\s*)/\s*[A-ZĐ]", re.IGNORECASE)


class PlaceholderTextLeft(Rule):
    """Flags a placeholder left where a value belongs: "……", "xx/xx/2026", "[…]", "số …/".

    Why: drafts are built from templates and earlier reports; a blank left unfilled goes out
    with the signed document. In a draft, the number and the day in the number line and the
    place-and-date line are left blank on purpose for the records office, and so is the
    report's own number where an appendix cites it ("Kèm theo Báo cáo số …"): these are not
    flagged. In a Word template (.dotx, .dotm; setting ``template``) the blanks are made to be
    filled in: they are one information finding.

    Tóm tắt: Còn chỗ trống hoặc chữ giữ chỗ chưa điền ("……", "xx/xx/2026", "[…]").

    Vì sao: Dự thảo được làm từ mẫu và từ báo cáo trước; chỗ trống chưa điền sẽ đi theo văn bản đã
    ký. Trong dự thảo, số và ngày ở dòng số, ký hiệu và dòng địa danh, ngày tháng được cố ý để trống
    cho văn thư, cũng như số của chính báo cáo ở chỗ phụ lục dẫn tới ("Kèm theo Báo cáo số …"):
    những chỗ này không bị báo. Trong tệp mẫu của Word (.dotx, .dotm), chỗ trống là để điền khi
    dùng mẫu nên chỉ được nêu một lần, ở mức thông tin.

    Bad:
        p: Hội nghị dự kiến tổ chức ngày xx/xx/2026 tại Hội trường.  # expect: FMT010
    Good:
        p: Hội nghị dự kiến tổ chức ngày 12/3/2026 tại Hội trường.
    """

    id = "FMT010"
    name = "placeholder-text-left"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        f = self.analysis.frame
        draft = (
            f.is_draft_number
            or (f.date is not None and f.date.day is None)
            or any(DRAFT_MARK.match(p.match) for p in doc.body_paragraphs[:40])
            or any(DRAFT_MARK.match(p.match) for p in doc.textboxes[:10])
            or (f.number_line is None
                and any(BLANK_NUMBER.search(p.match) for p in doc.body_paragraphs))
        )
        exempt = {id(p) for p in (f.number_line, f.place_date) if p is not None}
        found: list[Finding] = []
        for p in doc.all_paragraphs():
            if TRIGGER.search(p.match) is None:
                continue
            if (id(p) in exempt and draft) or self._blank_by_design(p, draft):
                continue
            for m in PLACEHOLDER.finditer(p.match):
                if draft and m.lastgroup in ("lone", "run") and self._draft_blank(p, m):
                    continue
                start, end = m.start(), m.end()
                while end > start and p.text[end - 1].isspace():
                    end -= 1
                text = p.text[start:end]
                found.append(Finding(
                    p.at(start, end - start),
                    f'Còn chỗ trống hoặc chữ giữ chỗ chưa điền: "{text.strip()}"',
                    suggestion="Điền giá trị thật hoặc xóa chỗ trống.",
                ))
                break
        if self.setting("template") and found:
            # A Word template (.dotx, .dotm): its blanks are there to be filled in each time
            # it is used, so they are one piece of information, never an error.
            first = found[0]
            yield Finding(
                first.location,
                f"Mẫu văn bản có {len(found)} chỗ trống để điền khi dùng mẫu (chỗ đầu tiên: "
                f"{first.message.split(': ', 1)[-1]}).",
                related=tuple(Related(x.location, x.message) for x in found[1:11]),
                severity=Severity.INFO,
            )
        elif f.is_administrative or not found:
            yield from found
        elif len(found) < FORM_BLANKS:
            # a form, petition or template: blanks are expected until it is filled in
            for finding in found:
                yield replace(finding, severity=Severity.WARNING)
        else:
            first = found[0]
            yield Finding(
                first.location,
                f"Văn bản có {len(found)} chỗ trống chưa điền; có vẻ là mẫu biểu chưa điền "
                f"thông tin (chỗ đầu tiên: {first.message.split(': ', 1)[-1]}).",
                suggestion="Nếu đây là văn bản để gửi đi, hãy điền đủ các chỗ trống.",
                related=tuple(Related(x.location, x.message) for x in found[1:11]),
                severity=Severity.WARNING,
            )

    @staticmethod
    def _draft_blank(p: Paragraph, m: re.Match[str]) -> bool:
        """A blank a draft keeps until signing (the date, a number, the copy count)."""
        before, after = p.match[max(0, m.start() - 12):m.start()], p.match[m.end():m.end() + 8]
        return bool(
            KEM_THEO.search(p.match)
            or DRAFT_BLANK.search(before)
            or DRAFT_BLANK.search(after)
            or re.match(r"^\s*[-+]?\s*Lưu\b", p.match)
        )

    @staticmethod
    def _blank_by_design(p: Paragraph, draft: bool) -> bool:
        """A typed rule line, and a draft's number and place-and-date lines outside the frame
        (appendix headers)."""
        line = p.match.strip()
        if len(line) >= 3 and not line.strip("_-=*"):
            return True  # a typed rule line under the summary or the motto, not a blank
        if draft and NUMBER_LINE_RE.match(line) and len(line) < 60:
            return True
        return bool(PLACE_DATE_RE.match(line)) and draft
