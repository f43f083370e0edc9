"""The outline builder: the .docx packages it writes have the shapes Word writes.

These tests read the produced packages with python-docx and with zipfile + lxml only, so they do
not depend on the loader or the engine. The harness's matching logic is tested on hand-made
model documents; one end-to-end test runs when the loader and engine are available.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from types import SimpleNamespace

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from tests.harness import align, compare, location_problems
from tests.outline import (
    Expect,
    Fixture,
    OutlineError,
    ParaRec,
    build,
    build_fixture,
    parse,
    party_frame,
    state_frame,
    tokens,
)
from validator.model import Document, Location, Note, Paragraph

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
}
W = f"{{{NS['w']}}}"


def opened(data: bytes) -> docx.document.Document:
    """Every package must open in python-docx."""
    return docx.Document(io.BytesIO(data))


def part(data: bytes, name: str) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name))


def names(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.namelist()


def xp(el: etree._Element, expr: str) -> list:
    return el.xpath(expr, namespaces=NS)


def make(outline: str, **kw) -> bytes:
    data = build(outline, **kw)
    opened(data)
    return data


def body(data: bytes) -> etree._Element:
    return xp(part(data, "word/document.xml"), "/w:document/w:body")[0]


def paras(data: bytes) -> list[etree._Element]:
    """Body paragraphs in document order, table cells included, text boxes excluded."""
    return xp(body(data), ".//w:p[not(ancestor::w:txbxContent)]")


def runs_text(p: etree._Element) -> list[str]:
    return ["".join(xp(r, "w:t/text()")) for r in xp(p, "w:r")]


def content_types(data: bytes) -> dict[str, str]:
    root = part(data, "[Content_Types].xml")
    return {o.get("PartName"): o.get("ContentType") for o in xp(root, "ct:Override")}


def rel_targets(data: bytes) -> dict[str, str]:
    root = part(data, "word/_rels/document.xml.rels")
    return {r.get("Target"): r.get("Type").rsplit("/", 1)[1] for r in xp(root, "rel:Relationship")}


# --------------------------------------------------------------------------------------------
# Parsing lines and annotations


def test_parse_keeps_line_numbers_kinds_and_annotations():
    lines = parse(
        """
        # a comment
        h1: Kết quả
        p[Body Text]: Số 07-NQ/TU # không phải chú thích
        p: Ngày 30/01/2026  # expect: DAT003 @5 "ngày, tháng", STR002

        # expect: MET001
        n1.0: Mục
        """
    )
    assert [(ln.lineno, ln.kind) for ln in lines] == [
        (3, "h1"), (4, "p"), (5, "p"), (7, ""), (8, "n1.0")
    ]
    assert lines[1].opts == "Body Text"
    assert lines[1].content == "Số 07-NQ/TU # không phải chú thích"
    assert lines[1].expect == ()
    assert lines[2].content == "Ngày 30/01/2026"
    assert lines[2].expect == (Expect("DAT003", 5, "ngày, tháng"), Expect("STR002"))
    assert lines[3].expect == (Expect("MET001"),)


def test_parse_rejects_ambiguous_or_unknown_lines():
    with pytest.raises(OutlineError, match="two spaces"):
        parse("p: text # expect: STR002")
    with pytest.raises(OutlineError, match="unknown line kind"):
        parse("para: text")
    with pytest.raises(OutlineError, match="line 2"):
        parse("p: a\nthis is not a line")
    with pytest.raises(OutlineError, match="rule id"):
        parse("p: a  # expect: str002")


def test_content_keeps_inner_spaces_and_drops_one_after_colon():
    (ln,) = parse("p:  hai  khoảng  ")
    assert ln.content == " hai  khoảng"


def test_tokens_escapes_and_word_internal_underscore():
    assert tokens(r"a\*\*b\_c file_name \[[r]] x\|y") == [
        ("text", "a**b_c file_name [[r]] x|y")
    ]
    assert tokens("_x_") == [("toggle", "i"), ("text", "x"), ("toggle", "i")]
    assert tokens("{hl:12%}") == [("on", "hl", "yellow"), ("text", "12%"), ("off", "hl")]
    with pytest.raises(OutlineError, match="unknown markup"):
        tokens("{nosuch}")


# --------------------------------------------------------------------------------------------
# Paragraphs and runs


def test_run_boundaries_are_forced_where_asked():
    data = make("p: Nghị quyết số 07-[[r]]NQ/[[r]]TU ngày 29/01/2026")
    (p,) = paras(data)
    assert runs_text(p) == ["Nghị quyết số 07-", "NQ/", "TU ngày 29/01/2026"]


def test_inline_formatting_becomes_run_properties():
    data = make("p: a **đậm** _nghiêng_ m^2^ {font=Arial}{size=12}f{/size}{/font} {hl}h{/hl} "
                "{hidden}ẩn{/hidden} {u}g{/u}")
    (p,) = paras(data)
    rpr = {"".join(xp(r, "w:t/text()")): r.find(W + "rPr") for r in xp(p, "w:r")}
    assert rpr["đậm"].find(W + "b") is not None
    assert rpr["nghiêng"].find(W + "i") is not None
    assert rpr["2"].find(W + "vertAlign").get(W + "val") == "superscript"
    assert rpr["f"].find(W + "rFonts").get(W + "ascii") == "Arial"
    assert rpr["f"].find(W + "sz").get(W + "val") == "24"
    assert rpr["h"].find(W + "highlight").get(W + "val") == "yellow"
    assert rpr["ẩn"].find(W + "vanish") is not None
    assert rpr["g"].find(W + "u").get(W + "val") == "single"


def test_special_characters_are_word_elements():
    data = make("p: 07{nbh}NQ a{nbsp}b c{shy}d e{tab}f g{br}h {pb}")
    (p,) = paras(data)
    for tag in ("noBreakHyphen", "softHyphen", "tab", "br"):
        assert xp(p, f".//w:{tag}"), tag
    assert xp(p, './/w:br[@w:type="page"]')
    assert "a\u00a0b" in "".join(xp(p, ".//w:t/text()"))


def test_headings_styles_and_paragraph_options():
    data = make(
        "h1: A\nh3: B\np[Body Text, center]: C\np[Tiêu đề riêng]: D\n"
        "p[indent=10, first=-5, level=2, right, size=13, bold]: E"
    )
    styles = [xp(p, "string(w:pPr/w:pStyle/@w:val)") for p in paras(data)]
    assert styles[:3] == ["Heading1", "Heading3", "BodyText"]
    doc = opened(data)
    assert doc.paragraphs[3].style.name == "Tiêu đề riêng"
    assert doc.paragraphs[2].alignment == 1  # centre
    e = paras(data)[4]
    assert xp(e, "string(w:pPr/w:ind/@w:hanging)") == "283"
    assert xp(e, "string(w:pPr/w:outlineLvl/@w:val)") == "1"
    assert xp(e, "string(w:pPr/w:jc/@w:val)") == "right"
    assert xp(e, "string(w:r/w:rPr/w:sz/@w:val)") == "26"
    assert xp(e, "w:r/w:rPr/w:b")


def test_nfd_text_stays_decomposed_in_the_xml():
    data = make("nfd: Việt Nam\np[nfd]: Hải Phòng\np: Lâm {nfd}Đồng{/nfd}\np: Hà Nội")
    texts = ["".join(xp(p, ".//w:t/text()")) for p in paras(data)]
    assert texts[0] == unicodedata.normalize("NFD", "Việt Nam") != "Việt Nam"
    assert texts[1] == unicodedata.normalize("NFD", "Hải Phòng")
    assert texts[2] == "Lâm " + unicodedata.normalize("NFD", "Đồng")
    assert unicodedata.is_normalized("NFC", texts[3])
    raw = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
    assert unicodedata.normalize("NFD", "Việt").encode() in raw


def test_tracked_changes_are_w_del_and_w_ins():
    data = make("p: Tổng ~~120~~++125++ người {ins:mới}")
    (p,) = paras(data)
    (d,) = xp(p, "w:del")
    assert d.get(W + "author") == "A" and d.get(W + "date") and d.get(W + "id")
    assert xp(d, "string(w:r/w:delText)") == "120"
    assert not xp(d, ".//w:t")
    ins = xp(p, "w:ins")
    assert [xp(i, "string(w:r/w:t)") for i in ins] == ["125", "mới"]
    assert len({e.get(W + "id") for e in [d, *ins]}) == 3


def test_complex_fields_and_bookmarks():
    data = make("p: Xem {bm=_Ref1}mục 2{/bm}, trang {field:PAGEREF _Ref1 \\h|3}.")
    (p,) = paras(data)
    kinds = [c.get(W + "fldCharType") for c in xp(p, ".//w:fldChar")]
    assert kinds == ["begin", "separate", "end"]
    assert xp(p, "string(.//w:instrText)") == " PAGEREF _Ref1 \\h "
    start = xp(p, "w:bookmarkStart")[0]
    assert start.get(W + "name") == "_Ref1"
    assert xp(p, "w:bookmarkEnd")[0].get(W + "id") == start.get(W + "id")


# --------------------------------------------------------------------------------------------
# Notes


def test_footnotes_part_as_word_writes_it():
    data = make("p: Kết luận[^1: Kết luận số 208-KL/TW, ngày 11/11/2025.] và[^2: Hai **đậm**.]")
    assert "word/footnotes.xml" in names(data)
    assert content_types(data)["/word/footnotes.xml"].endswith("wordprocessingml.footnotes+xml")
    assert rel_targets(data)["footnotes.xml"] == "footnotes"
    fn = part(data, "word/footnotes.xml")
    notes = xp(fn, "w:footnote")
    assert [(n.get(W + "type"), n.get(W + "id")) for n in notes] == [
        ("separator", "-1"), ("continuationSeparator", "0"), (None, "1"), (None, "2")
    ]
    assert xp(notes[0], ".//w:separator") and xp(notes[1], ".//w:continuationSeparator")
    first = xp(notes[2], "w:p")[0]
    assert xp(first, "string(w:pPr/w:pStyle/@w:val)") == "FootnoteText"
    assert xp(first, "w:r[1]/w:footnoteRef")
    assert xp(first, "string(w:r[1]/w:rPr/w:rStyle/@w:val)") == "FootnoteReference"
    assert "".join(xp(first, ".//w:t/text()")) == " Kết luận số 208-KL/TW, ngày 11/11/2025."
    assert xp(notes[3], ".//w:r[w:rPr/w:b]/w:t/text()") == ["đậm"]
    (p,) = paras(data)
    refs = xp(p, "w:r[w:footnoteReference]")
    assert [xp(r, "string(w:footnoteReference/@w:id)") for r in refs] == ["1", "2"]
    assert all(xp(r, "string(w:rPr/w:rStyle/@w:val)") == "FootnoteReference" for r in refs)
    styles = part(data, "word/styles.xml")
    ref_style = xp(styles, '//w:style[@w:styleId="FootnoteReference"]')[0]
    assert xp(ref_style, "string(w:rPr/w:vertAlign/@w:val)") == "superscript"
    settings_ = part(data, "word/settings.xml")
    assert xp(settings_, "w:footnotePr/w:footnote/@w:id") == ["-1", "0"]


def test_endnotes_auto_ids_and_dangling_references():
    data = make("p: a[^e1: cuối] b[^e: tiếp] c[^: chân] d[^7]")
    en = part(data, "word/endnotes.xml")
    assert xp(en, "w:endnote/@w:id") == ["-1", "0", "1", "2"]
    assert content_types(data)["/word/endnotes.xml"].endswith("endnotes+xml")
    fn = part(data, "word/footnotes.xml")
    assert xp(fn, "w:footnote/@w:id") == ["-1", "0", "1"]  # 7 is referenced, never defined
    (p,) = paras(data)
    assert xp(p, ".//w:endnoteReference/@w:id") == ["1", "2"]
    assert xp(p, ".//w:footnoteReference/@w:id") == ["1", "7"]


def test_note_defined_twice_is_an_error():
    with pytest.raises(OutlineError, match="defined twice"):
        build("p: a[^1: x]\np: b[^1: y]")


# --------------------------------------------------------------------------------------------
# Numbering


NUMBERED = """
numbering: 1 = upperRoman "%1." | decimal "%2." | lowerLetter "%3)" | bullet "-"
numbering: 2 -> 1 restart lvl1=3
style-num: Heading 1 = 1 lvl 0
h1: KẾT QUẢ
n1.1: Mục một
auto[numId=2,lvl=0]: Lại từ đầu
p[num=1.2]: con
"""


def test_numbering_part_abstract_num_and_overrides():
    data = make(NUMBERED)
    assert content_types(data)["/word/numbering.xml"].endswith("numbering+xml")
    assert rel_targets(data)["numbering.xml"] == "numbering"
    nb = part(data, "word/numbering.xml")
    (an,) = xp(nb, "w:abstractNum")  # the template's own definitions are gone
    lvls = xp(an, "w:lvl")
    assert [xp(lv, "string(w:numFmt/@w:val)") for lv in lvls] == [
        "upperRoman", "decimal", "lowerLetter", "bullet"
    ]
    assert [xp(lv, "string(w:lvlText/@w:val)") for lv in lvls] == ["%1.", "%2.", "%3)", "-"]
    assert xp(lvls[0], "string(w:pStyle/@w:val)") == "Heading1"
    nums = xp(nb, "w:num")
    assert [n.get(W + "numId") for n in nums] == ["1", "2"]
    aid = an.get(W + "abstractNumId")
    assert xp(nb, "w:num/w:abstractNumId/@w:val") == [aid, aid]
    overrides = {o.get(W + "ilvl"): xp(o, "string(w:startOverride/@w:val)")
                 for o in xp(nums[1], "w:lvlOverride")}
    assert overrides == {"0": "1", "1": "3"}
    # abstractNum elements come before num elements, as the schema wants
    tags = [etree.QName(c).localname for c in nb]
    assert tags == ["abstractNum", "num", "num"]


def test_numbered_paragraphs_and_numbered_heading_style():
    data = make(NUMBERED)
    ps = paras(data)
    num = [(xp(p, "string(w:pPr/w:numPr/w:numId/@w:val)"),
            xp(p, "string(w:pPr/w:numPr/w:ilvl/@w:val)")) for p in ps]
    assert num == [("", ""), ("1", "1"), ("2", "0"), ("1", "2")]
    styles = part(data, "word/styles.xml")
    h1 = xp(styles, '//w:style[@w:styleId="Heading1"]')[0]
    assert xp(h1, "string(w:pPr/w:numPr/w:numId/@w:val)") == "1"
    assert not xp(styles, '//w:style[@w:styleId="ListBullet"]/w:pPr/w:numPr')


def test_no_numbering_part_unless_asked():
    data = make("p: a")
    assert "word/numbering.xml" not in names(data)
    assert "numbering.xml" not in rel_targets(data)


def test_numbering_errors():
    with pytest.raises(OutlineError, match="not defined"):
        build("numbering: 2 -> 1")
    with pytest.raises(OutlineError, match="not defined"):
        build("style-num: Heading 1 = 4")
    with pytest.raises(OutlineError, match="bad level"):
        build("numbering: 1 = decimal")


# --------------------------------------------------------------------------------------------
# Tables


def test_table_merges_and_header_rows():
    data = make("table[header=1]: STT | Nội dung | << // 1 | a | b // ^^ | c | d")
    (tbl,) = xp(body(data), "w:tbl")
    assert xp(tbl, "string(w:tblPr/w:tblStyle/@w:val)") == "TableGrid"
    rows = xp(tbl, "w:tr")
    assert [bool(xp(r, "w:trPr/w:tblHeader")) for r in rows] == [True, False, False]
    assert xp(rows[0], "string(w:tc[2]/w:tcPr/w:gridSpan/@w:val)") == "2"
    assert len(xp(rows[0], "w:tc")) == 2
    assert xp(rows[1], "string(w:tc[1]/w:tcPr/w:vMerge/@w:val)") == "restart"
    cont = xp(rows[2], "w:tc[1]/w:tcPr/w:vMerge")
    assert cont and cont[0].get(W + "val") in (None, "continue")
    assert xp(rows[2], "w:tc[1]/w:p")  # Word keeps an empty paragraph in the merged cell
    table = opened(data).tables[0]
    assert table.cell(2, 0).text == "1"
    assert table.cell(0, 2).text == "Nội dung"


def test_merged_block_both_ways():
    data = make("table: A | << | x // ^^ | << | y")
    rows = xp(body(data), "w:tbl/w:tr")
    first = xp(rows[0], "w:tc[1]/w:tcPr")[0]
    second = xp(rows[1], "w:tc[1]/w:tcPr")[0]
    assert xp(first, "string(w:gridSpan/@w:val)") == "2"
    assert xp(first, "string(w:vMerge/@w:val)") == "restart"
    assert xp(second, "string(w:gridSpan/@w:val)") == "2" and xp(second, "w:vMerge")


def test_borderless_table_with_paragraphs_in_cells():
    data = make(
        "table[borderless]: THÀNH ỦY HẢI PHÒNG{br}* | ĐẢNG CỘNG SẢN VIỆT NAM "
        "// Số 28-BC/TU | Hải Phòng, ngày 30 tháng 01 năm 2026{p}dòng hai"
    )
    (tbl,) = xp(body(data), "w:tbl")
    assert not xp(tbl, "w:tblPr/w:tblStyle")
    borders = xp(tbl, "w:tblPr/w:tblBorders/*")
    assert {etree.QName(b).localname for b in borders} == {
        "top", "left", "bottom", "right", "insideH", "insideV"
    }
    assert {b.get(W + "val") for b in borders} == {"none"}
    assert xp(tbl, "w:tr[1]/w:tc[1]/w:p/w:r/w:br")
    cell = xp(tbl, "w:tr[2]/w:tc[2]")[0]
    assert ["".join(xp(p, ".//w:t/text()")) for p in xp(cell, "w:p")] == [
        "Hải Phòng, ngày 30 tháng 01 năm 2026", "dòng hai"
    ]


def test_table_cells_split_outside_markup_only():
    data = make(r"table: a[^1: x | y] | {field:IF 1 = 1 \"c\" | r} | http:\/\/x // d")
    rows = xp(body(data), "w:tbl/w:tr")
    assert len(rows) == 2 and len(xp(rows[0], "w:tc")) == 3
    assert "http://x" in "".join(xp(rows[0], ".//w:t/text()"))


def test_bad_merge_marker():
    with pytest.raises(OutlineError, match="no cell to merge"):
        build("table: << | a")


# --------------------------------------------------------------------------------------------
# Text boxes, comments, headers, sections, properties


def test_textbox_has_choice_and_vml_fallback():
    data = make("p: trước\ntextbox: Hộp văn bản{p}đoạn **hai**\np: sau")
    (ac,) = xp(body(data), ".//mc:AlternateContent")
    choice = xp(ac, "mc:Choice")[0]
    assert choice.get("Requires") == "wps"
    c_txt = xp(choice, ".//wps:txbx/w:txbxContent")
    f_txt = xp(ac, "mc:Fallback//v:textbox/w:txbxContent")
    assert c_txt and f_txt
    texts = [["".join(xp(p, ".//w:t/text()")) for p in xp(t[0], "w:p")] for t in (c_txt, f_txt)]
    assert texts[0] == texts[1] == ["Hộp văn bản", "đoạn hai"]
    assert len(paras(data)) == 3  # before, the anchor paragraph, after


def test_comments_part_and_ranges():
    data = make(
        "comment[Xem lại số liệu]: Tổng số [[c]]120 người[[/c]] tham gia\n"
        "comment[Cả đoạn]: Toàn bộ đoạn\n"
        "p: Một [[c:Ghi chú riêng]]chữ[[/c]] thôi"
    )
    assert content_types(data)["/word/comments.xml"].endswith("comments+xml")
    cm = part(data, "word/comments.xml")
    comments = xp(cm, "w:comment")
    assert [c.get(W + "id") for c in comments] == ["0", "1", "2"]
    assert {c.get(W + "author") for c in comments} == {"Reviewer"}
    assert ["".join(xp(c, ".//w:t/text()")) for c in comments] == [
        "Xem lại số liệu", "Cả đoạn", "Ghi chú riêng"
    ]
    assert all(xp(c, "w:p/w:r/w:annotationRef") for c in comments)
    p0, p1, p2 = paras(data)
    kids = [etree.QName(c).localname for c in p0]
    assert kids.index("commentRangeStart") < kids.index("commentRangeEnd")
    inside = p0[kids.index("commentRangeStart") + 1]
    assert "".join(xp(inside, "w:t/text()")) == "120 người"
    assert xp(p0, "string(w:r/w:commentReference/@w:id)") == "0"
    kids1 = [etree.QName(c).localname for c in p1 if etree.QName(c).localname != "pPr"]
    assert kids1[0] == "commentRangeStart" and kids1[-2:] == ["commentRangeEnd", "r"]
    assert xp(p2, "string(w:commentRangeStart/@w:id)") == "2"


def test_headers_footers_and_page_fields():
    data = make("header: Trang {field:PAGE|1}\nfooter: chân trang\nheader[first]: đầu\np: x")
    doc = opened(data)
    sec = doc.sections[0]
    assert sec.header.paragraphs[0].text == "Trang 1"
    assert sec.footer.paragraphs[0].text == "chân trang"
    assert sec.different_first_page_header_footer
    assert sec.first_page_header.paragraphs[0].text == "đầu"
    hdr = [n for n in names(data) if n.startswith("word/header")]
    assert len(hdr) == 2
    assert any(xp(part(data, n), "string(.//w:instrText)") == " PAGE " for n in hdr)


def test_sections_orientation_and_margins():
    data = make(
        "p: Báo cáo\nmargins: top=25 bottom=20 left=35 right=20\n"
        "section: landscape\nmargins: 20 20 30 15\np: Phụ lục\ntable: a | b"
    )
    b = body(data)
    inner = xp(b, "w:p/w:pPr/w:sectPr")
    assert len(inner) == 1  # the break sits in the last paragraph of section 1
    assert xp(inner[0], "string(../../w:r/w:t)") == "Báo cáo"
    assert xp(inner[0], "string(w:pgMar/@w:top)") == "1417"
    assert xp(inner[0], "string(w:pgMar/@w:left)") == "1984"
    assert xp(inner[0], "string(w:pgSz/@w:w)") == "11906"  # A4 portrait
    last = xp(b, "w:sectPr")[0]
    assert xp(last, "string(w:pgSz/@w:orient)") == "landscape"
    assert xp(last, "string(w:pgSz/@w:w)") == "16838"
    assert xp(last, "string(w:pgMar/@w:right)") == "850"
    doc = opened(data)
    assert len(doc.sections) == 2
    assert doc.sections[1].orientation == 1


def test_section_after_a_table_gets_its_own_paragraph():
    fx = build_fixture("table: a | b\nsection: portrait\np: x")
    assert [r.line for r in fx.body] == [1, 1, 2, 3]


def test_meta_font_and_defaults():
    data = make("meta: title=Báo cáo tháng; author=Nguyễn Văn A; keywords=bc\nfont: Arial 13\np: x")
    core = part(data, "docProps/core.xml")
    assert xp(core, "string(dc:title)") == "Báo cáo tháng"
    assert xp(core, "string(dc:creator)") == "Nguyễn Văn A"
    styles = part(data, "word/styles.xml")
    normal = xp(styles, '//w:style[@w:styleId="Normal"]')[0]
    assert xp(normal, "string(w:rPr/w:rFonts/@w:ascii)") == "Arial"
    assert xp(normal, "string(w:rPr/w:sz/@w:val)") == "26"
    default = make("p: x")
    styles = part(default, "word/styles.xml")
    for sid in ("Normal", "Heading1", "Heading2"):
        st_ = xp(styles, f'//w:style[@w:styleId="{sid}"]')[0]
        assert xp(st_, "string(w:rPr/w:rFonts/@w:ascii)") == "Times New Roman"
        assert xp(st_, "string(w:rPr/w:sz/@w:val)") == "28"
    assert xp(styles, "string(//w:docDefaults//w:rFonts/@w:ascii)") == "Times New Roman"
    sect = xp(body(default), "w:sectPr")[0]
    assert (xp(sect, "string(w:pgSz/@w:w)"), xp(sect, "string(w:pgSz/@w:h)")) == ("11906",
                                                                                "16838")
    assert xp(part(default, "docProps/core.xml"), "string(dc:creator)") == ""


def test_edit_hook_sees_the_document_before_saving():
    def edit(doc):
        doc.add_paragraph("thêm bằng tay")

    fx = build_fixture("p: a", edit=edit)
    assert opened(fx.data).paragraphs[-1].text == "thêm bằng tay"
    assert [r.line for r in fx.body] == [1, None]


# --------------------------------------------------------------------------------------------
# What the fixture records for the harness


def test_fixture_maps_lines_to_paragraphs_tables_and_notes():
    fx = build_fixture(
        "h1: A\n"  # 1
        "table: x | << // y{p}z | w  # expect: STR001\n"  # 2
        "p: b[^1: chú thích][^e1: cuối]\n"  # 3
        "textbox: hộp\n"  # 4
        "table: a | b // ^^ | c\n"  # 5
        "comment[ghi chú]: c\n"  # 6
        "header: đầu trang\n"  # 7
        "meta: title=T\n"  # 8
    )
    assert [r.line for r in fx.body] == [1, 2, 2, 2, 2, 3, 4, 5, 5, 5, 5, 6]
    assert [r.optional for r in fx.body].count(True) == 1  # the merged cell's empty paragraph
    assert fx.body_indexes(2) == [1, 2, 3, 4]
    assert fx.tables == [2, 5] and fx.table_indexes(5) == [1]
    assert fx.notes == {("footnote", 1): 3, ("endnote", 1): 3}
    assert [r.text for r in fx.note_paragraphs["footnote"]] == ["chú thích"]
    assert [(r.line, r.text) for r in fx.textboxes] == [(4, "hộp")]
    assert [(r.line, r.text) for r in fx.headers] == [(7, "đầu trang")]
    assert fx.comments == {0: 6}
    assert fx.meta_line == 8
    assert fx.expectations() == [(2, Expect("STR001"))]


def test_recorded_text_is_what_a_reader_sees():
    fx = build_fixture("p: a~~b~~++c++{nbh}d{shy}e{tab}f{hidden}g{/hidden}{field:PAGE|3}")
    assert fx.body[0].text == "ac-de\tf3"


# --------------------------------------------------------------------------------------------
# Report frames


def test_party_frame_builds_and_keeps_body_annotations():
    outline = party_frame(
        """
        p: I. CÔNG TÁC LÃNH ĐẠO
        p: Nội dung sai  # expect: DAT003
        """
    )
    lines = parse(outline)
    flagged = [ln for ln in lines if ln.expect]
    assert [ln.content for ln in flagged] == ["Nội dung sai"]
    assert outline.splitlines()[flagged[0].lineno - 1].strip().startswith("p: Nội dung sai")
    fx = build_fixture(outline)
    doc = opened(fx.data)
    header, signature = doc.tables
    assert header.cell(0, 0).text == "THÀNH ỦY HẢI PHÒNG\n*\nSố 28-BC/TU"
    assert header.cell(0, 1).text == "ĐẢNG CỘNG SẢN VIỆT NAM\nHải Phòng, ngày 30 tháng 01 năm 2026"
    assert [p.text for p in doc.paragraphs[:3]] == [
        "BÁO CÁO",
        "tình hình thực hiện nhiệm vụ tháng 01; nhiệm vụ, giải pháp trọng tâm tháng 02 năm 2026",
        "-----",
    ]
    assert signature.cell(0, 0).text == (
        "Nơi nhận:\n- Các ban đảng Trung ương,\n- Lưu Văn phòng Thành ủy."
    )
    assert signature.cell(0, 1).text == "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nĐỗ Mạnh Hiến"
    (idx,) = fx.body_indexes(flagged[0].lineno)
    assert fx.body[idx].text == "Nội dung sai"
    tbl = xp(body(fx.data), "w:tbl")[0]
    assert xp(tbl, "w:tblPr/w:tblBorders") and not xp(tbl, "w:tblPr/w:tblStyle")


def test_party_frame_can_drop_parts():
    doc = opened(build(party_frame("p: x", number=None, date=None)))
    assert doc.tables[0].cell(0, 0).text == "THÀNH ỦY HẢI PHÒNG\n*"
    assert doc.tables[0].cell(0, 1).text == "ĐẢNG CỘNG SẢN VIỆT NAM"


def test_state_frame_builds():
    doc = opened(build(state_frame("p: I. KẾT QUẢ\np: Nội dung.")))
    header, signature = doc.tables
    assert header.cell(0, 0).text == "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 28/BC-UBND"
    assert header.cell(0, 1).text == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Lâm Đồng, ngày 30 tháng 01 năm 2026"
    )
    assert signature.cell(0, 0).text == "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH."
    assert signature.cell(0, 1).text == (
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A"
    )
    assert [p.text for p in doc.paragraphs[:2]][0] == "BÁO CÁO"


# --------------------------------------------------------------------------------------------
# Robustness: generated outlines always give a valid package and a complete map

_word = st.text(
    alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠẦẤỨỮ0123456789 ,.;:-()%")),
    min_size=1, max_size=20,
).map(str.strip).filter(bool)
_line = st.one_of(
    _word.map(lambda w: f"p: {w}"),
    st.tuples(st.integers(1, 9), _word).map(lambda t: f"h{t[0]}: {t[1]}"),
    st.lists(st.lists(_word, min_size=1, max_size=3), min_size=1, max_size=3).map(
        lambda rows: "table: " + " // ".join(" | ".join(r) for r in rows)),
    _word.map(lambda w: f"p: **{w}** [[r]]{w}{{nbh}}x[^: {w}]"),
    _word.map(lambda w: f"textbox: {w}"),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_line, min_size=1, max_size=8))
def test_generated_outlines_build(lines):
    fx = build_fixture("\n".join(lines))
    opened(fx.data)
    assert len(fx.body) == len(paras(fx.data))
    assert all(r.line is not None for r in fx.body)
    assert len(fx.tables) == len(xp(body(fx.data), ".//w:tbl"))


# --------------------------------------------------------------------------------------------
# Harness logic on hand-made model documents


def _para(i: int, text: str, part: str = "body", note_id: int | None = None) -> Paragraph:
    return Paragraph(part=part, index=i, text=text, note_id=note_id)


def _doc(fx: Fixture, texts: list[str] | None = None) -> Document:
    """A model document as a loader would make it from the fixture's records."""
    texts = [r.text for r in fx.body] if texts is None else texts
    ps = tuple(_para(i, t) for i, t in enumerate(texts))
    notes = tuple(
        Note("footnote", nid, (_para(k, "x", "footnote", nid),))
        for k, (kind, nid) in enumerate(fx.notes) if kind == "footnote"
    )
    return Document(path="<t>", blocks=ps, body_paragraphs=ps, footnotes=notes)


