# ruff: noqa: E501  (outline lines are one block each)
from rules.formatting.header_element_size_out_of_range import HeaderElementSizeOutOfRange
from tests.harness import assert_outline

PARTY = """
table[borderless]: {{align=center}}THÀNH ỦY HẢI PHÒNG{{p}}*{{p}}Số 28-BC/TU | {{size={motto}}}ĐẢNG CỘNG SẢN VIỆT NAM{{/size}}{{p}}Hải Phòng, ngày 30 tháng 01 năm 2026  {expect}
p[center, size={title}]: BÁO CÁO
p[center]: tình hình thực hiện nhiệm vụ tháng 01
p: Trong tháng, Thành ủy đã lãnh đạo, chỉ đạo toàn diện các mặt công tác.
"""


def test_party_header_in_regulation_sizes() -> None:
    assert_outline(HeaderElementSizeOutOfRange, PARTY.format(motto=15, title=16, expect=""))


def test_party_motto_too_small() -> None:
    outline = PARTY.format(motto=13, title=15, expect='# expect: FMT004 "ĐẢNG CỘNG SẢN"')
    assert_outline(HeaderElementSizeOutOfRange, outline)


def test_party_type_name_too_small() -> None:
    outline = PARTY.format(motto=15, title=14, expect="").replace(
        "p[center, size=14]: BÁO CÁO", "p[center, size=14]: BÁO CÁO  # expect: FMT004 \"15–16\"")
    assert_outline(HeaderElementSizeOutOfRange, outline)


STATE = """
table[borderless]: {align=center}{size=13}ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND{/size} | {align=center}{size=13}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{/size}{p}Độc lập - Tự do - Hạnh phúc{p}{size=13}Lâm Đồng, ngày 12 tháng 3 năm 2026{/size}
p[center]: BÁO CÁO
p[center]: Tình hình kinh tế - xã hội tháng 02 năm 2026
p: Trong tháng, Ủy ban nhân dân tỉnh đã chỉ đạo các ngành.
"""


def test_state_header_in_regulation_sizes() -> None:
    assert_outline(HeaderElementSizeOutOfRange, STATE)


def test_state_motto_at_fourteen() -> None:
    outline = STATE.replace("{size=13}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{/size}",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    first, rest = outline.strip().split("\n", 1)
    assert_outline(HeaderElementSizeOutOfRange, first + '  # expect: FMT004 "Quốc hiệu"\n' + rest)


def test_routing_slip_is_not_checked() -> None:
    outline = STATE.replace("p[center]: BÁO CÁO", "p[center, size=16]: PHIẾU TRÌNH")
    assert_outline(HeaderElementSizeOutOfRange, outline)


def test_half_a_point_is_tolerated() -> None:
    outline = STATE.replace("{size=13}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{/size}",
                            "{size=13.5}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{/size}")
    assert_outline(HeaderElementSizeOutOfRange, outline)


def test_sizes_written_with_a_decimal_comma() -> None:
    outline = STATE.replace("{size=13}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{/size}",
                            "{size=14.5}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{/size}")
    first, rest = outline.strip().split("\n", 1)
    outline = first + '  # expect: FMT004 "Quốc hiệu cỡ chữ 14,5, quy định là 12–13"\n' + rest
    assert_outline(HeaderElementSizeOutOfRange, outline)


def test_one_finding_for_the_header_block() -> None:
    # a real state decision: issuer and motto at 14 pt, type name at 16 pt
    outline = STATE.replace("{size=13}ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}Số: 12/BC-UBND{/size}",
                            "ỦY BAN NHÂN DÂN{p}TỈNH LÂM ĐỒNG{p}{size=13}Số: 12/BC-UBND{/size}") \
        .replace("{size=13}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM{/size}",
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") \
        .replace("p[center]: BÁO CÁO", "p[center, size=16]: BÁO CÁO")
    first, rest = outline.strip().split("\n", 1)
    (v,) = assert_outline(HeaderElementSizeOutOfRange,
                          first + '  # expect: FMT004 "Tên cơ quan ban hành cỡ chữ 14"\n' + rest)
    assert "; quốc hiệu cỡ chữ 14, quy định là 12–13" in v.message
    assert "; tên loại văn bản cỡ chữ 16, quy định là 13–14" in v.message
    assert len(v.related) == 2
