"""Make an incoming frame checkable by GX: coerce each column to its schema type, transparently.

Why this exists: GX expectations compare values, they cannot say "'five' is not an integer" in a
column that is meant to be numeric, and a frame whose object column mixes "five", 3 and None
would make a numeric range check raise instead of flagging the row. So, before GX runs, each
incident column is coerced to its schema type, and every value that could not be coerced is

1. set to null in the typed column (so range/set rules do not trip over it), and
2. recorded, as its raw text, in a helper column ``<column>__unparsed``.

The suite then holds, for every column, ``expect_column_values_to_be_null(<column>__unparsed)``:
GX, not this module, decides that such a row fails ("fatalities: not an integer ('five')").
Nothing else is judged here. Two more helper columns exist for the same reason: ``__row__`` (the
row position GX reports unexpected rows by) and ``source_urls__length`` (GX cannot take the length
of a list cell; the consistency rule compares it with source_count).

Validation dtypes are chosen so GX evaluates vectorised: integer columns are float64 (exact for
int32, NaN = null; GX only vectorises plain numpy int/float), dates and timestamps are
datetime64[us, UTC] (GX vectorises timezone-aware datetimes of any resolution), strings and lists
are Arrow-backed (no Python-object columns: GX fingerprints every batch, and for a frame with list
cells it does so by pickling it, which is fast for Arrow buffers and slow for Python objects).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.quality.suite import ROW_KEY, length_column, unparsed_column
from pipeline.schema import INCIDENTS, Column

INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
_DATE_LIKE = (str, dt.date, np.datetime64)  # dt.datetime and pd.Timestamp are dt.date subclasses
# pandas' default Arrow-backed text dtype (see module docstring): NaN for null; isin / isnull stay
# vectorised; measured faster under GX than both object and "string[pyarrow]" columns.
TEXT_DTYPE = "str"
_TRUE, _FALSE = frozenset({"true", "True", "TRUE"}), frozenset({"false", "False", "FALSE"})


@dataclass(frozen=True)
class Prepared:
    """The frame GX validates, and what had to be invented to build it."""

    frame: pd.DataFrame
    missing_columns: tuple[str, ...]


def raw_text(value: Any) -> str:
    """How a raw, uncoercible value is shown in a reason: strings quoted, the rest as printed."""
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, np.ndarray):
        value = value.tolist()
    return str(value)


def _isinstance_mask(s: pd.Series, types: tuple[type, ...]) -> pd.Series:
    """Per-element type test; only used on object columns that infer_dtype calls mixed."""
    return s.map(lambda v: isinstance(v, types)).astype(bool)


def _coerce_string(s: pd.Series) -> tuple[pd.Series, pd.Series]:
    notna = s.notna()
    if pd.api.types.is_string_dtype(s) and s.dtype != object:
        ok = notna
    elif s.dtype == object:
        inferred = pd.api.types.infer_dtype(s, skipna=True)
        ok = notna if inferred in ("string", "empty") else notna & _isinstance_mask(s, (str,))
    else:  # numbers, booleans, datetimes in a text column
        ok = pd.Series(False, index=s.index)
    bad = notna & ~ok
    typed = (s.astype(object).where(ok, None) if bad.any() else s).astype(TEXT_DTYPE)
    return typed, bad


def _to_numeric(s: pd.Series) -> pd.Series:
    """float64 values of a column, NaN where a value is null or not a number (bools are not)."""
    if pd.api.types.is_bool_dtype(s) or not (
        pd.api.types.is_numeric_dtype(s) or s.dtype == object or pd.api.types.is_string_dtype(s)
    ):
        return pd.Series(np.nan, index=s.index, dtype="float64")
    if pd.api.types.is_numeric_dtype(s):
        return pd.Series(s.to_numpy(dtype="float64", na_value=np.nan), index=s.index)
    obj = s.astype(object)
    if obj.dtype == object and pd.api.types.infer_dtype(obj, skipna=True) not in (
        "string", "integer", "floating", "mixed-integer-float", "decimal", "empty",
    ):
        obj = obj.where(~_isinstance_mask(obj, (bool, np.bool_)), None)
    return pd.to_numeric(obj, errors="coerce").astype("float64")


def _coerce_int(s: pd.Series) -> tuple[pd.Series, pd.Series]:
    num = _to_numeric(s)
    whole = np.isfinite(num) & (num == np.floor(num)) & num.between(INT32_MIN, INT32_MAX)
    bad = s.notna() & ~whole
    return num.where(~bad, np.nan), bad


def _coerce_float(s: pd.Series) -> tuple[pd.Series, pd.Series]:
    num = _to_numeric(s)
    bad = s.notna() & num.isna()
    return num, bad


def _coerce_bool(s: pd.Series) -> tuple[pd.Series, pd.Series]:
    notna = s.notna()
    if pd.api.types.is_bool_dtype(s):
        return s.astype("boolean"), pd.Series(False, index=s.index)

    def to_bool(v: Any) -> Any:
        if isinstance(v, bool | np.bool_):
            return bool(v)
        if isinstance(v, str):
            return True if v in _TRUE else False if v in _FALSE else None
        return None

    typed = s.astype(object).map(to_bool)
    return typed.astype("boolean"), notna & typed.isna()


def _to_utc(s: pd.Series) -> pd.Series:
    """datetime64[us, UTC] from any datetime-ish column; NaT where not a date/time."""
    if isinstance(s.dtype, pd.DatetimeTZDtype):
        out = s.dt.tz_convert("UTC")
    elif pd.api.types.is_datetime64_dtype(s):
        out = s.dt.tz_localize("UTC")  # naive timestamps are taken to be UTC
    elif s.dtype == object or pd.api.types.is_string_dtype(s):
        obj = s.astype(object)
        if pd.api.types.infer_dtype(obj, skipna=True) not in (
            "string", "date", "datetime", "datetime64", "empty",
        ):
            obj = obj.where(_isinstance_mask(obj, _DATE_LIKE), None)
        try:
            out = pd.to_datetime(obj, errors="coerce", utc=True, format="ISO8601")
        except (ValueError, TypeError, OverflowError):  # pathological mixes: element by element
            out = obj.map(_one_utc)
            out = pd.to_datetime(out, utc=True)
    else:
        return pd.Series(pd.NaT, index=s.index, dtype="datetime64[us, UTC]")
    return out.dt.as_unit("us")


def _one_utc(v: Any) -> pd.Timestamp | None:
    try:
        ts = pd.Timestamp(v)
    except (ValueError, TypeError, OverflowError):
        return None
    if ts is pd.NaT:
        return None
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


def _coerce_date(s: pd.Series) -> tuple[pd.Series, pd.Series]:
    if isinstance(s.dtype, pd.DatetimeTZDtype):  # a date is the local calendar day, not UTC's
        s = s.dt.tz_localize(None)
    ts = _to_utc(s).dt.floor("D")
    return ts, s.notna() & ts.isna()


def _coerce_timestamp(s: pd.Series) -> tuple[pd.Series, pd.Series]:
    ts = _to_utc(s)
    return ts, s.notna() & ts.isna()


def _is_str_list(v: Any) -> bool:
    return isinstance(v, list | tuple | np.ndarray) and all(isinstance(x, str) for x in v)


def _coerce_str_list(s: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Lists of strings (list, tuple or ndarray cells); also returns each cell's length."""
    notna = s.notna()  # isna treats list cells as values, None/NaN as null
    ok: pd.Series | None = None
    if s.dtype == object:
        try:  # fast path: Arrow infers list<string> for the whole column or refuses
            # (no target type on purpose: with one, Arrow would split a bare string into chars)
            arr = pa.array(s, from_pandas=True)
            if pa.types.is_null(arr.type) or arr.type == pa.list_(pa.null()):
                arr = arr.cast(pa.list_(pa.string()))
            if arr.type == pa.list_(pa.string()) and pc.list_flatten(arr).null_count == 0:
                ok = notna
                lengths = pd.Series(
                    pc.list_value_length(arr).to_numpy(zero_copy_only=False), index=s.index
                ).astype("float64")
        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
            ok = None
        if ok is None:
            ok = notna & s.map(_is_str_list).astype(bool)
            lengths = s.map(lambda v: float(len(v)) if _is_str_list(v) else np.nan)
            arr = pa.array(
                [list(v) if k else None for v, k in zip(s, ok, strict=True)],
                type=pa.list_(pa.string()),
            )
    else:
        ok = pd.Series(False, index=s.index)
        lengths = pd.Series(np.nan, index=s.index, dtype="float64")
        arr = pa.nulls(len(s), type=pa.list_(pa.string()))
    typed = pd.Series(pd.arrays.ArrowExtensionArray(arr), index=s.index)
    return typed, notna & ~ok, lengths.where(ok, np.nan).astype("float64")


