"""The ``html`` format: the report as the documents themselves, findings marked in place.

One self-contained page (style sheet and script inlined, no network, no external asset) that a
reviewer opens in any browser, e.g. as a CI artefact: each file is shown as a document
(headings, paragraphs, tables with merged cells, footnotes, appendices) with every finding
highlighted on its text and listed beside it by section or by rule family. It is the same
view as the ``soat serve`` page (:mod:`validator.docview`).

The report holds findings, not documents, so each file is read again from its path to be
shown; a file that can no longer be read is shown as its list of findings alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TextIO

from validator.emitters import Emitter

if TYPE_CHECKING:
    from validator.model import Document
    from validator.report import FileResult, Report


def _document(result: FileResult) -> Document | None:
    """The document behind ``result``, read again (never written); None when it cannot be."""
    from validator.engine import load_document, read_file
    from validator.model import Document

    if result.failed:
        return None
    data = read_file(result.path)
    if not isinstance(data, bytes):
        return None
    loaded = load_document(data, result.path)
    return loaded if isinstance(loaded, Document) else None


class HtmlEmitter(Emitter):
    name: ClassVar[str] = "html"
    description: ClassVar[str] = "trang HTML tự chứa: văn bản với các vấn đề đánh dấu tại chỗ"

    def emit(self, report: Report, stream: TextIO) -> None:
        from validator import __version__
        from validator.docview import render_file, render_page, summary_text

        rules = self.catalogue or ()
        fragments = []
        for result in report.files:
            badge = "không đọc được" if result.failed else summary_text(result)
            fragments.append((result.path, badge,
                              render_file(result, _document(result), rules)))
        if len(report.files) == 1:
            title = f"Kết quả soát: {report.files[0].path}"
        else:
            title = f"Kết quả soát {len(report.files)} tệp"
        stream.write(render_page(fragments, title=title, generator=f"soat {__version__}"))
