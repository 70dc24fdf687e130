"""How merging grows with the number of mentions (it reads all of them on every run).

Merge is the stage that cannot be split by day partition: a report published today may belong
to yesterday's incident, and stable ids need the previous release. So its growth with history
decides how far one machine goes. Synthetic current mentions (one per article, real towns, ten
years of dates) are merged at a few sizes and the growth exponent is fitted: 1 is linear.
"""

from __future__ import annotations

import math

import pandas as pd

from benchmarks.incidents import synthetic_release
from benchmarks.measure import Measure, clock
from pipeline.merge import merge_mentions
from pipeline.schema import MENTION_FIELDS

SECTION = "merge"


def mentions(n: int, seed: int = 3) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(mentions, article metadata): `n` current mentions, one article each."""
    incidents = synthetic_release(n, seed).incidents
    ids = [f"article-{i}" for i in range(n)]
    frame = incidents.assign(article_id=ids, mention_type="current")[list(MENTION_FIELDS)]
    meta = pd.DataFrame({"article_id": ids, "url": [f"https://news.example/{a}" for a in ids],
                         "published_at": incidents["first_reported_at"]})
    return frame, meta


def run(sizes: list[int]) -> tuple[list[Measure], dict]:
    measures: list[Measure] = []
    points: list[tuple[int, float]] = []
    for n in sizes:
        frame, meta = mentions(n)
        with clock() as t:
            merged = merge_mentions(frame, meta)
        points.append((n, t.seconds))
        measures.append(Measure(SECTION, f"merge {n:,} mentions", t.seconds, n, "mentions",
                                extra={"incidents": len(merged.incidents)}))
    exponent = None
    if len(points) >= 2 and points[0][1] > 0:
        (n0, t0), (n1, t1) = points[0], points[-1]
        exponent = round(math.log(t1 / t0) / math.log(n1 / n0), 2)
    return measures, {"points": points, "growth_exponent": exponent}
