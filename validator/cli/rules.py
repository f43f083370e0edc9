"""``soat rules``: the rule catalogue, with what each rule checks in Vietnamese."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TextIO

from validator.cli.common import EXIT_OK
from validator.cli.parser import add_plugin_options

if TYPE_CHECKING:
    from validator.rule import Rule


def add_parser(sub: Any) -> None:
    rules = sub.add_parser("rules", help="liệt kê các quy tắc")
    rules.add_argument(
        "--format", choices=("text", "json"), default="text",
        help="định dạng danh sách (mặc định: text)",
    )
    add_plugin_options(rules)


def rule_info(rule: type[Rule]) -> dict[str, Any]:
    from validator.ruledoc import summary_vi

    return {
        "id": rule.id,
        "name": rule.name,
        "category": rule.category.value,
        "severity": rule.severity.value,
        "fixable": bool(rule.fixable),
        "summary": rule.summary(),
        "summary_vi": summary_vi(rule),
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
    headers = {"id": "MÃ", "name": "TÊN", "category": "NHÓM", "severity": "MỨC ĐỘ",
               "fixable": "SỬA"}
    cells = [{**info, "fixable": "[*]" if info["fixable"] else ""} for info in infos]
    columns = tuple(headers)
    widths = {c: max(len(headers[c]), *(len(i[c]) for i in cells)) for c in columns}
    stream.write("  ".join(headers[c].ljust(widths[c]) for c in columns) + "  MÔ TẢ\n")
    for info in cells:
        stream.write(
            "  ".join(info[c].ljust(widths[c]) for c in columns) + "  " + info["summary_vi"]
            + "\n"
        )
    fixable = sum(1 for i in infos if i["fixable"])
    stream.write(f"\nTổng cộng {len(infos)} quy tắc.")
    if fixable:
        stream.write(f" [*]: {fixable} quy tắc có cách sửa an toàn mà \"soat fix\" áp dụng "
                     "được.")
    stream.write("\n")
    return EXIT_OK
