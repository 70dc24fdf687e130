"""Stable incident ids: once published, an incident keeps its id in every later release.

An incident is recognised in the next run by its sources: if any article that supported a
published incident supports a new cluster, the cluster inherits that incident's id, whatever
else changed (new reports merged in, a toll corrected, the province fixed). When two published
incidents turn out to be one, the id that fits best survives and the other is retired, which the
changelog reports as a removal merged into the survivor. A cluster with no published source gets
a new id derived from the mention that founded it, so a re-run over the same input gives the
same ids.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pandas as pd

from pipeline.merge import Cluster, same_incident


def assign_ids(clusters: list[Cluster], records: list[dict],
               previous: tuple[pd.DataFrame, pd.DataFrame] | None,
               ) -> tuple[list[str], dict[str, str]]:
    """(one id per cluster, {retired id: why}) for the clusters of this run."""
    by_article: dict[str, set[str]] = {}
    old_records: dict[str, dict] = {}
    if previous is not None:
        old_incidents, old_sources = previous
        for row in old_sources.itertuples(index=False):
            by_article.setdefault(row.article_id, set()).add(row.incident_id)
        for row in old_incidents.to_dict("records"):
            old_records[row["incident_id"]] = row
    ids: list[str] = []
    taken: set[str] = set()
    chosen: dict[int, str] = {}
    # Every (cluster, published incident) pair sharing a source is a candidate; the best pairs
    # are settled first, so two incidents told in one article keep their own ids.
    pairs = []
    for i, cluster in enumerate(clusters):
        shared: dict[str, int] = {}
        for article in cluster.articles:
            for old in by_article.get(article, ()):
                shared[old] = shared.get(old, 0) + 1
        for old, count in shared.items():
            pairs.append((_likeness(old_records.get(old), records[i], count), old, i))
    for _score, old, i in sorted(pairs, key=lambda p: (p[0], p[1]), reverse=True):
        if i not in chosen and old not in taken:
            chosen[i] = old
            taken.add(old)
    order = sorted(range(len(clusters)), key=lambda i: -len(clusters[i].articles))
    # A cluster whose articles are all new may still be a published incident reported anew;
    # only published incidents of the same country within a day are compared.
    buckets: dict[tuple[str, object], list[str]] = {}
    for old, rec in sorted(old_records.items()):
        buckets.setdefault((str(rec.get("country_code")), _day(rec["event_date"])), []).append(old)
    for i in order:
        if i in chosen:
            continue
        day = _day(records[i]["event_date"])
        nearby = [old for delta in (-1, 0, 1)
                  for old in buckets.get((str(records[i].get("country_code")),
                                          day + timedelta(days=delta)), [])]
        match = next((old for old in nearby
                      if old not in taken and same_incident(old_records[old], records[i])), None)
        if match is not None:
            chosen[i] = match
            taken.add(match)
    for i, cluster in enumerate(clusters):
        incident_id = chosen.get(i) or new_id(cluster)
        salt = 0
        while incident_id in taken and chosen.get(i) != incident_id:
            salt += 1  # two new clusters founded by indistinguishable mentions
            incident_id = new_id(cluster, salt)
        taken.add(incident_id)
        ids.append(incident_id)
    retired: dict[str, str] = {}
    for i, cluster in enumerate(clusters):
        for article in cluster.articles:
            for old in by_article.get(article, ()):
                if old not in taken and old not in retired:
                    retired[old] = f"merged into {ids[i]} (same event)"
    return ids, retired


def _likeness(old: dict | None, new: dict, shared_sources: int) -> tuple:
    """How well a published incident fits a new cluster: the same event first, then the
    number of shared sources, then agreement on kind, day and place."""
    if old is None:
        return (False, shared_sources, False, 0, False)
    return (
        same_incident(old, new),
        shared_sources,
        old.get("sub_event_type") == new.get("sub_event_type"),
        -abs((_day(old["event_date"]) - _day(new["event_date"])).days),
        old.get("location") == new.get("location"),
    )


def _day(value: object) -> date:
    return pd.Timestamp(value).date()


def new_id(cluster: Cluster, salt: int = 0) -> str:
    """Deterministic: the founding mention (earliest article, then its evidence) names it."""
    founder = min(cluster.mentions, key=lambda m: (str(m["article_id"]),
                                                   str(m.get("evidence") or "")))
    key = f"{founder['article_id']}|{founder.get('evidence') or ''}|{founder.get('event_date')}"
    if salt:
        key += f"|{salt}"
    return "inc-" + hashlib.sha256(key.encode()).hexdigest()[:12]
