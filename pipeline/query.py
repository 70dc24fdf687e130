"""DuckDB over a release: the views users query (`incidents`, `incident_sources`, `articles`)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

import duckdb

from pipeline.publish.release import LATEST, latest_release
from pipeline.schema import RELEASE_TABLES

SUMMARY_QUERIES: dict[str, str] = {
    "Incidents by country and type": """
        SELECT country, event_type, sub_event_type, count(*) AS incidents,
               sum(fatalities) AS fatalities
        FROM incidents GROUP BY ALL ORDER BY incidents DESC, country, sub_event_type""",
    "Totals": """
        SELECT count(*) AS incidents, sum(fatalities) AS fatalities, sum(injured) AS injured,
               min(event_date) AS first_event, max(event_date) AS last_event
        FROM incidents""",
}


class ReleaseNotFound(LookupError):
    pass


def resolve_release(releases_dir: Path, version: str | None = None) -> Path:
    if version and version != LATEST:
        path = releases_dir / version
        if not (path / "manifest.json").is_file():
            raise ReleaseNotFound(f"no release {version!r} in {releases_dir}")
        return path
    path = latest_release(releases_dir)
    if path is None:
        raise ReleaseNotFound(f"no release in {releases_dir}; run `incidents run` first")
    return path


def connect(release: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    for table in RELEASE_TABLES:
        target = (release / f"{table.name}.parquet").as_posix().replace("'", "''")
        con.execute(f"CREATE VIEW {table.name} AS SELECT * FROM read_parquet('{target}')")
    return con


def run_query(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple]]:
    cursor = con.execute(sql)
    columns = [d[0] for d in cursor.description] if cursor.description else []
    return columns, cursor.fetchall() if columns else []


def render(columns: list[str], rows: list[tuple], fmt: str = "table") -> str:
    if fmt == "json":
        return json.dumps([dict(zip(columns, r, strict=True)) for r in rows], default=_json,
                          indent=1)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue()
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def summary(release: Path) -> str:
    con = connect(release)
    parts = [f"Release {release.name}"]
    for title, sql in SUMMARY_QUERIES.items():
        parts += ["", title, render(*run_query(con, sql))]
    return "\n".join(parts)


def _cell(value: object) -> str:
    return "" if value is None else str(value)


def _json(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)
