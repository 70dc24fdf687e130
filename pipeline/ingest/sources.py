"""`sources.yaml`: which feeds, page lists and local folders to ingest, and how politely.

A mistake in the file is reported with the source's name and the offending key, before any
fetching starts, rather than surfacing later as a confusing fetch error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from pipeline.geo.gazetteer import iso3_code

KINDS = ("feed", "urls", "folder")
DEFAULT_RATE_LIMIT = 1.0  # requests per second per host


class SourcesError(ValueError):
    """The sources file is unreadable or describes a source incompletely."""


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    url: str | None = None
    urls: tuple[str, ...] = ()
    path: Path | None = None
    language: str | None = None
    # home country (ISO alpha-3) of a local outlet: its reports often name no country at all
    country: str | None = None
    rate_limit: float = DEFAULT_RATE_LIMIT
    tags: tuple[str, ...] = field(default_factory=tuple)


def load_sources(path: Path) -> list[Source]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise SourcesError(f"{path}: cannot read sources: {exc}") from exc
    entries = raw.get("sources") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        raise SourcesError(f"{path}: expected a top-level `sources:` list")
    sources = [_parse(entry, index, path.parent) for index, entry in enumerate(entries)]
    names = [s.name for s in sources]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise SourcesError(f"{path}: source names must be unique: {duplicates}")
    return sources


def _parse(entry: object, index: int, base: Path) -> Source:
    if not isinstance(entry, dict):
        raise SourcesError(f"source #{index + 1}: expected a mapping, got {entry!r}")
    name = entry.get("name")
    if not name or not isinstance(name, str):
        raise SourcesError(f"source #{index + 1}: `name` is required")
    kind = entry.get("kind")
    if kind not in KINDS:
        raise SourcesError(f"source {name!r}: `kind` must be one of {KINDS}, got {kind!r}")
    unknown = set(entry) - {"name", "kind", "url", "urls", "path", "language", "country",
                            "rate_limit", "tags"}
    if unknown:
        raise SourcesError(f"source {name!r}: unknown keys {sorted(unknown)}")
    rate = entry.get("rate_limit", DEFAULT_RATE_LIMIT)
    if not isinstance(rate, (int, float)) or rate <= 0:
        raise SourcesError(f"source {name!r}: `rate_limit` must be a positive number")
    country = entry.get("country")
    if country is not None:
        code = iso3_code(country) if isinstance(country, str) else None
        if code is None:
            raise SourcesError(f"source {name!r}: `country` must be an ISO 3166-1 alpha-3 or "
                               f"alpha-2 code, got {country!r}")
        country = code
    common = {"name": name, "kind": kind, "language": entry.get("language"),
              "country": country, "rate_limit": float(rate),
              "tags": tuple(entry.get("tags") or ())}
    if kind == "feed":
        if not isinstance(entry.get("url"), str):
            raise SourcesError(f"source {name!r}: a feed needs `url`")
        return Source(url=entry["url"], **common)
    if kind == "urls":
        urls = entry.get("urls")
        if not isinstance(urls, list) or not all(isinstance(u, str) for u in urls):
            raise SourcesError(f"source {name!r}: `urls` must be a list of URLs")
        return Source(urls=tuple(urls), **common)
    if not isinstance(entry.get("path"), str):
        raise SourcesError(f"source {name!r}: a folder needs `path`")
    folder = Path(entry["path"])
    return Source(path=folder if folder.is_absolute() else base / folder, **common)
