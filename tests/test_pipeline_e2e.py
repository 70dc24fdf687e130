"""The whole pipeline through Dagster: real materializations, real GX, real Parquet and DuckDB."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from dagster import DagsterInstance, materialize

from assets.definitions import ALL_ASSETS, build_definitions
from assets.pipeline_assets import release, validate
from assets.resources import PipelinePaths, StagingIOManager
from assets.runs import execute_pipeline
from pipeline.publish.release import list_releases, verify_release
from pipeline.schema import INCIDENTS
from tests.conftest import ROOT, SAMPLES
from tests.factories import article, incident, source


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    data_dir = tmp_path_factory.mktemp("e2e") / "data"
    with DagsterInstance.ephemeral() as instance:
        first = execute_pipeline(data_dir, samples_dir=str(SAMPLES), instance=instance)
        second = execute_pipeline(data_dir, samples_dir=str(SAMPLES), instance=instance)
    assert first.success, first.report
    assert second.success, second.report
    return data_dir, first.report, second.report


def test_run_publishes_a_verifiable_release(published: tuple[Path, str, str]) -> None:
    data_dir, report, _ = published
    releases = data_dir / "releases"
    (only,) = list_releases(releases)
    path = releases / only["version"]
    assert verify_release(path) == []
    columns = [r[0] for r in duckdb.sql(
        f"DESCRIBE SELECT * FROM '{path}/incidents.parquet'").fetchall()]
    assert columns == INCIDENTS.names
    ((n,),) = duckdb.sql(f"SELECT count(*) FROM '{path}/incidents.parquet'").fetchall()
    assert n >= 10  # the samples hold well over ten current incidents
    manifest = json.loads((path / "manifest.json").read_text())
    assert manifest["row_counts"]["incidents"] == n
    assert "great_expectations_suite: passed" in report
    assert "Incidents by country and type" in report


def test_rerun_on_same_input_publishes_nothing(published: tuple[Path, str, str]) -> None:
    data_dir, _, second = published
    assert "nothing changed" in second
    assert len(list_releases(data_dir / "releases")) == 1


def test_staged_tables_are_queryable(published: tuple[Path, str, str]) -> None:
    staging = published[0] / "staging"
    mentions = duckdb.sql(  # one file per publication day
        f"SELECT mention_type FROM read_parquet('{staging}/incident_mentions/*.parquet', "
        "union_by_name=true)").fetchall()
    assert {m for (m,) in mentions} == {"current", "background"}
    errors = pd.read_parquet(staging / "ingest_errors.parquet")
    assert list(errors.columns) == ["source", "location", "stage", "reason", "at"]


def test_table_level_failure_blocks_the_release(tmp_path: Path) -> None:
    """Duplicate incident ids fail the blocking GX check, so `release` never runs."""
    data_dir = tmp_path / "data"
    staging = data_dir / "staging"
    staging.mkdir(parents=True)
    pd.DataFrame([incident(), incident()]).to_parquet(staging / "incidents.parquet")
    pd.DataFrame([source()]).to_parquet(staging / "incident_sources.parquet")
    pd.DataFrame([article()]).to_parquet(staging / "release_articles.parquet")
    resources = {"paths": PipelinePaths(data_dir=str(data_dir)),
                 "io_manager": StagingIOManager(data_dir=str(data_dir))}
    with DagsterInstance.ephemeral() as instance:
        result = materialize(ALL_ASSETS, selection=[validate, release], resources=resources,
                             instance=instance, raise_on_error=False)
    assert not result.success
    (check,) = result.get_asset_check_evaluations()
    assert not check.passed and "incident_id" in (check.description or "")
    assert not (data_dir / "releases").exists()


def test_definitions_load_and_validate() -> None:
    defs = build_definitions()
    assert defs.resolve_job_def("ingest_job") is not None
    assert defs.resolve_job_def("process_job") is not None
    assert [s.name for s in defs.schedules] == ["daily_ingest"]
    assert {s.name for s in defs.sensors} == {"inbox_sensor", "new_articles_sensor"}
    env = {**os.environ, "DAGSTER_HOME": str(ROOT / "data" / "dagster_home")}
    Path(env["DAGSTER_HOME"]).mkdir(parents=True, exist_ok=True)
    dagster = Path(sys.executable).parent / "dagster"
    done = subprocess.run([str(dagster), "definitions", "validate", "-w", "workspace.yaml"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_cli_query_and_releases(published: tuple[Path, str, str]) -> None:
    data_dir = published[0]

    def cli(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "assets.cli", "--data-dir", str(data_dir),
                               *args], capture_output=True, text=True, timeout=120, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        return done.stdout

    rows = json.loads(cli("query", "SELECT country_code, count(*) AS n FROM incidents "
                                   "GROUP BY 1 ORDER BY 1", "--format", "json"))
    assert rows and all(set(r) == {"country_code", "n"} for r in rows)
    csv_out = cli("query", "SELECT count(*) AS n FROM incident_sources", "--format", "csv")
    assert csv_out.splitlines()[0] == "n"
    assert "incidents_rows" in cli("releases")
