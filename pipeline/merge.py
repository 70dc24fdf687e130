"""From incident mentions (one per article) to incidents (one per real-world event).

The same attack is reported by many outlets; counting reports as attacks would make the dataset
worthless, so mentions that agree on country, day (±1), kind of event and place are merged.
Background mentions are kept in the mention table but never become incidents: an article
recalling an old attack is not news of a new one.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from pipeline.schema import INCIDENT_SOURCES, INCIDENTS

MAX_DAY_GAP = 1
MAX_DISTANCE_KM = 25.0
GEO_RANK = {"site": 0, "town": 1, "admin1": 2, "country": 3}


@dataclass
class _Cluster:
    mentions: list[dict] = field(default_factory=list)

    @property
    def articles(self) -> set[str]:
        return {m["article_id"] for m in self.mentions}


def merge_mentions(mentions: pd.DataFrame, articles: pd.DataFrame) -> tuple[pd.DataFrame,
                                                                           pd.DataFrame]:
    """Return (incidents, incident_sources) with the columns of the published schema."""
    published = articles.set_index("article_id")[["url", "published_at"]].to_dict("index")
    current = mentions[mentions["mention_type"] == "current"] if len(mentions) else mentions
    records = sorted(
        current.to_dict("records"),
        key=lambda m: (_day(m["event_date"]), str(m.get("country_code")), m["article_id"]),
    )
    clusters: list[_Cluster] = []
    for mention in records:
        home = next((c for c in clusters if _same_incident(c, mention)), None)
        if home is None:
            home = _Cluster()
            clusters.append(home)
        home.mentions.append(mention)
    incidents = [_reconcile(c, published) for c in clusters]
    sources = [
        {"incident_id": inc["incident_id"], "article_id": m["article_id"],
         "url": published.get(m["article_id"], {}).get("url"),
         "published_at": published.get(m["article_id"], {}).get("published_at"),
         "evidence": m.get("evidence")}
        for inc, c in zip(incidents, clusters, strict=True) for m in c.mentions
    ]
    return (pd.DataFrame(incidents, columns=INCIDENTS.names),
            pd.DataFrame(sources, columns=INCIDENT_SOURCES.names))


def _day(value: object) -> date:
    return pd.Timestamp(value).date()


def _same_incident(cluster: _Cluster, m: dict) -> bool:
    if m["article_id"] in cluster.articles:
        return False  # the extractor already split one article's incidents apart
    head = cluster.mentions[0]
    if head.get("country_code") != m.get("country_code"):
        return False
    if abs((_day(head["event_date"]) - _day(m["event_date"])).days) > MAX_DAY_GAP:
        return False
    if head.get("event_type") != m.get("event_type"):
        return False
    return _same_place(head, m)


def _same_place(a: dict, b: dict) -> bool:
    """Places agree when their coordinates are close, or when neither pins a place below the
    first-level region and the regions do not contradict each other."""
    if _has_point(a) and _has_point(b) and GEO_RANK.get(a["geo_precision"], 3) <= 1 \
            and GEO_RANK.get(b["geo_precision"], 3) <= 1:
        return _km(a, b) <= MAX_DISTANCE_KM
    la, lb = _norm(a.get("location")), _norm(b.get("location"))
    if la and lb:
        return la == lb
    ra, rb = _norm(a.get("admin1")), _norm(b.get("admin1"))
    return not (ra and rb and ra != rb)


def _has_point(m: dict) -> bool:
    return _present(m.get("latitude")) and _present(m.get("longitude"))


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _norm(value: object) -> str:
    return str(value).strip().lower() if _present(value) and str(value).strip() else ""


def _km(a: dict, b: dict) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a["latitude"], a["longitude"],
                                                b["latitude"], b["longitude"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + \
        math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def _reconcile(cluster: _Cluster, published: dict[str, dict]) -> dict:
    """One record per cluster. Descriptive fields come from the most precise, most confident
    mention; casualty counts from the latest report that gives one (tolls rise as news comes
    in, so the latest credible figure wins; reports are never summed)."""
    def when(m: dict) -> pd.Timestamp:
        stamp = published.get(m["article_id"], {}).get("published_at")
        return pd.Timestamp(stamp) if stamp is not None and not pd.isna(stamp) else pd.Timestamp(0)

    best = min(cluster.mentions,
               key=lambda m: (GEO_RANK.get(m["geo_precision"], 3), -float(m["confidence"])))
    by_time = sorted(cluster.mentions, key=when)
    record = {name: best.get(name) for name in INCIDENTS.names}
    for count in ("fatalities", "injured"):
        reported = [m[count] for m in by_time if _present(m.get(count))]
        record[count] = reported[-1] if reported else None
    if any(m.get("certainty") == "disputed" for m in cluster.mentions):
        record["certainty"] = "disputed"
    urls = sorted({published.get(m["article_id"], {}).get("url") or m["article_id"]
                   for m in cluster.mentions})
    record["source_urls"] = urls
    record["source_count"] = len(cluster.articles)
    record["first_reported_at"] = when(by_time[0])
    record["perpetrator_claimed"] = bool(record.get("perpetrator_claimed"))
    record["incident_id"] = _incident_id(best, by_time[0]["article_id"])
    return record


def _incident_id(m: dict, first_article: str) -> str:
    """Deterministic: the same input always yields the same id."""
    key = "|".join(str(m.get(k)) for k in ("country_code", "event_date", "sub_event_type",
                                          "location", "admin1"))
    return "inc-" + hashlib.sha256(f"{key}|{first_article}".encode()).hexdigest()[:12]
