"""The article store: every ingested article (with its text), partitioned by publication day.

Append-only: a run writes new files and never rewrites old ones, so nothing ingested is lost
and a daily run reads and writes only what is new. DuckDB reads the store's key columns to tell
what has been seen, which costs a column scan, not a load of the archive.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import ARTICLES

ARTICLE_STORE_COLUMNS = [*ARTICLES.names, "text"]
INGEST_ERROR_COLUMNS = ["source", "location", "stage", "reason", "at"]


# Daily partitions start here; older articles are filed under this first day (their
# published_at is kept), and articles dated in the future under today, so none is lost.
FIRST_DAY = date.fromisoformat(os.environ.get("INCIDENTS_FIRST_DAY", "2000-01-01"))


def article_day(published_at: object, fetched_at: object) -> str:
    """The partition an article belongs to: its publication day (UTC), else its fetch day."""
    day = datetime.now(UTC).date()
    for value in (published_at, fetched_at):
        if value is not None and not pd.isna(value):
            stamp = pd.Timestamp(value)
            stamp = stamp.tz_localize("UTC") if stamp.tzinfo is None else stamp.tz_convert("UTC")
            day = stamp.date()
            break
    return min(max(day, FIRST_DAY), datetime.now(UTC).date()).isoformat()


def staged_path(staging: Path, asset: str, day: str | None = None) -> Path:
    """Where a staged asset (or one daily partition of it) lives; the IO manager and the
    incremental extraction both use this, so they cannot disagree."""
    if day is None:
        return staging / f"{asset}.parquet"
    return staging / asset / f"{day}.parquet"


class SeenKeys:
    """Everything stored (canonical URLs, article ids, text hashes), asked one key at a time.

    Backed by an SQLite primary-key index, so checking a day's new articles costs what is
    new (a B-tree lookup each), not a scan of the archive. Keys added during a run are held in
    memory until the store writes them."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._added: set[str] = set()
        # the same index without this run's additions: an article known only by its id must
        # not count as a duplicate of itself
        self.stored = StoredKeys(db)

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str) or not key:
            return False
        return key in self._added or key in self.stored

    def add(self, key: str) -> None:
        self._added.add(key)


class StoredKeys:
    """The keys the store held when the index was opened, asked one at a time."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str) or not key:
            return False
        return self._db.execute("SELECT 1 FROM keys WHERE k = ?", (key,)).fetchone() is not None


class ArticleStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.articles_dir = root / "articles"
        self.errors_dir = root / "ingest_errors"
        self.index_path = root / "keys.sqlite"

    def seen(self) -> SeenKeys:
        """The key index, brought up to date first with any stored batch it has not indexed
        (a run that died between writing articles and indexing them, or a lost index file)."""
        return SeenKeys(self._index())

    def _index(self) -> sqlite3.Connection:
        self.root.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.index_path)
        db.execute("CREATE TABLE IF NOT EXISTS keys (k TEXT PRIMARY KEY) WITHOUT ROWID")
        db.execute("CREATE TABLE IF NOT EXISTS batches (path TEXT PRIMARY KEY) WITHOUT ROWID")
        indexed = {p for (p,) in db.execute("SELECT path FROM batches")}
        stored = [f for f in self.articles_dir.glob("day=*/*.parquet")] \
            if self.articles_dir.is_dir() else []
        for path in stored:
            name = str(path.relative_to(self.articles_dir))
            if name not in indexed:
                keys = pq.read_table(path, columns=["url", "article_id", "content_sha256"])
                self._insert(db, keys.to_pandas(), name)
        db.commit()
        return db

    @staticmethod
    def _insert(db: sqlite3.Connection, frame: pd.DataFrame, name: str) -> None:
        keys = {v for col in ("url", "article_id", "content_sha256") for v in frame[col]
                if isinstance(v, str) and v}
        db.executemany("INSERT OR IGNORE INTO keys VALUES (?)", ((k,) for k in keys))
        db.execute("INSERT OR IGNORE INTO batches VALUES (?)", (name,))

    def append(self, articles: pd.DataFrame, batch: str) -> dict[str, int]:
        """Write new articles under day=YYYY-MM-DD/<batch>.parquet; returns rows per day."""
        if articles.empty:
            return {}
        days = [article_day(p, f) for p, f in zip(articles["published_at"],
                                                   articles["fetched_at"], strict=True)]
        written: dict[str, int] = {}
        for day, group in articles[ARTICLE_STORE_COLUMNS].groupby(pd.Series(days,
                                                                            index=articles.index)):
            folder = self.articles_dir / f"day={day}"
            folder.mkdir(parents=True, exist_ok=True)
            _atomic_parquet(group.reset_index(drop=True), folder / f"{batch}.parquet")
            written[str(day)] = len(group)
        self._index().close()  # index the new batches now, not at the next run's start
        return written

    def append_errors(self, errors: pd.DataFrame, batch: str) -> None:
        if errors.empty:
            return
        self.errors_dir.mkdir(parents=True, exist_ok=True)
        _atomic_parquet(errors[INGEST_ERROR_COLUMNS], self.errors_dir / f"{batch}.parquet")

    def batches(self, day: str) -> list[str]:
        return sorted(p.stem for p in (self.articles_dir / f"day={day}").glob("*.parquet"))

    def days(self) -> list[str]:
        if not self.articles_dir.is_dir():
            return []
        return sorted(p.name.removeprefix("day=") for p in self.articles_dir.iterdir()
                      if p.is_dir() and p.name.startswith("day=") and any(p.glob("*.parquet")))

    def seen_keys(self) -> set[str]:
        """URLs, article ids and content hashes of everything stored, by a scan of the store
        (what `seen()` avoids; kept for audits and benchmarks)."""
        if not self.days():
            return set()
        rows = duckdb.execute(
            "SELECT url, article_id, content_sha256 FROM read_parquet(?, union_by_name=true)",
            [self._glob()],
        ).fetchall()
        return {v for row in rows for v in row if v}

    def read_days(self, days: list[str] | tuple[str, ...]) -> pd.DataFrame:
        files = [str(f) for d in days for f in sorted((self.articles_dir / f"day={d}")
                                                      .glob("*.parquet"))]
        if not files:
            return pd.DataFrame(columns=ARTICLE_STORE_COLUMNS)
        # pyarrow keeps the stored types exactly (UTC timestamps stay UTC).
        tables = [pq.read_table(f) for f in files]
        frame = pa.concat_tables(tables, promote_options="default").to_pandas()
        # (a store written before a column existed reads with that column empty)
        return frame.reindex(columns=ARTICLE_STORE_COLUMNS)

    def _glob(self) -> str:
        return str(self.articles_dir / "day=*" / "*.parquet")


def batch_id(now: datetime | None = None) -> str:
    """Sortable and unique per process: files from two runs never collide."""
    now = now or datetime.now(UTC)
    return f"{now:%Y%m%dT%H%M%S%f}-{os.getpid()}"


def _atomic_parquet(frame: pd.DataFrame, path: Path) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    frame.to_parquet(tmp, index=False)
    tmp.replace(path)


def days_between(start: date, end: date) -> list[str]:
    return [d.date().isoformat() for d in pd.date_range(start, end, freq="D")]
