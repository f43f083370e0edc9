"""The ``soat serve`` web application (Starlette, an ASGI app run by uvicorn).

One page (``GET /``) and a small JSON/bytes API it calls, each request standing alone:

    GET  /api/info                      version, upload limit, the profiles to choose from
    POST /api/check?profile=NAME        the file (raw bytes) -> its document view as JSON
    POST /api/annotate?profile=NAME     the file -> the copy with Word comments (.docx)
    POST /api/fix?profile=NAME          the file -> the copy with tracked changes (.docx)
    POST /api/report?format=json|sarif  the file -> its report

An upload is the request body itself, the file name in the ``X-Soat-Filename`` header
(percent-encoded): no multipart parser, so nothing is spooled to a temporary file. The body is
read into memory up to the CLI's size limit, handed to a worker process
(:mod:`validator.serve.jobs`) and dropped with the response. The server keeps no state
between requests: a download sends the file again. Responses are ``no-store``; the page runs
under a strict Content-Security-Policy with only its own packaged script and styles.
"""

from __future__ import annotations

import asyncio
import contextlib
import unicodedata
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from validator.serve.jobs import JobFailed, Jobs

if TYPE_CHECKING:
    from validator.profiles import Profile

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DEFAULT_NAME = "van-ban.docx"
MAX_NAME = 180
READ_TIMEOUT = 60.0  # seconds without a byte of the body before the upload is dropped
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; form-action 'none'; frame-ancestors 'none'; "
    "base-uri 'none'"
)
STATIC = {
    "app.js": ("validator.serve", "static/app.js", "text/javascript; charset=utf-8"),
    "app.css": ("validator.serve", "static/app.css", "text/css; charset=utf-8"),
    "view.js": ("validator.docview", "assets/view.js", "text/javascript; charset=utf-8"),
    "view.css": ("validator.docview", "assets/view.css", "text/css; charset=utf-8"),
}


class TooLarge(Exception):
    pass


def _resource(package: str, path: str) -> bytes:
    return resources.files(package).joinpath(path).read_bytes()


def clean_name(raw: str | None) -> str:
    """The uploaded file's name as shown and used for downloads: the last path component,
    without control characters, at most :data:`MAX_NAME` characters."""
    name = unquote(raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in unicodedata.normalize("NFC", name)
                   if unicodedata.category(ch)[0] != "C").strip()
    return name[:MAX_NAME] or DEFAULT_NAME


def stem(name: str) -> str:
    return name[:-5] if name.lower().endswith(".docx") else name.rsplit(".", 1)[0] or name


def attachment(filename: str) -> str:
    """A Content-Disposition value that keeps a Vietnamese name (RFC 6266 / 5987)."""
    ascii_name = unicodedata.normalize("NFKD", filename).encode("ascii", "ignore").decode()
    ascii_name = "".join(ch if ch.isalnum() or ch in "._- " else "_" for ch in ascii_name)
    return f"attachment; filename=\"{ascii_name or 'soat'}\"; filename*=UTF-8''{quote(filename)}"


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


