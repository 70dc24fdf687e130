"""Polite, robust HTTP fetching: the only place the pipeline talks to the network.

Retries with backoff (urllib3's Retry, honouring Retry-After), per-host rate limits,
robots.txt (Protego), conditional requests so an unchanged feed costs one 304, a size cap, a
redirect limit and http/https only. Every failure is a `FetchError` with a stage and a reason
that ends up as an `ingest_errors` row; nothing here raises anything else.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import requests
from protego import Protego
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from pipeline import __version__

USER_AGENT = (f"open-incidents/{__version__} (+https://example.org/open-incidents; "
              "research dataset crawler)")
MAX_BYTES = 5 * 1024 * 1024
RETRY_STATUSES = (429, 500, 502, 503, 504)


class FetchError(Exception):
    def __init__(self, stage: str, reason: str) -> None:
        super().__init__(reason)
        self.stage = stage
        self.reason = reason


@dataclass(frozen=True)
class FetchResult:
    url: str
    final_url: str
    status: int
    body: bytes | None
    content_type: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class HttpSettings:
    user_agent: str = USER_AGENT
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    retries: int = 3
    backoff: float = 0.5
    max_bytes: int = MAX_BYTES
    max_redirects: int = 5
    respect_robots: bool = True


class Fetcher:
    """One per run. `state_path` keeps ETag / Last-Modified per URL between runs."""

    def __init__(self, state_path: Path | None = None, settings: HttpSettings | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.settings = settings or HttpSettings()
        self.state_path = state_path
        self.validators: dict[str, dict[str, str]] = self._load_state()
        self.requests_made = 0
        self._sleep = sleep
        self._last_hit: dict[str, float] = {}
        self._robots: dict[str, Protego | None] = {}
        self._lock = threading.Lock()
        self.session = requests.Session()
        self.session.max_redirects = self.settings.max_redirects
        self.session.headers["User-Agent"] = self.settings.user_agent
        retry = Retry(
            total=self.settings.retries, connect=self.settings.retries,
            read=self.settings.retries, status=self.settings.retries,
            backoff_factor=self.settings.backoff, status_forcelist=RETRY_STATUSES,
            allowed_methods=frozenset({"GET"}), respect_retry_after_header=True,
            raise_on_status=False,
        )
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        # urllib3 counts one request per attempt; a response hook counts what reached a server.
        self.session.hooks["response"].append(self._count)

    def fetch(self, url: str, *, rate_limit: float = 1.0, conditional: bool = True) -> FetchResult:
        scheme = urlsplit(url).scheme
        if scheme not in ("http", "https"):
            raise FetchError("fetch", f"only http/https URLs are fetched, not {scheme or 'none'!r}")
        if self.settings.respect_robots and not self._allowed(url, rate_limit):
            raise FetchError("robots", "disallowed by robots.txt")
        headers = {}
        known = self.validators.get(url, {}) if conditional else {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        response = self._get(url, rate_limit, headers)
        try:
            if response.status_code == 304:
                return FetchResult(url, response.url, 304, None,
                                   response.headers.get("Content-Type"))
            if response.status_code >= 400:
                raise FetchError("fetch", f"HTTP {response.status_code} {response.reason}")
            body = self._read_capped(response)
        finally:
            response.close()
        validators = {k: v for k, v in (("etag", response.headers.get("ETag")),
                                        ("last_modified", response.headers.get("Last-Modified")))
                      if v}
        if validators:
            self.validators[url] = validators
        return FetchResult(url, response.url, response.status_code, body,
                           response.headers.get("Content-Type"))

    def save_state(self) -> None:
        if self.state_path is None:
            return
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_path.with_name(self.state_path.name + ".tmp")
        tmp.write_text(json.dumps(self.validators, indent=1, sort_keys=True))
        tmp.replace(self.state_path)

    def _load_state(self) -> dict[str, dict[str, str]]:
        if self.state_path is None or not self.state_path.exists():
            return {}
        try:
            return json.loads(self.state_path.read_text())
        except (OSError, json.JSONDecodeError):
            return {}  # a lost cache only costs full refetches

    def _get(self, url: str, rate_limit: float, headers: dict[str, str]) -> requests.Response:
        self._wait_turn(url, rate_limit)
        try:
            return self.session.get(url, headers=headers, stream=True, timeout=(
                self.settings.connect_timeout, self.settings.read_timeout))
        except requests.TooManyRedirects as exc:
            raise FetchError("fetch", f"too many redirects (> {self.settings.max_redirects})"
                             ) from exc
        except requests.exceptions.RetryError as exc:
            raise FetchError("fetch", f"gave up after {self.settings.retries} retries: {exc}"
                             ) from exc
        except requests.Timeout as exc:
            raise FetchError("fetch", f"timeout: {exc}") from exc
        except requests.ConnectionError as exc:
            raise FetchError("fetch", f"connection error: {exc}") from exc
        except requests.RequestException as exc:
            raise FetchError("fetch", f"{type(exc).__name__}: {exc}") from exc

    def _read_capped(self, response: requests.Response) -> bytes:
        cap = self.settings.max_bytes
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > cap:
            raise FetchError("fetch", f"response too large ({declared} bytes > {cap})")
        chunks, size = [], 0
        try:
            for chunk in response.iter_content(64 * 1024):
                size += len(chunk)
                if size > cap:
                    raise FetchError("fetch", f"response too large (> {cap} bytes)")
                chunks.append(chunk)
        except requests.RequestException as exc:
            raise FetchError("fetch", f"body read failed: {exc}") from exc
        return b"".join(chunks)

    def _wait_turn(self, url: str, rate_limit: float) -> None:
        host = urlsplit(url).netloc
        with self._lock:
            gap = 1.0 / rate_limit - (time.monotonic() - self._last_hit.get(host, -1e9))
            if gap > 0:
                self._sleep(gap)
            self._last_hit[host] = time.monotonic()

    def _allowed(self, url: str, rate_limit: float) -> bool:
        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            self._robots[root] = self._load_robots(root, rate_limit)
        rules = self._robots[root]
        return True if rules is None else rules.can_fetch(url, self.settings.user_agent)

    def _load_robots(self, root: str, rate_limit: float) -> Protego | None:
        """RFC 9309: a missing robots.txt (4xx) allows everything; an unreachable one (5xx,
        network error) means stay away for now."""
        try:
            response = self._get(f"{root}/robots.txt", rate_limit, {})
        except FetchError:
            return Protego.parse("User-agent: *\nDisallow: /")
        with response:
            if response.status_code >= 500:
                return Protego.parse("User-agent: *\nDisallow: /")
            if response.status_code >= 400:
                return None
            return Protego.parse(response.text[:500_000])

    def _count(self, response: requests.Response, *args: object, **kwargs: object) -> None:
        self.requests_made += 1
