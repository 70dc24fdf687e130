"""RSS and Atom feeds, parsed with feedparser, which tolerates the malformed XML of real feeds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

import feedparser

from pipeline.ingest.articles import Article, IngestError, IngestResult, parse_timestamp
from pipeline.ingest.html import MIN_TEXT_CHARS, fragment_text


@dataclass(frozen=True)
class FeedEntry:
    link: str
    title: str | None
    published_at: datetime | None
    text: str
    # False for teasers (summary only): the article itself must be fetched from `link`.
    full_content: bool
    outlet: str | None
    language: str | None

    def to_article(self, source: str) -> Article:
        return Article(url=self.link, title=self.title, published_at=self.published_at,
                       source=self.outlet or source, text=self.text, language=self.language)


def feed_entries(raw: bytes | str, *, source: str,
                 location: str) -> tuple[list[FeedEntry], list[IngestError]]:
    """Usable entries, and an error for the feed or for each entry that cannot be used."""
    entries: list[FeedEntry] = []
    errors: list[IngestError] = []
    parsed = feedparser.parse(raw)
    if parsed.bozo:
        # feedparser recovers what it can from broken XML; keep that, but say the feed is bad.
        reason = (f"malformed feed ({len(parsed.entries)} entries recovered): "
                  f"{parsed.get('bozo_exception')!s}")
        errors.append(IngestError(source, location, "parse_feed", reason))
    elif not parsed.entries:
        errors.append(IngestError(source, location, "parse_feed", "feed has no entries"))
    for index, entry in enumerate(parsed.entries):
        where = f"{location}#{entry.get('id') or entry.get('link') or index}"
        link = entry.get("link")
        if not link:
            errors.append(IngestError(source, where, "parse_feed", "entry has no link"))
            continue
        if urlsplit(link).scheme not in ("http", "https"):
            reason = f"entry link is not an absolute http(s) URL: {link!r}"
            errors.append(IngestError(source, where, "parse_feed", reason))
            continue
        contents = entry.get("content") or []
        body = max((c.get("value", "") for c in contents), key=len) if contents \
            else entry.get("summary", "") or ""
        entries.append(FeedEntry(
            link=link, title=entry.get("title"),
            published_at=parse_timestamp(entry.get("published") or entry.get("updated")),
            text=fragment_text(body), full_content=bool(contents),
            outlet=parsed.feed.get("title"), language=parsed.feed.get("language"),
        ))
    return entries, errors


def parse_feed(raw: bytes | str, *, source: str, location: str) -> IngestResult:
    """A feed file read on its own (no fetching): entries without enough text are errors."""
    entries, errors = feed_entries(raw, source=source, location=location)
    result = IngestResult(errors=errors)
    for entry in entries:
        if len(entry.text) < MIN_TEXT_CHARS:
            reason = f"entry has no article text ({len(entry.text)} characters)"
            result.errors.append(IngestError(source, f"{location}#{entry.link}", "extract_text",
                                             reason))
        else:
            result.articles.append(entry.to_article(source))
    return result
