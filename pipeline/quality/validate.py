"""Run the incidents suite with GX 1.x and split the rows into valid and quarantined.

GX decides: every row-level failure comes from a GX result (its ``unexpected_index_list``, keyed
by the ``__row__`` helper column), every table failure from a failed table-level expectation or
from an expectation GX could not evaluate (an unevaluated rule must block the release rather than
pass silently). The only work done outside GX is making types checkable (see `prepare`) and
turning GX results into reasons, frames and a summary.

GX runs in an ephemeral context (nothing is written to disk) with progress bars off.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa

from pipeline.quality.prepare import column_or_nulls, prepare, to_schema_types, to_text
from pipeline.quality.suite import ROW_KEY, TODAY_PARAMETER, load_suite
from pipeline.schema import INCIDENTS, QUARANTINE_EXTRA_COLUMNS, SCHEMA_VERSION

os.environ["GX_ANALYTICS_ENABLED"] = "False"  # before GX is imported, always
import great_expectations as gx
from great_expectations.data_context.types.base import ProgressBarsConfig
from great_expectations.expectations.row_conditions import (
    AndCondition,
    OrCondition,
    deserialize_row_condition,
)

REASONS_COLUMN = QUARANTINE_EXTRA_COLUMNS[0].name
ORDER_KEY = "order"  # run-time meta: position of the rule in the suite
RESULT_FORMAT: dict[str, Any] = {
    "result_format": "COMPLETE",
    "unexpected_index_column_names": [ROW_KEY],
}
# The last calendar day to start anywhere is in UTC+14 (Kiribati): an incident reported there
# "today" must not count as in the future for a pipeline that runs in UTC.
_LATEST_UTC_OFFSET = dt.timedelta(hours=14)


@dataclass
class ValidationOutcome:
    """Result of validating an incidents frame (see module docstring for who decides what)."""

    valid: pd.DataFrame
    quarantine: pd.DataFrame
    table_failures: list[str] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def passed(self) -> bool:
        """True when no table-level expectation failed: the release may go ahead."""
        return not self.table_failures


def quarantine_arrow_schema() -> pa.Schema:
    """Arrow schema of `ValidationOutcome.quarantine`: every incident column as (nullable) text,
    since quarantined values may be malformed, then the extra quarantine columns."""
    return pa.schema(
        [pa.field(name, pa.string()) for name in INCIDENTS.names]
        + [pa.field(c.name, c.type, nullable=c.nullable) for c in QUARANTINE_EXTRA_COLUMNS]
    )


def default_today() -> dt.date:
    """The latest calendar date anywhere on Earth now (UTC+14), so no time zone is 'future'."""
    return (dt.datetime.now(dt.UTC) + _LATEST_UTC_OFFSET).date()


def _exception_message(result: Any) -> str | None:
    """The error message of an expectation GX could not evaluate, else None."""
    info = result.exception_info or {}
    if info.get("raised_exception"):
        return str(info.get("exception_message"))
    for value in info.values():  # per-metric errors: {metric_id: {...}}
        if isinstance(value, dict) and value.get("raised_exception"):
            return str(value.get("exception_message"))
    return None


def _display(value: Any, integer: bool = False) -> str:
    """A typed value as shown in a reason: dates ISO, strings quoted, and integer columns (which
    GX sees as float64, see `prepare`) without a trailing '.0'."""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        if integer and math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, str):
        return repr(value)
    return str(value)


def _row_reasons(cfg: Any, result: dict[str, Any]) -> tuple[list[int], list[str]]:
    """Rows GX flagged for one row-level expectation, and the reason text for each."""
    meta = cfg.meta
    prefix = f"{meta['column']}: {meta['reason']}"
    entries = result.get("unexpected_index_list") or []
    rows = [int(e[ROW_KEY]) for e in entries]
    check = meta["check"]
    integer = pa.types.is_integer(INCIDENTS.column(meta["column"]).type)
    if check == "type":  # the helper column already holds the raw text
        column = cfg.kwargs["column"]
        reasons = [f"{prefix} ({e[column]})" for e in entries]
    elif check in ("not_null", "paired"):  # the value is null: nothing to show
        reasons = [prefix] * len(entries)
    elif check == "consistent":
        a, b = cfg.kwargs["column_A"], cfg.kwargs["column_B"]
        reasons = [
            f"{prefix} ({_display(e[a], integer)} vs {_display(e[b], True)})" for e in entries
        ]
    else:
        column = cfg.kwargs["column"]
        reasons = [f"{prefix} ({_display(e[column], integer)})" for e in entries]
    return rows, reasons


def _table_failure(cfg: Any, result: dict[str, Any]) -> str:
    """Human-readable text for a failed table-level expectation."""
    meta = cfg.meta
    check = meta["check"]
    if check == "columns":
        expected = list(cfg.kwargs["column_list"])
        observed = [str(c) for c in result.get("observed_value") or []]
        parts = []
        if missing := [c for c in expected if c not in observed]:
            parts.append(f"missing {missing}")
        if extra := [c for c in observed if c not in expected]:
            parts.append(f"unexpected {extra}")
        if dupes := sorted({c for c in observed if observed.count(c) > 1}):
            parts.append(f"duplicated {dupes}")
        if not parts:
            parts.append("not in schema order")
        return f"{meta['reason']}: " + "; ".join(parts)
    if check == "exists":
        return f"{meta['reason']} {meta['column']!r}"
    if check == "unique":
        values = result.get("unexpected_list") or []
        distinct = list(dict.fromkeys(values))
        sample = ", ".join(_display(v) for v in distinct[:5])
        more = ", ..." if len(distinct) > 5 else ""
        return (
            f"{meta['column']}: {meta['reason']}: {len(values)} rows share {len(distinct)} "
            f"value(s) ({sample}{more})"
        )
    return f"{meta.get('column', '')}: {meta['reason']}".lstrip(": ")


def _describe(cfg: Any) -> str:
    column = cfg.kwargs.get("column") or cfg.kwargs.get("column_A") or ""
    return f"{cfg.type}({column})"


def _condition_columns(condition: Any) -> list[str]:
    """Column names a GX row condition refers to (Condition object or its dict form)."""
    if condition is None:
        return []
    if isinstance(condition, dict):
        condition = deserialize_row_condition(condition)
    if isinstance(condition, AndCondition | OrCondition):
        return [c for sub in condition.conditions for c in _condition_columns(sub)]
    column = getattr(condition, "column", None)
    return [column.name] if column is not None else []


def _referenced_columns(cfg: Any) -> list[str]:
    kwargs = cfg.kwargs
    names = [kwargs.get(k) for k in ("column", "column_A", "column_B")]
    names += _condition_columns(kwargs.get("row_condition"))
    return list(dict.fromkeys(n for n in names if n))


def _plan(
    suite: gx.ExpectationSuite, columns: list[str], prepared: pd.DataFrame
) -> list[tuple[str, pd.DataFrame, list[Any]]]:
    """Split the suite into the GX batches it runs on: (name, frame, expectations).

    - "input": table-structure rules, on an empty frame with the input's column names (they only
      look at the columns).
    - one batch per incident column, holding the rules reported against it, on the prepared frame
      narrowed to the columns those rules reference (plus the row key).

    Why narrow frames: GX's pandas engine copies the *whole* batch frame for nearly every metric
    (null filtering, row conditions, selecting unexpected rows) and fingerprints it per batch, so
    its cost grows with rows x columns x rules. With ~56 columns in the prepared frame this was
    the dominant cost at 10^5-10^6 rows; narrowing makes it rows x (a few columns) x rules.
    Results are identical: every rule sees every row and all the columns it names.
    """
    groups: dict[str, list[Any]] = {}
    for exp in suite.expectations:
        key = "input" if exp.meta["batch"] == "input" else f"col.{exp.meta['column']}"
        groups.setdefault(key, []).append(exp)
    plan: list[tuple[str, pd.DataFrame, list[Any]]] = []
    for key, exps in groups.items():
        if key == "input":
            plan.append((key, pd.DataFrame(columns=columns), exps))
            continue
        used = [c for exp in exps for c in _referenced_columns(exp.configuration)]
        narrow = [ROW_KEY, *dict.fromkeys(c for c in used if c in prepared.columns)]
        plan.append((key, prepared[narrow], exps))
    return plan


def _run(
    context: Any, name: str, frame: pd.DataFrame, expectations: list[Any],
    parameters: dict[str, Any],
) -> list[Any]:
    """Validate `frame` against `expectations` with GX; results in the given order."""
    batch = (
        context.data_sources.add_pandas(name)
        .add_dataframe_asset(name)
        .add_batch_definition_whole_dataframe(name)
        .get_batch(batch_parameters={"dataframe": frame})
    )
    suite = gx.ExpectationSuite(name=name, expectations=expectations)
    outcome = batch.validate(suite, result_format=RESULT_FORMAT, expectation_parameters=parameters)
    return list(outcome.results)


def _result_record(res: Any, error: str | None) -> dict[str, Any]:
    """One expectation's entry in the summary (JSON-serialisable)."""
    cfg, result = res.expectation_config, res.result or {}
    return {
        "type": cfg.type,
        "column": cfg.meta.get("column"),
        "gx_columns": _referenced_columns(cfg),
        "check": cfg.meta["check"],
        "level": cfg.meta["level"],
        "success": bool(res.success),
        "unexpected_count": (
            int(result["unexpected_count"]) if "unexpected_count" in result else None
        ),
        "error": error,
    }


