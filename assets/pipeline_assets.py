"""The asset graph: raw articles → articles → incident mentions (daily partitions by publication
day) → incidents → validated incidents → release.

Each asset only moves data between Dagster and a `pipeline.stages` function.
"""


import pandas as pd
from dagster import (
    AllPartitionMapping,
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetExecutionContext,
    AssetIn,
    AssetOut,
    BackfillPolicy,
    DailyPartitionsDefinition,
    MaterializeResult,
    Output,
    asset,
    multi_asset,
)

from assets.resources import PipelinePaths
from pipeline import stages
from pipeline.quality import validate_incidents
from pipeline.schema import ARTICLES, MENTION_FIELDS
from pipeline.store import FIRST_DAY, article_day

publication_day = DailyPartitionsDefinition(start_date=FIRST_DAY.isoformat(), end_offset=1)
# A backfill of many days runs as one process over the whole range: per-day runs would spend
# more time starting than extracting.
ONE_RUN = BackfillPolicy.single_run()
ALL_DAYS = AllPartitionMapping()


@multi_asset(
    outs={
        "raw_articles": AssetOut(description="New articles fetched this run (the archive and "
                                             "the article store keep all of them)."),
        "ingest_errors": AssetOut(description="Inputs that could not be ingested this run, "
                                              "with source, location, stage, reason, time."),
    },
    group_name="ingest",
)
def ingest(paths: PipelinePaths):
    run = stages.ingest(paths.sources(), data_dir=paths.data)
    stale = [day for day in stages.days_to_reprocess(paths.data) if day not in run.days]
    yield Output(run.articles.drop(columns=["text"]), "raw_articles", metadata={
        "new_articles": len(run.articles), "new_days": sorted(run.days),
        "reprocess_days": stale,
        "not_modified": len(run.not_modified), "skipped_seen": run.skipped_seen,
    })
    yield Output(run.errors, "ingest_errors", metadata={
        "errors": len(run.errors),
        "by_stage": run.errors["stage"].value_counts().to_dict() if len(run.errors) else {},
    })


@asset(partitions_def=publication_day, backfill_policy=ONE_RUN, deps=["raw_articles"],
       group_name="ingest", description="Articles published on the day, near-duplicates linked.")
def articles(context: AssetExecutionContext, paths: PipelinePaths) -> dict[str, pd.DataFrame]:
    days = {day: stages.articles_of_day(paths.data, day) for day in context.partition_keys}
    return {day: frame for day, frame in days.items() if len(frame)}


@asset(partitions_def=publication_day, backfill_policy=ONE_RUN, group_name="extract",
       description="One row per incident found in one article (current or background).")
def incident_mentions(context: AssetExecutionContext, paths: PipelinePaths,
                      articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    if articles.empty:
        return {}
    day_of = [article_day(p, f) for p, f in zip(articles["published_at"],
                                                 articles["fetched_at"], strict=True)]
    days = {str(day): group for day, group in
            articles.groupby(pd.Series(day_of, index=articles.index))}
    out = stages.extract_days(paths.staging, days)
    context.add_output_metadata({"days": len(out)})
    return out


@multi_asset(
    outs={
        "incidents": AssetOut(description="Mentions of the same event merged into one incident."),
        "incident_sources": AssetOut(description="Which article reports which incident."),
        "release_articles": AssetOut(description="Metadata of every article, for the release."),
        "incident_removals": AssetOut(description="Published incidents removed, and why."),
    },
    ins={"incident_mentions": AssetIn(partition_mapping=ALL_DAYS),
         "articles": AssetIn(partition_mapping=ALL_DAYS, metadata={"columns": ARTICLES.names})},
    group_name="extract",
)
def merge_incidents(paths: PipelinePaths, incident_mentions: pd.DataFrame,
                    articles: pd.DataFrame):
    mentions = _columns(incident_mentions, list(MENTION_FIELDS))
    arts = _columns(articles, ARTICLES.names)
    merged = stages.merge(mentions, arts, releases_dir=paths.releases,
                          corrections_file=paths.corrections)
    yield Output(merged.incidents, "incidents", metadata={"incidents": len(merged.incidents)})
    yield Output(merged.sources, "incident_sources", metadata={"links": len(merged.sources)})
    yield Output(arts, "release_articles", metadata={"articles": len(arts)})
    yield Output(merged.removals, "incident_removals",
                 metadata={"removed": len(merged.removals)})


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
    release_articles: pd.DataFrame,
    validation_summary: dict,
    incident_removals: dict,
) -> MaterializeResult:
    result = stages.publish(
        validated_incidents, quarantined_incidents, incident_sources, release_articles,
        releases_dir=paths.releases, validation=validation_summary, removals=incident_removals,
    )
    return MaterializeResult(metadata={
        "version": result.version or "", "created": result.created, "message": result.message,
        "path": str(result.path or ""),
    })


def _columns(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """An input read from zero partitions has no columns; give it the expected ones."""
    return frame.reindex(columns=columns) if frame.empty else frame

