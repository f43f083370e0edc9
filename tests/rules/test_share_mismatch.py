"""ARI007 share-mismatch: "chiếm p%" against the total of the same paragraph."""

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
    assert any("400 / 412,68 = 96,93%" in f.message for f in found)
    assert any("95% + 3% = 98,00%" in f.message for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "p: Ước đạt 400 triệu USD, chiếm 97% số vốn.",  # no total stated
        "p: Khoảng 400 triệu USD, chiếm 50% tổng 800 triệu USD.",  # total after the share
    ],
)
def test_no_total_no_finding(text):
    assert run(text) == []
