"""Merging mentions into incidents: same event merged, distinct events kept apart."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pandas as pd

from pipeline.merge import merge_mentions
from pipeline.schema import MENTION_FIELDS
from tests.factories import incident


def mention(article_id: str, **overrides) -> dict:
    base = {k: v for k, v in incident().items() if k in MENTION_FIELDS}
    base.update(article_id=article_id, mention_type="current")
    base.update(overrides)
    return base


def articles(*ids_and_days: tuple[str, int]) -> pd.DataFrame:
    return pd.DataFrame([{"article_id": a, "url": f"https://example.org/{a}",
                          "published_at": datetime(2024, 4, day, 9, tzinfo=UTC)}
                         for a, day in ids_and_days])


def run(mentions: list[dict], arts: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    merged = merge_mentions(pd.DataFrame(mentions, columns=list(MENTION_FIELDS)), arts)
    return merged.incidents, merged.sources


def test_two_reports_of_one_attack_merge_with_latest_toll() -> None:
    incidents, sources = run(
        [mention("a1", fatalities=2), mention("a2", fatalities=5, event_date=date(2024, 4, 21))],
        articles(("a1", 21), ("a2", 22)),
    )
    assert len(incidents) == 1
    row = incidents.iloc[0]
    assert row["source_count"] == 2 and row["fatalities"] == 5  # latest report, not a sum
    assert row["source_urls"] == ["https://example.org/a1", "https://example.org/a2"]
    assert row["first_reported_at"] == pd.Timestamp("2024-04-21 09:00", tz="UTC")
    assert set(sources["article_id"]) == {"a1", "a2"}


def test_distinct_events_stay_apart() -> None:
    incidents, _ = run(
        [mention("a1"),
         mention("a2", event_date=date(2024, 4, 25)),  # same base, days later
         mention("a3", country_code="SYR", location="Rumalyn", latitude=36.7, longitude=41.1),
         mention("a4", sub_event_type="armed_assault", event_type="armed_attack")],
        articles(("a1", 21), ("a2", 26), ("a3", 21), ("a4", 21)),
    )
    assert len(incidents) == 4
    assert incidents["incident_id"].is_unique


def test_two_incidents_in_one_article_never_merge() -> None:
    incidents, _ = run([mention("a1"), mention("a1", fatalities=4)], articles(("a1", 21)))
    assert len(incidents) == 2


def test_background_mentions_never_become_incidents() -> None:
    incidents, sources = run([mention("a1", mention_type="background")], articles(("a1", 21)))
    assert incidents.empty and sources.empty


def test_ids_are_deterministic() -> None:
    first, _ = run([mention("a1")], articles(("a1", 21)))
    again, _ = run([mention("a1")], articles(("a1", 21)))
    assert first["incident_id"].tolist() == again["incident_id"].tolist()


def test_two_incidents_of_one_article_keep_their_own_ids() -> None:
    arts = articles(("a1", 21))
    mentions = [mention("a1"), mention("a1", sub_event_type="armed_assault",
                                       event_type="armed_attack", location="Hit",
                                       latitude=33.64, longitude=42.83)]
    first = merge_mentions(pd.DataFrame(mentions, columns=list(MENTION_FIELDS)), arts)
    again = merge_mentions(pd.DataFrame(mentions[::-1], columns=list(MENTION_FIELDS)), arts,
                           (first.incidents, first.sources))
    before = dict(zip(first.incidents["sub_event_type"], first.incidents["incident_id"],
                      strict=True))
    after = dict(zip(again.incidents["sub_event_type"], again.incidents["incident_id"],
                     strict=True))
    assert before == after and not again.removals


def test_published_incidents_found_to_be_one_are_merged_explicitly() -> None:
    arts = articles(("a1", 21), ("a2", 21))
    far = mention("a2", location="Rutba", latitude=33.03, longitude=40.28, admin1="Anbar")
    first = merge_mentions(pd.DataFrame([mention("a1"), far], columns=list(MENTION_FIELDS)),
                           arts)
    assert len(first.incidents) == 2
    # A corrected extraction now places a2's report at the same base: one incident.
    again = merge_mentions(pd.DataFrame([mention("a1"), mention("a2")],
                                        columns=list(MENTION_FIELDS)), arts,
                           (first.incidents, first.sources))
    (survivor,) = again.incidents["incident_id"]
    assert survivor in set(first.incidents["incident_id"])
    ((retired, reason),) = again.removals.items()
    assert retired != survivor and reason == f"merged into {survivor} (same event)"
