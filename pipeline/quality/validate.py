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

REASONS_COLUMN = QUARANTINE_EXTRA_COLUMNS[0].name
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
            f"values ({sample}{more})"
        )
    return f"{meta.get('column', '')}: {meta['reason']}".lstrip(": ")


def _describe(cfg: Any) -> str:
    column = cfg.kwargs.get("column") or cfg.kwargs.get("column_A") or ""
    return f"{cfg.type}({column})"


def _run(
    context: Any, asset_name: str, frame: pd.DataFrame, suite: gx.ExpectationSuite,
    parameters: dict[str, Any],
) -> list[Any]:
    """Validate `frame` against `suite` with GX and return the per-expectation results."""
    if not suite.expectations:
        return []
    source = context.data_sources.add_pandas(asset_name)
    batch = (
        source.add_dataframe_asset(asset_name)
        .add_batch_definition_whole_dataframe(asset_name)
        .get_batch(batch_parameters={"dataframe": frame})
    )
    outcome = batch.validate(
        suite, result_format=RESULT_FORMAT, expectation_parameters=parameters
    )
    return list(outcome.results)


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

    by_batch: dict[str, list[Any]] = {"input": [], "prepared": []}
    for exp in suite.expectations:
        by_batch[exp.meta["batch"]].append(exp)

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    params = {TODAY_PARAMETER: dt.datetime.combine(today, dt.time(), tzinfo=dt.UTC)}
    # Table-structure rules only need the column names: give GX an empty frame with them.
    columns_only = pd.DataFrame(columns=[str(c) for c in df.columns])
    prepared = prepare(df)
    results = _run(
        context, "input", columns_only,
        gx.ExpectationSuite(name=f"{suite.name}.input", expectations=by_batch["input"]), params,
    ) + _run(
        context, "prepared", prepared.frame,
        gx.ExpectationSuite(name=f"{suite.name}.prepared", expectations=by_batch["prepared"]),
        params,
    )

    table_failures: list[str] = []
    flagged_rows: list[int] = []
    flagged_reasons: list[str] = []
    reason_counts: Counter[str] = Counter()
    per_expectation: list[dict[str, Any]] = []
    for res in results:
        cfg = res.expectation_config
        meta = cfg.meta
        error = _exception_message(res)
        result = res.result or {}
        per_expectation.append(
            {
                "type": cfg.type,
                "column": meta.get("column"),
                "kwargs_column": cfg.kwargs.get("column") or cfg.kwargs.get("column_A"),
                "check": meta["check"],
                "level": meta["level"],
                "success": bool(res.success),
                "unexpected_count": (
                    int(result["unexpected_count"]) if "unexpected_count" in result else None
                ),
                "error": error,
            }
        )
        if error is not None:
            table_failures.append(f"{_describe(cfg)} could not be evaluated: {error}")
        elif res.success:
            continue
        elif meta["level"] == "row":
            rows, reasons = _row_reasons(cfg, result)
            flagged_rows += rows
            flagged_reasons += reasons
            reason_counts[f"{meta['column']}: {meta['reason']}"] += len(rows)
        else:
            table_failures.append(_table_failure(cfg, result))

    # Reasons in suite order per row; rows in input order.
    reasons_by_row = (
        pd.DataFrame({"row": flagged_rows, "reason": flagged_reasons}, dtype=object)
        .groupby("row", sort=True)["reason"]
        .agg(list)
    )
    bad = np.zeros(n_rows, dtype=bool)
    bad_positions = reasons_by_row.index.to_numpy(dtype="int64")
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
        "expectations": per_expectation,
        "rows_in": n_rows,
        "rows_valid": len(valid),
        "rows_quarantined": len(quarantine),
        "reason_counts": dict(sorted(reason_counts.items())),
        "missing_columns": list(prepared.missing_columns),
        "table_failures": table_failures,
        "passed": not table_failures,
    }
    return ValidationOutcome(valid, quarantine, table_failures, summary)
