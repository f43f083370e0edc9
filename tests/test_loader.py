"""The document model sees what a person sees in Word: tests on exact WordprocessingML."""

from __future__ import annotations

import unicodedata

import pytest

from tests.rawdocx import p as para
from tests.rawdocx import package
from validator.loader import LoadError, load_bytes
from validator.model import BODY, ENDNOTE, FOOTNOTE, HEADER, TEXTBOX


def body_texts(doc) -> list[str]:
    return [p.text for p in doc.body_paragraphs]


def test_text_joined_across_runs_and_revision_marks() -> None:
    body = (
        "<w:p><w:r><w:t>Nghị quyết số 07</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>-NQ/</w:t>"
        "</w:r><w:proofErr/><w:r><w:t>TU</w:t></w:r></w:p>"
    )
    doc = load_bytes(package(body))
    (p,) = doc.body_paragraphs
    assert p.text == "Nghị quyết số 07-NQ/TU"
    assert [r.text for r in p.runs] == ["Nghị quyết số 07", "-NQ/", "TU"]
    assert p.runs[1].bold and p.runs[1].start == 16 and p.runs[1].end == 20
    assert p.location.part == BODY and p.location.paragraph == 0


def test_special_characters_read_as_displayed() -> None:
    body = (
        "<w:p><w:r><w:t>79</w:t><w:noBreakHyphen/><w:t>NQ/TW</w:t><w:tab/><w:t>a</w:t>"
        "<w:softHyphen/><w:t>b</w:t><w:br/><w:t>c</w:t>"
        '<w:sym w:font="Symbol" w:char="F0B7"/></w:r>'
        '<w:r><w:t xml:space="preserve">ngày\u00a029/01/2026\u200b</w:t></w:r></w:p>'
    )
    (p,) = load_bytes(package(body)).body_paragraphs
    assert p.text.startswith("79-NQ/TW\tab\nc")
    assert "\u00a0" in p.text  # the original text keeps the NBSP ...
    assert p.match.endswith("ngày 29/01/2026")  # ... the matching text folds it
    assert len(p.match) == len(p.text)
    assert "\u200b" not in p.text


def test_nfd_text_behaves_as_nfc() -> None:
    nfd = unicodedata.normalize("NFD", "Thành ủy Hải Phòng")
    body = f"<w:p><w:r><w:t>{nfd[:6]}</w:t></w:r><w:r><w:t>{nfd[6:]}</w:t></w:r></w:p>"
    (p,) = load_bytes(package(body)).body_paragraphs
    assert p.text == "Thành ủy Hải Phòng"
    assert unicodedata.is_normalized("NFC", p.text)
    assert "".join(r.text for r in p.runs) == p.text
    assert p.runs[-1].end == len(p.text)


NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>'
    '<w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="5"/>'
    '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%1"/><w:isLgl/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/>'
    '<w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>'
)


def num(text: str, num_id: int, lvl: int) -> str:
    return para(text, f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num_id}"/></w:numPr>')


def test_automatic_numbering_labels_levels_and_restarts() -> None:
    body = "".join(
        [
            num("CÔNG TÁC LÃNH ĐẠO", 1, 0),
            num("Mục một", 1, 1),
            num("Mục hai", 1, 1),
            num("điểm", 1, 2),
            num("gạch", 1, 3),
            num("KẾT QUẢ", 1, 0),
            num("Mục sau cấp trên", 1, 1),  # restarts at 1 under a new level-0 item
            num("MỘT SỐ TỒN TẠI", 1, 0),
            num("Khởi động lại", 2, 1),  # a restart written by Word as a new num with startOverride
            para("Không đánh số"),
            num("Khác", 3, 0),
        ]
    )
    doc = load_bytes(package(body, numbering=NUMBERING))
    labels = [p.label for p in doc.body_paragraphs]
    assert labels == ["I.", "1.", "2.", "a)", "-", "II.", "1.", "III.", "1.", "", "5.5"]
    third = doc.body_paragraphs[7]
    assert third.display == "III. MỘT SỐ TỒN TẠI"
    assert third.outline_kind == "roman" and third.outline_value == 3 and third.outline_auto
    assert doc.body_paragraphs[2].section == "I.2"
    assert doc.body_paragraphs[3].section == "I.2.a"
    assert doc.body_paragraphs[7].heading_level == 1


