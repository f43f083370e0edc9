"""Plugin manager and its typed facade.

pluggy is the discovery layer only: it tells which rules, emitters and profiles exist. The
engine, not pluggy, runs the checks. There is no global manager: every caller builds one with
:func:`make_plugin_manager` and wraps it in :class:`Plugins`.

Environment:
    ``SOAT_NO_PLUGINS=1``          do not load entry-point plugins (built-ins stay).
    ``SOAT_DISABLE_PLUGINS=a,b``   block the named plugins (entry-point names, or ``rules`` /
                                   ``validator.emitters`` for the built-ins).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import pluggy

from validator import hookspecs

if TYPE_CHECKING:
    from validator.emitters import Emitter
    from validator.profiles import Profile
    from validator.rule import Rule
    from validator.vocabulary import Vocabulary

PROJECT = "soat"
ENTRY_POINT_GROUP = "soat"
BUILTIN_PLUGINS = ("rules", "validator.emitters")

ENV_NO_PLUGINS = "SOAT_NO_PLUGINS"
ENV_DISABLE_PLUGINS = "SOAT_DISABLE_PLUGINS"


class PluginError(Exception):
    """A plugin could not be loaded or contradicts another. ``str()`` is for users (Vietnamese)."""


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def env_blocked(environ: Mapping[str, str] | None = None) -> tuple[str, ...]:
    """Plugin names blocked through ``SOAT_DISABLE_PLUGINS``."""
    env = os.environ if environ is None else environ
    raw = env.get(ENV_DISABLE_PLUGINS, "")
    return tuple(name.strip() for name in raw.split(",") if name.strip())


def make_plugin_manager(
    *,
    autoload: bool = True,
    blocked: Iterable[str] = (),
    environ: Mapping[str, str] | None = None,
    builtins: bool = True,
    extra: Iterable[tuple[str, object]] = (),
) -> pluggy.PluginManager:
    """Build a plugin manager with the built-in plugins and, if ``autoload``, the installed ones.

    This is the one place a plugin manager is made. The command line (or the library entry
    point) calls it once per run and carries the result, wrapped in :class:`Plugins`, to
    everything that needs to know what plugins provide: the rules, the emitters, the profiles.

    Steps: create the manager, add the hookspecs, block ``blocked`` (plus
    ``SOAT_DISABLE_PLUGINS``), register the built-in ``rules`` package and
    ``validator.emitters`` (unless ``builtins`` is false), register each ``(name, plugin)`` of
    ``extra`` (e.g. the local plugin modules a configuration file names), load the ``soat``
    entry points unless ``autoload`` is false or ``SOAT_NO_PLUGINS=1``, then
    ``check_pending()`` so that a misspelled hook fails loudly.

    ``environ`` defaults to ``os.environ``; tests pass ``{}`` to ignore the environment.
    Raises :class:`PluginError` (Vietnamese message) when a plugin cannot be loaded or
    declares a hook that does not exist.
    """
    env = os.environ if environ is None else environ
    pm = pluggy.PluginManager(PROJECT)
    pm.add_hookspecs(hookspecs)
    for name in (*blocked, *env_blocked(env)):
        pm.set_blocked(name)

    import importlib

    for modname in BUILTIN_PLUGINS if builtins else ():
        if pm.is_blocked(modname):
            continue
        try:
            module = importlib.import_module(modname)
        except Exception as exc:
            raise PluginError(
                f"không nạp được plugin có sẵn \"{modname}\": {type(exc).__name__}: {exc}"
            ) from exc
        pm.register(module, name=modname)
    for name, plugin in extra:
        try:
            pm.register(plugin, name=name)
        except pluggy.PluginValidationError as exc:
            raise PluginError(f"plugin \"{name}\" khai báo hook sai: {exc}") from exc

    if autoload and not _truthy(env.get(ENV_NO_PLUGINS)) and _may_have_entry_points():
        try:
            pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
        except Exception as exc:
            raise PluginError(_describe_entrypoint_failure(pm, exc)) from exc

    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        raise PluginError(
            f"plugin \"{pm.get_name(exc.plugin) or exc.plugin}\" khai báo hook không tồn tại: {exc}"
        ) from exc
    return pm


def plugin_names(group: str = ENTRY_POINT_GROUP) -> set[str]:
    """The names ``--disable-plugin`` knows: the built-in plugins and every installed entry
    point of ``group`` (loaded or not)."""
    from importlib.metadata import entry_points

    return {*BUILTIN_PLUGINS, *(ep.name for ep in entry_points(group=group))}


def _may_have_entry_points(group: str = ENTRY_POINT_GROUP) -> bool:
    """Whether any installed distribution may declare an entry point in ``group``.

    pluggy's loader imports ``importlib.metadata`` (with ``email`` and ``zipfile``: a fifth of
    the command's start-up) and parses every distribution's metadata. This answers the common
    case, no plugin installed, from the ``entry_points.txt`` files alone, the same files
    ``importlib.metadata.distributions()`` finds on ``sys.path``. Any doubt answers True and
    the regular loader decides: ``importlib.metadata`` already imported (and maybe replaced,
    as tests do), another metadata finder on ``sys.meta_path``, a zip or unreadable path entry,
    an unreadable file, or a section header naming the group.
    """
    import sys

    if "importlib.metadata" in sys.modules:
        return True
    from importlib.machinery import PathFinder

    for finder in sys.meta_path:
        if finder is not PathFinder and getattr(finder, "find_distributions", None) is not None:
            return True
    needle = group.lower()
    for entry in sys.path:
        root = entry or "."
        try:
            children = os.listdir(root)
        except OSError:
            if os.path.exists(root):
                return True  # a zip (or an unreadable folder) holds metadata we do not read
            continue
        except Exception:
            return True
        is_egg = os.path.basename(root).lower().endswith(".egg")
        for child in children:
            low = child.lower()
            if not (low.endswith((".dist-info", ".egg-info")) or (is_egg and low == "egg-info")):
                continue
            path = os.path.join(root, child, "entry_points.txt")
            try:
                with open(path, "rb") as fh:
                    text = fh.read().decode("utf-8")
            except (FileNotFoundError, NotADirectoryError):
                continue
            except Exception:
                return True
            for line in text.splitlines():
                line = line.strip()
                if line.startswith("[") and needle in line.lower():
                    return True
    return False


def _describe_entrypoint_failure(pm: pluggy.PluginManager, exc: BaseException) -> str:
    """Name the entry point that failed to load (pluggy's own error does not)."""
    from importlib import metadata

    culprit = None
    for dist in metadata.distributions():
        for ep in dist.entry_points:
            if ep.group != ENTRY_POINT_GROUP or pm.is_blocked(ep.name) or pm.has_plugin(ep.name):
                continue
            try:
                ep.load()
            except Exception:
                culprit = f"{ep.name} ({ep.value}, gói {dist.metadata['name']})"
                break
        if culprit:
            break
    where = f"\"{culprit}\"" if culprit else "từ entry point nhóm \"soat\""
    return (
        f"không nạp được plugin {where}: {type(exc).__name__}: {exc}. "
        f"Dùng --disable-plugin TÊN hoặc --no-plugins để bỏ qua."
    )


class Catalogue(NamedTuple):
    """What a run's plugins provide to the checks: rules, profiles by name, vocabulary.

    Picklable (rule classes by reference), so the worker processes of a batch receive it
    instead of discovering plugins again.
    """

    rules: tuple[type[Rule], ...]
    profiles: dict[str, Profile]
    vocabulary: Vocabulary


@functools.cache
def builtin_catalogue() -> Catalogue:
    """The catalogue of the built-in plugins alone (never an entry point): what code that is
    given no catalogue reads (``check_document`` in tests, a bare :class:`~validator.analysis.
    Analysis`). Built once per process; it is data shipped with soat and never changes."""
    return Plugins(make_plugin_manager(autoload=False, environ={})).catalogue()


class Plugins:
    """Typed access to what the registered plugins provide.

    Made once per run (by the command line, or by the library entry points when the caller
    gives none) and carried to every consumer. Profiles are read once per instance.
    """

    def __init__(self, pm: pluggy.PluginManager) -> None:
        self.pm = pm
        self._profiles: dict[str, Profile] | None = None
        self._vocabulary: Vocabulary | None = None

    @classmethod
    def discover(
        cls,
        *,
        autoload: bool = True,
        blocked: Iterable[str] = (),
        environ: Mapping[str, str] | None = None,
    ) -> Plugins:
        """The built-in plugins and, if ``autoload``, the installed ones (see
        :func:`make_plugin_manager`)."""
        return cls(make_plugin_manager(autoload=autoload, blocked=blocked, environ=environ))

    def names(self) -> list[str]:
        """Registered (not blocked) plugin names, sorted."""
        return sorted(name for name, plugin in self.pm.list_name_plugin() if plugin is not None)

    def rules(self) -> tuple[type[Rule], ...]:
        """Every registered rule class, sorted by id. Raises PluginError on a duplicate id."""
        from validator.rule import Rule

        hook = self.pm.hook.soat_register_rules
        found: dict[str, tuple[type[Rule], str]] = {}
        for plugin, result in self._attributed(hook):
            if result is None:
                continue
            if isinstance(result, str | type | Mapping) or not isinstance(result, Iterable):
                raise PluginError(
                    f"plugin \"{plugin}\" phải trả về một dãy các lớp quy tắc trong "
                    f"soat_register_rules, nhận được {type(result).__name__}"
                )
            for cls in result:
                if not (isinstance(cls, type) and issubclass(cls, Rule)):
                    raise PluginError(
                        f"plugin \"{plugin}\" trả về {cls!r} trong soat_register_rules, "
                        "không phải lớp con của validator.Rule"
                    )
                prev = found.get(cls.id)
                if prev is not None and prev[0] is not cls:
                    raise PluginError(
                        f"mã quy tắc {cls.id} bị trùng: plugin \"{prev[1]}\" "
                        f"({_qualname(prev[0])}) và plugin \"{plugin}\" ({_qualname(cls)})"
                    )
                found[cls.id] = (cls, plugin)
        return tuple(found[rid][0] for rid in sorted(found))

    def emitters(self) -> dict[str, type[Emitter]]:
        """Output formats by name, sorted. Raises PluginError on a duplicate name."""
        hook = self.pm.hook.soat_register_emitters
        found: dict[str, tuple[type[Emitter], str]] = {}
        for plugin, result in self._attributed(hook):
            if result is None:
                continue
            if not isinstance(result, Mapping):
                raise PluginError(
                    f"plugin \"{plugin}\" phải trả về một ánh xạ tên → lớp trong "
                    f"soat_register_emitters, nhận được {type(result).__name__}"
                )
            for name, cls in result.items():
                if not (isinstance(name, str) and name) or not callable(
                    getattr(cls, "emit", None)
                ):
                    raise PluginError(
                        f"plugin \"{plugin}\" đăng ký định dạng {name!r} không hợp lệ: "
                        "cần tên là chuỗi và một lớp có phương thức emit(report, stream)"
                    )
                prev = found.get(name)
                if prev is not None and prev[0] is not cls:
                    raise PluginError(
                        f"định dạng \"{name}\" bị trùng: plugin \"{prev[1]}\" "
                        f"({_qualname(prev[0])}) và plugin \"{plugin}\" ({_qualname(cls)})"
                    )
                found[name] = (cls, plugin)
        return {name: found[name][0] for name in sorted(found)}

    def profile_paths(self) -> tuple[Path, ...]:
        """Absolute paths of profile files or folders, in registration order, without duplicates."""
        return tuple(path for _, path in self._paths(self.pm.hook.soat_register_profiles))

    def profiles(self) -> dict[str, Profile]:
        """Every profile by name (with ``generic``), from every plugin's profile paths.

        Read once per instance. Profiles of plugins other than the built-in ``rules`` are
        validated against the profile schema (the built-in ones are, by the test suite).
        Raises :class:`PluginError` for a plugin that fails in its hook, and
        :class:`validator.profiles.ProfileError` for a profile file that cannot be read, does
        not follow the schema, or redefines another profile's name.
        """
        if self._profiles is None:
            from validator.profiles import collect_profiles

            paths = self._paths(self.pm.hook.soat_register_profiles)
            self._profiles = collect_profiles(
                [path for _, path in paths],
                trusted=[path for plugin, path in paths if plugin == "rules"],
            )
        return dict(self._profiles)

    def vocabulary(self) -> Vocabulary:
        """The vocabulary of every plugin's vocabulary files, merged (read once per instance).

        Raises :class:`PluginError` for a plugin that fails in its hook, and
        :class:`validator.vocabulary.VocabularyError` for a file that cannot be read.
        """
        if self._vocabulary is None:
            from validator.vocabulary import Vocabulary

            paths = self._paths(self.pm.hook.soat_register_vocabulary)
            self._vocabulary = Vocabulary.load(path for _, path in paths)
        return self._vocabulary

    def catalogue(self) -> Catalogue:
        """The rules, profiles and vocabulary of these plugins, as one picklable value."""
        return Catalogue(self.rules(), self.profiles(), self.vocabulary())

    def _paths(self, hook: pluggy.HookCaller) -> list[tuple[str, Path]]:
        """(plugin, absolute path) of a hook returning paths, without duplicates."""
        out: list[tuple[str, Path]] = []
        for plugin, result in self._attributed(hook):
            if isinstance(result, str | os.PathLike):
                result = [result]
            for raw in result or ():
                path = Path(raw)
                if not path.is_absolute():
                    raise PluginError(
                        f"plugin \"{plugin}\" trả về đường dẫn tương đối \"{raw}\" "
                        f"trong {hook.name}; cần đường dẫn tuyệt đối"
                    )
                if all(path != seen for _, seen in out):
                    out.append((plugin, path))
        return out

    # -- helpers ---------------------------------------------------------------------------

    def _attributed(self, hook: pluggy.HookCaller) -> list[tuple[str, Any]]:
        """(plugin name, result) for every implementation, in registration order.

        A plain hook call returns bare results, so a conflict could not name the plugin that
        caused it. Each implementation is therefore called through its own
        ``subset_hook_caller``, which keeps pluggy's call path (and ``--trace-plugins``).
        """
        impls = hook.get_hookimpls()
        out: list[tuple[str, Any]] = []
        for impl in impls:
            if impl.hookwrapper or impl.wrapper:
                continue
            name = self.pm.get_name(impl.plugin) or impl.plugin_name
            others = [other.plugin for other in impls if other.plugin is not impl.plugin]
            caller = self.pm.subset_hook_caller(hook.name, others)
            try:
                results = caller()
            except Exception as exc:
                raise PluginError(
                    f"plugin \"{name}\" gặp lỗi trong {hook.name}: {type(exc).__name__}: {exc}"
                ) from exc
            out.append((name, results[0] if results else None))
        return out


def _qualname(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def enable_tracing(pm: pluggy.PluginManager, write: Callable[[str], object]) -> Callable[[], None]:
    """Trace hook calls to ``write`` (``--trace-plugins``); returns a function that undoes it."""
    pm.trace.root.setwriter(write)
    undo = pm.enable_tracing()

    def _undo() -> None:
        undo()
        pm.trace.root.setwriter(None)

    return _undo
