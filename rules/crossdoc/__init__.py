"""Cross-document rules (XDC): the documents checked together, checked against each other.

They run when several documents are checked at once (the files and folders given, or the
repository's committed documents in a pre-commit hook): each reads the index of what every
document contributes (:mod:`validator.crossdoc`) and reports on one document, naming the place
in the other document that disagrees.
"""

from rules.crossdoc.cited_date_differs_across_documents import CitedDateDiffersAcrossDocuments
from rules.crossdoc.cited_type_differs_across_documents import CitedTypeDiffersAcrossDocuments
from rules.crossdoc.cumulative_figure_decreased import CumulativeFigureDecreased
from rules.crossdoc.number_reused_across_documents import NumberReusedAcrossDocuments
from rules.crossdoc.previous_period_figure_differs import PreviousPeriodFigureDiffers
from rules.crossdoc.series_period_out_of_step import SeriesPeriodOutOfStep

RULES: tuple[type, ...] = (
    CitedDateDiffersAcrossDocuments,
    CitedTypeDiffersAcrossDocuments,
    NumberReusedAcrossDocuments,
    SeriesPeriodOutOfStep,
    CumulativeFigureDecreased,
    PreviousPeriodFigureDiffers,
)
