"""The frame finder (analysis.frame): header block, type name, summary, recipients, signature."""

from __future__ import annotations

import pytest

from tests.fixtures import report
from tests.harness import load
from validator.analysis import Analysis, Frame, ReportDate
from validator.model import Document


def frame(doc: Document) -> Frame:
    return Analysis(doc).frame


def report_date(doc: Document) -> ReportDate | None:
    return Analysis(doc).report_date


@pytest.mark.parametrize("layout", ["table", "textbox", "paragraphs"])
@pytest.mark.parametrize("system", ["party", "state"])
def test_frame_found_in_every_layout(layout: str, system: str) -> None:
    f = frame(load(report(system, layout=layout)))
    assert f.system == system
    assert f.issuer and f.number_line is not None and f.motto is not None
    assert f.place_date is not None and f.type_name is not None and f.summary is not None
    assert f.recipients is not None and f.archive is not None and f.signature is not None
    assert f.doc_type == "BÁO CÁO" and f.is_administrative
    if system == "party":
        assert f.asterisk is not None
    else:
        assert f.slogan is not None


def test_frame_reads_nfd_text() -> None:
    f = frame(load(report("party", nfd=True, layout="paragraphs")))
    assert f.number_line is not None and f.place_date is not None and f.type_name is not None
    assert f.date is not None and (f.date.year, f.date.month, f.date.day) == (2026, 1, 30)


def test_draft_blank_number_and_day_are_present() -> None:
    doc = load(report("state", number="Số:      /BC-UBND",
                      date="Lâm Đồng, ngày      tháng 12 năm 2025"))
    f = frame(doc)
    assert f.number_line is not None and f.is_draft_number
    assert f.place_date is not None
    d = report_date(doc)
    assert d is not None and (d.year, d.month, d.day) == (2025, 12, None)


def test_date_line_with_blank_year_or_no_comma_is_still_the_line() -> None:
    f = frame(load(report("state", date="Hà Nội  ngày      tháng      năm 2020")))
    assert f.place_date is not None
    f = frame(load(report("state", date="Lâm Đồng, ngày      tháng      năm ")))
    assert f.place_date is not None and f.date is None


def test_number_and_date_in_one_tabbed_paragraph() -> None:
    doc = load("p: THÀNH ỦY HẢI PHÒNG{tab}ĐẢNG CỘNG SẢN VIỆT NAM\np: *\n"
               "p: Số 28-BC/TU{tab}{tab}Hải Phòng, ngày 30 tháng 01 năm 2026\np: BÁO CÁO\n"
               "p: tình hình tháng 01\n")
    f = frame(doc)
    assert f.number_line is not None and f.place_date is not None
    assert f.issuer and f.type_code == "BC"


def test_signature_and_recipients_in_one_tabbed_paragraph() -> None:
    outline = report("state", recipients=False, signature=False)
    outline += ("p: Nơi nhận:{tab}{tab}TL. CHỦ TỊCH\n"
                "p: - Chánh, các PCVP UBND tỉnh;{br}- Lưu: VT, NC.\n")
    f = frame(load(outline))
    assert f.recipients is not None and f.signature_authority is not None
    assert f.archive is not None


def test_signature_without_authority_prefix() -> None:
    outline = report("state", signature=False)
    outline = outline.replace("- Lưu: VT, NC. | ", "- Lưu: VT, NC. | CHỦ TỊCH{p}Nguyễn Văn C")
    f = frame(load(outline))
    assert f.signature is not None


def test_cong_van_is_recognised_from_its_symbol() -> None:
    outline = report("state", title=None, summary=None, number="Số:      /UBND-NC")
    outline = outline.replace("Số:      /UBND-NC", "Số:      /UBND-NC{p}V/v triển khai nhiệm vụ")
    f = frame(load(outline))
    assert f.doc_type == "CÔNG VĂN" and f.summary is not None


@pytest.mark.parametrize(
    "text", ["Số điện thoại: 0912", "Số hiệu cán bộ: ……", r"Số: \{\{contract\}\}"])
def test_number_lookalikes_are_not_number_lines(text: str) -> None:
    doc = load(f"p: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\np: Độc lập - Tự do - Hạnh phúc\n"
               f"p: ĐƠN ĐỀ NGHỊ\np: {text}\n")
    f = frame(doc)
    assert f.number_line is None and not f.is_administrative


def test_plain_text_is_not_administrative() -> None:
    f = frame(load("p: Ghi chú cuộc họp\np: Nội dung.\n"))
    assert f.system is None and not f.is_administrative and f.header is None
