"""What changed between two releases, incident by incident, with the reason where one is known.

The same comparison feeds `CHANGELOG.md` (people), `changes.parquet` (machines) and
`incidents diff V1 V2`, so the three can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
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
    """Compare two incidents tables by id; `reasons` explains removals (merged, retracted).

    Column-wise on aligned frames, so a release of a million incidents with a few changed
    costs seconds: Python objects are built only for the rows that changed."""
    new_ids = new.column("incident_id").to_pylist()
    old_ids = old.column("incident_id").to_pylist() if old is not None else []
    common = sorted(set(new_ids) & set(old_ids))
    changes = Changes(added=sorted(set(new_ids) - set(old_ids)))
    for incident_id in sorted(set(old_ids) - set(new_ids)):
        changes.removed[incident_id] = (reasons or {}).get(incident_id)
    if old is None or not common:
        return changes
    compared = [n for n in INCIDENTS.names if n != "incident_id" and n not in _IGNORED
                and n in new.column_names]
    a = _aligned(old, common, compared)
    b = _aligned(new, common, compared)
    for name in compared:
        left, right = a[name], b[name]
        differs = ~((left == right) | (left.isna() & right.isna())).fillna(False).astype(bool)
        for incident_id in left.index[differs.to_numpy()]:
            changes.updated.setdefault(incident_id, {})[name] = (
                _value(left[incident_id]), _value(right[incident_id]))
    changes.updated = dict(sorted(changes.updated.items()))
    return changes


def _aligned(table: pa.Table, ids: list[str], columns: list[str]) -> pd.DataFrame:
    """The given rows in `ids` order; list cells become tuples so they compare as values."""
    present = [c for c in columns if c in table.column_names]
    frame = table.select(["incident_id", *present]).to_pandas().set_index("incident_id")
    frame = frame.reindex(columns=columns).loc[ids].astype(object)
    for name in columns:
        if pa.types.is_list(INCIDENTS.column(name).type):
            frame[name] = frame[name].map(lambda v: tuple(v) if v is not None and
                                          not isinstance(v, float) else None)
    return frame


def _value(value: object) -> object:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, tuple):
        return list(value)
    return value.item() if hasattr(value, "item") else value


# Past this many entries a section lists the first ones and points to changes.parquet: a
# changelog of a million additions helps nobody and weighs tens of megabytes.
MAX_LISTED = 1000


def render_changelog(version: str, previous: str | None, changes: Changes) -> str:
    against = f"against `{previous}`" if previous else "(first release)"
    counts = changes.counts()
    lines = [f"# Changelog for {version}", "", f"Changes {against}: {counts['added']} added, "
             f"{counts['updated']} updated, {counts['removed']} removed.", ""]
    if changes.added:
        lines += ["## Added", "", *_capped([f"- `{i}`" for i in changes.added]), ""]
    if changes.updated:
        entries = []
        for incident_id, fields in changes.updated.items():
            detail = "; ".join(f"{k}: {_text(a)} → {_text(b)}" for k, (a, b) in fields.items())
            entries.append(f"- `{incident_id}`: {detail}")
        lines += ["## Updated", "", *_capped(entries), ""]
    if changes.removed:
        entries = [f"- `{i}`" + (f": {r}" if r else "") for i, r in changes.removed.items()]
        lines += ["## Removed", "", *_capped(entries), ""]
    return "\n".join(lines)


def _capped(entries: list[str]) -> list[str]:
    if len(entries) <= MAX_LISTED:
        return entries
    rest = len(entries) - MAX_LISTED
    return [*entries[:MAX_LISTED], f"- … and {rest:,} more (every change is in changes.parquet)"]


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)
