"""bench.drafts: pairing drafts with finals and aligning their paragraphs.

Drafts and finals are real .docx files built from outlines; the sentences are taken from the
draft/final pairs of the corpus (decisions and letters of the Lâm Đồng provincial people's
committee), so the aligner is tested on the shapes reviewers' edits really have.
"""

from __future__ import annotations

from collections import Counter

from bench.drafts.align import Para, align_paragraphs, paragraph_edits
from bench.drafts.classify import units
from bench.drafts.pairing import is_draft, name_key, pair_group, word_bag
from bench.pairs import edits_between, parts
from tests.outline import build
from validator.loader import load_bytes
from validator.model import Document


def doc(outline: str) -> Document:
    return load_bytes(build(outline))


def body(outline: str) -> list[Para]:
    return parts(doc(outline))["body"]


GROUNDS_DRAFT = """
p: Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;
p: Căn cứ Luật An toàn, vệ sinh lao động số 84/2015/QH13;
p: Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 187/TTr-SNV.
p: - CT, các PCT UBND tỉnh;
"""
GROUNDS_FINAL = """
p: Căn cứ Luật Tổ chức Chính quyền địa phương ngày 16 tháng 6 năm 2025;
p: Căn cứ Luật An toàn, vệ sinh lao động ngày 25 tháng 6 năm 2015;
p: Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm 2024 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội;
p: Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 187/TTr-SNV.
"""


def test_edited_paragraphs_pair_with_their_counterparts() -> None:
    pairs = align_paragraphs(body(GROUNDS_DRAFT), body(GROUNDS_FINAL))
    shown = [(p.text[:25] if p else None, q.text[:25] if q else None) for p, q in pairs]
    assert shown == [
        ("Căn cứ Luật Tổ chức chính", "Căn cứ Luật Tổ chức Chính"),
        ("Căn cứ Luật An toàn, vệ s", "Căn cứ Luật An toàn, vệ s"),
        (None, "Căn cứ Nghị định số 126/2"),
        ("Theo đề nghị của Giám đốc", "Theo đề nghị của Giám đốc"),
        ("- CT, các PCT UBND tỉnh;", None),
    ]


def test_added_and_removed_paragraphs_are_edits_of_their_own() -> None:
    edits = paragraph_edits(body(GROUNDS_DRAFT), body(GROUNDS_FINAL), units)
    added = [e for e in edits if e.kind == "added"]
    removed = [e for e in edits if e.kind == "removed"]
    assert [e.after[:20] for e in added] == ["Căn cứ Nghị định số "]
    # an insertion is located at the end of the draft paragraph before it
    assert added[0].paragraph == 1 and added[0].start == added[0].end == len(
        "Căn cứ Luật An toàn, vệ sinh lao động số 84/2015/QH13;")
    assert [e.before for e in removed] == ["- CT, các PCT UBND tỉnh;"]
    # the untouched paragraph gives nothing
    assert not [e for e in edits if e.paragraph == 2]


def test_a_paragraph_moved_and_edited_is_paired() -> None:
    draft = """
        p: - Các Phó Chủ tịch UBND tỉnh;
        p: Ủy ban nhân dân tỉnh nhận được Công văn số 101/CV-HNDN ngày 12/02/2025 của Hội Nữ Doanh nhân tỉnh về việc xin phép tổ chức đại hội.
        p: Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau:
        p: Nơi nhận:
    """
    final = """
        p: Căn cứ Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ quy định về tổ chức, hoạt động và quản lý hội;
        p: Xét đề nghị của Hội Nữ Doanh nhân tỉnh Bình Thuận tại Công văn số 101/CV-HNDN ngày 12/02/2025 về việc xin phép tổ chức đại hội.
        p: Nơi nhận:
        p: PHÓ CHỦ TỊCH
    """
    pairs = align_paragraphs(body(draft), body(final))
    shown = sorted((p.index if p else -1, q.index if q else -1) for p, q in pairs)
    # the grounds, moved before the request and edited; the request, rewritten; the anchor;
    # a short line is not taken for a paragraph moved across the anchor
    assert shown == [(-1, 3), (0, -1), (1, 1), (2, 0), (3, 2)]


def test_a_run_of_added_paragraphs_is_one_edit() -> None:
    draft = "p: Điều 1. Thành lập Hội đồng.\np: Điều 2. Hiệu lực thi hành."
    final = ("p: Điều 1. Thành lập Hội đồng.\np: 1. Chủ tịch Hội đồng: Ông Đinh Văn Tuấn."
             "\np: 2. Phó Chủ tịch Thường trực.\np: Điều 2. Hiệu lực thi hành.")
    edits = paragraph_edits(body(draft), body(final), units)
    assert [(e.kind, e.after) for e in edits] == [
        ("added", "1. Chủ tịch Hội đồng: Ông Đinh Văn Tuấn.\n2. Phó Chủ tịch Thường trực.")]