def _v(rule: str, loc: Location, message: str = "thông báo") -> SimpleNamespace:
    return SimpleNamespace(rule=rule, location=loc, message=message)


def test_align_skips_optional_and_survives_text_differences():
    recs = [ParaRec(1, "A"), ParaRec(2, "x"), ParaRec(2, "", optional=True), ParaRec(3, "B")]
    loaded = [_para(0, "A"), _para(1, "x"), _para(2, "B")]
    assert align(recs, loaded) == {0: 1, 1: 2, 2: 3}
    loaded = [_para(0, "A"), _para(1, "X!"), _para(2, ""), _para(3, "B")]
    assert align(recs, loaded) == {0: 1, 1: 2, 2: 2, 3: 3}
    nfd = unicodedata.normalize("NFD", "Việt\u00a0Nam")
    assert align([ParaRec(5, "Việt Nam")], [_para(0, nfd)]) == {0: 5}


def test_compare_reports_missing_and_unexpected():
    fx = build_fixture(
        "p: đúng\n"
        "p: sai ở đây  # expect: DAT003 @4\n"
        "p: lại sai  # expect: DAT003 \"ngày\"\n"
        "table: a | b  # expect: STR001\n"
        "p: chú thích[^1: nội dung]  # expect: REF001\n"
        "# expect: MET001\n"
    )
    doc = _doc(fx)
    body_ = [i for i, r in enumerate(fx.body) if r.line == 4]
    ok = [
        _v("DAT003", Location(paragraph=1, offset=4, length=3)),
        _v("DAT003", Location(paragraph=2, offset=0), "sai ngày tháng"),
        _v("STR001", Location(paragraph=body_[1])),
        _v("REF001", Location(part="footnote", footnote=1)),
        _v("MET001", Location(part="properties")),
    ]
    outcome = compare(fx, doc, ok)
    assert outcome.ok, outcome.report()
    bad = [
        _v("DAT003", Location(paragraph=1, offset=5, length=1)),
        _v("DAT003", Location(paragraph=2), "sai năm"),
        _v("STR001", Location(table=0)),
        _v("REF001", Location(part="footnote", footnote=1)),
        _v("MET001", Location(part="properties")),
        _v("STR002", Location(paragraph=0)),
    ]
    outcome = compare(fx, doc, bad)
    assert not outcome.ok
    assert sorted((line, str(e)) for line, e in outcome.missing) == [
        (2, "DAT003 @4"), (3, 'DAT003 "ngày"')
    ]
    assert sorted((line, v.rule) for line, v in outcome.unexpected) == [
        (1, "STR002"), (2, "DAT003"), (3, "DAT003")
    ]
    report = outcome.report()
    assert "missing" in report and "unexpected" in report and "p: sai ở đây" in report


