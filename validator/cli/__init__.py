"""Command line: ``soat check``, ``annotate``, ``fix``, ``rules``, ``explain``, ``serve``,
``text``.

One module per command (:mod:`~validator.cli.check`, :mod:`~validator.cli.annotate`,
:mod:`~validator.cli.fix`, :mod:`~validator.cli.rules`, :mod:`~validator.cli.explain`,
:mod:`~validator.cli.serve`, :mod:`~validator.cli.text`), and
the shared parts: the parser (:mod:`~validator.cli.parser`), the file walk
(:mod:`~validator.cli.files`), the worker pool (:mod:`~validator.cli.pool`), the progress bar
(:mod:`~validator.cli.progress`) and the baseline options (:mod:`~validator.cli.baseline`).

Exit codes (ruff's contract, with a threshold as Vale users keep asking for):
    0  no violation at or above ``--fail-on`` (default ``error``)
    1  some violation at or above ``--fail-on``
    2  usage error, a file that could not be read, a crashed rule, or an internal error;
       the report still covers every other file

Messages for users are Vietnamese. No traceback reaches the user unless ``SOAT_DEBUG=1``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from validator import __version__
from validator.cli.check import exit_code, run_catalogue
from validator.cli.common import (
    ENV_DEBUG,
    EXIT_ERROR,
    EXIT_OK,
    EXIT_VIOLATIONS,
    PROG,
    UsageError,
    Verbosity,
    error,
)
from validator.cli.files import collect_files
from validator.cli.parser import build_parser, plugin_options
from validator.cli.pool import run_checks
from validator.cli.progress import Progress

if TYPE_CHECKING:
    from validator.plugins import Plugins


def main(argv: Sequence[str] | None = None, *, plugins: Plugins | None = None) -> int:
    """Run the command line and return its exit code. ``plugins`` replaces plugin discovery
    (for tests and embedding)."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = os.environ.get(ENV_DEBUG, "").strip() not in ("", "0")
    if debug:
        import logging

        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
    try:
        return _run(args, plugins)
    except UsageError as exc:
        Verbosity.quiet = False  # a usage error is always said
        if exc.usage:
            sys.stderr.write(exc.usage)
        error(str(exc))
        return EXIT_ERROR
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_ERROR)
    except KeyboardInterrupt:
        error("đã dừng theo yêu cầu.")
        return 130
    except BrokenPipeError:
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as exc:
        if debug:
            import traceback

            traceback.print_exc()
        error(
            f"lỗi nội bộ ({type(exc).__name__}: {exc}). "
            f"Đặt {ENV_DEBUG}=1 để xem chi tiết và báo lỗi cho người phát triển."
        )
        return EXIT_ERROR
    finally:
        Verbosity.quiet = False


def _load_plugins(opts: argparse.Namespace) -> Plugins:
    from validator.plugins import (
        PluginError,
        Plugins,
        enable_tracing,
        make_plugin_manager,
        plugin_names,
    )

    if opts.disable_plugin:
        known = plugin_names()
        unknown = [name for name in opts.disable_plugin if name not in known]
        if unknown:
            raise UsageError(
                f"không có plugin \"{unknown[0]}\" để chặn; các plugin: "
                + ", ".join(sorted(known)) + "."
            )
    try:
        pm = make_plugin_manager(autoload=not opts.no_plugins, blocked=opts.disable_plugin)
    except PluginError as exc:
        raise UsageError(str(exc)) from exc
    if opts.trace_plugins:
        enable_tracing(pm, lambda text: sys.stderr.write(f"[plugin] {text}"))
    return Plugins(pm)


def _run(argv: list[str], plugins: Plugins | None) -> int:
    from validator.plugins import PluginError

    if argv == ["--version"]:  # answered before plugin discovery imports every rule
        sys.stdout.write(f"{PROG} {__version__}\n")
        return 0
    if argv[:1] == ["text"]:  # git's textconv runs it once per file: no plugin discovery
        from validator.cli.text import cmd_text

        return cmd_text(build_parser().parse_args(argv).paths)
    if plugins is None:
        plugins = _load_plugins(plugin_options(argv))
    try:
        emitters = plugins.emitters()
    except PluginError as exc:
        raise UsageError(str(exc)) from exc
    parser = build_parser(list(emitters))
    ns = parser.parse_command(argv)
    Verbosity.quiet = bool(getattr(ns, "quiet", False))
    if ns.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        rules = plugins.rules()
    except PluginError as exc:
        raise UsageError(str(exc)) from exc
    if ns.command == "rules":
        from validator.cli.rules import cmd_rules

        return cmd_rules(rules, ns.format, sys.stdout)
    if ns.command == "explain":
        from validator.cli.explain import cmd_explain

        return cmd_explain(rules, ns.rule_id, sys.stdout)
    if ns.command == "annotate":
        from validator.cli.annotate import cmd_annotate

        return cmd_annotate(ns, run_catalogue(plugins))
    if ns.command == "fix":
        from validator.cli.fix import cmd_fix

        return cmd_fix(ns, run_catalogue(plugins))
    if ns.command == "serve":
        from validator.cli.serve import cmd_serve

        return cmd_serve(ns, run_catalogue(plugins).profiles)
    from validator.cli.check import cmd_check

    return cmd_check(ns, run_catalogue(plugins), emitters)


__all__ = [
    "EXIT_ERROR", "EXIT_OK", "EXIT_VIOLATIONS", "PROG", "Progress", "UsageError", "build_parser",
    "collect_files", "exit_code", "main", "run_checks",
]
