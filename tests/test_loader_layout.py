"""The loader resolves formatting as Word does: fonts per slot and through the theme, toggled
bold and italics, and paragraph layout (alignment, indents, spacing) through the document
defaults, list levels, style chains and the paragraph's own settings."""

from __future__ import annotations

from tests.rawdocx import p, package
from validator.loader import load_bytes
from validator.model import Paragraph

THEME = (
    '<a:themeElements><a:fontScheme name="Office">'
    '<a:majorFont><a:latin typeface="Aptos Display"/><a:ea typeface=""/><a:cs typeface=""/>'
    '</a:majorFont>'
    '<a:minorFont><a:latin typeface="Aptos"/><a:ea typeface=""/><a:cs typeface="Arial"/>'
    '</a:minorFont></a:fontScheme></a:themeElements>'
)
# docDefaults as Word 365 writes them: theme fonts, 8 pt after, 1.08 lines
DEFAULTS = (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
    'w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/>'
    '<w:sz w:val="24"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr>'
    '</w:pPrDefault></w:docDefaults>'
)


def style(sid: str, *, kind: str = "paragraph", ppr: str = "", rpr: str = "",
          based: str | None = None, default: bool = False) -> str:
    head = f'<w:style w:type="{kind}" w:styleId="{sid}"'
    head += ' w:default="1">' if default else ">"
    parts = [head, f'<w:name w:val="{sid}"/>']
    if based:
        parts.append(f'<w:basedOn w:val="{based}"/>')
    if ppr:
        parts.append(f"<w:pPr>{ppr}</w:pPr>")
    if rpr:
        parts.append(f"<w:rPr>{rpr}</w:rPr>")
    return "".join(parts) + "</w:style>"


STYLES = DEFAULTS + style("Normal", default=True) + style(
    "Title", based="Normal", rpr='<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/>'
)


def paragraphs(body: str, styles: str = STYLES, **parts: str) -> list[Paragraph]:
    return list(load_bytes(package(body, styles=styles, theme=THEME, **parts)).body_paragraphs)


def test_theme_fonts_through_document_defaults_and_styles() -> None:
    title_style = '<w:pStyle w:val="Title"/>'
    normal, title = paragraphs(p("Điều lệ hiệp hội") + p("ĐIỀU LỆ", ppr=title_style))
    assert normal.runs[0].font == "Aptos"
    assert title.runs[0].font == "Aptos Display"


def test_a_theme_attribute_wins_over_the_font_named_beside_it() -> None:
    (para,) = paragraphs(p("Quyết định", rpr='<w:rFonts w:ascii="Times New Roman" '
                            'w:hAnsi="Times New Roman" w:asciiTheme="majorHAnsi" '
                            'w:hAnsiTheme="majorHAnsi"/>'))
    assert para.runs[0].font == "Aptos Display"


def test_a_named_font_without_theme_attribute_is_kept() -> None:
    (para,) = paragraphs(p("Quyết định", rpr='<w:rFonts w:ascii="Times New Roman" '
                            'w:hAnsi="Times New Roman"/>'))
    assert para.runs[0].font == "Times New Roman"


def test_vietnamese_letters_take_the_high_ansi_font() -> None:
    # only the slot for letters beyond Basic Latin is Arial: the letters with diacritics of a
    # Vietnamese text show in Arial, an English word stays in the ASCII font
    rpr = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Arial"/>'
    viet, latin = paragraphs(p("Phê duyệt danh sách", rpr=rpr) + p("Report", rpr=rpr))
    assert viet.runs[0].font == "Arial"
    assert latin.runs[0].font == "Times New Roman"


def test_a_complex_script_run_takes_the_complex_script_font() -> None:
    (para,) = paragraphs(p("Tên", rpr='<w:rFonts w:ascii="Times New Roman" '
                            'w:hAnsi="Times New Roman" w:cs="Tahoma"/><w:cs/>'))
    assert para.runs[0].font == "Tahoma"


def test_bold_in_a_character_style_toggles_a_bold_paragraph_style() -> None:
    styles = STYLES + style("Heading", based="Normal", rpr="<w:b/><w:caps/>") + style(
        "Strong", kind="character", rpr="<w:b/>") + style(
        "NotBold", kind="character", rpr='<w:b w:val="0"/>')
    body = (
        '<w:p><w:pPr><w:pStyle w:val="Heading"/></w:pPr>'
        '<w:r><w:t xml:space="preserve">quốc hiệu </w:t></w:r>'
        '<w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t xml:space="preserve">nhấn </w:t></w:r>'
        '<w:r><w:rPr><w:rStyle w:val="NotBold"/></w:rPr><w:t xml:space="preserve">giữ </w:t></w:r>'
        '<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>thường</w:t></w:r></w:p>'
    )
    (para,) = paragraphs(body, styles)
    assert [(r.bold, r.caps) for r in para.runs] == [
        (True, True), (False, True), (True, True), (False, True)]


def test_layout_from_document_defaults() -> None:
    (para,) = paragraphs(p("Nội dung"))
    assert (para.space_before, para.space_after) == (0, 160)
    assert (para.line_rule, para.line_spacing, para.line_spacing_lines) == ("auto", 259, 259 / 240)
    assert para.alignment is None and para.first_line == 0


def test_layout_through_style_chain_list_level_and_direct_settings() -> None:
    styles = STYLES + style(
        "Body", based="Normal",
        ppr='<w:jc w:val="both"/><w:ind w:firstLine="567"/><w:spacing w:before="120" '
            'w:after="0" w:line="360" w:lineRule="auto"/><w:contextualSpacing/>') + style(
        "Exact", based="Body", ppr='<w:spacing w:line="240" w:lineRule="exact"/>')
    numbering = (
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="bullet"/><w:lvlText w:val="-"/>'
        '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    )
    body = (
        p("Đoạn theo kiểu.", ppr='<w:pStyle w:val="Body"/>')
        + p("Dòng cách đúng 12 pt.", ppr='<w:pStyle w:val="Exact"/>')
        + p("Gạch đầu dòng.", ppr='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
        # the style's own first-line indent wins over the list level's hanging one
        + p("Gạch theo kiểu.", ppr='<w:pStyle w:val="Body"/><w:numPr><w:ilvl w:val="0"/>'
            '<w:numId w:val="1"/></w:numPr>')
        + p("Căn giữa.", ppr='<w:pStyle w:val="Body"/><w:jc w:val="center"/>'
            '<w:ind w:left="0" w:hanging="284"/><w:spacing w:after="240" '
            'w:beforeAutospacing="1"/>')
    )
    styled, exact, bullet, styled_bullet, direct = paragraphs(body, styles, numbering=numbering)
    assert (styled.alignment, styled.first_line, styled.space_before, styled.space_after) == (
        "both", 567, 120, 0)
    assert styled.line_spacing_lines == 1.5 and styled.contextual_spacing
    assert (exact.line_rule, exact.line_spacing_points, exact.line_spacing_lines) == (
        "exact", 12.0, None)
    assert (bullet.indent_left, bullet.first_line, bullet.alignment) == (720, -360, None)
    assert (styled_bullet.indent_left, styled_bullet.first_line) == (720, 567)
    assert (direct.alignment, direct.indent_left, direct.first_line) == ("center", 0, -284)
    assert (direct.space_before, direct.space_after, direct.line_spacing) == (280, 240, 360)
