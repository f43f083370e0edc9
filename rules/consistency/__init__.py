"""consistency rules."""

from rules.consistency.abbreviation_not_written_out import AbbreviationNotWrittenOut
from rules.consistency.indicator_values_differ import IndicatorValuesDiffer
from rules.consistency.mixed_count_padding import MixedCountPadding
from rules.consistency.mixed_number_notation import MixedNumberNotation
from rules.consistency.mixed_tone_placement import MixedTonePlacement
from rules.consistency.undefined_abbreviation import UndefinedAbbreviation

RULES: tuple[type, ...] = (
    IndicatorValuesDiffer,
    MixedNumberNotation,
    UndefinedAbbreviation,
    MixedTonePlacement,
    MixedCountPadding,
    AbbreviationNotWrittenOut,
)