def test_heading_style_with_numbering_and_outline_levels() -> None:
    styles = (
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
        '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr>'
        '<w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
    )
    body = para("KẾT QUẢ THỰC HIỆN", '<w:pStyle w:val="Heading1"/>') + para("Nội dung.")
    doc = load_bytes(package(body, numbering=NUMBERING, styles=styles))
    h, p = doc.body_paragraphs
    assert h.label == "I." and h.heading_level == 1 and h.style == "heading 1"
    assert h.runs[0].bold and h.runs[0].font == "Times New Roman" and h.runs[0].size == 14
    assert p.section == "I" and p.heading_level is None and p.size == 14


def test_typed_numbering_gives_outline_paths_and_appendices() -> None:
    body = "".join(
        para(t)
        for t in [
            "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO",
            "1. Nội dung thứ nhất.",
            "a) điểm a",
            "- gạch đầu dòng",
            "II. KẾT QUẢ THỰC HIỆN",
            "1.1. Mục con",
            "PHỤ LỤC 2",
            "I. Nhóm",
            "Phụ lục 2 kèm theo báo cáo này là bảng số liệu chi tiết của các chỉ tiêu.",
        ]
    )
    doc = load_bytes(package(body))
    sections = [p.section for p in doc.body_paragraphs]
    assert sections[:4] == ["I", "I.1", "I.1.a", "I.1.a"]
    assert sections[4:6] == ["II", "II.1"]
    assert sections[6:8] == ["PL2", "PL2.I"]
    assert doc.body_paragraphs[6].outline_kind == "appendix"
    assert doc.body_paragraphs[8].outline_kind is None  # a sentence, not an appendix heading
    assert doc.body_paragraphs[3].outline_kind == "bullet"


def test_tables_merged_cells_header_rows_nested() -> None:
    tc = "<w:tc>{pr}{content}</w:tc>"

    def cell(text: str, pr: str = "") -> str:
        return tc.format(pr=f"<w:tcPr>{pr}</w:tcPr>" if pr else "", content=para(text))

    nested = "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>" + cell("trong") + "</w:tr></w:tbl>"
    rows = [
        "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
        + cell("STT", '<w:vMerge w:val="restart"/>')
        + cell("Phân công", '<w:gridSpan w:val="2"/>')
        + "</w:tr>",
        "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
        + cell("", "<w:vMerge/>")
        + cell("Chủ trì")
        + cell("Phối hợp")
        + "</w:tr>",
        "<w:tr>"
        + cell("1")
        + tc.format(pr="", content=para("a") + para("b"))
        + tc.format(pr="", content=nested + para(""))
        + "</w:tr>",
    ]
    body = (
        '<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single"/></w:tblBorders></w:tblPr>'
        "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>" + "".join(rows) + "</w:tbl>"
    )
    doc = load_bytes(package(body))
    (t, inner) = list(doc.tables())
    assert t.columns == 3 and not t.borderless
    assert [r.is_header for r in t.rows] == [True, True, False]
    stt = t.cell_at(1, 0)
    assert stt is not None and stt.text == "STT" and stt.rowspan == 2
    assert t.cell_at(0, 2) is t.cell_at(0, 1)
    assert t.cell_at(0, 1).span == 2
    assert t.cell_at(2, 1).text == "a\nb"
    assert inner.nested_in == t.index and inner.rows[0].cells[0].text == "trong"
    a = next(p for p in doc.body_paragraphs if p.text == "a")
    assert (a.table, a.row, a.cell) == (t.index, 2, 1)
    assert a.location.table == t.index and a.location.cell == 1


def test_header_block_in_borderless_table() -> None:
    body = (
        '<w:tbl><w:tblPr><w:tblBorders><w:top w:val="nil"/><w:insideV w:val="none"/>'
        "</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc>"
        + para("THÀNH ỦY HẢI PHÒNG")
        + para("*")
        + para("Số 28-BC/TU")
        + "</w:tc><w:tc>"
        + para("ĐẢNG CỘNG SẢN VIỆT NAM")
        + para("Hải Phòng, ngày 30 tháng 01 năm 2026")
        + "</w:tc></w:tr></w:tbl>"
        + para("BÁO CÁO")
    )
    doc = load_bytes(package(body))
    t = next(doc.tables())
    assert t.borderless
    number = doc.body_paragraphs[2]
    assert number.text == "Số 28-BC/TU" and (number.table, number.row, number.cell) == (0, 0, 0)
    date = doc.body_paragraphs[4]
    assert date.cell == 1 and date.location.cell == 1


