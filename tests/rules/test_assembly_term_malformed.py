"""COD004 assembly-term-malformed."""

import pytest

from rules.codes.assembly_term_malformed import AssemblyTermMalformed
from tests.harness import assert_outline

CASES = [
    'p: Luật số 16/2023/QH-15 của Quốc hội.  # expect: COD004 "QH15"',
    "p: Nghị quyết số 351/2017/UBTVQH 14 của Ủy ban Thường vụ Quốc hội.  # expect: COD004",
    "p: Luật số 16/2023/QH{nbh}15 của Quốc hội.  # expect: COD004",
    "p: Nghị quyết số 244/2025/QH15 và Nghị quyết số 351/2017/UBTVQH14.",
    "p: Nghị quyết số 244/[[r]]2025/QH[[r]]15 của Quốc hội.",
]


@pytest.mark.parametrize("outline", CASES)
def test_assembly_term_malformed(outline: str) -> None:
    assert_outline(AssemblyTermMalformed, outline)
