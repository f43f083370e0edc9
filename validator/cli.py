"""Command line: ``soat check``, ``soat rules``, ``soat explain``.

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
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, cast

from validator import __version__, recache

if TYPE_CHECKING:
    from validator.emitters import Emitter
    from validator.plugins import Plugins
    from validator.report import FileResult, Report
    from validator.rule import Rule

PROG = "soat"
DOCX_SUFFIXES = (".docx",)  # searched in folders; other files only when named explicitly
FAIL_ON = ("error", "warning", "info", "never")
ENV_DEBUG = "SOAT_DEBUG"

EXIT_OK = 0
EXIT_VIOLATIONS = 1
EXIT_ERROR = 2


class UsageError(Exception):
    """Wrong command line. ``str()`` is the Vietnamese message; ``usage`` the usage line."""

    def __init__(self, message: str, usage: str = "") -> None:
        super().__init__(message)
        self.usage = usage


# -- argparse in Vietnamese ----------------------------------------------------------------

_ARGPARSE_MESSAGES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (recache.compile(pattern), repl)
    for pattern, repl in (
        (r"^the following arguments are required: (.*)$", r"thiếu tham số bắt buộc: \1"),
        (r"^unrecognized arguments: (.*)$", r"tham số không nhận ra: \1"),
        (r"^one of the arguments (.*) is required$", r"cần một trong các tham số \1"),
        (r"^argument (.*?): invalid choice: (.*?) \(choose from (.*)\)$",
         r"tham số \1: giá trị \2 không hợp lệ (chọn một trong \3)"),
        (r"^argument (.*?): invalid (\w+) value: (.*)$",
         r"tham số \1: giá trị \3 không phải kiểu \2"),
        (r"^argument (.*?): expected one argument$", r"tham số \1: cần một giá trị"),
        (r"^argument (.*?): not allowed with argument (.*)$",
         r"tham số \1: không dùng cùng \2"),
        (r"^ambiguous option: (.*)$", r"tùy chọn mơ hồ: \1"),
        (r"^argument (.*?): (.*)$", r"tham số \1: \2"),
    )
)


def translate_argparse(message: str) -> str:
    for pattern, repl in _ARGPARSE_MESSAGES:
        if pattern.match(message):
            return pattern.sub(repl, message)
    return message


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        super().add_usage(usage, actions, groups, "Cách dùng: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """ArgumentParser with Vietnamese headings that raises UsageError instead of exiting."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("allow_abbrev", False)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "tham số"
        self._optionals.title = "tùy chọn"
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS,
            help="hiện trợ giúp này rồi thoát",
        )

    def error(self, message: str) -> NoReturn:
        raise UsageError(translate_argparse(message), self.format_usage())


def _add_plugin_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("plugin")
    group.add_argument(
        "--no-plugins", action="store_true",
        help="không nạp plugin bên ngoài (chỉ dùng quy tắc có sẵn); như SOAT_NO_PLUGINS=1",
    )
    group.add_argument(
        "--disable-plugin", action="append", default=[], metavar="TÊN",
        help="chặn một plugin theo tên (lặp lại được); như SOAT_DISABLE_PLUGINS=a,b",
    )
    group.add_argument(
        "--trace-plugins", action="store_true",
        help="ghi ra stderr các lời gọi hook của plugin (để gỡ lỗi plugin)",
    )


def _plugin_options(argv: Sequence[str]) -> argparse.Namespace:
    """Plugin options wherever they stand, read before the full parser (whose ``--format``
    choices depend on the plugins)."""
    pre = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    _add_plugin_options(pre)
    args, _ = pre.parse_known_args(list(argv))
    return args


