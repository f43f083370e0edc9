"""``soat explain``: one rule's documentation."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from validator.cli.common import EXIT_ERROR, EXIT_OK, error
from validator.cli.parser import add_plugin_options
from validator.cli.rules import rule_summary_vi

if TYPE_CHECKING:
    from validator.rule import Rule


def add_parser(sub: Any) -> None:
    explain = sub.add_parser("explain", help="giải thích một quy tắc")
    explain.add_argument("rule_id", metavar="MÃ", help="mã quy tắc, ví dụ DAT003")
    add_plugin_options(explain)


_EXPLAIN_SECTIONS = (("Why:", "Vì sao"), ("Bad:", "Ví dụ sai"), ("Good:", "Ví dụ đúng"))


def cmd_explain(rules: Sequence[type[Rule]], rule_id: str, stream: TextIO) -> int:
    wanted = rule_id.strip().upper()
    rule = next((r for r in rules if r.id == wanted or r.name == rule_id.strip()), None)
    if rule is None:
        error(f"không có quy tắc '{rule_id}'. Xem danh sách bằng lệnh 'soat rules'.")
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
