"""Document profiles: a kind of document's required frame and sections, as data.

A profile is a TOML file (built-ins in ``rules/profiles/*.toml``; every profile, built-in or
not, reaches the core through the ``soat_register_profiles`` hook and
:meth:`validator.plugins.Plugins.profiles`) validated against ``schemas/profile.schema.json``. It
says which system the document belongs to (Party, HD 36; state, NĐ 30), which frame elements
it must carry (issuer, number line, motto, place and date, type name, recipients, signature
…), which content sections it must have and in what order (only where the kind really has
fixed ones, e.g. the Party committee's monthly report), how to recognise it from its title
block, settings for the other rule families, and words added to the vocabulary.

A document's profile is resolved in one place, ``analysis.profile``
(:class:`validator.analysis.Analysis`): the profile named by the user, else the one whose
``detect`` table the title block matches (:func:`match_profile`), else ``generic``, which
demands nothing.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from validator import recache

if TYPE_CHECKING:
    from validator.analysis.frame import Frame
    from validator.model import Document

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_PATH = ROOT / "schemas" / "profile.schema.json"

# Frame elements a profile may require (names used by the structure rules).
FRAME_ELEMENTS = (
    "issuer", "asterisk", "number_line", "motto", "slogan", "place_date", "type_name",
    "summary", "recipients", "archive", "signature",
)


class ProfileError(ValueError):
    """A profile file that cannot be read or does not follow the schema. ``str()`` names the
    file and the key."""


class SectionSpec(msgspec.Struct, frozen=True):
    """A required content section, matched tolerantly against the document's headings."""

    id: str
    title: str
    order: int
    aliases: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()

    @property
    def regexes(self) -> tuple[re.Pattern[str], ...]:
        return tuple(recache.compile(p, re.IGNORECASE) for p in self.patterns)


class Profile(msgspec.Struct, frozen=True):
    name: str
    title: str = ""
    system: str = "state"  # "party" | "state"
    settings: dict[str, Any] = msgspec.field(default_factory=dict)
    doc_type: str = ""  # e.g. "BÁO CÁO"; "" when any type
    description: str = ""
    frame_required: tuple[str, ...] = ()  # elements of FRAME_ELEMENTS
    frame_skip: dict[str, tuple[str, ...]] = msgspec.field(default_factory=dict)  # type -> exempt
    sections: tuple[SectionSpec, ...] = ()
    detect: dict[str, Any] = msgspec.field(default_factory=dict)
    source: str = ""
    vocabulary: dict[str, Any] = msgspec.field(default_factory=dict)  # see validator.vocabulary
    # The prescribed format (thể thức) of each element: element -> attribute -> value
    # (``[format.<element>]`` tables; see schemas/profile.schema.json).
    format: dict[str, dict[str, Any]] = msgspec.field(default_factory=dict)
    extends: str = ""  # the profile this one was built on, if any
    data: dict[str, Any] = msgspec.field(default_factory=dict)  # the TOML data, extends resolved

    def requires(self, element: str, doc_type: str | None = None) -> bool:
        """Whether a document of this profile (and of ``doc_type``) must carry ``element``."""
        if element not in self.frame_required:
            return False
        return not (doc_type and element in self.frame_skip.get(doc_type.upper(), ()))


GENERIC = Profile(name="generic", title="Văn bản chung (không kiểm tra cấu trúc)", system="")


# -- loading -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any] | None:
    try:
        return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
    except OSError:
        return None


def _validate(data: dict[str, Any], source: str) -> None:
    schema = _schema()
    if schema is None:
        return
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        key = ".".join(str(x) for x in err.absolute_path) or "(gốc)"
        if err.validator == "additionalProperties":
            extra = re.findall(r"'([^']+)'", err.message)
            if extra:
                key = ".".join([*map(str, err.absolute_path), extra[0]])
        elif err.validator == "required":
            missing = re.findall(r"'([^']+)'", err.message)
            if missing:
                key = ".".join([*map(str, err.absolute_path), missing[0]])
        raise ProfileError(f"{source}: khóa \"{key}\" không hợp lệ: {err.message}")