def build_parser(emitter_names: Sequence[str] = ("text", "json")) -> _Parser:
    formats = list(emitter_names) or ["text"]
    default_format = "text" if "text" in formats else formats[0]
    parser = _Parser(
        prog=PROG,
        description="Kiểm tra dự thảo báo cáo (Word .docx) theo thể thức văn bản.",
        epilog=(
            "Mã thoát: 0 không có vấn đề từ mức --fail-on trở lên; 1 có; "
            "2 lỗi dòng lệnh, tệp không đọc được hoặc quy tắc gặp sự cố."
        ),
    )
    parser.add_argument(
        "--version", action="version", version=f"{PROG} {__version__}",
        help="hiện phiên bản rồi thoát",
    )
    sub = parser.add_subparsers(dest="command", title="lệnh", metavar="LỆNH")

    check = sub.add_parser(
        "check", help="kiểm tra tệp hoặc thư mục",
        description=(
            "Kiểm tra các tệp .docx. Thư mục được duyệt đệ quy tìm *.docx (bỏ qua tệp khoá ~$*); "
            "tệp .docm/.dotx phải chỉ định trực tiếp."
        ),
    )
    check.add_argument("paths", nargs="+", metavar="ĐƯỜNG_DẪN", help="tệp hoặc thư mục")
    check.add_argument(
        "--format", choices=formats, default=default_format,
        help=f"định dạng kết quả (mặc định: {default_format})",
    )
    check.add_argument(
        "--output", "-o", metavar="TỆP", help="ghi kết quả vào TỆP thay vì ra màn hình"
    )
    check.add_argument("--profile", metavar="TÊN", help="hồ sơ văn bản (mặc định: tự nhận biết)")
    check.add_argument(
        "--select", action="append", default=[], metavar="MÃ",
        help="chỉ dùng các quy tắc này: mã, tiền tố hoặc ALL, cách nhau bởi dấu phẩy",
    )
    check.add_argument(
        "--ignore", action="append", default=[], metavar="MÃ",
        help="bỏ các quy tắc này: mã hoặc tiền tố, cách nhau bởi dấu phẩy",
    )
    check.add_argument(
        "--fail-on", choices=FAIL_ON, default=None,
        help="mức độ thấp nhất làm lệnh thất bại (mã thoát 1); mặc định: error",
    )
    check.add_argument(
        "--statistics", action="store_true",
        help="chỉ in số vấn đề của từng quy tắc (và số tệp có vấn đề đó) thay vì từng vấn đề; "
             "dùng với --format text hoặc json",
    )
    check.add_argument(
        "--jobs", "-j", type=int, default=1, metavar="N",
        help="số tiến trình song song (mặc định 1; 0 = số lõi CPU)",
    )
    _add_check_workflow_options(check)
    _add_plugin_options(check)

    rules = sub.add_parser("rules", help="liệt kê các quy tắc")
    rules.add_argument(
        "--format", choices=("text", "json"), default="text",
        help="định dạng danh sách (mặc định: text)",
    )
    _add_plugin_options(rules)

    explain = sub.add_parser("explain", help="giải thích một quy tắc")
    explain.add_argument("rule_id", metavar="MÃ", help="mã quy tắc, ví dụ DAT003")
    _add_plugin_options(explain)
    _add_edit_commands(sub)
    return parser


