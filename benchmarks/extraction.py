"""Extraction throughput: one core, a process pool over day partitions, and a profile.

Why per day partition: that is the unit Dagster fans out (`incident_mentions` is partitioned by
publication day), so the pool here is the same split a multi-machine deployment would use, and
the 1 → N cores speed-up measured here is the one to expect from it.
"""

from __future__ import annotations

import cProfile
import io
import multiprocessing
import pstats
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from benchmarks.measure import clock
from pipeline import stages
from pipeline.store import staged_path

WORDS_PER_ARTICLE = 600  # the target is stated for 600-word articles


@dataclass
class DayResult:
    """What extracting one day partition cost and produced (mentions are small; text stays)."""

    day: str
    articles: int
    extracted: int
    words: int
    read_s: float
    extract_s: float
    mentions: pd.DataFrame
    meta: pd.DataFrame  # the day's article metadata (no text), for the merge


def warm_up() -> float:
    """Load the gazetteer and compile the rules once (seconds), so it is not billed per article
    and forked workers inherit it."""
    from pipeline.extract import extract_incidents
    from pipeline.geo.districts import district_index

    with clock() as t:
        extract_incidents("A drone strike hit a base in Erbil, Iraq, killing two.", "2024-06-01")
        district_index()  # (read on the first text that names no country: once per process)
    return t.seconds


def process_day(data_dir: Path, day: str, staging: Path | None = None) -> DayResult:
    """One partition: read it from the store (near-duplicates linked), extract what is new, and
    write the staged mentions and ledger as the Dagster IO manager would."""
    with clock() as read:
        frame = stages.articles_of_day(data_dir, day)
    with clock() as work:
        mentions = stages.extract_day(staging, day, frame)
        if staging is not None:  # what the Dagster IO manager does with the asset's output
            path = staged_path(staging, "incident_mentions", day)
            path.parent.mkdir(parents=True, exist_ok=True)
            mentions.to_parquet(path, index=False)
    originals = frame[frame["duplicate_of"].isna()]
    extracted = len(originals)
    return DayResult(day, len(frame), extracted, int(originals["text"].str.split().str.len()
                                                       .sum()), read.seconds, work.seconds,
                     mentions, frame.drop(columns=["text"]))


def _process_day_args(args: tuple[Path, str, Path | None]) -> DayResult:
    return process_day(*args)


def run_serial(data_dir: Path, days: list[str]) -> tuple[list[DayResult], float]:
    with clock() as t:
        results = [process_day(data_dir, day) for day in days]
    return results, t.seconds


def run_pool(data_dir: Path, days: list[str], workers: int,
             staging: Path | None) -> tuple[list[DayResult], float]:
    """Days on `workers` forked processes, largest first so the last one does not straggle."""
    sizes = {d: sum(f.stat().st_size for f in (data_dir / "archive" / "articles" / f"day={d}")
                    .glob("*.parquet")) for d in days}
    order = sorted(days, key=lambda d: -sizes[d])
    context = multiprocessing.get_context("fork")
    with clock() as t, ProcessPoolExecutor(workers, mp_context=context) as pool:
        results = list(pool.map(_process_day_args, [(data_dir, d, staging) for d in order]))
    return sorted(results, key=lambda r: r.day), t.seconds


def summarise(results: list[DayResult], wall_s: float, cores: int) -> dict:
    extracted = sum(r.extracted for r in results)
    words = sum(r.words for r in results)
    extract_s = sum(r.extract_s for r in results)
    read_s = sum(r.read_s for r in results)
    return {
        "cores": cores, "days": len(results), "articles": sum(r.articles for r in results),
        "extracted": extracted, "mean_words": round(words / extracted, 1) if extracted else 0,
        "mentions": sum(len(r.mentions) for r in results), "wall_s": round(wall_s, 3),
        "read_dedup_s": round(read_s, 3), "extract_s": round(extract_s, 3),
        "articles_per_s": round(extracted / wall_s, 2) if wall_s else None,
        "extract_articles_per_s_per_core": round(extracted / extract_s, 2) if extract_s else None,
        "extract_600w_articles_per_s_per_core": (
            round(words / WORDS_PER_ARTICLE / extract_s, 2) if extract_s else None),
    }


def samples_rate(samples: Path, repeat: int = 5) -> dict:
    """Extraction on the bundled, hand-written samples: real news prose, denser in incidents
    than the synthetic filler, so a check that the synthetic rate is not flattering."""
    from pipeline.extract import extract_incidents
    from pipeline.ingest.local import ingest_folder

    docs = ingest_folder(samples).articles
    words = sum(len(a.text.split()) for a in docs) * repeat
    with clock() as t:
        for _ in range(repeat):
            for a in docs:
                extract_incidents(a.text, a.published_at or "2024-06-01", title=a.title)
    n = len(docs) * repeat
    return {"articles": n, "mean_words": round(words / n, 1) if n else 0,
            "seconds": round(t.seconds, 3),
            "articles_per_s": round(n / t.seconds, 2) if n else None,
            "extract_600w_articles_per_s_per_core": round(words / WORDS_PER_ARTICLE / t.seconds,
                                                          2) if n else None}


def profile(data_dir: Path, day: str, limit: int, out: Path) -> dict:
    """cProfile of extraction over up to `limit` articles of one day: top functions by own
    time, and own time summed per module, written to `out` (text) and returned (JSON)."""
    from pipeline.extract import extract_incidents

    frame = stages.articles_of_day(data_dir, day)
    frame = frame[frame["duplicate_of"].isna()].head(limit)
    profiler = cProfile.Profile()
    profiler.enable()
    for a in frame.itertuples(index=False):
        extract_incidents(a.text, a.published_at, title=a.title, article_id=a.article_id)
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = sum(v[2] for v in stats.stats.values())  # own time over all functions
    rows = []
    modules: dict[str, float] = {}
    for (path, line, name), (_, calls, own, cum, _) in stats.stats.items():
        module = _module(path, name)
        modules[module] = modules.get(module, 0.0) + own
        rows.append({"function": f"{module}:{line}({name})", "calls": calls,
                     "own_s": round(own, 4), "cum_s": round(cum, 4),
                     "own_pct": round(100 * own / total, 1) if total else 0})
    by_own = sorted(rows, key=lambda r: -r["own_s"])[:25]
    ours = [r for r in rows if r["function"].startswith("pipeline/")]
    by_cum = sorted(ours, key=lambda r: -r["cum_s"])[:25]
    per_module = [{"module": m, "own_s": round(s, 4), "own_pct": round(100 * s / total, 1)}
                  for m, s in sorted(modules.items(), key=lambda kv: -kv[1])[:15]]
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(40)
    pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats("pipeline", 40)
    out.write_text(text.getvalue())
    return {"articles": len(frame), "profiled_s": round(total, 3), "by_module": per_module,
            "top_own": by_own, "top_cumulative": by_cum, "text": str(out)}


def _module(path: str, name: str) -> str:
    """A readable module label: project files relative to the repo, C functions by kind."""
    if path == "~":  # built-ins and C methods
        if "re.Pattern" in name or "_sre" in name:
            return "re (C regex engine)"
        return "builtins"
    marker = path.find("/pipeline/")
    if marker >= 0:
        return path[marker + 1:]
    if "site-packages/" in path:
        return path.split("site-packages/", 1)[1]
    return path.rsplit("/lib/python3", 1)[-1].split("/", 1)[-1] if "/lib/python3" in path \
        else path
