"""cross-reference rules: footnotes, appendices and references to parts of the report."""

from rules.xref.appendix_cited_missing import AppendixCitedMissing
from rules.xref.appendix_not_cited import AppendixNotCited
from rules.xref.appendix_note_disagrees import AppendixNoteDisagrees
from rules.xref.appendix_title_mismatch import AppendixTitleMismatch
from rules.xref.footnote_out_of_order import FootnoteOutOfOrder
from rules.xref.footnote_reference_missing_note import FootnoteReferenceMissingNote
from rules.xref.footnote_unreferenced import FootnoteUnreferenced
from rules.xref.internal_reference_dangling import InternalReferenceDangling

RULES: tuple[type, ...] = (
    FootnoteReferenceMissingNote,
    FootnoteUnreferenced,
    FootnoteOutOfOrder,
    AppendixCitedMissing,
    AppendixNotCited,
    AppendixTitleMismatch,
    AppendixNoteDisagrees,
    InternalReferenceDangling,
)
