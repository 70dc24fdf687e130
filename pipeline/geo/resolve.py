"""Find place names in a passage and decide where the incident it describes happened.

Why a scoring approach: news text names several places per passage (the victims' nationality,
the capital where officials spoke, the province and the town), so each candidate country gathers
evidence weighted by how the place is used (after "in"/"at" it is where things happened; before
"soldiers" it is whose they were), and the most precise place inside the winning country is kept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from pipeline.geo.gazetteer import (
    Place,
    admin1_of,
    alpha3_to_alpha2,
    countries,
    country_name,
    demonyms,
    key,
    name_index,
    population_weight,
)

MAX_NGRAM = 6
_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ][\wÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ'’\-\.]*")
_CONNECTORS = frozenset(
    "al el ad ar as an ash at az ez es de del della di du la le les of and the e i bin ibn "
    "abu bani y da do dos das van von".split()
)
_LOCATIVE = frozenset(
    "in at near outside inside from to into of across around towards toward on off "
    "between within".split()
)
_PLACE_NOUNS = re.compile(
    r"^(?:province|provinces|district|districts|governorate|state|region|county|city|town|"
    r"village|area|neighbou?rhood|suburb|base|air|airbase|airport|camp|capital|border|"
    r"department|prefecture|municipality|commune|oblast|valley|market|outskirts|highway|"
    r"road|countryside|desert|mountains|island|islands|port|refinery|military)\b",
    re.IGNORECASE,
)
_DEMONYM_PLACE = re.compile(
    r"^\s+(?:capital|city|town|village|province|state|region|district|border|port|"
    r"territory|countryside|side|soil|base|governorate|highway|outpost|market)\b",
    re.IGNORECASE,
)
_DEMONYM_PEOPLE = re.compile(
    r"^\s+(?:[a-z\-]+\s+){0,2}(?:soldiers?|troops|forces|police(?:men|man)?|officers?|army|"
    r"military|security|officials?|civilians?|citizens?|nationals?|government|authorities|"
    r"pilgrims|tourists|workers|journalists?|diplomats?|embassy|consulate|peacekeepers|"
    r"personnel|guards?|villagers|residents|people|man|woman|men|women|children|troopers?|"
    r"servicem[ae]n|sailors|marines|pilots?|militia(?:men)?|fighters)\b",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(
    r"(?:President|Minister|Premier|Governor|General|Gen\.|Colonel|Col\.|Mr\.|Mrs\.|Ms\.|Dr\.|"
    r"Sheikh|King|Prince|Pope|spokesman|spokesperson|commander|leader|Senator|Mayor|Chief|"
    r"Judge|cleric|Imam)\s+$"
)
# Words that begin sentences or name institutions and also happen to be place names somewhere.
_STOP = frozenset(
    """a an the this that these those two three four five six seven eight nine ten one
    police army security military forces government officials official people civilians
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december sunni shia shiite christian muslim
    muslims christians islamic islam state militants gunmen rebels insurgents attack attacks
    suicide bomb bomber car roadside news reuters associated press afp agency media said
    according local ministry interior defense defence national international united nations
    un nato eu victims victim after before during later earlier meanwhile also however
    separately several many some no none at least more than about around nearly over
    hospital university school church mosque temple market police station camp base
    at around he she they it we his her their its there here when where while which who
    health minister president prime spokesman spokesperson forces troops soldiers navy
    air force coalition iranian backed mobile victoria independence liberty union central
    north south east west northern southern eastern western northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern middle upper lower
    new old great little green red white black gold golden long
    capital city town village district province region area
    islamist jihadist separatist separatists maoist maoists communist turk turks kurd kurds
    arab arabs shia shias sunnis jew jews hindu hindus sikh sikhs copt copts coptic uyghur
    uyghurs fulani hausa pashtun pashtuns baloch druze yazidi yazidis berber tuareg alawite
    christian christians catholic catholics orthodox buddhist buddhists rohingya tamil tamils
    deal damage reports report claim claims video image images photo getty
    subscriber account content login card file latest keep up date digging deeper
    resistance hezbollah hamas taliban
    """.split()
)


@dataclass(slots=True)
class Mention:
    """A place name found in text, with how it is used."""

    place: Place
    start: int
    end: int
    surface: str
    weight: float
    candidates: int = 1


@dataclass(slots=True)
class Location:
    """Where an incident happened, as precisely as the text allows."""

    country_code: str | None = None  # alpha-3
    country: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str = "country"
    confidence: float = 0.0
    evidence_spans: list[tuple[int, int]] = field(default_factory=list)


def _tokens(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, surface, normalised) for each word, stripping possessives and dots."""
    out = []
    for m in _TOKEN.finditer(text):
        s, e = m.start(), m.end()
        w = m.group()
        while w and w[-1] in ".-'’":
            w = w[:-1]
            e -= 1
        if w.endswith(("'s", "’s")):
            w = w[:-2]
            e -= 2
        if w:
            out.append((s, e, w, key(w)))
    return out


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or (word[:3].lower() in ("al-", "el-", "ad-", "as-", "ar-")
                                  and word[3:4].isupper())


