"""Releases: files, checksums, atomicity, no-op republish, versions, changelog, index, latest."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline.publish import publish_release, to_arrow
from pipeline.publish.release import list_releases, sha256_file, verify_release
from pipeline.schema import ARTICLES, INCIDENT_SOURCES, INCIDENTS
from tests.factories import article, frame, incident, source

DAY = date(2024, 5, 1)


def tables(incidents: list[dict]) -> dict[str, pa.Table]:
    return {
        "incidents": to_arrow(frame(incidents, INCIDENTS.names), INCIDENTS),
        "incident_sources": to_arrow(frame([source(incident_id=i["incident_id"])
                                            for i in incidents], INCIDENT_SOURCES.names),
                                     INCIDENT_SOURCES),
        "articles": to_arrow(frame([article()], ARTICLES.names), ARTICLES),
    }


def two_incidents() -> list[dict]:
    return [incident(incident_id="inc-b", event_date=date(2024, 4, 22)),
            incident(incident_id="inc-a", event_date=date(2024, 4, 20), fatalities=3)]


def test_release_files_manifest_and_checksums(tmp_path: Path) -> None:
    result = publish_release(tables(two_incidents()), releases_dir=tmp_path,
                             validation={"rows_quarantined": 0}, today=DAY)
    assert result.created and result.version == "v2024.05.01"
    release = tmp_path / "v2024.05.01"
    names = {p.name for p in release.iterdir()}
    assert {"incidents.parquet", "incident_sources.parquet", "articles.parquet",
            "manifest.json", "CHANGELOG.md", "codebook.md"} <= names
    manifest = json.loads((release / "manifest.json").read_text())
    assert set(manifest["files"]) == names - {"manifest.json"}
    assert verify_release(release) == []
    assert manifest["row_counts"]["incidents"] == 2
    assert manifest["validation"] == {"rows_quarantined": 0}
    meta = pq.ParquetFile(release / "incidents.parquet").metadata
    assert meta.row_group(0).column(0).compression == "ZSTD"
    dates = duckdb.sql(f"SELECT event_date FROM '{release}/incidents.parquet'").fetchall()
    assert [d for (d,) in dates] == [date(2024, 4, 20), date(2024, 4, 22)]  # sorted
    assert pq.read_schema(release / "incidents.parquet").names == INCIDENTS.names
    assert (tmp_path / "latest").resolve() == release.resolve()
    index = json.loads((tmp_path / "index.json").read_text())
    assert index["latest"] == "v2024.05.01"
    assert index["releases"][0]["manifest_sha256"] == sha256_file(release / "manifest.json")
    assert "fatalities" in (release / "codebook.md").read_text()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_same_content_publishes_nothing(tmp_path: Path) -> None:
    first = publish_release(tables(two_incidents()), releases_dir=tmp_path, validation={},
                            today=DAY)
    again = publish_release(tables(two_incidents()), releases_dir=tmp_path, validation={},
                            today=date(2024, 5, 2))
    assert not again.created and again.version == first.version
    assert "nothing changed" in again.message
    assert [r["version"] for r in list_releases(tmp_path)] == ["v2024.05.01"]


def test_changed_content_gets_next_version_and_changelog(tmp_path: Path) -> None:
    publish_release(tables(two_incidents()), releases_dir=tmp_path, validation={}, today=DAY)
    changed = [incident(incident_id="inc-b", event_date=date(2024, 4, 22), fatalities=4),
               incident(incident_id="inc-c")]
    result = publish_release(tables(changed), releases_dir=tmp_path, validation={}, today=DAY)
    assert result.version == "v2024.05.01.1"
    manifest = json.loads((result.path / "manifest.json").read_text())
    assert manifest["changes"] == {"added": 1, "removed": 1, "updated": 1}
    assert manifest["previous_version"] == "v2024.05.01"
    log = (result.path / "CHANGELOG.md").read_text()
    assert "`inc-c`" in log and "`inc-a`" in log and "fatalities: 0 → 4" in log
    assert json.loads((tmp_path / "index.json").read_text())["latest"] == "v2024.05.01.1"
    assert [r["version"] for r in list_releases(tmp_path)] == ["v2024.05.01", "v2024.05.01.1"]


def test_failed_write_leaves_no_partial_release(tmp_path: Path) -> None:
    # The quarantine table is written after the others: its failure must roll everything back.
    with pytest.raises((TypeError, AttributeError)):
        publish_release(tables(two_incidents()), releases_dir=tmp_path, validation={},
                        quarantine="not a table", today=DAY)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_tampered_file_is_detected(tmp_path: Path) -> None:
    result = publish_release(tables(two_incidents()), releases_dir=tmp_path, validation={},
                             today=DAY)
    (result.path / "codebook.md").write_text("tampered")
    assert verify_release(result.path) == ["codebook.md"]


def test_schema_mismatch_fails_loudly() -> None:
    rows = frame([incident(fatalities="five")], INCIDENTS.names)
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError)):
        to_arrow(rows, INCIDENTS)
