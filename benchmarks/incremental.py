"""A daily run on top of a large archive: does ingest + extract cost follow K (new) or M (stored)?

For each archive size M, an article store of M synthetic rows is written directly with
`ArticleStore.append` (one file per publication day, as daily runs leave it), then K new articles
of one new day arrive as a `.jsonl` folder and go through `stages.ingest`, `articles_of_day` and
`stages.extract` for that day only. Ingest asks the store's SQLite key index about the new
articles only; the full scan of stored keys (DuckDB) is timed apart to show what that avoids.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd

from benchmarks.corpus import END_DAY, CorpusPlan, articles
from benchmarks.measure import Measure, clock
from pipeline import stages
from pipeline.ingest.sources import Source
from pipeline.store import ARTICLE_STORE_COLUMNS, ArticleStore

SECTION = "incremental"
ARCHIVE_DAYS = 365
BATCH_ROWS = 25_000
ARCHIVE_TEXT = ("The finance ministry said on Tuesday that inflation had eased, the lowest rate "
                "in more than a year. Parliament approved a bill to reform the civil service "
                "after a debate that lasted late into the night. ") * 4


def write_archive(store: ArticleStore, m: int) -> float:
    """M stored articles over the ARCHIVE_DAYS before the corpus, in batches; seconds taken."""
    first = END_DAY - timedelta(days=ARCHIVE_DAYS + 30)
    with clock() as t:
        for start in range(0, m, BATCH_ROWS):
            ids = range(start, min(start + BATCH_ROWS, m))
            days = [first + timedelta(days=i * ARCHIVE_DAYS // m) for i in ids]
            stamps = pd.to_datetime([datetime(d.year, d.month, d.day, 12, tzinfo=UTC)
                                     for d in days])
            urls = [f"https://archive.example/{d:%Y/%m/%d}/story-{i}" for d, i in zip(days, ids,
                                                                                    strict=True)]
            frame = pd.DataFrame({
                "article_id": [hashlib.sha256(u.encode()).hexdigest()[:16] for u in urls],
                "url": urls, "title": [f"Archive story {i}" for i in ids],
                "published_at": stamps, "source": "archive", "author": None, "language": "en",
                "content_sha256": [hashlib.sha256(f"text-{i}".encode()).hexdigest()
                                   for i in ids],
                "n_chars": len(ARCHIVE_TEXT), "raw_sha256": None, "fetched_at": stamps,
                "duplicate_of": None, "text": ARCHIVE_TEXT,
            })[ARTICLE_STORE_COLUMNS]
            store.append(frame, f"archive-{start:09d}")
    return t.seconds


def run(sizes: list[int], daily: int, work: Path, seed: int) -> tuple[list[Measure], list[dict]]:
    measures: list[Measure] = []
    rows: list[dict] = []
    new_day = END_DAY + timedelta(days=1)
    plan = CorpusPlan(daily, seed=seed + 1, span_days=1, last_day=new_day)
    for m in sizes:
        data_dir = work / f"archive-{m}"
        store = ArticleStore(data_dir / "archive")
        archive_s = write_archive(store, m)
        inbox = data_dir / "inbox"
        inbox.mkdir(parents=True, exist_ok=True)
        with (inbox / "today.jsonl").open("w", encoding="utf-8") as fh:
            for record in articles(plan, 0, daily):
                fh.write(json.dumps(record) + "\n")
        seen = []
        for _ in range(3):
            with clock() as t:
                keys = store.seen_keys()
            seen.append(t.seconds)
        with clock() as index_t:  # what ingest uses instead of the scan: the key index
            store.seen()
        with clock() as ingest:
            result = stages.ingest([Source(name="daily", kind="folder", path=inbox)],
                                   data_dir=data_dir)
        with clock() as read:
            frame = stages.articles_of_day(data_dir, new_day.isoformat())
        with clock() as work_t:
            _, ledger = stages.extract(frame, None, None)
        row = {"archive_articles": m, "new_articles": daily, "stored": len(result.articles),
               "seen_keys": len(keys), "write_archive_s": round(archive_s, 2),
               "seen_keys_s": round(sorted(seen)[1], 4), "open_index_s": round(index_t.seconds, 4),
               "ingest_s": round(ingest.seconds, 3),
               "read_day_s": round(read.seconds, 3), "extract_s": round(work_t.seconds, 3),
               "extracted": len(ledger),
               "ingest_extract_s": round(ingest.seconds + read.seconds + work_t.seconds, 3)}
        rows.append(row)
        measures.append(Measure(SECTION, f"seen-keys scan, archive {m:,} (audit only)",
                                row["seen_keys_s"], m, "stored"))
        measures.append(Measure(SECTION, f"open key index, archive {m:,}", row["open_index_s"],
                                m, "stored"))
        measures.append(Measure(SECTION, f"daily ingest+extract of {daily} on archive {m:,}",
                                row["ingest_extract_s"], daily, extra=row))
    return measures, rows
