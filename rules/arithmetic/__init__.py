"""arithmetic rules."""

from rules.arithmetic.breakdown_sum_mismatch import BreakdownSumMismatch
from rules.arithmetic.group_count_mismatch import GroupCountMismatch
from rules.arithmetic.percentage_mismatch import PercentageMismatch

RULES: tuple[type, ...] = (GroupCountMismatch, BreakdownSumMismatch, PercentageMismatch)
