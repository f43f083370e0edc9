"""The arithmetic rules together on the five paragraphs of a draft with one slip each."""

from __future__ import annotations

from rules import BUILTIN_RULES
from tests.outline import build
from tests.test_claims import ISSUE
from validator.engine import check_document
from validator.loader import load_bytes


def test_five_slips_give_five_errors_one_each() -> None:
    ari = [r for r in BUILTIN_RULES if r.id.startswith("ARI")]  # type: ignore[attr-defined]
    result = check_document(load_bytes(build(ISSUE), "t.docx"), rules=ari)
    found = sorted((v.location.paragraph, v.rule, v.severity.value, v.message)
                   for v in result.violations)
    assert [(p, sev) for p, _, sev, _ in found] == [(k, "error") for k in range(5)]
    messages = [m for *_, m in found]
    assert "12.106/12.480 = 97,0%, không phải 95,0%" in messages[0]
    assert "8.412/9.350 = 89,97%, không phải 98,97%" in messages[1]
    assert "28/30 = 93,3%, không phải 100%" in messages[2]
    assert "112 + 143 = 255, không phải 245" in messages[3]
    assert "ghi 04 kế hoạch nhưng liệt kê 3 kế hoạch" in messages[4].lower()
