"""A static file server on 127.0.0.1 for download tests: Range support and scripted faults.

It serves one folder (a releases directory) like any static host or object store would, records
every request with its Range header, and can cut the connection part-way through a file once
(`cut_once`) or ignore Range requests (`ignore_range`) to exercise resuming and restarting.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.http_server import LoopbackServer


@dataclass
class Seen:
    path: str
    range: str | None
    status: int


class ReleaseServer(LoopbackServer):
    protocol_version = "HTTP/1.1"

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.requests: list[Seen] = []
        self.cut_once: dict[str, int] = {}  # url path -> bytes sent before hanging up, once
        self.ignore_range = False
        self.lock = threading.Lock()
        super().__init__()

    def ranges(self, path: str) -> list[str | None]:
        return [s.range for s in self.requests if s.path == path]

    def handle(self, request: BaseHTTPRequestHandler) -> None:
        path = unquote(urlsplit(request.path).path)
        wanted = request.headers.get("Range")
        file = (self.root / path.lstrip("/")).resolve()
        if not file.is_file() or self.root not in file.parents:
            self._record(path, wanted, 404)
            self._reply(request, 404, {}, b"not found")
            return
        data = file.read_bytes()
        start, status, headers = 0, 200, {}
        match = re.fullmatch(r"bytes=(\d+)-", wanted or "")
        if match and not self.ignore_range:
            start = int(match.group(1))
            if start >= len(data):
                self._record(path, wanted, 416)
                self._reply(request, 416, {"Content-Range": f"bytes */{len(data)}"}, b"")
                return
            status = 206
            headers["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
        body = data[start:]
        self._record(path, wanted, status)
        with self.lock:
            cut = self.cut_once.pop(path, None)
        if cut is not None:
            # Promise the whole body, send part of it, hang up: what a dropped connection does.
            headers["Content-Length"] = str(len(body))
            self._reply(request, status, headers, body[:cut], hang_up=True)
            return
        self._reply(request, status, headers, body)

    def _record(self, path: str, wanted: str | None, status: int) -> None:
        with self.lock:
            self.requests.append(Seen(path, wanted, status))

    @staticmethod
    def _reply(request: BaseHTTPRequestHandler, status: int, headers: dict[str, str],
               body: bytes, hang_up: bool = False) -> None:
        try:
            request.send_response(status)
            headers.setdefault("Content-Length", str(len(body)))
            headers.setdefault("Accept-Ranges", "bytes")
            for key, value in headers.items():
                request.send_header(key, value)
            request.end_headers()
            request.wfile.write(body)
            request.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return
        if hang_up:
            request.close_connection = True
            with contextlib.suppress(OSError):
                request.connection.shutdown(socket.SHUT_RDWR)
