"""The argument parser, in Vietnamese: the top level, plugin options, one sub-parser per command.

Each command module adds its own sub-parser (``add_parser``); this module puts them together.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from typing import Any, NoReturn

from validator import __version__, recache
from validator.cli.common import PROG, UsageError

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


class Parser(argparse.ArgumentParser):
    """ArgumentParser with Vietnamese headings that raises UsageError instead of exiting."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("allow_abbrev", False)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self.commands: dict[str, Parser] = {}  # the sub-parsers, by command
        self._positionals.title = "tham số"
        self._optionals.title = "tùy chọn"
        self.add_argument(
            "-h", "--help", action="help", default=argparse.SUPPRESS,
            help="hiện trợ giúp này rồi thoát",
        )

    def error(self, message: str) -> NoReturn:
        raise UsageError(translate_argparse(message), self.format_usage())

    def parse_command(self, argv: Sequence[str]) -> argparse.Namespace:
        """Parse ``argv``; an argument no parser knows is reported with the usage of the
        command it was given to (``soat check --nosuch``), not the top-level one."""
        ns, extra = self.parse_known_args(list(argv))
        if extra:
            command = self.commands.get(getattr(ns, "command", None) or "", self)
            command.error(f"unrecognized arguments: {' '.join(extra)}")
        return ns


def add_plugin_options(parser: argparse.ArgumentParser) -> None:
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


def plugin_options(argv: Sequence[str]) -> argparse.Namespace:
    """Plugin options wherever they stand, read before the full parser (whose ``--format``
    choices depend on the plugins)."""
    pre = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    add_plugin_options(pre)
    args, _ = pre.parse_known_args(list(argv))
    return args


def add_selection_options(parser: argparse.ArgumentParser, *, long_help: bool = True) -> None:
    """``--config``, ``--profile``, ``--select``, ``--ignore`` (check, annotate, fix)."""
    parser.add_argument(
        "--config", metavar="TỆP",
        help="dùng tệp cấu hình này (soat.toml, hoặc pyproject.toml có [tool.soat]) cho mọi "
             "tệp, thay vì tìm từ thư mục của từng tệp" if long_help else "tệp cấu hình",
    )
    parser.add_argument(
        "--profile", metavar="TÊN",
        help="hồ sơ văn bản (mặc định: tự nhận biết)" if long_help else "hồ sơ văn bản",
    )
    parser.add_argument(
        "--select", action="append", default=[], metavar="MÃ",
        help="chỉ dùng các quy tắc này: mã, tiền tố hoặc ALL, cách nhau bởi dấu phẩy"
        if long_help else "chỉ dùng các quy tắc này",
    )
    parser.add_argument(
        "--ignore", action="append", default=[], metavar="MÃ",
        help="bỏ các quy tắc này: mã hoặc tiền tố, cách nhau bởi dấu phẩy"
        if long_help else "bỏ các quy tắc này",
    )


def add_timeout_option(parser: argparse.ArgumentParser) -> None:
    """``--timeout`` (check, annotate, fix): the time budget of each file."""
    from validator.budget import DEFAULT_TIMEOUT, ENV_TIMEOUT

    parser.add_argument(
        "--timeout", type=float, default=None, metavar="GIÂY",
        help=f"thời gian tối đa cho mỗi tệp, quá thì tệp được báo lỗi và các tệp khác vẫn "
        f"được kiểm tra (mặc định {DEFAULT_TIMEOUT:g} giây, hoặc {ENV_TIMEOUT}; 0 = không giới "
        "hạn)",
    )


def timeout_of(ns: argparse.Namespace) -> float | None:
    """The budget in force: ``--timeout``, else ``SOAT_TIMEOUT``, else the default; None for 0.
    Raises :class:`UsageError` for a negative or non-finite value."""
    from validator.budget import from_environment

    value = getattr(ns, "timeout", None)
    if value is None:
        value = from_environment()
    if not value >= 0 or value == float("inf"):
        raise UsageError("--timeout phải là số giây không âm (0 = không giới hạn)")
    return value or None


def build_parser(emitter_names: Sequence[str] = ("text", "json")) -> Parser:
    from validator.cli import annotate, check, explain, fix, rules, serve, text

    parser = Parser(
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
    check.add_parser(sub, emitter_names)
    rules.add_parser(sub)
    explain.add_parser(sub)
    annotate.add_parser(sub)
    fix.add_parser(sub)
    serve.add_parser(sub)
    text.add_parser(sub)
    parser.commands = dict(sub.choices)
    return parser
