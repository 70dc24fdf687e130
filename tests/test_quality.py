"""Tests of the validation stage: the GX suite is derived from the schema, good rows pass, each
kind of bad row is quarantined with its reason, table-level problems block the release."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pytest

os.environ["GX_ANALYTICS_ENABLED"] = "False"

from pipeline.quality import (
    ValidationOutcome,
    build_suite,
    load_suite,
    quarantine_arrow_schema,
    validate_incidents,
)
from pipeline.quality.suite import (
    COUNT_COLUMN,
    EVENT_TYPE_COLUMN,
    SUB_EVENT_TYPE_COLUMN,
    SUITE_PATH,
    URLS_COLUMN,
    suite_json,
)
from pipeline.schema import (
    EVENT_TAXONOMY,
    INCIDENTS,
    MAX_PLAUSIBLE_CASUALTIES,
    QUARANTINE_EXTRA_COLUMNS,
)

TODAY = dt.date(2025, 6, 1)
REASONS = QUARANTINE_EXTRA_COLUMNS[0].name


def _value(col: Any, i: int) -> Any:
    """A valid value for a column, derived from its type, closed set and bounds."""
    t = col.type
    if col.allowed:
        return col.allowed[i % len(col.allowed)]
    if pa.types.is_integer(t):
        return int(col.minimum) if col.minimum is not None else i % 7
    if pa.types.is_floating(t):
        lo, hi = col.minimum or 0.0, col.maximum if col.maximum is not None else 1.0
        return lo + (hi - lo) * ((i % 10) + 1) / 11
    if pa.types.is_boolean(t):
        return i % 2 == 0
    if pa.types.is_date(t):
        return dt.date(2024, 1, 1) + dt.timedelta(days=i % 300)
    if pa.types.is_timestamp(t):
        return pd.Timestamp("2024-11-01T08:00:00Z") + pd.Timedelta(hours=i)
    if pa.types.is_list(t):
        return [f"https://example.org/{col.name}/{i}"]
    return f"{col.name}-{i}"


def make_row(i: int = 0, **overrides: Any) -> dict[str, Any]:
    """A schema-valid incident row (value per column from the schema), with overrides.

    Rules that relate columns are satisfied explicitly: a sub-event type of the event type, a
    real ISO alpha-3 country code, source_count equal to the number of source URLs.
    """
    row = {col.name: _value(col, i) for col in INCIDENTS.columns}
    event_type = list(EVENT_TAXONOMY)[i % len(EVENT_TAXONOMY)]
    row[EVENT_TYPE_COLUMN] = event_type
    row[SUB_EVENT_TYPE_COLUMN] = EVENT_TAXONOMY[event_type][i % len(EVENT_TAXONOMY[event_type])]
    row["country_code"] = ("IRQ", "SYR", "UKR", "YEM")[i % 4]
    row[COUNT_COLUMN] = len(row[URLS_COLUMN])
    row.update(overrides)
    return row


def good_frame(n: int = 12) -> pd.DataFrame:
    return pd.DataFrame([make_row(i) for i in range(n)], columns=INCIDENTS.names)


def check_accounting(outcome: ValidationOutcome, rows_in: int) -> None:
    s = outcome.summary
    assert s["rows_in"] == rows_in == s["rows_valid"] + s["rows_quarantined"]
    assert len(outcome.valid) == s["rows_valid"]
    assert len(outcome.quarantine) == s["rows_quarantined"]
    json.dumps(s)  # the summary goes into the release manifest


def test_good_rows_pass_and_are_arrow_ready() -> None:
    df = good_frame()
    outcome = validate_incidents(df, today=TODAY)
    assert outcome.passed, outcome.table_failures
    assert outcome.quarantine.empty
    assert list(outcome.quarantine.columns) == [*INCIDENTS.names, REASONS]
    check_accounting(outcome, len(df))
    table = pa.Table.from_pandas(
        outcome.valid, schema=INCIDENTS.arrow_schema(), preserve_index=False
    )
    assert table.num_rows == len(df)
    assert table.column("incident_id").to_pylist() == df["incident_id"].tolist()
    assert table.column("event_date").to_pylist() == df["event_date"].tolist()
    assert all(r["success"] for r in outcome.summary["expectations"])
    assert outcome.summary["n_expectations"] == len(build_suite().expectations)


BAD_CASES: list[tuple[str, dict[str, Any], str]] = [
    ("text casualties", {"fatalities": "five"}, "fatalities: not an integer ('five')"),
    ("fractional casualties", {"injured": 2.5}, "injured: not an integer (2.5)"),
    ("negative injured", {"injured": -3}, "injured: out of range [0, 5000] (-3)"),
    ("implausible fatalities", {"fatalities": MAX_PLAUSIBLE_CASUALTIES + 1},
     f"fatalities: out of range [0, 5000] ({MAX_PLAUSIBLE_CASUALTIES + 1})"),
    ("future date", {"event_date": dt.date(2099, 1, 1)}, "event_date: in the future (2099-01-01)"),
    ("far future date", {"event_date": "3000-01-01"}, "event_date: in the future (3000-01-01)"),
    ("ancient date", {"event_date": dt.date(1850, 5, 1)},
     "event_date: before 1900-01-01 (1850-05-01)"),
    ("unparseable date", {"event_date": "yesterday"},
     "event_date: not a date (YYYY-MM-DD) ('yesterday')"),
    ("missing date", {"event_date": None}, "event_date: missing"),
    ("latitude 123", {"latitude": 123.0}, "latitude: out of range [-90, 90] (123.0)"),
    ("latitude without longitude", {"latitude": 33.3, "longitude": None},
     "longitude: missing while latitude is set"),
    ("longitude without latitude", {"latitude": None, "longitude": 44.4},
     "latitude: missing while longitude is set"),
    ("unknown sub-event type", {"sub_event_type": "bogus"},
     "sub_event_type: not in closed set ('bogus')"),
    ("unknown event type", {"event_type": "riot"}, "event_type: not in closed set ('riot')"),
    ("sub-event of another type", {"event_type": "armed_attack", "sub_event_type": "drone_strike"},
     "sub_event_type: not a sub-type of armed_attack ('drone_strike')"),
    ("unknown weapon", {"weapon": "slingshot"}, "weapon: not in closed set ('slingshot')"),
    ("invalid country", {"country_code": "XXX"},
     "country_code: not an ISO 3166-1 alpha-3 code ('XXX')"),
    ("source_count inconsistent", {"source_count": 3},
     "source_count: does not equal the number of source_urls (3 vs 1)"),
    ("source_count zero", {"source_count": 0, "source_urls": []},
     "source_count: below minimum 1 (0)"),
    ("source_urls not a list", {"source_urls": "https://example.org/a"},
     "source_urls: not a list of strings ('https://example.org/a')"),
    ("confidence above 1", {"confidence": 1.5}, "confidence: out of range [0, 1] (1.5)"),
    ("text in a string column slot", {"summary": 42}, "summary: not a string (42)"),
    ("missing summary", {"summary": None}, "summary: missing"),
    ("missing incident_id", {"incident_id": None}, "incident_id: missing"),
    ("bad boolean", {"perpetrator_claimed": "maybe"},
     "perpetrator_claimed: not a boolean ('maybe')"),
]


@pytest.fixture(scope="module")
def mixed() -> tuple[pd.DataFrame, ValidationOutcome]:
    """Good rows and one bad row per BAD_CASES entry (id "bad-<case>"), shuffled, validated once
    (a GX run costs about a second; one run serves every case below)."""
    good = [make_row(i) for i in range(20)]
    bad = [make_row(100 + k, **{"incident_id": f"bad-{name}", **overrides})
           for k, (name, overrides, _) in enumerate(BAD_CASES)]
    df = pd.DataFrame(good + bad, columns=INCIDENTS.names).sample(frac=1, random_state=1)
    return df, validate_incidents(df, today=TODAY)


@pytest.mark.parametrize(("name", "reason"), [(c[0], c[2]) for c in BAD_CASES],
                         ids=[c[0] for c in BAD_CASES])
def test_bad_row_is_quarantined_with_reason(
    mixed: tuple[pd.DataFrame, ValidationOutcome], name: str, reason: str
) -> None:
    _, outcome = mixed
    q = outcome.quarantine
    if name == "missing incident_id":
        rows = q.loc[q["incident_id"].isna(), REASONS].tolist()
    else:
        rows = q.loc[q["incident_id"] == f"bad-{name}", REASONS].tolist()
    assert rows == [[reason]], rows  # quarantined once, with exactly this reason


def test_bad_rows_do_not_affect_good_rows(mixed: tuple[pd.DataFrame, ValidationOutcome]) -> None:
    df, outcome = mixed
    check_accounting(outcome, len(df))
    assert outcome.passed, outcome.table_failures  # row problems do not block the release
    good_ids = [i for i in df["incident_id"] if isinstance(i, str) and not i.startswith("bad-")]
    assert sorted(outcome.valid["incident_id"]) == sorted(good_ids)
    assert len(outcome.quarantine) == len(BAD_CASES)
    pa.Table.from_pandas(outcome.valid, schema=INCIDENTS.arrow_schema(), preserve_index=False)
    quarantine = pa.Table.from_pandas(
        outcome.quarantine, schema=quarantine_arrow_schema(), preserve_index=False
    )
    assert quarantine.num_rows == len(BAD_CASES)
    # quarantined values are kept as they came, as text
    by_id = outcome.quarantine.set_index("incident_id")
    assert by_id.loc["bad-text casualties", "fatalities"] == "five"
    assert by_id.loc["bad-latitude 123", "latitude"] == "123.0"
    assert by_id.loc["bad-future date", "event_date"] == "2099-01-01"
    assert by_id.loc["bad-text casualties", "source_urls"].startswith('["https://')
    counts = outcome.summary["reason_counts"]
    assert counts["latitude: out of range [-90, 90]"] == 1
    assert sum(counts.values()) >= len(BAD_CASES)


def test_single_bad_row_among_good_rows() -> None:
    good = [make_row(i) for i in range(6)]
    df = pd.DataFrame([*good[:3], make_row(9, incident_id="x", fatalities="five"), *good[3:]],
                      columns=INCIDENTS.names)
    outcome = validate_incidents(df, today=TODAY)
    check_accounting(outcome, len(df))
    assert outcome.passed
    assert outcome.valid["incident_id"].tolist() == [r["incident_id"] for r in good]
    assert outcome.quarantine[REASONS].tolist() == [["fatalities: not an integer ('five')"]]


def test_object_column_mixing_types() -> None:
    values = [1, "2", "five", 2.5, None, True]
    df = pd.DataFrame([make_row(i, fatalities=v) for i, v in enumerate(values)],
                      columns=INCIDENTS.names)
    df["fatalities"] = df["fatalities"].astype(object)
    outcome = validate_incidents(df, today=TODAY)
    check_accounting(outcome, len(df))
    assert outcome.valid["fatalities"].tolist()[:2] == [1, 2]
    assert outcome.valid["fatalities"].isna().sum() == 1  # null = not reported, allowed
    assert len(outcome.quarantine) == 3


def test_duplicate_incident_id_blocks_release() -> None:
    df = good_frame(5)
    df.loc[3, "incident_id"] = df.loc[1, "incident_id"]
    outcome = validate_incidents(df, today=TODAY)
    assert not outcome.passed
    assert any(f.startswith("incident_id: duplicated values") and "'incident_id-1'" in f
               for f in outcome.table_failures), outcome.table_failures
    check_accounting(outcome, len(df))


def test_missing_column_blocks_release_without_crashing() -> None:
    df = good_frame(5).drop(columns=["fatalities"])
    outcome = validate_incidents(df, today=TODAY)
    assert not outcome.passed
    assert "missing column 'fatalities'" in outcome.table_failures
    assert any("missing ['fatalities']" in f for f in outcome.table_failures)
    check_accounting(outcome, len(df))


def test_missing_required_column_quarantines_rows() -> None:
    df = good_frame(4).drop(columns=["event_date"])
    outcome = validate_incidents(df, today=TODAY)
    assert not outcome.passed
    assert len(outcome.quarantine) == 4
    assert all("event_date: missing" in r for r in outcome.quarantine[REASONS])
    check_accounting(outcome, len(df))


def test_extra_and_reordered_columns_block_release() -> None:
    df = good_frame(3)
    df["note"] = "x"
    outcome = validate_incidents(df, today=TODAY)
    assert any("unexpected ['note']" in f for f in outcome.table_failures)
    reordered = good_frame(3)[list(reversed(INCIDENTS.names))]
    outcome = validate_incidents(reordered, today=TODAY)
    assert any("not in schema order" in f for f in outcome.table_failures)
    assert len(outcome.valid) == 3  # the rows themselves are fine


def test_today_is_a_run_time_parameter() -> None:
    df = good_frame(2)
    df.loc[0, "event_date"] = dt.date(2030, 1, 1)
    assert len(validate_incidents(df, today=dt.date(2029, 12, 31)).quarantine) == 1
    assert len(validate_incidents(df, today=dt.date(2030, 1, 1)).quarantine) == 0
    text = SUITE_PATH.read_text(encoding="utf-8")
    assert '{\n            "$PARAMETER": "today"\n          }' in text or '"$PARAMETER"' in text
    assert dt.date.today().isoformat() not in text


def test_empty_frame() -> None:
    outcome = validate_incidents(good_frame(0), today=TODAY)
    assert outcome.passed, outcome.table_failures
    check_accounting(outcome, 0)


def test_committed_suite_equals_generated() -> None:
    assert SUITE_PATH.read_text(encoding="utf-8") == suite_json(), (
        "expectations/incidents.json is out of date: run python -m pipeline.quality.suite --write"
    )
    assert len(load_suite().expectations) == len(build_suite().expectations)


def test_suite_covers_every_column() -> None:
    suite = json.loads(SUITE_PATH.read_text(encoding="utf-8"))
    checked = {e["meta"].get("column") for e in suite["expectations"]}
    assert set(INCIDENTS.names) <= checked
    sets = {e["kwargs"]["column"]: e["kwargs"]["value_set"] for e in suite["expectations"]
            if e["meta"]["check"] == "in_set"}
    for col in INCIDENTS.columns:
        if col.allowed:
            assert sets[col.name] == list(col.allowed)
    assert "IRQ" in sets["country_code"] and "XXX" not in sets["country_code"]


def test_gx_writes_no_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    validate_incidents(good_frame(3), today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_rule_gx_cannot_evaluate_blocks_release(tmp_path: Path) -> None:
    """A rule GX fails to evaluate must not pass silently: it becomes a table failure."""
    suite = json.loads(SUITE_PATH.read_text(encoding="utf-8"))
    suite["expectations"].append(
        {
            "type": "expect_column_values_to_be_between",
            "kwargs": {"column": "summary", "min_value": 0, "max_value": 1},
            "meta": {"batch": "prepared", "level": "row", "check": "range",
                     "reason": "nonsense", "column": "summary"},
        }
    )
    path = tmp_path / "suite.json"
    path.write_text(json.dumps(suite), encoding="utf-8")
    outcome = validate_incidents(good_frame(3), today=TODAY, suite_path=path)
    assert not outcome.passed
    assert any("could not be evaluated" in f for f in outcome.table_failures)
    check_accounting(outcome, 3)
