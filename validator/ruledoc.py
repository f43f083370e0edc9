"""A rule's documentation as a drafter reads it: Vietnamese text, examples as Word shows them.

A rule's docstring (STYLE.md 5.3) holds, besides the English developer notes (the summary line
and an optional ``Why:``):

``Tóm tắt:``
    what the rule checks, in one Vietnamese paragraph (``soat rules``, SARIF short
    descriptions); it becomes the class attribute ``summary_vi``;
``Vì sao:``
    why it matters, in Vietnamese (``soat explain``, SARIF full descriptions and help);
``Bad:`` / ``Good:``
    examples written in the outline syntax of the tests (``tests/outline.py``), so the
    catalogue test builds each into a real .docx and checks that Bad triggers the rule and
    Good stays clean. :func:`render_example` shows them as the text a person sees in Word:
    paragraphs, tables as grids, footnotes under a rule, comments in the margin, formatting
    that matters (highlight, hidden text, tracked changes, font sizes) named in brackets, and
    the places soat reports marked with ``►``.

Nothing here imports python-docx: ``soat explain`` stays fast.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from validator.rule import Rule

SUMMARY_VI = "Tóm tắt:"
WHY_VI = "Vì sao:"
MARK = "►"

CATEGORY_VI = {
    "structure": "cấu trúc, thể thức",
    "numbering": "đánh số",
    "document-code": "số, ký hiệu văn bản",
    "date": "ngày tháng",
    "arithmetic": "số liệu",
    "cross-reference": "dẫn chiếu",
    "consistency": "thống nhất",
    "formatting": "trình bày",
    "spelling": "chính tả",
    "capitalisation": "viết hoa",
}
SEVERITY_VI = {"error": "lỗi", "warning": "cảnh báo", "info": "thông tin"}


def summary_vi(rule: type[Rule]) -> str:
    """What the rule checks, for drafters: ``Tóm tắt:`` (or ``summary_vi``), else English."""
    return rule.summary_vi or rule.summary()


def why_vi(rule: type[Rule]) -> str:
    """Why the rule matters, on one line: ``Vì sao:``, else the English ``Why:``."""
    return " ".join((rule.doc_section(WHY_VI) or rule.doc_section("Why:")).split())


def category_vi(category: str) -> str:
    return CATEGORY_VI.get(category, category)


# -- examples ------------------------------------------------------------------------------

_LINE = re.compile(r"^(?P<kind>[a-z][a-z0-9.\-]*)(?:\[(?P<opts>.*?)\])?:(?P<rest>.*)$", re.S)
_EXPECT = re.compile(r"\s{2,}#\s*expect:(?P<ids>.*)$")
_ESCAPABLE = set("\\*_^[]{}~+|/#")
_SHORT = re.compile(
    r"^(b|i|u|caps|sup|sub|strike|hidden|nfd|hl|ins|del|font|size)(?:=([^:]*))?:(.*)$", re.S
)
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_SIDES = {"top": "trên", "bottom": "dưới", "left": "trái", "right": "phải",
          "header": "đầu trang", "footer": "chân trang", "gutter": "gáy"}
_SECTIONS = {"landscape": "trang nằm ngang", "portrait": "trang đứng",
             "continuous": "ngắt phần liên tục", "oddpage": "sang trang lẻ",
             "evenpage": "sang trang chẵn"}
_META = {"title": "tiêu đề", "subject": "chủ đề", "author": "tác giả", "keywords": "từ khóa",
         "comments": "ghi chú", "category": "thể loại", "last_modified_by": "người sửa cuối",
         "revision": "lần sửa", "created": "ngày tạo", "modified": "ngày sửa",
         "language": "ngôn ngữ"}
# Formatting a reader needs to see to understand an example: (opening, closing) brackets.
_SHOWN = {"hl": "tô màu nền", "hidden": "chữ ẩn", "ins": "thêm, chưa chấp nhận",
          "del": "xóa, chưa chấp nhận", "strike": "gạch ngang"}


@dataclass
class Block:
    """A displayed block: paragraphs (``lines``) or a table (``rows`` of cells of lines)."""

    lines: list[str] = field(default_factory=list)
    rows: list[list[list[str]]] | None = None
    flagged: bool = False


@dataclass
class _Notes:
    footnotes: list[str] = field(default_factory=list)
    next_id: int = 1


def _close(text: str, start: int, opening: str, closing: str) -> int:
    depth, i = 0, start
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPABLE:
            i += 2
            continue
        if c == opening:
            depth += 1
        elif c == closing:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _split_top(text: str, sep: str) -> list[str]:
    """Split on ``sep`` outside ``[...]``/``{...}`` and not escaped."""
    parts: list[str] = []
    depth, start, i = 0, 0, 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text) and text[i + 1] in _ESCAPABLE:
            i += 2
            continue
        if c in "[{":
            depth += 1
        elif c in "]}":
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            i += len(sep)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return parts


def inline_text(text: str, *, plain: bool = False, notes: _Notes | None = None) -> list[str]:
    """The paragraphs an outline's inline text shows (``{p}`` starts another one).

    ``plain`` gives the text alone, as the document model reads it (tracked deletions, hidden
    text and note marks left out); otherwise formatting a reader needs is named in brackets,
    footnote marks are superscript numbers and the notes are collected in ``notes``.
    """
    notes = notes if notes is not None else _Notes()
    paras: list[str] = []
    out: list[str] = []
    open_marks: list[str] = []  # formatting opened by {x}..{/x} or a toggle, innermost last
    deleting = 0  # inside text the model does not read (tracked deletions, hidden text)
    i, n = 0, len(text)

    def opening(name: str, value: str = "") -> None:
        nonlocal deleting
        open_marks.append(name)
        if name in ("del", "hidden"):
            deleting += 1
        if plain:
            return
        if name in _SHOWN:
            out.append(f"[{_SHOWN[name]}: ")
        elif name == "size" and value:
            out.append(f"[cỡ chữ {value.replace('.', ',')}: ")
        elif name == "font" and value:
            out.append(f"[phông {value}: ")
        else:
            open_marks[-1] = "-" + name  # shown without brackets

    def closing(name: str) -> None:
        nonlocal deleting
        for k in range(len(open_marks) - 1, -1, -1):
            if open_marks[k].lstrip("-") == name:
                shown = not open_marks[k].startswith("-")
                del open_marks[k]
                if name in ("del", "hidden"):
                    deleting -= 1
                if shown and not plain:
                    out.append("]")
                return

    def toggle(name: str) -> None:
        if any(m.lstrip("-") == name for m in open_marks):
            closing(name)
        else:
            opening(name)

    def add(chunk: str) -> None:
        if not (plain and deleting):
            out.append(chunk)

    while i < n:
        c = text[i]
        two = text[i:i + 2]
        if c == "\\" and i + 1 < n and text[i + 1] in _ESCAPABLE:
            add(text[i + 1])
            i += 2
        elif two == "**":
            i += 2
        elif two in ("~~", "++"):
            toggle("del" if two == "~~" else "ins")
            i += 2
        elif two == "[[":
            j = text.find("]]", i + 2)
            i = n if j < 0 else j + 2
        elif two == "[^":
            j = _close(text, i, "[", "]")
            inner = text[i + 2:j if j >= 0 else n]
            m = re.match(r"(e?)(\d*)(?::\s?(.*))?$", inner, re.S)
            if m and not plain:
                number = int(m.group(2)) if m.group(2) else notes.next_id
                notes.next_id = max(notes.next_id, number + 1)
                out.append(str(number).translate(_SUPERSCRIPT))
                if m.group(3) is not None:
                    body = " ".join(inline_text(m.group(3), notes=notes))
                    notes.footnotes.append(f"{str(number).translate(_SUPERSCRIPT)} {body}")
            i = n if j < 0 else j + 1
        elif c == "{":
            j = _close(text, i, "{", "}")
            inner = text[i + 1:j if j >= 0 else n]
            i = n if j < 0 else j + 1
            short = _SHORT.match(inner)
            if short:
                opening(short.group(1), short.group(2) or "")
                sub = inline_text(short.group(3), plain=plain, notes=notes)
                if not (plain and short.group(1) in ("del", "hidden")):
                    out.append("\n".join(sub))
                closing(short.group(1))
                continue
            name, _, value = inner.partition("=")
            if inner == "p":
                paras.append("".join(out))
                out.clear()
            elif inner in ("nbsp", "sp"):
                add("\u00a0" if inner == "nbsp" and plain else " ")
            elif re.fullmatch(r"[uU]\+[0-9A-Fa-f]{4,6}", inner):
                add(chr(int(inner[2:], 16)))
            elif inner == "nbh":
                add("-")
            elif inner == "tab":
                add("\t" if plain else "    ")
            elif inner == "br":
                add("\n")
            elif inner == "pb" and not plain:
                out.append(" [ngắt trang] ")
            elif inner.startswith("field:"):
                add(inner[6:].partition("|")[2])
            elif inner.startswith("/"):
                closing(inner[1:])
            elif inner in ("ins", "del", "hidden", "strike") or name in ("hl", "size", "font"):
                opening(name, value)
            elif inner in ("b", "i", "u", "caps", "sup", "sub", "nfd", "hl"):
                opening(inner)
            # bookmarks, {align=…}, {pstyle=…}, {shy}: nothing shows
        elif c == "^" or (c == "_" and not (text[i - 1:i].isalnum()
                                             and text[i + 1:i + 2].isalnum())):
            i += 1  # superscript and italic toggles ("_" between two letters is a letter)
        else:
            add(c)
            i += 1
    paras.append("".join(out))
    return paras


def _options(opts: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in (o.strip() for o in opts.split(",")):
        if item:
            key, _, value = item.partition("=")
            out[key.strip()] = value.strip()
    return out


def _paragraph_tags(opts: dict[str, str]) -> str:
    tags = []
    if "size" in opts:
        tags.append(f"cỡ chữ {opts['size'].replace('.', ',')}")
    if "font" in opts:
        tags.append(f"phông {opts['font']}")
    tags += [_SHOWN[k] for k in ("hl", "hidden") if k in opts]
    return f"[{', '.join(tags)}] " if tags else ""


def _directive(kind: str, opts: str, rest: str) -> str | None:
    rest = rest.strip()
    if kind == "file":  # the examples of a cross-document rule: one document after another
        return f"(Tệp {rest})"
    if kind == "margins":
        words = rest.split()
        values: list[str] = []
        if words and all(re.fullmatch(r"[\d.]+", w) for w in words):
            values = [f"{_SIDES[s]} {v.replace('.', ',')} mm"
                      for s, v in zip(("top", "bottom", "left", "right"), words)]
        else:
            for w in words:
                key, _, value = w.partition("=")
                if key == "mirror":
                    values.append("lề đối xứng")
                elif key in _SIDES:
                    values.append(f"{_SIDES[key]} {value.replace('.', ',')} mm")
        return "(Lề trang: " + ", ".join(values) + ")"
    if kind == "font":
        where = f" của kiểu {opts}" if opts else ""
        m = re.match(r"^(.*?)\s+([\d.]+)$", rest)
        if m:
            return f"(Phông chữ{where}: {m.group(1)}, cỡ {m.group(2).replace('.', ',')})"
        return f"(Phông chữ{where}: {rest})"
    if kind == "page":
        return f"(Khổ giấy: {rest})"
    if kind == "section":
        return "(" + ", ".join(_SECTIONS.get(w, w) for w in rest.split()).capitalize() + ")"
    if kind == "meta":
        pairs = []
        for item in rest.split(";"):
            key, _, value = item.partition("=")
            if key.strip():
                pairs.append(f"{_META.get(key.strip(), key.strip())}: {value.strip()}")
        return "(Thuộc tính tài liệu: " + "; ".join(pairs) + ")"
    return None  # numbering definitions and styles do not show by themselves


def example_blocks(outline: str, *, plain: bool = False) -> tuple[list[Block], list[str]]:
    """The blocks an outline shows, and its footnotes (``¹ text``)."""
    notes = _Notes()
    blocks: list[Block] = []
    for raw in textwrap.dedent(outline).splitlines():
        text = raw.strip()
        if not text:
            continue
        if text.startswith("#"):
            if re.match(r"#\s*expect:", text) and not plain:
                blocks.append(Block(["(soat báo cho cả văn bản)"], flagged=True))
            continue
        flagged = False
        m = _EXPECT.search(text)
        if m:
            flagged = True
            text = text[:m.start()].rstrip()
        lm = _LINE.match(text)
        if not lm:
            blocks.append(Block([text], flagged=flagged))
            continue
        kind, opts, rest = lm.group("kind"), (lm.group("opts") or "").strip(), lm.group("rest")
        rest = rest[1:] if rest.startswith(" ") else rest
        if kind == "table":
            rows = [
                [inline_text(cell.strip(), plain=plain, notes=notes)
                 for cell in _split_top(row, "|")]
                for row in _split_top(rest, "//")
            ]
            blocks.append(Block(rows=rows, flagged=flagged))
            continue
        directive = _directive(kind, opts, rest)
        if directive is not None:
            if not plain:
                blocks.append(Block([directive], flagged=flagged))
            continue
        if kind in ("numbering", "style-num", "style"):
            continue
        lines = inline_text(rest, plain=plain, notes=notes)
        if not plain:
            options = _options(opts) if kind not in ("comment",) else {}
            lines[0] = _paragraph_tags(options) + lines[0]
            if kind in ("header", "footer", "textbox"):
                where = {"header": "Đầu trang", "footer": "Chân trang",
                         "textbox": "Hộp văn bản"}[kind]
                lines = [f"({where}) {line}" for line in lines]
            if kind == "comment" and opts:
                lines.append(f"    [ghi chú bên lề: \"{' '.join(inline_text(opts))}\"]")
        blocks.append(Block(lines, flagged=flagged))
    return blocks, notes.footnotes


def shown_paragraphs(outline: str) -> list[str]:
    """The text of every paragraph the outline writes in the body, table cells included, in
    document order, as the document model reads it (for tests of the renderer)."""
    out: list[str] = []
    for block in example_blocks(outline, plain=True)[0]:
        if block.rows is None:
            out.extend(block.lines)
        else:
            for row in block.rows:
                for cell in row:
                    if cell == ["^^"]:  # a cell merged with the one above keeps an empty paragraph
                        out.append("")
                    elif cell != ["<<"]:  # a cell merged with the one on its left has none
                        out.extend(cell or [""])
    return out


def _table_lines(rows: list[list[list[str]]], width: int) -> list[str]:
    columns = max(len(row) for row in rows)
    cells = [[[] if cell in (["<<"], ["^^"]) else cell for cell in row] for row in rows]
    cells = [[*row, *([[]] * (columns - len(row)))] for row in cells]
    natural = [max((len(line) for row in cells for line in row[c]), default=1) or 1
               for c in range(columns)]
    budget = max(width - 3 * columns - 1, columns * 8)
    widths = list(natural)
    while sum(widths) > budget and max(widths) > 8:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    wrapped_rows = [
        [[piece for line in (cell or [""]) for piece in (textwrap.wrap(line, widths[c]) or [""])]
         for c, cell in enumerate(row)]
        for row in cells
    ]
    # A rule between every two rows when a row spans several lines; else under the first row.
    every = any(len(w) > 1 for row in wrapped_rows for w in row)
    out = [rule]
    for r, wrapped in enumerate(wrapped_rows):
        for k in range(max(len(w) for w in wrapped)):
            out.append("| " + " | ".join(
                (w[k] if k < len(w) else "").ljust(widths[c]) for c, w in enumerate(wrapped)
            ) + " |")
        if every or r == 0 or r == len(wrapped_rows) - 1:
            out.append(rule)
    return out


def render_example(outline: str, width: int = 88) -> list[str]:
    """An example as a person sees it in Word, one display line per item, the places soat
    reports marked with ``►``; ``width`` is the line width paragraphs wrap at."""
    blocks, footnotes = example_blocks(outline)
    out: list[str] = []
    for block in blocks:
        if block.rows is not None:
            shown = _table_lines(block.rows, width - 2)
        else:
            shown = [piece for line in block.lines
                     for piece in (textwrap.wrap(line, width - 2, subsequent_indent="  ")
                                   or [""])]
        for k, line in enumerate(shown):
            out.append(f"{MARK if block.flagged and k == 0 else ' '} {line}".rstrip())
    if footnotes:
        out.append("  " + "_" * 10)
        for note in footnotes:
            out.extend("  " + piece for piece in textwrap.wrap(note, width - 2))
    return out


def examples(rule: type[Rule]) -> Iterator[tuple[str, list[str]]]:
    """(title, displayed lines) for the rule's Bad and Good examples."""
    for section, title in (("Bad:", "Ví dụ sai"), ("Good:", "Ví dụ đúng")):
        body = rule.doc_section(section)
        if body.strip():
            yield title, render_example(body)