def _coerce(s: pd.Series, col: Column) -> tuple[pd.Series, pd.Series]:
    t = col.type
    if pa.types.is_string(t):
        return _coerce_string(s)
    if pa.types.is_integer(t):
        return _coerce_int(s)
    if pa.types.is_floating(t):
        return _coerce_float(s)
    if pa.types.is_boolean(t):
        return _coerce_bool(s)
    if pa.types.is_date(t):
        return _coerce_date(s)
    if pa.types.is_timestamp(t):
        return _coerce_timestamp(s)
    raise NotImplementedError(f"{col.name}: no coercion for Arrow type {t}")


def _cell_is_null(v: Any) -> bool:
    if v is None:
        return True
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):  # list-like cells
        return False


def column_or_nulls(df: pd.DataFrame, name: str) -> pd.Series:
    """The column, or all-null if it is missing (its absence is a table failure, not a crash).

    A duplicated column name keeps the first occurrence (the duplicate is a table failure too).
    """
    if name not in df.columns:
        return pd.Series([None] * len(df), index=df.index, dtype=object)
    col = df[name]
    return col.iloc[:, 0] if isinstance(col, pd.DataFrame) else col


def prepare(df: pd.DataFrame) -> Prepared:
    """Build the GX validation frame (RangeIndex, typed columns + helper columns)."""
    df = df.reset_index(drop=True)
    out: dict[str, pd.Series] = {}
    helpers: dict[str, pd.Series] = {ROW_KEY: pd.Series(np.arange(len(df)), dtype="int64")}
    missing = tuple(c.name for c in INCIDENTS.columns if c.name not in df.columns)
    for col in INCIDENTS.columns:
        raw = column_or_nulls(df, col.name)
        if pa.types.is_list(col.type):
            typed, bad, lengths = _coerce_str_list(raw)
            helpers[length_column(col.name)] = lengths
        else:
            typed, bad = _coerce(raw, col)
        out[col.name] = typed
        unparsed = pd.Series(None, index=df.index, dtype=TEXT_DTYPE)
        if bad.any():
            unparsed[bad] = raw[bad].map(raw_text).astype(TEXT_DTYPE)
        helpers[unparsed_column(col.name)] = unparsed
    frame = pd.DataFrame({**out, **helpers})
    return Prepared(frame=frame, missing_columns=missing)


