"""From incident mentions (one per article) to incidents (one per real-world event).

The same attack is reported by many outlets, updated as tolls rise and sometimes corrected;
counting reports as attacks would make the dataset worthless. Mentions that agree on country,
day (±1), kind of event and place are merged; the merged record's fields are reconciled with
documented rules (see `reconcile`). Background mentions are kept in the mention table but never
become incidents: an article recalling an old attack is not news of a new one.

Identity: an incident keeps the id it was first published under (see `pipeline.identity`).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

import pandas as pd
from rapidfuzz import fuzz

from pipeline.schema import INCIDENT_SOURCES, INCIDENTS

MAX_DAY_GAP = 1
MAX_DISTANCE_KM = 25.0
SAME_NAME_SCORE = 88  # rapidfuzz token-set ratio: "Ain al-Asad" ~ "Ain al-Assad Air Base"
GEO_RANK = {"site": 0, "town": 1, "admin1": 2, "country": 3}
# Event kinds a report may get wrong early on: an "explosion" is often later called a drone or
# rocket strike, so an unknown-cause explosion merges with any remote-violence incident.
VAGUE_SUB_EVENTS = {"explosion_unknown_cause"}


@dataclass
class Cluster:
    seq: int = 0  # creation order, so the first matching cluster wins as in a linear scan
    mentions: list[dict] = field(default_factory=list)

    @property
    def articles(self) -> set[str]:
        return {m["article_id"] for m in self.mentions}


def cluster_mentions(mentions: pd.DataFrame) -> list[Cluster]:
    """Group current mentions describing the same event (single linkage, in date order)."""
    current = mentions[mentions["mention_type"] == "current"] if len(mentions) else mentions
    records = sorted(
        current.to_dict("records"),
        key=lambda m: (_day(m["event_date"]), str(m.get("country_code")), m["article_id"]),
    )
    clusters: list[Cluster] = []
    # Clusters indexed by (country, day) of each of their mentions: a mention is compared only
    # with clusters within a day of it in its country, so merging grows with the data, not its
    # square.
    index: dict[tuple[str, date], list[Cluster]] = {}
    for mention in records:
        country, day = str(mention.get("country_code")), _day(mention["event_date"])
        nearby = {c.seq: c for delta in (-1, 0, 1)
                  for c in index.get((country, day + timedelta(days=delta)), [])}
        home = next((nearby[k] for k in sorted(nearby) if _joins(nearby[k], mention)), None)
        if home is None:
            home = Cluster(seq=len(clusters))
            clusters.append(home)
        home.mentions.append(mention)
        bucket = index.setdefault((country, day), [])
        if not any(c is home for c in bucket):
            bucket.append(home)
    return clusters


@dataclass
class Merged:
    incidents: pd.DataFrame
    sources: pd.DataFrame
    removals: dict[str, str]  # published ids that no longer stand alone, and why


def merge_mentions(mentions: pd.DataFrame, articles: pd.DataFrame,
                   previous: tuple[pd.DataFrame, pd.DataFrame] | None = None) -> Merged:
    """Incidents and incident_sources with the columns of the published schema.

    `previous` is the latest release's (incidents, incident_sources): ids published there are
    kept for the incidents they name."""
    from pipeline.identity import assign_ids

    published = articles.set_index("article_id")[["url", "published_at"]].to_dict("index")
    clusters = cluster_mentions(mentions)
    records = [reconcile(c, published) for c in clusters]
    ids, removals = assign_ids(clusters, records, previous)
    for record, incident_id in zip(records, ids, strict=True):
        record["incident_id"] = incident_id
    sources = [
        {"incident_id": rec["incident_id"], "article_id": m["article_id"],
         "url": published.get(m["article_id"], {}).get("url"),
         "published_at": published.get(m["article_id"], {}).get("published_at"),
         "evidence": m.get("evidence")}
        for rec, c in zip(records, clusters, strict=True) for m in c.mentions
    ]
    return Merged(pd.DataFrame(records, columns=INCIDENTS.names),
                  pd.DataFrame(sources, columns=INCIDENT_SOURCES.names), removals)


def same_incident(a: dict, b: dict) -> bool:
    """Two records (mentions or incidents) describe one event."""
    if a.get("country_code") != b.get("country_code"):
        return False
    if abs((_day(a["event_date"]) - _day(b["event_date"])).days) > MAX_DAY_GAP:
        return False
    if not _compatible_kind(a, b):
        return False
    return _same_place(a, b)


def _joins(cluster: Cluster, m: dict) -> bool:
    if m["article_id"] in cluster.articles:
        return False  # the extractor already split one article's incidents apart
    return any(same_incident(x, m) for x in cluster.mentions)


def _compatible_kind(a: dict, b: dict) -> bool:
    if a.get("sub_event_type") == b.get("sub_event_type"):
        return True
    vague = {a.get("sub_event_type"), b.get("sub_event_type")} & VAGUE_SUB_EVENTS
    return bool(vague) and a.get("event_type") == b.get("event_type")


def _same_place(a: dict, b: dict) -> bool:
    """The same named place wins over disagreeing regions (outlets get provinces wrong);
    otherwise nearby coordinates, or regions that do not contradict each other."""
    la, lb = _norm(a.get("location")), _norm(b.get("location"))
    if la and lb and fuzz.token_set_ratio(la, lb) >= SAME_NAME_SCORE:
        return True
    if _precise(a) and _precise(b):
        return _km(a, b) <= MAX_DISTANCE_KM
    if la and lb and _precise(a) == _precise(b):
        return False  # two different named places of the same precision
    ra, rb = _norm(a.get("admin1")), _norm(b.get("admin1"))
    return not (ra and rb and ra != rb)


def _precise(m: dict) -> bool:
    return (GEO_RANK.get(str(m.get("geo_precision")), 3) <= 1 and _present(m.get("latitude"))
            and _present(m.get("longitude")))


def reconcile(cluster: Cluster, published: dict[str, dict]) -> dict:
    """One record per cluster, by these rules (also in the codebook):

    - casualties: the latest report that gives a figure (tolls rise as news comes in, and a
      correction is a later report); never a sum of reports. `*_low`/`*_high` keep the range
      the sources gave, so a disagreement stays visible;
    - place: the region most sources name (one outlet getting the province wrong is outvoted),
      then the most precise place within it;
    - kind, weapon, actors: the most precise, most confident mention, a specific kind of event
      preferred over "explosion of unknown cause";
    - certainty: disputed as soon as one source doubts it was an attack.
    """
    def when(m: dict) -> pd.Timestamp:
        stamp = published.get(m["article_id"], {}).get("published_at")
        return pd.Timestamp(stamp) if stamp is not None and not pd.isna(stamp) else pd.Timestamp(0)

    by_time = sorted(cluster.mentions, key=lambda m: (when(m), m["article_id"]))
    regions = Counter(_norm(m.get("admin1")) for m in by_time if _norm(m.get("admin1")))
    region = max(regions, key=lambda r: (regions[r], _last_index(by_time, r))) if regions else ""
    in_region = [m for m in by_time if not region or _norm(m.get("admin1")) in ("", region)]
    place = min(in_region, key=lambda m: (GEO_RANK.get(str(m.get("geo_precision")), 3),
                                          -float(m.get("confidence") or 0)))
    kind = min(by_time, key=lambda m: (m.get("sub_event_type") in VAGUE_SUB_EVENTS,
                                       -float(m.get("confidence") or 0)))
    record = {name: kind.get(name) for name in INCIDENTS.names}
    for name in ("country_code", "country", "admin1", "admin1_code", "location", "latitude",
                 "longitude", "geo_precision"):
        record[name] = place.get(name)
    record["event_date"] = min(_day(m["event_date"]) for m in by_time
                               if m.get("date_precision") == kind.get("date_precision"))
    for count in ("fatalities", "injured"):
        reported = [int(m[count]) for m in by_time if _present(m.get(count))]
        record[count] = reported[-1] if reported else None
        record[f"{count}_low"] = min(reported) if reported else None
        record[f"{count}_high"] = max(reported) if reported else None
    perpetrators = Counter(m["perpetrator"] for m in by_time if _present(m.get("perpetrator")))
    record["perpetrator"] = perpetrators.most_common(1)[0][0] if perpetrators else None
    record["perpetrator_claimed"] = any(bool(m.get("perpetrator_claimed")) for m in by_time)
    if any(m.get("certainty") == "disputed" for m in by_time):
        record["certainty"] = "disputed"
    record["confidence"] = max(float(m.get("confidence") or 0) for m in by_time)
    urls = sorted({published.get(m["article_id"], {}).get("url") or m["article_id"]
                   for m in by_time})
    record["source_urls"] = urls
    record["source_count"] = len(cluster.articles)
    record["first_reported_at"] = when(by_time[0])
    return record


def _last_index(mentions: list[dict], region: str) -> int:
    return max(i for i, m in enumerate(mentions) if _norm(m.get("admin1")) == region)


def _day(value: object) -> date:
    return pd.Timestamp(value).date()


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value)) \
        and value is not pd.NA


def _norm(value: object) -> str:
    return str(value).strip().lower() if _present(value) and str(value).strip() else ""


def _km(a: dict, b: dict) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a["latitude"], a["longitude"],
                                                b["latitude"], b["longitude"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))