def test_location_problems_are_caught():
    fx = build_fixture("p: abc\np: de")
    doc = _doc(fx)
    same = _v("FMT001", Location(paragraph=0, offset=0, length=1))
    problems = location_problems(doc, [
        _v("FMT001", Location(paragraph=9)),
        _v("FMT001", Location(paragraph=1, offset=1, length=5)),
        _v("FMT001", Location(paragraph=1, offset=7)),
        _v("FMT001", Location(paragraph=0), "  "),
        _v("FMT001", Location(part="footnote", footnote=4)),
        _v("FMT001", Location(table=3)),
        _v("FMT001", Location(part="nowhere")),
        same, same,
    ])
    text = "\n".join(problems)
    for needle in ("no body paragraph 9", "span 1+5", "offset 7", "empty message",
                   "no footnote with id 4", "no table 3", "unknown part", "reported 2 times"):
        assert needle in text, needle
    assert location_problems(doc, [_v("FMT001", Location(paragraph=1, offset=2, length=0))]) == []


# --------------------------------------------------------------------------------------------
# End to end, when the loader and the engine are in place


def _pipeline_ready() -> bool:
    try:
        from validator.engine import check_document  # noqa: F401
        from validator.loader import load_bytes

        load_bytes(build("p: x"))
    except (ImportError, NotImplementedError, AttributeError):
        return False
    return True


