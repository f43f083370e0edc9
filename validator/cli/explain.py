"""``soat explain``: one rule's documentation, in Vietnamese (see :mod:`validator.ruledoc`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from validator.cli.common import EXIT_ERROR, EXIT_OK, error
from validator.cli.parser import add_plugin_options

if TYPE_CHECKING:
    from validator.rule import Rule


def add_parser(sub: Any) -> None:
    explain = sub.add_parser("explain", help="giải thích một quy tắc")
    explain.add_argument("rule_id", metavar="MÃ", help="mã quy tắc, ví dụ DAT003")
    add_plugin_options(explain)


def cmd_explain(rules: Sequence[type[Rule]], rule_id: str, stream: TextIO) -> int:
    from validator.ruledoc import explain_text

    wanted = rule_id.strip().upper()
    rule = next((r for r in rules if r.id == wanted or r.name == rule_id.strip()), None)
    if rule is None:
        error(f"không có quy tắc \"{rule_id}\". Xem danh sách bằng lệnh \"soat rules\".")
        return EXIT_ERROR
    stream.write(explain_text(rule))
    return EXIT_OK
