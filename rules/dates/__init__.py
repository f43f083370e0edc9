"""Date rules (DAT): dates that exist, agree with each other and with the calendar."""

from rules.dates.anniversary_mismatch import AnniversaryMismatch
from rules.dates.appendix_note_number_mismatch import AppendixNoteNumberMismatch
from rules.dates.citation_date_conflict import CitationDateConflict
from rules.dates.cited_after_report_date import CitedAfterReportDate
from rules.dates.congress_term_mismatch import CongressTermMismatch
from rules.dates.date_format_mixed import DateFormatMixed
from rules.dates.date_impossible import DateImpossible
from rules.dates.date_padding import DatePadding
from rules.dates.date_range_reversed import DateRangeReversed
from rules.dates.duration_count_mismatch import DurationCountMismatch
from rules.dates.grounds_date_wrong_form import GroundsDateWrongForm
from rules.dates.lunar_date_mismatch import LunarDateMismatch
from rules.dates.period_mismatch import PeriodMismatch
from rules.dates.programme_period_conflict import ProgrammePeriodConflict
from rules.dates.term_length import TermLength
from rules.dates.weekday_mismatch import WeekdayMismatch

RULES: tuple[type, ...] = (
    DateImpossible,
    DateFormatMixed,
    DatePadding,
    CitedAfterReportDate,
    AppendixNoteNumberMismatch,
    CitationDateConflict,
    DateRangeReversed,
    DurationCountMismatch,
    AnniversaryMismatch,
    TermLength,
    PeriodMismatch,
    WeekdayMismatch,
    LunarDateMismatch,
    GroundsDateWrongForm,
    ProgrammePeriodConflict,
    CongressTermMismatch,
)
