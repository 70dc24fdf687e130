"""Partitions, sensors and incremental runs through real Dagster executions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from dagster import (
    AssetKey,
    DagsterInstance,
    RunRequest,
    SkipReason,
    build_sensor_context,
)

from assets.automation import PROCESS_JOB, RANGE_END, RANGE_START, inbox_sensor, range_tags
from assets.definitions import build_definitions
from assets.runs import execute_pipeline
from pipeline import stages

DAYS = ["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04", "2024-03-05"]
TOWNS = ["Kirkuk", "Mosul", "Tikrit", "Ramadi", "Baqubah"]


def write_corpus(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for day, town in zip(DAYS, TOWNS, strict=True):
        (folder / f"{day}.txt").write_text(
            f"Title: Bomb in {town}\nPublished: {day}T09:00:00Z\n"
            f"URL: https://example.org/{day}/{town.lower()}\n\n"
            f"A roadside bomb exploded near a police patrol in {town}, Iraq, on Thursday, "
            f"killing two policemen and wounding three others, officials said.\n")


def staged_mentions(data_dir: Path) -> pd.DataFrame:
    files = sorted((data_dir / "staging" / "incident_mentions").glob("*.parquet"))
    return pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)


def test_inbox_sensor_fires_once_per_change(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = tmp_path / "inbox"
    monkeypatch.setenv("INCIDENTS_INBOX", str(inbox))
    with DagsterInstance.ephemeral() as instance:
        context = build_sensor_context(instance=instance)
        assert isinstance(inbox_sensor(context), SkipReason)
        write_corpus(inbox)
        first = inbox_sensor(context)
        assert isinstance(first, RunRequest)
        assert isinstance(inbox_sensor(context), SkipReason)  # cursor remembers
        (inbox / "new.txt").write_text("Another story.")
        second = inbox_sensor(context)
        assert isinstance(second, RunRequest) and second.run_key != first.run_key


def test_backfill_of_three_days_and_incremental_rerun(tmp_path: Path,
                                                      extractor_calls: list[str]) -> None:
    calls = extractor_calls
    corpus, data_dir = tmp_path / "corpus", tmp_path / "data"
    write_corpus(corpus)
    defs = build_definitions(str(data_dir), str(corpus))
    with DagsterInstance.ephemeral() as instance:
        ingest = defs.resolve_job_def("ingest_job").execute_in_process(instance=instance)
        assert ingest.success
        process = defs.resolve_job_def(PROCESS_JOB)
        backfill = process.execute_in_process(instance=instance,
                                              tags=range_tags(DAYS[1:4]))
        assert backfill.success
        done = instance.get_materialized_partitions(AssetKey("incident_mentions"))
        assert done == set(DAYS[1:4])
        assert len(calls) == 3
        staged = sorted(p.stem for p in (data_dir / "staging" / "incident_mentions").iterdir())
        assert staged == DAYS[1:4]
        # The same range again: nothing new to extract, same mentions.
        before = staged_mentions(data_dir)
        again = process.execute_in_process(instance=instance, tags={
            RANGE_START: DAYS[1], RANGE_END: DAYS[3]})
        assert again.success and len(calls) == 3
        after = staged_mentions(data_dir)
        assert len(after) == len(before) == 3
        # A full run afterwards: the ingest finds nothing new, and the two stored days that
        # were never processed (a process run that failed after its ingest looks the same)
        # are extracted now; the three done days are not read again.
        outcome = execute_pipeline(data_dir, samples_dir=str(corpus), instance=instance)
        assert outcome.success, outcome.report
        assert "0 new articles" in outcome.report
        assert "re-extracting 2 stored days" in outcome.report
        assert len(calls) == 5 and len(staged_mentions(data_dir)) == 5
        rest = execute_pipeline(data_dir, samples_dir=str(corpus), instance=instance)
        assert rest.success and "re-extracting" not in rest.report and len(calls) == 5


def test_changed_rules_and_lost_staging_are_caught_up(tmp_path: Path,
                                                      extractor_calls: list[str]) -> None:
    corpus, data_dir = tmp_path / "corpus", tmp_path / "data"
    write_corpus(corpus)
    with DagsterInstance.ephemeral() as instance:
        first = execute_pipeline(data_dir, samples_dir=str(corpus), instance=instance)
        assert first.success and len(extractor_calls) == 5
        release = sorted((data_dir / "releases").iterdir())
        assert stages.days_to_reprocess(data_dir) == []
        # One day's ledger written by other rules: that day alone is read again.
        ledger = data_dir / "staging" / "extraction_ledger" / f"{DAYS[2]}.parquet"
        pd.read_parquet(ledger).assign(extractor="rules-0.0.1").to_parquet(ledger)
        assert stages.days_to_reprocess(data_dir) == [DAYS[2]]
        again = execute_pipeline(data_dir, samples_dir=str(corpus), instance=instance)
        assert again.success and "re-extracting 1 stored days" in again.report
        assert len(extractor_calls) == 6
        # Staging deleted by hand (the article store kept): everything is extracted again and
        # the same incidents are there, so no new release is needed.
        shutil.rmtree(data_dir / "staging")
        assert stages.days_to_reprocess(data_dir) == DAYS
        rebuilt = execute_pipeline(data_dir, samples_dir=str(corpus), instance=instance)
        assert rebuilt.success, rebuilt.report
        assert len(extractor_calls) == 11 and len(staged_mentions(data_dir)) == 5
        assert "nothing changed" in rebuilt.report
        assert sorted((data_dir / "releases").iterdir()) == release


def test_ingest_run_records_days(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    from pipeline.ingest.sources import Source

    run = stages.ingest([Source("c", "folder", path=corpus)], data_dir=tmp_path / "data")
    assert sorted(run.days) == DAYS
    again = stages.ingest([Source("c", "folder", path=corpus)], data_dir=tmp_path / "data")
    assert again.articles.empty and again.skipped_seen == 5


def test_sensor_days_are_new_and_stale_days_once_each() -> None:
    from dagster import MetadataValue

    from assets.automation import days_to_process

    meta = {"new_days": MetadataValue.json(["2024-03-02", "2024-03-01"]),
            "reprocess_days": MetadataValue.json(["2024-02-01", "2024-03-01"])}
    assert days_to_process(meta) == ["2024-02-01", "2024-03-01", "2024-03-02"]
    assert days_to_process({"new_days": []}) == []
