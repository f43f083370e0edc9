"""capitalisation rules (Nghị định 30/2020/NĐ-CP, Phụ lục II)."""

from rules.capitalisation.cited_part_miscapitalised import CitedPartMiscapitalised
from rules.capitalisation.common_noun_capitalised import CommonNounCapitalised
from rules.capitalisation.document_type_not_capitalised import DocumentTypeNotCapitalised
from rules.capitalisation.holiday_name_miscapitalised import HolidayNameMiscapitalised
from rules.capitalisation.law_title_miscapitalised import LawTitleMiscapitalised
from rules.capitalisation.organisation_name_miscapitalised import (
    OrganisationNameMiscapitalised,
)
from rules.capitalisation.place_name_miscapitalised import PlaceNameMiscapitalised
from rules.capitalisation.position_title_miscapitalised import PositionTitleMiscapitalised
from rules.capitalisation.short_name_not_capitalised import ShortNameNotCapitalised
from rules.capitalisation.special_noun_miscapitalised import SpecialNounMiscapitalised

RULES: tuple[type, ...] = (
    ShortNameNotCapitalised,
    DocumentTypeNotCapitalised,
    CitedPartMiscapitalised,
    LawTitleMiscapitalised,
    OrganisationNameMiscapitalised,
    PositionTitleMiscapitalised,
    SpecialNounMiscapitalised,
    CommonNounCapitalised,
    PlaceNameMiscapitalised,
    HolidayNameMiscapitalised,
)
