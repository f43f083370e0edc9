"""CON004 mixed-tone-placement: "khóa" and "khoá" in one document."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules.consistency.mixed_tone_placement import MixedTonePlacement
from tests.harness import rule_findings
from tests.outline import build
from validator.loader import load_bytes, load_path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "bao-cao-thang-01-2026.docx"
CLEAN = ROOT / "examples" / "bao-cao-thang-01-2026-sach.docx"


def findings(doc):
    return rule_findings(MixedTonePlacement, doc)


def run(outline: str):
    return findings(load_bytes(build(outline), "t.docx"))


def test_both_placements_reported_once_per_document_with_counts():
    found = run("p: Quốc hội khóa XVI, khóa XV.\np: HĐND khoá XVII.\np: Văn hoá, văn hóa.")
    (f,) = found
    assert f.message.startswith('Các từ "khóa", "hóa" được viết theo hai kiểu đặt dấu thanh')
    assert '"khóa" 2 lần, "khoá" 1 lần; "hóa" 1 lần, "hoá" 1 lần' in f.message
    assert f.location.paragraph == 1 and f.location.offset == 5  # the first "khoá"
    assert [r.message for r in f.related] == ['"hoá"']


@pytest.mark.parametrize(
    "text",
    ["p: Quốc hội khóa XVI; văn hóa; Thành ủy.", "p: Tỉnh uỷ Hoà Bình; văn hoá.",
     "p: hoàn thành, ngoài, quý, khuyến khích, thuở, hoạch định"],
)
def test_one_placement_passes(text):
    assert run(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the motto and the urgency stamp are fixed forms (real headers)
        "p: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\np: Độc lập - Tự do - Hạnh phúc\n"
        "p: đấu nối và hoà lưới điện quốc gia.",
        "p: HỎA TỐC\np: Dấu chỉ mức độ khẩn gồm: Khẩn, thượng khẩn, hoả tốc.",
        # names keep their own spelling
        "p: Tỉnh Khánh Hòa và tỉnh Hoà Bình; xã Đông Hòa.",
        "p: Ông Nguyễn Văn Thuỷ, Trưởng ban; chế độ thủy lợi.",
    ],
)
def test_fixed_forms_and_names_are_not_counted(text):
    assert run(text) == []


def test_a_common_word_capitalised_at_a_sentence_start_still_counts():
    found = run("p: Toà án nhân dân tỉnh xét xử.\np: Bị Tòa án kết án.\np: Tòa án tuyên.")
    assert len(found) == 1 and '"Tòa" 2 lần, "Toà" 1 lần' in found[0].message


def test_footnotes_count_too():
    assert len(run("p: Thành ủy chỉ đạo[^1: Thành uỷ ban hành.]")) == 1


def test_seed_khoa_and_hoa():
    words = " ".join(f.message for f in findings(load_path(SEED)))
    assert '"khóa" 12 lần, "khoá" 6 lần' in words and '"hóa"' in words


@pytest.mark.skipif(not CLEAN.exists(), reason="clean example not built")
def test_clean_example_passes():
    assert findings(load_path(CLEAN)) == []
