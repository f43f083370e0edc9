"""The vocabulary of Vietnamese administrative documents, as data: document types and their
codes, issuers, title-block words, indicator names.

The data are TOML files. The built-in ones are in ``rules/data`` and reach the core, like any
plugin's, through the ``soat_register_vocabulary`` hook: :meth:`validator.plugins.Plugins.
vocabulary` reads every registered file once per run and merges them into one
:class:`Vocabulary`, which the analysis of each document reads (``analysis.vocabulary``).

A file may hold any of these tables (see ``rules/data/*.toml`` for the meaning of each key):

- ``[[document-type]]`` entries: ``name``, ``aliases``, ``heading``, ``issued``, ``party``,
  ``state``, ``legal`` (codes), ``accepted`` (codes met in practice, by system), ``cited``
  (codes a citation's type word calls for, by system), ``national_assembly``, ``generic``,
  ``sources``. An entry naming a type already known adds to it: lists are joined, flags set;
- ``[joint]``: ``suffixes`` and ``types`` of joint documents' codes ("KHPH");
- ``[issuers]``: ``party``, ``party_suffixes``, ``state`` (issuer codes);
- ``[title-block]``: ``issuer_words``, ``signer_titles``;
- ``[[indicator]]`` entries: ``name`` and ``pattern`` (a regular expression on lower-case
  text), tried in order.

A profile may carry the same tables under ``[vocabulary]``; they extend the run's vocabulary
for documents of that profile.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from functools import cached_property
from pathlib import Path
from typing import Any

import msgspec

SYSTEMS = ("party", "state", "legal")


class VocabularyError(ValueError):
    """A vocabulary file that cannot be read or holds a wrong value. ``str()`` names the file
    and the key (Vietnamese, for users)."""


def norm_word(text: str) -> str:
    """A type word as the tables key it: NFC, lower case, new tone placement at the end of a
    syllable ("uỷ" -> "ủy", "hoá" -> "hóa"), single spaces."""
    t = unicodedata.normalize("NFC", text).lower()
    for new, old in (("uỷ", "ủy"), ("oà", "òa"), ("oá", "óa"), ("oạ", "ọa"), ("oả", "ỏa")):
        t = re.sub(new + r"(?!\w)", old, t)
    return " ".join(t.split())


class DocumentType(msgspec.Struct, frozen=True):
    """One document type (see ``rules/data/document-types.toml``)."""

    name: str
    aliases: tuple[str, ...] = ()
    heading: bool = False
    issued: bool = False
    codes: dict[str, tuple[str, ...]] = msgspec.field(default_factory=dict)  # system -> codes
    accepted: dict[str, tuple[str, ...]] = msgspec.field(default_factory=dict)  # system -> codes
    cited: dict[str, tuple[str, ...]] = msgspec.field(default_factory=dict)  # system -> codes
    national_assembly: bool = False
    generic: bool = False
    sources: tuple[str, ...] = ()

    @property
    def heading_name(self) -> str:
        """The name as it heads a document: "BÁO CÁO"."""
        return self.name.upper()

    def merged(self, other: DocumentType) -> DocumentType:
        def join(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys((*a, *b)))

        def join_map(
            a: dict[str, tuple[str, ...]], b: dict[str, tuple[str, ...]]
        ) -> dict[str, tuple[str, ...]]:
            out = dict(a)
            for k, v in b.items():
                out[k] = join(out.get(k, ()), v)
            return out

        return DocumentType(
            name=self.name,
            aliases=join(self.aliases, other.aliases),
            heading=self.heading or other.heading,
            issued=self.issued or other.issued,
            codes=join_map(self.codes, other.codes),
            accepted=join_map(self.accepted, other.accepted),
            cited=join_map(self.cited, other.cited),
            national_assembly=self.national_assembly or other.national_assembly,
            generic=self.generic or other.generic,
            sources=join(self.sources, other.sources),
        )


class Vocabulary:
    """The merged vocabulary of a run, with the lookups the analyses and rules need.

    Immutable once built; derived tables are computed on first use. Picklable, so worker
    processes receive the run's vocabulary instead of reading it again.
    """

    def __init__(
        self,
        document_types: Iterable[DocumentType] = (),
        *,
        party_issuers: Iterable[str] = (),
        party_issuer_suffixes: Iterable[str] = (),
        state_issuers: Iterable[str] = (),
        issuer_words: Iterable[str] = (),
        signer_titles: Iterable[str] = (),
        indicators: Iterable[tuple[str, str]] = (),
        joint_suffixes: Iterable[str] = (),
        joint_types: Iterable[str] = (),
    ) -> None:
        self.document_types = tuple(document_types)
        self.party_issuers = frozenset(party_issuers)
        self.party_issuer_suffixes = tuple(dict.fromkeys(party_issuer_suffixes))
        self.state_issuers = frozenset(state_issuers)
        self.issuer_words = tuple(dict.fromkeys(issuer_words))
        self.signer_titles = tuple(dict.fromkeys(signer_titles))
        self.indicators = tuple(dict.fromkeys(indicators))
        self.joint_suffixes = tuple(dict.fromkeys(joint_suffixes))
        self.joint_types = tuple(dict.fromkeys(joint_types))

    # -- building --------------------------------------------------------------------------

    @classmethod
    def load(cls, paths: Iterable[str | Path]) -> Vocabulary:
        """The vocabulary of ``paths`` (TOML files, or folders of them), merged in order."""
        out = cls()
        for path in _files(paths):
            out = out.extended(_read(path), source=str(path))
        return out

    def extended(self, data: Mapping[str, Any], *, source: str = "") -> Vocabulary:
        """This vocabulary with the tables of ``data`` (a parsed vocabulary file) added."""
        where = source or "vocabulary"
        types = {t.name: t for t in self.document_types}
        for i, raw in enumerate(_list(data, "document-type", where)):
            new = _document_type(raw, f"{where}: document-type[{i}]")
            types[new.name] = types[new.name].merged(new) if new.name in types else new
        issuers = _table(data, "issuers", where)
        block = _table(data, "title-block", where)
        joint = _table(data, "joint", where)
        indicators = [
            (_str(x, "name", f"{where}: indicator[{i}]"), _pattern(x, f"{where}: indicator[{i}]"))
            for i, x in enumerate(_list(data, "indicator", where))
        ]
        return Vocabulary(
            types.values(),
            party_issuers=(*self.party_issuers, *_strs(issuers, "party", where)),
            party_issuer_suffixes=(*self.party_issuer_suffixes,
                                   *_strs(issuers, "party_suffixes", where)),
            state_issuers=(*self.state_issuers, *_strs(issuers, "state", where)),
            issuer_words=(*self.issuer_words, *_strs(block, "issuer_words", where)),
            signer_titles=(*self.signer_titles, *_strs(block, "signer_titles", where)),
            indicators=(*self.indicators, *indicators),
            joint_suffixes=(*self.joint_suffixes, *_strs(joint, "suffixes", where)),
            joint_types=(*self.joint_types, *_strs(joint, "types", where)),
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (self.document_types, self.party_issuers, self.party_issuer_suffixes,
                           self.state_issuers, self.issuer_words, self.signer_titles,
                           self.indicators, self.joint_suffixes, self.joint_types))

    # -- document types --------------------------------------------------------------------

    @cached_property
    def heading_types(self) -> tuple[str, ...]:
        """Type names that head documents, in capitals ("BÁO CÁO")."""
        return tuple(t.heading_name for t in self.document_types if t.heading)

    @cached_property
    def heading_types_longest_first(self) -> tuple[str, ...]:
        """:attr:`heading_types`, longest first ("CHƯƠNG TRÌNH HÀNH ĐỘNG" before
        "CHƯƠNG TRÌNH")."""
        return tuple(sorted(self.heading_types, key=len, reverse=True))

    @cached_property
    def issued_types(self) -> frozenset[str]:
        """Type names (capitals) of documents issued under a number."""
        return frozenset(t.heading_name for t in self.document_types if t.issued)

    def type_codes(self, system: str) -> frozenset[str]:
        """The known codes of a system ("party", or "state" with the legal ones), exact case."""
        return self._type_codes[system]

    @cached_property
    def _type_codes(self) -> dict[str, frozenset[str]]:
        joint = {t + s for t in self.joint_types for s in self.joint_suffixes}
        party: set[str] = set(joint)
        state: set[str] = set(joint)
        for t in self.document_types:
            party.update(t.codes.get("party", ()), t.accepted.get("party", ()))
            for system in ("state", "legal"):
                state.update(t.codes.get(system, ()), t.accepted.get(system, ()))
        return {"party": frozenset(party), "state": frozenset(state)}

    @cached_property
    def number_codes(self) -> frozenset[str]:
        """The codes of the types (any system, not the joint or accepted ones) except the Party
        công văn's "CV": a document's own number without one of these is a công văn."""
        return frozenset(
            code for t in self.document_types for codes in t.codes.values() for code in codes
        ) - {"CV"}

    def base_type(self, code: str) -> str:
        """The type a joint document's code names: "KHPH" -> "KH" (a joint plan is a plan)."""
        for suffix in self.joint_suffixes:
            base = code.removesuffix(suffix)
            if base != code and base in self.joint_types:
                return base
        return code

    def canonical_type(self, code: str, system: str) -> str | None:
        """The known code equal to ``code`` ignoring case ("CTR" -> "CTr"), or None."""
        known = self.type_codes(system)
        if code in known:
            return code
        folded = code.upper()
        for candidate in sorted(known):
            if candidate.upper() == folded:
                return candidate
        return None

    @cached_property
    def _by_word(self) -> dict[str, DocumentType]:
        out: dict[str, DocumentType] = {}
        for t in self.document_types:
            for word in (t.name, *t.aliases):
                out.setdefault(norm_word(word), t)
        return out

    @cached_property
    def type_words(self) -> tuple[str, ...]:
        """Every type word that may stand before "số" in a citation, longest first, then
        alphabetical (the same order in every process)."""
        words = {
            norm_word(w)
            for t in self.document_types
            if t.cited or t.national_assembly or t.generic
            for w in (t.name, *t.aliases)
        }
        return tuple(sorted(words, key=lambda w: (-len(w), w)))

    def national_assembly_word(self, word: str) -> bool:
        """Whether ``word`` names a type cited with a National Assembly number."""
        t = self._by_word.get(norm_word(word))
        return t is not None and t.national_assembly

    def expected_codes(self, type_word: str, system: str) -> tuple[str, ...] | None:
        """Codes the type word calls for in a citation of ``system`` ("party", "state",
        "qppl"); None when not checkable."""
        t = self._by_word.get(norm_word(type_word))
        if t is None:
            return None
        return t.cited.get("legal" if system == "qppl" else system)

    def type_name_code(self, type_name: str, system: str) -> tuple[str, ...]:
        """Codes matching a document's own type name ("BÁO CÁO" -> ("BC",))."""
        return self.expected_codes(type_name, "party" if system == "party" else "state") or ()

    def type_name(self, code: str, system: str | None) -> str | None:
        """The type name (capitals) heading documents numbered with ``code`` in ``system``
        (the document's own system; without one, the state's then the Party's)."""
        order = ("party", "state", "legal") if system == "party" else ("state", "legal", "party")
        for s in order:
            for t in self.document_types:
                if t.heading and code in t.codes.get(s, ()):
                    return t.heading_name
        return None

    def number_code(self, type_name: str, system: str | None) -> str | None:
        """The code a document of this type (capitals) carries in its number in ``system``
        ("party", else the state's), or None (a state công văn has none)."""
        t = self._by_word.get(norm_word(type_name))
        if t is None:
            return None
        for s in ("party",) if system == "party" else ("state", "legal"):
            codes = t.codes.get(s, ())
            if codes:
                return codes[0]
        return None

    # -- issuers ---------------------------------------------------------------------------

    @cached_property
    def state_only_issuers(self) -> frozenset[str]:
        """Issuer codes of the state system alone (a separator check needs certainty)."""
        return self.state_issuers - self.party_issuers - {"VP", "TTr"}

    @cached_property
    def party_only_issuers(self) -> frozenset[str]:
        """Issuer codes of the Party system alone."""
        return self.party_issuers - self.state_issuers - {"TB", "HĐ", "BCĐ", "CB"}

    def is_party_issuer(self, issuer: str) -> bool:
        first = issuer.split("-")[0]
        return first in self.party_issuers or (
            first.endswith(self.party_issuer_suffixes) and first not in self.state_issuers
            and not first.startswith(("UB", "HĐ")))

    def is_state_issuer(self, issuer: str) -> bool:
        first = issuer.split("-")[0]
        if first in self.state_issuers:
            return True
        return bool(re.match(r"^(UBND|HĐND|S[A-ZĐ]{1,6}|B[A-ZĐ]{1,7}|C\d{2}|PC\d{2})$", first)) \
            and not self.is_party_issuer(first)

    def issuer_known(
        self, issuer: str, system: str, extra: set[str] | frozenset[str] = frozenset()
    ) -> bool:
        """Whether every part of the issuer is a known code (or an agency's unit suffix)."""
        parts = issuer.split("-")
        if system == "party":
            return all(p in extra or self.is_party_issuer(p) or p in self.state_issuers
                       for p in parts)
        first = parts[0]
        return first in extra or self.is_state_issuer(first) or first in self.party_issuers


