"""Build the Great Expectations 1.x suite for the incidents table from `pipeline.schema`.

The suite is *generated*, never hand-edited: every column name, type, closed value set and bound
comes from `INCIDENTS`, the ISO 3166-1 alpha-3 set comes from pycountry, and the committed
`expectations/incidents.json` is just this module's output (`python -m pipeline.quality.suite
--write`). A test compares the two so they cannot drift.

Each expectation carries `meta` that tells the runner (`validate.py`) how to use its result:

- ``batch``: ``"input"`` expectations see the frame exactly as it arrived (only its columns matter:
  column presence and order); ``"prepared"`` expectations see the frame built by
  `pipeline.quality.prepare`, whose columns are coerced to the schema types, plus helper columns
  that make type problems and list lengths visible to GX (see that module).
- ``level``: ``"table"`` failures block the release; ``"row"`` failures quarantine the rows GX
  lists.
- ``column``: the incident column a row-level failure is reported against.
- ``check``: the kind of rule (columns, exists, unique, type, not_null, in_set, range, paired,
  taxonomy, consistent), used for summaries and counts.
- ``reason``: the human-readable text of the quarantine reason / table failure.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import pyarrow as pa
import pycountry

from pipeline.schema import (
    EARLIEST_EVENT_DATE,
    EVENT_TAXONOMY,
    INCIDENTS,
    SCHEMA_VERSION,
    Column,
)

os.environ["GX_ANALYTICS_ENABLED"] = "False"  # before GX is imported, always
import great_expectations as gx
from great_expectations.expectations.row_conditions import Column as GxColumn

SUITE_NAME = INCIDENTS.name
REPO_ROOT = Path(__file__).resolve().parents[2]
SUITE_PATH = REPO_ROOT / "expectations" / f"{SUITE_NAME}.json"

# Name of the run-time parameter holding "today" (a timezone-aware datetime at 00:00 UTC). It is a
# `$PARAMETER`, so the JSON never freezes a date and the same suite is valid on every run.
TODAY_PARAMETER = "today"

# Helper columns added by `prepare` (never part of the published schema).
ROW_KEY = "__row__"  # positional row number; the key GX reports unexpected rows by
UNPARSED_SUFFIX = "__unparsed"  # raw text of values that could not be coerced to the column type
LENGTH_SUFFIX = "__length"  # number of elements of a list column

# Columns that rules relate to each other. The schema does not encode these relations, so they are
# looked up (and fail loudly if the schema renames them) rather than derived.
ID_COLUMN = INCIDENTS.column("incident_id").name
DATE_COLUMN = INCIDENTS.column("event_date").name
COUNTRY_CODE_COLUMN = INCIDENTS.column("country_code").name
LAT_COLUMN = INCIDENTS.column("latitude").name
LON_COLUMN = INCIDENTS.column("longitude").name
COUNT_COLUMN = INCIDENTS.column("source_count").name
URLS_COLUMN = INCIDENTS.column("source_urls").name
# The taxonomy columns are the ones whose closed set *is* the taxonomy.
EVENT_TYPE_COLUMN = next(c.name for c in INCIDENTS.columns if c.allowed == tuple(EVENT_TAXONOMY))
SUB_EVENT_TYPE_COLUMN = next(
    c.name
    for c in INCIDENTS.columns
    if c.allowed == tuple(s for subs in EVENT_TAXONOMY.values() for s in subs)
)

COUNTRY_CODES: tuple[str, ...] = tuple(sorted(c.alpha_3 for c in pycountry.countries))


def unparsed_column(name: str) -> str:
    """Helper column holding the raw text of `name` values that are not of the schema type."""
    return f"{name}{UNPARSED_SUFFIX}"


def length_column(name: str) -> str:
    """Helper column holding the element count of list column `name`."""
    return f"{name}{LENGTH_SUFFIX}"


def type_label(arrow_type: pa.DataType) -> str:
    """The noun used in "<column>: not <label>" reasons for a schema type."""
    if pa.types.is_integer(arrow_type):
        return "an integer"
    if pa.types.is_floating(arrow_type):
        return "a number"
    if pa.types.is_boolean(arrow_type):
        return "a boolean"
    if pa.types.is_date(arrow_type):
        return "a date (YYYY-MM-DD)"
    if pa.types.is_timestamp(arrow_type):
        return "a timestamp"
    if pa.types.is_list(arrow_type):
        return f"a list of {type_label(arrow_type.value_type).removeprefix('a ')}s"
    if pa.types.is_string(arrow_type):
        return "a string"
    return str(arrow_type)


def _bound(value: float) -> str:
    """Render a bound without a spurious '.0' (schema bounds are often whole numbers)."""
    return str(int(value)) if float(value).is_integer() else str(value)


def _meta(batch: str, level: str, check: str, reason: str, column: str | None = None) -> dict:
    meta: dict[str, Any] = {"batch": batch, "level": level, "check": check, "reason": reason}
    if column is not None:
        meta["column"] = column
    return meta


def _day_start_utc(iso_date: str) -> str:
    """ISO date -> ISO timestamp at 00:00 UTC.

    Dates are validated as timezone-aware datetimes because that is the only date dtype GX 1.x
    compares vectorised for any year (naive datetimes are vectorised only at ns resolution, which
    cannot hold years after 2262), and GX only compares aware columns with aware bounds.
    """
    return f"{iso_date}T00:00:00+00:00"


def _table_expectations() -> list[gx.expectations.Expectation]:
    names = INCIDENTS.names
    exps: list[gx.expectations.Expectation] = [
        gx.expectations.ExpectTableColumnsToMatchOrderedList(
            column_list=names,
            meta=_meta("input", "table", "columns", "columns do not match the schema"),
        )
    ]
    exps += [
        gx.expectations.ExpectColumnToExist(
            column=name, meta=_meta("input", "table", "exists", "missing column", name)
        )
        for name in names
    ]
    exps.append(
        gx.expectations.ExpectColumnValuesToBeUnique(
            column=ID_COLUMN,
            meta=_meta("prepared", "table", "unique", "duplicated values", ID_COLUMN),
        )
    )
    return exps


def _type_expectations(col: Column) -> list[gx.expectations.Expectation]:
    return [
        gx.expectations.ExpectColumnValuesToBeNull(
            column=unparsed_column(col.name),
            meta=_meta("prepared", "row", "type", f"not {type_label(col.type)}", col.name),
        )
    ]


def _value_expectations(col: Column) -> list[gx.expectations.Expectation]:
    exps: list[gx.expectations.Expectation] = []
    if not col.nullable:
        exps.append(
            gx.expectations.ExpectColumnValuesToNotBeNull(
                column=col.name, meta=_meta("prepared", "row", "not_null", "missing", col.name)
            )
        )
    if col.allowed is not None:
        exps.append(
            gx.expectations.ExpectColumnValuesToBeInSet(
                column=col.name,
                value_set=list(col.allowed),
                meta=_meta("prepared", "row", "in_set", "not in closed set", col.name),
            )
        )
    if col.minimum is not None or col.maximum is not None:
        if col.minimum is not None and col.maximum is not None:
            reason = f"out of range [{_bound(col.minimum)}, {_bound(col.maximum)}]"
        elif col.minimum is not None:
            reason = f"below minimum {_bound(col.minimum)}"
        else:
            reason = f"above maximum {_bound(col.maximum)}"  # type: ignore[arg-type]
        exps.append(
            gx.expectations.ExpectColumnValuesToBeBetween(
                column=col.name,
                min_value=col.minimum,
                max_value=col.maximum,
                meta=_meta("prepared", "row", "range", reason, col.name),
            )
        )
    return exps


def _relation_expectations() -> list[gx.expectations.Expectation]:
    exps: list[gx.expectations.Expectation] = [
        gx.expectations.ExpectColumnValuesToBeInSet(
            column=COUNTRY_CODE_COLUMN,
            value_set=list(COUNTRY_CODES),
            meta=_meta(
                "prepared", "row", "in_set", "not an ISO 3166-1 alpha-3 code", COUNTRY_CODE_COLUMN
            ),
        ),
        gx.expectations.ExpectColumnValuesToBeBetween(
            column=DATE_COLUMN,
            min_value=_day_start_utc(EARLIEST_EVENT_DATE),
            meta=_meta("prepared", "row", "range", f"before {EARLIEST_EVENT_DATE}", DATE_COLUMN),
        ),
        gx.expectations.ExpectColumnValuesToBeBetween(
            column=DATE_COLUMN,
            max_value={"$PARAMETER": TODAY_PARAMETER},
            meta=_meta("prepared", "row", "range", "in the future", DATE_COLUMN),
        ),
    ]
    # Sub-event types must belong to their event type: one in-set rule per event type, restricted
    # by a row condition. (GX's column-pair in-set rule iterates rows in Python; this vectorises.)
    for event_type, subs in EVENT_TAXONOMY.items():
        exps.append(
            gx.expectations.ExpectColumnValuesToBeInSet(
                column=SUB_EVENT_TYPE_COLUMN,
                value_set=list(subs),
                row_condition=GxColumn(EVENT_TYPE_COLUMN) == event_type,
                meta=_meta(
                    "prepared", "row", "taxonomy", f"not a sub-type of {event_type}",
                    SUB_EVENT_TYPE_COLUMN,
                ),
            )
        )
    # Coordinates come in pairs: both set or both null.
    for present, required in ((LAT_COLUMN, LON_COLUMN), (LON_COLUMN, LAT_COLUMN)):
        exps.append(
            gx.expectations.ExpectColumnValuesToNotBeNull(
                column=required,
                row_condition=GxColumn(present).is_not_null(),
                meta=_meta("prepared", "row", "paired", f"missing while {present} is set",
                           required),
            )
        )
    exps.append(
        gx.expectations.ExpectColumnPairValuesToBeEqual(
            column_A=COUNT_COLUMN,
            column_B=length_column(URLS_COLUMN),
            ignore_row_if="either_value_is_missing",
            meta=_meta("prepared", "row", "consistent",
                       f"does not equal the number of {URLS_COLUMN}", COUNT_COLUMN),
        )
    )
    return exps


def build_suite() -> gx.ExpectationSuite:
    """Build the incidents suite from the schema (the only source of truth)."""
    exps = _table_expectations()
    exps += [e for col in INCIDENTS.columns for e in _type_expectations(col)]
    exps += [e for col in INCIDENTS.columns for e in _value_expectations(col)]
    exps += _relation_expectations()
    return gx.ExpectationSuite(
        name=SUITE_NAME,
        expectations=exps,
        meta={
            "great_expectations_version": gx.__version__,
            "schema_version": SCHEMA_VERSION,
            "generated_by": "python -m pipeline.quality.suite --write",
            "parameters": {
                TODAY_PARAMETER: "latest calendar date anywhere on Earth at run time, "
                "as a datetime at 00:00 UTC",
            },
        },
    )


def suite_json(suite: gx.ExpectationSuite | None = None) -> str:
    """The canonical JSON text of a suite (what is committed in `expectations/`)."""
    data = (suite or build_suite()).to_json_dict()
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def load_suite(path: Path | None = None) -> gx.ExpectationSuite:
    """Load the committed suite JSON into a GX `ExpectationSuite`.

    GX silently skips (only logs) expectations it cannot parse, so the count is checked: a suite
    that lost a rule must fail loudly, not validate less.
    """
    data = json.loads((path or SUITE_PATH).read_text(encoding="utf-8"))
    suite = gx.ExpectationSuite(**data)
    if len(suite.expectations) != len(data.get("expectations", [])):
        raise ValueError(
            f"{path or SUITE_PATH}: {len(data.get('expectations', []))} expectations in the file, "
            f"only {len(suite.expectations)} could be loaded by GX {gx.__version__}"
        )
    return suite


def main(argv: list[str] | None = None) -> int:
    """CLI: print the generated suite, `--write` it to `expectations/`, or `--check` for drift."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help=f"write {SUITE_PATH}")
    group.add_argument("--check", action="store_true", help="exit 1 if the file is out of date")
    args = parser.parse_args(argv)
    text = suite_json()
    if args.write:
        SUITE_PATH.parent.mkdir(parents=True, exist_ok=True)
        SUITE_PATH.write_text(text, encoding="utf-8")
        print(f"wrote {SUITE_PATH} ({len(build_suite().expectations)} expectations)")
    elif args.check:
        current = SUITE_PATH.read_text(encoding="utf-8") if SUITE_PATH.exists() else ""
        if current != text:
            print(f"{SUITE_PATH} is out of date: run python -m pipeline.quality.suite --write")
            return 1
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