def test_footnotes_endnotes_positions_and_separators() -> None:
    footnotes = (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
        "</w:r></w:p></w:footnote>"
        '<w:footnote w:id="7"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Quyết định số 161-QĐ/TU.</w:t></w:r></w:p></w:footnote>'
        '<w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t> Kết luận.</w:t></w:r></w:p></w:footnote>'
    )
    endnotes = '<w:endnote w:id="1"><w:p><w:r><w:t>Cuối.</w:t></w:r></w:p></w:endnote>'
    body = (
        '<w:p><w:r><w:t>đúng quy định</w:t></w:r><w:r><w:footnoteReference w:id="7"/></w:r>'
        '<w:r><w:t>; tổ chức</w:t></w:r><w:r><w:footnoteReference w:id="3"/></w:r>'
        '<w:r><w:endnoteReference w:id="1"/></w:r></w:p>'
    )
    doc = load_bytes(package(body, footnotes=footnotes, endnotes=endnotes))
    (p,) = doc.body_paragraphs
    assert p.text == "đúng quy định; tổ chức"
    assert [(n.kind, n.id, n.offset, n.number) for n in p.notes] == [
        (FOOTNOTE, 7, 13, 1),
        (FOOTNOTE, 3, 22, 2),
        (ENDNOTE, 1, 22, 1),
    ]
    assert [n.id for n in doc.footnotes] == [7, 3]
    note = doc.note(FOOTNOTE, 7)
    assert note is not None and note.text == "Quyết định số 161-QĐ/TU."
    fp = note.paragraphs[0]
    assert fp.location.part == FOOTNOTE and fp.location.footnote == 7
    assert doc.endnotes[0].text == "Cuối."


def test_text_boxes_read_once_content_controls_hyperlinks_fields() -> None:
    txbx = "<w:txbxContent>" + para("THÀNH ỦY HẢI PHÒNG") + "</w:txbxContent>"
    drawing = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        "<a:graphic><a:graphicData><wps:wsp><wps:txbx>" + txbx + "</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
        "<w:pict><v:shape><v:textbox>" + txbx + "</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )
    body = (
        "<w:p>" + drawing + "<w:r><w:t>neo</w:t></w:r></w:p>"
        "<w:sdt><w:sdtPr/><w:sdtContent>"
        + para("Trong điều khiển nội dung")
        + "</w:sdtContent></w:sdt>"
        '<w:p><w:hyperlink r:id="x"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:fldSimple w:instr="DATE"><w:r><w:t> 29/01/2026</w:t></w:r></w:fldSimple></w:p>'
    )
    doc = load_bytes(package(body))
    assert [p.text for p in doc.textboxes] == ["THÀNH ỦY HẢI PHÒNG"]
    assert doc.textboxes[0].part == TEXTBOX and doc.textboxes[0].in_textbox
    assert body_texts(doc) == ["neo", "Trong điều khiển nội dung", "liên kết7 29/01/2026"]


def _boxed(text: str) -> str:
    txbx = "<w:txbxContent>" + para(text) + "</w:txbxContent>"
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        "<a:graphic><a:graphicData><wps:wsp><wps:txbx>" + txbx + "</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
        "<w:pict><v:shape><v:textbox>" + txbx + "</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )


