"""Document-code rules (COD): the number and symbol of cited documents and of the document."""

from rules.codes.assembly_term_malformed import AssemblyTermMalformed
from rules.codes.code_malformed import CodeMalformed
from rules.codes.code_reused_for_different_documents import CodeReusedForDifferentDocuments
from rules.codes.code_symbol_spaced import CodeSymbolSpaced
from rules.codes.cong_van_named_generically import CongVanNamedGenerically
from rules.codes.issuer_unknown import IssuerUnknown
from rules.codes.own_number_line_form import OwnNumberLineForm
from rules.codes.qppl_year_mismatch import QpplYearMismatch
from rules.codes.type_code_case import TypeCodeCase
from rules.codes.type_code_unknown import TypeCodeUnknown
from rules.codes.type_word_mismatch import TypeWordMismatch

RULES: tuple[type, ...] = (
    CodeMalformed,
    TypeCodeCase,
    TypeCodeUnknown,
    AssemblyTermMalformed,
    TypeWordMismatch,
    OwnNumberLineForm,
    QpplYearMismatch,
    IssuerUnknown,
    CongVanNamedGenerically,
    CodeReusedForDifferentDocuments,
    CodeSymbolSpaced,
)
