"""Small builders of schema-valid records for tests, derived from the schema."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pandas as pd

from pipeline.schema import ARTICLES, INCIDENT_SOURCES, INCIDENTS


def incident(**overrides) -> dict:
    row = {
        "incident_id": "inc-000000000001",
        "event_date": date(2024, 4, 20),
        "date_precision": "day",
        "event_type": "explosion_remote_violence",
        "sub_event_type": "drone_strike",
        "weapon": "drone",
        "country_code": "IRQ",
        "country": "Iraq",
        "admin1": "Anbar",
        "admin1_code": "IQ-AN",
        "location": "Ain al-Asad Air Base",
        "latitude": 33.8,
        "longitude": 42.44,
        "geo_precision": "site",
        "perpetrator": None,
        "perpetrator_claimed": False,
        "target": "US forces",
        "fatalities": 0,
        "injured": None,
        "fatalities_low": 0,
        "fatalities_high": 0,
        "injured_low": None,
        "injured_high": None,
        "certainty": "confirmed",
        "summary": "Drone strike on a base.",
        "evidence": "A drone struck the base.",
        "source_count": 1,
        "source_urls": ["https://example.org/a"],
        "first_reported_at": datetime(2024, 4, 21, 8, tzinfo=UTC),
        "extractor": "test-1",
        "confidence": 0.9,
    }
    assert set(row) == set(INCIDENTS.names)
    row.update(overrides)
    return row


def source(**overrides) -> dict:
    row = {"incident_id": "inc-000000000001", "article_id": "a1", "url": "https://example.org/a",
           "published_at": datetime(2024, 4, 21, 8, tzinfo=UTC), "evidence": "A drone struck."}
    assert set(row) == set(INCIDENT_SOURCES.names)
    row.update(overrides)
    return row


def article(**overrides) -> dict:
    row = {"article_id": "a1", "url": "https://example.org/a", "title": "Drone strike",
           "published_at": datetime(2024, 4, 21, 8, tzinfo=UTC), "source": "Example",
           "author": None,
           "language": "en", "source_country": None, "content_sha256": "0" * 64, "n_chars": 100,
           "raw_sha256": None,
           "fetched_at": datetime.now(UTC), "duplicate_of": None}
    assert set(row) == set(ARTICLES.names)
    row.update(overrides)
    return row


def frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns)
