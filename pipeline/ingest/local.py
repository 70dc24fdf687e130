"""Local folders of articles: text with a header block, HTML pages, RSS/Atom files, JSON Lines.

Each file is read on its own; one bad file becomes an `IngestError` and never stops the rest.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.ingest.articles import Article, IngestError, IngestResult, parse_timestamp
from pipeline.ingest.feeds import parse_feed
from pipeline.ingest.html import NotAnArticle, decode_html, extract_page

MAX_FILE_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | JSONL_SUFFIXES
HEADER_KEYS = {"title", "published", "url", "source", "language", "author"}


def ingest_folder(folder: Path, *, source: str = "local") -> IngestResult:
    """Read every supported file below `folder` (sorted, so runs are reproducible)."""
    result = IngestResult()
    if not folder.is_dir():
        result.errors.append(IngestError(source, str(folder), "read", "folder does not exist"))
        return result
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if path.suffix.lower() not in SUPPORTED or path.name.lower() == "readme.md":
            continue
        result.extend(ingest_file(path, source=source))
    return result


def ingest_file(path: Path, *, source: str = "local") -> IngestResult:
    result = IngestResult()
    where = str(path)
    try:
        size = path.stat().st_size
        suffix = path.suffix.lower()
        if size == 0:
            raise NotAnArticle("empty file")
        if suffix in JSONL_SUFFIXES:
            return _read_jsonl(path, source=source, location=where)  # capped per record
        if size > MAX_FILE_BYTES:
            raise NotAnArticle(f"file too large ({size} bytes > {MAX_FILE_BYTES})")
        raw = path.read_bytes()
        if suffix in FEED_SUFFIXES:
            return parse_feed(raw, source=source, location=where)
        if suffix in HTML_SUFFIXES:
            page = extract_page(raw)
            result.articles.append(Article(
                url=page.url, title=page.title, published_at=parse_timestamp(page.published_at),
                source=page.sitename or source, text=page.text, language=page.language,
                author=page.author,
            ))
        else:
            result.articles.append(_read_text(raw, source=source))
    except NotAnArticle as exc:
        result.errors.append(IngestError(source, where, "extract_text", str(exc)))
    except OSError as exc:
        result.errors.append(IngestError(source, where, "read", f"{type(exc).__name__}: {exc}"))
    return result


def _read_text(raw: bytes, *, source: str) -> Article:
    """Plain text: optional `Key: value` header lines (Title, Published, URL, Source), a blank
    line, then the body. Without a header the whole file is the body."""
    text = decode_html(raw)
    head, sep, body = text.partition("\n\n")
    header: dict[str, str] = {}
    if sep:
        for line in head.splitlines():
            key, colon, value = line.partition(":")
            if colon and key.strip().lower() in HEADER_KEYS:
                header[key.strip().lower()] = value.strip()
            else:
                header = {}
                break
    if not header:
        body = text
    if not body.strip():
        raise NotAnArticle("no body text")
    return Article(
        url=header.get("url"), title=header.get("title"),
        published_at=parse_timestamp(header.get("published")),
        source=header.get("source", source), text=body, language=header.get("language"),
        author=header.get("author"),
    )


def _read_jsonl(path: Path, *, source: str, location: str) -> IngestResult:
    """Records `{"id", "text", "published_at", "title"?, "url"?}`, streamed line by line (a
    batch file may hold any number of records; each is capped); a bad line is recorded."""
    result = IngestResult()
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            _read_record(raw, f"{location}:{number}", source, result)
    return result


def _read_record(raw: bytes, where: str, source: str, result: IngestResult) -> None:
    if not raw.strip():
        return
    try:
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError(f"record too large ({len(raw)} bytes > {MAX_FILE_BYTES})")
        record = json.loads(raw.decode("utf-8"))
        text = record["text"]
        if not isinstance(text, str) or not text.strip():
            raise ValueError("empty text")
    except (json.JSONDecodeError, UnicodeDecodeError, KeyError, TypeError, ValueError) as exc:
        reason = f"bad record: {type(exc).__name__}: {exc}"
        result.errors.append(IngestError(source, where, "parse_jsonl", reason))
        return
    result.articles.append(Article(
        url=record.get("url"), title=record.get("title"),
        published_at=parse_timestamp(record.get("published_at")),
        source=record.get("source") or source, text=text,
        article_id=str(record["id"]) if record.get("id") and not record.get("url") else "",
    ))
