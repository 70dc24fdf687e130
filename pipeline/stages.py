"""The pipeline's stages as plain functions over DataFrames.

Dagster assets (in `assets/`) are thin wrappers around these, and the benchmark and tests call
them directly, so there is one implementation of each stage.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa

from pipeline.ingest import IngestResult, ingest_folder
from pipeline.merge import merge_mentions
from pipeline.publish import PublishResult, publish_release, to_arrow
from pipeline.publish.tables import is_missing
from pipeline.schema import ARTICLES, INCIDENT_SOURCES, INCIDENTS, MENTION_FIELDS

ARTICLE_STAGING_COLUMNS = [*ARTICLES.names, "text"]
INGEST_ERROR_COLUMNS = ["source", "location", "stage", "reason", "at"]


def ingest(folder: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(articles with their text, ingest errors). Exact duplicates (same article id or same
    text) are kept once; which copy is dropped is recorded as an error row of stage `dedup`."""
    result: IngestResult = ingest_folder(folder)
    articles = pd.DataFrame([a.to_row() for a in result.articles],
                            columns=ARTICLE_STAGING_COLUMNS)
    errors = pd.DataFrame([e.to_row() for e in result.errors], columns=INGEST_ERROR_COLUMNS)
    duplicated = articles.duplicated("article_id") | articles.duplicated("content_sha256")
    if duplicated.any():
        dropped = articles[duplicated]
        notes = pd.DataFrame({
            "source": dropped["source"], "location": dropped["url"].fillna(dropped["article_id"]),
            "stage": "dedup", "reason": "exact duplicate of an article already ingested",
            "at": dropped["fetched_at"],
        })
        errors = pd.concat([errors, notes], ignore_index=True) if len(errors) else notes
        articles = articles[~duplicated].reset_index(drop=True)
    return articles, errors


def extract(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per incident mention found in each article (current and background)."""
    from pipeline.extract import extract_incidents

    rows: list[dict] = []
    for article in articles.itertuples(index=False):
        rows.extend(extract_incidents(
            article.text, article.published_at, title=article.title,
            article_id=article.article_id,
        ))
    return pd.DataFrame(rows, columns=list(MENTION_FIELDS))


def merge(mentions: pd.DataFrame, articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    return merge_mentions(mentions, articles)


def publish(
    validated: pd.DataFrame,
    quarantine: pd.DataFrame,
    sources: pd.DataFrame,
    articles: pd.DataFrame,
    *,
    releases_dir: Path,
    validation: dict,
) -> PublishResult:
    """Assemble the release tables; sources of quarantined incidents are left out with them."""
    kept = sources[sources["incident_id"].isin(validated["incident_id"])]
    tables = {
        INCIDENTS.name: to_arrow(validated, INCIDENTS),
        INCIDENT_SOURCES.name: to_arrow(kept, INCIDENT_SOURCES),
        ARTICLES.name: to_arrow(articles, ARTICLES),
    }
    return publish_release(tables, releases_dir=releases_dir, validation=validation,
                           quarantine=quarantine_table(quarantine))


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
