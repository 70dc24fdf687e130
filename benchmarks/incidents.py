"""Synthetic release tables (incidents, incident_sources, articles) built directly, at scale.

Why: validation, publishing and querying must be measured at a million incidents, and extracting
a million incidents from articles would take hours. The frames have the columns and Python types
the merge stage hands to validation (dates as `datetime.date`, lists of URLs, nullable counts),
values drawn from the schema's closed sets and from real towns, and a small share of rows that
break row-level rules so the quarantine path is exercised too.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from benchmarks.places import COUNTRY_WEIGHTS, towns
from pipeline.schema import INCIDENTS, SUB_EVENT_PARENT

FIRST_DAY = np.datetime64("2015-01-01")
SPAN_DAYS = 3650
BAD_ROW_SHARE = 0.001
SUB_WEAPON = {
    "drone_strike": "drone", "air_strike": "aircraft", "missile_rocket_attack": "rocket",
    "shelling_artillery": "artillery", "ied_remote_explosive": "ied",
    "suicide_bombing": "suicide_vest", "grenade": "grenade",
    "explosion_unknown_cause": "explosive_unknown", "armed_assault": "firearm",
    "armed_clash": "firearm", "attack": "firearm", "abduction": "unknown",
}
TARGET_WORDS = np.array(["a military base", "a checkpoint", "a market", "a wedding party",
                         "a convoy", "a village", "a police station", "a school", "a bus",
                         "a camp for displaced people", "a power station", "a hospital"])
PERPETRATORS = np.array([None, None, "Islamic State", "Al-Shabaab", "Boko Haram", "Taliban",
                         "Houthis", "Russian forces", "unidentified gunmen"], dtype=object)


@dataclass
class ReleaseTables:
    incidents: pd.DataFrame
    sources: pd.DataFrame
    articles: pd.DataFrame


def _nullable_counts(rng: np.random.Generator, n: int, null_share: float) -> np.ndarray:
    values = np.minimum(rng.zipf(1.8, n) - 1, 4000).astype("float64")
    values[rng.random(n) < null_share] = np.nan
    return values


def synthetic_release(n: int, seed: int = 7) -> ReleaseTables:
    """`n` incidents with 1-4 sources each, and one article per source."""
    rng = np.random.default_rng(seed)
    pool = [t for code in COUNTRY_WEIGHTS for t in towns().get(code, [])]
    weights = np.array([COUNTRY_WEIGHTS[t.country2] / len(towns()[t.country2]) for t in pool])
    town_ix = rng.choice(len(pool), size=n, p=weights / weights.sum())
    cols = {k: np.array([getattr(t, k) for t in pool], dtype=object)[town_ix]
            for k in ("name", "country", "country3", "latitude", "longitude")}
    subs = np.array(list(SUB_WEAPON))
    sub = subs[rng.integers(0, len(subs), n)]
    days = FIRST_DAY + rng.integers(0, SPAN_DAYS, n).astype("timedelta64[D]")
    fatalities = _nullable_counts(rng, n, 0.25)
    injured = _nullable_counts(rng, n, 0.4)
    n_sources = rng.choice([1, 1, 1, 2, 2, 3, 4], size=n)
    ids = np.array([f"inc-{i:09d}" for i in range(n)], dtype=object)
    target = TARGET_WORDS[rng.integers(0, len(TARGET_WORDS), n)]
    first_reported = pd.to_datetime(days) + pd.to_timedelta(rng.integers(3600, 86400 * 2, n),
                                                            unit="s")
    link_incident = np.repeat(np.arange(n), n_sources)
    article_ids = np.array([f"art-{i:010d}" for i in range(len(link_incident))], dtype=object)
    urls = np.array([f"https://news.example/{a}" for a in article_ids], dtype=object)
    starts = np.concatenate([[0], np.cumsum(n_sources)[:-1]])
    source_urls = [urls[s:s + k].tolist() for s, k in zip(starts, n_sources, strict=True)]
    summary = (pd.Series(sub).str.replace("_", " ").str.capitalize() + " on "
               + pd.Series(target) + " in " + pd.Series(cols["name"]) + ", "
               + pd.Series(cols["country"]) + ".")
    frame = pd.DataFrame({
        "incident_id": ids,
        "event_date": pd.Series(days).dt.date,
        "date_precision": rng.choice(["day"] * 8 + ["week", "month"], n),
        "event_type": [SUB_EVENT_PARENT[s] for s in sub],
        "sub_event_type": sub,
        "weapon": [SUB_WEAPON[s] for s in sub],
        "country_code": cols["country3"],
        "country": cols["country"],
        "admin1": None,
        "admin1_code": None,
        "location": cols["name"],
        "latitude": cols["latitude"].astype("float64"),
        "longitude": cols["longitude"].astype("float64"),
        "geo_precision": "town",
        "perpetrator": PERPETRATORS[rng.integers(0, len(PERPETRATORS), n)],
        "perpetrator_claimed": rng.random(n) < 0.2,
        "target": target,
        "fatalities": fatalities,
        "injured": injured,
        "fatalities_low": fatalities,
        "fatalities_high": fatalities,
        "injured_low": injured,
        "injured_high": injured,
        "certainty": rng.choice(["confirmed"] * 8 + ["disputed", "unconfirmed"], n),
        "summary": summary.to_numpy(dtype=object),
        "evidence": ("Officials said " + summary.str.lower()).to_numpy(dtype=object),
        "source_count": n_sources.astype("int64"),
        "source_urls": source_urls,
        "first_reported_at": first_reported.tz_localize("UTC"),
        "extractor": "rules-0.1.0",
        "confidence": np.round(rng.uniform(0.3, 1.0, n), 3),
    })[INCIDENTS.names]
    bad = np.flatnonzero(rng.random(n) < BAD_ROW_SHARE)
    frame.loc[bad[0::2], "fatalities"] = -1.0  # a negative toll: row-level failure
    frame.loc[bad[1::2], "longitude"] = np.nan  # latitude without longitude: row-level failure
    link_ids = ids[link_incident]
    published = first_reported[link_incident]
    sources = pd.DataFrame({"incident_id": link_ids, "article_id": article_ids, "url": urls,
                            "published_at": published.tz_localize("UTC"),
                            "evidence": frame["evidence"].to_numpy()[link_incident]})
    articles = pd.DataFrame({
        "article_id": article_ids, "url": urls, "title": frame["summary"].to_numpy()[
            link_incident], "published_at": published.tz_localize("UTC"),
        "source": "Wire Service", "author": None, "language": "en",
        "content_sha256": [f"{i:064x}" for i in range(len(article_ids))],
        "n_chars": rng.integers(1800, 9000, len(article_ids)).astype("int32"),
        "raw_sha256": None, "fetched_at": published.tz_localize("UTC"), "duplicate_of": None,
    })
    return ReleaseTables(frame, sources, articles)
