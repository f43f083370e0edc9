"""Rule documentation for people: examples shown as Word shows them, Vietnamese text."""

from __future__ import annotations

import pytest

from rules import BUILTIN_RULES
from tests.crossharness import split
from tests.outline import build
from validator.crossdoc import CrossRule
from validator.engine import load_document
from validator.model import Document
from validator.rule import Rule, Severity
from validator.ruledoc import (
    MARK,
    explain_text,
    help_markdown,
    render_example,
    shown_paragraphs,
    summary_vi,
    why_vi,
)

# Outline syntax that must never reach a reader.
SYNTAX = ("# expect", "p:", "h1:", "table:", "{p}", "[[", "**", "~~", "++", "[^", "{hl", "//")


def rule_id(cls: type) -> str:
    return cls.id  # type: ignore[attr-defined, no-any-return]


def _paragraphs(outline: str) -> list[str]:
    doc = load_document(build(outline), "x.docx")
    assert isinstance(doc, Document)
    return [p.text for p in doc.body_paragraphs]


@pytest.mark.parametrize("cls", BUILTIN_RULES, ids=rule_id)
def test_examples_show_the_text_word_shows(cls: type[Rule]) -> None:
    """Each example's paragraphs, rendered for people, are the paragraphs of the .docx the
    catalogue test builds from it, as soat's loader reads them."""
    for section in ("Bad:", "Good:"):
        outline = cls.doc_section(section)
        if issubclass(cls, CrossRule):  # several documents, each after a "file:" line
            for _, part in split(outline):
                assert shown_paragraphs(part) == _paragraphs(part), section
        else:
            assert shown_paragraphs(outline) == _paragraphs(outline), section
        shown = "\n".join(render_example(outline))
        leaked = [s for s in SYNTAX if s in shown]
        assert not leaked, (section, leaked, shown)


@pytest.mark.parametrize("outline", [
    "p: Số 07-[[r]]NQ/[[r]]TU ngày 29/01/2026",
    "p: **Đậm** và _nghiêng_ nhưng snake_case giữ nguyên",
    "p: Đã ~~xóa~~ và ++thêm++ {del:bỏ}{ins:vào} chữ",
    "p: Khoảng{nbsp}trắng, gạch{nbh}nối, {U+2013} dấu, {field:PAGE|12} trang",
    "p: Một{p}Hai{p}Ba",
    "table: a | b | c // d | << | e // ^^ | << | f",
    "nfd: Hoà bình",
    "p: chú thích[^1: Nguồn: Sở Tài chính.] và[^2]",
    "p: \\*không đậm\\* và \\{ngoặc\\}",
    "p: {hl:tô nền} {hidden:ẩn} {size=12}nhỏ{/size} {b}đậm{/b}",
])
def test_inline_markup_reads_as_the_loader_reads_it(outline: str) -> None:
    assert shown_paragraphs(outline) == _paragraphs(outline)


def test_rendering_names_the_formatting_a_reader_needs() -> None:
    lines = render_example(
        "margins: 15 15 20 10\n"
        "p: Doanh thu tăng {hl:12%}[^1: Nguồn: Cục Thống kê.].  # expect: FMT009\n"
        "p[size=11]: Chữ nhỏ {ins:mới} {hidden:cũ}\n"
        "comment[Kiểm tra lại]: Số liệu.\n"
        "table: STT | Nội dung // 1 | Cầu{p}Đường"
    )
    assert lines[0] == "  (Lề trang: trên 15 mm, dưới 15 mm, trái 20 mm, phải 10 mm)"
    assert lines[1] == f"{MARK} Doanh thu tăng [tô màu nền: 12%]¹."
    assert lines[2] == "  [cỡ chữ 11] Chữ nhỏ [thêm, chưa chấp nhận: mới] [chữ ẩn: cũ]"
    assert lines[3] == "  Số liệu."
    assert "[ghi chú bên lề: \"Kiểm tra lại\"]" in lines[4]
    table = lines[5:-2]
    assert "| STT | Nội dung |" in table[1] and "| 1   | Cầu      |" in table[3]
    assert "|     | Đường    |" in table[4]
    assert lines[-1] == "  ¹ Nguồn: Cục Thống kê."
    document_level = render_example("p: Văn bản.\n# expect: FMT005")
    assert document_level[-1] == f"{MARK} (soat báo cho cả văn bản)"


def test_long_paragraphs_and_tables_fit_the_width() -> None:
    long = "p: " + "Ủy ban nhân dân tỉnh đã chỉ đạo các sở, ngành triển khai. " * 6
    table = "table: STT | " + "Nội dung rất dài của một ô trong bảng " * 5 + " // 1 | x"
    for line in render_example(long + "\n" + table, width=70):
        assert len(line) <= 70, line


class Plain(Rule):
    """Flags a plain thing (a developer's English summary).

    Tóm tắt: Một điều đơn giản bị sai.

    Vì sao: người đọc cần thấy điều đó.

    Bad:
        p: sai  # expect: STR901
    Good:
        p: đúng
    """

    id = "STR901"
    name = "plain-thing"
    severity = Severity.WARNING


def test_vietnamese_sections_become_the_documentation() -> None:
    assert Plain.summary_vi == "Một điều đơn giản bị sai."
    assert summary_vi(Plain) == "Một điều đơn giản bị sai."
    assert why_vi(Plain) == "người đọc cần thấy điều đó."
    assert Plain.doc_section("Bad:") == "p: sai  # expect: STR901"
    text = explain_text(Plain)
    assert text.startswith("STR901 plain-thing\nMột điều đơn giản bị sai.\n")
    assert "Mức độ mặc định: cảnh báo (warning)" in text
    assert f"Ví dụ sai (soat báo ở chỗ có dấu {MARK}):\n  {MARK} sai\n" in text
    assert "Ví dụ đúng:\n    đúng\n" in text
    assert "English" not in text and "p: sai" not in text
    markdown = help_markdown(Plain)
    assert "**Vì sao.** người đọc cần thấy điều đó." in markdown
    assert f"```text\n{MARK} sai\n```" in markdown