def to_schema_types(frame: pd.DataFrame) -> pd.DataFrame:
    """Incident columns of a prepared frame in dtypes that `pa.Table.from_pandas` maps exactly
    onto `INCIDENTS.arrow_schema()` (Int32, boolean, datetime.date, tz-aware timestamps)."""
    frame = frame.reset_index(drop=True)
    out: dict[str, pd.Series] = {}
    for col in INCIDENTS.columns:
        s = frame[col.name]
        t = col.type
        if pa.types.is_integer(t):
            s = s.astype(str(t).capitalize())  # int32 -> pandas nullable "Int32"
        elif pa.types.is_boolean(t):
            s = s.astype("boolean")
        elif pa.types.is_date(t):
            s = pd.Series(
                pa.array(s.dt.tz_localize(None), from_pandas=True).cast(t).to_pandas(
                    date_as_object=True
                ),
                index=s.index,
                dtype=object,
            )
        out[col.name] = s
    return pd.DataFrame(out)


def to_text(s: pd.Series) -> pd.Series:
    """A column as text, for quarantine (values as they came; dates ISO, lists JSON, null None)."""
    if pd.api.types.is_string_dtype(s) and s.dtype != object:
        return s.astype(object).where(s.notna(), None)
    if isinstance(s.dtype, pd.DatetimeTZDtype) or pd.api.types.is_datetime64_dtype(s):
        return s.map(lambda v: None if pd.isna(v) else v.isoformat()).astype(object)
    if s.dtype != object:
        return s.astype(str).astype(object).where(s.notna(), None)
    return s.map(_cell_text).astype(object)


def _cell_text(v: Any) -> str | None:
    if _cell_is_null(v):
        return None
    if isinstance(v, str):
        return v
    if isinstance(v, pd.Timestamp | dt.date):
        return v.isoformat()
    if isinstance(v, list | tuple | np.ndarray):
        return json.dumps([x.item() if isinstance(x, np.generic) else x for x in v], default=str)
    return str(v)
