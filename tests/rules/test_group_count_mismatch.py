"""ARI001 group-count-mismatch: group rows "(08 dự án)" against the rows of the group."""

from __future__ import annotations

from pathlib import Path

import pytest

from rules.arithmetic.group_count_mismatch import GroupCountMismatch
from tests.harness import rule_findings
from tests.outline import build
from validator.loader import load_bytes, load_path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "bao-cao-thang-01-2026.docx"
CLEAN = ROOT / "examples" / "bao-cao-thang-01-2026-sach.docx"
HEAD = "table[header=1]: STT | Danh mục dự án | Tổng mức đầu tư"


def findings(doc):
    return rule_findings(GroupCountMismatch, doc)


def run(outline: str):
    return findings(load_bytes(build(outline), "t.docx"))


def test_nested_groups_are_counted():
    found = run(
        f"{HEAD} // II | Dự án khởi công (04 dự án) | // II.1 | Ngân sách (02 dự án) | "
        "// 1 | A | 10 // 2 | B | 20 // 3 | C | 30 // II.2 | Ngoài ngân sách (01 dự án) | "
        "// 4 | D | 5"
    )
    messages = [f.message for f in found]
    assert len(found) == 2
    assert "04 dự án" in messages[0] and "có 4 dòng" in messages[0]
    assert "các nhóm con ghi 02 + 01, cộng lại là 3" in messages[0]
    assert "02 dự án" in messages[1] and "có 3 dòng" in messages[1]


def test_matching_groups_pass():
    assert run(
        f"{HEAD} // I | Chuyển tiếp (01 dự án) | // 1 | A | 10 // II | Khởi công (02 dự án) | "
        "// II.1 | Ngân sách (01 dự án) | // 2 | B | 20 // II.2 | Ngoài ngân sách (01 dự án) | "
        "// 3 | C | 30"
    ) == []


def test_rows_without_counts_are_not_groups():
    assert run(f"{HEAD} // I | Dự án chuyển tiếp | // 1 | A (đoạn 2) | 10") == []


def test_seed_third_appendix_groups_do_not_match():
    found = findings(load_path(SEED))
    assert len(found) == 2
    assert "(16 dự án)" in found[0].message and "19 dòng" in found[0].message
    assert "(08 dự án)" in found[1].message


@pytest.mark.skipif(not CLEAN.exists(), reason="clean example not built")
def test_clean_example_passes():
    assert findings(load_path(CLEAN)) == []
