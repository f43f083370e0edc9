"""ARI001: a table's group row states a count that the rows of the group do not match."""

from __future__ import annotations

from collections.abc import Iterator

import msgspec

from validator import recache
from validator.analysis.tables import TableView
from validator.analysis.text import norm
from validator.model import Document
from validator.rule import Finding, Related, Rule, Severity

GROUP_RE = recache.compile(r"\(\s*(\d{1,4})\s+([^\d()]{2,25}?)\s*\)\s*:?\s*$")
PATH_RE = recache.compile(r"^\s*([IVXLC]+|[A-Z])(?:\.(\d+))*\.?\s*$")


class Group(msgspec.Struct):
    row: int
    path: tuple[str, ...]
    count: int
    noun: str
    label: str
    items: list[int] = msgspec.field(default_factory=list)
    children: list[Group] = msgspec.field(default_factory=list)


def _path(label: str) -> tuple[str, ...] | None:
    label = label.strip().rstrip(".")
    if not PATH_RE.match(label):
        return None
    return tuple(label.split("."))


def groups(v: TableView) -> list[Group]:
    """Group rows ("II.1 … (08 dự án)") with the item rows and sub-groups they hold."""
    if v.order_col is None or v.label_col is None:
        return []
    out: list[Group] = []
    open_: list[Group] = []
    for r in v.data_rows():
        order, label = v.text(r, v.order_col).strip(), v.text(r, v.label_col).strip()
        m = GROUP_RE.search(label)
        path = _path(order) if m else None
        if m and path:
            g = Group(r, path, int(m.group(1)), norm(m.group(2)), label)
            while open_ and open_[-1].path != path[: len(open_[-1].path)]:
                open_.pop()
            if open_:
                open_[-1].children.append(g)
            open_.append(g)
            out.append(g)
            continue
        if not label:
            continue
        if order and _path(order) and not order.isdigit():
            open_ = []  # a heading row of another part closes every group
            continue
        for g in open_:
            g.items.append(r)
    return out


class GroupCountMismatch(Rule):
    """Flags a group row whose stated count differs from the rows listed in the group.

    Why: "II.1 Dự án sử dụng ngân sách (08 dự án)" promises eight rows; a reader counting
    nineteen cannot tell which figure is right. Nested groups must add up too.

    Tóm tắt: Số lượng ghi ở dòng nhóm khác với số dòng thực có trong nhóm.

    Vì sao: Dòng nhóm "II.1 Dự án sử dụng ngân sách (08 dự án)" hứa với người đọc tám dòng; nếu đếm
    được mười chín dòng thì không ai biết số nào đúng. Các nhóm lồng nhau cũng phải cộng khớp.

    Bad:
        table[header=1]: STT | Tên // I | Nhóm (03 dự án) // 1 | A // 2 | B  # expect: ARI001
    Good:
        table[header=1]: STT | Tên // I | Nhóm (02 dự án) // 1 | A // 2 | B
    """

    id = "ARI001"
    name = "group-count-mismatch"
    severity = Severity.ERROR

    def check(self, doc: Document) -> Iterator[Finding]:
        for v in self.analysis.table_views:
            for g in groups(v):
                para = v.paragraph(g.row, v.label_col or 0)
                if para is None:
                    continue
                n = len(g.items)
                subtotal = sum(c.count for c in g.children)
                if n == g.count and (not g.children or subtotal == g.count):
                    continue
                first = v.text(g.items[0], v.order_col or 0).strip() if g.items else ""
                last = v.text(g.items[-1], v.order_col or 0).strip() if g.items else ""
                span = f" (STT {first} – {last})" if first and last and first != last else ""
                sub = ""
                if len(g.children) == 1:
                    sub = f"; nhóm con duy nhất ghi {g.children[0].count:02d}"
                elif g.children:
                    parts = " + ".join(f"{c.count:02d}" for c in g.children)
                    sub = f"; các nhóm con ghi {parts}, cộng lại là {subtotal}"
                yield Finding(
                    para.location,
                    f"Nhóm \"{' '.join((v.text(g.row, v.order_col or 0).strip(), g.label))}\" ghi "
                    f"{g.count:02d} {g.noun}; bảng có {n} dòng trong nhóm{span}{sub}.",
                    suggestion="Sửa số lượng ghi ở dòng nhóm hoặc bổ sung/bớt các dòng cho khớp.",
                    related=tuple(
                        Related(p.location, "dòng trong nhóm")
                        for p in (v.paragraph(r, v.label_col or 0) for r in g.items[:1])
                        if p is not None
                    ),
                )
