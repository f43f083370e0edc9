"""Hook specifications of the ``soat`` plugin system. Nothing else lives here.

A plugin is a module (or object) with functions marked ``@validator.hookimpl`` whose names
match these specifications. The built-in rules (package ``rules``) and emitters
(``validator.emitters``) are plugins like any other; third-party packages are found through
the ``soat`` entry-point group::

    [project.entry-points.soat]
    acme = "acme_rules.plugin"

Hooks take keyword arguments only. pluggy lets an implementation accept fewer arguments than
its specification, so a parameter can be added here later without breaking existing plugins.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from validator.emitters import Emitter
    from validator.rule import Rule

hookspec = pluggy.HookspecMarker("soat")


@hookspec
def soat_register_rules() -> Sequence[type[Rule]]:  # type: ignore[empty-body]
    """Return the rule classes this plugin provides.

    Called once when the plugin manager's rules are first asked for (at start-up of the command
    line, or per call of the library API), after every plugin has been registered. The return
    value is a sequence of :class:`validator.rule.Rule` subclasses; ``None`` or an empty
    sequence means "no rules". Results of all plugins are merged.

    Conflict: rule ids are global. If two rule classes share an id, whether in one plugin or in
    two, loading fails with an error naming the rule id and both plugins; nothing is overridden
    silently. Block one of the plugins (``--disable-plugin NAME``) to resolve it.
    """


@hookspec
def soat_register_emitters() -> Mapping[str, type[Emitter]]:  # type: ignore[empty-body]
    """Return output formats by name, e.g. ``{"json": JsonEmitter}``.

    Called once when the command line builds its ``--format`` choices or looks an emitter up.
    Each value is a :class:`validator.emitters.Emitter` subclass; the key is the name users
    pass to ``--format``. The emitter is made with the keyword ``rules``, the run's rule
    catalogue (as :class:`~validator.emitters.Emitter` accepts it), or without arguments when
    its constructor takes none. Results of all plugins are merged.

    Conflict: format names are global. A name returned by two plugins is an error naming the
    format and both plugins; a plugin cannot replace a built-in format, it must pick a new name.
    """


@hookspec
def soat_register_profiles() -> Sequence[str]:  # type: ignore[empty-body]
    """Return paths of profile definitions: TOML files, or folders searched for ``*.toml``.

    Called once when profiles are first needed (detecting or naming a document's profile),
    after every plugin has been registered. Relative paths are not allowed; build them from
    the plugin module's ``__file__``. Paths of all plugins are merged, duplicates dropped.

    Conflict: a profile name defined in two files is an error naming both files; a plugin
    cannot silently redefine a built-in profile, it must use a new name.
    """


@hookspec
def soat_register_vocabulary() -> Sequence[str]:  # type: ignore[empty-body]
    """Return paths of vocabulary files: TOML files, or folders searched for ``*.toml``.

    Called once per run when the vocabulary is first needed (reading a document's title block,
    its citations, its indicators), after every plugin has been registered. The format is
    described in :mod:`validator.vocabulary`: document types and their codes, issuer codes,
    title-block words, indicator names. Relative paths are not allowed.

    Conflict: there is none to report. Files are read in registration order (the built-in
    plugin first); lists are joined, and an entry naming a document type already known adds
    to it, so a plugin extends the vocabulary and never removes from it.
    """
