"""A real HTTP server on 127.0.0.1 for tests: scripted routes, request counting, bad cases.

Only the loopback address is ever used; every route is bounded (no infinite streams).
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    delay: float = 0.0
    # Statuses returned on the first requests before the normal answer (e.g. [503, 503]).
    fail_first: list[int] = field(default_factory=list)
    redirect_to: str | None = None


class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1 (port chosen by the OS) that hands every GET to
    `handle`; subclasses script the answers. Used as a context manager."""

    protocol_version = "HTTP/1.0"

    def __init__(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = server.protocol_version

            def do_GET(self) -> None:
                server.handle(self)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class LocalServer(LoopbackServer):
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.conditional_hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self.user_agents: set[str] = set()
        super().__init__()

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, route: Route | None = None, **kwargs: object) -> str:
        self.routes[path] = route or Route(**kwargs)  # type: ignore[arg-type]
        return self.url(path)

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path
        self.hits[path] += 1
        self.user_agents.add(request.headers.get("User-Agent", ""))
        route = self.routes.get(path)
        if route is None:
            self._send(request, 404, b"not found", {})
            return
        if route.delay:
            time.sleep(route.delay)
        if route.fail_first:
            self._send(request, route.fail_first.pop(0), b"try again", {"Retry-After": "0"})
            return
        if route.redirect_to:
            self._send(request, 302, b"", {"Location": route.redirect_to})
            return
        headers = dict(route.headers)
        if route.etag:
            headers["ETag"] = route.etag
            if request.headers.get("If-None-Match"):
                self.conditional_hits[path] += 1
            if request.headers.get("If-None-Match") == route.etag:
                self.not_modified[path] += 1
                self._send(request, 304, b"", headers)
                return
        self._send(request, route.status, route.body, headers)

    @staticmethod
    def _send(request: BaseHTTPRequestHandler, status: int, body: bytes,
              headers: dict[str, str]) -> None:
        try:
            request.send_response(status)
            for key, value in headers.items():
                request.send_header(key, value)
            if "Content-Length" not in headers:
                request.send_header("Content-Length", str(len(body)))
            request.end_headers()
            if status != 304:
                request.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


Factory = Callable[[], LocalServer]
