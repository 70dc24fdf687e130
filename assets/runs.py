"""Run the pipeline in-process: the ingest job, then the process job over the publication days
the ingest added to (what the schedule and the sensor chain do under the daemon)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from dagster import AssetKey, DagsterInstance, ExecuteInProcessResult

from assets.automation import INGEST_JOB, PROCESS_JOB, days_to_process, range_tags
from assets.definitions import build_definitions
from pipeline.query import ReleaseNotFound, resolve_release, summary

# The report below says what matters; Dagster's step-by-step DEBUG lines stay in the run log.
QUIET = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
UNPARTITIONED = ["incidents", "incident_sources", "release_articles", "incident_removals",
                 "validated_incidents", "quarantined_incidents", "validation_summary", "release"]


@dataclass
class RunOutcome:
    success: bool
    report: str
    results: list[ExecuteInProcessResult] = field(default_factory=list)


def execute_pipeline(data_dir: Path, *, samples_dir: str | None = None,
                     sources_file: str | None = None, corrections_file: str | None = None,
                     instance: DagsterInstance | None = None,
                     days: list[str] | None = None) -> RunOutcome:
    """Ingest, then process the new days (or `days`, for a backfill), then publish."""
    defs = build_definitions(str(data_dir), samples_dir, sources_file, corrections_file)
    instance = instance or DagsterInstance.get()
    lines: list[str] = []
    results: list[ExecuteInProcessResult] = []
    if days is None:
        ingest = defs.resolve_job_def(INGEST_JOB).execute_in_process(
            run_config=QUIET, instance=instance, raise_on_error=False)
        results.append(ingest)
        lines += _describe(ingest)
        if not ingest.success:
            return RunOutcome(False, "\n".join(lines), results)
        days = days_to_process(_metadata(ingest, "raw_articles"))
    process = defs.resolve_job_def(PROCESS_JOB)
    if days:
        result = process.execute_in_process(run_config=QUIET, instance=instance,
                                            raise_on_error=False, tags=range_tags(days))
    else:
        lines.append("no new article: merging, validating and publishing what is stored")
        result = process.execute_in_process(run_config=QUIET, instance=instance,
                                            raise_on_error=False,
                                            asset_selection=[AssetKey(k) for k in UNPARTITIONED])
    results.append(result)
    lines += _describe(result)
    if result.success:
        try:
            lines += ["", summary(resolve_release(data_dir / "releases"))]
        except ReleaseNotFound as exc:
            lines.append(str(exc))
    return RunOutcome(result.success, "\n".join(lines), results)


def _metadata(result: ExecuteInProcessResult, asset: str) -> dict:
    for mat in result.get_asset_materialization_events():
        data = mat.event_specific_data.materialization
        if data.asset_key.to_user_string() == asset:
            return {k: v.value for k, v in data.metadata.items()}
    return {}


def _describe(result: ExecuteInProcessResult) -> list[str]:
    lines = [f"Dagster run {result.run_id} ({result.job_def.name}): "
             f"{'success' if result.success else 'FAILED'}"]
    for event in result.all_events:
        if event.event_type_value == "ASSET_CHECK_EVALUATION":
            check = event.event_specific_data
            status = "passed" if check.passed else "FAILED"
            lines.append(f"  check {check.check_name}: {status}: {check.description or ''}")
        elif event.is_step_failure:
            error = event.step_failure_data.error
            lines.append(f"  step {event.step_key} failed: "
                         f"{error.message.strip() if error else ''}")
    seen: set[str] = set()
    for mat in result.get_asset_materialization_events():
        data = mat.event_specific_data.materialization
        key = data.asset_key.to_user_string()
        meta = {k: v.value for k, v in data.metadata.items()}
        if key in seen:
            continue
        seen.add(key)
        if key == "release":
            lines.append(f"  release: {meta.get('message')}")
        elif key == "raw_articles":
            lines.append(f"  ingest: {meta.get('new_articles')} new articles on "
                         f"{len(meta.get('new_days', []))} days, "
                         f"{meta.get('not_modified')} sources unchanged")
            if meta.get("reprocess_days"):
                lines.append(f"  re-extracting {len(meta['reprocess_days'])} stored days "
                             "(staged extraction missing or made by other rules)")
        elif key == "ingest_errors":
            lines.append(f"  ingest errors: {meta.get('errors')} {meta.get('by_stage', '')}")
        elif "rows" in meta:
            lines.append(f"  {key}: {meta['rows']} rows")
    return lines
