"""Article records and the identity rules (canonical URL, content hash) deduplication relies on."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from urllib.parse import urldefrag

from courlan import normalize_url

from pipeline.schema import ARTICLES


def canonical_url(url: str | None) -> str | None:
    """Normalise a URL so the same article reached via tracking links gets one identity."""
    if not url:
        return None
    url = url.strip()
    try:
        normalised = normalize_url(url)
    except (ValueError, TypeError):
        normalised = url
    return urldefrag(normalised)[0]


def normalise_text(text: str) -> str:
    """Unicode-normalise and collapse blank runs so re-encoded copies hash identically."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def sha256_hex(data: str | bytes) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def parse_timestamp(value: str | date | datetime | None) -> datetime | None:
    """Read the many timestamp spellings found in feeds and pages as an aware UTC datetime.

    A bare date is taken as midnight UTC: relative dates in the text resolve against the day.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        dt = value
    elif isinstance(value, date):
        dt = datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip()
        try:
            dt = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            from email.utils import parsedate_to_datetime

            try:
                dt = parsedate_to_datetime(text)
            except (TypeError, ValueError):
                return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


@dataclass
class Article:
    """A cleaned article. `text` is kept in staging for extraction but never published."""

    url: str | None
    title: str | None
    published_at: datetime | None
    source: str
    text: str
    language: str | None = None
    author: str | None = None
    source_country: str | None = None
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    article_id: str = ""
    content_sha256: str = ""
    raw_sha256: str | None = None

    def __post_init__(self) -> None:
        self.url = canonical_url(self.url)
        self.text = normalise_text(self.text)
        self.content_sha256 = sha256_hex(self.text)
        if not self.article_id:
            # The URL is the identity when there is one; otherwise the content is.
            self.article_id = sha256_hex(self.url or self.content_sha256)[:16]

    def to_row(self) -> dict:
        """Row for the staging table: the published columns plus the text."""
        row = {name: getattr(self, name, None) for name in ARTICLES.names}
        row["n_chars"] = len(self.text)
        row["text"] = self.text
        return row


@dataclass(frozen=True)
class IngestError:
    """One input that could not be turned into an article, and why."""

    source: str
    location: str
    stage: str
    reason: str
    at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def to_row(self) -> dict:
        return asdict(self)


@dataclass
class IngestResult:
    articles: list[Article] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)

    def extend(self, other: IngestResult) -> None:
        self.articles.extend(other.articles)
        self.errors.extend(other.errors)
