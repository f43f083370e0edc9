"""Structure rules: the frame of an administrative document and a profile's required sections.

Which elements and sections are required comes from the document's profile
(:mod:`validator.profiles`); the frame itself is found by :mod:`validator.analysis.frame`.
"""

from rules.structure.archive_line_missing import ArchiveLineMissing
from rules.structure.issuer_missing import IssuerMissing
from rules.structure.motto_missing import MottoMissing
from rules.structure.number_line_missing import NumberLineMissing
from rules.structure.party_asterisk_missing import PartyAsteriskMissing
from rules.structure.place_date_missing import PlaceDateMissing
from rules.structure.recipients_missing import RecipientsMissing
from rules.structure.required_section_missing import RequiredSectionMissing
from rules.structure.sections_out_of_order import SectionsOutOfOrder
from rules.structure.signature_missing import SignatureMissing
from rules.structure.slogan_missing import SloganMissing
from rules.structure.summary_line_missing import SummaryLineMissing
from rules.structure.superior_line_redundant import SuperiorLineRedundant
from rules.structure.type_name_missing import TypeNameMissing

RULES: tuple[type, ...] = (
    TypeNameMissing,
    SummaryLineMissing,
    IssuerMissing,
    PartyAsteriskMissing,
    NumberLineMissing,
    MottoMissing,
    SloganMissing,
    PlaceDateMissing,
    RecipientsMissing,
    ArchiveLineMissing,
    SignatureMissing,
    RequiredSectionMissing,
    SectionsOutOfOrder,
    SuperiorLineRedundant,
)
