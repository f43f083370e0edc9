"""``soat serve``: the checking page in the browser (:mod:`validator.serve`).

The web stack is the optional extra ``soat[serve]``; it is imported only when this command
runs, so every other command starts as fast as before.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from validator.cli.common import EXIT_OK, UsageError
from validator.cli.parser import add_plugin_options

if TYPE_CHECKING:
    from validator.profiles import Profile

DEFAULT_HOST = "127.0.0.1"  # as validator.serve.DEFAULT_HOST, without importing it here
DEFAULT_PORT = 8765


def add_parser(sub: Any) -> None:
    serve = sub.add_parser(
        "serve", help="mở trang kiểm tra văn bản trong trình duyệt",
        description=(
            "Chạy một trang web trên máy này: kéo thả tệp .docx để xem các vấn đề đánh dấu ngay "
            "trên văn bản, tải bản có ghi chú, bản đã sửa và báo cáo. Tệp chỉ được xử lý trong "
            "bộ nhớ, không lưu lại. Cần cài thêm: pip install 'soat[serve]'."
        ),
    )
    serve.add_argument(
        "--host", default=DEFAULT_HOST, metavar="ĐỊA_CHỈ",
        help="địa chỉ lắng nghe (mặc định 127.0.0.1: chỉ máy này; 0.0.0.0: mọi máy trong mạng)",
    )
    serve.add_argument(
        "--port", type=int, default=DEFAULT_PORT, metavar="CỔNG",
        help=f"cổng (mặc định {DEFAULT_PORT}; 0 = một cổng trống bất kỳ)",
    )
    serve.add_argument("--open", action="store_true", help="mở trang bằng trình duyệt mặc định")
    serve.add_argument(
        "--workers", type=int, default=0, metavar="N",
        help="số tệp được kiểm tra cùng lúc (mặc định: số lõi CPU)",
    )
    serve.add_argument(
        "--timeout", type=float, default=120.0, metavar="GIÂY",
        help="thời gian tối đa cho một tệp (mặc định 120 giây)",
    )
    add_plugin_options(serve)


def cmd_serve(ns: argparse.Namespace, profiles: Mapping[str, Profile]) -> int:
    from validator.serve import ServeError, serve

    if not 0 <= ns.port <= 65535:
        raise UsageError("--port phải từ 0 đến 65535")
    if ns.workers < 0:
        raise UsageError("--workers phải là số không âm (0 = số lõi CPU)")
    if not ns.timeout > 0:
        raise UsageError("--timeout phải lớn hơn 0")
    try:
        serve(ns.host, ns.port, open_browser=ns.open, workers=ns.workers or None,
              timeout=ns.timeout, profiles=profiles, autoload=not ns.no_plugins,
              blocked=ns.disable_plugin)
    except ServeError as exc:
        raise UsageError(str(exc)) from exc
    return EXIT_OK
