"""Sources ingested over real HTTP on 127.0.0.1: every bad case recorded, good data kept,
and a second run over unchanged sources costs 304s and fetches no page again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.ingest.archive import Archive
from pipeline.ingest.http import Fetcher, HttpSettings
from pipeline.ingest.sources import Source, SourcesError, load_sources
from pipeline.ingest.web import ingest_sources
from tests.http_server import LocalServer

STORY = ("A car bomb exploded near a busy market in the city on Tuesday, killing four people "
         "and wounding eleven others, police said. The blast damaged several shops and set "
         "vehicles on fire. No group immediately claimed responsibility for the attack, which "
         "came a week after a similar bombing in a nearby district. Security forces sealed "
         "off the area and began searching nearby buildings, an official said. ")

PAGE = ("<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<nav>Home | World | Sport</nav><article><h1>{title}</h1><p>{body}</p></article>"
        "<footer>Copyright Example</footer></body></html>")


def feed(base: str, items: list[tuple[str, str, str | None]]) -> bytes:
    """items: (guid, link path or '' for none, full content or None for a teaser)."""
    parts = []
    for guid, link, content in items:
        link_xml = f"<link>{base}{link}</link>" if link else ""
        body = (f"<content:encoded><![CDATA[<p>{content}</p>]]></content:encoded>"
                if content else "<description>Short teaser.</description>")
        parts.append(f"<item><title>{guid}</title>{link_xml}<guid isPermaLink='false'>{guid}"
                     f"</guid><pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate>{body}</item>")
    return ("<?xml version='1.0'?><rss version='2.0' xmlns:content="
            "'http://purl.org/rss/1.0/modules/content/'><channel><title>Example Wire</title>"
            + "".join(parts) + "</channel></rss>").encode()


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with LocalServer() as srv:
        yield srv


def run(tmp_path: Path, sources: list[Source], seen: set[str] | None = None):
    settings = HttpSettings(retries=1, backoff=0.0, read_timeout=1.0, max_bytes=100_000,
                            max_redirects=3)
    fetcher = Fetcher(tmp_path / "state.json", settings, sleep=lambda s: None)
    return ingest_sources(sources, fetcher=fetcher, archive=Archive(tmp_path / "raw"),
                          seen_urls=set() if seen is None else seen)


def test_bad_cases_recorded_and_good_articles_kept(server: LocalServer, tmp_path: Path) -> None:
    base = server.base
    server.add("/feed.xml", etag='"f1"', body=feed(base, [
        ("full", "/full", STORY),          # full text in the feed: no page fetch
        ("teaser", "/teaser", None),       # teaser: page fetched
        ("nolink", "", STORY),             # entry without a link
        ("gone", "/gone", None),           # teaser whose page is a 404
    ]))
    server.add("/teaser", body=PAGE.format(title="Teaser story", body=STORY).encode())
    server.add("/broken.xml", body=b"<rss><channel><item><title>x</title><link>")
    server.add("/empty", body=b"")
    server.add("/notes.txt", body=b"plain words, no markup " * 10,
               headers={"Content-Type": "text/plain"})
    server.add("/huge", body=b"<html><body>" + b"x" * 200_000 + b"</body></html>")
    server.add("/slow", body=b"<html></html>", delay=1.5)
    server.add("/error", status=500)
    server.add("/loop1", redirect_to="/loop2")
    server.add("/loop2", redirect_to="/loop1")
    latin = PAGE.format(title="Caf\u00e9 bombing", body=STORY + " The caf\u00e9 was destroyed.")
    server.add("/latin1", body=latin.encode("latin-1"),
               headers={"Content-Type": "text/html"})  # no charset anywhere
    sources = [
        Source("wire", "feed", url=f"{base}/feed.xml"),
        Source("badfeed", "feed", url=f"{base}/broken.xml"),
        Source("deadfeed", "feed", url="http://127.0.0.1:9/feed.xml"),  # nothing listens
        Source("pages", "urls", urls=tuple(f"{base}{p}" for p in (
            "/empty", "/notes.txt", "/huge", "/slow", "/error", "/loop1", "/latin1"))),
    ]
    result = run(tmp_path, sources).result
    urls = sorted(a.url for a in result.articles)
    assert urls == [f"{base}/full", f"{base}/latin1", f"{base}/teaser"]
    latin_article = next(a for a in result.articles if a.url.endswith("/latin1"))
    assert "café was destroyed" in latin_article.text
    assert latin_article.raw_sha256 in Archive(tmp_path / "raw")
    reasons = {e.location.replace(base, ""): e.reason for e in result.errors}
    assert reasons["/feed.xml#nolink"] == "entry has no link"
    assert reasons["/gone"].startswith("HTTP 404")
    assert reasons["/broken.xml"].startswith("malformed feed")
    assert "connection error" in reasons["http://127.0.0.1:9/feed.xml"] \
        or "robots" in reasons["http://127.0.0.1:9/feed.xml"]
    assert reasons["/empty"] == "empty document"
    assert "not HTML" in reasons["/notes.txt"]
    assert "too large" in reasons["/huge"]
    assert "timeout" in reasons["/slow"] or "retries" in reasons["/slow"]
    assert "500" in reasons["/error"]
    assert "too many redirects" in reasons["/loop1"]
    assert all(e.stage and e.source for e in result.errors)


def test_second_run_costs_304_and_fetches_no_page(server: LocalServer, tmp_path: Path) -> None:
    base = server.base
    server.add("/feed.xml", etag='"v1"', body=feed(base, [("t", "/t", None),
                                                          ("f", "/f", STORY)]))
    server.add("/t", body=PAGE.format(title="T", body=STORY).encode())
    sources = [Source("wire", "feed", url=f"{base}/feed.xml")]
    seen: set[str] = set()
    first = run(tmp_path, sources, seen)
    assert len(first.result.articles) == 2
    second = run(tmp_path, sources, seen)
    assert second.result.articles == [] and second.not_modified == [f"{base}/feed.xml"]
    assert server.not_modified["/feed.xml"] == 1 and server.hits["/t"] == 1
    # The feed changes (new ETag): only the new entry's page is fetched.
    server.add("/feed.xml", etag='"v2"', body=feed(base, [("t", "/t", None), ("n", "/n", None),
                                                          ("f", "/f", STORY)]))
    server.add("/n", body=PAGE.format(title="N", body=STORY + " New.").encode())
    third = run(tmp_path, sources, seen)
    assert [a.url for a in third.result.articles] == [f"{base}/n"]
    assert third.skipped_seen == 2 and server.hits["/t"] == 1


def test_one_failing_source_does_not_stop_others(server: LocalServer, tmp_path: Path) -> None:
    server.add("/ok", body=PAGE.format(title="OK", body=STORY).encode())
    sources = [Source("broken", "folder", path=tmp_path / "does-not-exist"),
               Source("good", "urls", urls=(server.url("/ok"),))]
    result = run(tmp_path, sources).result
    assert [a.url for a in result.articles] == [server.url("/ok")]
    assert result.errors[0].source == "broken"


def test_sources_yaml(tmp_path: Path) -> None:
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n"
                    "  - {name: wire, kind: feed, url: 'https://example.org/rss', "
                    "rate_limit: 0.5, tags: [agency]}\n"
                    "  - {name: inbox, kind: folder, path: inbox, language: en}\n"
                    "  - {name: list, kind: urls, urls: ['https://example.org/a']}\n")
    wire, inbox, urls = load_sources(path)
    assert wire.rate_limit == 0.5 and wire.tags == ("agency",)
    assert inbox.path == tmp_path / "inbox" and inbox.language == "en"
    assert urls.urls == ("https://example.org/a",)
    path.write_text("sources:\n  - {name: x, kind: feed}\n")
    with pytest.raises(SourcesError, match="a feed needs `url`"):
        load_sources(path)
    path.write_text("sources:\n  - {name: x, kind: folder, path: a, colour: red}\n")
    with pytest.raises(SourcesError, match="unknown keys"):
        load_sources(path)
