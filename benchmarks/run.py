"""`python -m benchmarks.run --articles N`: time every stage at volume and print one table.

Sections, in order: the pipeline over an N-article synthetic corpus (ingest, extraction on one
core and on --workers cores, merge, validation, publish, end to end), the extraction profile,
validation / publishing / DuckDB queries over a synthetic release of --incidents rows, and a
daily run of --daily new articles on archives of each --archive size. Results:
`--out/latest.json` and a timestamped copy.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

from benchmarks import incremental, merge_scale, pipeline_run, release_scale
from benchmarks.corpus import CorpusPlan
from benchmarks.measure import Measure, clock, peak_rss_mb
from benchmarks.report import table, write

RESULTS = Path(__file__).resolve().parent / "results"
EXTRACT_TARGET = 200.0  # 600-word articles per second per core


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    p.add_argument("--articles", type=int, default=2000, help="synthetic corpus size")
    p.add_argument("--incidents", type=int, default=1_000_000,
                   help="synthetic incidents for validate/publish/query (0 to skip)")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 2,
                   help="processes for the parallel extraction")
    p.add_argument("--serial-sample", type=int, default=1000,
                   help="articles (whole days) extracted on one core for the 1-core rate")
    p.add_argument("--profile-articles", type=int, default=200,
                   help="articles extracted under cProfile")
    p.add_argument("--daily", type=int, default=500, help="new articles in the daily run")
    p.add_argument("--archive", default="10000,100000",
                   help="archive sizes for the daily run, comma-separated ('' to skip)")
    p.add_argument("--merge-sizes", default="1000,2000,4000",
                   help="synthetic mention counts for the merge growth curve ('' to skip)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--workdir", type=Path, default=None,
                   help="where data goes (default: a temporary directory, removed after)")
    p.add_argument("--out", type=Path, default=RESULTS, help="results directory")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    args.out.mkdir(parents=True, exist_ok=True)
    keep = args.workdir is not None
    work = args.workdir or Path(tempfile.mkdtemp(prefix="incidents-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    measures: list[Measure] = []
    result: dict = {"articles": args.articles, "incidents": args.incidents,
                    "workers": args.workers, "seed": args.seed, "started_at": stamp,
                    "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                                "platform": platform.platform()},
                    "code": code_state()}
    try:
        with clock() as total:
            plan = CorpusPlan(args.articles, seed=args.seed)
            _say(f"pipeline over {args.articles:,} articles on {plan.days} days ...")
            run = pipeline_run.run(plan, work / "pipeline", workers=args.workers,
                                   serial_sample=min(args.serial_sample, args.articles),
                                   profile_articles=args.profile_articles,
                                   results_dir=args.out, stamp=stamp)
            measures += run.measures
            if args.incidents:
                _say(f"validate / publish / query over {args.incidents:,} incidents ...")
                scale, release = release_scale.run(args.incidents, work / "scale")
                measures += scale
                result["release"] = release
            merge_sizes = [int(s) for s in args.merge_sizes.split(",") if s.strip()]
            if merge_sizes:
                _say(f"merge growth over {merge_sizes} mentions ...")
                merge, growth = merge_scale.run(merge_sizes)
                measures += merge
                result["merge_growth"] = growth
            sizes = [int(s) for s in args.archive.split(",") if s.strip()]
            if sizes:
                _say(f"daily run of {args.daily} on archives of {sizes} ...")
                incr, rows = incremental.run(sizes, args.daily, work / "incremental", args.seed)
                measures += incr
                result["incremental"] = rows
        one = run.extraction["one_core"]
        result.update({
            "extract_articles_per_s_per_core": one["extract_articles_per_s_per_core"],
            "extract_600w_articles_per_s_per_core": one["extract_600w_articles_per_s_per_core"],
            "extract_target_600w_per_s_per_core": EXTRACT_TARGET,
            "extract_speedup": run.extraction["speedup"],
            "end_to_end_s": round(run.end_to_end_s, 3),
            "end_to_end_articles_per_s": round(args.articles / run.end_to_end_s, 2),
            "peak_rss_mb": peak_rss_mb()["self"],
            "peak_rss_children_mb": peak_rss_mb()["children"],
            "bench_wall_s": round(total.seconds, 1),
            "extraction": run.extraction,
            "stages": [m.to_json() for m in measures],
        })
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(table(measures))
    print()
    print(_summary(result))
    latest, dated = write(result, args.out, stamp)
    print(f"\nwritten: {latest} and {dated}")
    return 0


def code_state() -> dict[str, str]:
    """Which code was measured: the commit, and a hash of the extractor's files as they are on
    disk (they change between commits while the extractor is being worked on)."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted([*(root / "pipeline" / "extract").glob("*.py"),
                        *(root / "pipeline" / "geo").glob("*.py")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    try:
        commit = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], check=True,
                                capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        commit = ""
    from pipeline.extract import EXTRACTOR

    return {"commit": commit, "extractor": EXTRACTOR,
            "extract_geo_sha256": digest.hexdigest()[:16]}


def _summary(result: dict) -> str:
    ex = result["extraction"]
    met = result["extract_600w_articles_per_s_per_core"] >= EXTRACT_TARGET
    lines = [
        f"extraction, 1 core: {result['extract_articles_per_s_per_core']} articles/s "
        f"(mean {ex['one_core']['mean_words']} words) = "
        f"{result['extract_600w_articles_per_s_per_core']} 600-word articles/s "
        f"(target ≥ {EXTRACT_TARGET:g}: "
        f"{'OK' if met else 'MISSED'})",
        f"extraction, {result['workers']} cores: {ex['pool']['articles_per_s']} articles/s "
        f"(speed-up ×{result['extract_speedup']} over 1 core, read+dedup+extract per day)",
    ]
    if "bundled_samples" in ex:
        s = ex["bundled_samples"]
        lines.append(f"bundled samples (real prose, {s['mean_words']} words): "
                     f"{s['extract_600w_articles_per_s_per_core']} 600-word articles/s/core")
    lines.append(f"end to end: {result['end_to_end_s']} s = "
                 f"{result['end_to_end_articles_per_s']} articles/s; peak RSS "
                 f"{result['peak_rss_mb']} MB (largest child {result['peak_rss_children_mb']} MB)")
    if result.get("merge_growth", {}).get("growth_exponent") is not None:
        lines.append(f"merge time grows as mentions^{result['merge_growth']['growth_exponent']}"
                     f" (1 = linear; it reads every mention on every run)")
    if "release" in result:
        lines.append(f"release of {result['release']['incidents']:,} incidents: "
                     f"{result['release']['release_bytes'] / 1e6:.1f} MB on disk")
    prof = ex.get("profile", {})
    if prof:
        lines.append(f"extraction profile ({prof['articles']} articles, {prof['profiled_s']} s "
                     f"under cProfile), own time by module:")
        lines += [f"  {m['own_pct']:5.1f}%  {m['module']}" for m in prof["by_module"][:10]]
        lines.append(f"  full listing: {prof['text']}")
    return "\n".join(lines)


def _say(text: str) -> None:
    print(f"[bench] {text}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
