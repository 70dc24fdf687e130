"""SQL over a release that lives elsewhere (an http(s) mirror or a folder holding index.json).

Two ways, chosen at run time and reported on stderr:

- DuckDB's httpfs extension, when it loads: views read the remote Parquet files directly with
  HTTP range requests, fetching only the columns and row groups a query needs. Not
  checksum-verified, as DuckDB reads pieces of files.
- Otherwise (no internet to install httpfs, an air-gapped machine, a DuckDB build without it):
  a verified download of the release into a cache folder, reused by later queries, and views
  over those local files.
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import duckdb

from pipeline.download import LATEST, Source, download_release, read_index, resolve_version
from pipeline.query import connect
from pipeline.schema import RELEASE_TABLES

CACHE_ENV = "INCIDENTS_CACHE_DIR"
NO_HTTPFS_ENV = "INCIDENTS_NO_HTTPFS"  # set to 1 to skip the httpfs attempt
HTTPFS_STAMP = "httpfs-install-failed"
HTTPFS_RETRY_SECONDS = 24 * 3600


@dataclass
class RemoteConnection:
    con: duckdb.DuckDBPyConnection
    version: str
    how: str  # "httpfs", "cache" or "folder"
    detail: str


def default_cache_dir() -> Path:
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "open-incidents"


def cache_dir_for(base: str, root: Path) -> Path:
    """One cache folder per mirror, so two mirrors that both have v2024.05.01 never mix."""
    slug = hashlib.sha256(base.rstrip("/").encode()).hexdigest()[:12]
    return root / slug


def load_httpfs(con: duckdb.DuckDBPyConnection, install: bool = True) -> str | None:
    """Load httpfs (installing it first if `install`); None when it works, else the reason.

    LOAD fails in milliseconds when the extension is absent; INSTALL needs the extension
    repository and fails within a few seconds without internet.
    """
    if os.environ.get(NO_HTTPFS_ENV, "").strip() not in ("", "0"):
        return f"disabled by {NO_HTTPFS_ENV}"
    try:
        con.execute("LOAD httpfs")
        return None
    except duckdb.Error as exc:
        if not install:
            return str(exc).splitlines()[0]
    try:
        con.execute("INSTALL httpfs")
        con.execute("LOAD httpfs")
        return None
    except duckdb.Error as exc:
        return str(exc).splitlines()[0]


def open_remote(base: str, version: str = LATEST, *, cache_root: Path | None = None,
                log: IO[str] | None = None) -> RemoteConnection:
    """A DuckDB connection with the release tables as views, by the best way available."""
    log = log if log is not None else sys.stderr
    source = Source(base)
    entry = resolve_version(read_index(source), version)
    if not source.remote:  # a local folder: read in place, nothing to fetch
        release = Path(source.base) / entry["version"]
        log.write(f"query: reading {release} in place\n")
        return RemoteConnection(connect(release), entry["version"], "folder", str(release))
    con = duckdb.connect()
    root = cache_root or default_cache_dir()
    stamp = root / HTTPFS_STAMP  # a failed INSTALL costs seconds: not again for a day
    tried = stamp.is_file() and time.time() - stamp.stat().st_mtime < HTTPFS_RETRY_SECONDS
    reason = load_httpfs(con, install=not tried)
    if reason is not None and not tried and "disabled" not in reason:
        root.mkdir(parents=True, exist_ok=True)
        stamp.write_text(reason + "\n")
    if reason is None:
        for table in RELEASE_TABLES:
            url = source.url(f"{entry['path']}{table.name}.parquet").replace("'", "''")
            con.execute(f"CREATE VIEW {table.name} AS SELECT * FROM read_parquet('{url}')")
        log.write(f"query: reading {source.url(entry['path'])} directly with DuckDB httpfs "
                  "(remote files, not checksum-verified)\n")
        return RemoteConnection(con, entry["version"], "httpfs", source.url(entry["path"]))
    con.close()
    cache = cache_dir_for(base, root)
    log.write(f"query: DuckDB httpfs unavailable ({reason}); using a verified download "
              f"cached in {cache}\n")
    result = download_release(base, entry["version"], cache, progress=log)
    log.write(f"query: {'reused cached' if result.reused else 'downloaded and verified'} "
              f"{result.version}\n")
    return RemoteConnection(connect(result.path), result.version, "cache", str(result.path))

