"""The asset graph: articles → incident mentions → incidents → validated incidents → release.

Each asset only moves data between Dagster and a `pipeline.stages` function.
"""

from __future__ import annotations

import pandas as pd
from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetOut,
    MaterializeResult,
    Output,
    asset,
    multi_asset,
)

from assets.resources import PipelinePaths
from pipeline import stages
from pipeline.quality import validate_incidents


@multi_asset(
    outs={
        "articles": AssetOut(description="Cleaned, deduplicated articles with their text."),
        "ingest_errors": AssetOut(description="Inputs that could not be ingested, and why."),
    },
    group_name="ingest",
)
def ingest_articles(paths: PipelinePaths):
    articles, errors = stages.ingest(paths.samples)
    yield Output(articles, "articles", metadata={"articles": len(articles)})
    yield Output(errors, "ingest_errors", metadata={
        "errors": len(errors),
        "by_stage": errors["stage"].value_counts().to_dict() if len(errors) else {},
    })


@asset(group_name="extract", description="One row per incident found in one article.")
def incident_mentions(articles: pd.DataFrame) -> Output[pd.DataFrame]:
    mentions = stages.extract(articles)
    background = int((mentions["mention_type"] == "background").sum()) if len(mentions) else 0
    return Output(mentions, metadata={"mentions": len(mentions), "background": background})


@multi_asset(
    outs={
        "incidents": AssetOut(description="Mentions of the same event merged into one incident."),
        "incident_sources": AssetOut(description="Which article reports which incident."),
    },
    group_name="extract",
)
def merge_incidents(incident_mentions: pd.DataFrame, articles: pd.DataFrame):
    incidents, sources = stages.merge(incident_mentions, articles)
    yield Output(incidents, "incidents", metadata={"incidents": len(incidents)})
    yield Output(sources, "incident_sources", metadata={"links": len(sources)})


@multi_asset(
    outs={
        "validated_incidents": AssetOut(description="Incidents that pass every row-level rule."),
        "quarantined_incidents": AssetOut(description="Rows failing a rule, with the reasons."),
        "validation_summary": AssetOut(description="What the GX suite found, for the manifest."),
    },
    check_specs=[AssetCheckSpec(
        "great_expectations_suite", asset="validated_incidents", blocking=True,
        description="GX 1.x suite from expectations/; a failed table-level rule blocks release.",
    )],
    group_name="quality",
)
def validate(incidents: pd.DataFrame):
    outcome = validate_incidents(incidents)
    yield Output(outcome.valid, "validated_incidents", metadata={"rows": len(outcome.valid)})
    yield Output(outcome.quarantine, "quarantined_incidents",
                 metadata={"rows": len(outcome.quarantine)})
    yield Output(outcome.summary, "validation_summary")
    yield AssetCheckResult(
        asset_key="validated_incidents",
        check_name="great_expectations_suite",
        passed=outcome.passed,
        severity=AssetCheckSeverity.ERROR,
        description="; ".join(outcome.table_failures) or "all table-level expectations passed",
        metadata={"summary": outcome.summary, "quarantined": len(outcome.quarantine)},
    )


@asset(group_name="publish", description="A versioned Parquet release under data/releases/.")
def release(
    paths: PipelinePaths,
    validated_incidents: pd.DataFrame,
    quarantined_incidents: pd.DataFrame,
    incident_sources: pd.DataFrame,
    articles: pd.DataFrame,
    validation_summary: dict,
) -> MaterializeResult:
    result = stages.publish(
        validated_incidents, quarantined_incidents, incident_sources, articles,
        releases_dir=paths.releases, validation=validation_summary,
    )
    return MaterializeResult(metadata={
        "version": result.version or "", "created": result.created, "message": result.message,
        "path": str(result.path or ""),
    })

