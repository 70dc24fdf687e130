"""The incident schema: the one place that says which columns exist, their types and allowed values.

Every other artefact (Parquet schema, Great Expectations suite, codebook, tests, CLI output)
derives from the definitions here, so a column is added or changed in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyarrow as pa

SCHEMA_VERSION = "1.0.0"

# Closed taxonomy. Keys are event types, values their sub-event types.
EVENT_TAXONOMY: dict[str, tuple[str, ...]] = {
    "explosion_remote_violence": (
        "drone_strike",
        "air_strike",
        "missile_rocket_attack",
        "shelling_artillery",
        "ied_remote_explosive",
        "suicide_bombing",
        "grenade",
        "explosion_unknown_cause",
    ),
    "armed_attack": ("armed_assault", "armed_clash"),
    "violence_against_civilians": ("attack", "abduction"),
}
EVENT_TYPES: tuple[str, ...] = tuple(EVENT_TAXONOMY)
SUB_EVENT_TYPES: tuple[str, ...] = tuple(s for subs in EVENT_TAXONOMY.values() for s in subs)
SUB_EVENT_PARENT: dict[str, str] = {s: e for e, subs in EVENT_TAXONOMY.items() for s in subs}

WEAPONS: tuple[str, ...] = (
    "drone",
    "rocket",
    "missile",
    "mortar",
    "artillery",
    "aircraft",
    "ied",
    "vehicle_bomb",
    "suicide_vest",
    "grenade",
    "firearm",
    "melee",
    "incendiary",
    "explosive_unknown",
    "unknown",
)
# Families used when comparing weapons (evaluation) and when summarising (release page).
WEAPON_FAMILY: dict[str, str] = {
    "drone": "drone",
    "rocket": "rocket_missile",
    "missile": "rocket_missile",
    "mortar": "mortar_artillery",
    "artillery": "mortar_artillery",
    "aircraft": "aircraft",
    "ied": "explosive",
    "vehicle_bomb": "explosive",
    "suicide_vest": "explosive",
    "grenade": "explosive",
    "explosive_unknown": "explosive",
    "explosive": "explosive",
    "firearm": "firearm",
    "melee": "melee",
    "incendiary": "incendiary",
    "unknown": "unknown",
}
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")
GEO_PRECISIONS: tuple[str, ...] = ("site", "town", "admin1", "country")
CERTAINTIES: tuple[str, ...] = ("confirmed", "disputed", "unconfirmed")
MENTION_TYPES: tuple[str, ...] = ("current", "background")

# Upper bound above which a single-incident casualty figure is implausible and quarantined.
# The deadliest single attacks on record (e.g. 11 September 2001) are below it.
MAX_PLAUSIBLE_CASUALTIES = 5000
EARLIEST_EVENT_DATE = "1900-01-01"


@dataclass(frozen=True)
class Column:
    """One column of a published table: its Arrow type, meaning and constraints."""

    name: str
    type: pa.DataType
    description: str
    nullable: bool = True
    allowed: tuple[str, ...] | None = None
    # True when the extractor fills this column for each mention (as opposed to release-level
    # columns such as incident_id or source_count, which are assigned when mentions are merged).
    from_mention: bool = True
    minimum: float | None = None
    maximum: float | None = None
    # True for bookkeeping values that differ between runs over the same input (fetch times);
    # they are ignored when deciding whether a new release holds anything new.
    volatile: bool = False


INCIDENT_COLUMNS: tuple[Column, ...] = (
    Column("incident_id", pa.string(), "Stable identifier; once published an incident keeps it.",
           nullable=False, from_mention=False),
    Column("event_date", pa.date32(), "Best estimate of the day the incident happened (not the "
           "publication day). With a coarser date_precision, the first day of the period.",
           nullable=False),
    Column("date_precision", pa.string(), "How precise event_date is.", nullable=False,
           allowed=DATE_PRECISIONS),
    Column("event_type", pa.string(), "Top-level category of the closed taxonomy.",
           nullable=False, allowed=EVENT_TYPES),
    Column("sub_event_type", pa.string(), "Specific category within event_type.",
           nullable=False, allowed=SUB_EVENT_TYPES),
    Column("weapon", pa.string(), "Main weapon or means used.", nullable=False, allowed=WEAPONS),
    Column("country_code", pa.string(), "ISO 3166-1 alpha-3 code of the country where it happened.",
           nullable=False),
    Column("country", pa.string(), "English short name of the country."),
    Column("admin1", pa.string(), "First-level region (province, governorate, state)."),
    Column("admin1_code", pa.string(), "ISO 3166-2 code of admin1, when known."),
    Column("location", pa.string(), "Most precise place named: town, base, facility."),
    Column("latitude", pa.float64(), "WGS84 latitude of the most precise resolved place.",
           minimum=-90, maximum=90),
    Column("longitude", pa.float64(), "WGS84 longitude of the most precise resolved place.",
           minimum=-180, maximum=180),
    Column("geo_precision", pa.string(), "What the coordinates stand for.", nullable=False,
           allowed=GEO_PRECISIONS),
    Column("perpetrator", pa.string(), "Actor who carried out or claimed the attack; null when "
           "not reported."),
    Column("perpetrator_claimed", pa.bool_(), "True when a claim of responsibility was reported.",
           nullable=False),
    Column("target", pa.string(), "Who or what was attacked."),
    Column("fatalities", pa.int32(), "People killed, perpetrators included. Null = not reported; "
           "0 = reported as none.", minimum=0, maximum=MAX_PLAUSIBLE_CASUALTIES),
    Column("injured", pa.int32(), "People injured. Null = not reported; 0 = reported as none.",
           minimum=0, maximum=MAX_PLAUSIBLE_CASUALTIES),
    Column("fatalities_low", pa.int32(), "Lowest death toll any source gave (null when none "
           "gave one); differs from fatalities_high when sources disagree.", from_mention=False,
           minimum=0, maximum=MAX_PLAUSIBLE_CASUALTIES),
    Column("fatalities_high", pa.int32(), "Highest death toll any source gave.",
           from_mention=False, minimum=0, maximum=MAX_PLAUSIBLE_CASUALTIES),
    Column("injured_low", pa.int32(), "Lowest injured count any source gave.",
           from_mention=False, minimum=0, maximum=MAX_PLAUSIBLE_CASUALTIES),
    Column("injured_high", pa.int32(), "Highest injured count any source gave.",
           from_mention=False, minimum=0, maximum=MAX_PLAUSIBLE_CASUALTIES),
    Column("certainty", pa.string(), "confirmed; disputed (the reporting doubts it was an attack); "
           "unconfirmed (single unverified claim).", nullable=False, allowed=CERTAINTIES),
    Column("summary", pa.string(), "One sentence in the project's own words.", nullable=False),
    Column("evidence", pa.string(), "Shortest source passage supporting the record.",
           nullable=False),
    Column("source_count", pa.int32(), "Number of distinct articles reporting the incident.",
           nullable=False, from_mention=False, minimum=1),
    Column("source_urls", pa.list_(pa.string()), "URLs of those articles.", nullable=False,
           from_mention=False),
    Column("first_reported_at", pa.timestamp("us", tz="UTC"), "Earliest publication time among "
           "the sources.", nullable=False, from_mention=False),
    Column("extractor", pa.string(), "Extractor name and version that produced the record.",
           nullable=False),
    Column("confidence", pa.float64(), "Extractor confidence, 0..1.", nullable=False,
           minimum=0, maximum=1),
)

INCIDENT_SOURCE_COLUMNS: tuple[Column, ...] = (
    Column("incident_id", pa.string(), "Incident the article reports.", nullable=False),
    Column("article_id", pa.string(), "Article that reports it.", nullable=False),
    Column("url", pa.string(), "Canonical URL of the article."),
    Column("published_at", pa.timestamp("us", tz="UTC"), "Publication time of the article."),
    Column("evidence", pa.string(), "Passage of this article supporting the incident."),
)

ARTICLE_COLUMNS: tuple[Column, ...] = (
    Column("article_id", pa.string(), "Stable id: hash of the canonical URL.", nullable=False),
    Column("url", pa.string(), "Canonical URL (tracking parameters stripped)."),
    Column("title", pa.string(), "Headline."),
    Column("published_at", pa.timestamp("us", tz="UTC"), "Publication time; relative dates in the "
           "text are resolved against it."),
    Column("source", pa.string(), "Outlet named by the page or feed; failing that, the name "
           "of the configured source it came from."),
    Column("author", pa.string(), "Byline, when the page gives one."),
    Column("language", pa.string(), "ISO 639-1 language code, when known."),
    Column("source_country", pa.string(), "Home country (ISO alpha-3) of a local source, from "
           "its configuration; weak evidence of where when the text names no country."),
    Column("content_sha256", pa.string(), "sha256 of the cleaned text, for deduplication.",
           nullable=False),
    Column("n_chars", pa.int32(), "Length of the cleaned text."),
    Column("raw_sha256", pa.string(), "sha256 of the fetched bytes in the raw archive, so the "
           "article can be re-extracted without refetching; null for local files."),
    Column("fetched_at", pa.timestamp("us", tz="UTC"), "When the article was ingested.",
           volatile=True),
    Column("duplicate_of", pa.string(), "article_id of an earlier article this one nearly "
           "copies (syndicated wire copy); such articles are linked, not extracted again."),
)

# Quarantined rows keep every incident column (as text, since they may be malformed) plus why.
QUARANTINE_EXTRA_COLUMNS: tuple[Column, ...] = (
    Column("quarantine_reasons", pa.list_(pa.string()), "Failed row-level expectations.",
           nullable=False),
)

# Columns the extractor reports per mention in addition to the incident ones.
MENTION_EXTRA_COLUMNS: tuple[Column, ...] = (
    Column("article_id", pa.string(), "Article the mention was found in.", nullable=False),
    Column("mention_type", pa.string(), "current (reported as news) or background (recalled "
           "from the past).", nullable=False, allowed=MENTION_TYPES),
)


@dataclass(frozen=True)
class Table:
    """A published table: name, columns and the order its rows are written in."""

    name: str
    columns: tuple[Column, ...]
    sort_by: tuple[str, ...] = field(default_factory=tuple)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    def arrow_schema(self) -> pa.Schema:
        return pa.schema([pa.field(c.name, c.type, nullable=c.nullable) for c in self.columns])


INCIDENTS = Table("incidents", INCIDENT_COLUMNS, sort_by=("event_date", "incident_id"))
INCIDENT_SOURCES = Table("incident_sources", INCIDENT_SOURCE_COLUMNS,
                         sort_by=("incident_id", "article_id"))
ARTICLES = Table("articles", ARTICLE_COLUMNS, sort_by=("published_at", "article_id"))
RELEASE_TABLES: tuple[Table, ...] = (INCIDENTS, INCIDENT_SOURCES, ARTICLES)

MENTION_FIELDS: tuple[str, ...] = tuple(
    [c.name for c in MENTION_EXTRA_COLUMNS] + [c.name for c in INCIDENT_COLUMNS if c.from_mention]
)
