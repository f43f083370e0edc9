"""The list of findings beside the document: grouped by section and by rule family, each with
its details (message, suggestion, place, related places) and the rule's documentation.

The list is rendered on the server, so a saved report reads without a script; the page's
script only filters, regroups and scrolls.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Sequence

from validator.docview.document import esc, target_key
from validator.emitters.text import describe_location
from validator.model import BODY, Document, Location
from validator.report import FileResult, Violation
from validator.rule import Rule, Severity

SEVERITY_LABEL = {Severity.ERROR: "Lỗi", Severity.WARNING: "Cảnh báo", Severity.INFO: "Thông tin"}
CATEGORY_LABEL = {
    "structure": "Cấu trúc, thể thức",
    "numbering": "Đánh số",
    "document-code": "Số, ký hiệu văn bản",
    "date": "Ngày tháng",
    "arithmetic": "Số liệu",
    "cross-reference": "Dẫn chiếu, phụ lục, chú thích",
    "consistency": "Thống nhất cách viết",
    "formatting": "Trình bày",
    "spelling": "Chính tả",
    "capitalisation": "Viết hoa",
}
PART_GROUP = {
    "footnote": "Chú thích",
    "endnote": "Chú thích cuối văn bản",
    "header": "Đầu trang",
    "footer": "Chân trang",
    "textbox": "Hộp văn bản",
    "comment": "Nhận xét trong tài liệu",
    "properties": "Thuộc tính tài liệu",
}
FRONT_MATTER = "Phần đầu văn bản"
WHOLE_DOCUMENT = "Toàn văn bản"
HEADING_CHARS = 64


def severity_label(severity: Severity | str) -> str:
    return SEVERITY_LABEL[Severity(severity)]


def section_titles(doc: Document | None) -> dict[str, str]:
    """"IV.2" -> "IV.2 · Tập trung cao quán triệt…": the section's number and the text of the
    paragraph opening it (its own typed label left out)."""
    titles: dict[str, str] = {}
    for p in doc.body_paragraphs if doc is not None else ():
        if p.section and p.section not in titles and p.outline_label and p.table is None:
            text = p.text.strip()
            label = p.outline_label.strip()
            if not p.label and text.startswith(label):
                text = text[len(label):].strip()
            titles[p.section] = _clip(f"{p.section} · {text}" if text else p.section)
    return titles


def _clip(text: str, limit: int = HEADING_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def _section_group(v: Violation, titles: dict[str, str]) -> tuple[str, str]:
    loc = v.location
    if loc.part != BODY:
        return f"part:{loc.part}", PART_GROUP.get(loc.part, loc.part)
    if loc.paragraph is None and loc.table is None:
        return "document", WHOLE_DOCUMENT
    if not loc.section:
        return "front", FRONT_MATTER
    return f"s:{loc.section}", titles.get(loc.section, f"Mục {loc.section}")


def _family_group(v: Violation) -> tuple[str, str]:
    category = getattr(v.category, "value", v.category)
    prefix = v.rule[:3]
    return f"c:{category}", f"{CATEGORY_LABEL.get(category, category)} ({prefix})"


def where(loc: Location, titles: dict[str, str]) -> str:
    """"mục IV.2, đoạn 51" and the like, 1-based as a reader counts."""
    place = describe_location(loc).replace("¶", "đoạn ")
    if loc.section:
        place = f"mục {loc.section}" + (f", {place}" if place else "")
    return place or "toàn văn bản"


def _groups(violations: Sequence[Violation],
            key: Callable[[Violation], tuple[str, str]]) -> list[tuple[str, list[int]]]:
    order: dict[str, tuple[str, list[int]]] = {}
    for i, v in enumerate(violations):
        gid, title = key(v)
        order.setdefault(gid, (title, []))[1].append(i)
    return list(order.values())


def _item(i: int, v: Violation) -> str:
    sev = Severity(v.severity).value
    return (
        f'<li class="f sev-{sev}" data-v="{i}"><button type="button" class="f-btn">'
        f'<span class="sev-dot" title="{severity_label(v.severity)}"></span>'
        f'<span class="f-rule">{esc(v.rule)}</span>'
        f'<span class="f-msg">{esc(v.message)}</span></button></li>'
    )


def _list(violations: Sequence[Violation], groups: list[tuple[str, list[int]]], name: str,
          hidden: bool) -> str:
    out = [f'<div class="f-list" data-group="{name}"{" hidden" if hidden else ""}>']
    for title, ids in groups:
        out.append(f'<section class="f-group"><h3 class="f-group-title">{esc(title)} '
                   f'<span class="f-count">{len(ids)}</span></h3><ol>')
        out.extend(_item(i, violations[i]) for i in ids)
        out.append("</ol></section>")
    out.append("</div>")
    return "".join(out)


def _detail(i: int, v: Violation, doc: Document | None, titles: dict[str, str]) -> str:
    sev = Severity(v.severity)
    out = [
        f'<div class="detail" data-v="{i}" hidden>',
        f'<p class="d-head"><span class="badge sev-{sev.value}">{severity_label(sev)}</span> '
        f"<code>{esc(v.rule)}</code> <span class=\"d-name\">{esc(v.name)}</span></p>",
    ]
    if v.suggestion:
        out.append(f'<p class="d-sugg"><b>Gợi ý:</b> {esc(v.suggestion)}</p>')
    place = esc(where(v.location, titles))
    goto = f' <a href="#" class="goto" data-show="{i}">xem</a>' if doc is not None else ""
    out.append(f'<p class="d-where"><b>Vị trí:</b> {place}{goto}</p>')
    if v.excerpt:
        out.append(f'<blockquote class="d-excerpt">{esc(v.excerpt)}</blockquote>')
    if v.related:
        out.append('<p class="d-sub">Chỗ liên quan:</p><ul class="d-related">')
        for rel in v.related:
            rkey = target_key(rel.location, doc) if doc is not None else None
            label = esc(where(rel.location, titles))
            if rkey:
                label = f'<a href="#" class="goto" data-goto="{esc(rkey)}">{label}</a>'
            text = f": {esc(rel.message)}" if rel.message else ""
            quote = f'<br><q>{esc(rel.excerpt)}</q>' if rel.excerpt else ""
            out.append(f"<li>{label}{text}{quote}</li>")
        out.append("</ul>")
    out.append(f'<details class="d-doc" data-rule="{esc(v.rule)}">'
               f"<summary>Giải thích quy tắc {esc(v.rule)}</summary></details>")
    out.append("</div>")
    return "".join(out)


def explain_text(rule: type[Rule]) -> str:
    """What ``soat explain`` prints for ``rule``."""
    from validator.cli.explain import cmd_explain

    buffer = io.StringIO()
    cmd_explain([rule], rule.id, buffer)
    return buffer.getvalue()


def rule_docs(rules: Iterable[type[Rule]], ids: Iterable[str]) -> str:
    """The documentation of the rules in ``ids``, once each, for the details to show."""
    by_id = {r.id: r for r in rules}
    out = []
    for rid in sorted(set(ids)):
        rule = by_id.get(rid)
        if rule is not None:
            out.append(f'<pre class="rule-doc" data-rule="{esc(rid)}">'
                       f"{esc(explain_text(rule))}</pre>")
    return f'<div class="rule-docs" hidden>{"".join(out)}</div>'


def counts(result: FileResult) -> dict[str, int]:
    return {s.value: result.count(s) for s in Severity}


def render_side(result: FileResult, doc: Document | None, rules: Sequence[type[Rule]]) -> str:
    """The side panel: severity filters, the two groupings, the details and rule docs."""
    violations = result.violations
    titles = section_titles(doc)
    n = counts(result)
    filters = "".join(
        f'<label class="sev-filter sev-{s.value}"><input type="checkbox" checked '
        f'data-sev="{s.value}"> {SEVERITY_LABEL[s]} <b>{n[s.value]}</b></label>'
        for s in Severity
    )
    head = (
        f'<div class="side-head"><div class="filters" role="group" '
        f'aria-label="Lọc theo mức độ">{filters}</div>'
        '<div class="grouping" role="group" aria-label="Nhóm theo">'
        '<button type="button" data-group="section" aria-pressed="true">Theo mục</button>'
        '<button type="button" data-group="family" aria-pressed="false">Theo nhóm quy tắc'
        "</button></div></div>"
    )
    if not violations:
        return (f'<aside class="side">{head}<p class="empty-list">Không phát hiện vấn đề nào.'
                "</p></aside>")
    lists = (_list(violations, _groups(violations, lambda v: _section_group(v, titles)),
                   "section", False)
             + _list(violations, _groups(violations, _family_group), "family", True))
    details = "".join(_detail(i, v, doc, titles) for i, v in enumerate(violations))
    docs = rule_docs(rules, (v.rule for v in violations))
    return (f'<aside class="side">{head}<div class="f-scroll">{lists}</div>'
            f'<div class="details" hidden>{details}</div>{docs}</aside>')


__all__ = ["CATEGORY_LABEL", "SEVERITY_LABEL", "render_side", "section_titles", "where"]