@cache
def _actor_spans_pattern() -> re.Pattern[str]:
    from pipeline.extract.actors import actor_pattern

    return actor_pattern()


_PLACE_TYPE_AFTER = re.compile(
    r"^\s+(?:province|governorate|state|region|department|oblast|prefecture)\b", re.IGNORECASE)
_TOWN_TYPE_AFTER = re.compile(r"^\s+(?:city|town|village)\b", re.IGNORECASE)
_TOWN_TYPE_BEFORE = re.compile(
    r"(?:town|city|village|hamlet|locality|commune|municipality|suburb|neighbou?rhood)\s+of\s+$",
    re.IGNORECASE)


def find_places(text: str) -> list[Mention]:
    """Every gazetteer name in ``text`` (longest match first), with a usage weight."""
    index = name_index()
    toks = _tokens(text)
    blocked = [(m.start(), m.end()) for m in _actor_spans_pattern().finditer(text)]
    out: list[Mention] = []
    i = 0
    n = len(toks)
    while i < n:
        s0, _, w0, _k0 = toks[i]
        if not _is_cap(w0) or any(a <= s0 < b for a, b in blocked):
            i += 1
            continue
        found = None
        for size in range(min(MAX_NGRAM, n - i), 0, -1):
            last = toks[i + size - 1]
            if not _is_cap(last[2]) and not last[2][:1].isdigit():
                continue
            if text[toks[i][0]:last[1]].count("\n"):
                continue
            # words inside the span must be capitalised or connectors
            if any(not _is_cap(t[2]) and t[3] not in _CONNECTORS for t in toks[i:i + size]):
                continue
            k = " ".join(t[3] for t in toks[i:i + size])
            places = index.get(k)
            if places:
                found = (size, k, places)
                break
        if found is None:
            i += 1
            continue
        size, k, places = found
        start, end = toks[i][0], toks[i + size - 1][1]
        surface = text[start:end]
        if size == 1 and (k in _STOP or len(k) < 3):
            i += 1
            continue
        before = text[max(0, start - 40):start]
        after = text[end:end + 40]
        has_country = any(p.kind == "country" for p in places)
        if _TITLE_BEFORE.search(before) and not has_country:
            i += size
            continue
        ptype = bool(_PLACE_TYPE_AFTER.match(after))
        # Part of a longer proper name we do not know ("Limketkai Center", "Madina Khadziyeva")?
        if not has_country and not ptype and not _PLACE_NOUNS.match(after.strip()) and (
                _glued_name(toks, i - 1, text, before=True)
                or _glued_name(toks, i + size, text, before=False)):
            i += size
            continue
        if k in demonyms() and not ptype:
            i += size
            continue
        prev_word = before.split()[-1].lower() if before.split() else ""
        locative = (prev_word in _LOCATIVE or prev_word in ("the", "capital", "city")
                    or bool(_DIRECTION.fullmatch(prev_word)))
        weight = 1.0
        if locative:
            weight += 1.0
        if _PLACE_NOUNS.match(after.strip()):
            weight += 1.0
        if _DEMONYM_PEOPLE.match(after) and not locative:
            weight -= 0.5
        if _BORDER_BEFORE.search(before) or _BORDER_AFTER.match(after):
            weight = 0.3
        ttype = bool(_TOWN_TYPE_AFTER.match(after) or _TOWN_TYPE_BEFORE.search(before))
        sel = list(places)
        if ptype and any(p.kind == "admin1" for p in sel):
            sel = [p for p in sel if p.kind == "admin1"]
        elif ttype and any(p.kind == "town" for p in sel):
            sel = [p for p in sel if p.kind == "town"]
        if any(p.kind == "site" for p in sel):
            sel = [p for p in sel if p.kind == "site"]
        elif any(p.kind == "country" for p in sel):
            sel = [p for p in sel if p.kind == "country"]
        # "in Iraq and Syria": the second place shares the first one's locative cue
        if (not locative and prev_word in ("and", "or", "&") and out
                and start - out[-1].end <= 6 and out[-1].weight >= 2.0):
            weight += 1.0
        # A town known only by an alternate spelling must be cued or sizeable.
        cued = locative or ttype or _PLACE_NOUNS.match(after.strip()) is not None
        sel = [p for p in sel if p.kind != "town" or key(p.name) == k or cued
               or p.population >= 50000]
        sel = [p for p in sel if p.kind != "town" or cued or p.population >= 1000]
        if not sel:
            i += size
            continue
        for p in sel:
            out.append(Mention(p, start, end, surface, weight, len(sel)))
        i += size
    return out


