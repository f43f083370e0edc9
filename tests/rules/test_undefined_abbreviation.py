"""CON003 undefined-abbreviation: uncommon abbreviations need a bracketed definition first."""

from __future__ import annotations

import pytest

from rules.consistency.undefined_abbreviation import UndefinedAbbreviation
from tests.outline import build
from validator.loader import load_bytes
from validator.profiles import Profile
from validator.rule import Context


def run(outline: str, settings=None):
    doc = load_bytes(build(outline), "t.docx")
    ctx = Context.for_document(doc, profile=Profile(name="generic"), settings=settings or {})
    return list(UndefinedAbbreviation(ctx).check(doc))


def test_used_without_definition():
    found = run("p: Chỉ số DTI tăng.\np: Chỉ số DTI giảm.")
    assert len(found) == 1 and '"DTI"' in found[0].message


def test_used_before_definition_in_the_same_paragraph():
    found = run("p: Chỉ số TFP tăng; năng suất các yếu tố tổng hợp (TFP) và TFP giảm.")
    assert len(found) == 1 and "trước khi" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "p: Năng suất các yếu tố tổng hợp (TFP) tăng; TFP đóng góp 50%.",
        "p: UBND, HĐND, MTTQ, GPMB, KT-XH, GRDP và TP.",  # common
        "p: Nghị quyết số 57-NQ/TW, Quyết định số 161-QĐ/TU, số 244/2025/QH15.",  # codes
        "p: Đại hội XIV, khóa XIII, Quý III.",  # Roman numerals
        "p: BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CỦA UBKT",  # a heading in capitals
    ],
)
def test_allowed(text):
    assert run(text) == []


def test_common_list_is_configurable():
    assert run("p: Chỉ số DTI.", {"extra_abbreviations": ["DTI"]}) == []
    assert len(run("p: UBND thành phố.", {"common_abbreviations": ["HĐND"]})) == 1


@pytest.mark.parametrize(
    "text",
    [
        "p: 2. Tên viết tắt: LĐBRLĐ\np: LĐBRLĐ hoạt động theo Điều lệ.",  # a charter
        "p: Tên tiếng Anh: Lam Dong Golf Association; tên viết tắt: LDGA.\np: LDGA có trụ sở.",
        "p: Hiệp hội Doanh nghiệp tỉnh, viết tắt là HHDN, có 120 hội viên.",
        "p: * Đảng đoàn: ĐĐ\np: * Ban cán sự đảng: BCSĐ",  # a list of abbreviations (HD 36)
        "p: Ban Thường vụ - BTV; Ban Thường vụ Tỉnh ủy họp.",
        "p: Khu kinh tế KKT Vân Phong và KKT Nam Phú Yên.",
    ],
)
def test_definitions_written_without_brackets(text):
    assert run(text) == []


def test_spelled_out_needs_every_initial_right_before_it():
    # the phrase is elsewhere, or its initials differ: still undefined
    found = run("p: Trung tâm điều hành IOCX, theo Đề án 06.")
    assert len(found) == 1 and '"IOCX"' in found[0].message
    found = run("p: Chỉ số DTI tăng.\np: Tên viết tắt: HHDN.")
    assert [f.message.split('" ')[0] for f in found] == ['Chữ viết tắt "DTI']
    found = run("p: Tăng cường tuyên truyền phổ biến giáo dục pháp luật và TDTHPL.")
    assert len(found) == 1 and '"TDTHPL"' in found[0].message


def test_named_definition_after_a_use_is_reported_as_late():
    found = run("p: LDGA tổ chức giải.\np: Tên viết tắt: LDGA.")
    assert len(found) == 1 and '"LDGA"' in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        # charters name themselves in several ways (real phrasing)
        "p: 2. Tên viết tắt tiếng Việt: LĐBSLĐ{p}4. Tên viết tắt tiếng nước ngoài: LBSF",
        "p: 4. Tên viết tắt tiếng nước ngoài (nếu có): RASAB",
        "p: 3. Tên viết tắt (nếu có): LDMAF.",
        "p: 3. Tên viêt tắt là Binh Thuan BBF",
        # the phrase in brackets right after; a list of issuer codes with "Trung ương" = TW
        "p: Có thể ghi chữ viết tắt là TP (thành phố), TX (thị xã), TT (thị trấn)...",
        "p: Đảng uỷ quân sự: ĐUQS; riêng Quân uỷ Trung ương: QUTW{p}Uỷ ban Kiểm tra Trung "
        "ương: UBKTTW",
        # technical terms used as words, names and road numbers
        "p: 100% cơ quan có mạng LAN; toàn tỉnh có 5.887 trạm BTS 4G; dự án GIS; phần mềm MOOC.",
        "p: Cập nhật thông tin ADN thân nhân liệt sĩ; SĐT: 035.605.1555.",
        "p: Triển khai thông báo lưu trú qua ứng dụng ASM cho 189 cơ sở khám chữa bệnh.",
        "p: Đại hội thông qua ngày 14 tháng 12 năm 2024 tại Nhà hàng TTC Palace Bình Thuận.",
        "p: Phó Trưởng ban: Trưởng ban điều hành VARS Lâm Đồng.",
        "p: Được Hội CGC tỉnh Lâm Đồng đề nghị khen thưởng.",
        "p: Nút giao ĐT.721 xã Đạ Huoai (tại Km74).",
    ],
)
def test_real_definitions_terms_and_names(text):
    assert run(text) == []


def test_a_shuffled_common_abbreviation_is_a_typo():
    (found,) = run("p: Để thực hiện mục tiêu, UNBD thành phố Hà Nội kiến nghị như sau.")
    assert '"UNBD"' in found.message and '"UBND"' in (found.suggestion or "")



ENGLISH = (
    "p: The Working Group met in Geneva with delegates of the UN, the OECD and the ITU to "
    "review how the names and numbers of the Internet are managed, and heard from the "
    "registries of each region about their policies for addresses and for the security of "
    "the domain name system, before it agreed on the outline of its report to the summit.\n"
    "p: Members asked the WGIG secretariat to circulate the draft to every government."
)
VIETNAMESE = (
    "p: Nhóm công tác đã họp tại Giơ-ne-vơ với đại biểu của các tổ chức quốc tế để rà soát "
    "việc quản lý tên miền và địa chỉ Internet, nghe các cơ quan đăng ký của từng khu vực "
    "trình bày chính sách về địa chỉ và an toàn hệ thống tên miền, rồi thống nhất đề cương "
    "báo cáo gửi hội nghị thượng đỉnh.\n"
    "p: Các thành viên đề nghị Ban thư ký WGIG gửi dự thảo tới các chính phủ."
)


def test_a_document_in_another_language_is_not_read():
    assert run(ENGLISH) == []
    # the same abbreviation in a Vietnamese document, English quotations included, is asked
    # for its definition
    for outline in (VIETNAMESE, VIETNAMESE + "\np: " + ENGLISH.split("\n")[1][3:]):
        found = run(outline)
        assert [v.message.split('"')[1] for v in found] == ["WGIG"], outline
