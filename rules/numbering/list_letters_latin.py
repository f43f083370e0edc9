"""Rule NUM010 list-letters-latin."""

from __future__ import annotations

from collections.abc import Iterator

from validator.analysis import Analysis
from validator.model import Document, Paragraph
from validator.rule import Finding, Related, Rule, Severity

# Letters of the Latin alphabet that Vietnamese does not write: a Vietnamese list has none.
FOREIGN = "fjwz"


def _letter(p: Paragraph) -> str:
    label = (p.outline_label or p.label or "").strip().lower()
    return label[:1]


def lettered_lists(analysis: Analysis) -> list[list[Paragraph]]:
    """The lists of points ("a)", "b)" …) of the outline, each in order: items of one depth
    from an "a)" on, until an item of a higher level or another "a)"."""
    depths = analysis.outline_walk.depths
    lists: list[list[Paragraph]] = []
    open_: dict[int, list[Paragraph]] = {}
    for depth, p in depths:
        for d in [d for d in open_ if d > depth]:
            lists.append(open_.pop(d))
        if p.outline_kind != "letter":
            if depth in open_:
                lists.append(open_.pop(depth))
            continue
        if _letter(p) == "a" or depth not in open_:
            if depth in open_:
                lists.append(open_.pop(depth))
            open_[depth] = []
        open_[depth].append(p)
    lists.extend(open_.values())
    return [items for items in lists if len(items) > 1]


class ListLettersLatin(Rule):
    """Flags a lettered list that follows the Latin alphabet: "d)" then "e)", or an "f)".

    Why: Vietnamese points are lettered in the Vietnamese alphabet, a, b, c, d, đ, e, g, h,
    i, k… (Nghị định 30, Phụ lục I §II.6; Hướng dẫn 36 writes its points the same way), with
    no f, j, w or z. Word's automatic lettering and drafters used to English lists skip "đ)"
    and insert "f)"; reviewers of the real drafts renumbered such lists ("f)" became "g)").
    One finding per document, on the first wrong letter, the other lists related.

    Tóm tắt: Các điểm đánh chữ cái theo bảng chữ cái Latin ("d)" rồi "e)", hoặc có "f)") thay vì
    bảng chữ cái tiếng Việt (a, b, c, d, đ, e, g…).

    Vì sao: Các điểm được đánh theo bảng chữ cái tiếng Việt: a, b, c, d, đ, e, g, h, i, k… (Nghị
    định 30, Phụ lục I mục II.6; Hướng dẫn 36 cũng vậy), không có f, j, w, z. Đánh chữ tự động của
    Word và thói quen danh sách tiếng Anh bỏ "đ)" và thêm "f)"; người thẩm định các dự thảo thật đã
    đánh lại (f) thành g)). Mỗi văn bản một vấn đề, ở chữ sai đầu tiên, các danh sách khác đi kèm.

    Bad:
        p: 1. Nhiệm vụ của Hội:
        p: a) Tập hợp hội viên;
        p: b) Bảo vệ quyền lợi hội viên;
        p: c) Tổ chức hoạt động chuyên môn;
        p: d) Hợp tác quốc tế;
        p: e) Thực hiện nhiệm vụ khác.  # expect: NUM010
    Good:
        p: 1. Nhiệm vụ của Hội:
        p: a) Tập hợp hội viên;
        p: b) Bảo vệ quyền lợi hội viên;
        p: c) Tổ chức hoạt động chuyên môn;
        p: d) Hợp tác quốc tế;
        p: đ) Thực hiện nhiệm vụ khác.
    """

    id = "NUM010"
    name = "list-letters-latin"
    severity = Severity.WARNING

    def check(self, doc: Document) -> Iterator[Finding]:
        wrong: list[tuple[Paragraph, str]] = []
        for items in lettered_lists(self.analysis):
            letters = [_letter(p) for p in items]
            for i in range(1, len(items)):
                prev, cur = letters[i - 1], letters[i]
                if cur in FOREIGN:
                    wrong.append((items[i], f'"{cur})" không có trong bảng chữ cái tiếng Việt'))
                    break
                if prev == "d" and cur == "e":
                    wrong.append((items[i], 'sau "d)" là "e)", thiếu "đ)"'))
                    break
        if not wrong:
            return
        # one finding per document: lettering in the Latin order is one habit, set right once
        (p, problem), rest = wrong[0], wrong[1:]
        more = f" (cùng lỗi ở {len(rest)} danh sách khác)" if rest else ""
        yield Finding(
            p.at(0, 0),
            f"Danh sách đánh chữ cái theo bảng chữ cái Latin: {problem}{more}; thứ tự đúng: "
            "a, b, c, d, đ, e, g, h, i, k…",
            suggestion="Đánh lại các điểm theo bảng chữ cái tiếng Việt: … d), đ), e), g), h)…",
            related=tuple(Related(q.location, why, q.text.strip()[:60]) for q, why in rest),
        )
