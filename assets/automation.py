"""When the pipeline runs: a daily ingest schedule, a sensor on the inbox folder, and a sensor
that processes the publication days an ingest run added to."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from dagster import (
    AssetKey,
    DefaultScheduleStatus,
    DefaultSensorStatus,
    EventLogEntry,
    RunRequest,
    ScheduleDefinition,
    SensorEvaluationContext,
    SkipReason,
    asset_sensor,
    define_asset_job,
    sensor,
)

from assets.pipeline_assets import publication_day

INGEST_JOB = "ingest_job"
PROCESS_JOB = "process_job"
RANGE_START = "dagster/asset_partition_range_start"
RANGE_END = "dagster/asset_partition_range_end"

ingest_job = define_asset_job(INGEST_JOB, selection=["raw_articles", "ingest_errors"],
                              description="Fetch what is new from every source.")
process_job = define_asset_job(
    PROCESS_JOB,
    selection=["articles", "incident_mentions", "incidents", "incident_sources",
               "release_articles", "incident_removals", "validated_incidents",
               "quarantined_incidents", "validation_summary", "release"],
    partitions_def=publication_day,
    description="Extract the given publication days, merge, validate (blocking GX check) and "
                "publish.",
)

daily_ingest = ScheduleDefinition(
    name="daily_ingest", job=ingest_job, cron_schedule="0 6 * * *", execution_timezone="UTC",
    default_status=DefaultScheduleStatus.STOPPED,
)


def days_to_process(ingest_metadata: dict) -> list[str]:
    """New days plus stale ones, from an ingest's metadata (values or Dagster metadata)."""
    days: set[str] = set()
    for name in ("new_days", "reprocess_days"):
        value = ingest_metadata.get(name, [])
        days.update(getattr(value, "value", value) or [])
    return sorted(days)


def range_tags(days: list[str]) -> dict[str, str]:
    """Tags that make one run cover a range of daily partitions (single-run backfill)."""
    return {RANGE_START: min(days), RANGE_END: max(days)}


@asset_sensor(asset_key=AssetKey("raw_articles"), job=process_job,
              default_status=DefaultSensorStatus.STOPPED)
def new_articles_sensor(context: SensorEvaluationContext, asset_event: EventLogEntry):
    """After each ingest, process the publication days that received articles, and the stored
    days whose extraction is missing or was made by other rules."""
    materialization = asset_event.asset_materialization
    days = days_to_process(materialization.metadata) if materialization else []
    if not days:
        return SkipReason("the last ingest added no article and every stored day is current")
    yield RunRequest(run_key=f"ingest-{asset_event.storage_id}", tags=range_tags(list(days)))


def inbox_dir() -> Path:
    return Path(os.environ.get("INCIDENTS_INBOX", "data/inbox"))


def inbox_fingerprint(folder: Path) -> str:
    """Changes whenever a file is added, removed or rewritten in the inbox."""
    entries = sorted(f"{p.relative_to(folder)}:{p.stat().st_size}:{p.stat().st_mtime_ns}"
                     for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
    return hashlib.sha256(json.dumps(entries).encode()).hexdigest()[:16]


@sensor(job=ingest_job, minimum_interval_seconds=60, default_status=DefaultSensorStatus.STOPPED)
def inbox_sensor(context: SensorEvaluationContext):
    """Start an ingest when files land in the inbox folder (list it in sources.yaml)."""
    folder = inbox_dir()
    if not folder.is_dir() or not any(p.is_file() for p in folder.rglob("*")):
        return SkipReason(f"nothing in {folder}")
    fingerprint = inbox_fingerprint(folder)
    if fingerprint == context.cursor:
        return SkipReason("no new file in the inbox")
    context.update_cursor(fingerprint)
    return RunRequest(run_key=f"inbox-{fingerprint}")
