"""DataFrames to Arrow tables with exactly the published schema, in the published row order."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

from pipeline.schema import Table


def to_arrow(df: pd.DataFrame, table: Table) -> pa.Table:
    """Cast to the schema's types (failing loudly on a mismatch) and sort by the table's key."""
    missing = [n for n in table.names if n not in df.columns]
    if missing:
        raise ValueError(f"{table.name}: missing columns {missing}")
    frame = df[table.names]
    arrays = [_array(frame[c.name], c.type) for c in table.columns]
    result = pa.Table.from_arrays(arrays, schema=table.arrow_schema())
    if table.sort_by and result.num_rows:
        # Arrow's sort is stable, so equal keys keep their input order.
        result = result.sort_by([(key, "ascending") for key in table.sort_by])
    return result


def _array(series: pd.Series, type_: pa.DataType) -> pa.Array:
    """Whole-column conversion (fast at a million rows); a column of mixed Python objects
    that Arrow cannot take in one go is converted value by value."""
    try:
        return pa.Array.from_pandas(series).cast(type_, safe=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        return _array_by_value(series, type_)


def _array_by_value(series: pd.Series, type_: pa.DataType) -> pa.Array:
    values = [None if is_missing(v) else v for v in series.tolist()]
    if pa.types.is_date32(type_):
        values = [None if v is None else pd.Timestamp(v).date() for v in values]
    elif pa.types.is_timestamp(type_):
        values = [None if v is None else _utc(v) for v in values]
    elif pa.types.is_list(type_):
        values = [None if v is None else list(v) for v in values]
    return pa.array(values, type=type_)


def _utc(value: object) -> pd.Timestamp:
    stamp = pd.Timestamp(value)
    return stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")


def is_missing(value: object) -> bool:
    """None/NaN/NaT, without tripping over list values (whose truth pandas cannot tell)."""
    if value is None:
        return True
    if isinstance(value, (list, tuple)) or hasattr(value, "__array__"):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