def _from_data(data: dict[str, Any], source: str, *, validate: bool = True) -> Profile:
    if validate:
        _validate(data, source)
    frame = data.get("frame", {})
    sections = tuple(
        SectionSpec(
            id=s["id"], title=s["title"], order=int(s.get("order", i + 1)),
            aliases=tuple(s.get("aliases", ())), patterns=tuple(s.get("patterns", ())),
        )
        for i, s in enumerate(data.get("sections", ()))
    )
    for s in sections:
        for pat in s.patterns:
            try:
                re.compile(pat)
            except re.error as exc:
                raise ProfileError(
                    f"{source}: khóa 'sections.{s.id}.patterns' có biểu thức sai: {exc}"
                ) from exc
    return Profile(
        name=data["name"],
        title=data.get("title", ""),
        system=data.get("system", ""),
        settings=dict(data.get("settings", {})),
        doc_type=data.get("doc_type", ""),
        description=data.get("description", ""),
        frame_required=tuple(frame.get("require", ())),
        frame_skip={k.upper(): tuple(v) for k, v in frame.get("skip", {}).items()},
        sections=sections,
        detect=dict(data.get("detect", {})),
        source=source,
        vocabulary=dict(data.get("vocabulary", {})),
        format={k: dict(v) for k, v in data.get("format", {}).items()},
        extends=data.get("extends", ""),
        data=data,
    )


# What a profile does not take from the profile it extends: its identity and how it is
# recognised (a profile built on another is detected only by a [detect] table of its own).
_OWN_KEYS = ("name", "title", "description", "detect", "extends")


def merge_data(base: Mapping[str, Any], own: Mapping[str, Any]) -> dict[str, Any]:
    """``own`` over ``base``: tables merged key by key, any other value replaced."""
    out = dict(base)
    for key, value in own.items():
        old = out.get(key)
        if isinstance(value, Mapping) and isinstance(old, Mapping):
            out[key] = merge_data(old, value)
        else:
            out[key] = value
    return out


def extended(prof: Profile, profiles: Mapping[str, Profile]) -> Profile:
    """``prof`` built on the profile it ``extends`` (found in ``profiles``): that profile's
    frame, sections, settings, vocabulary and format, with ``prof``'s own tables merged over
    them; name, title, description and detection stay ``prof``'s. Raises
    :class:`ProfileError` for an unknown or circular base."""
    seen: list[str] = [prof.name]
    chain: list[Profile] = [prof]
    while chain[-1].extends:
        base_name = chain[-1].extends
        if base_name in seen:
            raise ProfileError(
                f"{prof.source}: hồ sơ '{prof.name}' mở rộng vòng tròn: "
                + " → ".join([*seen, base_name]))
        base = profiles.get(base_name)
        if base is None:
            raise ProfileError(
                f"{chain[-1].source}: khóa 'extends' không hợp lệ: không có hồ sơ '{base_name}' "
                f"(có: {', '.join(sorted(profiles))})")
        seen.append(base_name)
        chain.append(base)
    if len(chain) == 1:
        return prof
    data: dict[str, Any] = {}
    for p in reversed(chain):
        own = p.data or {}
        data = merge_data(data, {k: v for k, v in own.items() if k not in _OWN_KEYS}
                          if p is not prof else own)
    return _from_data(data, prof.source, validate=False)


