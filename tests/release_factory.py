"""A realistic release for download, remote and page tests, made with the real publish code.

Hundreds of incidents over several countries and months, so files are big enough to be cut
part-way and the page's charts and map have something to draw.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pyarrow as pa

from pipeline.publish import PublishResult, publish_release, to_arrow
from pipeline.schema import ARTICLES, INCIDENT_SOURCES, INCIDENTS
from tests.factories import article, frame, incident, source

PLACES = [  # country code, country, place, lat, lon
    ("IRQ", "Iraq", "Ain al-Asad Air Base", 33.8, 42.44),
    ("SYR", "Syria", "Deir ez-Zor", 35.33, 40.14),
    ("UKR", "Ukraine", "Kharkiv", 49.99, 36.23),
    ("NGA", "Nigeria", "Maiduguri", 11.85, 13.16),
    ("SOM", "Somalia", "Mogadishu", 2.04, 45.34),
    ("YEM", "Yemen", "Sanaa", 15.35, 44.21),
    ("AFG", "Afghanistan", "Kabul", 34.53, 69.17),
]
TYPES = [("explosion_remote_violence", "drone_strike", "drone"),
         ("explosion_remote_violence", "shelling_artillery", "artillery"),
         ("armed_attack", "armed_assault", "firearm"),
         ("violence_against_civilians", "abduction", "firearm")]
VALIDATION = {"suite": "incidents", "gx_version": "1.24.1", "n_expectations": 3,
              "rows_in": 0, "rows_valid": 0, "rows_quarantined": 0, "today": "2024-05-01",
              "reason_counts": {}, "table_failures": [], "passed": True,
              "expectations": [{"check": "unique", "column": "incident_id", "level": "table",
                                "success": True, "unexpected_count": 0}]}


def release_tables(n: int = 300) -> dict[str, pa.Table]:
    incidents, sources, articles = [], [], []
    for i in range(n):
        code, country, place, lat, lon = PLACES[i % len(PLACES)]
        event_type, sub, weapon = TYPES[i % len(TYPES)]
        noise = hashlib.sha256(str(i).encode()).hexdigest()  # keeps the files from compressing
        incident_id = f"inc-{i:012d}"
        article_id = f"a{i}"
        url = f"https://example.org/news/{i}"
        located = i % 10 != 0
        incidents.append(incident(
            incident_id=incident_id, event_date=date(2024, 1, 1) + timedelta(days=(i * 7) % 120),
            event_type=event_type, sub_event_type=sub, weapon=weapon, country_code=code,
            country=country, admin1=None, admin1_code=None, location=place,
            latitude=lat + (i % 7) * 0.1 if located else None,
            longitude=lon + (i % 5) * 0.1 if located else None,
            geo_precision="town" if located else "country",
            fatalities=None if i % 6 == 0 else i % 9, injured=None if i % 4 else i % 5,
            summary=f"{sub.replace('_', ' ').capitalize()} near {place} ({noise[:16]}).",
            evidence=f"Reported {noise}", source_urls=[url]))
        sources.append(source(incident_id=incident_id, article_id=article_id, url=url,
                              evidence=f"Reported {noise}"))
        articles.append(article(article_id=article_id, url=url, title=f"Report {i}",
                                content_sha256=noise,
                                published_at=datetime(2024, 5, 1, tzinfo=UTC)))
    return {
        "incidents": to_arrow(frame(incidents, INCIDENTS.names), INCIDENTS),
        "incident_sources": to_arrow(frame(sources, INCIDENT_SOURCES.names), INCIDENT_SOURCES),
        "articles": to_arrow(frame(articles, ARTICLES.names), ARTICLES),
    }


def make_release(releases_dir: Path, n: int = 300, day: date = date(2024, 5, 1)) -> PublishResult:
    validation = {**VALIDATION, "rows_in": n, "rows_valid": n}
    result = publish_release(release_tables(n), releases_dir=releases_dir,
                             validation=validation, today=day)
    assert result.created and result.path is not None
    return result
