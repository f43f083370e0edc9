from rules.formatting.font_family_mixed import FontFamilyMixed
from tests.harness import assert_outline
from tests.outline import party_frame, state_frame


def test_pasted_paragraph_in_another_font() -> None:
    body = """
    p: Trong tháng, Thành ủy đã lãnh đạo, chỉ đạo toàn diện các mặt công tác.
    p: Công tác xây dựng Đảng được triển khai đồng bộ.
    p[font=Arial]: Đoạn văn dán từ trang tin điện tử.  # expect: FMT002 "Arial"
    """
    assert_outline(FontFamilyMixed, party_frame(body))


def test_phrase_in_another_font_is_flagged_on_its_span() -> None:
    body = """
    p: Trong tháng, Ủy ban nhân dân đã chỉ đạo các ngành.
    p: Theo {font=Cambria}Nghị định số 126/2024/NĐ-CP{/font} của Chính phủ.  # expect: FMT002 @5
    """
    assert_outline(FontFamilyMixed, state_frame(body))


def test_bold_face_and_symbol_bullets_are_one_font() -> None:
    body = """
    p: Trong tháng, Ủy ban nhân dân đã chỉ đạo các ngành.
    p: {font=Times New Roman Bold}I. KẾT QUẢ{/font} thực hiện nhiệm vụ
    p: {font=Symbol}·{/font} Công tác cải cách hành chính.
    """
    assert_outline(FontFamilyMixed, state_frame(body))


def test_tables_keep_their_own_font() -> None:
    body = """
    p: Trong tháng, Ủy ban nhân dân đã chỉ đạo các ngành.
    table[font=Arial]: STT | Nội dung // 1 | Cải cách hành chính
    """
    assert_outline(FontFamilyMixed, state_frame(body))


def test_one_finding_per_font_with_the_other_passages_related() -> None:
    # a real letter: its paragraphs pasted in Calibri Light into a Times New Roman body
    body = """
    p: Sở Nội vụ nhận được Công văn số 477/MTTQ-BTT ngày 13/11/2025 của Ban Thường trực.
    p: Trên cơ sở đề nghị của Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.
    p[font=Calibri Light]: Tại khoản 5 Điều 32 Nghị định quy định.  # expect: FMT002 "(3 đoạn)"
    p[font=Calibri Light]: Theo đó, sau khi hợp nhất, các hội phải tổ chức Đại hội.
    p: Đề nghị các hội thực hiện.
    p[font=Calibri Light]: Ủy ban nhân dân tỉnh thông báo để Ban Thường trực biết.
    """
    (v,) = assert_outline(FontFamilyMixed, state_frame(body))
    assert len(v.related) == 2
