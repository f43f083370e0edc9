"""ARI005: a count of documents or items that the list right after it does not match."""

from __future__ import annotations

import re
from collections.abc import Iterator

from validator import recache
from validator.model import Document, Paragraph
from validator.rule import Finding, Rule, Severity

TYPES = (
    "nghị quyết", "quyết định", "kết luận", "chỉ thị", "quy định", "quy chế", "chương trình",
    "kế hoạch", "đề án", "thông báo", "báo cáo", "hướng dẫn", "công văn", "tờ trình", "dự án",
)
TYPE_RE = "|".join(TYPES)
# "ban hành 02 nghị quyết, 01 đề án, 01 chương trình: …" / "02 Nghị quyết mới (…)"
COUNTS_RE = recache.compile(
    rf"(?<![\w.,/])(\d{{1,3}})\s+({TYPE_RE})\b(?:\s+mới)?"
    rf"((?:\s*,\s*(?:và\s+)?\d{{1,3}}\s+(?:{TYPE_RE})\b(?:\s+mới)?)*)\s*(?P<open>[:(])",
    re.IGNORECASE,
)
MORE_RE = recache.compile(rf"(\d{{1,3}})\s+({TYPE_RE})", re.IGNORECASE)
# "khởi công 03 Khu công nghiệp …, gồm A, B và C"
GOM_RE = recache.compile(
    r"(?<![\w.,/])(\d{1,3})\s+([^\W\d_]+(?:\s+[^\W\d_]+){0,2})[^.;:()]{0,80}?,?\s+gồm:?\s+"
    r"(?P<list>[^.;]+)"
)
SUBSET = recache.compile(r"nổi bật|tiêu biểu|trong đó|như|điển hình", re.IGNORECASE)


def _listed(text: str, kind: str) -> int:
    """Entries of the list that start with the document type ``kind`` ("Nghị quyết số …")."""
    return sum(
        1 for seg in re.split(r"[;,]", text)
        if re.match(rf"\s*{kind}\b(?:\s+hành động)?\s+(?:số\s+)?\d", seg, re.IGNORECASE)
    )


class CountListMismatch(Rule):
    """Flags a count whose list right after it names a different number of items.

    Why: "ban hành 02 nghị quyết, 01 đề án: Nghị quyết số …, Đề án số …, Đề án số …" or
    "khởi công 03 khu công nghiệp, gồm A và B" contradicts itself. Lists introduced as
    highlights ("nổi bật là", "tiêu biểu", "như") are a selection and are left alone.

    Tóm tắt: Số lượng nêu ra khác với số văn bản, số mục được liệt kê ngay sau.

    Vì sao: "ban hành 02 nghị quyết, 01 đề án: Nghị quyết số …, Đề án số …, Đề án số …" hay "khởi
    công 03 khu công nghiệp, gồm A và B" tự mâu thuẫn. Danh sách nêu ví dụ ("nổi bật là", "tiêu
    biểu", "như") chỉ là một phần nên không bị so.

    Bad:
        p: Ban hành 02 đề án: Đề án số 7-ĐA/TU; Đề án số 8-ĐA/TU; Đề án số 9.  # expect: ARI005
    Good:
        p: Ban hành 03 đề án: Đề án số 7-ĐA/TU; Đề án số 8-ĐA/TU; Đề án số 9-ĐA/TU.
    """

    id = "ARI005"
    name = "count-list-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for p in self.analysis.digit_paragraphs:  # both patterns start at a count
            yield from self._documents(p)
            yield from self._gom(p)

    def _documents(self, p: Paragraph) -> Iterator[Finding]:
        text = p.match
        if ":" not in text and "(" not in text:
            return  # COUNTS_RE ends at ":" or "("
        for m in COUNTS_RE.finditer(text):
            rest = text[m.end():]
            if m.group("open") == "(":
                rest = rest.split(")")[0] if ")" in rest else rest
            else:
                rest = re.split(r"\.\s|\n", rest)[0]
            if SUBSET.match(rest.strip()) or SUBSET.search(text[m.start():m.end()]):
                continue
            counts = [(m.group(1), m.group(2))] + MORE_RE.findall(m.group(3))
            for n, kind in counts:
                listed = _listed(rest, kind)
                if listed and listed != int(n):
                    yield Finding(
                        p.at(m.start(), m.end() - m.start()),
                        f"Ghi {n} {kind.lower()} nhưng danh sách ngay sau liệt kê {listed} "
                        f"{kind.lower()}.",
                        suggestion="Sửa số lượng hoặc danh sách cho khớp.",
                    )

    def _gom(self, p: Paragraph) -> Iterator[Finding]:
        if "gồm" not in p.match:
            return
        for m in GOM_RE.finditer(p.match):
            listed = re.split(r"\s(?:với|có|tổng|nhằm|để|tại|thuộc)\s", m.group("list"))[0]
            items = [x.strip() for x in re.split(r",|\s+và\s+", listed) if x.strip()]
            if len(items) < 2 or any(len(x.split()) > 12 or not x[0].isupper() for x in items):
                continue  # only lists of names ("KCN Vinh Quang, KCN Tiên Lãng 1 và …")
            if SUBSET.search(p.match[m.start():m.start("list")]):
                continue
            n = int(m.group(1))
            if n != len(items):
                yield Finding(
                    p.at(m.start(), m.end() - m.start()),
                    f"Ghi {m.group(1)} {m.group(2)} nhưng sau \"gồm\" liệt kê {len(items)} mục: "
                    + "; ".join(f"\"{x}\"" for x in items) + ".",
                    suggestion="Sửa số lượng hoặc danh sách cho khớp.",
                    severity=Severity.WARNING,
                )