class SecurityHeaders:
    """No caching of anything (drafts are confidential), a strict CSP, no sniffing."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"cache-control", b"no-store"),
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Server:
    """The application's state: the job runner, the profiles to offer and the upload limit.
    No document is kept here."""

    def __init__(self, jobs: Jobs, profiles: Mapping[str, Profile], max_bytes: int) -> None:
        self.jobs = jobs
        self.profiles = dict(profiles)
        self.max_bytes = max_bytes
        self._uploads: asyncio.Semaphore | None = None

    def uploads(self) -> asyncio.Semaphore:
        """Uploads held in memory at once: twice the workers, so that the next files are
        read while the workers check; further uploads wait unread (the client's sending is
        held back by TCP), and memory stays bounded by the size limit times this number."""
        if self._uploads is None:  # created inside the running loop
            self._uploads = asyncio.Semaphore(2 * self.jobs.workers)
        return self._uploads

    async def read_upload(self, request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise TooLarge
        body = bytearray()
        stream = request.stream().__aiter__()
        while True:
            try:
                chunk = await asyncio.wait_for(stream.__anext__(), READ_TIMEOUT)
            except StopAsyncIteration:
                break
            body += chunk
            if len(body) > self.max_bytes:
                raise TooLarge
        return bytes(body)

    def _too_large(self) -> JSONResponse:
        from validator.engine import MSG_TOO_LARGE

        return error(413, MSG_TOO_LARGE.format(limit=self.max_bytes >> 20))

    async def _job(self, request: Request, job: str, *extra: Any) -> Any:
        """Read the upload and run ``job`` on it; a Response when that cannot be done."""
        profile = request.query_params.get("profile") or None
        if profile is not None and profile not in self.profiles:
            return error(400, f"không có hồ sơ '{profile}'")
        name = clean_name(request.headers.get("x-soat-filename"))
        async with self.uploads():
            try:
                data = await self.read_upload(request)
            except TooLarge:
                return self._too_large()
            except TimeoutError:
                return error(408, "Tải tệp lên quá chậm; hãy thử lại.")
            try:
                return name, await self.jobs.run(job, data, name, profile, *extra)
            except JobFailed as exc:
                return name, exc

    # -- endpoints -------------------------------------------------------------------------

    async def index(self, request: Request) -> Response:
        return Response(_resource("validator.serve", "static/index.html"),
                        media_type="text/html; charset=utf-8")

    async def static(self, request: Request) -> Response:
        entry = STATIC.get(request.path_params["name"])
        if entry is None:
            return Response("Không tìm thấy.", status_code=404, media_type="text/plain")
        package, path, media = entry
        return Response(_resource(package, path), media_type=media)

    async def info(self, request: Request) -> Response:
        from validator import __version__

        profiles = [{"name": p.name, "title": p.title or p.name}
                    for p in sorted(self.profiles.values(), key=lambda p: p.name)]
        return JSONResponse({"version": __version__, "max_bytes": self.max_bytes,
                             "profiles": profiles})

    async def check(self, request: Request) -> Response:
        outcome = await self._job(request, "check")
        if isinstance(outcome, Response):
            return outcome
        name, value = outcome
        if isinstance(value, JobFailed):
            value = _failed_view(name, str(value))
        return JSONResponse(value)

    async def annotate(self, request: Request) -> Response:
        outcome = await self._job(request, "annotate")
        if isinstance(outcome, Response):
            return outcome
        name, value = outcome
        if isinstance(value, JobFailed):
            return error(422, str(value))
        data, count = value
        return Response(data, media_type=DOCX_TYPE, headers={
            "content-disposition": attachment(f"{stem(name)}.soat.docx"),
            "x-soat-comments": str(count),
        })

    async def fix(self, request: Request) -> Response:
        outcome = await self._job(request, "fix")
        if isinstance(outcome, Response):
            return outcome
        name, value = outcome
        if isinstance(value, JobFailed):
            return error(422, str(value))
        data, applied, skipped = value
        return Response(data, media_type=DOCX_TYPE, headers={
            "content-disposition": attachment(f"{stem(name)}.sua.docx"),
            "x-soat-fixed": str(applied),
            "x-soat-skipped": str(skipped),
        })

    async def report(self, request: Request) -> Response:
        fmt = request.query_params.get("format", "json")
        if fmt not in ("json", "sarif"):
            return error(400, f"định dạng '{fmt}' không hỗ trợ (chọn json hoặc sarif)")
        outcome = await self._job(request, "report", fmt)
        if isinstance(outcome, Response):
            return outcome
        name, value = outcome
        if isinstance(value, JobFailed):
            return error(422, str(value))
        suffix = ".sarif" if fmt == "sarif" else ".soat.json"
        return Response(value.encode("utf-8"), media_type="application/json", headers={
            "content-disposition": attachment(f"{stem(name)}{suffix}"),
        })


def _failed_view(name: str, message: str) -> dict[str, Any]:
    from validator.docview import render_file
    from validator.engine import failed

    result = failed(name, "internal", message)
    return {"name": name, "status": "failed", "profile": None, "profile_title": None,
            "counts": {"error": 0, "warning": 0, "info": 0}, "error": message,
            "html": render_file(result, None, (), name=name)}


def create_app(*, jobs: Jobs | None = None, profiles: Mapping[str, Profile] | None = None,
               max_bytes: int | None = None, allowed_hosts: list[str] | None = None) -> Starlette:
    """The application. ``profiles`` are those offered on the page (by default the built-in
    ones; the workers use the same plugins). ``max_bytes`` limits an upload (by default the
    command line's limit on a file). ``allowed_hosts`` limits the Host header: a loopback
    server answers only to its loopback names, which a page of another site cannot take
    through DNS."""
    from validator.engine import MAX_FILE_BYTES
    from validator.plugins import builtin_catalogue

    jobs = jobs or Jobs()
    server = Server(jobs, builtin_catalogue().profiles if profiles is None else profiles,
                    MAX_FILE_BYTES if max_bytes is None else max_bytes)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await jobs.run("ping")  # start the worker server now, not on the first upload
        try:
            yield
        finally:
            jobs.close()

    def post(path: str, endpoint: Callable[[Request], Awaitable[Response]]) -> Route:
        return Route(path, endpoint, methods=["POST"])

    middleware = [Middleware(SecurityHeaders)]
    if allowed_hosts:
        middleware.insert(0, Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))
    return Starlette(
        routes=[
            Route("/", server.index),
            Route("/static/{name}", server.static),
            Route("/api/info", server.info),
            post("/api/check", server.check),
            post("/api/annotate", server.annotate),
            post("/api/fix", server.fix),
            post("/api/report", server.report),
        ],
        middleware=middleware,
        lifespan=lifespan,
    )


__all__ = ["attachment", "clean_name", "create_app"]
