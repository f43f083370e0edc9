"""``soat serve``: a page in the browser where a drafter drops a report and reads its findings
in place, then takes back the annotated or fixed copy.

The web stack is an optional extra (``pip install 'soat[serve]'``: Starlette and uvicorn), so
that the command line's install and start-up stay as light as they are; nothing here is
imported by ``soat check``. :func:`serve` binds the socket itself (port 0 picks a free one),
prints the address and runs uvicorn until interrupted.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
import threading
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from validator.profiles import Profile

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8765
LOOPBACK_NAMES = ["127.0.0.1", "localhost"]
MISSING = (
    "lệnh serve cần cài thêm gói phụ: pip install 'soat[serve]' "
    "(Starlette và uvicorn)."
)


class ServeError(Exception):
    """The server cannot start. ``str()`` is for users (Vietnamese)."""


def available() -> bool:
    """Whether the optional web stack is installed."""
    import importlib.util

    return all(importlib.util.find_spec(name) is not None for name in ("starlette", "uvicorn"))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host``:``port`` (0 = any free port)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise ServeError(f"không tìm thấy địa chỉ '{host}': {exc.strerror}") from exc
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise ServeError(f"không mở được cổng {port} trên {host}: {exc.strerror}") from exc
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def serve(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, *, open_browser: bool = False,
          workers: int | None = None, timeout: float | None = None,
          profiles: Mapping[str, Profile] | None = None, autoload: bool = True,
          blocked: Sequence[str] = (), stream: TextIO | None = None) -> None:
    """Run the page until interrupted. Raises :class:`ServeError` when it cannot start.

    ``profiles`` are offered on the page; ``autoload``/``blocked`` choose the plugins the
    workers load, as ``--no-plugins``/``--disable-plugin`` do."""
    if not available():
        raise ServeError(MISSING)
    import uvicorn

    from validator.serve.app import create_app
    from validator.serve.jobs import DEFAULT_TIMEOUT, Jobs, Setup

    out = stream or sys.stdout
    sock = bind(host, port)
    url = url_of(sock)
    loopback = _is_loopback(host)
    jobs = Jobs(workers, timeout or DEFAULT_TIMEOUT, Setup(autoload, tuple(blocked)))
    app = create_app(jobs=jobs, profiles=profiles,
                     allowed_hosts=LOOPBACK_NAMES if loopback and ":" not in host else None)
    out.write(f"soat: trang kiểm tra văn bản đang chạy tại {url}\n")
    if not loopback:
        out.write("soat: trang mở cho các máy khác trong mạng; dữ liệu truyền qua HTTP "
                  "không mã hóa.\n")
    out.write("soat: tệp chỉ được xử lý trong bộ nhớ và không được lưu lại. "
              "Nhấn Ctrl+C để dừng.\n")
    out.flush()
    if open_browser:
        import webbrowser

        threading.Timer(0.8, webbrowser.open, args=(url,)).start()
    config = uvicorn.Config(app, log_level="warning", access_log=False,
                            timeout_graceful_shutdown=5, server_header=False)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()


__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "ServeError", "available", "bind", "serve"]
