"""Where the pipeline reads and writes, and how staged tables are stored between assets."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
from dagster import ConfigurableIOManager, ConfigurableResource, InputContext, OutputContext


def default_data_dir() -> str:
    return os.environ.get("INCIDENTS_DATA_DIR", "data")


class PipelinePaths(ConfigurableResource):
    """Folders the pipeline uses; relative paths are taken from the working directory."""

    data_dir: str = default_data_dir()
    samples_dir: str = ""

    @property
    def samples(self) -> Path:
        return Path(self.samples_dir) if self.samples_dir else Path(self.data_dir) / "samples"

    @property
    def releases(self) -> Path:
        return Path(self.data_dir) / "releases"


class StagingIOManager(ConfigurableIOManager):
    """Stages each DataFrame asset as `<data_dir>/staging/<asset>.parquet` (and a dict as JSON),
    so every intermediate table can be inspected with DuckDB, not just the release."""

    data_dir: str = default_data_dir()

    def _path(self, context: OutputContext | InputContext, suffix: str) -> Path:
        return Path(self.data_dir) / "staging" / f"{'/'.join(context.asset_key.path)}{suffix}"

    def handle_output(self, context: OutputContext, obj: pd.DataFrame | dict) -> None:
        is_table = isinstance(obj, pd.DataFrame)
        path = self._path(context, ".parquet" if is_table else ".json")
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        if is_table:
            obj.to_parquet(tmp, index=False)
            context.add_output_metadata({"rows": len(obj), "path": str(path)})
        else:
            tmp.write_text(json.dumps(obj, indent=1, default=str))
        tmp.replace(path)

    def load_input(self, context: InputContext) -> pd.DataFrame | dict:
        path = self._path(context, ".parquet")
        if path.exists():
            return pd.read_parquet(path)
        return json.loads(self._path(context, ".json").read_text())