@pytest.mark.skipif(not _pipeline_ready(), reason="loader/engine not available yet")
def test_assert_outline_end_to_end():
    from tests.harness import assert_outline, check_outline
    from validator.rule import Finding, Rule

    class SaiFound(Rule):
        """Flags the word SAI wherever a reader sees it.

        Why: a probe for the test harness.

        Bad:
            p: SAI  # expect: FMT999
        Good:
            p: đúng
        """

        id = "FMT999"
        name = "sai-found"

        def check(self, doc):
            for p in doc.all_paragraphs():
                for m in re.finditer("SAI", p.text):
                    yield Finding(p.at(m.start(), 3), f"thấy SAI trong {p.part}")

    outline = """
        h1: Tiêu đề
        p: Câu này SAI rồi  # expect: FMT999 @8 "body"
        table: a | SAI // ^^ | c  # expect: FMT999 @0
        p: chú thích[^3: ghi SAI]  # expect: FMT999 "footnote"
        textbox: hộp SAI  # expect: FMT999 "textbox"
        header: đầu trang SAI  # expect: FMT999 "header"
        p: SAI và SAI  # expect: FMT999 @0, FMT999 @7
        p: đúng
    """
    assert_outline(SaiFound, outline)
    outcome = check_outline(SaiFound, "p: SAI\np: SAI  # expect: FMT999")
    assert [line for line, _ in outcome.unexpected] == [1]
    with pytest.raises(AssertionError, match="unexpected"):
        assert_outline(SaiFound, "p: SAI")
