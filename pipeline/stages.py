"""The pipeline's stages as plain functions over DataFrames.

Dagster assets (in `assets/`) are thin wrappers around these, and the benchmark and tests call
them directly, so there is one implementation of each stage.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Container
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.corrections import apply_corrections, load_corrections
from pipeline.ingest.archive import Archive
from pipeline.ingest.http import Fetcher, HttpSettings
from pipeline.ingest.near_duplicates import find_near_duplicates
from pipeline.ingest.sources import Source
from pipeline.ingest.web import ingest_sources
from pipeline.merge import Merged, merge_mentions
from pipeline.publish import PublishResult, publish_release, to_arrow
from pipeline.publish.release import latest_release
from pipeline.publish.tables import is_missing
from pipeline.schema import ARTICLES, INCIDENT_SOURCES, INCIDENTS, MENTION_FIELDS
from pipeline.store import (
    ARTICLE_STORE_COLUMNS,
    INGEST_ERROR_COLUMNS,
    ArticleStore,
    batch_id,
    staged_path,
)

LEDGER_COLUMNS = ["article_id", "content_sha256", "extractor", "mentions"]


@dataclass
class IngestRun:
    """What one ingest run added: new articles (stored), errors, and the days they fall on."""

    articles: pd.DataFrame
    errors: pd.DataFrame
    days: dict[str, int] = field(default_factory=dict)
    not_modified: list[str] = field(default_factory=list)
    skipped_seen: int = 0


def ingest(sources: list[Source], *, data_dir: Path,
           http: HttpSettings | None = None) -> IngestRun:
    """Fetch what is new from every source into the archive and the article store.

    Already stored articles (same canonical URL, id or text) are skipped before fetching where
    the URL tells, and after where only the text does; that second case is recorded as a
    `dedup` row so a maintainer can see why an article did not appear.
    """
    store = ArticleStore(data_dir / "archive")
    seen = store.seen()
    fetcher = Fetcher(data_dir / "archive" / "http_state.json", http)
    web = ingest_sources(sources, fetcher=fetcher, archive=Archive(data_dir / "raw"),
                         seen_urls=seen)
    articles = pd.DataFrame([a.to_row() for a in web.result.articles],
                            columns=ARTICLE_STORE_COLUMNS)
    errors = pd.DataFrame([e.to_row() for e in web.result.errors], columns=INGEST_ERROR_COLUMNS)
    # (against what was stored before this run: `seen` also holds the keys this run added, so
    # an article with no URL, known by its id, would otherwise be its own duplicate)
    stored = seen.stored
    duplicated = (articles.duplicated("article_id") | articles.duplicated("content_sha256")
                  | _in(articles["content_sha256"], stored)
                  | _in(articles["article_id"], stored))
    if duplicated.any():
        dropped = articles[duplicated]
        notes = pd.DataFrame({
            "source": dropped["source"], "location": dropped["url"].fillna(dropped["article_id"]),
            "stage": "dedup", "reason": "exact duplicate of an article already ingested",
            "at": dropped["fetched_at"],
        })
        errors = pd.concat([errors, notes], ignore_index=True) if len(errors) else notes
        articles = articles[~duplicated].reset_index(drop=True)
    batch = batch_id()
    days = store.append(articles, batch)
    store.append_errors(errors, batch)
    return IngestRun(articles, errors, days, web.not_modified, web.skipped_seen)


def days_to_reprocess(data_dir: Path) -> list[str]:
    """Stored publication days whose staged extraction is missing or was made by other rules.

    A run processes the days its ingest added to; without this, a day with no new article keeps
    the mentions of whatever rules last saw it, so an upgraded extractor would publish a mix of
    old and new readings, and a deleted `staging/` folder would publish nothing at all (the
    article store still says every article was ingested). The ledger then re-extracts only what
    its rules have not seen."""
    from pipeline.extract import EXTRACTOR

    staging = data_dir / "staging"
    stale = []
    for day in ArticleStore(data_dir / "archive").days():
        ledger = staged_path(staging, "extraction_ledger", day)
        if not (ledger.exists() and staged_path(staging, "incident_mentions", day).exists()
                and staged_path(staging, "articles", day).exists()):
            stale.append(day)
            continue
        tags = pq.read_table(ledger, columns=["extractor"]).column("extractor")
        if len(tags) and not pc.all(pc.equal(tags, EXTRACTOR)).as_py():
            stale.append(day)
    return stale


def articles_of_day(data_dir: Path, day: str) -> pd.DataFrame:
    """The day's stored articles, near-duplicates linked to their first copy."""
    frame = ArticleStore(data_dir / "archive").read_days([day])
    frame = frame.sort_values(["fetched_at", "article_id"], kind="stable").reset_index(drop=True)
    links = find_near_duplicates(list(zip(frame["article_id"], frame["text"], strict=True)))
    frame["duplicate_of"] = frame["article_id"].map(links)
    return frame