def test_offsets_and_indexes_are_those_soat_reports() -> None:
    # a header table first (its paragraphs count), the sentence split over runs
    draft = doc("""
        table[borderless]: ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        p: 2. Thống nhất cho phép Câu lạc bộ Hưu trí tỉnh Lâm Đồng được sử dụng Điều lệ được **Chủ tịch** UBND tỉnh [[r]]Bình Thuận phê duyệt.
    """)
    final = doc("""
        table[borderless]: ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        p: 2. Thống nhất cho phép Câu lạc bộ Hưu trí tỉnh Lâm Đồng được sử dụng Điều lệ được Chủ tịch Ủy ban nhân dân tỉnh Bình Thuận phê duyệt.
    """)
    [e] = edits_between(draft, final)
    p = draft.paragraph("body", e.paragraph or 0)
    assert p is not None and p.table is None and e.paragraph == 2
    assert p.text[e.start:e.end] == e.before == "UBND"
    assert e.after == "Ủy ban nhân dân"


def test_a_date_rewritten_is_one_edit_with_its_whole_date() -> None:
    draft = ("p: 2. Phê chuẩn Nghị quyết Đại hội Đoàn Luật sư tỉnh Bình Thuận nhiệm kỳ X "
             "(2024 - 2029) đã được Đại hội Đoàn Luật sư tỉnh Bình Thuận thông qua ngày 27/4/2025.")
    final = draft.replace("27/4/2025", "27 tháng 4 năm 2025")
    [e] = paragraph_edits(body(draft), body(final), units)
    assert (e.before, e.after) == ("/4/", " tháng 4 năm ")
    assert (e.unit_before, e.unit_after) == ("ngày 27/4/2025", "ngày 27 tháng 4 năm 2025")
    # without units the two slashes are two edits
    assert [(e.before, e.after) for e in paragraph_edits(body(draft), body(final))] == [
        ("/", " tháng "), ("/", " năm ")]


def test_words_swapped_or_rewritten_in_pairs_are_one_edit() -> None:
    draft = ("p: Tổ chức rà soát, công bố thủ tục hành chính nội bộ thuộc phạm vi quản lý đảm "
             "bảo kịp thời, đúng quy định.")
    final = ("p: Tổ chức rà soát, công bố thủ tục hành chính nội bộ thuộc phạm vi quản lý bảo "
             "đảm kịp thời, đúng quy định.")
    [e] = paragraph_edits(body(draft), body(final), units)
    assert (e.before, e.after) == ("đảm bảo", "bảo đảm")
    draft = "p: Theo đề nghị của Chủ tịch Hội tại Văn bản số 01/BC-HNDN ngày 14 tháng 4 năm 2025."
    final = "p: Theo đề nghị của Chủ tịch Hội tại Công Văn số 01/BC-HNDN ngày 14 tháng 4 năm 2025."
    [e] = paragraph_edits(body(draft), body(final), units)
    assert (e.before, e.after) == ("Văn bản", "Công Văn")


def test_neighbouring_words_recapitalised_are_one_edit() -> None:
    draft = "p: 3. Chủ tịch hội, phó chủ tịch hội, tổng thư ký hội."
    final = "p: 3. Chủ tịch Hội, Phó Chủ tịch Hội, Tổng Thư ký Hội."
    edits = paragraph_edits(body(draft), body(final), units)
    assert [(e.before, e.after) for e in edits] == [
        ("hội", "Hội"), ("phó chủ", "Phó Chủ"), ("hội", "Hội"), ("tổng thư", "Tổng Thư"),
        ("hội", "Hội")]


def test_automatic_labels_are_compared() -> None:
    draft = """
        numbering: 1 = decimal "%1."
        n1: Trụ sở của hội đặt tại phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng.
    """
    final = """
        numbering: 1 = lowerLetter "%1)"
        n1: Trụ sở của hội đặt tại phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng.
    """
    [e] = edits_between(doc(draft), doc(final))
    assert (e.kind, e.before, e.after) == ("label", "1.", "a)")


def test_parts_are_aligned_separately() -> None:
    draft = "p: Báo cáo kết quả[^1: Số liệu đến ngày 15/12/2025.]"
    final = "p: Báo cáo kết quả[^1: Số liệu đến ngày 15 tháng 12 năm 2025.]"
    [e] = edits_between(doc(draft), doc(final))
    assert e.part == "footnote" and e.unit_after == "ngày 15 tháng 12 năm 2025"


# -- pairing ---------------------------------------------------------------------------------

DECISION = ("Điều 1. Cho phép hợp nhất Đoàn Luật sư tỉnh Lâm Đồng, Đoàn Luật sư tỉnh Bình "
            "Thuận, Đoàn Luật sư tỉnh Đắk Nông (cũ) thành Đoàn Luật sư tỉnh Lâm Đồng. Điều 2. "
            "Chỉ định ông Huỳnh Tho, Chủ nhiệm Đoàn Luật sư tỉnh Lâm Đồng (cũ) giữ chức Chủ "
            "nhiệm Đoàn Luật sư tỉnh Lâm Đồng lâm thời. Điều 3. Quyết định này có hiệu lực kể "
            "từ ngày ký.")
