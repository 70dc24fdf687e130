"""The Dagster `Definitions` that `workspace.yaml`, `dagster dev` and `incidents run` all load."""

from __future__ import annotations

from dagster import Definitions

from assets.automation import (
    daily_ingest,
    inbox_sensor,
    ingest_job,
    new_articles_sensor,
    process_job,
)
from assets.pipeline_assets import (
    articles,
    incident_mentions,
    ingest,
    merge_incidents,
    release,
    validate,
)
from assets.resources import PipelinePaths, StagingIOManager

ALL_ASSETS = [ingest, articles, incident_mentions, merge_incidents, validate, release]


def build_definitions(data_dir: str | None = None, samples_dir: str | None = None,
                      sources_file: str | None = None,
                      corrections_file: str | None = None) -> Definitions:
    """Definitions with the folders chosen by the caller (tests use temporary ones)."""
    overrides = {k: v for k, v in (("data_dir", data_dir), ("samples_dir", samples_dir),
                                   ("sources_file", sources_file),
                                   ("corrections_file", corrections_file)) if v}
    paths = PipelinePaths(**overrides)
    return Definitions(
        assets=ALL_ASSETS,
        jobs=[ingest_job, process_job],
        schedules=[daily_ingest],
        sensors=[inbox_sensor, new_articles_sensor],
        resources={"paths": paths, "io_manager": StagingIOManager(data_dir=paths.data_dir)},
    )


defs = build_definitions()