def _group(texts: list[str]) -> str:
    """One drawing: a group of text boxes, and its VML fallback with the same boxes."""
    def content(t: str) -> str:
        return "<w:txbxContent>" + para(t) + "</w:txbxContent>"

    shapes = "".join(f"<wps:wsp><wps:txbx>{content(t)}</wps:txbx></wps:wsp>" for t in texts)
    vml = "".join(f"<v:shape><v:textbox>{content(t)}</v:textbox></v:shape>" for t in texts)
    return (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing><wp:anchor>'
        f"<a:graphic><a:graphicData><wpg:wgp>{shapes}</wpg:wgp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback>"
        f"<w:pict><v:group>{vml}</v:group></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )


def test_many_text_boxes_each_read_once_in_order() -> None:
    # Labels of a layout diagram, as in the decree's appendix: groups of small text boxes,
    # each drawn twice (DrawingML and its VML fallback). Each is read once, every time.
    labels = [f"Ô {i}" for i in range(1, 61)]
    body = "".join(
        "<w:p>" + _group(labels[i:i + 6]) + _boxed(labels[i + 6]) + "</w:p>"
        for i in range(0, len(labels), 7)
        if i + 6 < len(labels)
    )
    expected = [t for i in range(0, len(labels), 7) if i + 6 < len(labels)
                for t in labels[i:i + 7]]
    data = package(body)
    for _ in range(5):
        assert [p.text for p in load_bytes(data).textboxes] == expected


def test_tracked_changes_read_as_accepted_text() -> None:
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Nghị quyết số </w:t></w:r>'
        '<w:del w:id="1" w:author="A"><w:r><w:delText>79 - </w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="A"><w:r><w:t>79-</w:t></w:r></w:ins>'
        "<w:r><w:t>NQ/TW</w:t></w:r>"
        '<w:moveFrom w:id="3" w:author="A"><w:r><w:t>cũ</w:t></w:r></w:moveFrom></w:p>'
    )
    doc = load_bytes(package(body))
    (p,) = doc.body_paragraphs
    assert p.text == "Nghị quyết số 79-NQ/TW"
    assert "79 - " in p.deleted_text and "cũ" in p.deleted_text
    assert any(r.inserted for r in p.runs)
    assert doc.has_revisions and doc.revision_count == 3


def test_comments_anchored_and_not_content() -> None:
    comments = '<w:comment w:id="0" w:author="Tổ soát"><w:p><w:r><w:t>soat: ignore DAT003</w:t></w:r></w:p></w:comment>'
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Ngày </w:t></w:r><w:commentRangeStart w:id="0"/>'
        '<w:r><w:t>06/11/2026</w:t></w:r><w:commentRangeEnd w:id="0"/>'
        '<w:r><w:commentReference w:id="0"/></w:r></w:p>'
    )
    doc = load_bytes(package(body, comments=comments))
    (c,) = doc.comments
    assert c.text == "soat: ignore DAT003" and c.author == "Tổ soát"
    assert (c.paragraph, c.offset, c.length) == (0, 5, 10)
    assert "soat" not in doc.body_paragraphs[0].text


def test_sections_margins_orientation_and_core_properties() -> None:
    sect1 = (
        '<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" '
        'w:bottom="1134" w:left="1701" w:right="850"/></w:sectPr></w:pPr>'
        "<w:r><w:t>trang dọc</w:t></w:r></w:p>"
    )
    last = (
        '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>'
        '<w:pgMar w:top="1134" w:bottom="1134" w:left="1134" w:right="850"/></w:sectPr>'
    )
    doc = load_bytes(package(sect1 + para("bảng ngang"), sect=last))
    s1, s2 = doc.sections
    assert (s1.page_width, s1.page_height, s1.orientation) == (210.0, 297.0, "portrait")
    assert (s1.margin_top, s1.margin_left, s1.margin_right) == (20.0, 30.0, 15.0)
    assert s2.orientation == "landscape" and s2.first_paragraph == 1
    assert doc.body_paragraphs[1].page_section == 1


def test_header_part_paragraphs() -> None:
    data = package(para("Nội dung"), header=para("Trang 2"))
    # header relationship type is "header"; rawdocx registers it
    doc = load_bytes(data)
    assert [p.text for p in doc.headers] == ["Trang 2"]
    assert doc.headers[0].part == HEADER


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"hello world, not a package", "not-zip"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "ole-doc"),
        (b"{\\rtf1\\ansi hello}", "rtf"),
        (b"PK\x03\x04broken", "corrupt"),
    ],
)
def test_bad_input_is_a_clear_load_error(data: bytes, code: str) -> None:
    with pytest.raises(LoadError) as err:
        load_bytes(data)
    assert err.value.code == code
    assert err.value.message and not err.value.message.isascii()


def test_doctype_is_refused_and_never_resolved() -> None:
    import io
    import zipfile

    good = package(para("x"))
    src = zipfile.ZipFile(io.BytesIO(good))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(
                    b'<?xml version="1.0" encoding="UTF-8"?>',
                    b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
                ).replace(b"<w:t", b"<w:t>&e;</w:t><w:t", 1)
            z.writestr(info, data)
    with pytest.raises(LoadError) as err:
        load_bytes(out.getvalue())
    assert err.value.code == "unsafe-xml"


