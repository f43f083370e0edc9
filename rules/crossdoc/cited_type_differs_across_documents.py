"""Rule XDC002 cited-type-differs-across-documents."""

from __future__ import annotations

from collections.abc import Iterator

from rules.crossdoc._shared import others, refs
from validator.crossdoc.extract import norm
from validator.crossdoc.index import CrossFinding, CrossRule, Index, majority
from validator.rule import Severity

GENERIC = frozenset({"văn bản"})  # names no type (COD009 asks for "Công văn")


class CitedTypeDiffersAcrossDocuments(CrossRule):
    """Flags a document naming a cited code with another type than the other documents do.

    The type name most documents write before the code is taken as right (of two documents,
    the older one's). "Văn bản số …" names no type and is not compared.

    Why: "Kế hoạch số 111/KH-CAT-PC06" in one report and "Quyết định số 111/KH-CAT-PC06" in the
    next cannot both be right; each report alone may look consistent.

    Tóm tắt: Một văn bản được dẫn với tên loại khác với tên loại mà các văn bản khác được
    kiểm tra cùng ghi.

    Vì sao: "Kế hoạch số 111/KH-CAT-PC06" ở báo cáo này và "Quyết định số 111/KH-CAT-PC06" ở
    báo cáo sau không thể cùng đúng, dù từng báo cáo riêng lẻ vẫn có vẻ thống nhất.

    Bad:
        file: bao-cao-thang-9.docx
        p: Công an tỉnh ban hành Kế hoạch số 111/KH-CAT-PC06 ngày 29/8/2025.
        file: bao-cao-thang-10.docx
        p: Công an tỉnh ban hành Chương trình số 111/KH-CAT-PC06 ngày 29/8/2025.  # expect: XDC002
    Good:
        file: bao-cao-thang-9.docx
        p: Công an tỉnh ban hành Kế hoạch số 111/KH-CAT-PC06 ngày 29/8/2025.
        file: bao-cao-thang-10.docx
        p: Công an tỉnh ban hành Kế hoạch số 111/KH-CAT-PC06 ngày 29/8/2025.
    """

    id = "XDC002"
    name = "cited-type-differs-across-documents"
    severity = Severity.WARNING

    def check_index(self, index: Index) -> Iterator[CrossFinding]:
        for by_doc in index.cites.values():
            groups: dict[str, list[str]] = {}
            for path, cites in by_doc.items():
                words = {norm(c.type_word) for c in cites if c.type_word} - GENERIC
                if len(words) == 1:
                    groups.setdefault(words.pop(), []).append(path)
            if len(groups) < 2:
                continue
            common = majority(groups, index)
            agreeing = [(p, c.place) for p in groups[common] for c in by_doc[p]
                        if c.type_word and norm(c.type_word) == common]
            for word, paths in groups.items():
                if word == common:
                    continue
                for path in paths:
                    agree = [(p, where) for p, where in agreeing
                             if not index.versions(p, path)]
                    if not agree:
                        continue  # only another version of this document disagrees
                    cite = next(c for c in by_doc[path]
                                if c.type_word and norm(c.type_word) == word)
                    where = refs(index, agree, common.capitalize())
                    yield CrossFinding(
                        path, cite.place,
                        f'"{cite.code}" được gọi là "{cite.type_word}", còn '
                        f'{others(where, len({p for p, _ in agree}))} gọi là "{common.capitalize()}".',
                        refs=where,
                        suggestion="Đối chiếu với văn bản gốc để ghi đúng tên loại văn bản.",
                    )
