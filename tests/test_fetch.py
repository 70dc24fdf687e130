"""The HTTP fetcher against a real server on 127.0.0.1: retries, limits, robots, 304s."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.ingest.http import Fetcher, FetchError, HttpSettings
from tests.http_server import LocalServer

FAST = HttpSettings(retries=2, backoff=0.0, read_timeout=1.0, connect_timeout=1.0,
                    max_bytes=10_000, max_redirects=3)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv


def fetcher(tmp_path: Path, **overrides: object) -> Fetcher:
    settings = HttpSettings(**{**FAST.__dict__, **overrides})
    return Fetcher(tmp_path / "http_state.json", settings, sleep=lambda s: None)


def test_retries_5xx_and_429_then_succeeds(server: LocalServer, tmp_path: Path) -> None:
    url = server.add("/flaky", body=b"ok", fail_first=[503, 429])
    result = fetcher(tmp_path).fetch(url)
    assert result.status == 200 and result.body == b"ok"
    assert server.hits["/flaky"] == 3


def test_persistent_500_is_a_clear_error(server: LocalServer, tmp_path: Path) -> None:
    url = server.add("/down", status=500, body=b"boom")
    with pytest.raises(FetchError, match="500"):
        fetcher(tmp_path).fetch(url)
    assert server.hits["/down"] == 3  # first try + 2 retries


def test_404_is_not_retried(server: LocalServer, tmp_path: Path) -> None:
    with pytest.raises(FetchError, match="HTTP 404"):
        fetcher(tmp_path).fetch(server.url("/missing"))
    assert server.hits["/missing"] == 1


def test_timeout(server: LocalServer, tmp_path: Path) -> None:
    url = server.add("/slow", body=b"late", delay=1.5)
    with pytest.raises(FetchError, match=r"timeout|timed out|retries"):
        fetcher(tmp_path, retries=0).fetch(url)


def test_redirect_loop(server: LocalServer, tmp_path: Path) -> None:
    server.add("/a", redirect_to="/b")
    server.add("/b", redirect_to="/a")
    with pytest.raises(FetchError, match="too many redirects"):
        fetcher(tmp_path).fetch(server.url("/a"))


def test_redirect_is_followed(server: LocalServer, tmp_path: Path) -> None:
    server.add("/old", redirect_to="/new")
    server.add("/new", body=b"moved")
    result = fetcher(tmp_path).fetch(server.url("/old"))
    assert result.body == b"moved" and result.final_url.endswith("/new")


def test_size_cap_declared_and_streamed(server: LocalServer, tmp_path: Path) -> None:
    big = server.add("/big", body=b"x" * 20_000)
    with pytest.raises(FetchError, match="too large"):
        fetcher(tmp_path).fetch(big)
    sneaky = server.add("/sneaky", body=b"x" * 20_000, headers={"Content-Length": "10"})
    # A lying Content-Length is cut at the declared size by the client; never over the cap.
    result = fetcher(tmp_path).fetch(sneaky)
    assert result.body is not None and len(result.body) <= 10_000


def test_only_http_urls(tmp_path: Path) -> None:
    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)"):
        with pytest.raises(FetchError, match="only http/https"):
            fetcher(tmp_path).fetch(url)


def test_robots_txt_respected(server: LocalServer, tmp_path: Path) -> None:
    server.add("/robots.txt", body=b"User-agent: *\nDisallow: /private/\n")
    server.add("/private/page", body=b"secret")
    server.add("/public", body=b"fine")
    f = fetcher(tmp_path)
    with pytest.raises(FetchError, match="robots"):
        f.fetch(server.url("/private/page"))
    assert f.fetch(server.url("/public")).body == b"fine"
    assert server.hits["/private/page"] == 0
    assert server.hits["/robots.txt"] == 1  # cached per host


def test_conditional_requests_across_runs(server: LocalServer, tmp_path: Path) -> None:
    url = server.add("/feed.xml", body=b"<rss/>", etag='"v1"')
    first = fetcher(tmp_path)
    assert first.fetch(url).status == 200
    first.save_state()
    second = fetcher(tmp_path)  # a later run, reading the saved validators
    assert second.fetch(url).not_modified
    assert server.not_modified["/feed.xml"] == 1


def test_user_agent_is_identifying(server: LocalServer, tmp_path: Path) -> None:
    fetcher(tmp_path).fetch(server.add("/ua", body=b"x"))
    assert any(ua.startswith("open-incidents/") for ua in server.user_agents)


def test_rate_limit_spaces_requests_per_host(server: LocalServer, tmp_path: Path) -> None:
    waits: list[float] = []
    settings = HttpSettings(**{**FAST.__dict__, "respect_robots": False})
    f = Fetcher(None, settings, sleep=waits.append)
    url = server.add("/r", body=b"x")
    for _ in range(3):
        f.fetch(url, rate_limit=2.0)
    assert len(waits) == 2 and all(0 < w <= 0.5 for w in waits)
