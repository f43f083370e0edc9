"""ARI005 count-list-mismatch: counts of documents or items against the list after them."""

from __future__ import annotations

import pytest

from rules.arithmetic.count_list_mismatch import CountListMismatch
from tests.harness import rule_findings
from tests.outline import build
from validator.loader import load_bytes

SEED_CORRECT = [
    "p: Ban Chấp hành Đảng bộ thành phố ban hành 02 nghị quyết, 01 đề án, 01 chương trình: "
    "Nghị quyết số 07-NQ/TU, ngày 29/01/2026 về nông nghiệp; Nghị quyết số 08-NQ/TU, ngày "
    "29/01/2026 về chuyển đổi xanh; Đề án số 04-ĐA/TU, ngày 14/01/2026 xây dựng mô hình; "
    "Chương trình số 11-CTr/TU, ngày 05/01/2026 kiểm tra, giám sát toàn khoá.",
    "p: Cụ thể hoá chương trình thực hiện 02 Nghị quyết mới (Nghị quyết số 79-NQ/TW, ngày "
    "06/01/2026 về phát triển kinh tế nhà nước, Nghị quyết số 80-NQ/TW, ngày 07/01/2026 về "
    "phát triển văn hoá).",
    "p: Tổ chức khởi công 03 Khu công nghiệp chào mừng Đại hội Đảng toàn quốc lần thứ 14, gồm "
    "KCN Vinh Quang, KCN Tiên Lãng 1 và KCN Sân bay Tiên Lãng (Khu B) với tổng vốn đầu tư gần "
    "20 nghìn tỷ đồng.",
    # highlights are a selection: 8 plans highlighted out of "7 kế hoạch" is not checked
    "p: Ban hành 26 quyết định, 7 kế hoạch, nổi bật là: Kế hoạch số 1-KH/TU; Kế hoạch số "
    "2-KH/TU; Kế hoạch số 3-KH/TU; Kế hoạch số 4-KH/TU; Kế hoạch số 5-KH/TU; Kế hoạch số "
    "6-KH/TU; Kế hoạch số 7-KH/TU; Kế hoạch số 8-KH/TU.",
]


def run(outline: str):
    doc = load_bytes(build(outline), "t.docx")
    return rule_findings(CountListMismatch, doc)


@pytest.mark.parametrize("text", SEED_CORRECT)
def test_seed_counts_match(text):
    assert run(text) == []


def test_document_count_mismatch():
    found = run(SEED_CORRECT[0].replace("02 nghị quyết", "03 nghị quyết"))
    assert len(found) == 1 and "3 nghị quyết" in found[0].message.replace("03", "3")
    assert "liệt kê 2" in found[0].message


def test_bracket_count_mismatch():
    assert len(run(SEED_CORRECT[1].replace("02 Nghị quyết", "03 Nghị quyết"))) == 1


def test_gom_list_of_names_mismatch():
    found = run(SEED_CORRECT[2].replace("03 Khu", "04 Khu"))
    assert len(found) == 1 and "liệt kê 3 khu công nghiệp" in found[0].message
    assert "\"KCN Vinh Quang\"" in found[0].message


def test_count_of_the_items_that_follow():
    outline = ("p: Chương trình được cụ thể hóa thành {n} dự án lớn, bảo đảm bao trùm cả 3 "
               "lĩnh vực: "
               "giảm cung, giảm cầu, giảm tác hại; gồm có:\n"
               + "\n".join(f"p: - Dự án {k}: Nội dung của dự án {k}." for k in range(1, 10))
               + "\np: Tổng kinh phí thực hiện Chương trình là hơn 22.450 tỷ đồng.")
    assert run(outline.format(n="09")) == []
    found = run(outline.format(n="08"))
    assert len(found) == 1 and "ghi 08 dự án lớn nhưng liệt kê 9" in found[0].message.lower()


def test_charter_counts_its_articles():
    lines = ["p: CHƯƠNG I", "p: Điều 1. Tên gọi", "p: Điều 2. Tôn chỉ", "p: CHƯƠNG II",
             "p: Điều 3. Quyền", "p: Điều 4. Hiệu lực thi hành",
             "p: 1. Điều lệ này gồm 02 Chương, {n} Điều."]
    assert run("\n".join(lines).format(n="04")) == []
    found = run("\n".join(lines).format(n="05"))
    assert [f.message for f in found] == [
        "Ghi 05 điều nhưng văn bản có 4 điều (Điều 1 – Điều 4)."]