def extract(articles: pd.DataFrame, previous: pd.DataFrame | None = None,
            ledger: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(mentions, ledger): extract the articles the ledger has not seen with this extractor.

    The ledger lists every article already extracted (with its mention count, zero included),
    so a re-run costs only what is new; near-duplicate copies are never extracted.
    """
    from pipeline.extract import EXTRACTOR, extract_incidents

    version = EXTRACTOR
    ledger = ledger if ledger is not None else pd.DataFrame(columns=LEDGER_COLUMNS)
    current = ledger[ledger["extractor"] == version]
    done = set(zip(current["article_id"], current["content_sha256"], strict=True))
    keep_previous = previous is not None and len(previous) and len(current)
    rows: list[dict] = previous[previous["article_id"].isin(current["article_id"])].to_dict(
        "records") if keep_previous else []
    entries = current.to_dict("records")
    for article in articles.itertuples(index=False):
        if (article.article_id, article.content_sha256) in done:
            continue
        if isinstance(article.duplicate_of, str) and article.duplicate_of:
            continue
        home = getattr(article, "source_country", None)
        found = extract_incidents(article.text, article.published_at, title=article.title,
                                  article_id=article.article_id,
                                  source_country=home if isinstance(home, str) else None)
        rows.extend(found)
        entries.append({"article_id": article.article_id,
                        "content_sha256": article.content_sha256, "extractor": version,
                        "mentions": len(found)})
    return (pd.DataFrame(rows, columns=list(MENTION_FIELDS)),
            pd.DataFrame(entries, columns=LEDGER_COLUMNS))


def extract_day(staging: Path | None, day: str, articles: pd.DataFrame) -> pd.DataFrame:
    """One publication day: extract what the day's ledger has not seen, keep the ledger.

    With `staging` None nothing is read or written (benchmarks, one-off runs)."""
    previous = ledger = None
    if staging is not None:
        previous = _read_parquet(staged_path(staging, "incident_mentions", day))
        ledger = _read_parquet(staged_path(staging, "extraction_ledger", day))
    mentions, ledger = extract(articles, previous, ledger)
    if staging is not None:
        path = staged_path(staging, "extraction_ledger", day)
        path.parent.mkdir(parents=True, exist_ok=True)
        ledger.to_parquet(path, index=False)
    return mentions


# Below this many articles a process pool costs more to start than it saves.
POOL_MIN_ARTICLES = 400


def extract_days(staging: Path | None, days: dict[str, pd.DataFrame],
                 workers: int | None = None) -> dict[str, pd.DataFrame]:
    """Extract several days, on every core when the batch is large enough. Days are
    independent (each has its own ledger and output file), so they parallelise cleanly;
    the largest go first so the last worker does not straggle."""
    workers = workers or os.cpu_count() or 1
    total = sum(len(frame) for frame in days.values())
    if workers == 1 or len(days) == 1 or total < POOL_MIN_ARTICLES:
        return {day: extract_day(staging, day, frame) for day, frame in days.items()}
    order = sorted(days, key=lambda d: -len(days[d]))
    # spawn, not fork: the caller may be a threaded Dagster process.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(min(workers, len(days)), mp_context=context) as pool:
        results = pool.map(extract_day, [staging] * len(order), order,
                           [days[d] for d in order])
        return dict(zip(order, results, strict=True))


def _read_parquet(path: Path) -> pd.DataFrame | None:
    return pd.read_parquet(path) if path.exists() else None


def merge(mentions: pd.DataFrame, articles: pd.DataFrame, *, releases_dir: Path | None = None,
          corrections_file: Path | None = None) -> Merged:
    """Merge mentions into incidents, keeping the ids of the latest release and applying the
    editorial corrections; removals carry their reason to the changelog."""
    previous = None
    latest = latest_release(releases_dir) if releases_dir is not None else None
    if latest is not None:
        previous = (pq.read_table(latest / f"{INCIDENTS.name}.parquet").to_pandas(),
                    pq.read_table(latest / f"{INCIDENT_SOURCES.name}.parquet").to_pandas())
    merged = merge_mentions(mentions, articles, previous)
    corrections = load_corrections(corrections_file) if corrections_file else []
    incidents, removed = apply_corrections(merged.incidents, corrections)
    kept = merged.sources[merged.sources["incident_id"].isin(incidents["incident_id"])]
    return Merged(incidents, kept.reset_index(drop=True), {**merged.removals, **removed})


def publish(
    validated: pd.DataFrame,
    quarantine: pd.DataFrame,
    sources: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    releases_dir: Path,
    validation: dict,
    removals: dict[str, str] | None = None,
) -> PublishResult:
    """Assemble the release tables; sources of quarantined incidents are left out with them."""
    kept = sources[_in(sources["incident_id"], validated["incident_id"])]
    tables = {
        INCIDENTS.name: to_arrow(validated, INCIDENTS),
        INCIDENT_SOURCES.name: to_arrow(kept, INCIDENT_SOURCES),
        ARTICLES.name: to_arrow(articles, ARTICLES),
    }
    return publish_release(tables, releases_dir=releases_dir, validation=validation,
                           quarantine=quarantine_table(quarantine), removal_reasons=removals)


def _in(values: pd.Series, universe: Container[str] | pd.Series) -> pd.Series:
    """Membership that costs what is asked, not what is known.

    Against a container (the stored keys), each value is looked up in it: a daily run
    pays for its new rows only, not for the archive. Against another column (a million
    validated ids), Arrow's hash join does it in one pass; pandas 3's own `isin` on Arrow
    strings loops in Python and took seconds at that size."""
    if not isinstance(universe, pd.Series):
        return pd.Series([v in universe for v in values], index=values.index, dtype=bool)
    mask = pc.is_in(pa.array(values.astype(object), type=pa.string()),
                    value_set=pa.array(universe.astype(object), type=pa.string()))
    return pd.Series(mask.fill_null(False).to_numpy(zero_copy_only=False), index=values.index)


def quarantine_table(quarantine: pd.DataFrame) -> pa.Table:
    """Quarantined rows as text (they may be malformed) plus their reasons."""
    columns = {name: pa.array([None if is_missing(v) else str(v) for v in quarantine[name]]
                              if name in quarantine else [None] * len(quarantine),
                              type=pa.string())
               for name in INCIDENTS.names}
    reasons = quarantine.get("quarantine_reasons", [])
    columns["quarantine_reasons"] = pa.array([list(r) for r in reasons],
                                             type=pa.list_(pa.string()))
    return pa.table(columns)
