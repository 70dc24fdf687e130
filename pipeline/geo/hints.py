"""Weak country evidence from names that are not places: national institutions and forces
(Peshmerga, CRPF, AMISOM), communities tied to one country, and misspelled country names.

Why: agency notes often name the unit or mission and not the town ("a CRPF patrol was
ambushed"); these names point at one country as reliably as a demonym.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rapidfuzz import fuzz, process

from pipeline.geo.gazetteer import countries, data_table, demonyms, key, name_index


@cache
def _institutions() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = data_table("institutions.csv")
    table = {key(r["name"]): r["country"] for r in rows}
    parts = []
    for n in sorted((r["name"] for r in rows), key=len, reverse=True):
        esc = re.escape(n).replace("'", "['’]?")
        # one capitalised word is a proper name only as written: "Rangers" are Pakistan's,
        # "a team of rangers" anyone's
        proper = n.isupper() or (n[:1].isupper() and " " not in n)
        parts.append(f"(?-i:{esc})" if proper else esc)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE), table


@cache
def institution_names() -> tuple[str, ...]:
    return tuple(r["name"] for r in data_table("institutions.csv"))


@cache
def state_institutions() -> dict[str, str]:
    """Normalised name -> alpha-2 of the institutions that are a state's own forces (the IDF,
    the CRPF, FAMa), as against militias and missions that merely point to a country."""
    return {key(r["name"]): r["country"] for r in data_table("institutions.csv")
            if r.get("state") == "yes"}


@cache
def _country_names() -> dict[str, str]:
    return {key(c["name"]): iso2 for iso2, c in countries().items() if len(c["name"]) >= 6}


_CAP_WORD = re.compile(r"\b[A-Z][a-z]{5,}\b")


@lru_cache(maxsize=512)
def institution_mentions(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, surface) of each institution named in ``text``; read once per passage by
    both the country hints and the state-forces reader."""
    return tuple((m.start(), m.end(), m.group()) for m in _institutions()[0].finditer(text)
                 if not (m.group() in ("SAF", "IDF") and _FIRE_ABBREVIATION.search(
                     text, max(0, m.start() - 25), min(len(text), m.end() + 12))))


# a security log's "SAF" (small-arms fire) and "IDF" (indirect fire), not Sudan's or Israel's
# forces: "attacked a police station with SAF", "SAF and RPG fire", "received IDF"
_FIRE_ABBREVIATION = re.compile(
    r"\b(?:with|(?:exchanges?|bursts?|volleys?)\s+of|received|initiated|exchanged?|"
    r"engaged\s+with)\s+(?:heavy\s+|"
    r"sporadic\s+|intense\s+|accurate\s+)?(?:SAF|IDF)\b(?!\s+(?:soldiers|troops|forces|units?|"
    r"spokes\w+))|\b(?:SAF|IDF)\s*(?:and|/|&)\s*(?:RPGs?|IDF|SAF|mortar|IED)\b|"
    r"\b(?:SAF|IDF)\s+(?:fire|attack\s+on\s+(?:the\s+)?(?:base|FOB|camp|compound|COP)|"
    r"impact(?:ed|s)?|rounds?)\b")


# what one country alone has, and how much it weighs as a hint: administrative units ("near the
# Cameroon border in Kala/Balge LGA" is in Nigeria, not Algeria's Kala; "Dera woreda" in
# Ethiopia; "Ukhia upazila" in Bangladesh), and a kind of village named with the village itself
# ("Kibbutz Be'eri", "near Moshav Shtula"), stronger than a unit somewhere in the text and than
# an attacker's home ("Hamas gunmen killed 100 residents of Kibbutz Be'eri")
_OF_ONE_COUNTRY = (("NG", re.compile(r"\bLGAs?\b"), 1.2),
                   ("ET", re.compile(r"\b(?:[Ww]oredas?|[Kk]ebeles?)\b"), 1.2),
                   ("BD", re.compile(r"\b[Uu]pazilas?\b"), 1.2),
                   ("PH", re.compile(r"\b[Bb]arangays?\b"), 1.2),
                   ("IL", re.compile(r"\b(?:Kibbutz|Moshav)\s+[A-Z]"), 2.5))


def unit_countries(text: str) -> set[str]:
    """The countries whose own kind of administrative unit or village ``text`` names."""
    return set(_one_country_weights(text))


def _one_country_weights(text: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for iso2, rx, weight in _OF_ONE_COUNTRY:
        if rx.search(text):
            out[iso2] = max(out.get(iso2, 0.0), weight)
    return out


def country_hints(text: str) -> dict[str, float]:
    """alpha-2 -> weight of the non-place evidence found in ``text``."""
    out = _one_country_weights(text)
    table = _institutions()[1]
    for _s, _e, surface in institution_mentions(text):
        iso2 = table.get(key(surface))
        if iso2:
            out[iso2] = max(out.get(iso2, 0.0), 1.2)
    for m in _CAP_WORD.finditer(text):
        iso2 = _misspelled_country(key(m.group()))
        if iso2:
            out[iso2] = max(out.get(iso2, 0.0), 1.5)
    return out


@lru_cache(maxsize=65536)
def _misspelled_country(k: str) -> str | None:
    """"Phlippines" -> PH; only for words the gazetteer does not know at all."""
    names = _country_names()
    if k in names or k in demonyms() or name_index().get(k) is not None:
        return None
    prefixes = _name_prefixes()
    if k in prefixes or any(k[:i] in names for i in range(6, len(k) + 1)):
        return None  # "Russian", "Syrian": adjectives, not misspellings
    hit = process.extractOne(k, _country_keys(), scorer=fuzz.ratio, score_cutoff=86)
    return names[hit[0]] if hit is not None else None


@cache
def _name_prefixes() -> frozenset[str]:
    """Every prefix of a country name: a word that is one ("Afghan") is not a misspelling."""
    return frozenset(n[:i] for n in _country_names() for i in range(1, len(n) + 1))


@cache
def _country_keys() -> tuple[str, ...]:
    return tuple(_country_names())
