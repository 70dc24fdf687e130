"""Where the pipeline reads and writes, and how staged tables are stored between assets."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pyarrow as pa
from dagster import ConfigurableIOManager, ConfigurableResource, InputContext, OutputContext

from pipeline.ingest.sources import Source, load_sources
from pipeline.store import staged_path


def default_data_dir() -> str:
    return os.environ.get("INCIDENTS_DATA_DIR", "data")


class PipelinePaths(ConfigurableResource):
    """Folders and the sources file; relative paths are taken from the working directory.

    `samples_dir`, when set, replaces the sources file by one local folder (what
    `incidents run --samples DIR` and the tests use)."""

    data_dir: str = default_data_dir()
    sources_file: str = os.environ.get("INCIDENTS_SOURCES", "sources.yaml")
    corrections_file: str = os.environ.get("INCIDENTS_CORRECTIONS", "corrections.yaml")
    samples_dir: str = ""

    @property
    def corrections(self) -> Path:
        return Path(self.corrections_file)

    @property
    def data(self) -> Path:
        return Path(self.data_dir)

    @property
    def releases(self) -> Path:
        return self.data / "releases"

    @property
    def staging(self) -> Path:
        return self.data / "staging"

    def sources(self) -> list[Source]:
        if self.samples_dir:
            return [Source("samples", "folder", path=Path(self.samples_dir))]
        return load_sources(Path(self.sources_file))


class StagingIOManager(ConfigurableIOManager):
    """Stages each asset as Parquet under `<data_dir>/staging/` (a dict as JSON), one file per
    daily partition for partitioned assets, so every intermediate table can be inspected with
    DuckDB and a daily run rewrites only its own days.

    Partitioned assets return {day: DataFrame}; inputs spanning many partitions are read from
    the days that exist and concatenated."""

    data_dir: str = default_data_dir()

    @property
    def _staging(self) -> Path:
        return Path(self.data_dir) / "staging"

    def _name(self, context: OutputContext | InputContext) -> str:
        return "/".join(context.asset_key.path)

    def handle_output(self, context: OutputContext, obj: pd.DataFrame | dict | None) -> None:
        if obj is None:
            return
        if context.has_asset_partitions:
            rows = 0
            for day, frame in obj.items():
                _write(frame, staged_path(self._staging, self._name(context), day))
                rows += len(frame)
            context.add_output_metadata({"rows": rows, "days_written": len(obj)})
            return
        if isinstance(obj, pd.DataFrame):
            path = staged_path(self._staging, self._name(context))
            _write(obj, path)
            context.add_output_metadata({"rows": len(obj), "path": str(path)})
            return
        path = staged_path(self._staging, self._name(context)).with_suffix(".json")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(obj, indent=1, default=str))

    def load_input(self, context: InputContext) -> pd.DataFrame | dict:
        name = self._name(context)
        # An input may ask for some columns only (AssetIn metadata {"columns": [...]}), so a
        # merge over the whole archive reads article metadata, not every article's text.
        columns = (context.definition_metadata or {}).get("columns")
        if context.has_asset_partitions:
            files = [staged_path(self._staging, name, day)
                     for day in context.asset_partition_keys]
            frames = [pd.read_parquet(f, columns=columns) for f in files if f.exists()]
            frames = [f for f in frames if len(f)]
            return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        path = staged_path(self._staging, name)
        if path.exists():
            return pd.read_parquet(path)
        return json.loads(path.with_suffix(".json").read_text())


def _write(frame: pd.DataFrame, path: Path) -> None:
    """Parquet via pandas, except that Arrow-backed list columns are stored as plain lists:
    pandas cannot rebuild their dtype from the Parquet metadata it writes for them."""
    lists = [c for c, t in frame.dtypes.items()
             if isinstance(t, pd.ArrowDtype) and pa.types.is_list(t.pyarrow_dtype)]
    if lists:
        frame = frame.assign(**{c: frame[c].astype(object) for c in lists})
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    frame.to_parquet(tmp, index=False)
    tmp.replace(path)
