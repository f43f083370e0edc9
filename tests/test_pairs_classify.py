"""bench.drafts.classify and bench.pairs: what kind of correction an edit is, and whether a
finding of soat on the draft points at it.

Each case is a draft and a final built as real .docx files from sentences of the corpus's
draft/final pairs, read back with soat's loader; the expected category of every edit was read
off the sentence, not copied from the classifier's output.
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from bench.drafts.align import Edit
from bench.drafts.classify import CATEGORIES, CHECKABLE, classify
from bench.pairs import (
    Correction,
    Finding,
    compare,
    edits_between,
    main,
    points_at,
    quick_text,
    table,
)
from tests.outline import build, state_frame
from validator.loader import load_bytes
from validator.model import Document, Location


def doc(outline: str) -> Document:
    return load_bytes(build(outline))


def verdicts(draft: str, final: str) -> list[tuple[str, str, str, str, bool]]:
    """(category, detail, before, after, checkable) of every edit from draft to final."""
    out = []
    for e in edits_between(doc(draft), doc(final)):
        v = classify(e)
        out.append((v.category, v.detail, e.before, e.after, v.is_checkable))
    return out


CASES = [
    pytest.param(
        "p: c) Lưu trữ và có trách nhiệm cung cấp đầy đủ hồ sơ, tài liệu về tài sản, tài chính "
        "của quỹ, nghị quyết, biên bản về các hoạt động của quỹ cho cơ quan nhà nước;",
        "p: c) Lưu trữ và có trách nhiệm cung cấp đầy đủ hồ sơ, tài liệu về tài sản, tài chính "
        "của Quỹ, nghị quyết, biên bản về các hoạt động của Quỹ cho cơ quan nhà nước;",
        [("capitalisation", "to upper", "quỹ", "Quỹ", True)] * 2,
        id="capitalisation-quy",
    ),
    pytest.param(
        "p: 1. Thống nhất với hồ sơ báo cáo kết quả Đại hội của Liên đoàn Vovinam – Việt Võ đạo "
        "tỉnh, nhiệm kỳ IV (2025 – 2030) tại Công văn số 03/LĐVVN BTh.",
        "p: 1. Thống nhất với hồ sơ báo cáo kết quả đại hội của Liên đoàn Vovinam - Việt Võ đạo "
        "tỉnh Bình Thuận, nhiệm kỳ IV (2025 - 2030) tại Công văn số 03/LĐVVN BTh.",
        [("capitalisation", "to lower", "Đại", "đại", True),
         ("dash", "", "–", "-", True),
         ("wording", "", "", " Bình Thuận", False),
         ("dash", "year range", "–", "-", True)],
        id="generic-dai-hoi-and-dashes",
    ),
    pytest.param(
        "p: UỶ BAN NHÂN DÂN", "p: ỦY BAN NHÂN DÂN",
        [("tone-placement", "", "UỶ", "ỦY", True)], id="tone-placement",
    ),
    pytest.param(
        "p: 2. Tuyên truyền tôn chỉ, mục đích hoạt động của Hiêp hội.",
        "p: 2. Tuyên truyền tôn chỉ, mục đích hoạt động của Hiệp hội.",
        [("spelling", "tone mark", "Hiêp", "Hiệp", True)], id="spelling-tone-mark",
    ),
    pytest.param(
        "p: Kịp thời công bố, công khai đầy đủ TTHC trên trên Cổng thông tin điện tử của tỉnh.",
        "p: Kịp thời công bố, công khai đầy đủ TTHC trên Cổng thông tin điện tử của tỉnh.",
        [("spelling", "doubled word", "trên ", "", True)], id="doubled-word",
    ),
    pytest.param(
        "p: - Công tác kiểm tra, rà  soát: Trong năm, Sở Tư pháp đã thực hiện kiểm tra.",
        "p: - Công tác kiểm tra, rà soát: Trong năm, Sở Tư pháp đã thực hiện kiểm tra.",
        [("spacing", "doubled space", "  ", " ", True)], id="doubled-space",
    ),
    pytest.param(
        "p: Điều 21 . Tài chính và tài sản của Hội",
        "p: Điều 21. Tài chính và tài sản của Hội",
        [("spacing", "space before punctuation", " ", "", True)], id="space-before-period",
    ),
    pytest.param(
        "p: 2. Đại hội đã biểu quyết số lượng Ban Chấp hành gồm 07 thành viên.",
        "p: 2. Đại hội đã biểu quyết số lượng Ban Chấp hành gồm: 07 thành viên.",
        [("punctuation", "", "", ":", True)], id="punctuation",
    ),
    pytest.param(
        "p: 2. Thống nhất cho phép Câu lạc bộ Hưu trí tỉnh Lâm Đồng được sử dụng Điều lệ được "
        "Chủ tịch UBND tỉnh Bình Thuận phê duyệt.",
        "p: 2. Thống nhất cho phép Câu lạc bộ Hưu trí tỉnh Lâm Đồng được sử dụng Điều lệ được "
        "Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận phê duyệt.",
        [("abbreviation", "expanded UBND", "UBND", "Ủy ban nhân dân", True)], id="UBND",
    ),
    pytest.param(
        "p: - CT, các PCT UBND tỉnh;", "p: - Chủ tịch, các PCT UBND tỉnh;",
        [("abbreviation", "expanded CT", "CT", "Chủ tịch", True)], id="CT",
    ),
    pytest.param(
        "p: e) Định kỳ báo cáo kết quả thực hiện gửi về Sở Nội vụ để làm tài liệu kiểm chứng "
        "xác định Chỉ số CCHC của tỉnh hàng năm.",
        "p: e) Định kỳ báo cáo kết quả thực hiện gửi về Sở Nội vụ để làm tài liệu kiểm chứng "
        "xác định Chỉ số CCHC của tỉnh hằng năm.",
        [("usage", "hàng năm -> hằng năm", "hàng", "hằng", True)], id="hang-nam",
    ),
    pytest.param(
        "p: - 100% nhiệm vụ đề ra theo kế hoạch được hoàn thành đảm bảo tiến độ và chất lượng.",
        "p: - 100% nhiệm vụ đề ra theo kế hoạch được hoàn thành bảo đảm tiến độ và chất lượng.",
        [("usage", "đảm bảo -> bảo đảm", "đảm bảo", "bảo đảm", True)], id="bao-dam",
    ),
    pytest.param(
        "p: Từ 20 giờ 15’- 20 giờ 45’ ngày 28 tháng 8",
        "p: Từ 20 giờ 15 phút - 20 giờ 45 phút ngày 28 tháng 8",
        # "15’-" becomes "15 phút -": the space before the dash comes with the first
        [("usage", "’ -> phút", "’", " phút ", True), ("usage", "’ -> phút", "’", " phút", True)],
        id="minutes",
    ),
    pytest.param(
        "p: Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/06/2025 của Quốc hội về việc sắp xếp "
        "đơn vị hành chính cấp tỉnh;",
        "p: Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc "
        "sắp xếp đơn vị hành chính cấp tỉnh;",
        [("date", "form (grounds)", "/06/", " tháng 6 năm ", True)], id="grounds-date-form",
    ),
    pytest.param(
        "p: Căn cứ Luật An toàn, vệ sinh lao động số 84/2015/QH13;",
        "p: Căn cứ Luật An toàn, vệ sinh lao động ngày 25 tháng 6 năm 2015;",
        [("date", "added (grounds)", "số 84/2015/QH13", "ngày 25 tháng 6 năm 2015", True)],
        id="grounds-law-by-date",
    ),
    pytest.param(
        "p: Thực hiện theo quy định tại Điều 36 Nghị định 126/2024/NĐ-CP; trường hợp các quy "
        "định có thay đổi thì thực hiện theo quy định của pháp luật hiện hành về Hội.",
        "p: Thực hiện theo quy định tại Điều 36 Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của "
        "Chính phủ; trường hợp các quy định có thay đổi thì thực hiện theo quy định của pháp "
        "luật hiện hành về Hội.",
        [("citation", "'số' added", "", "số ", True),
         ("date", "added", "", " ngày 08/10/2024 của Chính phủ", True)],
        id="citation-completed",
    ),
    pytest.param(
        "p: Việc đình chỉ hoạt động của Quỹ thực hiện theo quy định tại Điều 40, Nghị định số "
        "93/2019/NĐ-CP được sửa đổi, bổ sung tại Nghị định số 136/2024/NĐ-CP ngày 23/10/2024.",
        "p: Việc đình chỉ hoạt động của Quỹ thực hiện theo quy định tại Điều 40, Nghị định số "
        "93/2019/NĐ-CP ngày 25 tháng 11 năm 2019 của Chính phủ được sửa đổi, bổ sung tại Nghị "
        "định số 136/2024/NĐ-CP ngày 23 tháng 10 năm 2024 của Chính phủ.",
        [("date", "added", "", "ngày 25 tháng 11 năm 2019 của Chính phủ ", True),
         ("date", "form", "/10/", " tháng 10 năm ", True),
         ("citation", "issuer added", "", " của Chính phủ", True)],
        id="dates-and-issuer",
    ),
    pytest.param(
        "p: Theo đề nghị của Chủ tịch Hội Nữ doanh nhân tỉnh tại Văn bản số 01/BC-HNDN ngày 14 "
        "tháng 4 năm 2025.",
        "p: Theo đề nghị của Chủ tịch Hội Nữ doanh nhân tỉnh tại Công văn số 01/BC-HNDN ngày 14 "
        "tháng 4 năm 2025.",
        [("document-number", "type name", "Văn bản", "Công văn", True)], id="cong-van-so",
    ),
    pytest.param(
        "p: 1. Thống nhất với hồ sơ báo cáo kết quả tại Tờ trình số 11/TT-LĐCL.",
        "p: 1. Thống nhất với hồ sơ báo cáo kết quả tại Tờ trình số 011/TT-LĐCL.",
        [("document-number", "code form", "11", "011", True)], id="code-form",
    ),
    pytest.param(
        "p: Số:            /UBND-NCKSTTHC", "p: Số:            /UBND-NCKS",
        [("document-number", "code value", "NCKSTTHC", "NCKS", False)], id="code-value",
    ),
    pytest.param(
        "p: Bình Thuận, ngày       tháng      năm 2025",
        "p: Bình Thuận, ngày       tháng 3 năm 2025",
        [("fill-in", "blank filled", "      ", " 3 ", False)], id="date-blank-filled",
    ),
    pytest.param(
        "p: DỰ THẢO\np: QUYẾT ĐỊNH", "p: QUYẾT ĐỊNH",
        [("fill-in", "draft mark removed", "DỰ THẢO", "", False)], id="draft-mark",
    ),
    pytest.param(
        "p: 3. Trụ sở của hội đặt tại phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng.",
        "p: 2. Trụ sở của hội đặt tại phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng.",
        [("numbering", "typed label", "3", "2", True)], id="typed-label",
    ),
    pytest.param(
        "p: ê) Thực hiện các nhiệm vụ khác do Ban Chấp hành, Ban Thường vụ và Chủ tịch giao.",
        "p: g) Thực hiện các nhiệm vụ khác do Ban Chấp hành, Ban Thường vụ và Chủ tịch giao.",
        [("numbering", "typed label", "ê", "g", True)], id="list-letter",
    ),
    pytest.param(
        "table: 2.1. | Số nhiệm vụ đề ra trong kế hoạch",
        "table: 2.1 | Số nhiệm vụ đề ra trong kế hoạch",
        [("numbering", "label punctuation", ".", "", False)], id="stt-style",
    ),
    pytest.param(
        "p: 3. Điện thoại: 0985685050", "p: 3. Điện thoại: 0985 685 050",
        [("spacing", "digit grouping", "0985685050", "0985 685 050", False)], id="phone",
    ),
    pytest.param(
        "p: - Như Điều 6;", "p: - Như Điều 5;", [("figure", "", "6", "5", False)], id="figure",
    ),
    pytest.param(
        "p: - Lưu: VT, NCKSTTHC.", "p: - Lưu: VT, KGVXNV, NCKS.",
        [("wording", "", "NCKSTTHC", "KGVXNV, NCKS", False)], id="wording",
    ),
]


@pytest.mark.parametrize(("draft", "final", "expected"), CASES)
def test_classify(draft: str, final: str, expected: list[tuple[str, str, str, str, bool]]) -> None:
    assert verdicts(draft, final) == expected


def test_categories_and_checkability() -> None:
    assert set(CATEGORIES) > CHECKABLE
    assert {"wording", "fill-in", "figure"}.isdisjoint(CHECKABLE)


# -- formatting -----------------------------------------------------------------------------

BODY = "p: Điều 1. Phê duyệt Điều lệ Hội Nữ doanh nhân tỉnh Bình Thuận nhiệm kỳ II."


def format_verdicts(draft: str, final: str) -> list[tuple[str, str, str, bool, tuple[str, ...]]]:
    return [(c.verdict.detail, c.edit.before, c.edit.after, c.verdict.is_checkable, c.flagged_by)
            for c in compare(doc(draft), doc(final)) if c.verdict.category == "formatting"]


def test_margins_out_of_range_are_checkable_corrections_flagged_by_fmt005() -> None:
    found = format_verdicts(state_frame(BODY) + "margins: 15 10 30 20",
                            state_frame(BODY) + "margins: 20 20 30 20")
    assert found == [("margin-top", "15 mm", "20 mm", True, ("FMT005",)),
                     ("margin-bottom", "10 mm", "20 mm", True, ("FMT005",))]


def test_a_change_between_allowed_margins_is_not_checkable() -> None:
    found = format_verdicts(state_frame(BODY) + "margins: 20 20 30 20",
                            state_frame(BODY) + "margins: 20 20 30 15")
    assert [(d, c) for d, _, _, c, _ in found] == [("margin-right", False)]


def test_us_letter_to_a4_is_a_page_size_correction() -> None:
    found = format_verdicts(state_frame(BODY) + "page: letter", state_frame(BODY))
    assert [(d, b, a, c) for d, b, a, c, _ in found] == [
        ("page-size", "215.9×279.4 mm", "210×297 mm", True)]


def test_header_sizes_one_correction_per_element() -> None:
    big = ("{size=14}ỦY BAN NHÂN DÂN{/size}", "{size=14}TỈNH LÂM ĐỒNG{/size}")
    small = ("{size=13}ỦY BAN NHÂN DÂN{/size}", "{size=13}TỈNH LÂM ĐỒNG{/size}")
    found = format_verdicts(state_frame(BODY, issuer=big), state_frame(BODY, issuer=small))
    assert found == [("size of issuer", "14 pt", "13 pt", True, ("FMT004",))]


# -- matching findings to corrections ---------------------------------------------------------


def test_a_tone_placement_correction_is_flagged_by_the_finding_on_it() -> None:
    draft = """
        p: 1. Cán bộ, công chức chuyên môn về lĩnh vực du lịch của Sở Văn hoá, Thể thao và Du lịch tỉnh Lâm Đồng.
        p: 2. Phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức các hoạt động.
    """
    final = draft.replace("hoá", "hóa")
    [c] = compare(doc(draft), doc(final))
    assert (c.verdict.category, c.edit.before, c.flagged_by) == ("tone-placement", "hoá",
                                                                 ("CON004",))


def test_a_related_location_of_a_finding_flags_too() -> None:
    # one finding for the document's tone placement, the second word's place related
    draft = "p: Thực hiện xã hội hoá y tế.\np: Giữ gìn sức khoẻ nhân dân, văn hóa, sức khỏe."
    final = "p: Thực hiện xã hội hóa y tế.\np: Giữ gìn sức khỏe nhân dân, văn hóa, sức khỏe."
    got = sorted((c.edit.before, c.flagged_by) for c in compare(doc(draft), doc(final)))
    assert got == [("hoá", ("CON004",)), ("khoẻ", ("CON004",))]


def test_a_correction_no_finding_points_at_is_not_flagged() -> None:
    draft = "p: 2. Tuyên truyền tôn chỉ, mục đích hoạt động của hội."
    final = "p: 2. Tuyên truyền tôn chỉ, mục đích hoạt động của Hội."
    [c] = compare(doc(draft), doc(final))
    assert c.flagged_by == ()


def _edit(start: int, end: int, paragraph: int = 3, kind: str = "text") -> Edit:
    return Edit("body", paragraph, start, end, "x", "y", kind=kind)


def _finding(offset: int | None, length: int | None, paragraph: int = 3,
             rule: str = "COD001", name: str = "code-malformed",
             category: str = "document-code",
             related: tuple[tuple[int, int | None, int | None], ...] = ()) -> Finding:
    return Finding(rule, name, category, "",
                   Location(part="body", paragraph=paragraph, offset=offset, length=length),
                   tuple(Location(part="body", paragraph=p, offset=o, length=n)
                         for p, o, n in related))


@pytest.mark.parametrize(("finding", "edit", "hit"), [
    (_finding(10, 5), _edit(12, 13), True),  # inside
    (_finding(10, 5), _edit(15, 18), False),  # just after
    (_finding(10, 5), _edit(15, 15), True),  # an insertion at its end ("… số X" + date)
    (_finding(10, 5), _edit(10, 10), True),  # an insertion at its start
    (_finding(10, 5), _edit(16, 16), False),
    (_finding(None, None), _edit(40, 44), True),  # a paragraph-level finding
    (_finding(10, 5, paragraph=4), _edit(12, 13), False),  # another paragraph
    # a related location: the other spelling of a word written two ways (CON004)
    (_finding(5, 3, paragraph=0, related=((3, 11, 3),)), _edit(11, 14), True),
    # a related location without offset only names the paragraph (NUM001's previous item)
    (_finding(0, 2, paragraph=9, related=((3, None, None),)), _edit(11, 14), False),
    # a finding about fonts or sizes never flags a text correction
    (_finding(0, 80, rule="FMT002", name="font-family-mixed", category="formatting"),
     _edit(12, 13), False),
])
def test_points_at(finding: Finding, edit: Edit, hit: bool) -> None:
    assert points_at(finding, edit) is hit


def test_rules_filter_and_table() -> None:
    e = _edit(0, 1)
    cap = classify(Edit("body", 0, 0, 3, "hội", "Hội", "hội viên", "Hội viên"))
    dash = classify(Edit("body", 0, 4, 5, "–", "-", "2024 – 2029", "2024 - 2029"))
    rows = table([
        Correction("g", "d", "f", e, cap, ("CAP001",)),
        Correction("g", "d", "f", e, cap, ()),
        Correction("g", "d", "f", e, dash, ("TYP004", "COD001")),
    ], prefixes=["CAP"])
    got = {r.category: (r.corrections, r.checkable, r.flagged) for r in rows}
    assert got == {"capitalisation": (2, 2, 1), "dash": (1, 1, 0), "total": (3, 3, 1)}


# -- the command ------------------------------------------------------------------------------


def test_command_on_a_folder_of_one_pair(tmp_path: Path) -> None:
    draft = ("p: Bình Thuận, ngày       tháng      năm 2025\n"
             "p: Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n"
             "p: Điều 1. Phê duyệt Điều lệ Hội Nữ doanh nhân tỉnh Bình Thuận (2025 – 2030).\n"
             "p: Điều 2. Chủ tịch UBND tỉnh, Chủ tịch hội chịu trách nhiệm thi hành.")
    final = ("p: Bình Thuận, ngày 05 tháng 5 năm 2025\n"
             "p: Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
             "p: Điều 1. Phê duyệt Điều lệ Hội Nữ doanh nhân tỉnh Bình Thuận (2025 - 2030).\n"
             "p: Điều 2. Chủ tịch Ủy ban nhân dân tỉnh, Chủ tịch Hội chịu trách nhiệm thi hành.")
    (tmp_path / "vbai__To-trinh-1005__Du-thao-QD-Dieu-le.docx").write_bytes(build(draft))
    (tmp_path / "vbai__To-trinh-1005__QD-Dieu-le.docx").write_bytes(build(final))
    (tmp_path / "vbai__Other__Bao-cao.docx").write_bytes(build("p: Báo cáo."))
    (tmp_path / "vbai__To-trinh-1005__Phieu-trinh.docx").write_bytes(b"not a zip")
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["--corpus", str(tmp_path), "--json", "--tsv",
                     str(tmp_path / "c.tsv")]) == 0
    data = json.loads(out.getvalue())
    assert [(p["draft"], p["final"]) for p in data["pairs"]] == [
        ("Du-thao-QD-Dieu-le.docx", "QD-Dieu-le.docx")]
    assert data["errors"] == ["To-trinh-1005/Phieu-trinh.docx: not a readable Word document"]
    cats = sorted((c["category"], c["before"], c["after"]) for c in data["corrections"])
    assert cats == [
        ("abbreviation", "UBND", "Ủy ban nhân dân"),
        ("capitalisation", "hội", "Hội"),
        ("dash", "–", "-"),
        ("date", "/6/", " tháng 6 năm "),
        ("fill-in", "       tháng      ", " 05 tháng 5 "),  # one blank date, one edit
    ]
    lines = (tmp_path / "c.tsv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + len(cats) and lines[0].startswith("group\tdraft\tfinal")
    out = io.StringIO()
    with redirect_stdout(out):
        main(["--corpus", str(tmp_path), "--list", "capitalisation", "--missed"])
    assert "'hội' → 'Hội' [capitalisation: to upper] not flagged" in out.getvalue()
    assert "1 pairs, 0 drafts unpaired" in out.getvalue()


def test_quick_text_reads_paragraphs_and_entities(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(build("p: Căn cứ Luật **Tổ chức** <chính quyền> & địa phương;\np: Điều 1."))
    assert quick_text(path) == "Căn cứ Luật Tổ chức <chính quyền> & địa phương;\nĐiều 1.\n"
    path.write_bytes(b"PK not really")
    assert quick_text(path) is None


def test_command_without_corpus(tmp_path: Path) -> None:
    assert main(["--corpus", str(tmp_path / "missing")]) == 2