SLIP = ("PHIẾU TRÌNH giải quyết công việc. Sở Tư pháp trình Chủ tịch Ủy ban nhân dân tỉnh dự "
        "thảo quyết định cho phép hợp nhất Đoàn Luật sư tỉnh Lâm Đồng. Ý kiến của lãnh đạo Văn "
        "phòng. Ý kiến phê duyệt của Chủ tịch.")


def test_draft_marker_and_name_words() -> None:
    assert is_draft("1005-Kem-SNV-Du-thao-QD-phe-duyet-Dieu-le-Hoi-Nu-doanh-nhan-tinh-25-30.docx")
    assert is_draft("6.-DuthaoQDphechuanKetquaDaihoiDLS.2.docx")
    assert is_draft("DIEU-LE-LD-VTCT-LAM-DONG-DU-THAO.docx")
    assert not is_draft("QD-phe-duyet-Dieu-le-Hoi-Nu-doanh-nhan-tinh.docx")
    assert name_key("1005-Kem-SNV-Du-thao-QD-phe-duyet-Dieu-le-Hoi-Nu-doanh-nhan-tinh-25-30.docx"
                    ) == name_key("QD-phe-duyet-Dieu-le-Hoi-Nu-doanh-nhan-tinh.docx")


def test_two_drafts_of_one_final_pair_once_and_the_other_says_why() -> None:
    earlier = DECISION.replace("Đoàn Luật sư tỉnh Lâm Đồng lâm thời", "Đoàn Luật sư tỉnh Lâm "
                               "Đồng tạm thời").replace("Điều 3.", "Điều 3 .")
    later = DECISION.replace("lâm thời", "Lâm thời")
    final = DECISION.replace("Lâm Đồng,", "Lâm Đồng (cũ),")
    texts = {"5.-DU-THAO-QUYET-DINH-SAP-NHAP.docx": earlier,
             "DU-THAO-QUYET-DINH-SAP-NHAP.docx": later,
             "Quyet-dinh-sap-nhap-doan-luat-su.docx": final,
             "Phieu-trinh-TTr-141.docx": SLIP}
    pairs, unpaired = pair_group("To-trinh-141", sorted(texts), texts)
    assert [(p.draft, p.final) for p in pairs] == [
        ("DU-THAO-QUYET-DINH-SAP-NHAP.docx", "Quyet-dinh-sap-nhap-doan-luat-su.docx")]
    [alone] = unpaired
    assert alone.draft == "5.-DU-THAO-QUYET-DINH-SAP-NHAP.docx"
    assert "closer draft DU-THAO-QUYET-DINH-SAP-NHAP.docx" in alone.reason


def test_drafts_equal_but_for_case_go_by_case() -> None:
    # "Ban chủ nhiệm" in one draft, "Ban Chủ nhiệm" in the other and the final
    final = DECISION + " Ban Chủ nhiệm Đoàn Luật sư, Hội đồng khen thưởng - kỷ luật."
    texts = {"5.-DU-THAO-QD.docx": final.replace("Ban Chủ", "Ban chủ").replace(" - ", "-"),
             "DU-THAO-QD.docx": final, "QD.docx": final}
    pairs, [alone] = pair_group("G", sorted(texts), texts)
    assert [p.draft for p in pairs] == ["DU-THAO-QD.docx"]
    assert alone.draft == "5.-DU-THAO-QD.docx" and "as written" in alone.reason


def test_a_draft_goes_with_the_final_of_its_own_text_not_of_its_name() -> None:
    # the corpus holds a draft named after the women entrepreneurs' association whose text is
    # the enterprises' association's letter, and a final misnamed the same way
    hoi = "Công văn kết quả Đại hội Hội Nữ doanh nhân tỉnh Bình Thuận nhiệm kỳ II " * 3
    hiep = "Công văn kết quả Đại hội Hiệp hội Doanh nghiệp tỉnh Bình Thuận nhiệm kỳ V " * 3
    texts = {"Du-thao-CV-cong-nhan-Hoi-Nu-doanh-nhan.docx": hiep,
             "CV-cong-nhan-Hiep-hoi-Doanh-nghiep.docx": hoi,
             "CV-cong-nhan-Hoi-Nu-doanh-nhan-tinh.docx": hiep + " Bình Thuận"}
    pairs, _ = pair_group("G", sorted(texts), texts)
    assert [p.final for p in pairs] == ["CV-cong-nhan-Hoi-Nu-doanh-nhan-tinh.docx"]
    # the routing slip quotes the draft but is not its final
    texts = {"Du-thao-QD.docx": DECISION, "Phieu-trinh.docx": SLIP}
    pairs, [alone] = pair_group("G", sorted(texts), texts)
    assert not pairs and "no final in its group has similar text" in alone.reason


def test_word_bags_count_words_case_blind() -> None:
    assert word_bag("Hội hội, HỘI.") == Counter({"hội": 3})
