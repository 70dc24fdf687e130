"""Execute the pipeline job in-process against a persistent Dagster instance and report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dagster import DagsterInstance

from assets.definitions import PIPELINE_JOB, build_definitions
from pipeline.query import summary


@dataclass(frozen=True)
class RunOutcome:
    success: bool
    report: str


def execute_pipeline(data_dir: Path, *, samples_dir: str | None = None,
                     instance: DagsterInstance | None = None) -> RunOutcome:
    defs = build_definitions(str(data_dir), samples_dir)
    job = defs.resolve_job_def(PIPELINE_JOB)
    instance = instance or DagsterInstance.get()
    result = job.execute_in_process(instance=instance, raise_on_error=False)
    lines = [f"Dagster run {result.run_id} ({'success' if result.success else 'FAILED'})"]
    for event in result.all_events:
        if event.event_type_value == "ASSET_CHECK_EVALUATION":
            check = event.event_specific_data
            status = "passed" if check.passed else "FAILED"
            lines.append(f"check {check.check_name}: {status}: {check.description or ''}")
        elif event.is_step_failure:
            error = event.step_failure_data.error
            lines.append(f"step {event.step_key} failed: {error.message.strip() if error else ''}")
    for mat in result.get_asset_materialization_events():
        data = mat.event_specific_data.materialization
        meta = {k: v.value for k, v in data.metadata.items()}
        key = data.asset_key.to_user_string()
        if key == "release":
            lines.append(f"release: {meta.get('message')}")
        elif "rows" in meta:
            lines.append(f"{key}: {meta['rows']} rows")
    if result.success:
        from pipeline.query import ReleaseNotFound, resolve_release

        try:
            lines += ["", summary(resolve_release(data_dir / "releases"))]
        except ReleaseNotFound as exc:
            lines.append(str(exc))
    return RunOutcome(result.success, "\n".join(lines))