def explain_text(rule: type[Rule], width: int = 88) -> str:
    """The whole documentation of a rule for ``soat explain``, in Vietnamese."""
    severity = rule.severity.value
    out = [
        f"{rule.id} {rule.name}",
        *textwrap.wrap(summary_vi(rule), width),
        "",
        f"Nhóm: {category_vi(rule.category.value)} · Mức độ mặc định: "
        f"{SEVERITY_VI.get(severity, severity)} ({severity}) · "
        f"Tự sửa được (soat fix): {'có' if rule.fixable else 'không'} · "
        f"Từ phiên bản {rule.since}",
    ]
    if rule.url:
        out.append(f"Tài liệu: {rule.url}")
    why = why_vi(rule)
    if why:
        out += ["", "Vì sao:", *textwrap.wrap(why, width, initial_indent="    ",
                                              subsequent_indent="    ")]
    for title, lines in examples(rule):
        marked = any(line.startswith(MARK) for line in lines)
        note = f" (soat báo ở chỗ có dấu {MARK})" if marked else ""
        out += ["", f"{title}{note}:", *("  " + line for line in lines)]
    return "\n".join(line.rstrip() for line in out) + "\n"


def help_markdown(rule: type[Rule]) -> str:
    """The documentation as Markdown, for SARIF ``help.markdown`` (code-scanning views)."""
    parts = [f"**{rule.id} {rule.name}**: {summary_vi(rule)}"]
    why = why_vi(rule)
    if why:
        parts.append(f"**Vì sao.** {why}")
    for title, lines in examples(rule):
        parts.append(f"**{title}**\n\n```text\n" + "\n".join(lines) + "\n```")
    return "\n\n".join(parts) + "\n"


def help_text(rule: type[Rule]) -> str:
    """The documentation as plain text, for SARIF ``help.text``."""
    return explain_text(rule)


__all__ = [
    "CATEGORY_VI", "MARK", "SEVERITY_VI", "SUMMARY_VI", "WHY_VI", "category_vi",
    "example_blocks", "examples", "explain_text", "help_markdown", "help_text",
    "inline_text", "render_example", "shown_paragraphs", "summary_vi", "why_vi",
]