# -- entry point ---------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None, *, plugins: Plugins | None = None) -> int:
    """Run the command line and return its exit code. ``plugins`` replaces plugin discovery
    (for tests and embedding)."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = os.environ.get(ENV_DEBUG, "").strip() not in ("", "0")
    if debug:
        import logging

        logging.basicConfig(level=logging.DEBUG, format="%(name)s: %(message)s")
    try:
        code = _run(args, plugins)
        _save_regex_cache()
        return code
    except UsageError as exc:
        if exc.usage:
            sys.stderr.write(exc.usage)
        _error(str(exc))
        return EXIT_ERROR
    except SystemExit as exc:  # --help, --version
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_ERROR)
    except KeyboardInterrupt:
        _error("đã dừng theo yêu cầu.")
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
        _error(
            f"lỗi nội bộ ({type(exc).__name__}: {exc}). "
            f"Đặt {ENV_DEBUG}=1 để xem chi tiết và báo lỗi cho người phát triển."
        )
        return EXIT_ERROR


def _save_regex_cache() -> None:
    """Keep this run's compiled regular expressions for the next one (a no-op when nothing
    new was compiled, the usual case; never fails the run)."""
    from validator import recache

    with contextlib.suppress(Exception):
        recache.save()


def _error(message: str) -> None:
    sys.stderr.write(f"{PROG}: lỗi: {message}\n")


def _note(message: str) -> None:
    sys.stderr.write(f"{PROG}: {message}\n")


def _load_plugins(opts: argparse.Namespace) -> Plugins:
    from validator.plugins import PluginError, Plugins, enable_tracing, make_plugin_manager

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
    if plugins is None:
        plugins = _load_plugins(_plugin_options(argv))
    try:
        emitters = plugins.emitters()
    except PluginError as exc:
        raise UsageError(str(exc)) from exc
    parser = build_parser(list(emitters))
    ns = parser.parse_args(argv)
    if ns.command is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        rules = plugins.rules()
    except PluginError as exc:
        raise UsageError(str(exc)) from exc
    if ns.command == "rules":
        return cmd_rules(rules, ns.format, sys.stdout)
    if ns.command == "explain":
        return cmd_explain(rules, ns.rule_id, sys.stdout)
    if ns.command in ("annotate", "fix"):
        return cmd_edit(ns, rules)
    return cmd_check(ns, rules, emitters)


# -- soat check ----------------------------------------------------------------------------


def _is_lock_file(name: str) -> bool:
    return name.startswith("~$") or name.startswith("._")


def collect_files(paths: Sequence[str]) -> list[tuple[str, bool]]:
    """Files to check, in argument order, each with whether it exists; deterministic.

    Folders are walked recursively (sorted, hidden folders skipped) for ``*.docx``; a file
    named on the command line is checked whatever its extension (.docm, .dotx, ...). Word lock
    files (``~$*``) and macOS resource forks (``._*``) are skipped. A file reached twice is
    listed once, at its first place; a path that does not exist is listed with ``False``.
    """
    out: list[tuple[str, bool]] = []
    seen: set[str] = set()

    def add(path: str, exists: bool = True) -> None:
        key = os.path.realpath(path) if exists else "\0missing:" + path
        if key not in seen:
            seen.add(key)
            out.append((path, exists))

    for raw in paths:
        if os.path.isdir(raw):
            for path in _walk(raw):
                add(path)
        elif os.path.exists(raw):
            if _is_lock_file(os.path.basename(raw)):
                _note(f"bỏ qua tệp khoá của Word '{raw}'.")
                continue
            add(raw)
        else:
            add(raw, exists=False)
    return out


def _walk(root: str) -> Iterator[str]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.lower().endswith(DOCX_SUFFIXES) and not _is_lock_file(name):
                yield os.path.join(dirpath, name)


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def run_checks(
    files: Sequence[str],
    *,
    rules: Sequence[type[Rule]],
    profile_name: str | None = None,
    settings: dict[str, Any] | None = None,
    jobs: int = 1,
) -> list[FileResult]:
    """Check ``files`` in order, in ``jobs`` processes; the result list follows ``files``."""
    from validator.engine import check_path, failed

    work: Callable[[str], FileResult] = partial(
        check_path, settings=settings, profile_name=profile_name, rules=tuple(rules)
    )
    bar = Progress.for_batch(len(files))
    if jobs == 1 or len(files) < 2:
        out = []
        for path in files:
            out.append(work(path))
            bar.step()
        bar.close()
        return out
    from concurrent.futures import Future, ProcessPoolExecutor  # only for batches: start-up

    # Files go to the workers in small chunks: few enough tasks to keep inter-process traffic
    # small, small enough that no worker is left with a long tail while the others idle (a
    # 60-page report takes about 0.1 s). Results come back in input order.
    size = max(1, min(4, len(files) // (jobs * 16)))
    chunks = [list(files[i:i + size]) for i in range(0, len(files), size)]
    results: list[FileResult] = []
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks))) as pool:
        futures: list[Future[list[FileResult]]] = [
            pool.submit(_check_chunk, work, chunk) for chunk in chunks
        ]
        for chunk, future in zip(chunks, futures, strict=True):
            try:
                results.extend(future.result())
            except Exception as exc:  # a worker died (e.g. out of memory) or pickling failed
                import logging

                logging.getLogger("soat.cli").debug("worker failed on %s", chunk, exc_info=True)
                results.extend(
                    failed(path, "internal",
                           f"Lỗi nội bộ khi kiểm tra tệp ({type(exc).__name__}).")
                    for path in chunk
                )
            for _ in chunk:
                bar.step()
    bar.close()
    return results


def _check_chunk(work: Callable[[str], FileResult], paths: list[str]) -> list[FileResult]:
    return [work(path) for path in paths]


class Progress:
    """A one-line progress bar on stderr for long batches, only when stderr is a terminal
    (never in CI logs, pipes or pre-commit output)."""

    MIN_FILES = 10
    WIDTH = 30

    def __init__(self, total: int, stream: TextIO | None) -> None:
        self.total = total
        self.done = 0
        self.stream = stream

    @classmethod
    def for_batch(cls, total: int, stream: TextIO | None = None) -> Progress:
        stream = stream if stream is not None else sys.stderr
        isatty = getattr(stream, "isatty", None)
        show = total >= cls.MIN_FILES and bool(isatty and isatty())
        return cls(total, stream if show else None)

    def step(self) -> None:
        self.done += 1
        if self.stream is None:
            return
        filled = self.WIDTH * self.done // max(self.total, 1)
        bar = "█" * filled + "·" * (self.WIDTH - filled)
        self.stream.write(f"\r{bar} {self.done}/{self.total} tệp")
        self.stream.flush()

    def close(self) -> None:
        if self.stream is not None:
            self.stream.write("\r" + " " * (self.WIDTH + 24) + "\r")
            self.stream.flush()


def cmd_check(
    ns: argparse.Namespace,
    rules: Sequence[type[Rule]],
    emitters: Mapping[str, type[Emitter]],
) -> int:
    from validator.engine import MSG_NOT_FOUND, failed
    from validator.report import Report

    if ns.jobs < 0:
        raise UsageError("--jobs phải là số không âm (0 = số lõi CPU)")
    jobs = ns.jobs or os.cpu_count() or 1

    if ns.profile:
        check_profile_name(ns.profile)
    if ns.statistics and ns.format not in ("text", "json"):
        raise UsageError(f"--statistics chỉ dùng với --format text hoặc json, không dùng với "
                         f"--format {ns.format}")

    entries = collect_files(ns.paths)
    files = [path for path, exists in entries if exists]
    missing = [path for path, exists in entries if not exists]
    if ns.output:
        for path in files:
            if _same_file(ns.output, path):
                raise UsageError(f"tệp kết quả '{ns.output}' trùng với tệp cần kiểm tra '{path}'")
    for path in missing:
        _error(f"không tìm thấy '{path}'.")
    if not entries:
        _note("không có tệp .docx nào để kiểm tra.")

    by_path, fail_on = configured_checks(ns, rules, files, jobs)
    report = Report(
        files=[
            by_path[path] if exists else failed(path, "not-found", MSG_NOT_FOUND)
            for path, exists in entries
        ]
    )
    report = apply_baseline_options(ns, report)
    if ns.statistics:
        from validator.statistics import EMITTERS as STATISTICS

        _write(report, STATISTICS[ns.format], ns.output)
    else:
        _write(report, emitters[ns.format]().emit, ns.output)
    return exit_code(report, fail_on, usage_error=bool(missing))


# -- configuration, suppression and baseline (validator/config.py, suppress.py, baseline.py) --


def _add_check_workflow_options(check: argparse.ArgumentParser) -> None:
    check.add_argument(
        "--no-suppress", action="store_true",
        help="bỏ qua các ghi chú 'soat: ignore' trong tài liệu, hiện mọi vấn đề",
    )
    check.add_argument(
        "--baseline", metavar="TỆP",
        help="chỉ báo các vấn đề chưa có trong tệp baseline (so theo dấu vân tay)",
    )
    check.add_argument(
        "--write-baseline", metavar="TỆP",
        help="ghi các vấn đề hiện có vào tệp baseline (dùng với --baseline ở lần sau)",
    )


def configured_checks(
    ns: argparse.Namespace, rules: Sequence[type[Rule]], files: Sequence[str], jobs: int
) -> tuple[dict[str, FileResult], str]:
    """Check ``files`` with the configuration governing each ([tool.soat] / soat.toml);
    command-line flags override it. Returns results by path and the ``--fail-on`` in force."""
    from validator.config import ConfigError, fail_on_for, plan
    from validator.engine import SelectorError

    try:
        batches = plan(files, rules=rules, select=ns.select, ignore=ns.ignore,
                       profile=ns.profile)
        fail_on = ns.fail_on or fail_on_for(files) or "error"
    except (ConfigError, SelectorError) as exc:
        raise UsageError(str(exc)) from exc
    by_path: dict[str, FileResult] = {}
    for batch in batches:
        if batch.profile and batch.profile != ns.profile:
            check_profile_name(batch.profile)
        settings = dict(batch.settings)
        if ns.no_suppress:
            settings["no_suppress"] = True
        checked = run_checks(batch.files, rules=batch.rules, profile_name=batch.profile,
                             settings=settings, jobs=jobs)
        by_path.update(zip(batch.files, checked, strict=True))
    return by_path, fail_on


def apply_baseline_options(ns: argparse.Namespace, report: Report) -> Report:
    """``--write-baseline`` records the findings; ``--baseline`` hides recorded ones."""
    if not (ns.write_baseline or ns.baseline):
        return report  # validator.baseline (and its tempfile) is not imported for nothing
    from validator.baseline import BaselineError, apply_baseline, read_baseline, write_baseline

    if ns.write_baseline:
        count = write_baseline(report, ns.write_baseline)
        _note(f"đã ghi {count} vấn đề vào baseline '{ns.write_baseline}'.")
    if ns.baseline:
        try:
            known = read_baseline(ns.baseline)
        except BaselineError as exc:
            raise UsageError(str(exc)) from exc
        report, hidden = apply_baseline(report, known)
        if hidden:
            _note(f"{hidden} vấn đề đã có trong baseline '{ns.baseline}' không được báo lại.")
    return report


def check_profile_name(name: str) -> None:
    """Refuse an unknown ``--profile`` once, up front, instead of failing every file."""
    try:
        from validator.profiles import load_profile
    except ImportError:  # profiles without a loader: the engine falls back per file
        return
    try:
        load_profile(name)
    except Exception as exc:
        detail = "" if isinstance(exc, KeyError) else str(exc)
        raise UsageError(detail if name in detail else f"không có hồ sơ '{name}'") from exc


def _write(report: Report, emit: Callable[[Report, TextIO], None], output: str | None) -> None:
    if not output:
        emit(report, sys.stdout)
        sys.stdout.flush()
        return
    from validator.atomic import atomic_write

    try:
        with atomic_write(Path(output), encoding="utf-8", newline="\n") as fh:
            emit(report, cast(TextIO, fh))
    except OSError as exc:
        raise UsageError(f"không ghi được tệp kết quả '{output}': {exc.strerror}") from exc


def exit_code(report: Report, fail_on: str = "error", *, usage_error: bool = False) -> int:
    """2 for a usage error, an unreadable file or a crashed rule; else 1 when a violation is at
    or above ``fail_on``; else 0."""
    from validator.rule import Severity

    if usage_error or any(f.failed or f.rule_errors for f in report.files):
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity(fail_on).rank
    worst = report.worst()
    return EXIT_VIOLATIONS if worst is not None and worst.rank >= threshold else EXIT_OK


# -- soat annotate / soat fix (validator/annotate.py, validator/fix.py) ---------------------


def _add_edit_commands(sub: Any) -> None:
    annotate = sub.add_parser(
        "annotate", help="ghi các vấn đề thành ghi chú (comment) trong một bản sao .docx",
        description="Tạo bản sao có ghi chú Word (tác giả \"soat\") gắn vào đúng chỗ của mỗi "
        "vấn đề; tệp gốc không bị thay đổi.",
    )
    annotate.add_argument("path", metavar="TỆP", help="tệp .docx cần kiểm tra")
    annotate.add_argument("--output", "-o", metavar="TỆP",
                          help="tệp kết quả (mặc định: <tên>.soat.docx)")
    fix = sub.add_parser(
        "fix", help="sửa các lỗi an toàn dưới dạng thay đổi được theo dõi (Track Changes)",
        description="Chỉ sửa những lỗi có một cách sửa duy nhất; mỗi chỗ sửa là một thay đổi "
        "được theo dõi (tác giả \"soat\") để chấp nhận hoặc từ chối trong Word.",
    )
    fix.add_argument("path", metavar="TỆP", help="tệp .docx cần sửa")
    target = fix.add_mutually_exclusive_group(required=True)
    target.add_argument("--output", "-o", metavar="TỆP", help="ghi bản đã sửa vào TỆP")
    target.add_argument("--in-place", action="store_true",
                        help="ghi đè tệp gốc (giữ bản sao <tên>.bak)")
    for parser in (annotate, fix):
        parser.add_argument("--profile", metavar="TÊN", help="hồ sơ văn bản")
        parser.add_argument("--select", action="append", default=[], metavar="MÃ",
                            help="chỉ dùng các quy tắc này")
        parser.add_argument("--ignore", action="append", default=[], metavar="MÃ",
                            help="bỏ các quy tắc này")
        _add_plugin_options(parser)


def cmd_edit(ns: argparse.Namespace, rules: Sequence[type[Rule]]) -> int:
    """``soat annotate`` / ``soat fix`` on one file, with its configuration."""
    from validator.annotate import EditError, annotate
    from validator.config import ConfigError, plan
    from validator.engine import (
        ProfileError,
        SelectorError,
        check_document,
        load_document,
        read_file,
        resolve_profile,
    )
    from validator.fix import apply_fixes, collect_fixes, write_in_place
    from validator.model import Document

    source = ns.path
    output = None if getattr(ns, "in_place", False) else (
        ns.output or str(Path(source).with_suffix("")) + ".soat.docx")
    if output and os.path.exists(source) and _same_file(output, source):
        raise UsageError(f"tệp kết quả '{output}' trùng với tệp gốc; dùng --in-place để ghi đè")
    try:
        batch = plan([source], rules=rules, select=ns.select, ignore=ns.ignore,
                     profile=ns.profile)[0]
    except (ConfigError, SelectorError) as exc:
        raise UsageError(str(exc)) from exc
    data = read_file(source)
    loaded = load_document(data, source) if isinstance(data, bytes) else data
    if not isinstance(data, bytes) or not isinstance(loaded, Document):
        error = getattr(loaded, "error", None)
        _error(f"'{source}': {error.message if error else 'không đọc được tệp.'}")
        return EXIT_ERROR
    doc = loaded
    try:
        profile = resolve_profile(doc, batch.profile)
        if ns.command == "annotate":
            result = check_document(doc, rules=batch.rules, settings=batch.settings,
                                    profile=profile)
            out, count = annotate(data, doc, result.violations, source)
            message = f"đã ghi {count} ghi chú vào '{output}'."
        else:
            planned = collect_fixes(doc, batch.rules, settings=batch.settings, profile=profile)
            out, applied, skipped = apply_fixes(data, doc, planned, source)
            message = f"đã sửa {len(applied)} chỗ (thay đổi được theo dõi, tác giả soat)"
            message += f", bỏ qua {len(skipped)} chỗ" if skipped else ""
    except (EditError, ProfileError) as exc:
        _error(f"'{source}': {exc}")
        return EXIT_ERROR
    if output is None:
        backup = write_in_place(source, out)
        message += f"; đã ghi đè '{source}', bản gốc ở '{backup}'."
    else:
        Path(output).write_bytes(out)
        message += f" vào '{output}'." if ns.command == "fix" else ""
    _note(message)
    return EXIT_OK


# -- soat rules / soat explain -------------------------------------------------------------


def rule_summary_vi(rule: type[Rule]) -> str:
    """What the rule checks, in Vietnamese: the rule's ``summary_vi``, else the built-in
    table (rules/data/summaries-vi.toml), else the English summary."""
    if rule.summary_vi:
        return rule.summary_vi
    return _builtin_summaries().get(rule.id) or rule.summary()


def _builtin_summaries() -> dict[str, str]:
    global _SUMMARIES
    if _SUMMARIES is None:
        import tomllib
        from pathlib import Path

        import rules

        path = Path(rules.__file__).parent / "data" / "summaries-vi.toml"
        try:
            _SUMMARIES = {k: str(v) for k, v in tomllib.loads(path.read_text("utf-8")).items()}
        except (OSError, ValueError):
            _SUMMARIES = {}
    return _SUMMARIES


_SUMMARIES: dict[str, str] | None = None


def rule_info(rule: type[Rule]) -> dict[str, str]:
    return {
        "id": rule.id,
        "name": rule.name,
        "category": rule.category.value,
        "severity": rule.severity.value,
        "summary": rule.summary(),
        "summary_vi": rule_summary_vi(rule),
    }


def cmd_rules(rules: Sequence[type[Rule]], fmt: str, stream: TextIO) -> int:
    infos = [rule_info(r) for r in sorted(rules, key=lambda r: r.id)]
    if fmt == "json":
        import json

        stream.write(json.dumps(infos, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    if not infos:
        stream.write("Chưa có quy tắc nào được đăng ký.\n")
        return EXIT_OK
    columns = ("id", "name", "category", "severity")
    widths = {c: max(len(c), *(len(i[c]) for i in infos)) for c in columns}
    headers = {"id": "MÃ", "name": "TÊN", "category": "NHÓM", "severity": "MỨC ĐỘ"}
    widths = {c: max(widths[c], len(headers[c])) for c in columns}
    stream.write("  ".join(headers[c].ljust(widths[c]) for c in columns) + "  MÔ TẢ\n")
    for info in infos:
        stream.write(
            "  ".join(info[c].ljust(widths[c]) for c in columns) + "  " + info["summary_vi"]
            + "\n"
        )
    stream.write(f"\nTổng cộng {len(infos)} quy tắc.\n")
    return EXIT_OK


_EXPLAIN_SECTIONS = (("Why:", "Vì sao"), ("Bad:", "Ví dụ sai"), ("Good:", "Ví dụ đúng"))


def cmd_explain(rules: Sequence[type[Rule]], rule_id: str, stream: TextIO) -> int:
    wanted = rule_id.strip().upper()
    rule = next((r for r in rules if r.id == wanted or r.name == rule_id.strip()), None)
    if rule is None:
        _error(f"không có quy tắc '{rule_id}'. Xem danh sách bằng lệnh 'soat rules'.")
        return EXIT_ERROR
    out = [
        f"{rule.id} {rule.name}",
        f"Nhóm: {rule.category.value} · Mức độ mặc định: {rule.severity.value} · "
        f"Tự sửa được: {'có' if rule.fixable else 'không'} · Từ phiên bản: {rule.since}",
    ]
    if rule.url:
        out.append(f"Tài liệu: {rule.url}")
    out += ["", rule_summary_vi(rule), "", "Tài liệu cho người phát triển (tiếng Anh):", "",
            rule.summary()]
    for marker, title in _EXPLAIN_SECTIONS:
        body = rule.doc_section(marker)
        if body:
            out += ["", f"{title}:", *("    " + line if line else "" for line in body.splitlines())]
    stream.write("\n".join(out).rstrip() + "\n")
    return EXIT_OK


__all__ = ["build_parser", "collect_files", "exit_code", "main", "run_checks"]
