"""The analysis of one document: what several rules need, computed once, lazily.

The engine makes one :class:`Analysis` per document and gives it to every rule, which reads it
as attributes (``self.analysis.frame``, ``self.analysis.citations``): the first reader
computes a value, the others get the same object. Nothing is kept between documents and
nothing is global, so a batch, a thread pool or a benchmark of repeated content measures
real work. The anchors are ruff's ``Checker`` and ``SemanticModel``: one model of the source,
built once, read by every rule.

What is here:

- ``profile``: the document's profile, resolved in this one place (the one named by the
  user, else the one the title block matches, else ``generic``);
- ``vocabulary``: the run's vocabulary (:mod:`validator.vocabulary`) with the profile's
  additions;
- ``frame``: the title block, type name, summary line, recipients and signature
  (:mod:`validator.analysis.frame`), and ``report_date``;
- ``format``: the prescribed format (thể thức) of each element, from the profile;
  ``elements``: each element of the thể thức found once, with how it was found
  (:mod:`validator.analysis.elements`);
- ``outline_walk``: the numbered outline walked once (:mod:`validator.analysis.walk`);
- ``citations``: every document code cited, with its type word, date and subject
  (:mod:`validator.analysis.citations`, grammar in :mod:`validator.analysis.codes`);
- ``digit_paragraphs``, ``figures(text)``: the paragraphs holding a digit and the figures of
  a text, read once (:mod:`validator.analysis.numbers`, the number reader);
- ``dates``, ``date_ranges``: every date mention, and pairs of dates written as a range
  (:mod:`validator.analysis.dates`, with the lunar calendar);
- ``stt_tables``, ``table_views``: the STT column of each data table, and each data table
  read once (:mod:`validator.analysis.tables`);
- ``appendices``, ``appendix_citations`` (:mod:`validator.analysis.appendices`);
- ``typed_notes``: footnotes typed by hand (:mod:`validator.analysis.notes`);
- ``indicator_statements``: figures stated for the vocabulary's indicators
  (:mod:`validator.analysis.indicators`);
- ``claims``: the relations the document states between its figures, each checked
  (:mod:`validator.analysis.claims`).

Adding an analysis
------------------

A value several rules share is a function of the analysis, computed on first use::

    def house_terms(analysis: Analysis) -> list[Term]:
        return [... for p in analysis.doc.paragraphs() ...]

    class HouseTermMisspelled(Rule):
        def check(self, doc):
            for term in self.analysis.of(house_terms):
                ...

``analysis.of(fn)`` calls ``fn(analysis)`` once per document and returns the same value to
every later caller, whichever rule or plugin it is. An analysis of the core that many rules
read becomes a typed attribute here instead: a module in this package with the computation,
and one ``cached_property`` on :class:`Analysis` that calls it. A rule never keeps a value
of its own between documents, and never caches on anything but the analysis.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from validator.analysis.frame import Frame, ReportDate, compute_frame, report_date

if TYPE_CHECKING:
    from validator.analysis.appendices import Appendix, AppendixCite
    from validator.analysis.citations import Citation
    from validator.analysis.claims import Claim
    from validator.analysis.dates import DateMention, DateRange
    from validator.analysis.elements import Element
    from validator.analysis.indicators import Statement
    from validator.analysis.notes import TypedNotes
    from validator.analysis.numbers import Figure
    from validator.analysis.tables import SttTable, TableView
    from validator.analysis.walk import OutlineWalk
    from validator.model import Document, Paragraph
    from validator.profiles import Profile
    from validator.vocabulary import Vocabulary

T = TypeVar("T")


TEMPLATE_SUFFIXES = (".dotx", ".dotm")  # Word templates, without and with macros


class Analysis:
    """Everything computed once per document, on first use. Read-only for rules.

    ``profile`` fixes the profile; else ``profile_name`` names one among ``profiles``; else
    the profile is detected. ``profiles`` and ``vocabulary`` are the run's (see
    :meth:`validator.plugins.Plugins.catalogue`); without them, those of the built-in plugins.
    ``settings`` are the rule settings in force (configuration and command line).
    """

    def __init__(
        self,
        doc: Document,
        *,
        settings: Mapping[str, Any] | None = None,
        profile: Profile | None = None,
        profile_name: str | None = None,
        profiles: Mapping[str, Profile] | None = None,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.doc = doc
        self.settings: dict[str, Any] = dict(settings or {})
        if "template" not in self.settings and str(doc.path).lower().endswith(TEMPLATE_SUFFIXES):
            self.settings["template"] = True  # a Word template: its blanks are to be filled in
        self._profile = profile
        self._profile_name = profile_name
        self._profiles = profiles
        self._vocabulary = vocabulary
        self._memo: dict[Callable[[Analysis], Any], Any] = {}
        self._figures: dict[tuple[str, str | None], tuple[Figure, ...]] = {}

    # -- extension ---------------------------------------------------------------------------

    def of(self, fn: Callable[[Analysis], T]) -> T:
        """``fn(self)``, computed on the first call for this document and shared afterwards."""
        try:
            return self._memo[fn]  # type: ignore[no-any-return]
        except KeyError:
            value = self._memo[fn] = fn(self)
            return value

    # -- the run's data and the profile ------------------------------------------------------

    @cached_property
    def profiles(self) -> Mapping[str, Profile]:
        """The run's profiles by name."""
        if self._profiles is not None:
            return self._profiles
        from validator.plugins import builtin_catalogue

        return builtin_catalogue().profiles

    @cached_property
    def run_vocabulary(self) -> Vocabulary:
        """The run's vocabulary, before the profile's additions (the title block is read with
        it: the profile is not known yet)."""
        if self._vocabulary is not None:
            return self._vocabulary
        from validator.plugins import builtin_catalogue

        return builtin_catalogue().vocabulary

    @cached_property
    def profile(self) -> Profile:
        """The document's profile: the one given, else the one named, else detected from the
        title block. Raises :class:`validator.profiles.ProfileError` for an unknown name."""
        if self._profile is not None:
            return self._profile
        from validator.profiles import load_profile, match_profile

        if self._profile_name:
            return load_profile(self._profile_name, self.profiles)
        return match_profile(self.frame, self.profiles)

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The run's vocabulary with the profile's ``[vocabulary]`` additions."""
        extra = self.profile.vocabulary
        if not extra:
            return self.run_vocabulary
        return self.run_vocabulary.extended(extra, source=self.profile.source or self.profile.name)

    def setting(self, key: str, default: Any = None) -> Any:
        """A rule setting: the configuration's, else the profile's, else ``default``."""
        if key in self.settings:
            return self.settings[key]
        return self.profile.settings.get(key, default)

    # -- the title block -----------------------------------------------------------------------

    @cached_property
    def frame(self) -> Frame:
        """Title block, type name, summary line, recipients and signature."""
        return compute_frame(self.doc, self.run_vocabulary)

    @cached_property
    def report_date(self) -> ReportDate | None:
        """The report's own date: its place-and-date line; the ``report_date`` setting when
        that line is missing or its day blank (or always, with ``report_date_override``)."""
        return report_date(self.doc, self.frame, self.setting("report_date"),
                           bool(self.setting("report_date_override")))


    @cached_property
    def format(self) -> Mapping[str, Mapping[str, Any]]:
        """The prescribed format of each element (element -> attribute -> value, the
        profile's ``[format.*]`` tables). A profile that prescribes none (``generic``, an
        office's profile without them) takes that of the run's base profile of the
        document's system: of the profiles of that system with a format, the one detected
        last (lowest priority)."""
        own = self.profile.format
        if own:
            return own
        system = self.frame.system or self.profile.system
        if not system:
            return {}
        candidates = [p for p in self.profiles.values() if p.system == system and p.format]
        if not candidates:
            return {}
        base = min(candidates, key=lambda p: (int(p.detect.get("priority", 0)), p.name))
        return base.format

    @cached_property
    def elements(self) -> list[Element]:
        """The elements of the document's thể thức (motto, issuer, number, date line, type
        name, summary, grounds, "Kính gửi", "Nơi nhận", the signature, the appendices'
        headings), each a span of its paragraph, with how it was found."""
        from validator.analysis.elements import elements

        return elements(self.doc, self.frame, self.format, self.run_vocabulary, self.appendices)

    # -- the outline -------------------------------------------------------------------------

    @cached_property
    def outline_walk(self) -> OutlineWalk:
        """The numbered headings and items of the body and appendices, walked once."""
        from validator.analysis.walk import walk

        return walk(self.doc, self.frame)

    # -- citations -----------------------------------------------------------------------------

    @cached_property
    def citations(self) -> list[Citation]:
        """Every document code in the document, in reading order."""
        from validator.analysis.citations import compute_citations

        return compute_citations(self.doc, self.frame, self.vocabulary)

    # -- numbers and dates ---------------------------------------------------------------------

    @cached_property
    def digit_paragraphs(self) -> list[Paragraph]:
        """``doc.all_paragraphs()`` whose ``match`` holds a digit, in order: a rule looking for
        figures, counts, dates or codes in every paragraph reads these only."""
        from validator.analysis.numbers import has_digit

        return [p for p in self.doc.all_paragraphs() if has_digit(p.match)]

    def figures(self, text: str, notation: str | None = None) -> tuple[Figure, ...]:
        """The figures of ``text`` (a paragraph's ``match``; see
        :func:`validator.analysis.numbers.figures`), read once per document and text."""
        key = (text, notation)
        found = self._figures.get(key)
        if found is None:
            from validator.analysis.numbers import figures

            found = self._figures[key] = tuple(figures(text, notation))
        return found

    @cached_property
    def dates(self) -> list[tuple[Paragraph, DateMention]]:
        """Every date mention a reader sees (footers left out), as (paragraph, mention)."""
        from validator.analysis.dates import document_dates

        return document_dates(self.digit_paragraphs)

    @cached_property
    def date_ranges(self) -> list[DateRange]:
        """Two valid dates next to each other in a paragraph, joined as a range."""
        from validator.analysis.dates import date_ranges

        return date_ranges(self.dates)

    # -- tables, appendices, notes, indicators --------------------------------------------------

    @cached_property
    def stt_tables(self) -> list[SttTable]:
        """The STT sequences of the document's tables."""
        from validator.analysis.tables import stt_tables

        return stt_tables(self.doc)

    @cached_property
    def table_views(self) -> list[TableView]:
        """Every non-layout table of the body, read once."""
        from validator.analysis.tables import table_views

        return table_views(self.doc)

    @cached_property
    def appendices(self) -> list[Appendix]:
        """The appendix headings, in order, with their title and note lines."""
        from validator.analysis.appendices import appendices

        return appendices(self.doc)

    @cached_property
    def appendix_citations(self) -> list[AppendixCite]:
        """Where the text cites this document's appendices."""
        from validator.analysis.appendices import appendix_citations

        return appendix_citations(self.doc)

    @cached_property
    def typed_notes(self) -> TypedNotes:
        """Footnotes typed by hand: superscript marks and their note paragraphs."""
        from validator.analysis.notes import typed_notes

        return typed_notes(self.doc)

    @cached_property
    def indicator_statements(self) -> list[Statement]:
        """Figures stated for the vocabulary's indicators, in the body and report tables."""
        from validator.analysis.indicators import Keys, statements

        return statements(self.doc, self.table_views, Keys.of(self.vocabulary), self.figures)

    @cached_property
    def claims(self) -> list[Claim]:
        """What the document states about its own figures (totals and parts, ratios, shares,
        counts, changes, table sums), each with whether it holds."""
        from validator.analysis.claims import document_claims

        return document_claims(self.doc)


__all__ = ["Analysis", "Frame", "ReportDate"]
