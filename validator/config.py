"""Configuration: ``[tool.soat]`` in ``pyproject.toml`` or a ``soat.toml``, found as ruff does.

For each checked file the folders from the file's own up to the filesystem root are searched;
the first folder holding a ``soat.toml``, or a ``pyproject.toml`` with a ``[tool.soat]``
table, wins (``soat.toml`` before ``pyproject.toml`` in the same folder). The table is
validated against ``schemas/config.schema.json``; a mistake raises :class:`ConfigError`, whose
message (Vietnamese) names the file, the key and what is allowed. Command-line flags override
the file: ``--select`` replaces ``select``, ``--ignore`` adds to ``ignore``, ``--profile``
and ``--fail-on`` replace theirs.

Keys: ``select``, ``ignore``, ``per-file-ignores`` (glob relative to the configuration file's
folder -> ids), ``severity`` (id or prefix -> error/warning/info), ``profile``,
``extra-issuers``, ``plugins`` (paths of local plugin modules), ``report-date``, ``stage``
(``draft`` or ``final``: the copy that goes to signature), ``fail-on``,
``common-abbreviations`` and ``settings`` (other rule settings by name).
"""

from __future__ import annotations

import fnmatch
import importlib.util
import json
import sys
import tomllib
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

import msgspec

if TYPE_CHECKING:
    from validator.rule import Rule

SOAT_TOML = "soat.toml"
PYPROJECT = "pyproject.toml"
SCHEMA_PATH = Path(__file__).resolve().parents[1] / "schemas" / "config.schema.json"


class ConfigError(Exception):
    """A configuration file that cannot be used. ``str()`` is for users (Vietnamese)."""


class Config(msgspec.Struct, frozen=True):
    path: Path | None = None  # the file it was read from; None = defaults
    table: str = ""  # "tool.soat" in pyproject.toml, "" in soat.toml
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    profile: str | None = None
    extra_issuers: tuple[str, ...] = ()
    plugins: tuple[Path, ...] = ()
    report_date: str | None = None
    report_date_override: bool = False
    stage: str | None = None
    fail_on: str | None = None
    common_abbreviations: tuple[str, ...] | None = None
    settings: tuple[tuple[str, Any], ...] = ()

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def key(self, name: str) -> str:
        return f"{self.table}.{name}" if self.table else name

    def ignores_for(self, file: str | Path) -> tuple[str, ...]:
        """``ignore`` plus the ids of every ``per-file-ignores`` glob matching ``file``."""
        out = list(self.ignore)
        try:
            rel = PurePosixPath(Path(file).resolve().relative_to(self.root.resolve()).as_posix())
        except ValueError:
            rel = PurePosixPath(Path(file).as_posix())
        for pattern, ids in self.per_file_ignores:
            if _glob_match(rel, pattern):
                out.extend(ids)
        return tuple(out)

    def rule_settings(self) -> dict[str, Any]:
        """What rules read through ``Context.setting`` (and the engine's ``severity``)."""
        out: dict[str, Any] = dict(self.settings)
        if self.severity:
            out["severity"] = dict(self.severity)
        if self.extra_issuers:
            out["extra_issuers"] = list(self.extra_issuers)
        if self.report_date:
            out["report_date"] = self.report_date
            if self.report_date_override:
                out["report_date_override"] = True
        if self.stage:
            out["stage"] = self.stage
        if self.common_abbreviations is not None:
            out["common_abbreviations"] = list(self.common_abbreviations)
        return out


def _glob_match(rel: PurePosixPath, pattern: str) -> bool:
    """A glob as ruff's per-file-ignores: against the relative path, or the name alone when
    the pattern has no slash; ``**`` crosses folders."""
    pat = pattern.removeprefix("./")
    if "/" not in pat:
        return fnmatch.fnmatch(rel.name, pat) or fnmatch.fnmatch(rel.as_posix(), pat)
    if rel.match(pat) or fnmatch.fnmatch(rel.as_posix(), pat):
        return True
    return pat.startswith("**/") and fnmatch.fnmatch(rel.as_posix(), pat[3:])


