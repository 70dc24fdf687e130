"""Compare any two published releases (not only consecutive ones)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq

from pipeline.publish.changelog import Changes, diff_incidents
from pipeline.publish.release import release_dirs, version_key


def diff_releases(old: Path, new: Path) -> Changes:
    """Removal reasons come from the `changes.parquet` of every release in between that
    recorded one, so a diff across several releases still says why an incident went."""
    reasons: dict[str, str] = {}
    low, high = version_key(old.name), version_key(new.name)
    for release in release_dirs(new.parent):
        changes_file = release / "changes.parquet"
        if low < version_key(release.name) <= high and changes_file.exists():
            for row in pq.read_table(changes_file).to_pylist():
                if row["change"] == "removed" and row.get("reason"):
                    reasons[row["incident_id"]] = row["reason"]
    return diff_incidents(pq.read_table(old / "incidents.parquet"),
                          pq.read_table(new / "incidents.parquet"), reasons)
