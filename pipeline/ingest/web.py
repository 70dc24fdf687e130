"""Ingest configured sources (feeds, page lists, folders), fetching only what is new.

Each source is processed on its own: a source that fails entirely becomes error rows and the
others go on. Fetched bytes go to the content-addressed archive before anything is parsed, so a
parsing bug never loses what was downloaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from pipeline.ingest.archive import Archive
from pipeline.ingest.articles import (
    Article,
    IngestError,
    IngestResult,
    canonical_url,
    parse_timestamp,
)
from pipeline.ingest.feeds import feed_entries
from pipeline.ingest.html import MIN_TEXT_CHARS, NotAnArticle, extract_page
from pipeline.ingest.http import Fetcher, FetchError
from pipeline.ingest.local import ingest_folder
from pipeline.ingest.sources import Source


class KnownKeys(Protocol):
    """What has been ingested already: a set, or the store's on-disk key index."""

    def __contains__(self, key: object) -> bool: ...

    def add(self, key: str) -> None: ...


@dataclass
class WebIngest:
    """Outcome of one run over all sources, with counts a maintainer reads in the run log."""

    result: IngestResult = field(default_factory=IngestResult)
    not_modified: list[str] = field(default_factory=list)
    skipped_seen: int = 0


def ingest_sources(sources: Iterable[Source], *, fetcher: Fetcher, archive: Archive,
                   seen_urls: KnownKeys) -> WebIngest:
    run = WebIngest()
    for source in sources:
        try:
            if source.kind == "feed":
                _ingest_feed(source, fetcher, archive, seen_urls, run)
            elif source.kind == "urls":
                for url in source.urls:
                    _ingest_page(source, url, fetcher, archive, seen_urls, run)
            else:
                _ingest_local(source, seen_urls, run)
        except Exception as exc:  # one broken source must not stop the others
            run.result.errors.append(IngestError(source.name, source.url or str(source.path),
                                                 "source", f"{type(exc).__name__}: {exc}"))
    fetcher.save_state()
    return run


def _ingest_feed(source: Source, fetcher: Fetcher, archive: Archive, seen: KnownKeys,
                 run: WebIngest) -> None:
    assert source.url is not None
    try:
        response = fetcher.fetch(source.url, rate_limit=source.rate_limit)
    except FetchError as exc:
        run.result.errors.append(IngestError(source.name, source.url, exc.stage, exc.reason))
        return
    if response.not_modified:
        run.not_modified.append(source.url)
        return
    assert response.body is not None
    archive.put(response.body)
    entries, errors = feed_entries(response.body, source=source.name, location=source.url)
    run.result.errors.extend(errors)
    for entry in entries:
        article = entry.to_article(source.name)
        if article.url in seen:
            run.skipped_seen += 1
        elif entry.full_content:
            _keep(article, source, seen, run)
        else:
            _ingest_page(source, entry.link, fetcher, archive, seen, run, fallback=article)


def _ingest_page(source: Source, url: str, fetcher: Fetcher, archive: Archive, seen: KnownKeys,
                 run: WebIngest, fallback: Article | None = None) -> None:
    key = canonical_url(url)
    if key in seen and fallback is None:
        run.skipped_seen += 1
        return
    try:
        response = fetcher.fetch(url, rate_limit=source.rate_limit, conditional=False)
        assert response.body is not None
        raw_sha = archive.put(response.body)
        page = extract_page(response.body, url=response.final_url)
    except (FetchError, NotAnArticle) as exc:
        stage, reason = (exc.stage, exc.reason) if isinstance(exc, FetchError) \
            else ("extract_text", str(exc))
        run.result.errors.append(IngestError(source.name, url, stage, reason))
        if fallback is not None and len(fallback.text) >= MIN_TEXT_CHARS:
            _keep(fallback, source, seen, run)  # the feed's summary is better than nothing
        return
    published = parse_timestamp(page.published_at) or (fallback.published_at if fallback else None)
    article = Article(
        url=page.url or response.final_url, title=page.title or (fallback and fallback.title),
        published_at=published, source=source.name, text=page.text,
        language=page.language or source.language, raw_sha256=raw_sha, author=page.author,
    )
    _keep(article, source, seen, run)


def _ingest_local(source: Source, seen: KnownKeys, run: WebIngest) -> None:
    assert source.path is not None
    local = ingest_folder(source.path, source=source.name)
    run.result.errors.extend(local.errors)
    for article in local.articles:
        if article.url in seen or article.article_id in seen:
            run.skipped_seen += 1
        else:
            _keep(article, source, seen, run)


def _keep(article: Article, source: Source, seen: KnownKeys, run: WebIngest) -> None:
    article.source = article.source or source.name
    article.language = article.language or source.language
    article.source_country = article.source_country or source.country
    seen.add(article.url or article.article_id)
    run.result.articles.append(article)
