"""spelling rules: typos a tired eye misses (syllables, stray letters, doubled words, set
phrases, usage and punctuation reviewers normalise, lunar year names)."""

from rules.spelling.can_chi_misspelled import CanChiMisspelled
from rules.spelling.citation_comma import CitationComma
from rules.spelling.hang_nam_misspelled import HangNamMisspelled
from rules.spelling.letter_not_vietnamese import LetterNotVietnamese
from rules.spelling.minute_sign import MinuteSign
from rules.spelling.set_phrase_misspelled import SetPhraseMisspelled
from rules.spelling.space_before_punctuation import SpaceBeforePunctuation
from rules.spelling.space_doubled import SpaceDoubled
from rules.spelling.syllable_malformed import SyllableMalformed
from rules.spelling.word_doubled import WordDoubled
from rules.spelling.year_range_dash import YearRangeDash

RULES: tuple[type, ...] = (
    SyllableMalformed,
    LetterNotVietnamese,
    WordDoubled,
    SetPhraseMisspelled,
    HangNamMisspelled,
    YearRangeDash,
    SpaceBeforePunctuation,
    SpaceDoubled,
    CanChiMisspelled,
    MinuteSign,
    CitationComma,
)
