"""The Dagster `Definitions` that `workspace.yaml`, `dagster dev` and `incidents run` all load."""

from __future__ import annotations

from dagster import AssetSelection, Definitions, ScheduleDefinition, define_asset_job

from assets.pipeline_assets import (
    incident_mentions,
    ingest_articles,
    merge_incidents,
    release,
    validate,
)
from assets.resources import PipelinePaths, StagingIOManager

ALL_ASSETS = [ingest_articles, incident_mentions, merge_incidents, validate, release]
PIPELINE_JOB = "incident_pipeline"

incident_pipeline = define_asset_job(
    PIPELINE_JOB, selection=AssetSelection.all(),
    description="Ingest → extract → merge → validate (blocking GX check) → publish.",
)
daily = ScheduleDefinition(name="daily_release", job=incident_pipeline, cron_schedule="0 6 * * *",
                           execution_timezone="UTC")


def build_definitions(data_dir: str | None = None, samples_dir: str | None = None) -> Definitions:
    """Definitions with the data folder chosen by the caller (tests use a temporary one)."""
    paths = PipelinePaths() if data_dir is None else PipelinePaths(data_dir=data_dir)
    if samples_dir:
        paths = PipelinePaths(data_dir=paths.data_dir, samples_dir=samples_dir)
    return Definitions(
        assets=ALL_ASSETS,
        jobs=[incident_pipeline],
        schedules=[daily],
        resources={"paths": paths, "io_manager": StagingIOManager(data_dir=paths.data_dir)},
    )


defs = build_definitions()
