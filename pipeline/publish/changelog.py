"""What changed between two releases, incident by incident."""

from __future__ import annotations

import pyarrow as pa

from pipeline.schema import INCIDENTS

# Columns whose change is bookkeeping, not a change of the incident's facts.
_IGNORED = {"extractor", "confidence", "summary", "evidence"}


def diff_incidents(old: pa.Table | None, new: pa.Table) -> dict[str, list]:
    """{"added": [ids], "removed": [ids], "updated": [(id, {field: (old, new)})]}."""
    new_rows = {r["incident_id"]: r for r in new.to_pylist()}
    old_rows = {r["incident_id"]: r for r in old.to_pylist()} if old is not None else {}
    compared = [n for n in INCIDENTS.names if n != "incident_id" and n not in _IGNORED]
    updated = []
    for incident_id in sorted(new_rows.keys() & old_rows.keys()):
        a, b = old_rows[incident_id], new_rows[incident_id]
        fields = {n: (a.get(n), b.get(n)) for n in compared if a.get(n) != b.get(n)}
        if fields:
            updated.append((incident_id, fields))
    return {
        "added": sorted(new_rows.keys() - old_rows.keys()),
        "removed": sorted(old_rows.keys() - new_rows.keys()),
        "updated": updated,
    }


def render_changelog(version: str, previous: str | None, changes: dict[str, list]) -> str:
    against = f"against `{previous}`" if previous else "(first release)"
    lines = [f"# Changelog for {version}", "", f"Changes {against}: "
             f"{len(changes['added'])} added, {len(changes['updated'])} updated, "
             f"{len(changes['removed'])} removed.", ""]
    if changes["added"]:
        lines += ["## Added", "", *[f"- `{i}`" for i in changes["added"]], ""]
    if changes["updated"]:
        lines += ["## Updated", ""]
        for incident_id, fields in changes["updated"]:
            detail = "; ".join(f"{k}: {a!r} → {b!r}" for k, (a, b) in fields.items())
            lines.append(f"- `{incident_id}`: {detail}")
        lines.append("")
    if changes["removed"]:
        lines += ["## Removed", "", *[f"- `{i}`" for i in changes["removed"]], ""]
    return "\n".join(lines)
