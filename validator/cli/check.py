"""``soat check``: check files and folders, write the report in the chosen format."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from validator.cli import baseline, cross
from validator.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    EXIT_VIOLATIONS,
    FAIL_ON,
    UsageError,
    error,
    note,
    same_file,
)
from validator.cli.files import STDIN, collect_files
from validator.cli.parser import (
    add_plugin_options,
    add_selection_options,
    add_timeout_option,
    timeout_of,
)
from validator.cli.pool import run_checks

if TYPE_CHECKING:
    from validator.emitters import Emitter
    from validator.plugins import Catalogue, Plugins
    from validator.profiles import Profile
    from validator.report import FileResult, Report


def add_parser(sub: Any, emitter_names: Sequence[str]) -> None:
    formats = list(emitter_names) or ["text"]
    default_format = "text" if "text" in formats else formats[0]
    check = sub.add_parser(
        "check", help="kiểm tra tệp hoặc thư mục",
        description=(
            "Kiểm tra văn bản Word. Thư mục được duyệt đệ quy tìm văn bản và mẫu Word "
            "(.docx, .docm, .dotx, .dotm, chữ hoa hay thường; bỏ qua tệp khoá ~$*). Mẫu "
            "(.dotx, .dotm) được kiểm tra như mẫu: chỗ trống để điền không bị coi là lỗi. "
            "Mẫu tên tệp như *.docx được mở rộng cả khi hệ vỏ (Windows) không làm việc đó; "
            "\"-\" đọc văn bản từ đầu vào chuẩn."
        ),
    )
    check.add_argument("paths", nargs="+", metavar="ĐƯỜNG_DẪN",
                       help="tệp, thư mục, mẫu tên tệp (*.docx) hoặc - (đầu vào chuẩn)")
    check.add_argument(
        "--stdin-filename", metavar="TÊN",
        help="tên của văn bản đọc từ đầu vào chuẩn (-): dùng trong kết quả, để tìm cấu hình "
             "và để nhận ra mẫu .dotx",
    )
    check.add_argument(
        "--format", choices=formats, default=default_format,
        help=f"định dạng kết quả (mặc định: {default_format})",
    )
    check.add_argument(
        "--output", "-o", metavar="TỆP", help="ghi kết quả vào TỆP thay vì ra màn hình"
    )
    add_selection_options(check)
    check.add_argument(
        "--fail-on", choices=FAIL_ON, default=None,
        help="mức độ thấp nhất làm lệnh thất bại (mã thoát 1); mặc định: error",
    )
    check.add_argument(
        "--exit-zero", action="store_true",
        help="mã thoát 0 cả khi có vấn đề (vẫn là 2 khi có lỗi dòng lệnh hoặc tệp không đọc "
             "được)",
    )
    check.add_argument(
        "--quiet", "-q", action="store_true",
        help="chỉ in các vấn đề: không in dòng hồ sơ, dòng tổng kết và các ghi chú",
    )
    check.add_argument(
        "--color", choices=("auto", "always", "never"), default="auto",
        help="tô màu kết quả dạng text: auto (mặc định: khi in ra màn hình, trừ khi đặt "
             "NO_COLOR; luôn khi đặt FORCE_COLOR), always, never",
    )
    check.add_argument(
        "--stage", choices=("draft", "final"), default=None,
        help="giai đoạn của văn bản: draft (đang soạn, chỗ trống chỉ là thông tin) hoặc final "
             "(bản trình ký: chỗ trống và dấu \"DỰ THẢO\" là lỗi); mặc định: draft",
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
    add_timeout_option(check)
    check.add_argument(
        "--no-suppress", action="store_true",
        help="bỏ qua các ghi chú \"soat: ignore\" trong tài liệu, hiện mọi vấn đề",
    )
    baseline.add_options(check)
    cross.add_options(check)
    add_plugin_options(check)


def run_catalogue(plugins: Plugins) -> Catalogue:
    """The rules, profiles and vocabulary of this run's plugins; a broken profile or vocabulary
    file is a usage error, not a silent fallback to the built-in ones."""
    from validator.plugins import PluginError
    from validator.profiles import ProfileError
    from validator.vocabulary import VocabularyError

    try:
        return plugins.catalogue()
    except (PluginError, ProfileError, VocabularyError) as exc:
        raise UsageError(str(exc)) from exc


def cmd_check(
    ns: argparse.Namespace,
    catalogue: Catalogue,
    emitters: Mapping[str, type[Emitter]],
) -> int:
    from validator.emitters import make_emitter
    from validator.engine import MSG_NOT_FOUND, failed
    from validator.report import Report

    if ns.jobs < 0:
        raise UsageError("--jobs phải là số không âm (0 = số lõi CPU)")
    jobs = ns.jobs or os.cpu_count() or 1
    timeout = timeout_of(ns)

    rules, profiles = catalogue.rules, catalogue.profiles
    if ns.profile:
        check_profile_name(ns.profile, profiles)
    if ns.statistics and ns.format not in ("text", "json"):
        raise UsageError(f"--statistics chỉ dùng với --format text hoặc json, không dùng với "
                         f"--format {ns.format}")

    entries = collect_files(ns.paths)
    stdin = read_stdin(ns, entries)
    if stdin is not None:
        entries = [(stdin[0], True) if path == STDIN else (path, exists)
                   for path, exists in entries]
    files = [path for path, exists in entries if exists]
    missing = [path for path, exists in entries if not exists]
    if ns.output:
        for path in files:
            if (stdin is None or path != stdin[0]) and same_file(ns.output, path):
                raise UsageError(
                    f"tệp kết quả \"{ns.output}\" trùng với tệp cần kiểm tra \"{path}\"")
    for path in missing:
        error(f"không tìm thấy \"{path}\".")
    if not entries:
        note("không có văn bản Word nào để kiểm tra.")

    by_path, fail_on = configured_checks(ns, catalogue, files, jobs, stdin, timeout)
    report = Report(
        files=[
            by_path[path] if exists else failed(path, "not-found", MSG_NOT_FOUND)
            for path, exists in entries
        ]
    )
    if ns.write_baseline:
        return baseline.write_only(ns, report, usage_error=bool(missing))
    report = baseline.apply_options(ns, report)
    if ns.statistics:
        from validator.statistics import EMITTERS as STATISTICS

        write_report(report, STATISTICS[ns.format], ns.output)
    else:
        emitter = make_emitter(emitters[ns.format], rules)
        if ns.color != "auto" and hasattr(emitter, "colour"):
            emitter.colour = ns.color == "always"
        if ns.quiet and hasattr(emitter, "quiet"):
            emitter.quiet = True
        write_report(report, emitter.emit, ns.output)
    return exit_code(report, "never" if ns.exit_zero else fail_on, usage_error=bool(missing))


def read_stdin(
    ns: argparse.Namespace, entries: Sequence[tuple[str, bool]]
) -> tuple[str, bytes] | None:
    """``-``: the document on standard input, named by ``--stdin-filename`` (else "-")."""
    if not any(path == STDIN for path, _ in entries):
        if ns.stdin_filename:
            raise UsageError("--stdin-filename chỉ dùng khi đọc văn bản từ đầu vào chuẩn (-)")
        return None
    name = ns.stdin_filename or STDIN
    try:
        data = sys.stdin.buffer.read()
    except (OSError, ValueError) as exc:
        raise UsageError(f"không đọc được đầu vào chuẩn: {exc}") from exc
    return name, data


def configured_checks(
    ns: argparse.Namespace,
    catalogue: Catalogue,
    files: Sequence[str],
    jobs: int,
    stdin: tuple[str, bytes] | None = None,
    timeout: float | None = None,
) -> tuple[dict[str, FileResult], str]:
    """Check ``files`` with the configuration governing each ([tool.soat] / soat.toml, or
    ``--config``); command-line flags override it. ``stdin`` is the (name, content) of a
    document read from standard input, one of ``files``. Returns results by path and the
    ``--fail-on`` in force."""
    from validator.config import ConfigError, fail_on_for, plan
    from validator.engine import SelectorError, check_bytes

    try:
        batches = plan(files, rules=catalogue.rules, select=ns.select, ignore=ns.ignore,
                       profile=ns.profile, config=ns.config)
        fail_on = ns.fail_on or fail_on_for(files, ns.config) or "error"
    except (ConfigError, SelectorError) as exc:
        raise UsageError(str(exc)) from exc
    by_path: dict[str, FileResult] = {}
    crossing = cross.wanted(ns, batches, files)
    for batch in batches:
        if batch.profile and batch.profile != ns.profile:
            check_profile_name(batch.profile, catalogue.profiles)
        settings = dict(batch.settings)
        if ns.no_suppress:
            settings["no_suppress"] = True
        if ns.stage:
            settings["stage"] = ns.stage
        if crossing:
            settings = cross.settings_for(settings)
        on_disk = [path for path in batch.files if stdin is None or path != stdin[0]]
        checked = run_checks(on_disk, rules=batch.rules, profile_name=batch.profile,
                             settings=settings, jobs=jobs, profiles=catalogue.profiles,
                             vocabulary=catalogue.vocabulary, timeout=timeout)
        by_path.update(zip(on_disk, checked, strict=True))
        if stdin is not None and stdin[0] in batch.files:
            by_path[stdin[0]] = check_bytes(
                stdin[1], stdin[0], settings=settings, profile_name=batch.profile,
                rules=batch.rules, profiles=catalogue.profiles, vocabulary=catalogue.vocabulary,
                timeout=timeout)
    if crossing:  # the documents against each other (and the repository's, with --repo)
        by_path = cross.run(ns, catalogue, batches, by_path)
    return by_path, fail_on


def check_profile_name(name: str, profiles: Mapping[str, Profile]) -> None:
    """Refuse an unknown ``--profile`` once, up front, instead of failing every file."""
    from validator.profiles import load_profile

    try:
        load_profile(name, profiles)
    except Exception as exc:
        detail = "" if isinstance(exc, KeyError) else str(exc)
        raise UsageError(detail if name in detail else f"không có hồ sơ \"{name}\"") from exc


def write_report(
    report: Report, emit: Callable[[Report, TextIO], None], output: str | None
) -> None:
    if not output:
        emit(report, sys.stdout)
        sys.stdout.flush()
        return
    import io

    from validator.atomic import WriteError, write_file

    buffer = io.StringIO(newline="\n")
    emit(report, buffer)
    try:
        write_file(output, buffer.getvalue().encode("utf-8"))
    except WriteError as exc:
        raise UsageError(f"tệp kết quả: {exc}") from exc


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
