"""Rule XDC001 cited-date-differs-across-documents."""

from __future__ import annotations

from collections.abc import Iterator

from rules.crossdoc._shared import dmy, others, refs
from validator.crossdoc.index import CrossFinding, CrossRule, Index, majority
from validator.rule import Severity


class CitedDateDiffersAcrossDocuments(CrossRule):
    """Flags a document citing a code with another date than the other documents checked with it.

    The date most documents give is taken as right (of two documents, the older one's); each
    document giving another date is reported at that date, naming the documents that give the
    common one. A document that gives one code two dates is left to DAT006.

    Why: a series of reports cites the same directives month after month; a date mistyped in
    one of them ("Chỉ thị số 07/CT-TTg ngày 14/3/2025" become "ngày 15/3/2025") passes the
    check of each report alone.

    Tóm tắt: Một văn bản được dẫn với ngày khác với ngày mà các văn bản khác được kiểm tra
    cùng dẫn.

    Vì sao: Các báo cáo trong một loạt dẫn đi dẫn lại cùng các văn bản chỉ đạo; một ngày gõ
    sai ở một báo cáo ("Chỉ thị số 07/CT-TTg ngày 14/3/2025" thành "ngày 15/3/2025") không
    lộ ra khi kiểm tra riêng từng báo cáo.

    Bad:
        file: bao-cao-thang-8.docx
        p: Thực hiện Chỉ thị số 07/CT-TTg ngày 14/3/2025 của Thủ tướng Chính phủ.
        file: bao-cao-thang-9.docx
        p: Thực hiện Chỉ thị số 07/CT-TTg ngày 15/3/2025 của Thủ tướng Chính phủ.  # expect: XDC001
    Good:
        file: bao-cao-thang-8.docx
        p: Thực hiện Chỉ thị số 07/CT-TTg ngày 14/3/2025 của Thủ tướng Chính phủ.
        file: bao-cao-thang-9.docx
        p: Thực hiện Chỉ thị số 07/CT-TTg ngày 14/3/2025 của Thủ tướng Chính phủ.
    """

    id = "XDC001"
    name = "cited-date-differs-across-documents"
    severity = Severity.ERROR

    def check_index(self, index: Index) -> Iterator[CrossFinding]:
        for by_doc in index.cites.values():
            groups: dict[str, list[str]] = {}
            for path, cites in by_doc.items():
                dates = {c.date for c in cites if c.date}
                if len(dates) == 1:
                    groups.setdefault(dates.pop(), []).append(path)
            if len(groups) < 2:
                continue
            common = majority(groups, index)
            agreeing = [(p, c.date_place or c.place) for p in groups[common]
                        for c in by_doc[p] if c.date == common]
            newest = max(groups[common], key=lambda p: index.rank[p])
            written = next((c.date_text for c in by_doc[newest] if c.date == common
                            and c.date_text), None) or dmy(common)
            for date, paths in groups.items():
                if date == common:
                    continue
                for path in paths:
                    agree = [(p, where) for p, where in agreeing
                             if not index.versions(p, path)]
                    if not agree:
                        continue  # only another version of this document disagrees
                    cite = next(c for c in by_doc[path] if c.date == date)
                    where = refs(index, agree, _day(written).capitalize())
                    yield CrossFinding(
                        path, cite.date_place or cite.place,
                        f'"{cite.code}" được dẫn với {_day(cite.date_text or dmy(date))}, còn '
                        f"{others(where, len({p for p, _ in agree}))} dẫn văn bản này với "
                        f"{_day(written)}.",
                        refs=where,
                        suggestion="Đối chiếu với văn bản gốc để ghi đúng ngày ban hành.",
                    )


def _day(text: str) -> str:
    """"14/3/2025" -> "ngày 14/3/2025"; "ngày 04 tháng 12 năm 2025" stays."""
    return text if text.lower().startswith("ngày") else f"ngày {text}"
