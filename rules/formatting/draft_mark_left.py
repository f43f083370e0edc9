"""FMT014 draft-mark-left."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, ClassVar

from validator import recache
from validator.model import Document
from validator.rule import Finding, Rule, Severity

# The mark alone on its line: "DỰ THẢO", "(Dự thảo)", "Dự thảo lần 2", "DỰ THẢO 2" (not a
# sentence about a draft: "Dự thảo Nghị quyết của HĐND tỉnh …").
DRAFT_MARK = recache.compile(
    r"^\s*\(?\s*dự\s+thảo(?:\s+(?:lần\s+)?(?:\d{1,2}|[IVX]{1,4}))?\s*\)?\s*[.:]?\s*$",
    re.IGNORECASE)


class DraftMarkLeft(Rule):
    """Flags a "DỰ THẢO" mark left in the copy that goes to signature (``--stage final``).

    Why: a draft carries "DỰ THẢO" (or "Dự thảo lần 2") under its number, as Hướng dẫn 36
    (Phụ lục 1, box 11b) shows; the copy submitted for signature must not. While drafting
    (the default stage) the mark is expected and nothing is reported; with ``--stage final``
    (or ``stage = "final"`` in the configuration) a mark in the first page's paragraphs, text
    boxes or page header is an error. (The examples below are checked at stage final.)

    Tóm tắt: Bản trình ký (--stage final) còn dấu "DỰ THẢO".

    Vì sao: Dự thảo mang dấu "DỰ THẢO" (hoặc "Dự thảo lần 2") dưới số văn bản, như Hướng dẫn 36
    (Phụ lục 1, ô 11b); bản trình ký thì không được còn. Khi đang soạn (giai đoạn mặc định) dấu
    này là bình thường và không bị báo; với --stage final (hoặc stage = "final" trong cấu hình)
    dấu ở các đoạn đầu trang 1, hộp văn bản hoặc đầu trang là lỗi.

    Bad:
        p: DỰ THẢO  # expect: FMT014
        p: BÁO CÁO
    Good:
        p: BÁO CÁO
    """

    id = "FMT014"
    name = "draft-mark-left"
    severity = Severity.ERROR
    example_settings: ClassVar[dict[str, Any]] = {"stage": "final"}  # for Bad and Good

    def check(self, doc: Document) -> Iterator[Finding]:
        if self.setting("stage", "draft") != "final":
            return
        places = [*doc.body_paragraphs[:40], *doc.textboxes[:10], *doc.headers]
        for p in places:
            m = DRAFT_MARK.match(p.match)
            if m is None:
                continue
            end = len(p.text.rstrip())
            yield Finding(
                p.at(0, end),
                f"Bản trình ký còn dấu \"{p.text.strip()[:30]}\".",
                suggestion="Xóa dấu \"DỰ THẢO\" trước khi trình ký.",
            )
            return