_DIRECTION = re.compile(
    r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east|"
    r"south-?west|rural|downtown|restive|neighbouring|neighboring)")
_BORDER_BEFORE = re.compile(r"\bborder\s+(?:with|of)\s+(?:the\s+)?$|\bfrom\s+(?:the\s+)?$"
                            r"|\b(?:citizens?|nationals?|natives?)\s+of\s+$", re.IGNORECASE)
_BORDER_AFTER = re.compile(r"^(?:[-\s]+\w+)?\s+border\b|^-(?:\w+)\s+border", re.IGNORECASE)
_NAME_OK_NEIGHBOURS = _LOCATIVE | {"the", "a", "an", "and"}


def _glued_name(toks: list, j: int, text: str, before: bool) -> bool:
    """True when token j is a capitalised word directly touching the match (same name)."""
    if j < 0 or j >= len(toks):
        return False
    s, e, w, k = toks[j]
    if not w[:1].isupper() or k in _STOP or k in _NAME_OK_NEIGHBOURS or k in _MONTHS_DAYS:
        return False
    if _PLACE_NOUNS.match(w) or _REGION_WORD.match(w):
        return False
    gap = text[e:toks[j + 1][0]] if before else text[toks[j - 1][1]:s]
    return gap.strip() == "" and "\n" not in gap


_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split())
_REGION_WORD = re.compile(r"(?:Province|District|Governorate|State|Region|County|City|Town|"
                          r"Village|Department|Oblast|Prefecture|Municipality|Division)$")


@cache
def _demonym_re() -> re.Pattern[str]:
    names = sorted({d for d in _demonym_surfaces()}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(d) for d in names) + r")\b")


@cache
def _demonym_surfaces() -> tuple[str, ...]:
    import csv

    from pipeline.geo.gazetteer import DATA

    out = []
    with (DATA / "demonyms.csv").open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out.extend(r["demonyms"].split("|"))
    return tuple(out)


def find_demonyms(text: str) -> list[tuple[str, float, int, int]]:
    """(alpha-2, weight, start, end) for nationality adjectives ("the Afghan town of")."""
    dem = demonyms()
    out = []
    for m in _demonym_re().finditer(text):
        iso2 = dem.get(key(m.group(1)))
        if not iso2:
            continue
        after = text[m.end():m.end() + 40]
        if _DEMONYM_PLACE.match(after):
            w = 3.5
        elif _DEMONYM_PEOPLE.match(after):
            w = 1.2
        else:
            w = 0.6
        out.append((iso2, w, m.start(), m.end()))
    return out


_UNNAMED_PLACE = re.compile(
    r"\b(?:town|village|city|hamlet|locality|commune|area|neighbou?rhood|suburb|district|"
    r"municipality|settlement)\s+of\s+((?:[A-Z][\w'’\-]+)(?:\s+(?:al-|el-)?[A-Z][\w'’\-]+){0,3})"
    r"|\b(?:in|at|near)\s+(?:the\s+)?((?:[A-Z][\w'’\-]+)(?:\s+[A-Z][\w'’\-]+){0,2})\s+"
    r"(?:district|village|area|town|neighbou?rhood|sector|camp|region|province|county)\b"
)


