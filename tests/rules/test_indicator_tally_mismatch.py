"""ARI006 indicator-tally-mismatch: "x/y chỉ tiêu đạt và vượt" against the appendix."""

from __future__ import annotations

from pathlib import Path

from rules.arithmetic.indicator_tally_mismatch import IndicatorTallyMismatch
from tests.harness import rule_findings
from tests.outline import build
from validator.loader import load_bytes, load_path

SEED = Path(__file__).resolve().parents[2] / "examples" / "bao-cao-thang-01-2026.docx"
TABLE = (
    "table[header=1]: STT | Chỉ tiêu | Đánh giá so với KB // 1 | GRDP | - // 2 | IIP | Đạt "
    "// | + Thu nội địa | Vượt // 3 | Thu ngân sách | Vượt // 4 | Xuất khẩu | {last}"
)


def findings(doc):
    return rule_findings(IndicatorTallyMismatch, doc)


def run(outline: str):
    return findings(load_bytes(build(outline), "t.docx"))


def test_tally_matches_numbered_evaluated_rows():
    assert run("p: 03/03 chỉ tiêu chủ yếu dự kiến đạt và vượt.\n" + TABLE.format(last="Đạt")) == []


def test_tally_contradicted():
    found = run("p: 03/03 chỉ tiêu chủ yếu dự kiến đạt và vượt.\n" + TABLE.format(last="Không đạt"))
    assert len(found) == 1 and "3 chỉ tiêu, trong đó 2" in found[0].message


def test_without_evaluation_table_nothing_is_said():
    assert run("p: 08/08 chỉ tiêu đạt và vượt.") == []


def test_seed_eight_of_eight_is_right():
    assert findings(load_path(SEED)) == []
