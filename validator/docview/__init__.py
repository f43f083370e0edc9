"""The document view: a checked report shown as a document with its findings in place.

One renderer serves both the ``html`` report format (:mod:`validator.emitters.html`, a
self-contained page a reviewer opens in any browser) and the ``soat serve`` page, which asks
the server for the same fragment of each uploaded file. :func:`render_file` gives that
fragment; :func:`render_page` wraps fragments into a complete page with the style sheet and
script inlined (no network, no external asset). The script (``assets/view.js``) is small,
vanilla and optional: without it the page still shows the document and every finding.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from validator.docview.document import esc, render_document
from validator.docview.findings import counts, render_side
from validator.model import Document
from validator.report import FileResult
from validator.rule import Rule

if TYPE_CHECKING:
    from validator.profiles import Profile

ASSETS = ("view.css", "view.js")


@cache
def asset(name: str) -> str:
    """The text of a packaged asset (``view.css``, ``view.js``)."""
    if name not in ASSETS:
        raise KeyError(name)
    return resources.files(__package__).joinpath("assets", name).read_text("utf-8")


def profile_label(name: str | None, profiles: Mapping[str, Profile] | None = None) -> str:
    """The profile's title ("Báo cáo tháng của cấp ủy (Hướng dẫn 36-HD/VPTW)") among
    ``profiles`` (by default the built-in ones), else its name."""
    if not name:
        return "không xác định"
    if profiles is None:
        from validator.plugins import builtin_catalogue

        profiles = builtin_catalogue().profiles
    profile = profiles.get(name)
    return profile.title if profile is not None and profile.title else name


def profile_title(name: str | None, profiles: Mapping[str, Profile] | None = None) -> str:
    """"Báo cáo tháng của cấp ủy (Hướng dẫn 36-HD/VPTW) (party-monthly-report)"."""
    label = profile_label(name, profiles)
    return f"{label} ({name})" if name and label != name else label


def summary_text(result: FileResult) -> str:
    n = counts(result)
    return f"{n['error']} lỗi, {n['warning']} cảnh báo, {n['info']} thông tin"


def render_file(result: FileResult, doc: Document | None, rules: Sequence[type[Rule]],
                *, name: str | None = None,
                profiles: Mapping[str, Profile] | None = None) -> str:
    """One file as ``<section class="soat-file">``: a head line, the document with its
    findings marked, and the side list. ``doc`` None shows the list without the document
    (a file that can no longer be read); a failed result shows its error message."""
    name = name or result.path
    if result.failed or result.error is not None:
        message = result.error.message if result.error else "Không đọc được tệp."
        return (
            f'<section class="soat-file failed" data-name="{esc(name)}">'
            f'<div class="file-error" role="alert"><h2>Không kiểm tra được tệp '
            f"«{esc(name)}»</h2><p>{esc(message)}</p></div></section>"
        )
    head = (
        f'<header class="file-head"><h2 class="file-name" title="{esc(name)}">'
        f'{esc(name)}</h2><p class="file-meta" '
        f'title="{esc(profile_title(result.profile, profiles))}">Hồ sơ văn bản: '
        f'<b class="profile">{esc(profile_label(result.profile, profiles))}</b>'
        "</p></header>"
    )
    problems = ""
    if result.rule_errors:
        items = "".join(
            f"<li><code>{esc(e.rule)}</code> ({esc(e.error_type)}): {esc(e.message)}</li>"
            for e in result.rule_errors
        )
        problems = (f'<div class="rule-errors" role="alert"><p>Một số quy tắc gặp sự cố nên '
                    f"kết quả có thể chưa đủ:</p><ul>{items}</ul></div>")
    if doc is None:
        body = ('<div class="doc-pane"><p class="no-doc">Không mở lại được tệp để hiện văn '
                "bản; danh sách vấn đề vẫn đầy đủ.</p></div>")
    else:
        body = f'<div class="doc-pane">{render_document(doc, result.violations)}</div>'
    side = render_side(result, doc, rules)
    return (f'<section class="soat-file" data-name="{esc(name)}">{head}{problems}'
            f'<div class="file-body">{body}{side}</div></section>')


def render_page(fragments: Sequence[tuple[str, str, str]], *, title: str,
                generator: str) -> str:
    """A complete, self-contained HTML page. ``fragments`` are (name, badge, html) of each
    file; with more than one, a row of tabs switches between them."""
    tabs = ""
    if len(fragments) > 1:
        buttons = "".join(
            f'<button type="button" class="tab" role="tab" data-file="{i}" '
            f'aria-selected="{"true" if i == 0 else "false"}">{esc(name)}'
            f' <span class="tab-badge">{esc(badge)}</span></button>'
            for i, (name, badge, _) in enumerate(fragments)
        )
        tabs = f'<div class="tabs" role="tablist" aria-label="Các tệp">{buttons}</div>'
    files = "".join(
        html if i == 0 else html.replace('<section class="soat-file', '<section hidden '
                                         'class="soat-file', 1)
        for i, (_, _, html) in enumerate(fragments)
    )
    if not fragments:
        files = '<p class="no-files">Không có tệp nào được kiểm tra.</p>'
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="{esc(generator)}">'
        f"<title>{esc(title)}</title><style>{asset('view.css')}</style></head>"
        '<body class="soat report"><header class="topbar"><span class="brand">soát</span>'
        f'<span class="topbar-title">{esc(title)}</span></header>'
        f'{tabs}<main class="files">{files}</main>'
        f"<script>{asset('view.js')}</script></body></html>\n"
    )


__all__ = ["asset", "render_file", "render_page", "summary_text"]