def _rebuild(
    document_types: tuple[DocumentType, ...], party_issuers: frozenset[str],
    party_issuer_suffixes: tuple[str, ...], state_issuers: frozenset[str],
    issuer_words: tuple[str, ...], signer_titles: tuple[str, ...],
    indicators: tuple[tuple[str, str], ...], joint_suffixes: tuple[str, ...],
    joint_types: tuple[str, ...],
) -> Vocabulary:
    return Vocabulary(
        document_types, party_issuers=party_issuers, party_issuer_suffixes=party_issuer_suffixes,
        state_issuers=state_issuers, issuer_words=issuer_words, signer_titles=signer_titles,
        indicators=indicators, joint_suffixes=joint_suffixes, joint_types=joint_types,
    )


# -- reading files -------------------------------------------------------------------------


def _files(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        out.extend(sorted(p.glob("*.toml")) if p.is_dir() else [p])
    return out


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise VocabularyError(f"{path}: không đọc được tệp từ vựng: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise VocabularyError(f"{path}: tệp từ vựng không phải TOML hợp lệ: {exc}") from exc


def _table(data: Mapping[str, Any], key: str, where: str) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, Mapping):
        raise VocabularyError(f"{where}: khóa '{key}' phải là một bảng")
    return value


def _list(data: Mapping[str, Any], key: str, where: str) -> list[Mapping[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(x, Mapping) for x in value):
        raise VocabularyError(f"{where}: khóa '{key}' phải là một dãy bảng ([[{key}]])")
    return value


def _strs(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise VocabularyError(f"{where}: khóa '{key}' phải là một danh sách chuỗi")
    return tuple(value)


def _str(data: Mapping[str, Any], key: str, where: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise VocabularyError(f"{where}: khóa '{key}' phải là một chuỗi khác rỗng")
    return value


def _pattern(data: Mapping[str, Any], where: str) -> str:
    pattern = _str(data, "pattern", where)
    try:
        re.compile(pattern)
    except re.error as exc:
        raise VocabularyError(f"{where}: khóa 'pattern' có biểu thức sai: {exc}") from exc
    return pattern


_TYPE_KEYS = frozenset({"name", "aliases", "heading", "issued", *SYSTEMS, "accepted", "cited",
                        "national_assembly", "generic", "sources"})


def _document_type(raw: Mapping[str, Any], where: str) -> DocumentType:
    unknown = sorted(set(raw) - _TYPE_KEYS)
    if unknown:
        raise VocabularyError(f"{where}: khóa '{unknown[0]}' không hợp lệ")
    cited = _table(raw, "cited", where)
    accepted = _table(raw, "accepted", where)
    for key, table in (("cited", cited), ("accepted", accepted)):
        bad = sorted(set(table) - set(SYSTEMS))
        if bad:
            raise VocabularyError(f"{where}: khóa '{key}.{bad[0]}' không hợp lệ")
    for key in ("heading", "issued", "national_assembly", "generic"):
        if not isinstance(raw.get(key, False), bool):
            raise VocabularyError(f"{where}: khóa '{key}' phải là true hoặc false")
    return DocumentType(
        name=norm_word(_str(raw, "name", where)),
        aliases=tuple(norm_word(a) for a in _strs(raw, "aliases", where)),
        heading=raw.get("heading", False),
        issued=raw.get("issued", False),
        codes={s: _strs(raw, s, where) for s in SYSTEMS if s in raw},
        accepted={s: _strs(accepted, s, where) for s in SYSTEMS if s in accepted},
        cited={s: _strs(cited, s, where) for s in SYSTEMS if s in cited},
        national_assembly=raw.get("national_assembly", False),
        generic=raw.get("generic", False),
        sources=_strs(raw, "sources", where),
    )


__all__ = ["DocumentType", "Vocabulary", "VocabularyError", "norm_word"]
