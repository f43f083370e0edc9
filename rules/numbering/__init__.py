"""numbering rules: headings, inline lists, table STT columns and appendices in sequence."""

from rules.numbering.appendix_number_out_of_sequence import AppendixNumberOutOfSequence
from rules.numbering.appendix_numerals_wrong import AppendixNumeralsWrong
from rules.numbering.heading_number_duplicate import HeadingNumberDuplicate
from rules.numbering.heading_restart_wrong import HeadingRestartWrong
from rules.numbering.heading_sequence_gap import HeadingSequenceGap
from rules.numbering.heading_style_mixed import HeadingStyleMixed
from rules.numbering.inline_enumeration_gap import InlineEnumerationGap
from rules.numbering.list_letters_latin import ListLettersLatin
from rules.numbering.table_group_out_of_sequence import TableGroupOutOfSequence
from rules.numbering.table_stt_out_of_sequence import TableSttOutOfSequence

RULES: tuple[type, ...] = (
    HeadingSequenceGap,
    HeadingNumberDuplicate,
    HeadingRestartWrong,
    HeadingStyleMixed,
    InlineEnumerationGap,
    TableSttOutOfSequence,
    TableGroupOutOfSequence,
    AppendixNumberOutOfSequence,
    AppendixNumeralsWrong,
    ListLettersLatin,
)