def resolve(passage: str, context: str = "", prior: dict[str, float] | None = None) -> Location:
    """Resolve where the incident told in ``passage`` took place.

    ``context`` (the rest of the article, headline) only breaks ties; ``prior`` adds weak
    evidence per alpha-2 country (e.g. the home country of a named armed group).
    """
    mentions = find_places(passage)
    score: dict[str, float] = defaultdict(float)
    # One name gives evidence once per country (its best reading), and an ambiguous town
    # name mostly to its most populous bearer ("Damascus" is Syria's, not Maryland's).
    by_span: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for m in mentions:
        by_span[(m.start, m.end)].append(m)
    named = {m.place.country2 for m in mentions
             if m.place.kind in ("country", "site") and m.weight >= 1.0}
    named |= {iso2 for iso2, w, _s, _e in find_demonyms(passage) if w >= 3.0}
    for group in by_span.values():
        anchored = [m for m in group if m.place.country2 in named]
        if anchored and len(anchored) < len(group):
            group = anchored
        top_pop = max((m.place.population for m in group if m.place.kind == "town"), default=0)
        best: dict[str, float] = {}
        for m in group:
            w = m.weight
            if m.place.kind == "country":
                v = 2.0 * w
            elif m.place.kind == "admin1":
                v = 1.8 * w / max(1, sum(1 for x in group if x.place.kind == "admin1"))
            elif m.place.kind == "site":
                v = 3.0 * w
            else:
                v = w * (0.6 + 0.25 * population_weight(m.place))
                if m.place.population < top_pop:
                    v *= 0.35
                if key(m.place.name) != key(m.surface):
                    v *= 0.6  # known by an alternate spelling only
            best[m.place.country2] = max(best.get(m.place.country2, 0.0), v)
        for c, v in best.items():
            score[c] += v
    for iso2, w, _s, _e in find_demonyms(passage):
        score[iso2] += w
    if prior:
        for iso2, w in prior.items():
            score[iso2] += w
    if context:
        # the rest of the article only breaks ties: capped per country
        ctx: dict[str, float] = defaultdict(float)
        for m in find_places(context):
            if m.place.kind in ("country", "admin1", "site"):
                ctx[m.place.country2] += 0.3 * m.weight
        for iso2, w, _s, _e in find_demonyms(context):
            ctx[iso2] += 0.15 * w
        for iso2, v in ctx.items():
            score[iso2] += min(v, 0.9)
    # Towns whose country is otherwise evidenced get a lift (disambiguates "Hilla", "Bara").
    supported = {c for c, s in score.items() if s >= 1.5}
    for m in mentions:
        if m.place.kind == "town" and m.place.country2 in supported:
            score[m.place.country2] += 0.5
    loc = Location()
    if not score:
        return loc
    best = max(score.items(), key=lambda kv: (kv[1], kv[0]))
    iso2, s = best
    total = sum(v for v in score.values() if v > 0) or 1.0
    loc.confidence = min(1.0, 0.35 + 0.5 * s / total + 0.05 * min(s, 3))
    _fill_country(loc, iso2)
    inside = [m for m in mentions if m.place.country2 == iso2]
    if named:
        # a span read as a town here but anchored elsewhere is not evidence for this country
        pass
    admin1s = [m for m in inside if m.place.kind == "admin1"]
    sites_ = [m for m in inside if m.place.kind == "site"]
    towns = [m for m in inside if m.place.kind == "town"]
    admin_codes = {m.place.admin1_gn for m in admin1s}
    if admin_codes:
        towns_in = [m for m in towns if m.place.admin1_gn in admin_codes]
        towns = towns_in or towns
    # Keep towns that are plausibly meant: with a locative cue, or sizeable, or in a named region.
    towns = [m for m in towns if m.weight >= 2.0 or m.place.population >= 20000
             or m.place.admin1_gn in admin_codes]
    # A town that shares its name with the named region is the region, not the town.
    best_town = None
    if towns:
        best_town = max(towns, key=lambda m: (m.weight + 0.15 * population_weight(m.place),
                                              -m.start))
        # first-mentioned plausible town wins ties of equal weight
        firsts = sorted(towns, key=lambda m: m.start)
        if firsts[0].weight >= best_town.weight - 0.5:
            same = [m for m in towns if m.surface == firsts[0].surface]
            best_town = max(same, key=lambda m: population_weight(m.place))
    chosen = sites_[0] if sites_ else best_town
    if chosen is not None:
        p = chosen.place
        loc.location = p.name
        loc.latitude, loc.longitude = p.latitude, p.longitude
        loc.geo_precision = "site" if p.kind == "site" else "town"
        a = admin1_of(p)
        if a is not None:
            loc.admin1, loc.admin1_code = a.name, a.iso_code
        loc.evidence_spans.append((chosen.start, chosen.end))
    elif admin1s:
        p = admin1s[0].place
        a = admin1_of(p)
        loc.admin1 = a.name if a else p.name
        loc.admin1_code = p.admin1_iso
        loc.location = loc.admin1
        loc.latitude, loc.longitude = p.latitude, p.longitude
        loc.geo_precision = "admin1" if p.latitude is not None else "country"
        loc.evidence_spans.append((admin1s[0].start, admin1s[0].end))
    # A named but unknown village: keep its name, coordinates of the region if any.
    if loc.geo_precision in ("admin1", "country"):
        m = _UNNAMED_PLACE.search(passage)
        if m:
            name = (m.group(1) or m.group(2) or "").strip()
            k = key(name)
            if k and k not in _STOP and not _is_known_elsewhere(k, iso2):
                loc.location = name
    return loc


def _is_known_elsewhere(k: str, iso2: str) -> bool:
    places = name_index().get(k) or []
    return bool(places) and all(p.country2 != iso2 for p in places)


def _fill_country(loc: Location, iso2: str) -> None:
    rec = countries().get(iso2)
    loc.country_code = rec["iso3"] if rec else None
    loc.country = country_name(iso2) if rec else None


def alpha2(alpha3: str) -> str | None:
    return alpha3_to_alpha2().get(alpha3)
