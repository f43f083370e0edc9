"""arithmetic rules."""

from rules.arithmetic.breakdown_sum_mismatch import BreakdownSumMismatch
from rules.arithmetic.change_mismatch import ChangeMismatch
from rules.arithmetic.count_list_mismatch import CountListMismatch
from rules.arithmetic.group_count_mismatch import GroupCountMismatch
from rules.arithmetic.indicator_tally_mismatch import IndicatorTallyMismatch
from rules.arithmetic.percentage_mismatch import PercentageMismatch
from rules.arithmetic.share_mismatch import ShareMismatch
from rules.arithmetic.table_parts_exceed_total import TablePartsExceedTotal

RULES: tuple[type, ...] = (
    GroupCountMismatch,
    BreakdownSumMismatch,
    PercentageMismatch,
    TablePartsExceedTotal,
    CountListMismatch,
    IndicatorTallyMismatch,
    ShareMismatch,
    ChangeMismatch,
)
