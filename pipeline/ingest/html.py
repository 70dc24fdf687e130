"""Main text and metadata from HTML pages via trafilatura: boilerplate removal is its job."""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from trafilatura.utils import decode_file

from pipeline.ingest.articles import parse_timestamp

# htmldate (inside trafilatura) returns only a day unless asked for a full timestamp format.
_DATE_PARAMS = {"extensive_search": True, "original_date": True,
                "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
MIN_TEXT_CHARS = 40


class NotAnArticle(ValueError):
    """The page holds no extractable article text (empty, not HTML, or only boilerplate)."""


@dataclass(frozen=True)
class PageContent:
    text: str
    title: str | None
    url: str | None
    published_at: str | None
    author: str | None
    sitename: str | None
    language: str | None


def decode_html(raw: bytes) -> str:
    """Decode bytes whatever charset they were declared (or mis-declared) in."""
    return decode_file(raw)


def extract_page(html: str | bytes, url: str | None = None) -> PageContent:
    if isinstance(html, bytes):
        html = decode_html(html)
    if not html.strip():
        raise NotAnArticle("empty document")
    if "<" not in html:
        raise NotAnArticle("not HTML (no markup found)")
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text) < MIN_TEXT_CHARS:
        raise NotAnArticle(f"no article text ({len(text)} characters after boilerplate removal)")
    published = getattr(doc, "date", None)
    stamp = parse_timestamp(published)
    return PageContent(
        text=_drop_leading_title(text, doc.title),
        title=doc.title,
        url=doc.url or url,
        published_at=stamp.isoformat() if stamp else published,
        author=doc.author,
        sitename=doc.sitename,
        language=doc.language or declared_language(html),
    )


_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?",
                   re.IGNORECASE)
_META_LANG = re.compile(r"<meta\b[^>]*?(?:property|name)\s*=\s*[\"'](?:og:locale|language)[\"']"
                        r"[^>]*?content\s*=\s*[\"']([A-Za-z]{2,3})", re.IGNORECASE)


def declared_language(html: str) -> str | None:
    """The page's own declaration (<html lang>, og:locale): trafilatura only guesses the
    language when a detector package is installed, and the declaration is usually right."""
    head = html[:20_000]
    found = _LANG.search(head) or _META_LANG.search(head)
    return found.group(1).lower() if found else None


def _drop_leading_title(text: str, title: str | None) -> str:
    """trafilatura repeats the <h1> as the first line; the title is stored apart."""
    if title:
        first, _, rest = text.partition("\n")
        if first.strip() == title.strip() and rest:
            return rest
    return text


_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr")


def fragment_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content), keeping paragraph breaks.

    Feed content is already the article, so no boilerplate removal is needed, only de-tagging.
    """
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return fragment.strip()
    for element in root.iter(*_BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
    return root.text_content().strip()