def load_profile_file(path: str | Path, *, validate: bool = True) -> Profile:
    """The profile of a TOML file, checked against the profile schema unless ``validate`` is
    false (the built-in profiles, which the test suite validates: checking them at every start
    would import jsonschema, a third of a pre-commit run's start-up)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ProfileError(f"{path}: không đọc được tệp hồ sơ: {exc.strerror or exc}") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ProfileError(f"{path}: tệp hồ sơ không phải TOML hợp lệ: {exc}") from exc
    return _from_data(data, str(path), validate=validate)


def _files(paths: Iterable[Path]) -> list[tuple[Path, Path]]:
    """(file, the path it was found through)."""
    out: list[tuple[Path, Path]] = []
    for p in paths:
        out.extend((f, p) for f in (sorted(p.glob("*.toml")) if p.is_dir() else [p]))
    return out


def collect_profiles(
    paths: Iterable[Path], *, trusted: Iterable[Path] = ()
) -> dict[str, Profile]:
    """The profiles of ``paths`` (TOML files, or folders searched for ``*.toml``) by name,
    with ``generic``; files found through a ``trusted`` path are not validated against the
    schema. Raises :class:`ProfileError` for a bad file or a name defined twice."""
    skip = set(trusted)
    found: dict[str, Profile] = {"generic": GENERIC}
    for f, via in _files(paths):
        prof = load_profile_file(f, validate=via not in skip)
        prev = found.get(prof.name)
        if prev is not None and prev.source != prof.source and prev is not GENERIC:
            raise ProfileError(
                f"hồ sơ \"{prof.name}\" được định nghĩa hai lần: {prev.source} và {prof.source}"
            )
        found[prof.name] = prof
    for name, prof in list(found.items()):
        if prof.extends:
            found[name] = extended(prof, found)
    return found


def load_profile(
    name_or_path: str | Path, profiles: Mapping[str, Profile] | None = None
) -> Profile:
    """A profile by name among ``profiles`` (by default those of the built-in plugins), or
    from a TOML file path."""
    text = str(name_or_path)
    path_given = text.endswith(".toml") or Path(text).is_file()
    prof = load_profile_file(text) if path_given else None
    if prof is not None and not prof.extends:
        return prof
    if profiles is None:
        from validator.plugins import builtin_catalogue

        profiles = builtin_catalogue().profiles
    if prof is not None:
        return extended(prof, profiles)
    if text in profiles:
        return profiles[text]
    raise ProfileError(f"không có hồ sơ \"{text}\" (có: {', '.join(sorted(profiles))})")


# -- detection -----------------------------------------------------------------------------


def _matches(prof: Profile, system: str | None, doc_type: str, summary: str) -> bool:
    det = prof.detect
    if not det:
        return False
    if det.get("system") and det["system"] != system:
        return False
    types = [t.upper() for t in det.get("doc_types", ())]
    if types and doc_type.upper() not in types:
        return False
    pat = det.get("summary_pattern")
    return not (pat and not re.search(pat, summary, re.IGNORECASE))


def match_profile(frame: Frame, profiles: Mapping[str, Profile]) -> Profile:
    """The profile whose ``detect`` table the title block matches (highest priority first,
    then by name), else ``generic``; a document that is not recognisably administrative
    gets ``generic``."""
    generic = profiles.get("generic", GENERIC)
    if not frame.is_administrative:
        return generic
    summary = frame.summary_text
    candidates = sorted(
        (p for p in profiles.values() if _matches(p, frame.system, frame.doc_type, summary)),
        key=lambda p: (-int(p.detect.get("priority", 0)), p.name),
    )
    return candidates[0] if candidates else generic


def detect_profile(
    doc: Document, name: str | None = None, profiles: Mapping[str, Profile] | None = None
) -> Profile:
    """The document's profile as a check resolves it (``analysis.profile``): ``name`` if
    given, else detected from the title block. ``profiles`` default to the built-in ones."""
    from validator.analysis import Analysis

    return Analysis(doc, profile_name=name, profiles=profiles).profile


__all__ = [
    "FRAME_ELEMENTS", "GENERIC", "Profile", "ProfileError", "SectionSpec", "collect_profiles",
    "detect_profile", "extended", "load_profile", "load_profile_file", "match_profile",
]
