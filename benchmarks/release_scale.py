"""Validation, publishing and DuckDB queries at release scale (synthetic incident tables).

The targets: validate 1M incidents in ≤ 30 s, publish a 1M-incident release in ≤ 60 s, and each
analyst query over it in ≤ 1 s. Publishing is timed twice: the first release (everything is
"added") and the next day's release with 1% of incidents changed (the daily case, whose
changelog has to diff against the previous release).
"""

from __future__ import annotations

import statistics
from pathlib import Path

from benchmarks.incidents import synthetic_release
from benchmarks.measure import Measure, clock
from pipeline import stages
from pipeline.publish.release import latest_release
from pipeline.quality import validate_incidents
from pipeline.query import connect

SECTION = "release"
QUERIES: dict[str, str] = {
    "count by country and month": """
        SELECT country, date_trunc('month', event_date) AS month, count(*) AS incidents,
               sum(fatalities) AS fatalities
        FROM incidents GROUP BY ALL ORDER BY ALL""",
    "one country's year": """
        SELECT * FROM incidents
        WHERE country_code = 'IRQ' AND event_date >= DATE '2023-01-01'
          AND event_date < DATE '2024-01-01'
        ORDER BY event_date""",
    "full-text filter on summary (ILIKE)": """
        SELECT incident_id, event_date, country, location, summary FROM incidents
        WHERE summary ILIKE '%wedding%' ORDER BY event_date""",
}
TARGETS = {"validate": 30.0, "publish": 60.0, "query": 1.0}


def run(n: int, work: Path, *, seed: int = 7) -> tuple[list[Measure], dict]:
    measures: list[Measure] = []
    with clock() as t:
        tables = synthetic_release(n, seed)
    measures.append(Measure(SECTION, "build synthetic tables (not billed)", t.seconds, n,
                            "incidents", extra={"links": len(tables.sources)}))
    with clock() as t:
        outcome = validate_incidents(tables.incidents)
    measures.append(Measure(SECTION, f"validate {n:,} incidents (GX)", t.seconds, n, "incidents",
                            extra={"quarantined": len(outcome.quarantine),
                                   "table_failures": outcome.table_failures,
                                   "target_s": TARGETS["validate"]}))
    releases = work / "releases"
    with clock() as t:
        first = stages.publish(outcome.valid, outcome.quarantine, tables.sources,
                               tables.articles, releases_dir=releases,
                               validation=outcome.summary)
    size = sum(f.stat().st_size for f in first.path.rglob("*") if f.is_file()) \
        if first.path else 0
    measures.append(Measure(SECTION, f"publish first release of {n:,}", t.seconds, n,
                            "incidents", extra={"bytes": size, "target_s": TARGETS["publish"],
                                                "files": _files(first.path)}))
    valid = outcome.valid.copy()
    changed = valid.sample(frac=0.01, random_state=seed).index
    valid.loc[changed, "fatalities"] = valid.loc[changed, "fatalities"].fillna(0) + 1
    with clock() as t:
        stages.publish(valid, outcome.quarantine, tables.sources, tables.articles,
                       releases_dir=releases, validation=outcome.summary)
    measures.append(Measure(SECTION, "publish next release (1% changed)", t.seconds, n,
                            "incidents", extra={"changed": len(changed),
                                                "target_s": TARGETS["publish"]}))
    del tables, outcome, valid
    release = latest_release(releases)
    assert release is not None
    queries = {}
    for name, sql in QUERIES.items():
        timing = _time_query(release, sql)
        queries[name] = timing
        measures.append(Measure(SECTION, f"query: {name} (warm median)", timing["warm_s"],
                                timing["rows"], "rows",
                                extra={**timing, "target_s": TARGETS["query"]}))
    return measures, {"incidents": n, "release_bytes": size, "queries": queries}


def _time_query(release: Path, sql: str, repeat: int = 3) -> dict:
    """Cold (fresh connection, first run) and warm (median of `repeat`) wall time, rows
    fetched into Python as a user's script would."""
    con = connect(release)
    with clock() as cold:
        rows = con.execute(sql).fetchall()
    warm = []
    for _ in range(repeat):
        with clock() as t:
            con.execute(sql).fetchall()
        warm.append(t.seconds)
    con.close()
    return {"rows": len(rows), "cold_s": round(cold.seconds, 4),
            "warm_s": round(statistics.median(warm), 4)}


def _files(path: Path | None) -> dict[str, int]:
    return {f.name: f.stat().st_size for f in sorted(path.iterdir())} if path else {}
