"""The whole pipeline over the synthetic corpus, stage by stage, streaming.

Generation writes one chunk of JSON Lines at a time and ingestion follows chunk by chunk through
`stages.ingest` with a folder source (the project's own `.jsonl` reader), so neither the corpus
nor the article store is ever held in memory; extraction reads one day partition per task.
Generation is timed but not billed to the pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from benchmarks import extraction
from benchmarks.corpus import CorpusPlan, write_chunks
from benchmarks.measure import Measure, clock
from pipeline import stages
from pipeline.ingest.sources import Source
from pipeline.quality import validate_incidents
from pipeline.schema import MENTION_FIELDS
from pipeline.store import ArticleStore

SECTION = "pipeline"


@dataclass
class PipelineRun:
    measures: list[Measure] = field(default_factory=list)
    extraction: dict = field(default_factory=dict)
    release: Path | None = None
    end_to_end_s: float = 0.0


def run(plan: CorpusPlan, work: Path, *, workers: int, serial_sample: int,
        profile_articles: int, results_dir: Path, stamp: str) -> PipelineRun:
    out = PipelineRun()
    data_dir, corpus = work / "data", work / "corpus"
    add = out.measures.append

    gen_s = ingest_s = seen_s = 0.0
    words = ingested = errors = 0
    store = ArticleStore(data_dir / "archive")
    for chunk, chunk_gen_s, w in _timed_chunks(plan, corpus):
        gen_s += chunk_gen_s
        words += w
        with clock() as seen:
            store.seen_keys()  # the part of ingest that grows with the archive, shown apart
        seen_s += seen.seconds
        with clock() as t:
            result = stages.ingest([Source(name="bench", kind="folder", path=chunk)],
                                   data_dir=data_dir)
        ingest_s += t.seconds
        ingested += len(result.articles)
        errors += len(result.errors)
    add(Measure(SECTION, "generate corpus (not billed)", gen_s, plan.articles,
                extra={"words": words, "mean_words": round(words / plan.articles, 1)}))
    add(Measure(SECTION, "ingest (folder .jsonl → store)", ingest_s, plan.articles,
                extra={"stored": ingested, "dedup_or_errors": errors,
                       "of_which_seen_keys_s": round(seen_s, 3)}))

    days = store.days()
    warm_s = extraction.warm_up()
    add(Measure(SECTION, "extractor warm-up (gazetteer load, once per process)", warm_s, 0))

    sample_days, count = [], 0
    for day in days:  # whole days until the serial sample is reached
        if count >= serial_sample:
            break
        sample_days.append(day)
        count += len(pd.read_parquet(data_dir / "archive" / "articles" / f"day={day}",
                                     columns=["article_id"]))
    serial, serial_wall = extraction.run_serial(data_dir, sample_days)
    one = extraction.summarise(serial, serial_wall, 1)
    add(Measure(SECTION, "read+dedup+extract, 1 core (sample days)", serial_wall,
                one["extracted"], extra=one))
    add(Measure(SECTION, "  of which extract only, 1 core", one["extract_s"], one["extracted"],
                extra={"600w_articles_per_s": one["extract_600w_articles_per_s_per_core"]}))

    pooled, pool_wall = extraction.run_pool(data_dir, days, workers, data_dir / "staging")
    many = extraction.summarise(pooled, pool_wall, workers)
    add(Measure(SECTION, f"read+dedup+extract, {workers} cores (all days)", pool_wall,
                many["extracted"], extra=many))
    speedup = (many["articles_per_s"] / (one["extracted"] / serial_wall)
               if one["extracted"] and serial_wall else None)
    out.extraction = {"one_core": one, "pool": many,
                      "speedup": round(speedup, 2) if speedup else None,
                      "warm_up_s": round(warm_s, 3)}

    mentions = pd.concat([r.mentions for r in pooled if len(r.mentions)], ignore_index=True) \
        if any(len(r.mentions) for r in pooled) else pd.DataFrame(columns=list(MENTION_FIELDS))
    meta = pd.concat([r.meta for r in pooled], ignore_index=True)
    with clock() as t:
        merged = stages.merge(mentions, meta, releases_dir=data_dir / "releases")
    add(Measure(SECTION, "merge (all mentions → incidents)", t.seconds, len(mentions), "mentions",
                extra={"incidents": len(merged.incidents),
                       "current_mentions": int((mentions["mention_type"] == "current").sum())}))
    with clock() as t:
        outcome = validate_incidents(merged.incidents)
    add(Measure(SECTION, "validate (GX suite)", t.seconds, len(merged.incidents), "incidents",
                extra={"quarantined": len(outcome.quarantine),
                       "table_failures": outcome.table_failures}))
    with clock() as t:
        published = stages.publish(outcome.valid, outcome.quarantine, merged.sources, meta,
                                   releases_dir=data_dir / "releases",
                                   validation=outcome.summary, removals=merged.removals)
    add(Measure(SECTION, "publish (release files)", t.seconds, len(outcome.valid), "incidents",
                extra={"version": published.version, "bytes": _size(published.path)}))
    out.release = published.path
    out.end_to_end_s = ingest_s + pool_wall + sum(
        m.seconds for m in out.measures[-3:])
    add(Measure(SECTION, f"END TO END (ingest → release, {workers} cores)", out.end_to_end_s,
                plan.articles))

    samples = Path(__file__).resolve().parent.parent / "data" / "samples"
    if samples.is_dir():
        out.extraction["bundled_samples"] = extraction.samples_rate(samples)
    profile_day = max(days, key=lambda d: next(r.extracted for r in pooled if r.day == d))
    out.extraction["profile"] = extraction.profile(
        data_dir, profile_day, profile_articles, results_dir / f"profile-{stamp}.txt")
    return out


def _timed_chunks(plan: CorpusPlan, folder: Path) -> Iterator[tuple[Path, float, int]]:
    """(chunk folder, seconds to generate it, words in it), one chunk at a time."""
    chunks = write_chunks(plan, folder)
    while True:
        with clock() as t:
            item = next(chunks, None)
        if item is None:
            return
        path, _, words = item
        yield path, t.seconds, words


def _size(path: Path | None) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) if path else 0