# -- finding and reading -------------------------------------------------------------------


def find_config(
    start: str | Path, cache: dict[Path, Path | None] | None = None
) -> Path | None:
    """The configuration file governing ``start`` (a file or a folder), or None.

    ``cache`` (folder -> answer) spares a batch reading the same pyproject.toml files again
    for every file of a folder and of its siblings."""
    here = Path(start).resolve()
    folder = here if here.is_dir() else here.parent
    walked: list[Path] = []
    found = None
    for d in (folder, *folder.parents):
        if cache is not None and d in cache:
            found = cache[d]
            break
        walked.append(d)
        found = _config_in(d)
        if found is not None:
            break
    if cache is not None:
        for d in walked:
            cache[d] = found
    return found


def _config_in(folder: Path) -> Path | None:
    soat = folder / SOAT_TOML
    if soat.is_file():
        return soat
    pyproject = folder / PYPROJECT
    if pyproject.is_file():
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            return pyproject  # reported properly when it is loaded
        if isinstance(data.get("tool"), dict) and "soat" in data["tool"]:
            return pyproject
    return None


def load_config(path: Path) -> Config:
    """Read and validate ``path`` (a soat.toml or a pyproject.toml with [tool.soat])."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"không tìm thấy tệp cấu hình \"{path}\".") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: không đọc được tệp cấu hình ({exc.strerror}).") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: tệp cấu hình không phải UTF-8.") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: tệp cấu hình sai cú pháp TOML: {exc}.") from exc
    table = ""
    if path.name == PYPROJECT:
        data = (data.get("tool") or {}).get("soat", {})
        table = "tool.soat"
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.soat] phải là một bảng (table).")
    validate(data, path, table)
    base = path.parent

    def strings(name: str) -> tuple[str, ...]:
        return tuple(str(x) for x in data.get(name, ()))

    plugins = tuple((base / p).resolve() for p in strings("plugins"))
    for raw, resolved in zip(strings("plugins"), plugins, strict=True):
        if not resolved.is_file():
            raise ConfigError(
                f"{path}: khóa \"{_join(table, 'plugins')}\": không tìm thấy mô-đun plugin "
                f"\"{raw}\" (đường dẫn tệp .py, tính từ thư mục của tệp cấu hình)."
            )
    return Config(
        path=path,
        table=table,
        select=tuple(s.upper() for s in strings("select")),
        ignore=tuple(s.upper() for s in strings("ignore")),
        per_file_ignores=tuple(
            (glob, tuple(s.upper() for s in ids))
            for glob, ids in (data.get("per-file-ignores") or {}).items()
        ),
        severity=tuple((k.upper(), v) for k, v in (data.get("severity") or {}).items()),
        profile=data.get("profile"),
        extra_issuers=strings("extra-issuers"),
        plugins=plugins,
        report_date=data.get("report-date"),
        report_date_override=bool(data.get("report-date-override", False)),
        stage=data.get("stage"),
        fail_on=data.get("fail-on"),
        common_abbreviations=strings("common-abbreviations")
        if "common-abbreviations" in data else None,
        settings=tuple(sorted((data.get("settings") or {}).items())),
    )


def config_for(file: str | Path) -> Config:
    """The validated configuration governing ``file`` (defaults when there is none)."""
    path = find_config(file)
    return load_config(path) if path is not None else Config()


# -- validation ----------------------------------------------------------------------------


@cache
def _schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _join(table: str, key: str) -> str:
    return f"{table}.{key}" if table else key


def _key_path(table: str, parts: Iterable[Any]) -> str:
    out = table
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out = _join(out, str(part)) if out else str(part)
    return out


_TYPES = {
    "array": "một danh sách", "object": "một bảng", "string": "một chuỗi",
    "integer": "một số nguyên", "boolean": "true hoặc false",
}


def _allowed(schema: dict[str, Any]) -> str:
    """What a schema node allows, in words."""
    root = _schema()
    while "$ref" in schema:
        schema = root["definitions"][schema["$ref"].rsplit("/", 1)[1]]
    if "enum" in schema:
        return "một trong " + ", ".join(map(str, schema["enum"]))
    if "description" in schema:
        return str(schema["description"])
    if schema.get("type") == "array":
        return "danh sách: " + _allowed(schema.get("items", {}))
    return _TYPES.get(str(schema.get("type")), "giá trị hợp lệ")


def _did_you_mean(word: str, choices: Iterable[str]) -> str:
    """' (có phải "select"?)' for a near miss (case, "_" for "-", a typo), else ''."""
    import difflib

    options = {c.lower().replace("_", "-"): c for c in choices}
    close = difflib.get_close_matches(word.lower().replace("_", "-"), options, n=1, cutoff=0.6)
    return f" (có phải \"{options[close[0]]}\"?)" if close else ""


def _problem(err: Any, data: dict[str, Any], table: str) -> list[str]:
    """What one schema error says, in Vietnamese: one line per wrong key."""
    where = _key_path(table, err.path)
    if err.validator == "additionalProperties":
        known = sorted(err.schema.get("properties") or {})
        instance = err.instance if isinstance(err.instance, dict) else {}
        bad = sorted(set(instance) - set(known))
        return [
            f"khóa \"{_join(where, key)}\" không được hỗ trợ{_did_you_mean(key, known)}"
            for key in bad
        ]
    if err.validator == "propertyNames":
        return [
            f"khóa \"{where}.{err.instance}\" không hợp lệ; tên khóa phải là "
            f"{_allowed(err.schema.get('propertyNames', {}))}"
        ]
    where = where or table or "(gốc)"
    value = json.dumps(err.instance, ensure_ascii=False)
    if err.validator == "type":
        expected = _TYPES.get(str(err.validator_value), str(err.validator_value))
        return [f"khóa \"{where}\": phải là {expected}, không phải {value}"]
    return [f"khóa \"{where}\": giá trị {value} không hợp lệ; cho phép: {_allowed(err.schema)}"]


def validate(data: dict[str, Any], path: Path, table: str = "") -> None:
    """Raise ConfigError naming the file and every wrong key, with what is allowed and, for a
    misspelled key, the key meant."""
    import jsonschema

    if not table and isinstance(data.get("tool"), dict) and "soat" in data["tool"]:
        raise ConfigError(
            f"{path}: {SOAT_TOML} ghi các khóa ở cấp cao nhất, không nằm trong bảng "
            "[tool.soat] (bảng đó chỉ dùng trong pyproject.toml): xóa dòng [tool.soat] và giữ "
            "nguyên các khóa bên dưới."
        )
    validator = jsonschema.Draft7Validator(_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: list(map(str, e.path)))
    if not errors:
        return
    problems = [line for err in errors for line in _problem(err, data, table)]
    if len(problems) == 1:
        message = f"{path}: {problems[0]}."
    else:
        message = f"{path}: {len(problems)} chỗ sai:" + "".join(f"\n  - {p}" for p in problems)
    if any("không được hỗ trợ" in p for p in problems):
        known = sorted(_schema()["properties"])
        message += "\nCác khóa hợp lệ: " + ", ".join(known) + "."
    raise ConfigError(message)


# -- local plugins -------------------------------------------------------------------------


def plugin_rules(config: Config, known: Iterable[str] = ()) -> tuple[type[Rule], ...]:
    """The rules of the configuration's local plugin modules (``soat_register_rules``)."""
    if not config.plugins:
        return ()
    from validator.plugins import PluginError, Plugins, make_plugin_manager

    where = config.key("plugins")
    modules: list[tuple[str, object]] = []
    for file in config.plugins:
        name = f"soat_local_{abs(hash(str(file)))}_{file.stem}"
        try:
            module = sys.modules.get(name)
            if module is None:
                spec = importlib.util.spec_from_file_location(name, file)
                assert spec is not None and spec.loader is not None
                module = importlib.util.module_from_spec(spec)
                sys.modules[name] = module
                spec.loader.exec_module(module)
        except Exception as exc:
            raise ConfigError(
                f"{config.path}: khóa \"{where}\": không nạp được plugin \"{file}\": "
                f"{type(exc).__name__}: {exc}."
            ) from exc
        modules.append((str(file), module))
    try:
        pm = make_plugin_manager(builtins=False, autoload=False, environ={}, extra=modules)
        found = Plugins(pm).rules()
    except PluginError as exc:
        raise ConfigError(f"{config.path}: khóa \"{where}\": {exc}.") from exc
    clash = sorted(set(known) & {r.id for r in found})
    if clash:
        raise ConfigError(
            f"{config.path}: khóa \"{where}\": mã quy tắc {', '.join(clash)} của plugin cục bộ "
            "trùng với quy tắc đã có."
        )
    return found