# A reason that only restates another one for the same row and column: "missing" (or "missing
# while longitude is set") after "not a number" (the uncoercible value was nulled by `prepare`),
# "not a sub-type of X" after "not in closed set". Dropped from the reasons as noise; they never
# decide anything, the row has already failed the rule they restate.
_RESTATES = {"not_null": "type", "paired": "type", "taxonomy": "in_set"}


def _reasons_by_row(flags: list[pd.DataFrame]) -> pd.Series:
    """Row position -> list of reasons, in suite order, without restated reasons."""
    if not flags:
        return pd.Series([], dtype=object)
    f = pd.concat(flags, ignore_index=True)
    for restating, primary in _RESTATES.items():
        firsts = f.loc[f["check"] == primary, ["row", "column"]].drop_duplicates()
        hit = pd.MultiIndex.from_frame(f[["row", "column"]]).isin(
            pd.MultiIndex.from_frame(firsts)
        )
        f = f[~((f["check"] == restating).to_numpy() & hit)]
    return f.sort_values(["row", "order"], kind="stable").groupby("row", sort=True)[
        "reason"
    ].agg(list)


def validate_incidents(
    df: pd.DataFrame,
    *,
    today: dt.date | None = None,
    suite_path: Path | None = None,
) -> ValidationOutcome:
    """Validate an incidents frame against the committed suite.

    Every input row ends up in exactly one of `valid` (typed for `INCIDENTS.arrow_schema()`) or
    `quarantine` (every incident column as text, plus `quarantine_reasons`). Table-level failures
    (columns missing, extra or out of order, duplicated incident_id, a rule GX could not evaluate)
    are listed in `table_failures`; any of them means the release must be blocked.
    """
    today = today or default_today()
    suite = load_suite(suite_path)
    df = df.reset_index(drop=True)
    n_rows = len(df)
    # GX does not promise results in suite order (rules that error early come first), so each
    # rule carries its position in its meta for this run (the suite object is fresh per call).
    for i, exp in enumerate(suite.expectations):
        exp.meta = {**exp.meta, ORDER_KEY: i}

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    params = {TODAY_PARAMETER: dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)}
    prepared = prepare(df)

    table_failures: list[str] = []
    flags: list[pd.DataFrame] = []
    reason_counts: Counter[str] = Counter()
    records: list[tuple[int, dict[str, Any]]] = []
    for name, frame, exps in _plan(suite, [str(c) for c in df.columns], prepared.frame):
        for res in _run(context, name, frame, exps, params):
            cfg, meta = res.expectation_config, res.expectation_config.meta
            error = _exception_message(res)
            records.append((meta[ORDER_KEY], _result_record(res, error)))
            if error is not None:
                table_failures.append(f"{_describe(cfg)} could not be evaluated: {error}")
            elif res.success:
                continue
            elif meta["level"] == "row":
                rows, reasons = _row_reasons(cfg, res.result or {})
                flags.append(
                    pd.DataFrame(
                        {"row": rows, "reason": reasons, "order": meta[ORDER_KEY],
                         "check": meta["check"], "column": meta["column"]}
                    )
                )
                reason_counts[f"{meta['column']}: {meta['reason']}"] += len(rows)
            else:
                table_failures.append(_table_failure(cfg, res.result or {}))

    reasons_by_row = _reasons_by_row(flags)
    bad_positions = reasons_by_row.index.to_numpy(dtype="int64")
    bad = np.zeros(n_rows, dtype=bool)
    bad[bad_positions] = True

    valid = to_schema_types(prepared.frame.loc[~bad])
    quarantine = pd.DataFrame(
        {name: to_text(column_or_nulls(df, name).iloc[bad_positions]) for name in INCIDENTS.names}
    ).reset_index(drop=True)
    quarantine[REASONS_COLUMN] = list(reasons_by_row.to_numpy())
    if quarantine.empty:
        quarantine = quarantine.astype(object)

    if len(valid) + len(quarantine) != n_rows:  # the "nothing dropped silently" invariant
        raise RuntimeError(f"{n_rows} rows in, {len(valid)} valid + {len(quarantine)} quarantined")

    summary: dict[str, Any] = {
        "suite": suite.name,
        "schema_version": SCHEMA_VERSION,
        "gx_version": gx.__version__,
        "today": today.isoformat(),
        "n_expectations": len(suite.expectations),
        "expectations": [record for _, record in sorted(records, key=lambda r: r[0])],
        "rows_in": n_rows,
        "rows_valid": len(valid),
        "rows_quarantined": len(quarantine),
        "reason_counts": dict(sorted(reason_counts.items())),
        "missing_columns": list(prepared.missing_columns),
        "extra_columns": [str(c) for c in df.columns if c not in INCIDENTS.names],
        "table_failures": table_failures,
        "passed": not table_failures,
    }
    return ValidationOutcome(valid, quarantine, table_failures, summary)
