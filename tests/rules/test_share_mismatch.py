"""ARI007 share-mismatch: the percentage of a part against the total it is a part of."""

from __future__ import annotations

import pytest

from rules.arithmetic.share_mismatch import ShareMismatch
from tests.harness import rule_findings
from tests.outline import build
from validator.loader import load_bytes

SEED = (
    "p: Tổng thu hút vốn đầu tư nước ngoài ước đạt 412,68 triệu USD, vượt 69% so với cùng kỳ "
    "2025 (30/01/2025: 244,57 triệu USD). Trong đó: Trong khu công nghiệp, khu kinh tế: ước "
    "đạt 400 triệu USD, chiếm {a}% số vốn thu hút toàn địa bàn; Ngoài khu công nghiệp, khu kinh "
    "tế: ước đạt 12,68 triệu USD, chiếm {b}% số vốn thu hút toàn địa bàn."
)


def run(outline: str):
    doc = load_bytes(build(outline), "t.docx")
    return rule_findings(ShareMismatch, doc)


def test_seed_shares_are_right():
    assert run(SEED.format(a="97", b="3")) == []


def test_wrong_share():
    found = run(SEED.format(a="95", b="3"))
    assert [f.message for f in found] == [
        "Tỷ lệ của phần trong tổng không khớp: 400/412,68 = 96,9%, không phải 95%."]
    assert found[0].severity is not None and found[0].severity.value == "error"


# Báo cáo CCHC quý I/2026 (Lâm Đồng)
CCHC = ("p: Tổng số hồ sơ các sở, ngành đã giải quyết là 125.712 hồ sơ; trong đó: Số hồ sơ giải "
        "quyết trước và đúng hạn là 120.088 (tỷ lệ {a}%), số hồ sơ giải quyết trễ hạn là 5.624 "
        "(tỷ lệ {b}%).")


def test_shares_of_a_stated_total() -> None:
    assert run(CCHC.format(a="95,53", b="4,47")) == []
    found = run(CCHC.format(a="95,53", b="4,74"))
    assert len(found) == 1 and "5.624/125.712 = 4,47%, không phải 4,74%" in found[0].message


def test_share_of_the_nearest_larger_figure_is_a_warning() -> None:
    text = ("p: Tính đến ngày 15/10/2025, toàn tỉnh đã thu nhận 2.775.718 tài khoản định danh "
            "điện tử, kích hoạt 2.202.278 tài khoản (đạt tỷ lệ {p}%).")
    assert run(text.format(p="79,34")) == []
    found = run(text.format(p="73,94"))
    assert len(found) == 1 and found[0].severity is not None
    assert found[0].severity.value == "warning"


@pytest.mark.parametrize(
    "text",
    [
        "p: Ước đạt 400 triệu USD, chiếm 97% số vốn.",  # no total stated
        "p: Khoảng 400 triệu USD, chiếm 50% tổng 800 triệu USD.",  # total after the share
    ],
)
def test_no_total_no_finding(text):
    assert run(text) == []
