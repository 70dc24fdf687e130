"""RSS and Atom feeds, parsed with feedparser, which tolerates the malformed XML of real feeds."""

from __future__ import annotations

from urllib.parse import urlsplit

import feedparser

from pipeline.ingest.articles import Article, IngestError, IngestResult, parse_timestamp
from pipeline.ingest.html import MIN_TEXT_CHARS, fragment_text


def parse_feed(raw: bytes | str, *, source: str, location: str) -> IngestResult:
    """One article per entry that carries text; every unusable entry becomes an `IngestError`."""
    result = IngestResult()
    parsed = feedparser.parse(raw)
    if parsed.bozo:
        # feedparser recovers what it can from broken XML; keep that, but say the feed is bad.
        reason = (f"malformed feed ({len(parsed.entries)} entries recovered): "
                  f"{parsed.get('bozo_exception')!s}")
        result.errors.append(IngestError(source, location, "parse_feed", reason))
        if not parsed.entries:
            return result
    if not parsed.entries:
        result.errors.append(IngestError(source, location, "parse_feed", "feed has no entries"))
        return result
    for index, entry in enumerate(parsed.entries):
        where = f"{location}#{entry.get('id') or entry.get('link') or index}"
        link = entry.get("link")
        body = _entry_body(entry)
        if not link:
            result.errors.append(IngestError(source, where, "parse_feed", "entry has no link"))
            continue
        if urlsplit(link).scheme not in ("http", "https"):
            reason = f"entry link is not an absolute http(s) URL: {link!r}"
            result.errors.append(IngestError(source, where, "parse_feed", reason))
            continue
        text = fragment_text(body)
        if len(text) < MIN_TEXT_CHARS:
            reason = f"entry has no article text ({len(text)} characters)"
            result.errors.append(IngestError(source, where, "extract_text", reason))
            continue
        published = entry.get("published") or entry.get("updated")
        result.articles.append(Article(
            url=link,
            title=entry.get("title"),
            published_at=parse_timestamp(published),
            source=parsed.feed.get("title") or source,
            text=text,
            language=parsed.feed.get("language"),
        ))
    return result


def _entry_body(entry: feedparser.FeedParserDict) -> str:
    """Prefer full content (content:encoded / Atom content) over the summary."""
    contents = entry.get("content") or []
    if contents:
        return max((c.get("value", "") for c in contents), key=len)
    return entry.get("summary", "") or ""
