"""spelling rules: typos a tired eye misses (syllables, stray letters, doubled words, set
phrases, usage and punctuation reviewers normalise, lunar year names)."""

from rules.spelling.letter_not_vietnamese import LetterNotVietnamese
from rules.spelling.syllable_malformed import SyllableMalformed

RULES: tuple[type, ...] = (
    SyllableMalformed,
    LetterNotVietnamese,
)