# -- planning a run ------------------------------------------------------------------------


class Batch(msgspec.Struct, frozen=True):
    """Files checked with the same rules, settings and profile."""

    config: Config
    files: tuple[str, ...]
    rules: tuple[type[Rule], ...]
    settings: dict[str, Any]
    profile: str | None


def plan(
    files: Sequence[str],
    *,
    rules: Sequence[type[Rule]],
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    profile: str | None = None,
    config: str | Path | None = None,
) -> list[Batch]:
    """Group ``files`` by the configuration and per-file ignores that govern them.

    ``config`` (``--config``) names the one configuration file for every file, instead of the
    one found from each file's folder.

    ``select``/``ignore``/``profile`` come from the command line: ``--select`` replaces the
    file's ``select``, ``--ignore`` adds to its ``ignore``, ``--profile`` replaces ``profile``.
    Raises ConfigError (a bad file, a bad selector in a file) or the engine's SelectorError
    (a bad selector on the command line).
    """
    from validator.engine import SelectorError, select_rules

    groups: dict[tuple[Any, ...], list[str]] = {}
    configs: dict[Path | None, Config] = {None: Config()}
    folders: dict[Path, Path | None] = {}
    forced = Path(config) if config is not None else None
    for f in files:
        found = forced if forced is not None else find_config(f, folders)
        if found not in configs:
            configs[found] = load_config(found)  # type: ignore[arg-type]
        cfg = configs[found]
        groups.setdefault((cfg.path, cfg.ignores_for(f)), []).append(f)
    if select or ignore:
        select_rules(rules, select=select, ignore=ignore)  # command-line mistakes first
    batches: list[Batch] = []
    local: dict[Path | None, tuple[type[Rule], ...]] = {}  # per configuration, not per group
    for (cfg_path, ignores), members in groups.items():
        cfg = configs[cfg_path]
        if cfg_path not in local:
            local[cfg_path] = plugin_rules(cfg, (r.id for r in rules))
        available = (*rules, *local[cfg_path])
        try:
            chosen = select_rules(
                available, select=list(select) or list(cfg.select), ignore=[*ignores, *ignore]
            )
        except SelectorError as exc:
            if cfg.path is None:
                raise
            raise ConfigError(
                f"{cfg.path}: khóa \"{cfg.key('select')}\"/\"ignore\": {exc}.") from exc
        batches.append(Batch(cfg, tuple(members), chosen, cfg.rule_settings(),
                             profile or cfg.profile))
    return batches


def fail_on_for(files: Sequence[str], config: str | Path | None = None) -> str | None:
    """``fail-on`` of ``config`` when given, else of the configuration governing the working
    folder, else the first file's."""
    if config is not None:
        return load_config(Path(config)).fail_on
    path = find_config(Path.cwd()) or (find_config(files[0]) if files else None)
    return load_config(path).fail_on if path is not None else None


__all__ = [
    "Batch", "Config", "ConfigError", "config_for", "fail_on_for", "find_config", "load_config",
    "plan", "plugin_rules", "validate",
]
