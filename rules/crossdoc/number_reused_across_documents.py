"""Rule XDC003 number-reused-across-documents."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rules.codes.code_reused_for_different_documents import _same as same_subject
from validator.crossdoc.index import CrossFinding, CrossRule, Index, Ref, file_name
from validator.crossdoc.model import Cite, Contribution, Place
from validator.rule import Severity


def _subject(title: str) -> str:
    """A document's own summary line as a citation's subject: "về việc" dropped."""
    return " ".join(re.findall(r"\w+", re.sub(r"^(?:v/v|về việc|về)\s+", "", title)))


def different(a: str, b: str) -> bool:
    """Two subjects of clearly different documents: not the same by COD010's comparison, and
    fewer than half the words of the shorter in the longer (a summary abridged, or written
    with an abbreviation, "CCHC" for "cải cách hành chính", keeps more)."""
    if same_subject(a, b):
        return False
    wa, wb = set(a.split()), set(b.split())
    short = min(wa, wb, key=len)
    return len(wa & wb) < 0.5 * len(short)


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


class NumberReusedAcrossDocuments(CrossRule):
    """Warns when one issuer's number stands for two different documents across the set.

    Three cases, each reported on the newer document: two documents carry the same number
    of their own with different summaries; a document cites another's own number for a
    document on another subject; two documents cite one code, dated alike, for documents on
    different subjects (within one document that is COD010).

    Why: numbers are given by the records office one by one; "Quyết định số 2631/QĐ-UBND"
    cited for the staffing quota in one report and for another decision in the next (the
    real decision being 2632/QĐ-UBND) is a slip no single report shows.

    Tóm tắt: Cùng một số, ký hiệu được dùng cho hai văn bản khác nhau trong các văn bản được
    kiểm tra cùng.

    Vì sao: Số văn bản do văn thư cấp lần lượt; "Quyết định số 2631/QĐ-UBND" được dẫn cho
    việc giao biên chế ở báo cáo này và cho một quyết định khác ở báo cáo kia (quyết định
    đúng là 2632/QĐ-UBND) là lỗi mà không báo cáo riêng lẻ nào cho thấy.

    Bad:
        file: bao-cao-quy-1.docx
        p: Quyết định số 2631/QĐ-UBND ngày 22/12/2025 về tạm giao biên chế công chức năm 2026.
        file: bao-cao-quy-2.docx
        p: Quyết định số 2631/QĐ-UBND ngày 22/12/2025 về giao số lượng người làm việc.  # expect: XDC003
    Good:
        file: bao-cao-quy-1.docx
        p: Quyết định số 2631/QĐ-UBND ngày 22/12/2025 về tạm giao biên chế công chức năm 2026.
        file: bao-cao-quy-2.docx
        p: Quyết định số 2632/QĐ-UBND ngày 22/12/2025 về giao số lượng người làm việc.
    """

    id = "XDC003"
    name = "number-reused-across-documents"
    severity = Severity.WARNING

    def check_index(self, index: Index) -> Iterator[CrossFinding]:
        reported: set[tuple[str, str]] = set()
        for key, owners in index.own_numbers.items():
            yield from self._own_twice(owners, reported, key)
            owner = owners[0]
            theirs = _subject(owner.title)
            if not theirs or owner.own_number is None:
                continue
            for path, cites in index.cites.get(key, {}).items():
                if path == owner.path or (path, key) in reported:
                    continue
                cite = next((c for c in cites if c.subject), None)
                if cite is None or not different(cite.subject, theirs):
                    continue
                reported.add((path, key))
                yield CrossFinding(
                    path, cite.place,
                    f'"{cite.code}" là số của văn bản "{file_name(owner.path)}" '
                    f'("{_short(owner.title)}"), không phải của văn bản về '
                    f'"{_short(cite.subject)}".',
                    refs=(Ref(owner.path, owner.own_number.place, "Số của văn bản này"),),
                    suggestion="Kiểm tra lại số, ký hiệu của văn bản được dẫn.",
                )
        for key, by_doc in index.cites.items():
            yield from self._cited_twice(index, key, by_doc, reported)

    @staticmethod
    def _own_twice(owners: list[Contribution], reported: set[tuple[str, str]],
                   key: str) -> Iterator[CrossFinding]:
        first = owners[0]
        for doc in owners[1:]:
            if doc.own_number is None or first.own_number is None:
                continue
            if not different(_subject(doc.title), _subject(first.title)):
                continue  # the same document (a draft and its final, say)
            reported.add((doc.path, key))
            yield CrossFinding(
                doc.path, doc.own_number.place,
                f'Số "{doc.own_number.code}" đã là số của văn bản "{file_name(first.path)}" '
                f'("{_short(first.title)}").',
                refs=(Ref(first.path, first.own_number.place, "Số đã dùng"),),
                suggestion="Lấy số mới tại bộ phận văn thư.",
            )

    @staticmethod
    def _cited_twice(index: Index, key: str, by_doc: dict[str, list[Cite]],
                     reported: set[tuple[str, str]]) -> Iterator[CrossFinding]:
        seen: list[tuple[str, str, str | None, Place]] = []  # subject, path, date, place
        for path in sorted(by_doc, key=lambda p: index.rank[p]):
            cites = [c for c in by_doc[path] if c.subject and c.date]
            if not cites or (path, key) in reported:
                continue
            cite = cites[0]
            for subject, other, date, where in seen:
                if other == path or date != cite.date or not different(subject, cite.subject) \
                        or index.versions(other, path):
                    continue
                reported.add((path, key))
                yield CrossFinding(
                    path, cite.place,
                    f'"{cite.code}" được dẫn cho văn bản về "{_short(cite.subject)}", còn '
                    f'"{file_name(other)}" dẫn cùng số, ký hiệu cho văn bản về '
                    f'"{_short(subject)}".',
                    refs=(Ref(other, where, "Lần dẫn khác"),),
                    suggestion="Kiểm tra lại số, ký hiệu của một trong hai văn bản.",
                )
                break
            else:
                seen.append((cite.subject, path, cite.date, cite.place))
