"""Rule base class, findings, severities and categories.

A rule is a small class in its own module: metadata first, the docstring as documentation
(an English summary line for developers, ``Tóm tắt:`` and ``Vì sao:`` in Vietnamese for
drafters, ``Bad:`` and ``Good:`` examples; see :mod:`validator.ruledoc`), then ``check(doc)``,
a generator of :class:`Finding`. The engine stamps the rule's id, name, category and severity
onto each finding; a rule never writes them itself.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, ClassVar

import msgspec

from validator import recache
from validator.model import Document, Location

if TYPE_CHECKING:
    from validator.analysis import Analysis
    from validator.profiles import Profile

RULE_ID = recache.compile(r"^[A-Z]{2,4}[0-9]{3}$")
KEBAB = recache.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
DOC_SECTIONS = ("Why:", "Tóm tắt:", "Vì sao:", "Bad:", "Good:")


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Category(str, enum.Enum):
    STRUCTURE = "structure"
    NUMBERING = "numbering"
    DOCUMENT_CODE = "document-code"
    DATE = "date"
    ARITHMETIC = "arithmetic"
    CROSS_REFERENCE = "cross-reference"
    CONSISTENCY = "consistency"
    FORMATTING = "formatting"
    SPELLING = "spelling"
    CAPITALISATION = "capitalisation"
    CROSS_DOCUMENT = "cross-document"


PREFIX_CATEGORY = {
    "STR": Category.STRUCTURE,
    "NUM": Category.NUMBERING,
    "COD": Category.DOCUMENT_CODE,
    "DAT": Category.DATE,
    "ARI": Category.ARITHMETIC,
    "REF": Category.CROSS_REFERENCE,
    "CON": Category.CONSISTENCY,
    "FMT": Category.FORMATTING,
    "TYP": Category.SPELLING,
    "CAP": Category.CAPITALISATION,
    "XDC": Category.CROSS_DOCUMENT,
}


class Related(msgspec.Struct, frozen=True):
    """Another place that takes part in a finding (e.g. the other date of the same code).

    ``path`` names the file the place is in when it is another document than the finding's
    (the cross-document checks: "the same code is dated otherwise in thang-9.docx"); None
    for a place in the same document.
    """

    location: Location
    message: str = ""
    excerpt: str = ""
    path: str | None = None


class Fix(msgspec.Struct, frozen=True):
    """A safe change of ``location``'s span, which ``soat fix`` makes as a tracked change: its
    text replaced by ``replacement``, or its formatting set: ``format`` gives run properties
    ("bold", "italic", "underline", "caps") and the value each takes, ``alignment`` the
    paragraph's alignment ("center", "both", "left", "right"), which ``paragraphs`` (indexes
    of further body paragraphs) take as well."""

    replacement: str | None = None
    format: tuple[tuple[str, bool], ...] = ()
    alignment: str | None = None
    paragraphs: tuple[int, ...] = ()


class Finding(msgspec.Struct, frozen=True):
    """What a rule yields: where, what is wrong (Vietnamese), and optionally the remedy."""

    location: Location
    message: str
    suggestion: str | None = None
    related: tuple[Related, ...] = ()
    severity: Severity | None = None  # a rule may lower/raise one finding's severity
    fix: Fix | None = None


class Context(msgspec.Struct):
    """What a rule may know besides the document: its profile, the settings in force, and the
    document's :class:`~validator.analysis.Analysis` (``rule.analysis``), which every rule
    reads: what several rules need is computed there once, never cached by a rule."""

    profile: Profile
    settings: dict[str, Any] = msgspec.field(default_factory=dict)
    analysis: Analysis | None = None

    @classmethod
    def for_document(
        cls,
        doc: Document,
        *,
        profile: Profile | None = None,
        settings: dict[str, Any] | None = None,
    ) -> Context:
        """The context the engine gives rules checking ``doc`` (the profile detected when not
        given, the built-in plugins' profiles and vocabulary): for running a rule by hand."""
        from validator.analysis import Analysis

        analysis = Analysis(doc, settings=settings, profile=profile)
        return cls(profile=analysis.profile, settings=analysis.settings, analysis=analysis)

    def setting(self, key: str, default: Any = None) -> Any:
        if key in self.settings:
            return self.settings[key]
        return self.profile.settings.get(key, default)


class Rule:
    """Base class of every rule. Subclasses set ``id``, ``name`` and ``severity``."""

    id: ClassVar[str]
    name: ClassVar[str]
    severity: ClassVar[Severity] = Severity.ERROR
    category: ClassVar[Category]
    fixable: ClassVar[bool] = False
    # What the rule checks, for drafters (Vietnamese): the docstring's ``Tóm tắt:`` section.
    summary_vi: ClassVar[str | None] = None
    url: ClassVar[str | None] = None
    since: ClassVar[str] = "0.1.0"

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("abstract", False):
            return
        rid = cls.__dict__.get("id")
        if not isinstance(rid, str) or not RULE_ID.match(rid):
            raise TypeError(f"{cls.__name__}: rule id {rid!r} does not match {RULE_ID.pattern}")
        name = cls.__dict__.get("name")
        if not isinstance(name, str) or not KEBAB.match(name):
            raise TypeError(f"{cls.__name__}: rule name {name!r} is not kebab-case")
        cat = PREFIX_CATEGORY.get(rid[:3])
        if cat is None:
            raise TypeError(f"{cls.__name__}: unknown category prefix in {rid}")
        cls.category = cat
        doc = cls.__doc__ or ""
        missing = [s for s in ("Bad:", "Good:") if s not in doc]
        if "Why:" not in doc and "Vì sao:" not in doc:
            missing.insert(0, "Vì sao: (or Why:)")
        if not doc.strip() or missing:
            raise TypeError(f"{cls.__name__}: docstring lacks {', '.join(missing) or 'a summary'}")
        if "summary_vi" not in cls.__dict__ and "Tóm tắt:" in doc:
            cls.summary_vi = " ".join(cls.doc_section("Tóm tắt:").split()) or None

    def __init__(self, context: Context) -> None:
        self.context = context

    @property
    def profile(self) -> Profile:
        return self.context.profile

    @property
    def analysis(self) -> Analysis:
        """The document's analysis: frame, citations, dates, tables… computed once and shared
        by every rule (see :mod:`validator.analysis`)."""
        analysis = self.context.analysis
        if analysis is None:
            raise RuntimeError(
                f"{type(self).__name__} was made without an analysis: build its context with "
                "Context.for_document(doc)"
            )
        return analysis

    def setting(self, key: str, default: Any = None) -> Any:
        return self.context.setting(key, default)

    def check(self, doc: Document) -> Iterator[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- documentation -------------------------------------------------------------------

    @classmethod
    def summary(cls) -> str:
        """The docstring's first paragraph on one line (a summary may wrap in the source)."""
        import inspect

        first = inspect.cleandoc(cls.__doc__ or "").split("\n\n", 1)[0]
        return " ".join(first.split())

    @classmethod
    def doc_section(cls, title: str) -> str:
        """The block under ``Why:``/``Tóm tắt:``/``Vì sao:``/``Bad:``/``Good:`` in the
        docstring, up to the next section."""
        import inspect

        doc = inspect.cleandoc(cls.__doc__ or "")
        lines = doc.splitlines()
        out: list[str] = []
        inside = False
        for line in lines:
            if line.strip().startswith(title):
                inside = True
                rest = line.strip()[len(title):].strip()
                if rest:
                    out.append(rest)
                continue
            if inside:
                # The next section: a known heading, or a short unindented line such as
                # "Settings:" (a wrapped line of prose ending with a colon is not one).
                if line and not line.startswith(" ") and (
                    any(line.startswith(s) for s in DOC_SECTIONS)
                    or (line.rstrip().endswith(":") and len(line.split()) <= 3)
                ):
                    break
                out.append(line)
        return inspect.cleandoc("\n".join(out))
