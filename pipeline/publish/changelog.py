"""What changed between two releases, incident by incident, with the reason where one is known.

The same comparison feeds `CHANGELOG.md` (people), `changes.parquet` (machines) and
`incidents diff V1 V2`, so the three can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

from pipeline.schema import INCIDENTS

# Columns whose change is bookkeeping, not a change of the incident's facts.
_IGNORED = {"extractor", "confidence", "summary", "evidence"}
CHANGES_SCHEMA = pa.schema([
    pa.field("incident_id", pa.string(), nullable=False),
    pa.field("change", pa.string(), nullable=False),  # added / updated / removed
    pa.field("field", pa.string()),
    pa.field("old_value", pa.string()),
    pa.field("new_value", pa.string()),
    pa.field("reason", pa.string()),
])


@dataclass
class Changes:
    added: list[str] = field(default_factory=list)
    removed: dict[str, str | None] = field(default_factory=dict)  # id -> reason
    updated: dict[str, dict[str, tuple[object, object]]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "updated": len(self.updated),
                "removed": len(self.removed)}

    def to_table(self) -> pa.Table:
        rows = [{"incident_id": i, "change": "added"} for i in self.added]
        rows += [{"incident_id": i, "change": "updated", "field": f, "old_value": _text(a),
                  "new_value": _text(b)}
                 for i, fields in self.updated.items() for f, (a, b) in fields.items()]
        rows += [{"incident_id": i, "change": "removed", "reason": r}
                 for i, r in self.removed.items()]
        return pa.Table.from_pylist(rows, schema=CHANGES_SCHEMA)


def diff_incidents(old: pa.Table | None, new: pa.Table,
                   reasons: dict[str, str] | None = None) -> Changes:
    """Compare two incidents tables by id; `reasons` explains removals (merged, retracted)."""
    new_rows = {r["incident_id"]: r for r in new.to_pylist()}
    old_rows = {r["incident_id"]: r for r in old.to_pylist()} if old is not None else {}
    compared = [n for n in INCIDENTS.names
                if n != "incident_id" and n not in _IGNORED and n in new.column_names]
    changes = Changes(added=sorted(new_rows.keys() - old_rows.keys()))
    for incident_id in sorted(old_rows.keys() - new_rows.keys()):
        changes.removed[incident_id] = (reasons or {}).get(incident_id)
    for incident_id in sorted(new_rows.keys() & old_rows.keys()):
        a, b = old_rows[incident_id], new_rows[incident_id]
        fields = {n: (a.get(n), b.get(n)) for n in compared if a.get(n) != b.get(n)}
        if fields:
            changes.updated[incident_id] = fields
    return changes


def render_changelog(version: str, previous: str | None, changes: Changes) -> str:
    against = f"against `{previous}`" if previous else "(first release)"
    counts = changes.counts()
    lines = [f"# Changelog for {version}", "", f"Changes {against}: {counts['added']} added, "
             f"{counts['updated']} updated, {counts['removed']} removed.", ""]
    if changes.added:
        lines += ["## Added", "", *[f"- `{i}`" for i in changes.added], ""]
    if changes.updated:
        lines += ["## Updated", ""]
        for incident_id, fields in changes.updated.items():
            detail = "; ".join(f"{k}: {_text(a)} → {_text(b)}" for k, (a, b) in fields.items())
            lines.append(f"- `{incident_id}`: {detail}")
        lines.append("")
    if changes.removed:
        lines += ["## Removed", ""]
        lines += [f"- `{i}`" + (f": {r}" if r else "") for i, r in changes.removed.items()]
        lines.append("")
    return "\n".join(lines)


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)