def test_strict_ooxml_namespaces_are_read() -> None:
    data = package(para("Văn bản Strict"))
    import io
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            d = src.read(info).replace(
                b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                b"http://purl.oclc.org/ooxml/wordprocessingml/main",
            )
            z.writestr(info, d)
    doc = load_bytes(out.getvalue())
    assert body_texts(doc) == ["Văn bản Strict"]


# styles.xml: table styles and latent styles are cut before parsing (never read) -------------

TABLE_STYLE = (
    '<w:style w:type="table" w:styleId="LightGrid"><w:name w:val="Light Grid"/>'
    '<w:rPr><w:b/></w:rPr><w:tblStylePr w:type="firstRow"><w:rPr><w:i/></w:rPr></w:tblStylePr>'
    "</w:style>"
)
STYLES_WITH_TABLES = (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="26"/></w:rPr></w:rPrDefault></w:docDefaults>'
    '<w:latentStyles w:count="2"><w:lsdException w:name="Normal"/>'
    '<w:lsdException w:name="heading 1"/></w:latentStyles>'
    + TABLE_STYLE
    + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:style>'
    "<w:style w:styleId='Grid2' w:type='table'><w:name w:val='Grid 2'/></w:style>"
    '<w:style w:type="table" w:styleId="Empty"/>'
    '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/>'
    "<w:rPr><w:b/></w:rPr></w:style>"
)


def test_table_and_latent_styles_are_cut_and_the_rest_read_as_before() -> None:
    from lxml import etree

    from validator.loader.styles import drop_unread_styles

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    whole = f"<w:styles {ns}>{STYLES_WITH_TABLES}</w:styles>".encode()
    cut = drop_unread_styles(whole)
    root = etree.fromstring(cut)
    kept = [(el.get(f"{{{root.nsmap['w']}}}styleId")) for el in root if el.tag.endswith("style")]
    assert kept == ["Normal", "Empty", "Strong"]  # a self-closing one is left alone
    assert b"latentStyles" not in cut and b"docDefaults" in cut
    bare = whole.replace(b'<w:latentStyles w:count="2">', b"<w:latentStyles>")
    assert b"latentStyles" not in drop_unread_styles(bare)
    same = f"<w:styles {ns}><w:style w:type='paragraph' w:styleId='A'/></w:styles>".encode()
    assert drop_unread_styles(same) is same
    other_prefix = whole.replace(b"w:", b"x:").replace(b"xmlns:w=", b"xmlns:x=")
    assert drop_unread_styles(other_prefix) is other_prefix  # nothing cut, parsed whole

    body = para("Báo cáo", '<w:pStyle w:val="Normal"/>', '<w:rStyle w:val="Strong"/>')
    doc = load_bytes(package(body, styles=STYLES_WITH_TABLES))
    (p_,) = doc.body_paragraphs
    assert p_.style == "Normal" and p_.runs[0].bold
    assert p_.runs[0].font == "Times New Roman" and p_.runs[0].size == 13


def test_a_prefilter_that_breaks_the_xml_falls_back_to_the_whole_part() -> None:
    from validator.loader.package import Limits, Package

    data = package(para("x"), styles=STYLES_WITH_TABLES)
    pkg = Package(data, Limits())
    broken = pkg.xml("word/styles.xml", prefilter=lambda b: b[: len(b) // 2])
    whole = pkg.xml("word/styles.xml")
    assert broken is not None and whole is not None
    assert len(broken) == len(whole) == 7


def test_a_tables_grid_cache_does_not_change_its_equality_or_hash() -> None:
    body = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        "<w:tr><w:tc>" + para("STT") + "</w:tc><w:tc>" + para("Nội dung") + "</w:tc></w:tr>"
        "</w:tbl>"
    )
    data = package(body)
    a = next(load_bytes(data).tables())
    b = next(load_bytes(data).tables())
    before = hash(a)
    assert a.cell_at(0, 1) is not None and a.cell_at(0, 1).text == "Nội dung"  # fills a's grid
    assert a == b and hash(a) == hash(b) == before
    assert {a: 1}[b] == 1
