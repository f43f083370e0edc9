"""formatting rules: pre-submission checks (fonts, sizes, margins, review leftovers)."""

from rules.formatting.body_text_not_justified import BodyTextNotJustified
from rules.formatting.body_text_size_inconsistent import BodyTextSizeInconsistent
from rules.formatting.comment_left_in_document import CommentLeftInDocument
from rules.formatting.draft_blank_left import DraftBlankLeft
from rules.formatting.draft_mark_left import DraftMarkLeft
from rules.formatting.element_format_not_prescribed import ElementFormatNotPrescribed
from rules.formatting.first_line_indent_out_of_range import FirstLineIndentOutOfRange
from rules.formatting.font_family_mixed import FontFamilyMixed
from rules.formatting.font_family_not_prescribed import FontFamilyNotPrescribed
from rules.formatting.header_element_size_out_of_range import HeaderElementSizeOutOfRange
from rules.formatting.hidden_text_present import HiddenTextPresent
from rules.formatting.highlighted_text import HighlightedText
from rules.formatting.line_spacing_out_of_range import LineSpacingOutOfRange
from rules.formatting.page_margin_out_of_range import PageMarginOutOfRange
from rules.formatting.paper_size_not_a4 import PaperSizeNotA4
from rules.formatting.paragraph_spacing_too_small import ParagraphSpacingTooSmall
from rules.formatting.placeholder_text_left import PlaceholderTextLeft
from rules.formatting.suppression_unused import SuppressionUnused
from rules.formatting.tracked_changes_unresolved import TrackedChangesUnresolved

RULES: tuple[type, ...] = (
    FontFamilyNotPrescribed,
    FontFamilyMixed,
    BodyTextSizeInconsistent,
    HeaderElementSizeOutOfRange,
    PageMarginOutOfRange,
    PaperSizeNotA4,
    DraftBlankLeft,
    DraftMarkLeft,
    ElementFormatNotPrescribed,
    BodyTextNotJustified,
    FirstLineIndentOutOfRange,
    ParagraphSpacingTooSmall,
    LineSpacingOutOfRange,
    TrackedChangesUnresolved,
    CommentLeftInDocument,
    HiddenTextPresent,
    HighlightedText,
    PlaceholderTextLeft,
    SuppressionUnused,
)
