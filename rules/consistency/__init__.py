"""consistency rules."""

from rules.consistency.indicator_values_differ import IndicatorValuesDiffer

RULES: tuple[type, ...] = (IndicatorValuesDiffer,)
