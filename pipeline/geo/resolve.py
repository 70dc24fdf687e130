"""Find place names in a passage and decide where the incident it describes happened.

Why a scoring approach: news text names several places per passage (the victims' nationality,
the capital where officials spoke, the province and the town), so each candidate country gathers
evidence weighted by how the place is used (after "in"/"at" it is where things happened; before
"soldiers" it is whose they were), and the most precise place inside the winning country is kept.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from pipeline.geo.gazetteer import (
    Admin1,
    Place,
    admin1_by_iso,
    admin1_of,
    alpha3_to_alpha2,
    countries,
    country_name,
    data_table,
    demonyms,
    key,
    name_index,
    population_weight,
    same_spelling,
    strip_region_type,
)
from pipeline.geo.hints import unit_countries

# "Chervonohryhorivka also came under artillery fire": a town opening its sentence as the one hit
HIT_SUBJECT = re.compile(r"\s+(?:also\s+|again\s+)?(?:came\s+under|(?:was|were)\s+(?:also\s+)?"
                          r"(?:hit|struck|shelled|attacked|targeted|bombed))\b")

MAX_NGRAM = 6
_TOKEN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ][\wÀ-ÖØ-öø-ÿĀ-ſḀ-ỿ'’\-\.]*")
_CONNECTORS = frozenset(
    "al el ad ar as an ash at az ez es de del della di du la le les of and the e i bin ibn "
    "abu bani y da do dos das van von des los las sur".split()
)
_LOCATIVE = frozenset(
    "in at near outside inside from to into of across around towards toward on off "
    "between within vic nr".split()
)
# "Tame, Arauca", "Tafas, western Daraa", "Nawa in Daraa's …": a town, then its region
_CONTAINER_GAP = re.compile(r"(?:,\s*|\s+in\s+)(?:(?:north|south|east|west|central)\w*\s+)?",
                            re.IGNORECASE)
_COMPASS_GLUED = re.compile(r"(?<![\w-])(?:North|South|East|West|Northern|Southern|Eastern|"
                            r"Western|Upper|Lower|Central)\s$")
# where the wounded were taken and where the attackers went: "airlifted to Bogota", "flown to
# Mombasa", "withdrew toward the Gourma" (a lower weight here, a lower rank in resolve)
_CARRIED = r"(?:flown|airlifted|evacuated|rushed|transferred|referred|transported)"
# (and where people were headed: "waiting for boats to Bangladesh", "fleeing to Chad")
_WENT = r"(?:withdrew|fled|retreated|escaped|fleeing|boats?|took|taken|led|marched|dragged)"
# "the Wazalendo militias, allied to Kinshasa": whose side, not where
_ALLIED_BEFORE = re.compile(r"\b(?:allied\s+(?:to|with)|loyal\s+to|backed\s+by|aligned\s+with|"
                            r"supported\s+by|proxies\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_WENT_TO_BEFORE = re.compile(r"\b(?:" + _WENT + "|" + _CARRIED + r")\s+(?:[\w-]+\s+){0,3}?"
                             r"(?:towards?|to|into)\s+(?:the\s+)?$", re.IGNORECASE)
_TREATED_AT = re.compile(r"(?:\b(?:receives?|receiving|received|being|are|is|was|were)\s+"
                         r"treat(?:ment|ed)\s+(?:at|in)|\b" + _CARRIED + r"\s+to)"
                         # ("evacuated to the military hospital in Gao")
                         r"\s+(?:[\w'’-]+\s+){0,6}?(?:hospital|clinic|centre|center|"
                         r"facility)\s+(?:in|of)\s+$", re.IGNORECASE)
# "a Malta-flagged bulk carrier", "a Sabah-registered trawler": where a ship is listed
_FLAG_AFTER = re.compile(r"(?:\s+Islands?)?\s*-\s*(?:flagged|registered)\b|\s+flag(?:ged)?\s+"
                         r"(?:vessel|ship|tanker|carrier)", re.IGNORECASE)
# "soldiers waiting for a train to Peshawar": where the vehicle was bound, not where it was hit
_BOUND_FOR = re.compile(r"\b(?:trains?|bus(?:es)?|flights?|planes?|convoys?|ferry|ferries|boats?|"
                        r"coach(?:es)?)\s+(?:bound\s+)?(?:to|for)\s+$", re.IGNORECASE)
# "armed men arriving by speedboat from the southern Philippines": where they came from
_CAME_FROM_BEFORE = re.compile(r"\b(?:arriv\w*|com(?:ing|e)|came|sail\w*|cross\w*|infiltrat\w*|"
                               r"travel\w*)\s+(?:by\s+(?:[\w-]+\s+){1,2}?)?from\s+(?:the\s+)?"
                               r"(?:(?:north|south|east|west)\w*\s+)?$", re.IGNORECASE)
_COUNTRY_NOT_ADJECTIVE = re.compile(r"\b(?:in|across|throughout|of|to|into|within|inside|"
                                    r"from)\s+(?:the\s+)?$", re.IGNORECASE)
_NOUN_AFTER_ADJECTIVE = re.compile(r"\s+(?:military|army|forces|troops|junta|government|"
                                   r"authorities|officials|soldiers|navy|air\s+force|people|"
                                   r"nationals?|citizens?|embassy|state)\b", re.IGNORECASE)
_COUNTRY_ENDS_PHRASE = re.compile(r"\s*(?:[,.:;)]|\s[–—-]\s|$)")
_REGION_FIELD = re.compile(r"\b(?:Country|Region|Province|State|Governorate|Oblast|Department|"
                           r"COUNTRY|REGION|PROVINCE|STATE)\s*[:=]\s*$")
_GOVERNMENT_VOICE = re.compile(r"\s+(?:has\s+|had\s+|later\s+|also\s+)?(?:(?:not\s+|yet\s+to\s+)?"
                               r"(?:commented|comment|responded|respond)|blamed|accused|"
                               r"denied|condemned|protested|retaliated|vowed|said|says)\b")
_BLAMED_BEFORE = re.compile(r"\b(?:(?:attribut(?:ed|ing)|blam(?:ed|ing)|accus(?:ed|ing))\s+"
                            r"(?:(?:it|them|the\s+[\w-]+)\s+)?(?:(?:to|on)\s+)?|"
                            # "US points finger at Iran"
                            r"point(?:s|ed|ing)?\s+(?:the\s+|a\s+)?finger\s+at\s+)$",
                            re.IGNORECASE)
_AFTER_ANOTHER_ACT = re.compile(
    r"\b(?:(?:hours|days|weeks|a\s+day|a\s+week|two\s+days|three\s+days)\s+after|following)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|bombing|shelling|raid|massacre)\s+"
    r"(?:on|in|at|against)\s+(?:the\s+)?$", re.IGNORECASE)
_CAPITALS_RULE = re.compile(r"\s+(?:regime|junta)\b")
_ACTS_OF_COUNTRY = re.compile(r"['’]s\s+(?:(?:latest|deadly|ongoing|renewed)\s+)?(?:killing|"
                              r"killings|attacks?|strikes?|bombing|bombardment|shelling|assault|"
                              r"offensive|invasion|war|campaign|targeting)\b")
_AUTHORITY_AFTER_PLACE = re.compile(
    r"\s+(?:regional|oblast|provincial|state|military)\s+(?:military\s+|civil\s+)?(?:administration|"
    r"governor|authorities|government|council|officials)\b", re.IGNORECASE)
# "Russian forces shelled Orikhiv": the object of a strike is where it happened
_STRUCK = frozenset("shelled struck hit bombed attacked raided stormed targeted overran "
                    "bombarded besieged pounded entered".split())
_PLACE_NOUNS = re.compile(
    r"^(?:province|provinces|district|districts|governorate|state|region|county|city|town|"
    r"village|area|neighbou?rhood|suburb|base|air|airbase|airport|camp|capital|border|"
    r"department|prefecture|municipality|commune|oblast|valley|market|outskirts|highway|"
    r"road|countryside|desert|mountains|island|islands|port|refinery|military|airfield|"
    r"crossing)\b",
    re.IGNORECASE,
)
_DEMONYM_PLACE = re.compile(
    r"^\s+(?:capital|city|town|village|province|state|region|district|port|"
    r"territory|countryside|side|soil|base|governorate|highway|outpost|market)\b",
    re.IGNORECASE,
)
_DEMONYM_NAMED_SITE = re.compile(r"^\s+[A-Z][a-z]+\s+(?:restaurant|caf[eé]|hotel|club|bar|"
                                 r"mall|cinema)\b")
_DEMONYM_PEOPLE = re.compile(
    r"^\s+(?:(?![a-z]+(?:ing|ed)\b)[a-z\-]+\s+){0,2}(?:soldiers?|troops|forces|police(?:men|man)?|officers?|army|"
    r"military|security|officials?|civilians?|citizens?|nationals?|government|authorities|"
    r"pilgrims|tourists|workers|journalists?|diplomats?|embassy|consulate|peacekeepers|"
    r"personnel|guards?|villagers|residents|people|man|woman|men|women|children|troopers?|"
    r"servicem[ae]n|sailors|marines|pilots?|militia(?:men)?|fighters)\b",
    re.IGNORECASE,
)
_DEMONYM_ABROAD = re.compile(
    r"^\s+(?:[a-z\-]+\s+)?(?:peacekeep\w*|tourists?|pilgrims?|(?-i:nationals?)|citizens?|expatriates?|"
    r"refugees?|migrants?|asylum|"
    r"diplomats?|embass(?:y|ies)|consulates?|aid\s+workers?|contractors?|engineers?|"
    r"hostages?|journalists?|shop|business(?:es|man|men)?|restaurant|company)\b",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(
    r"(?:President|Minister|Premier|Governor|General|Gen\.|Colonel|Col\.|Mr\.|Mrs\.|Ms\.|Dr\.|"
    r"Sheikh|King|Prince|Pope|spokesman|spokesperson|commander|leader|Senator|Mayor|Chief|"
    r"Judge|cleric|Imam)\s+$"
)
# Words that begin sentences, name institutions, or abbreviate titles ("Brig. Gen.", "Vice
# President"), and also happen to be place names somewhere ("Molotov" was Perm).
_COMPASS_REGIONS = frozenset({"north", "south", "east", "west", "centre", "center"})
_STOP = frozenset(
    """a an the this that these those two three four five six seven eight nine ten one
    police army security military forces government officials official people civilians
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december sunni shia shiite christian muslim
    muslims christians islamic islam state militants gunmen rebels insurgents attack attacks
    suicide bomb bomber car roadside news reuters associated press afp agency media said name
    according local ministry interior defense defence national international united nations
    un nato eu victims victim after before during later earlier meanwhile also however unknown
    separately several many some no none at least more than about around nearly over
    hospital university school church mosque temple market police station camp base
    at around he she they it we his her their its there here when where while which who
    health minister president prime spokesman spokesperson forces troops soldiers navy
    air force coalition iranian backed mobile victoria independence liberty union central
    north south east west northern southern eastern western northeast northwest southeast
    southwest northeastern northwestern southeastern southwestern middle upper lower
    new old great little green red white black gold golden long
    capital city town village district province region area airport christmas square
    center centre station street road bridge university hospital old city new city
    city centre city center downtown port harbour harbor palace parliament embassy
    prison jail court mall hotel restaurant cafe bazaar bus stop metro line control institut valley
    islamist jihadist separatist separatists maoist maoists communist turk turks kurd kurds
    arab arabs shia shias sunnis jew jews hindu hindus sikh sikhs copt copts coptic uyghur
    uyghurs fulani hausa pashtun pashtuns baloch druze yazidi yazidis berber tuareg alawite
    christian christians catholic catholics orthodox buddhist buddhists rohingya tamil tamils
    deal damage reports report claim claims video image images photo getty
    subscriber account content login card file latest keep up date digging deeper
    resistance hezbollah hamas taliban sahara early initial initially final
    vice brig gen col adm sen rev front council alliance cell molotov toyota brent
    god allah polling voting counting closing
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
    typed: bool = False  # "Kandahar province", "province of Kandahar": a region, said so


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
            if s and text[s - 1] == "#" and _CAMEL.search(w):
                # "#KiryatShmona", "#DeraIsmailKhan": a hashtag writes a name without spaces
                out.append((s, e, w, _word_key(_CAMEL.sub(" ", w))))
            else:
                out.append((s, e, w, _word_key(w)))
    return _split_routes(out, text)


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


_ROUTE_WORD = re.compile(r"\s+(?:road|highway|axis|route|corridor|motorway|expressway|railway|"
                         r"pipeline|convoy\s+route)\b", re.IGNORECASE)


def _split_routes(toks: list[tuple[int, int, str, str]], text: str
                  ) -> list[tuple[int, int, str, str]]:
    """"the Bamenda-Ndop road", "the Gao-Ansongo axis": a route names the towns at its ends,
    each evidence of the country, where the hyphenated whole is no name at all."""
    if "-" not in text:
        return toks
    out = []
    for t in toks:
        s, e, w, k = t
        parts = w.split("-")
        if (len(parts) == 2 and all(p[:1].isupper() and len(p) > 2 for p in parts)
                and _ROUTE_WORD.match(text, e) and name_index().get(k) is None):
            a = len(parts[0])
            out.append((s, s + a, parts[0], _word_key(parts[0])))
            out.append((s + a + 1, e, parts[1], _word_key(parts[1])))
        else:
            out.append(t)
    return out


_word_key = lru_cache(maxsize=1 << 17)(key)  # the same words recur across every article


_ARTICLE_PREFIXES = ("al-", "el-", "ad-", "as-", "ar-", "ez-", "es-", "ed-", "at-", "az-", "an-",
                     "ash-", "ath-")


def _is_cap(word: str) -> bool:
    if word[:1].isupper():
        return True
    cut = word.find("-") + 1
    return 0 < cut <= 4 and word[:cut].lower() in _ARTICLE_PREFIXES and word[cut:cut + 1].isupper()


_WORD = re.compile(r"[a-z0-9]+")


@cache
def _institution_words() -> frozenset[str]:
    """Words of multi-word force and institution names (cheap test before the full regex)."""
    from pipeline.geo.hints import institution_names

    common = {"of", "the", "and", "al", "el", "force", "forces", "police", "national", "army",
              "security", "guard", "district", "special", "group", "party"}
    return frozenset(w for n in institution_names() if " " in n
                     for w in _WORD.findall(n.lower()) if w not in common and len(w) > 2)


def _inside_institution(text: str, pos: int) -> bool:
    """Inside a multi-word force or institution name ("Central Reserve Police Force")?"""
    return any(a < pos < b or (a == pos and multi) for a, b, multi in _institution_spans(text))


@lru_cache(maxsize=4096)
def _institution_spans(text: str) -> tuple[tuple[int, int, bool], ...]:
    from pipeline.geo.hints import institution_mentions

    return tuple((a, b, " " in surface) for a, b, surface in institution_mentions(text))


def _actor_gate() -> tuple[frozenset[str], re.Pattern[str]]:
    """Words one of which any spelled-out alias needs, and the test for acronym aliases."""
    from pipeline.extract.actors import _ACRONYM, _gate_words

    return _gate_words(), _ACRONYM


_PLACE_TYPE_AFTER = re.compile(
    r"^\s+(?:province|governorate|state|region|department|oblast|prefecture)\b", re.IGNORECASE)
_BRACKET_LAST_BEFORE = re.compile(r"\((?:[^()]*,\s*)?$")
_LABEL_BRACKET = re.compile(r"\b(?:Group|Militia|Civilians|Rioters|Protesters|Forces|Gang|Police|"
                            r"Military|Mutiny|Army|Communal\s+Militia)\s*\($")
_PLACE_TYPE_BEFORE = re.compile(
    r"\b(?:province|governorate|state|region|department|oblast|prefecture)\s+of\s+$",
    re.IGNORECASE)
_TOWN_TYPE_AFTER = re.compile(r"^\s+(?:city|town|village)\b", re.IGNORECASE)
_QUARTER_AFTER = re.compile(r"^\s+(?:neighbou?rhood|quarter|suburb)\b", re.IGNORECASE)
_TOWN_TYPE_BEFORE = re.compile(
    r"(?:town|city|village|hamlet|locality|commune|municipality|suburb|neighbou?rhood)\s+of\s+$",
    re.IGNORECASE)


def find_places(text: str) -> list[Mention]:
    """Every gazetteer name in ``text`` (longest match first), with a usage weight."""
    return list(_find_places(text))


# "Hajin in Bandipora district", "Mimika regency": a second-level unit named with its type
_UNIT_WORD_GATE = re.compile(r"\b(?:[Dd]istrict|[Cc]ounty|[Rr]egency|LGA|[Tt]ehsil|[Dd]ivision|"
                             r"[Uu]pazila|[Ww]oreda|[Tt]erritory)\b")
_TYPED_DISTRICT = re.compile(
    r"\b(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:[Dd]istrict|[Cc]ounty|[Rr]egency|LGA|"
    r"[Tt]ehsil|[Dd]ivision|[Uu]pazila|[Ww]oreda|[Tt]erritory)\b|"
    r"\b(?:[Dd]istrict|[Rr]egency|[Tt]ehsil|[Uu]pazila|[Ww]oreda)\s+of\s+(?P<m>[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+){0,2})")


def _with_typed_districts(text: str, found: list[Mention]) -> list[Mention]:
    """The places found, and a district the city list lacks named with its type ("Hajin in
    Bandipora district" is India's, not Syria's Hajin): GeoNames' second-level unit stands
    for its first-level region, as evidence of a country nothing else in the text is placed
    in (where something is, the district adds nothing and its region's name would displace
    the place the text names)."""
    from pipeline.geo.districts import find_districts, one_region  # (they read resolve)

    out = list(found)
    named = {x.place.country2 for x in found}
    for m in _TYPED_DISTRICT.finditer(text):
        start = m.start("n") if m["n"] else m.start("m")
        name = m["n"] or m["m"]
        if any(x.start <= start < x.end for x in out):
            continue
        a = one_region([u for s, u in find_districts(name) if s == name])
        if a is None or a.country2 in named:
            continue  # (a country the text already places something in needs no more)
        place = Place(a.name, "admin1", a.country2, a.gn_code, a.iso_code, a.latitude,
                      a.longitude, population=10**5)
        out.append(Mention(place, start, start + len(name), name, 2.0, 1, True))
    return sorted(out, key=lambda x: x.start)


# "rocket fire on Kiryat Shmona (ISR)", "Ras Tanura oil terminal (SAU)": a note's country code
# in brackets after the place it holds
_CODE_BRACKET = re.compile(r"(?<=\w )\((?P<c>[A-Z]{3})\)")


# a note's item led by its country's ISO code: "AZE – GANJA:", "NGA/BOR/MONGUNO – 13JUN",
# "CMR/EXTREME-NORD (x-border)"; a neighbour's, its code bracketed: "KEN (x-border) – MANDERA:",
# "ISR (x-border): 20/09 Hezbollah rocket barrages …" (not "MDA: x2 women killed": an agency's
# name before a colon). What follows the code, shared with the segmenter's item marker.
CODED_ITEM = (r"(?P<c>[A-Z]{3})(?=\s*(?:[–—|/]|\s-\s)|\s*\([^)\n]{1,20}\)\s*"
              r"(?:[–—|/:]|\s-\s))")
_ISO3_ITEM = re.compile(r"(?m)^[\W\d]{0,4}" + CODED_ITEM)


def _code_mention(code: str, start: int, end: int) -> Mention | None:
    """The country an ISO alpha-3 code in a note stands for, as a strong mention."""
    iso2 = alpha2(code)
    country = next((p for p in name_index().get(key(countries()[iso2]["name"])) or ()
                    if p.kind == "country"), None) if iso2 in countries() else None
    return None if country is None else Mention(country, start, end, code, 2.5, 1, True)


def _with_item_codes(text: str, found: list[Mention] | tuple[Mention, ...]
                     ) -> list[Mention] | tuple[Mention, ...]:
    """The places found, with each item's ISO code read as its country (not France's Azé)."""
    out, coded = list(found), False
    for m in _ISO3_ITEM.finditer(text):
        if (country := _code_mention(m["c"], m.start("c"), m.end("c"))) is not None:
            out = [x for x in out if not (x.start == country.start and x.end == country.end)]
            out.append(country)
            coded = True
    return sorted(out, key=lambda x: x.start) if coded else found


def _coded_countries(text: str, found: list[Mention] | tuple[Mention, ...]) -> list[Mention]:
    """(Only right after a place found: "the Barisan Revolusi Nasional (BRN)" is no Brunei.)"""
    return [country for m in _CODE_BRACKET.finditer(text)
            if any(x.end == m.start() - 1 for x in found)
            and (country := _code_mention(m["c"], m.start("c"), m.end("c"))) is not None]


@lru_cache(maxsize=4096)
def _find_places(text: str) -> tuple[Mention, ...]:
    """Cached: the same sentence is read when segmenting and again when resolving."""
    found = _scan_places(text)
    if _UNIT_WORD_GATE.search(text):
        found = _with_typed_districts(text, found)
    if "(" in text and (coded := _coded_countries(text, found)):
        found = sorted((*found, *coded), key=lambda x: x.start)
    if _ISO3_ITEM.search(text):
        found = _with_item_codes(text, found)
    if ("Gulf" in text or "Bay of" in text or " Sea" in text or "Strait" in text
            or "GULF" in text) and found:
        # "the Gulf of Guinea", "the Bay of Bengal", "the southern Red Sea": a sea, no
        # country's or region's evidence (but "Sudan's Red Sea State" is a region)
        seas = [m.span() for m in _SEA.finditer(text)]
        found = [m for m in found if not any(a <= m.start < b for a, b in seas)]
    return tuple(found)


_LANDMARK_AFTER = re.compile(r"\s+(?:roundabout|junction|crossroads|interchange|street|avenue|"
                             r"bridge|square|roads?)\b")
AVENGED_CLAUSE = re.compile(r"\b(?:in\s+(?:retaliation|response|reprisal|revenge)\s+(?:for|to)|"
                             r"to\s+avenge)\b[^.;]*")
_PEOPLE_AFTER = re.compile(r"\s+(?:settlers|villagers|families|migrants|refugees|farmers|"
                           r"fishermen|traders|workers|herders|pilgrims|residents|people)\b")
_SAME_WHAT = re.compile(r"\s+(?:day|night|evening|morning|afternoon|date|time|week|area|place|"
                        r"location|group|unit|source)\b", re.IGNORECASE)
_GANG_NAMED_AFTER = re.compile(r"(?:\s+[a-z]+)?\s+(?:ring|gang|syndicate|cell)\b")
_STREET_NAMED_AFTER = re.compile(r"\s+(?:Road|Street|Avenue|Boulevard|Highway|Drive|Lane|"
                                 r"Parkway)\b")
# "the Linwood Islamic Centre in Christchurch": a site named after a suburb or a town elsewhere,
# whose own place follows it
_SITE_NAMED_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]+){0,2}\s+(?:Mosque|Church|Cent(?:re|er)|"
                               r"Hotel|School|Club|Restaurant|Shrine|Temple|Synagogue|Market|"
                               r"Hospital|Stadium)\s+(?:in|at)\s+[A-Z]")
_MONUMENT_OF = re.compile(r"\b(?:Temple|Shrine|Tomb|Mausoleum|Arch|Cathedral|Monastery|Citadel|"
                          r"Castle|Palace)\s+of\s+(?:the\s+)?$")
_BUILDING_AFTER = re.compile(r"\s+(?:Hotel|Hospital|School|Mosque|Church|Market|Mall|Stadium|"
                             r"University|College|Restaurant|Cafe|Café|Club|Cinema|Theatre|"
                             r"Plaza|Tower|Building)\b")
# (and a maritime advisory's heading: "GULF OF GUINEA / BAKASSI–LIMBE")
_SEA = re.compile(r"\b(?:Gulf|Bay|Sea|Straits?)\s+of\s+(?:the\s+)?[A-Z][\w'’\-]+"
                  r"(?:\s+[A-Z][\w'’\-]+)?|\bGULF\s+OF\s+[A-Z]+|"
                  r"\b(?<=the\s)(?:(?:southern|northern|central|eastern|western)\s+)?[A-Z][a-z]+"
                  r"\s+Sea\b(?!\s+(?:[Ss]tate|[Gg]overnorate|[Rr]egion|[Pp]rovince|[Pp]ort))")


# a release's dateline in title case: the city, then the day of issue and a dash
_DATELINE_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_TITLED_DATELINE = re.compile(r",\s+(?:\d{1,2}\s+" + _DATELINE_MONTH + r"|" + _DATELINE_MONTH
                              + r"\s+\d{1,2},?)\s+\d{4}\s*[—–-](?:\s|(?=[A-Z]))")
# (at a line's start, after other cities of the same dateline: "Geneva/")
_LINE_OF_CITIES = re.compile(r"(?:^|\n)(?:[A-Z][\w'’-]*[ /])*$")


def _scan_places(text: str) -> list[Mention]:
    index = name_index()
    toks = _tokens(text)
    # which names could occur here at all: one word-set test per text instead of per name
    text_words = set(_WORD.findall(text.lower()))
    gate, acronym = _actor_gate()
    actor_text = not gate.isdisjoint(text_words) or acronym.search(text) is not None
    institution_text = not _institution_words().isdisjoint(text_words)
    launch_text = not _LAUNCH_WORDS.isdisjoint(text_words)  # (read per name only if so)

    def blocked_at(pos: int) -> bool:
        """Inside an armed group's name ("Islamic State of Iraq")? Only the window is read."""
        return actor_text and _inside_actor(text, pos)
    out: list[Mention] = []
    from_end = -1  # where the last place someone came from ends ("from Kottayam in Kerala")
    n = len(toks)
    caps = [_is_cap(t[2]) for t in toks]
    # run[j]: how many tokens from j on may belong to one name (capitalised words or
    # connectors, no line break between them); names never extend past that
    run = [0] * (n + 1)
    for j in range(n - 1, -1, -1):
        if caps[j] or toks[j][3] in _CONNECTORS:
            joined = j + 1 < n and "\n" not in text[toks[j][1]:toks[j + 1][0]]
            run[j] = 1 + (run[j + 1] if joined else 0)
    i = 0
    while i < n:
        s0 = toks[i][0]
        if not caps[i]:
            i += 1
            continue
        found = None
        for size in range(min(MAX_NGRAM, run[i]), 0, -1):
            if not caps[i + size - 1]:
                continue
            k = " ".join(t[3] for t in toks[i:i + size])
            places = index.get(k)
            if not places and size > 1 and text.startswith(("'s ", "’s "), toks[i][1]):
                # "Cox's Bazar": a name that holds its possessive
                places = index.get(toks[i][3] + "s " + " ".join(t[3] for t in toks[i + 1:i + size]))
            if places:
                found = (size, k, places)
                break
        if found is None:
            i += 1
            continue
        size, k, places = found
        if blocked_at(s0):
            i += 1
            continue
        if institution_text and _inside_institution(text, s0) and not any(
                p.kind == "country" for p in places):
            i += size  # "Central Reserve Police Force": no town called Reserve
            continue
        start, end = toks[i][0], toks[i + size - 1][1]
        surface = text[start:end]
        if (k in _STOP and not (k in _COMPASS_REGIONS and text.startswith(", ", start - 2)
                                and text.startswith(")", end))) or len(k) < 3:
            # (but "(Tripoli, North)" closes a note's bracket with the province so named)
            i += 1
            continue
        if k == "same" and _SAME_WHAT.match(text, end):
            i += 1  # a note's "Same day, Russian drones hit …": not Tanzania's Same
            continue
        if size == 1 and surface.isupper() and len(surface) <= 4 and all(
                p.kind == "town" and key(p.name) != k for p in places):
            i += 1  # "SNA", "KBL": an acronym or airport code that GeoNames lists for a city
            continue
        if size == 1 and surface[:2].isupper() and not surface.isupper() and surface[1:2] not in (
                "'", "’") and all(p.kind == "town" for p in places):
            i += 1  # "FAMa", "IDPs": an acronym written in mixed case, not Brazil's Fama
            continue
        before = text[max(0, start - 40):start]
        if before.endswith("#"):
            # "in #KiryatShmona": a hashtag is the name, written without its spaces
            before = before[:-1]
            surface = _CAMEL.sub(" ", surface)
        after = text[end:end + 40]
        if size == 1 and k in _MONTH_ABBR and re.match(r"\.?\s*\d", after):
            i += 1  # "NOAKHALI, Nov 7 -": a month, not Tajikistan's Nov
            continue
        if size == 1 and k in _ABBREVIATIONS and after.startswith("."):
            i += 1  # "Est. 12x INS initiated SAF": estimated, not Burkina Faso's Est region
            continue
        if (size == 1 and len(surface) <= 5 and after.startswith(".") and out
                and out[-1].surface.isupper() and text[out[-1].end:start] == ", "):
            i += 1  # "CULIACAN, Sin. -": a dateline's abbreviated state, not Iran's Sin
            continue
        has_country = any(p.kind == "country" for p in places)
        if has_country and _LANDMARK_AFTER.match(after):
            i += size  # "near the Kuwait roundabout in Gaza City": a landmark's name
            continue
        if k in _WEAPON_SYSTEMS and _WEAPON_AFTER.match(after):
            i += size  # "Grad rocket fire on Kiryat Shmona": a launcher, not Slovenia's Grad
            continue
        if _STREET_NAMED_AFTER.match(after):
            i += size  # "on Kabul Road in Peshawar": a street named after a town elsewhere
            continue
        if not has_country and _SITE_NAMED_AFTER.match(text, end):
            i += size  # "the Linwood Islamic Centre in Christchurch": the site's town follows
            continue
        if (not has_country and ((before.endswith("the ") and _BUILDING_AFTER.match(after))
                                 or _MONUMENT_OF.search(before))
                and all(p.kind == "town" and p.population < 100_000 for p in places)):
            # "near the Baron Hotel", "the Temple of Bel": a building's name, not a small town's
            i += size
            continue
        if (not has_country and after.startswith(" beach")
                and all(p.kind == "town" and p.population < 100_000 for p in places)):
            i += size  # "on Lido beach" in Mogadishu: a beach's name, not Italy's Lido
            continue
        if not has_country and _GANG_NAMED_AFTER.match(after):
            i += size  # "the Al-Khobar extortion ring": a gang named after a town, not a place
            continue
        if _TITLE_BEFORE.search(before) and not has_country:
            i += size
            continue
        # "the northern Mali city of Timbuktu": a country naming whose city it is, where a
        # town's name would have been followed by its own type word
        country_of = has_country and _COUNTRY_OF_PART.match(after) is not None
        ptype = not country_of and bool(_PLACE_TYPE_AFTER.match(after)
                                        or _PLACE_TYPE_BEFORE.search(before))
        # "Namsiguia (Bam, Centre-Nord)": the last name in an event note's brackets is the
        # province, which says the country more surely than any town name
        # "Unidentified Armed Group (Niger)", "Civilians (Niger)": an event database's actor
        # label, bracketing the country it acts in (not Nigeria's Niger State)
        if has_country and after.lstrip().startswith(")") and _LABEL_BRACKET.search(before):
            places = [p for p in places if p.kind == "country"]
        bracket_region = (_BRACKET_LAST_BEFORE.search(before) is not None
                          and after.lstrip().startswith(")")
                          and any(p.kind == "admin1" for p in places))
        if bracket_region and has_country and out and any(
                p.kind == "country" and p.country2 == out[-1].place.country2 for p in places
        ) and not any(p.kind == "admin1" and p.country2 == out[-1].place.country2
                      for p in places):
            # "Gali district, Abkhazia (Georgia)": the country the region before it lies in,
            # not the US state of that name
            places = [p for p in places if p.kind == "country"]
            bracket_region = False
        if bracket_region and out and text[out[-1].end:start].strip() == ",":
            # "(Tripoli, North)": a region name several countries give their provinces is the
            # one of the country where the place before it lies (Lebanon's North, not
            # Cameroon's), and that place is the one in this country
            before_places = {m.place.country2 for m in out if m.start == out[-1].start}
            shared = {p.country2 for p in places if p.kind == "admin1"} & before_places
            if len(shared) == 1 and len({p.country2 for p in places}) > 1:
                places = [p for p in places if p.country2 in shared]
                _pin_readings(out, out[-1].start, next(iter(shared)))
        if bracket_region and not has_country and len(
                homes := {p.country2 for p in places if p.kind == "admin1"}) == 1:
            # "Paro airstrip (Paro, Nduga, Highland Papua)": the province closing a note's
            # bracket says the country of every name in it and of the place before it (no
            # namesake elsewhere: Bhutan's Paro is dropped, a village the gazetteer lacks)
            opened = text.rfind("(", 0, start)
            for m_start in {m.start for m in out if m.start > opened or (
                    0 <= opened - m.end <= 30 and _UNIT_GAP.fullmatch(text, m.end, opened))}:
                _pin_readings(out, m_start, next(iter(homes)))
        ptype = ptype or bracket_region
        # Part of a longer proper name we do not know ("Limketkai Center", "Madina Khadziyeva",
        # "Shah Wali Kot district": the district is the whole name, not a town called Kot)?
        if not has_country and not ptype and (
                _glued_name(toks, i - 1, text, before=True)
                or (not _PLACE_NOUNS.match(after.strip())
                    and _glued_name(toks, i + size, text, before=False))):
            i += size
            continue
        if k in demonyms() and not ptype and not (has_country and len(surface) > 3 and (
                (_COUNTRY_NOT_ADJECTIVE.search(
                    before[-12:]) and not _NOUN_AFTER_ADJECTIVE.match(after))
                    or _COUNTRY_ENDS_PHRASE.match(after))):
            # "Myanmar military", "US forces": whose (but "in Myanmar", "Myanmar: Flash
            # Update", "… across Myanmar." name the country)
            i += size
            continue
        prev_word = before.split()[-1].lower() if before.split() else ""
        if prev_word == "capital,":
            prev_word = "capital"  # "the capital, Sanaa" (but "Further south, Russia …")
        # (a table row's place field opens after its separator: "| Sopore, Baramulla …")
        locative = (prev_word in _LOCATIVE or prev_word in ("the", "capital", "city", "|")
                    or prev_word in _STRUCK or bool(_DIRECTION.fullmatch(prev_word)))
        weight = 1.0
        if surface.isupper() and not has_country and _CAPS_ITEM_AFTER.match(after) and (
                not before.strip() or before.rstrip()[-1] in ".)" or before.endswith("\n")):
            # "1. BANGUI / 3e arr. (PK5): 13/02 ~16h, …": a note's item headed by its place
            weight = 2.0
        elif (surface.isupper() and len(surface) > 3 and not has_country) or (
                _TITLED_DATELINE.match(after) and _LINE_OF_CITIES.search(before)):
            # "KYIV —", "Mexico City, October 19, 2023 -", "Geneva/Kinshasa, 16 July 2019 -":
            # a dateline says where the reporter is, not the event
            weight = 0.3
            locative = False
        if locative and institution_text and has_country and _inside_institution(text, start):
            # "The Rwanda Defence Force said …": whose force, not where it acted
            locative = False
            weight = 0.4
        if locative:
            weight += 1.0
        if _PLACE_NOUNS.match(after.strip()):
            weight += 1.0
        if HIT_SUBJECT.match(after) and (not before.strip() or before.rstrip()[-1] in ".:;"):
            weight += 1.0  # "Kozacha Lopan was hit by rocket fire": the place hit, as subject
        if _DEMONYM_PEOPLE.match(after) and not locative:
            weight -= 0.5
        if (not locative and _GOVERNMENT_SPEAKS.match(after)
                and (not before.strip() or before.rstrip()[-1] in ".:;,")
                and all(p.kind in ("town", "admin1") for p in places)
                and any(p.kind == "town" and p.population >= 300_000 for p in places)):
            weight = min(weight, 0.3)  # "Baku blames Armenian forces; Yerevan denies …"
        if has_country and not locative and (
                _DEMONYM_PEOPLE.match(after) or _glued_name(toks, i + size, text, before=False)):
            weight = 0.4  # "US forces", "US Central Command": whose, not where
        if _FLAG_AFTER.match(after):
            # "a Malta-flagged bulk carrier", "a Sabah-registered trawler": where the ship is
            # listed, not where it was hit
            weight = 0.0 if "flag" in after[:20].lower() else 0.3
        if _BORDER_BEFORE.search(before) or _BORDER_AFTER.match(after) or (
                has_country and _NATIONALS_OF.search(before)):
            weight = 0.3
        # "a caregiver from Kottayam in Kerala, India": where she came from, all of it
        came_from = from_end >= 0 and _CHAINED.fullmatch(text, from_end, start) is not None
        if came_from:
            weight = 0.0
        if weight <= 0.3 and (came_from or _FROM_BEFORE.search(before)):
            from_end = end
        if _BURIED_BEFORE.search(before):
            weight = 0.0
        elif _WENT_TO_BEFORE.search(before) or _CAME_FROM_BEFORE.search(before) or (
                _BOUND_FOR.search(before)):
            weight = 0.3  # "the assailants withdrew toward the Gourma", "airlifted to Bogota"
        if _ALLIED_BEFORE.search(before):
            weight = 0.3  # "militias allied to Kinshasa", "rebels backed by Rwanda": whose
        if not has_country and _GOVERNMENT_VOICE.match(after) and not _PEOPLE_OF.search(before):
            weight = 0.3  # "Kinshasa blamed the M23": a capital speaking for its government
        if _AFTER_ANOTHER_ACT.search(before):
            weight = 0.3  # "… a day after the drone attack on the Homs Military Academy": its
            # place is the earlier act's
        if _CAPITALS_RULE.match(after) and before.endswith(("the ", "The ")):
            weight = 0.0  # "terrorists of the Kyiv regime": a government named by its seat
        if has_country and _FORCES_OF_BEFORE.search(before):
            weight = 0.3  # "Military Forces of Saudi Arabia (2015-) artillery hit …": whose
        if has_country and _BLAMED_BEFORE.search(before):
            weight = 0.3  # "The strike was widely attributed to Israel": who, not where
        if has_country and _ACTS_OF_COUNTRY.match(after):
            weight = min(weight, 0.3)  # "appalled by Israel's killing of a correspondent in
            # Gaza City": whose act, not where
        if launch_text and _LAUNCHED_FROM.search(text, max(0, start - 120), start):
            weight = 0.3
        if _BORDER_WITH.search(before):
            weight = 0.0  # "near the border with Mali": the other side of it, not here
        ttype = not country_of and bool(_TOWN_TYPE_AFTER.match(after)
                                        or _TOWN_TYPE_BEFORE.search(before))
        if ttype:
            weight += 1.0
        elif not country_of and _QUARTER_AFTER.match(after) and all(
                p.kind == "town" and p.population < 100_000 for p in places):
            weight = min(weight, 0.5)  # "in the Shaab neighbourhood": a city's quarter, not a
            # small town of that name abroad (the text's city says whose)
        # "…, Borno state, Nigeria.": the country closing an address is where it happened
        owned = bool(out) and text[out[-1].end:start] in ("'s ", "’s ")
        if owned:
            owner = [m.place for m in out if m.start == out[-1].start]
            top = max((p.population for p in owner if p.kind == "town"), default=0)
            # the owner as it is meant: a region or country, or its most populous town
            owners = {p.country2 for p in owner if p.kind != "town" or p.population == top}
            inside_owner = [p for p in places if p.country2 in owners]
            if not inside_owner:
                i += size  # a part of the owner the gazetteer does not know
                continue
            places = inside_owner
            has_country = any(p.kind == "country" for p in places)
        if has_country and out and prev_word == "in" and text[out[-1].end:start].strip() == "in" \
                and out[-1].place.kind == "town":
            # "the town of El Wak in Somalia": the town's readings elsewhere are not meant
            _pin_readings(out, out[-1].start,
                          next(p.country2 for p in places if p.kind == "country"))
        prev_country = bool(out) and out[-1].place.kind == "country" and text[
            out[-1].end:start].strip() == ","  # "Iraq, Syria": a list, not an address
        if has_country and not prev_country and not came_from and _ADDRESS_BEFORE.search(
                before) and _ADDRESS_AFTER.match(after):
            weight = max(weight, 2.5)
            country2 = next(p.country2 for p in places if p.kind == "country")
            comma = before.rstrip()
            # the named place before the comma lies in this country: drop its other readings
            while out and out[-1].end >= start - len(before) + len(comma) - 20 and out[
                    -1].place.kind != "country" and text[out[-1].end:start].strip(" ,.") in (
                    "", "province", "state", "region", "governorate", "district"):
                if _pin_readings(out, out[-1].start, country2):
                    break
        sel = list(places)
        if bracket_region or (_HIERARCHY_NEXT.match(after) and _HIERARCHY_BEFORE.search(before)
                              and any(p.kind == "admin1" for p in places)):
            # (and a database line's place hierarchy, "… (2022-) - Nabatiyeh / Marjayoun /
            # Khiam -": its region is where, whatever forces the line names before it)
            weight = max(weight, 2.5)
        if ptype and not any(p.kind == "admin1" for p in sel):
            weight -= 1.0  # "Kasai province": a province we lack, not a town that shares its name
        if ptype and any(p.kind == "admin1" for p in sel):
            sel = [p for p in sel if p.kind == "admin1"]
        elif (has_country and k in _region_aliases() and any(
                p.kind == "admin1" and p.country2 == c.country2 for p in sel for c in sel
                if c.kind == "country")):
            sel = [p for p in sel if p.kind == "admin1"]  # "West Bank": the region itself
        elif ttype and any(p.kind == "town" for p in sel):
            sel = [p for p in sel if p.kind == "town"]
        prev_town = (bool(out) and out[-1].place.kind == "town"
                     and _CONTAINER_GAP.fullmatch(text, out[-1].end, start) is not None)
        if any(p.kind == "admin1" for p in sel) and any(p.kind == "town" for p in sel) and (
                (prev_town and {p.admin1_gn for p in sel if p.kind == "admin1"} & {
                    x.place.admin1_gn for x in out if x.start == out[-1].start})
                or _COMPASS_GLUED.search(before)):
            # "near Tame, Arauca": the department of Tame, not the city of Arauca; "North
            # Cotabato" is a province, not the city of Cotabato
            sel = [p for p in sel if p.kind == "admin1"]
        if prev_town and sel and all(p.kind == "admin1" for p in sel):
            ptype = True  # "Liancourt, Artibonite": the address's region, as if typed
        if _AUTHORITY_AFTER_PLACE.match(after) and any(p.kind == "admin1" for p in sel):
            # "the Zaporizhzhia regional administration said": the region speaking, not its city
            sel = [p for p in sel if p.kind == "admin1"]
        if any(p.kind == "site" for p in sel):
            sel = [p for p in sel if p.kind == "site"]
        elif any(p.kind == "country" for p in sel):
            sel = [p for p in sel if p.kind == "country"]
        # "in Iraq and Syria": the second place shares the first one's locative cue
        if (not locative and prev_word in ("and", "or", "&") and out
                and start - out[-1].end <= 6 and out[-1].weight >= 2.0):
            weight += 1.0
        # A town known only by an alternate spelling must be cued or sizeable.
        # ("Kirkuk's Hawija": a name a known place owns is a place)
        cued = locative or ttype or owned or _PLACE_NOUNS.match(after.strip()) is not None
        # (GeoNames lists district seats without a population: 0 is "unknown", and a cued
        # name with that single reading is meant: "in Tal Afar" is Tall 'Afar)
        sel = [p for p in sel if p.kind != "town" or same_spelling(p.name, k)
               or (cued and (p.population >= 15000 or (p.population == 0 and len(places) == 1)))
               or p.population >= 100000]
        sel = [p for p in sel if p.kind != "town" or cued or p.population >= 1000]
        if not sel:
            i += size
            continue
        for p in sel:
            out.append(Mention(p, start, end, surface, weight, len(sel),
                               ptype and p.kind == "admin1"))
        i += size
    return out


def _pin_readings(out: list[Mention], start: int, country2: str) -> bool:
    """Keep only the readings in ``country2`` of the name found at ``start`` (the text has
    said where it lies); a name with none there is dropped. True when one was kept."""
    keep = [m for m in out if m.start == start and m.place.country2 == country2]
    out[:] = [m for m in out if m.start != start] + keep
    return bool(keep)


_ADDRESS_BEFORE = re.compile(
    r"[A-Z][\w'’\-]*(?:\s+(?:province|state|region|governorate|district|county|oblast|"
    r"department|division|city|town|prefecture))?[.)]?,\s*$")
_ADDRESS_AFTER = re.compile(r"^\s*(?:[.;:)]|,|\s*[a-z]|$)")
_DIRECTION = re.compile(
    r"(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|"
    r"north-?western|south-?eastern|south-?western|north-?east|north-?west|south-?east|"
    r"south-?west|rural|downtown|restive|neighbouring|neighboring)")
_BORDER_BEFORE = re.compile(r"\bborder\s+(?:with|of)\s+(?:the\s+)?$|\bfrom\s+(?:the\s+)?$"
                            r"|\b(?:embass(?:y|ies)|consulates?|"
                            r"ambassadors?)\s+of\s+(?:the\s+)?(?:\w+\s+and\s+(?:the\s+)?)?$",
                            re.IGNORECASE)
# a company's name ("infrastructure of Naftogaz Group in the Poltava region"), no village's
_COMPANY_END = re.compile(r"\b(?:Group|Company|Corporation|Holdings?|Ltd|LLC|P?JSC|PLC|plc|Inc|"
                          r"Consortium|Authority|Ministry)$")
# an abduction's end: "his body was found in Indanan", "the hostages were released in Jolo"
_HOSTAGES_FATE = re.compile(r"\b(?:bod(?:y|ies)\s+(?:was|were)\s+(?:later\s+)?(?:found|recovered|"
                            r"dumped)|(?:was|were)\s+(?:later\s+)?(?:released|freed))\s+(?:in|at|"
                            r"near)\s+(?:the\s+)?$", re.IGNORECASE)
_HOSTAGES = re.compile(r"\b(?:hostages?|captives?|abduct\w*|kidnap\w*)", re.IGNORECASE)
# "for burial at her parish church in Kottayam", "Buried in Inayat Kali": where the dead were laid
# to rest, not where they died
_BURIED_BEFORE = re.compile(r"(?:\bfor\s+burial|\b(?:was|were|is|are|be)\s+buried|\blaid\s+to\s+"
                            r"rest|(?:^|[.;|]\s*)buried)\b[^.;]{0,40}$",
                            re.IGNORECASE)
_UNIT_GAP = re.compile(r"\s*(?:[a-z]+\s+)?")
_CHAINED = re.compile(r"\s*(?:,|in)\s*")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# "citizens of Mali": a nationality (but "residents of Bakura" are the town's people, there)
_NATIONALS_OF = re.compile(r"\b(?:citizens?|nationals?|natives?|residents?)\s+of\s+(?:the\s+)?"
                           r"(?:\w+\s+and\s+(?:the\s+)?)?$", re.IGNORECASE)
# "rockets fired from an IS-held region in Syria hit Kilis": where the fire came from, up to
# the clause that says where it hit (but "fired from a van parked near … in Newry" is there)
_LAUNCH_WORDS = frozenset(("fired", "launched", "lobbed"))
_LAUNCHED_FROM = re.compile(
    r"\b(?:fired|launched|lobbed)\s+(?:\w+\s+){0,4}?from\s+(?:(?:the|an?)\s+)?"
    r"(?:[A-Z]|(?:\w+-)?(?:held|controlled)\b|areas?\b|region\b|territory\b|positions?\b|"
    r"across\b|(?:north|south|east|west)(?:ern)?\b)"
    r"(?![^.;]*\b(?:hit|hitting|struck|striking|landed|landing|fell|falling|crashed|slammed|"
    r"impacted|entered|entering|reached|intercepted|over|into|to|towards?|at|on)\b)"
    r"[^.;]*$")
_FORCES_OF_BEFORE = re.compile(r"\bForces\s+of\s+(?:the\s+)?$")
_BORDER_WITH = re.compile(r"\bborders?\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_BORDER_AFTER = re.compile(r"^(?:[-\s]+\w+)?\s+border\b|^-(?:\w+)\s+border", re.IGNORECASE)
_NAME_OK_NEIGHBOURS = _LOCATIVE | {"the", "a", "an", "and"}


# words that end English place names ("Parsons Green", "Bethnal Green") rather than follow
# a town as a separate word
_NAME_TAIL_WORDS = frozenset("green red white black gold golden long great little".split())

_NAME_JOINERS = frozenset("al el ad ar as an ash az ez es ed at ath wa de del da do dos das di du "
                          "la le bin ibn abu y".split())


# a log line's fields between dashes: "061430ZMAR12 – Khost prov – FOB Salerno received IDF"
_LOG_FIELD_BEFORE = re.compile(r"[–—]\s*$")
_LOG_FIELD_AFTER = re.compile(r"\s*(?:[–—]|,\s+[A-Z])")
_ENGLISH_JOINERS = frozenset(("an", "as", "at", "do"))
_ABBREVIATIONS = frozenset(("est", "approx", "incl", "vic", "nr", "pt", "no"))


def _glued_name(toks: list, j: int, text: str, before: bool) -> bool:
    """True when token j is a capitalised word directly touching the match (same name)."""
    if j < 0 or j >= len(toks):
        return False
    s, e, w, k = toks[j]
    if not before and k in _NAME_JOINERS and j + 1 < len(toks) and _is_cap(toks[j + 1][2]) \
            and text[e:toks[j + 1][0]] == " " and text[toks[j - 1][1]:s] == " " and not (
                # ("In Glushkovo an FPV drone attacked", "in Rafah an Israeli strike": the
                # English article, before an acronym or a nationality)
                toks[j + 1][2].isupper() or (k in _ENGLISH_JOINERS
                                             and toks[j + 1][3] in demonyms())):
        return True  # "Tala wa Barfak", "Hammam al Alil": a longer name we do not know
    if before and k in _NAME_JOINERS and j >= 1 and _is_cap(toks[j - 1][2]) \
            and text[toks[j - 1][1]:s] == " " and text[e:toks[j + 1][0]] == " " and not (
                # ("rockets from southern Lebanon at Kiryat Shmona": a place, then English "at")
                k == "at" and name_index().get(toks[j - 1][3]) is not None):
        return True  # "Lanao del Sur": no town called Sur
    if not _is_cap(w) or k in _NAME_OK_NEIGHBOURS or k in _MONTHS_DAYS:
        return False
    if k in _STOP and (before or k not in _NAME_TAIL_WORDS):
        return False  # ("Kabul Police": the city's police; but "Parsons Green" is one name)
    if _PLACE_NOUNS.match(w) or _REGION_WORD.match(w):
        return False
    if not before and any(_FACILITY.match(t[2]) for t in toks[j + 1:j + 3]):
        return False  # "the Haditha Asphalt Factory": a facility named after its town
    gap = text[e:toks[j + 1][0]] if before else text[toks[j - 1][1]:s]
    return gap.strip() == "" and "\n" not in gap


_FACILITY = re.compile(r"(?:Factory|Plant|Refinery|Dam|Bridge|Stadium|Hospital|University|"
                       r"College|School|Market|Mosque|Church|Airport|Airfield|Prison|Station|"
                       r"Hotel|Mall|Complex|Field|Port|Palace|Cemetery|Shrine|Base)$")
_MONTH_ABBR = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split())
_REGION_WORD = re.compile(r"(?:Province|District|Governorate|State|Region|County|City|Town|"
                          r"Village|Department|Oblast|Prefecture|Municipality|Division|Regency|"
                          r"Territory)$")


@cache
def _demonym_re() -> re.Pattern[str]:
    names = sorted({d for d in _demonym_surfaces()}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(d) for d in names) + r")\b")


@cache
def _demonym_surfaces() -> tuple[str, ...]:
    return tuple(d for r in data_table("demonyms.csv") for d in r["demonyms"].split("|"))


def find_demonyms(text: str) -> list[tuple[str, float, int, int]]:
    """(alpha-2, weight, start, end) for nationality adjectives ("the Afghan town of")."""
    return list(_find_demonyms(text))


@lru_cache(maxsize=4096)
def _find_demonyms(text: str) -> tuple[tuple[str, float, int, int], ...]:
    dem = demonyms()
    out = []
    for m in _demonym_re().finditer(text):
        iso2 = dem.get(key(m.group(1)))
        if not iso2:
            continue
        after = text[m.end():m.end() + 40]
        if _DEMONYM_COMPOUND.match(after):
            w = 0.0  # "a French-speaking Belgian", "Iranian-backed militias": not where
        elif re.match(r"^\s+(?:border|frontier)\s+(?:town|city|village|district|province|post|"
                    r"crossing|checkpoint|area|region)\b", after, re.IGNORECASE):
            w = 3.5  # "the Afghan border town of Torkham": this side of the border
        elif re.match(r"^\s+(?:border|frontier)\b", after, re.IGNORECASE):
            w = 0.3  # "near the Iranian border": on this side of it
        elif _DEMONYM_NAMED_SITE.match(after):
            w = 0.0  # "the Ethiopian Village restaurant" in Kampala: a site's name
        elif _DEMONYM_PLACE.match(after):
            # ("rockets fired from Syrian territory struck Hermel": where the fire came from)
            w = 0.3 if _LAUNCHED_FROM.search(text, max(0, m.start() - 120), m.end()) else 3.5
        elif _DEMONYM_ABROAD.match(after):
            w = 0.0  # "a Togolese peacekeeper", "Turkish tourists": people away from home
        elif _DEMONYM_PEOPLE.match(after):
            w = 1.2
        elif _DEMONYM_WEAPON.match(after):
            w = 0.0  # "a Russian missile killed 20", "an Israeli drone": whose, not where
        else:
            w = 0.6
        out.append((iso2, w, m.start(), m.end()))
    return tuple(out)


# weapon systems named after places or words that are also places
_WEAPON_SYSTEMS = frozenset(("grad", "uragan", "smerch", "tornado", "tochka", "iskander", "kalibr",
                             "kinzhal", "shahed", "geran", "katyusha", "qassam", "scud", "fateh",
                             "burkan", "zelzal", "quds", "toophan", "almas"))
_WEAPON_AFTER = re.compile(r"(?:-[\w-]+)?\s*(?:rockets?|missiles?|launchers?|MLRS|systems?|"
                           r"drones?|salvos?|barrages?|munitions?|rocket\s+fire)\b",
                           re.IGNORECASE)
# a capital standing for its government: "Yerevan denies targeting civilians"
_GOVERNMENT_SPEAKS = re.compile(r"\s+(?:denie[sd]|blame[sd]|accuse[sd]|reject(?:s|ed)|"
                                r"insist(?:s|ed)|claim(?:s|ed)|say(?:s)?|said|warn(?:s|ed)|"
                                r"condemn(?:s|ed)|vow(?:s|ed)|retaliat\w+)\b")
# (a quarter after it, not a town: "BANGUI / 3e arr. (PK5):")
_CAPS_ITEM_AFTER = re.compile(r"\s*/\s*(?:\d|[a-z])[^:\n]{0,40}:")
_HIERARCHY_NEXT = re.compile(r"\s/\s[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*\s/\s[A-Z]")
_HIERARCHY_BEFORE = re.compile(r"(?:^|\s[-–—]\s|\n)$")
_DEMONYM_WEAPON = re.compile(r"^\s+(?:[\w-]+\s+)?(?:missiles?|drones?|rockets?|shells?|"
                             r"warplanes?|jets?|helicopters?|bombers|warships?|artillery|"
                             r"air\s*strikes?|airstrikes?|strikes?)\b", re.IGNORECASE)
# a nationality glued into an adjective says who spoke, backed or made, not where it happened
_DEMONYM_COMPOUND = re.compile(r"^-(?:speaking|backed|led|made|born|trained|funded|supplied|"
                               r"built|designed|sponsored|allied|aligned|language)\b")
_OWNER = re.compile(r"^.*?['’]s\s+")
# (a street first, "Location: Hamra Street, West Beirut", is an address: the next name is the
# place)
_LOCATION_FIELD = re.compile(r"\b(?P<l>(?i:Locality|Village|Location|Position|Place|Upazila|"
                             r"Municipality|Settlement|Township))(?:\s*[:=]|\]|\s+[—–])\s*"
                             r"(?:[^,\n.|;()]{2,40}?\s"
                             r"(?:Street|Road|Avenue|Boulevard|Square),\s*)?"
                             r"(?:(?:farmland|fields?|outskirts|area)\s+(?:near|of)\s+)?"
                             r"(?P<v>[^,\n.|;()\[/·▸—–]{2,80}?)(?:\s+(?:village|town|city))?"
                             r"\s*(?:[,(|;/·▸—–\[\n]|$|(?=\s[A-Z][\w ]{1,20}:))")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*\s$")


def _unit_after_name(passage: str, m: re.Match[str]) -> bool:
    """"Kanan village, Tamu township: jets bombed …": a unit word after its name is no field
    label, and what follows its colon is the story, not a place."""
    label = m["l"]
    return (label.islower() and label not in ("location", "position", "place")
            and _NAME_BEFORE.search(passage, max(0, m.start() - 40), m.start()) is not None)


_PIPE_FIELD_PLACE = re.compile(r"\|\s*(?P<v>[A-Z][a-z][\w'’-]*(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)"
                               r"{0,2})\s*(?:\([^()|]{1,60}\)\s*)?(?=\|)")
_FIELD_RANK = {"locality": 0, "village": 0, "location": 1, "position": 1, "place": 1,
               "settlement": 1, "upazila": 2, "municipality": 2, "township": 2}
_FIELD_DISTANCE = re.compile(r".*?\b(?:\d+(?:\.\d+)?\s*(?:km|kilomet\w+|miles?)\s+(?:\w+\s+)?"
                             r"(?:of|from)|near|outside)\s+(?P<t>[A-Z].*)$")
_GENERAL_AREA = re.compile(r"\bGeneral\s+Area\b")
_OFFICE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:(?:AREA|PROJECT|SUB-?|FIELD|"
                     r"REGIONAL|LIAISON|COUNTRY|Area|Project|Sub-|Field|Regional|Liaison|Country)"
                     r"\s*)?(?:OFFICE|Office)\b")
_NAME_WORD = r"(?:(?:al|el|ad|as|an|ar|ash|az)-)?[A-Z][\w'’\-]+"
_NAME_JOIN = r"(?:\s+(?:wa|al|el|de|del|de\s+la|da|do|dos|du|la|bin|ibn|abu|y)(?=\s+[A-Z]))?"
_LOG_PLACE = re.compile(
    r"(?:\b(?:vic|nr)\.?\s+|\b\d+(?:\.\d)?\s*km\s+(?:[NSEW]{1,3}|north|south|east|west|"
    r"north-?east|north-?west|south-?east|south-?west)\s+of\s+|\b(?P<site>FOB|COP|PB|Camp)\s+)"
    r"(?P<n>" + _NAME_WORD + r"(?:\s+(?!(?:received|was|were|came|camp|base)\b)[A-Z][\w'’\-]+)?)")
# the parts of a town ("the Zahra district of Homs", "in Hodan district, Mogadishu")
_TOWN_PART = r"district|neighbou?rhood|suburb|quarter|sector"
_QUARTER_TYPE = re.compile(r"(?:" + _TOWN_PART + r")$", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")
_IN_UNIT_OF = re.compile(r"in\s+the\s+(?:circle|cercle|commune|department|province|district|"
                         r"territory|municipality|prefecture|sector|region|locality|hromada|raion|"
                         r"tehsil|county|state|governorate|(?:tribal\s+)?area)\s+of\s+[A-Z]",
                         re.IGNORECASE)
_CITY_PART = re.compile(r"\s+(?i:town|area|neighbou?rhood|sector|quarter|suburb)\b")
_UNNAMED_PLACE = re.compile(
    r"\b(?:town|village|city|hamlet|locality|commune|area|neighbou?rhood|suburb|district|"
    r"municipality|settlement|township|county|cercle|outskirts|edges?|"
    # ("the gendarmerie brigade of Kantchari", "the municipal seat of Argelia")
    r"brigade|garrison|seat)\s+of\s+"
    r"((?:[A-Z][\w'’\-]+)(?:\s+(?:al-|el-)?[A-Z][\w'’\-]+){0,3})"
    r"|(?:\b(?:in|at|near|of|attacked|raided|stormed|struck|hit|shelled|into|targeted|towards?|"
    r"on|against|from)|['’]s)\s+(?:the\s+)?"
    rf"({_NAME_WORD}(?:{_NAME_JOIN}\s+{_NAME_WORD}){{0,2}})\s+"
    r"(?i:district|village|area|town|neighbou?rhood|sector|camp|region|province|county|"
    r"township|cercle|tehsil|local\s+government|department|municipality|mountains|airport|"
    r"airfield|base\s+camp|barracks|outpost|hamlet|air\s*base|"
    r"(?:refugee|idp|displacement)\s+(?:camp|site))\b"
    # "raided Mangor community": a community attacked is a place ("the Jewish community"
    # of a town is its people)
    rf"|\b(?:attacked|raided|stormed|invaded|overran|(?:assault|attack|raid)s?\s+on)\s+(?:the\s+)?"
    rf"({_NAME_WORD}"
    rf"(?:{_NAME_JOIN}\s+{_NAME_WORD}){{0,2}})\s+(?i:community)\b"
)


def _places_of_parts(parts: list[str]) -> tuple[list[Mention], list[tuple[str, float, int, int]]]:
    """Mentions of a passage made of sentences joined by one space, from per-sentence caches."""
    mentions: list[Mention] = []
    dems: list[tuple[str, float, int, int]] = []
    offset = 0
    for part in parts:
        for m in _find_places(part):
            mentions.append(Mention(m.place, m.start + offset, m.end + offset, m.surface,
                                    m.weight, m.candidates, m.typed))
        for iso2, w, a, b in _find_demonyms(part):
            dems.append((iso2, w, a + offset, b + offset))
        offset += len(part) + 1
    return mentions, dems


_LOWER_LOCATION = re.compile(r"\b[Ll]ocation:\s*(?P<v>[a-z][a-z' -]{2,40}?)\s*(?:\n|$|"
                             r"(?=\s[A-Z][\w ]{1,20}:))")


def resolve(passage: str, context: str = "", prior: dict[str, float] | None = None,
            parts: list[str] | None = None, home: str | None = None) -> Location:
    """Where the incident told in ``passage`` took place (see ``_resolve``), its place's
    name without the capitalised preposition a sentence may open on ("In Djugu territory
    (Ituri), militiamen attacked …" is Djugu)."""
    loc = _resolve(passage, context, prior, parts, home)
    if loc.location and (m := _OPENING_PREPOSITION.match(loc.location)) is not None and (
            name_index().get(key(loc.location)) is None):  # (not In Amenas, a place so named)
        loc = replace(loc, location=loc.location[m.end():])
    return loc


_OPENING_PREPOSITION = re.compile(r"(?:In|At|Near|On|From)\s+(?=[A-Z])")


def _resolve(passage: str, context: str = "", prior: dict[str, float] | None = None,
             parts: list[str] | None = None, home: str | None = None) -> Location:
    """Resolve where the incident told in ``passage`` took place.

    ``context`` (the rest of the article, headline) only breaks ties; ``prior`` adds weak
    evidence per alpha-2 country (e.g. the home country of a named armed group). ``home`` is a
    local source's country (alpha-2, its weight already in ``prior``): a small town name it has
    no bearer of is read as its village the gazetteer lacks.
    """
    if "ocation:" in passage and (lm := _LOWER_LOCATION.search(passage)) is not None:
        # a citizen's report typed in lower case: "Location: konduga" names its town all the same
        value = lm.group("v")
        passage = passage[:lm.start("v")] + value.title() + passage[lm.end("v"):]
        parts = None
    if "General Area" in passage:
        # "a post in General Area Boya": Pakistani military usage for the area around Boya
        passage = _GENERAL_AREA.sub(lambda m: " " * len(m.group()), passage)
    if "OFFICE" in passage or "Office" in passage:
        # "JOS AREA OFFICE – INCIDENT LOG": where the reporting office sits, not the event
        passage = _OFFICE.sub(lambda m: " " * len(m.group()), passage)
    if ("retaliation" in passage or "response to" in passage or "revenge" in passage) and (
            (avenged := AVENGED_CLAUSE.sub(lambda m: " " * len(m.group()), passage)) != passage
            and any(m.weight >= 0.3 for m in find_places(avenged))):
        # "… struck military sites in several provinces, in retaliation for Iran's missile
        # barrage on Israel": the act avenged happened elsewhere; its places say nothing of
        # this one's (when this one's own words name a place)
        passage, parts = avenged, None
    if parts is not None and " ".join(parts) == passage:
        mentions, passage_dems = _places_of_parts(parts)
    else:
        mentions, passage_dems = find_places(passage), find_demonyms(passage)
    score: dict[str, float] = defaultdict(float)
    # One name gives evidence once per country (its best reading), and an ambiguous town
    # name mostly to its most populous bearer ("Damascus" is Syria's, not Maryland's).
    by_span: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for m in mentions:
        by_span[(m.start, m.end)].append(m)
    # "Haiti – Artibonite: …", "Antioquia: grenade attack …": a note's heading names where
    header = {m.place.country2 for m in mentions
              if m.place.kind in ("country", "admin1") and (
                  (m.start <= 40 and _HEADING_END.match(passage, m.end))
                  # ("Region: Hiiraan; District: Mahas": a record's field names its region)
                  or _REGION_FIELD.search(passage, max(0, m.start - 16), m.start))}
    named = {m.place.country2 for m in mentions
             if m.place.kind in ("country", "site") and m.weight >= 1.0} | header
    named |= {iso2 for iso2, w, _s, _e in passage_dems if w >= 3.0}
    # (a chronology's or a bulletin's title names the country of every entry under it)
    named |= {iso2 for iso2, w in (prior or {}).items() if w >= 2.0}
    # countries the text says things happened in ("in northern Mozambique")
    named_in = {m.place.country2 for m in mentions
                if (m.place.kind == "country" and m.weight >= 2.0) or m.typed} | header
    # ("near the Cameroon border in Kala/Balge LGA": a unit only Nigeria has says where, and
    # Algeria's Kala is no village of it)
    named_in |= unit_countries(passage)
    # weaker anchors: the nationality of the people involved ("a Lebanese army soldier") and
    # the home country of a named group; they choose among a name's readings, never against
    # a much bigger city ("American troops in Tripoli" is not Tripoli, Illinois)
    leaning = {iso2 for iso2, w, _s, _e in passage_dems if w >= 1.2}
    leaning |= {iso2 for iso2, w in (prior or {}).items() if w >= 0.6}
    whose_counted: set[str] = set()
    for group in by_span.values():
        anchored = [m for m in group if m.place.country2 in named]
        if not anchored and leaning:
            anchored = [m for m in group if m.place.country2 in leaning]
            top = max((m.place.population for m in group), default=0)
            if top >= 50_000 and max((m.place.population for m in anchored),
                                     default=0) * 50 < top:
                anchored = []
        if anchored and len(anchored) < len(group):
            group = anchored
        # "the town of Palma in northern Mozambique": a name borne by towns of several other
        # countries (Palma de Mallorca) is this country's village the gazetteer lacks
        group_countries = {m.place.country2 for m in group}
        foreign = bool(named_in) and not anchored and (
            len(group_countries) > 1 or not group_countries & named_in) and all(
            m.place.kind == "town" for m in group)
        # (a local paper's small town with no namesake at home is its village the gazetteer
        # lacks: a Pakistani paper's "in Bara" is not Sudan's Bara, but its "in Kabul" is Kabul)
        abroad = home is not None and not anchored and home not in group_countries and all(
            m.place.kind == "town" and m.place.population < 100_000 for m in group)
        if _PART_OF_TOWN.match(passage[group[0].end:group[0].end + 60]) and not (
                _city_before_its_part(group, passage, mentions)):
            foreign = True  # "the Eastleigh district of Nairobi": the city says whose
        # the most populous bearer of the name as written: a town known by this name only as
        # an alternate spelling ("Barani" for Bāruni) does not outrank the one called so
        towns_ = [m.place.population for m in group if m.place.kind == "town"]
        top_pop = max(towns_, default=0)
        exact = [m.place.population for m in group if m.place.kind == "town"
                 and same_spelling(m.place.name, key(m.surface))]
        if exact and max(exact) * 20 >= top_pop:
            # (but "Marseilles" is still Marseille, not Marseilles, Illinois)
            top_pop = max(exact)
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
                if not same_spelling(m.place.name, key(m.surface)):
                    v *= 0.4  # known by an alternate spelling only
            if foreign:
                v *= 0.3
            if abroad:
                v *= 0.1
            best[m.place.country2] = max(best.get(m.place.country2, 0.0), v)
        whose = all(m.place.kind == "country" and m.weight <= 0.4 for m in group)
        for c, v in best.items():
            if whose:
                # "US military … US personnel … US service members": whose, said thrice, is
                # still not where; it counts once
                if c in whose_counted:
                    continue
                whose_counted.add(c)
            score[c] += v
    # a nationality said again and again ("US military … US personnel … US service members")
    # is one piece of evidence, at its strongest reading
    dem_best: dict[str, float] = {}
    for iso2, w, _s, _e in passage_dems:
        dem_best[iso2] = max(dem_best.get(iso2, 0.0), w)
    for iso2, w in dem_best.items():
        score[iso2] += w
    if prior:
        for iso2, w in prior.items():
            score[iso2] += w
    ranked_scores = sorted(score.values(), reverse=True)
    close = not ranked_scores or (len(ranked_scores) > 1
                                  and ranked_scores[0] - ranked_scores[1] < 1.0)
    if context and close:  # the rest of the article is read only to break a tie
        for iso2, v in _context_evidence(context).items():
            score[iso2] += v
    # Towns whose country is otherwise evidenced get a lift (disambiguates "Hilla", "Bara").
    # Once per name and country: a name borne by many towns of one country is one name.
    supported = {c for c, s in score.items() if s >= 1.5}
    for c in {(m.start, m.place.country2) for m in mentions
              if m.place.kind == "town" and m.place.country2 in supported}:
        score[c[1]] += 0.5
    loc = Location()
    if not score or max(score.values()) <= 0.0:
        return loc  # only a border named, or nothing: no country is better than a guess
    best = max(score.items(), key=lambda kv: (kv[1], kv[0]))
    iso2, s = best
    total = sum(v for v in score.values() if v > 0) or 1.0
    loc.confidence = min(1.0, 0.35 + 0.5 * s / total + 0.05 * min(s, 3))
    _fill_country(loc, iso2)
    # datelines ("BAMAKO —") count for the country but never as the place
    inside = [m for m in mentions if m.place.country2 == iso2 and m.weight >= 0.5]
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
    # Rank the candidate places: sites, cued towns, and named-but-unknown villages; a town used
    # as a reference point ("20 km north of Baghdad") is where it did not happen.
    ranked: list[tuple[float, int, Mention | None, str]] = []
    # "in Nazran, the capital of the North Caucasus region of Ingushetia": what follows a
    # town in apposition says where the town lies, not where it happened
    appositions = [(m.end, passage.find(".", m.end) % (len(passage) + 1)) for m in towns
                   if _APPOSITION.match(passage, m.end)]
    title_end = _title_end(passage)
    heads, inners = _paren_places(passage, iso2)
    heads_after = list(_HEAD_AFTER_VILLAGE.finditer(passage)) if _HEAD_WORDS.search(
        passage) else []
    # (a town the text names as a village's typed unit: "near Los Pozos, Tepalcatepec
    # municipality (Michoacan)" happened at Los Pozos)
    unit_heads = {hm.start("h") for hm in heads_after if hm.group("v")
                  and not _REGION_WORD.search(hm.group("v"))
                  and _UNIT_AFTER_TOWN.match(passage, hm.start("h"))}
    for m in sites_:
        ranked.append((4.0 + _reference_penalty(passage, m.start), m.start, m, m.place.name))
    seen_spans: set[tuple[int, int]] = set()
    for m in sorted(towns, key=lambda m: -m.place.population):
        if (m.start, m.end) in seen_spans:
            continue  # one reading per name: the most populous in this country
        seen_spans.add((m.start, m.end))
        prio = m.weight + 0.15 * population_weight(m.place) + _reference_penalty(passage, m.start)
        if m.end <= title_end:
            prio += 2.0  # "2016 Dalori attack: ..." names the place of the event
        after = passage[m.end:m.end + 60]
        if _PART_OF_TOWN.match(after) and not _city_before_its_part([m], passage, mentions):
            prio -= 1.5  # "the Zahra district of Homs": the city is the place
        if any(_city_before_its_part([x], passage, mentions) for x in inside
               if x.end < m.start and m.start - x.end <= 20):
            prio -= 2.0  # "the Melbourne suburb of Coburg": the suburb, coded at its city
        if m.start <= 40 and _LOG_FIELD_AFTER.match(after) and _LOG_FIELD_BEFORE.search(
                passage, 0, m.start) and any(x.start == m.start and x.place.kind == "admin1"
                                            for x in mentions):
            prio -= 2.5  # "21 Jul 20 – Tillabéri – ISGS fighters …": the log's region field
        if (_REGION_AFTER.match(after) or _REGION_BEFORE.search(passage[max(0, m.start - 40):
                                                                         m.start])
                # ("near Crossmaglen, County Armagh": the county, not its town)
                or passage.endswith(("County ", "Co. "), 0, m.start)
                # ("near Tambo, La Mar province, Ayacucho, Peru": the chain of its containers)
                or _UNIT_COMMA_BEFORE.search(passage, max(0, m.start - 30), m.start)):
            prio -= 1.2  # "province of Mardin", "Anantnag district": the region, not its town
        if _POSSESSIVE_PART.match(after):
            qm = _CITY_QUARTER.match(after)
            part = (qm.group("w") or qm.group("w2")).lower() if qm else ""
            if qm and (_URBAN_PART_AFTER.match(" " + part) or m.place.population >= 500_000):
                # "Mogadishu's Hodan district", "Jerusalem's Armon Hanatziv neighbourhood": a
                # city's quarter is coded at the city (a province's district is the district:
                # "Herat's Shindand district")
                prio += 3.0
            else:
                # "Kirkuk's Hawija": the place is inside (surely so when the owner is also a
                # province: "Pattani's Yarang district")
                prio -= 2.5 if any(x.start == m.start and x.place.kind == "admin1"
                                   for x in mentions) else 1.5
        cm = _CONTAINER_NEXT.match(passage, m.end) if after.startswith(", ") or (
            after.startswith(" in ") and "between" not in passage[max(0, m.start - 60):m.start]
        ) else None
        if cm and any(x.start == cm.end() and x is not m for x in inside) \
                and _reference_penalty(passage, m.start) >= 0:
            # "Gongabu, Kathmandu city", "Nea Smyrni, in southern Athens": a place, then the
            # place containing it (but "a village near Beni, North Kivu": Beni is the
            # reference point of an address)
            prio += 1.5
        if any(a <= m.start < b for a, b in appositions):
            prio -= 2.0  # "in Kifissia, a northern suburb of Athens": where Kifissia lies
        if m.start in unit_heads:
            prio -= 1.5
        if (m.start, m.end) in heads:
            # "Djibo (Soum, Sahel)": the place an event note codes
            prio += 0.5 if _weak_head(passage, m.start, m.end) else 3.0
        elif any(a <= m.start < b for a, b in inners):
            prio -= 3.0  # the bracketed district and province say where the place lies
        ranked.append((prio, m.start, m, m.surface))
    for um in _UNNAMED_PLACE.finditer(passage):
        g = next((i for i in (1, 2, 3) if um.group(i)), 1)
        name = (um.group(g) or "").strip()
        start, end = um.start(g), um.end(g)
        first = name.split()[0] if name else ""
        if " " in name and key(first) in demonyms():
            name, start = name[len(first):].lstrip(), start + len(first) + 1  # "Russian Hmeimim"
        owner = _OWNER.match(name)
        if owner:  # "Samangan's Dara-I-Suf District": the district, not its province
            name, start = name[owner.end():], start + owner.end()
        if name.isupper() and len(name) > 2:
            continue  # "the MINUSMA camp", "an AMISOM base": an organisation's, not a place
        if name.startswith(_ACTOR_HEADS) and _inside_actor(passage, start):
            continue  # "fighters of the Islamic State Sahel Province": a group, not a place
        k = key(name)
        if not k or k in _STOP or k in demonyms() or _is_known_elsewhere(k, iso2):
            continue
        if any(m.start <= start < m.end for m in inside):
            continue  # a known place, ranked above
        if _PEOPLE_AFTER.match(passage, end):
            continue  # "a hamlet of Bengali settlers": who lived there, not where
        prio = 3.2 + _unknown_place_penalty(passage, start)
        if _PART_OF_TOWN.match(passage[end:end + 60]):
            prio -= 1.5
        elif (_QUARTER_TYPE.search(um.group(0)) and (cm := _COMMA.match(passage, um.end()))
              and any(m.start == cm.end() and m.place.kind == "town"
                      and m.place.population >= 200_000 for m in inside)):
            prio -= 2.5  # "in Hodan district, Mogadishu": a city's quarter, coded at the city
        elif (g == 2 and _CITY_PART.match(passage, end) and any(
                0 < start - m.end <= 3 and passage[m.end:m.end + 2] in ("'s", "’s")
                and m.place.kind == "town" and m.place.population >= 200_000 for m in inside)):
            prio -= 2.5  # "in #Quetta's Satellite Town": the same
        if any(a <= start < b for a, b in appositions):
            prio -= 2.0
        if any(hm.start("h") == start for hm in heads_after):
            prio -= 1.5  # "Dauran in Zurmi LGA": the district of the village named before it
        ranked.append((prio, start, None, name))
    for hm in heads_after:
        # "from Dauran in Zurmi LGA", "near Turbat, Kech district", "Ancha village in Bassa
        # LGA": the village or town named before a district is the place
        v, vs = hm.group("v"), hm.start("v")
        if _REGION_WORD.search(v) or key(hm.group("h").split()[0]) in demonyms() or (
                _STREET.search(v)) or _COMPANY_END.search(v):
            # ("on Tarata Street in the Miraflores district", "infrastructure of Naftogaz Group
            # in the Poltava region": a street, a company)
            # (and "Convención in the Colombian department of …" names no district)
            continue  # "in Diyarbakir Province, Sur district": a province, then its district
        if _inside_actor(passage, vs):
            continue  # "a column of …, remnant of Sendero Luminoso, in the district of Pichari"
        known = next((m for m in inside if m.start == vs), None)
        if known is not None and known.place.kind in ("country", "admin1"):
            continue  # "in Nigeria, Borno state": a container, not a village
        if known is not None:
            ranked.append((4.0 + _reference_penalty(passage, vs), vs, known, known.surface))
            continue
        k = key(v)
        # (a name borne by towns abroad, "El Paraíso, Chalatenango department", is still this
        # country's village: the district says where it lies)
        if not k or k in _STOP or k in demonyms():
            continue
        ranked.append((4.0 + max(_unknown_place_penalty(passage, vs), -1.0), vs, None, v))
    for um in (_LOG_PLACE.finditer(passage) if ("vic " in passage or "nr " in passage
                                                 or " km " in passage or "FOB " in passage
                                                 or "COP " in passage) else ()):
        # a log's terse places: "VP vic Nangalam", "trucks nr Shahjoy", "6 km W of Afmadow",
        # "FOB Bulo Marer received IDF" (the place its distance is measured from is coded)
        name, vs = um.group("n"), um.start("n")
        if um.group("site"):
            name, vs = um.group("site") + " " + name, um.start("site")
        k = key(name)
        if (not k or k in _STOP or k in demonyms() or name.isupper()
                # ("MERT casevac to Camp Bastion", "evac to FOB Blessing": where they went)
                or re.search(r"\b(?:to|towards?|into)\s+$", passage[max(0, vs - 12):vs])
                or _inside_actor(passage, vs) or _is_known_elsewhere(k, iso2)
                or any(m.start <= um.start("n") < m.end for m in mentions)):
            continue
        ranked.append((3.6 if um.group("site") else 3.3, vs, None, name))
    for um in (_ON_THE_ROAD.finditer(passage) if " road" in passage or " highway" in passage
               else ()):
        # "near Milihoi on the Lamu–Garsen road": the village the road passes, not its ends
        name, vs = um.group(1), um.start(1)
        known = next((m for m in inside if m.start == vs and m.place.kind == "town"), None)
        k = key(name)
        # (above the district that follows: "… road in Marakwet East, Elgeyo Marakwet County")
        if known is not None:
            ranked.append((4.5, vs, known, known.surface))
        elif k and k not in _STOP and k not in demonyms() and not any(
                m.start == vs and m.place.kind in ("country", "admin1") for m in mentions):
            ranked.append((4.5, vs, None, name))  # (a namesake abroad is not meant here)
    for um in (_FROM_NAME.finditer(passage) if " from " in passage else ()):
        # "abducted nine people … from Tondikiwindi in western Niger": the village they were
        # taken from, which the gazetteer lacks
        name = um.group(1)
        k = key(name)
        if (_TAKEN_FROM.search(passage, max(0, um.start() - 80), um.start(1)) and k
                and k not in _STOP and k not in demonyms() and not _is_known_elsewhere(k, iso2)
                and not any(m.start <= um.start(1) < m.end for m in mentions)):
            ranked.append((3.4, um.start(1), None, name))
    for um in _IN_NAME_COMMA.finditer(passage):
        name = um.group(1).strip()
        if name.isupper() and len(name) <= 5:
            continue  # "impacted inside perimeter nr DFAC, 1x short": a facility's acronym
        k = key(name)
        # (a village typed as one is this country's, whatever namesakes abroad)
        elsewhere = _is_known_elsewhere(k, iso2) and not _TYPED_LEAD.match(um.group()) and (
            # ("a hamlet near Tambo, La Mar province, Ayacucho": its unit, typed, says whose)
            not _TYPED_UNIT_NEXT.match(passage, um.end(1)))
        if not k or k in _STOP or k in demonyms() or elsewhere or _STREET.match(name):
            continue
        if any(m.start < um.end(1) and um.start(1) < m.end for m in inside):
            continue  # a known place, or one inside the name ("in Northern Pakistan")
        # "in Ghattekulo, Kathmandu city": a name followed by the place that contains it;
        # "… triggered by Maoists in Muniguda.": the sentence ends on where it happened
        # ("in Tal al-Sultan, western Rafah": a bearing may stand before the container)
        bearing = _BEARING.match(passage, um.end())
        at = bearing.end() if bearing else um.end()
        at += passage.startswith("#", at)  # ("at Mugunga, west of #Goma")
        if bearing and bearing.group().lower().endswith("ern ") and any(
                m.start == at and m.place.kind == "town" and m.place.population >= 1_000_000
                for m in inside):
            continue  # "in Dasht-e-Barchi, western Kabul": a quarter of a city, coded at it
        if um.group("in") and (not any(m.start == at for m in inside)
                               or _SITE_WORD.search(name) or any(c.isdigit() for c in name)):
            # only a known place after "in" vouches for a village ("in Eid prayers in …"),
            # and a building, a mountain or a city's police district is inside a town the
            # codebook codes ("at Quirinale Palace in Rome", "in PD5 in Kabul")
            continue
        # ("the corregimiento of Potrerito, in rural Jamundí")
        inside_of = _IN_RURAL.match(passage, at)
        if um.group("unit") is not None:
            # a unit the gazetteer lacks is coded unless it is a quarter of a town named next
            # ("Hodan district, Mogadishu", "Ghazaliya district in western Baghdad")
            town_next = _UNIT_TOWN_NEXT.match(passage, um.end())
            if town_next is None or not any(m.start == town_next.end() and m.place.kind == "town"
                                            for m in inside):
                prio = 3.3 + _reference_penalty(passage, um.start(1))
                if any(hm.start("h") == um.start(1) for hm in heads_after):
                    prio -= 1.5  # "Mangor community in Bokkos LGA": the village's district
                ranked.append((prio, um.start(1), None, name))
            continue
        contained = um.group("end") is None and (any(m.start == at for m in inside)
                                                 # "in La Caucana, Taraza (Antioquia)": a
                                                 # bracketed head the gazetteer lacks
                                                 or any(a == at for a, _b in heads)
                                                 or (inside_of is not None and any(
                                                     m.start == inside_of.end() for m in inside))
                                                 # "in Potrerito, a rural district of Jamundí"
                                                 or _APPOSITION.match(passage, um.end(1))
                                                 # "near Léré, in the circle of Niafunké"
                                                 or _IN_UNIT_OF.match(passage, um.end()))
        prio = (4.2 if contained else 2.4) + _reference_penalty(passage, um.start(1))
        if any(hm.start("h") == um.start(1) for hm in heads_after):
            prio -= 1.5  # "from Dauran in Zurmi LGA, Zamfara state": the village's district
        ranked.append((prio, um.start(1), None, name))
    for um in (_MOUNTAIN.finditer(passage) if ("Mount" in passage or "Mt" in passage
                                                or "J" in passage) else ()):
        # "on Mount Chaambi", "in the Jebel Marra": a mountain the gazetteer lacks
        if not any(m.start <= um.start(1) < m.end for m in inside):
            ranked.append((3.3 + _reference_penalty(passage, um.start(1)), um.start(1), None,
                           um.group(1)))
    for um in _RECORD_TOWN.finditer(passage):
        # "in Victoria city, Texas state": a database record's city, whatever the word
        name = um.group(1).strip()
        k = key(name)
        if not k or k in demonyms() or any(m.start <= um.start(1) < m.end for m in inside):
            continue
        ranked.append((3.4 + _reference_penalty(passage, um.start(1)), um.start(1), None, name))
    for (a, b_), name in heads.items():
        # a head the gazetteer knows only outside the bracketed region is a namesake: "El
        # Aguaje (Aguililla, Michoacan)" is not one of the El Aguajes of other states
        # ("NIGERIA (Plateau) – 18 May 2023:": a country and its region, no village)
        if not any(m.start <= a < m.end for m in (*towns, *sites_, *admin1s)) and not any(
                m.start <= a < m.end and m.place.kind == "country"
                and key(m.surface) == key(m.place.name) for m in mentions):
            k = key(name)
            # the bracket says where it lies: a name borne elsewhere too is still this place
            if k and k not in _STOP and k not in demonyms():
                # a village the gazetteer lacks (a district after a named village is weaker)
                weak = _weak_head(passage, a, b_) or any(hm.start("h") == a for hm in heads_after)
                ranked.append((3.0 if weak else 5.0, a, None, name))
    nh = (_NOTE_HEAD.match(passage) or _REGION_FIRST_HEAD.match(passage)
          or _CHRONOLOGY_HEAD.match(passage) or _DASH_HEAD.match(passage)
          or _PLACE_DATE_HEAD.match(passage) or _chain_head(passage)
          ) if passage[:1].isalnum() else (
        # "- Jere LGA, Koshobe (near Zabarmari): …": a digest's bulleted line, its unit first
        _UNIT_FIRST_ITEM.match(passage) if passage[:2] in ("- ", "• ", "– ") else None)
    if nh:
        # "Tyotkino, Glushkovsky district (Kursk oblast), 20 February 2024: mortar rounds …":
        # an event note that opens with its place and date names where it happened
        k, vs = key(nh.group("v")), nh.start("v")
        known = next((m for m in inside if m.start == vs and m.place.kind == "town"), None)
        # (a heading of a place and a day alone may be a press release's dateline, "Rawalpindi,
        # 23 August 2022": a place the text names for the event comes first)
        head_rank = 3.0 if nh.re is _PLACE_DATE_HEAD else 4.0 if nh.re is _CHAIN_HEAD else 6.0
        if nh.re is _PLACE_DATE_HEAD and any(
                dm.group() != nh.group("d") for dm in _FULL_DATE.finditer(passage, nh.end())):
            # (and one whose day the text then contradicts, "Rawalpindi, 23 August 2022. On 22
            # August 2022, terrorists …", is surely the dateline)
            known, k = None, ""
        if known is not None and nh.re is _DASH_HEAD and any(
                m.start == vs and m.place.kind == "admin1" for m in mentions):
            # ("AFGHANISTAN – Balkh – 06 Dec 2022: A bomb … in Mazar-i-Sharif": a heading's
            # region, though a town bears its name; the town the note names is the place)
            known = None
        elif known is not None:
            ranked.append((head_rank, vs, known, known.surface))
        elif k and k not in _STOP and k not in demonyms() and not any(
                m.start == vs for m in mentions) and (
                nh.re is not _DASH_HEAD
                or passage[nh.end():nh.end() + 3].strip(" ,–—")[:1].isdigit()):
            # (a dashed heading's unknown name only before a date: "Flash Update:" is no place)
            ranked.append((head_rank, vs, None, nh.group("v")))
    im = _ITEM_HEAD.match(passage) if nh is None and ":" in passage[:60] else None
    if im is not None and im.group("v").isupper() and (nl := passage.find("\n", im.end())) != -1 \
            and not passage[im.end():nl].strip():
        # "DEIR EZ-ZOR:\n- Busayrah: …": a digest's region heading, then its bulleted item
        im = _ITEM_HEAD.match(passage, nl + 1)
    if im and not any(m.start == im.start("v") and m.place.kind == "admin1" for m in mentions) \
            and not any(m.start > im.end() and m.place.kind in ("town", "site")
                        and m.weight >= 2.0 for m in mentions) \
            and not _LOCATIVE_NAME.search(passage, im.end()):
        # "- Bilozerka: a drone dropped explosives …", "Krasnopillia community: artillery
        # shelling": an official post's line led by its settlement names where (a town the
        # gazetteer knows, or any name its unit word types), unless the head is a region's
        # name ("Narathiwat: … near an outpost in Rueso") or the line names a town of its own
        vs = im.start("v")
        known = next((m for m in inside if m.start == vs and m.place.kind == "town"), None)
        if known is not None:
            ranked.append((6.0, vs, known, known.surface))
        elif (im.group("u") or _bulleted_name(passage, im, vs)) and key(
                im.group("v")) not in _STOP and not any(
                m.start == vs and (m.place.country2 == iso2 or m.place.kind != "town")
                for m in mentions):
            # (a name the gazetteer knows only as other countries' towns is this one's village)
            ranked.append((6.0, vs, None, im.group("v")))
    # (the most precise field a record fills: "Municipality: Aguililla | Locality: El Aguaje")
    lm = min((m for m in _LOCATION_FIELD.finditer(passage) if not _unit_after_name(passage, m)),
             key=lambda m: _FIELD_RANK[m["l"].lower()], default=None) if any(w in passage for w in (
                 "ocation", "osition", "lace", "unicipality", "ocality", "illage", "pazila",
                 "ettlement", "ownship", "OCATION", "OCALITY", "LACE", "ILLAGE")) else None
    if lm:
        # "Location: Budalin, Budalin township, Sagaing Region, Myanmar": a record's place field
        # names the most precise place first ("village tract about 10 km west of Chaung-U":
        # the town it is measured from)
        v = lm.group("v").strip()
        dm = _FIELD_DISTANCE.match(v)
        vs = lm.start("v") + (dm.start("t") if dm else 0)
        v = dm.group("t") if dm else v
        k = key(v)
        known = next((m for m in inside if m.start == vs and m.place.kind in ("town", "site")),
                     None)
        if known is not None:
            ranked.append((6.0, vs, known, known.surface))
        elif (k and k not in _STOP and k not in demonyms() and v[:1].isupper()
              and not any(m.start == vs and m.place.kind in ("country", "admin1")
                          for m in mentions)):
            ranked.append((6.0, vs, None, v))
    for fm in (_PIPE_FIELD_PLACE.finditer(passage) if passage.count("|") >= 2 else ()):
        # "UKR | Odesa obl. | Reni | night 24/25-09-23 |": a coder's field holding only a name,
        # after the country and region fields, is the place
        v, vs = fm.group("v"), fm.start("v")
        k = key(v)
        if any(m.start == vs and m.place.kind in ("country", "admin1") for m in mentions) or (
                not k or k in _STOP or k in demonyms()) or _field_names_no_place(v):
            continue
        known = next((m for m in inside if m.start == vs and m.place.kind in ("town", "site")),
                     None)
        ranked.append((5.0, vs, known, known.surface if known else v))
    tm = _TITLE_PLACE.match(passage)
    if tm:
        name = tm.group(1).strip()
        k = key(name)
        if k and k not in _STOP and k not in demonyms() and not _is_known_elsewhere(k, iso2) \
                and not any(m.start <= tm.start(1) < m.end for m in inside):
            # "2016 Dalori attack:" names the place, "Charlie Hebdo shooting:" a target: an
            # unknown title name yields to a town the text places the event in
            ranked.append((2.8, tm.start(1), None, name))
    if ranked and ("body" in passage or "bodies" in passage or "released" in passage
                   or "freed" in passage):
        # "his body was found in Indanan municipality": not where the hostage was taken
        ranked = [(r[0] - 2.0, *r[1:]) if _HOSTAGES_FATE.search(
            passage, max(0, r[1] - 40), r[1]) and _HOSTAGES.search(
            passage, max(0, r[1] - 150), r[1]) else r for r in ranked]
    ranked.sort(key=lambda r: (-r[0], r[1]))
    top = ranked[0][2] if ranked else None
    if top is not None and ranked[0][0] < 0.5 and any(m.typed for m in admin1s) and not (
            _BETWEEN_BEFORE.search(passage, max(0, top.start - 30), top.start)) and (
            _reference_penalty(passage, ranked[0][1]) < 0) and not _DISTANCE_FROM.search(
            passage[max(0, top.start - 45):top.start]) and not any(
            m.typed and m.start >= top.end and not passage[top.end:m.start].strip(" ,")
            for m in admin1s):
        # "10 km northeast of Baqubah in Diyala": the province (but "south of El-Arish, North
        # Sinai governorate" gives the town its own address: the town; and most coders place
        # "the road between Semdinli and Yuksekova in Hakkari province" at its first end)
        ranked = []
    if ranked and ranked[0][2] is None and _URBAN_PART_AFTER.match(
            passage, ranked[0][1] + len(ranked[0][3])):
        # "CULIACAN, Sin. - … outside a tyre shop in the Infonavit Barrancos neighbourhood": a
        # quarter of the dateline's city is coded at the city
        dl = next((m for m in mentions if _dateline_town(m, passage, iso2, line_starts=True)),
                  None)
        if dl is not None:
            ranked.insert(0, (9.0, dl.start, dl, dl.place.name))
    if ranked and ranked[0][2] is not None:
        chosen = ranked[0][2]
        p = chosen.place
        # the spelling of the text for towns (as the reader knows it), curated names for sites
        # (a dateline's capitals are the gazetteer's spelling)
        a = _place_at(loc, chosen, _clean_surface(chosen.surface)
                      if p.kind == "town" and not chosen.surface.isupper() else p.name)
        # the region the text names ("Djugu (Djugu, Ituri)") over the gazetteer's older one
        named = [m.place for m in admin1s if m.typed and m.place.admin1_iso
                 and m.place.admin1_iso != loc.admin1_code]
        if named and (a is None or not any(x.admin1_gn == p.admin1_gn for x in named)):
            loc.admin1, loc.admin1_code = named[0].name, named[0].admin1_iso
        return loc
    if admin1s:
        p = admin1s[0].place
        a = admin1_of(p)
        loc.admin1 = a.name if a else p.name
        loc.admin1_code = p.admin1_iso
        loc.location = _clean_surface(admin1s[0].surface)
        loc.latitude, loc.longitude = p.latitude, p.longitude
        loc.geo_precision = "admin1" if p.latitude is not None else "country"
        loc.evidence_spans.append((admin1s[0].start, admin1s[0].end))
    if ranked:  # a named but unknown village: its name, the region's coordinates if any
        loc.location = ranked[0][3]
    elif loc.location is None:
        regions = [m for m in inside if m.place.kind == "country"
                   and key(m.surface) != key(m.place.name) and key(m.surface) in _region_aliases()]
        if regions:
            loc.location = _clean_surface(regions[0].surface)
    if loc.location is None or (loc.geo_precision == "admin1" and not ranked and (
            _THE_CITY.search(passage) or _TITLED_DATELINE.search(passage, 0, 60))):
        # "SRINAGAR - Terrorists lobbed a grenade at a bunker in the old city": a local
        # paper's dateline is the only town named, and the event is in it (nothing named a
        # region either, or "CELAYA, Gto. - armed men burst into a bar on the eastern side of
        # the city, Guanajuato state prosecutors said": the region is the dateline town's)
        dl = next((m for m in mentions if _dateline_town(m, passage, iso2)
                   and (loc.location is None or m.place.admin1_iso == loc.admin1_code)), None)
        if dl is not None:
            _place_at(loc, dl, dl.place.name)
    return loc


def _dateline_town(m: Mention, passage: str, iso2: str, line_starts: bool = False) -> bool:
    """A town of ``iso2`` written in capitals where a dateline stands ("SRINAGAR -"): at the
    passage's start, or with ``line_starts`` at any line or sentence start (then four letters
    or more: "Two shot dead outside tyre shop. CULIACAN, Sin. -")."""
    if m.place.kind != "town" or m.place.country2 != iso2 or not (
            # (or a release's: "Srinagar, 10 August 2021 – The … Police informs that …")
            m.surface.isupper() or _TITLED_DATELINE.match(passage, m.end)):
        return False
    if not line_starts:
        return m.start < 3
    return len(m.surface) > 3 and (
        m.start < 3 or passage[max(0, m.start - 2):m.start] in (". ", "\n"))


def _place_at(loc: Location, m: Mention, name: str) -> Admin1 | None:
    """Put ``loc`` at the town or site ``m`` names, spelled ``name``; its region, if known."""
    p = m.place
    loc.location = name
    loc.latitude, loc.longitude = p.latitude, p.longitude
    loc.geo_precision = "site" if p.kind == "site" else "town"
    a = admin1_of(p)
    if a is not None:
        loc.admin1, loc.admin1_code = a.name, a.iso_code
    loc.evidence_spans.append((m.start, m.end))
    return a


_REFERENCE_BEFORE = re.compile(
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
    r"(?:\s+of|\s+to|\s+from)|\bkm\s+(?:\w+\s+)?(?:of|from)|kilomet\w+\s+(?:\w+\s+)?"
    r"(?:of|from)|miles\s+(?:\w+\s+)?(?:of|from)|\bfrom|\bbetween|\bconnecting|"
    r"\b(?:road|highway|route)\s+(?:leading\s+to|to|from|linking|towards?)|"
    # "evacuated to Raipur by helicopter", "withdrew toward the Gourma", "taken to Kirkuk"
    r"\b(?:" + _CARRIED + r"|taken)\s+(?:[\w-]+\s+){0,3}?to|\b" + _WENT + r"\s+(?:back\s+)?"
    r"(?:towards?|to|into|in\s+the\s+direction\s+of))"
    # ("cousins from the Arab town of Umm al-Fahm": a town typed, with its adjectives)
    r"\s+(?:the\s+|an?\s+)?(?:capital\s+|(?:[\w'’-]+\s+){0,2}?(?:city|town|village|hamlet)"
    r"\s+of\s+)?$", re.IGNORECASE)
# "on the Juba-Yei road near Lainya": the towns a road links are its ends, not the place
_ROAD_END = re.compile(r"(?:[A-Z][\w'’]*-)*[A-Z][\w'’]*(?:-[A-Z][\w'’]*)+\s+(?:road|highway|route|"
                       r"axis|corridor)\b|(?<=-)[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*\s+(?:road|highway|"
                       r"route|axis|corridor)\b")
# "10 km east of Baidoa": an event placed by its distance from a town is coded at that town,
# the nearest named place (as ACLED and GTD code it), not at the region around it
_DISTANCE_FROM = re.compile(r"(?:\b\d+(?:\.\d+)?\s*(?:km|kilomet\w+|miles?|nm)\s+(?:\w+\s+)?|"
                            # ("a roadside bomb hit their vehicle south of Rafah")
                            r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|"
                            r"south-?west)\s+)"
                            r"(?:of|from)\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?$",
                            re.IGNORECASE)
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|close\s+to|\(near)\s+(?:the\s+)?$", re.IGNORECASE)


_EVENT_WORDS = (r"(?:suicide\s+)?(?:attacks?|bombings?|massacres?|shootings?|stabbings?|"
                r"blasts?|explosions?|raids?|ambush|siege|hostage\s+crisis|killings?|"
                r"car\s+bombings?|truck\s+attack)")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
_DAY_MONTH_YEAR = r"\d{1,2}\s+" + _MONTH + r"\s+\d{4}"
# "2016 Dalori attack: ...", "Khan Bani Saad bombing: ..." (list-style headings)
_TITLE_PLACE = re.compile(
    r"^(?:(?:\d{1,2}\s+)?" + _MONTH + r"?\s*\d{4}\s+)?((?:[A-Z][\w'’\-]+\s+){1,3}?)"
    + _EVENT_WORDS + r"\s*:")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:towns?\s+of\s+|villages?\s+of\s+)?$",
                             re.IGNORECASE)
_AND_AFTER_BETWEEN = re.compile(r"\bbetween\s+(?:[\w'’-]+\s+){1,3}and\s+$", re.IGNORECASE)
# "residents of Bakura say …": the town's people speak, not a capital for its government
_PEOPLE_OF = re.compile(r"\b(?:residents|people|villagers|inhabitants|elders|youths|traders|"
                        r"farmers|families|community|leaders|locals)\s+(?:of|in)\s+$",
                        re.IGNORECASE)
_URBAN_PART_AFTER = re.compile(r"\s+(?:neighbou?rhood|colonia|quarter|barrio|suburb)\b",
                               re.IGNORECASE)
_THE_CITY = re.compile(r"\b(?:the|this)\s+(?:city|town)\b(?!\s+of\b)")
_ON_THE_ROAD = re.compile(r"\b(?:near|at|in|outside)\s+(" + _NAME_WORD + r"(?:" + _NAME_JOIN
                          + r"\s+" + _NAME_WORD + r"){0,1})\s+(?:on|along)\s+the\s+(?:[\w-]+\s+)?"
                          r"[A-Z][\w'’]*[–-][A-Z][\w'’]*\s+(?:road|highway)")
_FROM_NAME = re.compile(r"\bfrom\s+(" + _NAME_WORD + r"(?:" + _NAME_JOIN + r"\s+" + _NAME_WORD
                        + r"){0,2})(?=\s+(?:in|near|village|town)\b|,)")
# an unknown "X Province" or "X region" opening on these words may be an armed group's name
_ACTOR_HEADS = ("Islamic", "Islamic State", "Al", "Daesh", "IS ")
_SITE_WORD = re.compile(r"\s(?:Palace|Mountains?|Hills?|Hospital|School|University|College|"
                        r"Mosque|Church|Temple|Market|Camp|Base|Airport|Stadium|Prison|Hotel|"
                        r"Square|Station|Office|Compound|Checkpoint|Building|Tower|Mall)$")
_IN_RURAL = re.compile(r"in\s+(?:(?:rural|urban|northern|southern|eastern|western|central|"
                       r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?")
_UNIT_TOWN_NEXT = re.compile(r"\s*(?:,|\s(?:in|of))\s+(?:the\s+)?(?:(?:north|south|east|west|"
                             r"central)(?:ern)?\s+|city\s+of\s+)?")
# the kinds of small place a text names its village by ("the corregimiento of Potrerito")
_SMALL_PLACE_KIND = (r"(?:locality|corregimiento|vereda|village|hamlet|community|sindicatura|"
                     r"settlement|ejido|parish|colonia|barrio|fair|market)")
_TYPED_LEAD = re.compile(_SMALL_PLACE_KIND + r"\s")
_IN_NAME_COMMA = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Nn]r\.?|[Oo]utside|"
                            # ("in corregimiento Campo Dos, Tibu": the kind before the name)
                            r"(?:[Ii]n|[Aa]t|[Nn]ear)\s+(?:the\s+)?(?:corregimiento|vereda|"
                            r"barrio|colonia|aldea|caser[ií]o|comuna|sector|quartier|localit[eé])|"
                            # ("the corregimiento of Potrerito, in rural Jamundí", "the
                            # locality of Furcy, in the commune of Kenscoff")
                            + _SMALL_PLACE_KIND + r"\s+of|"
                            # ("attacked Obagaji, the headquarters of Agatu LGA")
                            r"(?:attacked|raided|stormed|overran)(?=\s+" + _NAME_WORD
                            + r"(?:" + _NAME_JOIN + r"\s+" + _NAME_WORD + r"){0,2},\s+(?:the\s+)?"
                            r"(?:chief\s+town|headquarters|capital|main\s+town|seat)\s+of\b))\s+("
                            + _NAME_WORD
                            + r"(?:" + _NAME_JOIN + r"\s+" + _NAME_WORD + r"){0,2})(?:,\s|"
                            # ("… pickup on dirt rd nr Shin Kalay | 3 ANP KIA": a field's end)
                            r"\s*\||"
                            r"(?P<end>\.(?:\s|$)|$)|"
                            # ("near Kistaram in Sukma district": the place that contains it)
                            # ("near Kistaram in neighbouring Sukma district")
                            r"(?P<in>\s+in\s+(?:neighbou?ring\s+|nearby\s+|adjoining\s+)?)"
                            r"(?=[A-Z])|"
                            # ("in Kaliakair upazila on Sunday", "of Dangam district of Kunar"):
                            # a unit the gazetteer lacks, typed as one
                            r"(?P<unit>\s+(?:district|upazila|tehsil|sub-?district|LGA|county|"
                            r"mandal|taluka|thana|block|commune|municipality)\b)|"
                            # ("near Ngouboua on the shore of Lake Chad")
                            r"\s+(?=on\s+the\s+(?:shores?|banks?|edge|border)\s+of\b)|"
                            # ("near Porga on Monday": the day follows the place)
                            r"\s+(?=on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                            r"(?:late|early)\s+on\b|overnight\b|last\s+night\b|"
                            # ("near Fort Munro in the tribal area of Dera Ghazi Khan")
                            r"in\s+the\s+(?:(?:tribal\s+)?area|circle|cercle|commune|district|"
                            r"municipality|department|prefecture|territory)\s+of\b|"
                            # ("near Bhamragad in the wee hours of Tuesday")
                            r"in\s+the\s+(?:(?:wee|early|small)\s+hours|morning|afternoon|"
                            r"evening|night)\b))")
_NOTE_HEAD = re.compile(
    r"(?P<v>[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|de|del|da|do|la)\s+)?[A-Z][\w'’\-]+){0,2})"
    r"(?:\s+(?i:district|town|village|city|municipality|county|upazila))?\s*,\s*"
    r"[A-Z][^:.;\n]{0,90}?[\s,–—-]+(?:" + _DAY_MONTH_YEAR + r"|" + _MONTH
    + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})\s*:")
# "Maungdaw, 5 August 2024 In the late afternoon …", "Tepalcatepec, Michoacán – 10 January
# 2021.": a documented item's heading, its place and its day
_PLACE_DATE_HEAD = re.compile(
    r"(?P<v>[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|de|del|da|do|la)\s+)?[A-Z][\w'’\-]+){0,2})"
    r"(?:,\s*[A-Z][^:.;\n\d]{0,60}?)?\s*[,–—-]\s*(?P<d>" + _DAY_MONTH_YEAR + r")"
    r"(?:\s*[:.]|\s+(?=[A-Z][a-z]))")
_FULL_DATE = re.compile(r"\b" + _DAY_MONTH_YEAR)
def _chain_head(passage: str) -> re.Match[str] | None:
    """A record's opening place before its containing units, not itself a unit ("Kajuru LGA,
    Kaduna State – …" opens with a district, and the village is told after)."""
    m = _CHAIN_HEAD.match(passage)
    return None if m is None or _ADMIN_WORD_END.search(m["v"]) else m


_ADMIN_WORD_END = re.compile(r"\b(?i:LGA|district|province|county|state|region|department|"
                             r"governorate|municipality|territory|prefecture|division|zone)$")
# "Mangaizé, Ouallam department, Tillabéri region, NIGER — 27/11/2019 — …", "Djibo, Soum
# province, Sahel region, Burkina Faso.": a record that opens with its place and the chain of
# units containing it
_CHAIN_HEAD = re.compile(
    # (after the record's date, if it opens with one: "03/23/2019: Ogossagou, Bankass cercle",
    # "4–5 June 2021 – Solhan, Yagha province")
    r"(?:\d{1,2}/\d{1,2}/\d{4}\s*(?:\([^()]{1,20}\)\s*)?:\s*|\d{1,2}(?:[–-]\d{1,2})?\s+"
    r"[A-Z][a-z]+\s+\d{4}\s+[–—-]\s+)?"
    r"(?P<v>[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|de|del|da|do|la)\s+)?[A-Z][\w'’\-]+){0,2})"
    r"(?:\s+(?i:village|town|city|hamlet|IDP\s+camp|camp))?,\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?"
    r"\s+(?i:district|dist\.|department|dept\.|province|prov\.|region|county|township|division|"
    r"governorate|gov\.|wilaya|state|oblast|LGA|local\s+government\s+area|municipality|circle|"
    r"cercle|commune|tehsil|upazila)(?=[\s,.])")
# "Papua – Intan Jaya regency – Sugapa, 22 September 2020:", "Armenia – Vayots Dzor province –
# Jermuk – 13 September 2022:", "Jammu and Kashmir – Srinagar: Militants …": a record's regions,
# then its place, then its date or a colon
_DASH_HEAD = re.compile(
    r"(?:[A-Z][\w'’ .()-]{1,40}?\s+[–—]\s+){1,3}(?P<v>[A-Z][\w'’\-]+(?:\s+[\w'’\-]+){0,3}?)"
    r"(?=(?:,\s*|\s+[–—]\s+)(?:\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4})|\s*:\s)")
_UNIT_COMMA_BEFORE = re.compile(r"\b(?:province|district|department|county|municipality|"
                                r"prefecture|governorate)\s*,\s*$", re.IGNORECASE)
_TYPED_UNIT_NEXT = re.compile(r",\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:province|district|department|"
                              r"county|municipality|prefecture|governorate)\b")
# "… from a clinic in Pétion-Ville": a line's own place, known to the gazetteer or not
_LOCATIVE_NAME = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:(?:town|village|city|"
                            r"locality|settlement)\s+of\s+)?[A-Z]")
# "- Bilozerka: a drone …", "Esman community: air strike …": a post's line led by its settlement
_ITEM_HEAD = re.compile(
    r"(?:[-–—•*]\s*)?(?P<v>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})"
    r"(?:\s+(?P<u>community|hromada|village|town|city|settlement|municipality))?\s*:\s")
# the labels a bulleted line may open with that name no place ("- Update:", "- Assessment:")
_LINE_LABELS = frozenset(
    """update updates assessment background summary note notes comment comments period reporting
    advisory advice outlook overview analysis source sources impact recommendation
    recommendations action actions context trend trends threat threats total totals casualties
    breaking latest developments incident incidents response other others general situation
    security travel movement movements weather warning alert alerts local regional national
    international nationwide countrywide elsewhere also""".split())


def _bulleted_name(passage: str, im: re.Match[str], start: int) -> bool:
    """A digest's bulleted line led by a name ("- Busayrah: overnight, tribal fighters …"):
    the name of where it happened, the gazetteer's village or not, unless it is a label, an
    acronym or an armed group."""
    name = im.group("v")
    return (passage[im.start():im.start() + 1] in "-–—•*" and not name.isupper()
            and not any(w.lower() in _LINE_LABELS for w in name.split())
            and not _inside_actor(passage, start))


# "Borno state, Mafa: suicide bomber …", "Kharkiv oblast, Zolochiv: …": a wire note's region,
# then its place, then a colon
_REGION_FIRST_HEAD = re.compile(
    r"[A-Z][\w'’\-]+(?:\s+(?:and\s+)?[A-Z][\w'’\-]+){0,3}(?:\s+(?i:province|state|oblast|region|"
    r"governorate|county|district|department|prefecture))?\s*,\s*(?P<v>[A-Z][\w'’\-]+(?:\s+(?:(?:al|el|"
    r"de|del|da|la)\s+)?[A-Z][\w'’\-]+){0,2})(?:\s*\([^()]{1,60}\))?\s*"
    # (or a date before the colon: "Bryansk oblast, Klintsy — 24 Oct 2022:")
    r"(?:[–—]\s*\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}\s*)?:\s")
# "- Jere LGA, Koshobe (near Zabarmari): …": a digest's bulleted line, its typed unit, then the
# village
_UNIT_FIRST_ITEM = re.compile(
    r"[-–•]\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}\s+(?i:LGA|district|county|territory|province|"
    r"state|department|commune|municipality|tehsil|upazila)\s*,\s*(?P<v>[A-Z][a-z][\w'’\-]*"
    r"(?:\s+(?:(?:al|el|de|del|da|la)\s+)?[A-Z][\w'’\-]+){0,2})(?:\s*\([^()]{1,60}\))?\s*:\s")
# "24 June 1999 – Kiryat Shmona, Israel: …": a chronology line's date, then its place
_CHRONOLOGY_HEAD = re.compile(
    r"(?:\d{1,2}\s+)?" + _MONTH + r"\s+(?:\d{1,2},?\s+)?\d{4}\s*(?:[–—-]|,)\s*(?P<v>[A-Z][\w'’\-]+"
    r"(?:\s+(?:(?:al|el|de|del|da|la)\s+)?[A-Z][\w'’\-]+){0,2})"
    # ("11 January 2014, Rueso district, Narathiwat:": a district named first is the place)
    r"(?:\s+(?i:district|town|village|municipality|upazila|tehsil))?\s*[,:]")
# street names are addresses inside a town: "in Via Mario Fani, Rome"
_STREET = re.compile(r"(?:Via|Rue|Calle|Avenida|Avenue|Boulevard|Piazza|Plaza|Place|Street|Road|"
                     r"Strasse|Straße|Ulitsa|Jalan)\b")
# "abducted at least 24 people from Tsafe town", "cattle rustled from Kauran Namoda": where
# people or goods were taken from is where it happened
_TAKEN_FROM = re.compile(r"\b(?:abduct\w*|kidnapp?\w*|seiz\w*|took|taken|snatch\w*|rustl\w*|stole|"
                         r"stolen|looted)\b[^.;]*\bfrom\s+(?:the\s+)?(?:town\s+of\s+|village\s+of\s+)?$",
                         re.IGNORECASE)
_MOUNTAIN = re.compile(r"\b(?:on|in|near|at)\s+(?:the\s+)?((?:Mount|Mt\.?|Jebel|Djebel|Jabal)\s+"
                       r"[A-Z][\w'’\-]+)")
# (an event note's "approx. 30 km SW of Kirkuk city" too)
_BEARING = re.compile(r"(?:(?:(?:approx\.?|about|some|roughly|around)\s+)?\d+(?:\.\d+)?\s*(?:km|"
                      r"kilomet\w+|miles?)\s+(?:north|south|east|west|[nsew]{1,3})"
                      r"(?:-?(?:east|west))?\s+(?:of|from)\s+|"
                      r"(?:\d+\s*km\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+|"
                      r"(?:north|south|east|west|central)(?:-?(?:east|west))?(?:ern)?\s+)",
                      re.IGNORECASE)
_RECORD_TOWN = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(" + _NAME_WORD + r"(?:" + _NAME_JOIN
                          + r"\s+" + _NAME_WORD + r"){0,2})\s+(?:city|town|village)\s*,")
_REGION_AFTER = re.compile(r"^\s+(?:province|governorate|region|state|county|department|"
                           r"countryside|district|prefecture|division|regency|cercle|territory|township|"
                           r"upazila|tehsil|woreda|lga|sub-?county)\b",
                           re.IGNORECASE)
_REGION_BEFORE = re.compile(r"\b(?:province|governorate|region|state|county|department|"
                            r"district|prefecture|circle|cercle|commune|territory)\s+of\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)
_REGION_TYPE_WORD = r"(?i:state|province|region|governorate|district|county)\b"
_COUNTRY_OF_PART = re.compile(
    r"\s+(?i:city|town|village|province|region|district|port|capital|state|governorate)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w'’\-]+\b(?:\s+(?!" + _REGION_TYPE_WORD + r")[A-Z][\w'’\-]+\b)?"
    # "Benin city of Edo State": the city is Benin City
    r"(?!\s+" + _REGION_TYPE_WORD + r")")
# ("Ndop, chief town of Ngoketunjia Division", "Obagaji, the headquarters of Agatu LGA")
_APPOSITION = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:\w+\s+){0,2}?(?:capital|town|city|village|"
                         r"suburb|district|locality|seat|community|hamlet|settlement|"
                         r"headquarters)\s+(?:of|in)\b", re.IGNORECASE)
_HEADING_END = re.compile(r"\s*(?:(?:state|province|region|department|governorate)\s*)?(?::|[–—]\s|"
                          r"\s-\s|\.\s)")
_CONTAINER_NEXT = re.compile(
    # ("Sokolo, in the circle of Niono": the unit that contains it, named by its kind)
    r",\s+in\s+the\s+(?:circle|cercle|commune|district|municipality|department|prefecture|"
    r"territory|locality|county|tehsil|raion)\s+of\s+|"
    r",\s+(?:in\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?)?|"
    # ("of Sopore in north Kashmir's Baramulla district")
    r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?")
_POSSESSIVE_PART = re.compile(r"^['’]s\s+(?:[a-z]+\s+)?[A-Z]")
_CITY_QUARTER = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?:(?:[A-Z][\w'’-]*|al-\w+|PD\s*\d+)\s+){1,3}"
    r"(?P<w>district|neighbou?rhood|area|quarter|suburb|sector)\b|"
    r"^['’]s\s+(?:[\w-]+\s+){0,2}?(?P<w2>district|neighbou?rhood|quarter|suburb)\s+of\s+[A-Z]")
def _city_before_its_part(group: list[Mention], passage: str, mentions: list[Mention]) -> bool:
    """"the Melbourne suburb of Coburg": the name before "suburb of" is the city when it is far
    bigger than the name after (in "the Sadr City district of Baghdad" it is the part)."""
    end = group[0].end
    pm = _PART_OF_TOWN.match(passage[end:end + 80])
    if pm is None:
        return False
    after = [m.place.population for m in mentions if m.start == end + pm.end() - 1]
    big = max(m.place.population for m in group)
    return bool(after) and big >= 1_000_000 and big > 5 * max(after)


_PART_OF_TOWN = re.compile(
    r"^\s+(?:" + _TOWN_PART + r"|area|square)\s+(?:of|in)\s+"
    r"(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"south-?west|north-?west|south-?east|north-?east)(?:ern)?\s+)?(?!(?:the\s+)?\w+\s+"
    r"(?:province|governorate|state|region|district|county))[A-Z]", re.IGNORECASE)


# "in Djibo (Soum, Sahel)", "Bula Hawo district (Gedo)", "Kyauktaw town (Kyauktaw, Rakhine)":
# event notes put the place first and its district and province in brackets.
_PAREN_PLACE = re.compile(
    # (an article that is also an English word joins only by its hyphen: not "… UAVs at
    # Zaporizhzhia city (…)")
    r"(?P<name>[A-Z][\w'’\-]*(?:[\s-]+(?:(?:al|el|ash|az|ez|es|ed|de|del|da|du|di|la|le|wa)"
    r"[\s-]+|(?:ad|as|at)-)?"
    r"[A-Z][\w'’\-]*){0,3})(?:\s+(?:villages?|town|city|district|township|(?:refugee\s+|idp\s+|IDP\s+)?"
    r"camp|area|island|forest|"
    r"road|highway|axis|"
    r"territory|county|commune|municipality|locality|neighbou?rhood|sub-?district|department))?"
    r"\s*\((?P<inner>[A-Z][^()]{0,80})\)")


def _paren_places(passage: str, iso2: str) -> tuple[dict[tuple[int, int], str],
                                                    list[tuple[int, int]]]:
    """Spans of places written "Name (district, province)" and of their bracketed regions.

    Only brackets naming places of the resolved country count: "Islamic State (Mozambique)"
    or "Boko Haram (JAS)" qualify an actor, not a place."""
    heads: dict[tuple[int, int], str] = {}
    inners: list[tuple[int, int]] = []
    if "(" not in passage:
        return heads, inners
    index = name_index()
    for m in _PAREN_PLACE.finditer(passage):
        if _LABEL_BRACKET.search(passage, max(0, m.start("inner") - 40), m.start("inner")):
            continue  # "Unidentified Armed Group (Mexico)": an actor label, not a place
        parts = [p.strip() for p in m.group("inner").split(",") if p.strip()]
        ok = False
        for part in parts:
            if part.isupper() and len(part) <= 6:
                ok = False  # "Boko Haram (JAS)": an acronym qualifies an actor
                break
            places = index.get(key(part)) or index.get(key(strip_region_type(part))) or []
            if key(part) in _region_aliases() or _TYPED_UNIT.fullmatch(part):
                # ("near Pieri (Uror county)": a unit named with its type is a place, known
                # to the gazetteer or not)
                ok = True
                continue
            if any(p.country2 == iso2 and p.kind != "country" for p in places):
                ok = True
            elif places and all(p.kind == "country" for p in places):
                ok = False
                break
        else:
            # "(Maguindanao del Sur, Bangsamoro Autonomous Region in Muslim Mindanao)": two
            # capitalised names in brackets are a district and a province, known or not
            # (not "the Asayish (Kurdish internal security forces, SDF-affiliated)": words in
            # lower case describe an actor)
            ok = ok or (len(parts) >= 2 and all(
                p[:1].isupper() and not p.isupper()
                and all(w[:1].isupper() or len(w) <= 3 for w in p.split()) for p in parts))
        if not ok:
            continue
        words = m.group("name").split()
        while words and key(words[0]) in _STOP:  # "On", "The", sentence-initial words
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        end = m.start("name") + len(m.group("name"))
        start = end - len(name)
        if "-" in name and _ROUTE_WORD.match(passage, end):
            # "the Bodhei-Basuba road (Lamu)": the road's first town
            name = name.split("-")[0]
            end = start + len(name)
        first = _FIRST_OF_TWO.search(passage, max(0, start - 80), start)
        if first is not None:
            # "between Boni and Hombori (Douentza, Mopti)", "Butura and Kopnanle villages
            # (Bokkos, Plateau)": notes code the first place named
            g = next(n for n in ("between", "from", "pair") if first.group(n))
            start, end, name = first.start(g), first.end(g), first.group(g)
        heads[(start, end)] = name
        inners.append((m.start("inner"), m.end("inner")))
    return heads, inners


_TYPED_UNIT = re.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+(?:county|district|LGA|"
                         r"upazila|tehsil|territory|commune|cercle|municipality|department|"
                         r"woreda|sub-county|prefecture|governorate|province|state|region)")
_FIRST_OF_TWO = re.compile(
    r"(?:\bbetween\s+(?:the\s+)?(?P<between>" + _NAME_WORD + r"(?:" + _NAME_JOIN + r"\s+"
    + _NAME_WORD + r"){0,2})\s+and|\b(?:road|route|highway|axis|way|travell?ing)\s+from\s+"
    r"(?:the\s+)?(?P<from>" + _NAME_WORD + r"(?:" + _NAME_JOIN + r"\s+" + _NAME_WORD
    + r"){0,2})\s+(?:to|toward|towards)|(?:^|(?<=[\s(,;:]))(?P<pair>" + _NAME_WORD + r"(?:"
    + _NAME_JOIN + r"\s+" + _NAME_WORD + r"){0,2})\s+and)\s+$")
# "north of El Fasher", "10 km from Gao": a bearing from a reference point ("near X (…)" is
# how notes code X itself)
_BY_DIRECTION = re.compile(r"(?:edge|outskirts|fringes?)\s+of\s+(?:the\s+)?$|"
                           r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+"
                           r"(?:the\s+)?$|\b(?:km|kilomet\w+|miles)\s+(?:\w+\s+)?(?:of|from)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)
# "in Tal al-Sultan, western Rafah (Gaza Strip)": the head contains the place named before it
_CONTAINER_AFTER_NAME = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?(?:" + _SMALL_PLACE_KIND
                                   + r"\s+(?:of\s+)?)?[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){0,2},\s+"
                                   r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?$")
_HEAD_AFTER_VILLAGE = re.compile(
    r"(?:\b(?:in|at|near|outside|from|of|raided|attacked|stormed|targeted|through|around|hit|struck|"
    r"shelled|into|when|where|on)\s+|(?<=[a-z]),\s+)(?P<v>[A-Z]"
    # ("near Fataki, in Djugu territory": a comma and "in")
    r"[\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)(?:\s+(?:village|town|upazila|community))?(?:,\s*(?:in\s+)?|"
    r"\s+in\s+|"
    r"\s+of\s+)(?:the\s+)?(?P<h>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+"
    r"(?i:LGA|district|cercle|county|township|upazila|tehsil|woreda|municipality|department|"
    r"sub-?prefecture|subdivision|division|raion|rayon|regency|province|state|governorate|region|"
    r"territory|local\s+government\s+area)|County\s+[A-Z][\w'’\-]+|"
    # ("near Chemolingot in Tiaty, Baringo County": a sub-county, then its county; "El
    # Plateado, in the municipality of Argelia")
    r"[A-Z][\w'’\-]+,\s+[A-Z][\w'’\-]+\s+(?:County|State|Province|Region|District)|"
    r"(?i:municipality|district|department|county|territory|commune)\s+of\s+[A-Z][\w'’\-]+)\b")
# a unit word right after a town's name ("Tepalcatepec municipality", "Bijapur district")
_UNIT_AFTER_TOWN = re.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+(?i:municipality|district|"
                              r"tehsil|block|county|LGA|upazila|township|cercle|commune|"
                              r"department|territory)\b")
_HEAD_WORDS = re.compile(r"LGA|district|cercle|county|County|township|upazila|tehsil|woreda|"
                         r"territory|municipality|department|prefecture|division|raion|rayon|regency|"
                         r"province|state|governorate|region|[Ll]ocal [Gg]overnment")
_ADMIN_HEAD = re.compile(r"\s+(?i:LGA|district|county|commune|municipality|department|"
                         r"territory|township|upazila|tehsil|woreda|sub-?county|sub-?district|"
                         r"local\s+government\s+area)\s*\(")


def _weak_head(passage: str, start: int, end: int) -> bool:
    """A bracketed head that is a district ("Maru LGA (Zamfara)") or a reference point ("north
    of El Fasher (North Darfur)"): a named place before it is more precise."""
    before = passage[max(0, start - 45):start]
    return (_BY_DIRECTION.search(before) is not None or _CONTAINER_AFTER_NAME.search(before)
            is not None or passage[start:end].endswith(" LGA")
            or _ADMIN_HEAD.match(passage, end) is not None)


def _title_end(passage: str) -> int:
    m = _TITLE_PLACE.match(passage)
    return m.end() if m else -1


def _field_names_no_place(value: str) -> bool:
    """A row's field that holds its attack type ("Grenade", "Armed assault") or its actor
    ("Boko Haram", "Allied Democratic Forces") rather than its place."""
    from pipeline.extract.actors import find_actors  # (extract imports geo: read lazily)
    from pipeline.extract.taxonomy import has_signal

    if has_signal(value):
        return True
    return any(a.start == 0 and a.end >= len(value) - 1 for a in find_actors(value))


def _unknown_place_penalty(text: str, start: int) -> float:
    """The reference penalty of a name the gazetteer lacks, except where people were taken
    from: "abducted 25 people … from Ruwan Tofa village", "… from Dauran in Zurmi LGA" is where
    they were."""
    penalty = _reference_penalty(text, start)
    if penalty and _TAKEN_FROM.search(text[max(0, start - 120):start]):
        return 0.0
    return penalty


def _inside_actor(text: str, pos: int) -> bool:
    """Inside an armed group's name ("Islamic State Sahel Province")?"""
    from pipeline.extract.actors import actor_spans  # (extract imports geo: read lazily)

    return any(a <= pos < b for a, b, _actor in actor_spans(text))


def _reference_penalty(text: str, start: int) -> float:
    before = text[max(0, start - 45):start]
    if (_REFERENCE_BEFORE.search(before) and not _TAKEN_FROM.search(text, max(0, start - 120),
                                                                     start)) or (
            _ROAD_END.match(text, start)):
        return -2.5
    if _NEAR_BEFORE.search(before):
        return -1.0
    if _WENT_TO_BEFORE.search(before):
        return -2.5  # "took the farmers towards the Mandara mountains": where they went
    if ("treat" in (wide := text[max(0, start - 90):start]) or "ospital" in wide) and (
            _TREATED_AT.search(wide)):
        # "A woman wounded in the bombings in Gwoza receives treatment at the State Specialist
        # Hospital in Maiduguri": where the wounded were cared for, not where they were hit
        return -2.5
    if _AND_AFTER_BETWEEN.search(before):
        # "the road between Bint Jbeil and Aynata": the second end as well, and below the first
        # (where nothing else is named, the first end is coded, as event notes do)
        return -3.5
    return 0.0


def _clean_surface(s: str) -> str:
    return re.sub(r"(?:'s|’s)$", "", s).strip()


@cache
def _region_aliases() -> frozenset[str]:
    """Country aliases that name a region inside the country ("Sinai", "North Waziristan")."""
    return frozenset(key(r["alias"]) for r in data_table("country_aliases.csv")
                     if r.get("region") == "1")


@lru_cache(maxsize=16)
def _context_evidence(context: str) -> dict[str, float]:
    """What the whole article says about countries: only breaks ties, capped per country."""
    ctx: dict[str, float] = defaultdict(float)
    for m in find_places(context):
        if m.place.kind in ("country", "admin1", "site"):
            ctx[m.place.country2] += 0.3 * m.weight
    for iso2, w, _s, _e in find_demonyms(context):
        ctx[iso2] += 0.15 * w
    return {iso2: min(v, 0.9) for iso2, v in ctx.items()}


def _is_known_elsewhere(k: str, iso2: str) -> bool:
    """A name that (only) denotes a well-known place in another country."""
    places = [p for p in name_index().get(k) or [] if key(p.name) == k]
    return bool(places) and all(p.country2 != iso2 for p in places) and any(
        p.kind != "town" or p.population >= 100000 for p in places)


def _fill_country(loc: Location, iso2: str) -> None:
    rec = countries().get(iso2)
    loc.country_code = rec["iso3"] if rec else None
    loc.country = country_name(iso2) if rec else None


def alpha2(alpha3: str) -> str | None:
    return alpha3_to_alpha2().get(alpha3)


# "near the Kerem Shalom crossing", "targeting the Zamzam IDP camp": a named site
# (and an operator's facility: "the territory of the Ilsky oil refinery (Seversky district,
# Krasnodar Krai) was attacked", "the Khor Mor gas field in the Kurdistan Region was hit")
_WORKS = (r"(?:oil\s+|gas\s+)?(?:refinery|field|terminal)|(?:thermal\s+)?power\s+(?:plant|station)|"
          r"pumping\s+station")
_NAMED_SITE = re.compile(
    r"\b(?:at|near|on|in|inside|outside|into|targeting|targeted|hit|struck|stormed|"
    r"territory\s+of)\s+the\s+"
    r"(?P<n>(?:[A-Z][\w'’-]+\s+){1,3}(?:IDP\s+)?(?:border\s+)?(?:crossing|camp|beach|market|port|"
    r"dam|airport|air\s+base|airbase|hospital|stadium|bridge|square|junction|checkpoint|"
    + _WORKS + r"|(?:oil\s+|gas\s+)?depot|substation|(?:railway\s+)?station))\b"
    r"|\b(?!The\s)(?P<s>(?:[A-Z][\w'’-]+\s+){1,3}(?:" + _WORKS + r"|[Dd]am))\s+(?:\(|in\s+the\b|"
    r"was\s+(?:hit|struck|attacked|targeted))")
# "at Kolowa in Tiaty East", "in the Hoshab area of Kech district": a village and its unit
_VILLAGE_IN_UNIT = re.compile(
    r"\b(?:at|near|in)\s+(?:the\s+)?(?P<n>[A-Z][a-z][\w'’-]+(?:\s+[A-Z][a-z][\w'’-]+)?)\s+"
    r"(?:(?:town|village|area|locality|hamlet)\s+)?(?:in|of)\s+(?:the\s+)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?\s+(?:LGA|Local\s+Government|district|sub-county|county|tehsil|"
    r"upazila|municipality|East|West|North|South|Central)\b")
# "drones hit Marganets hromada", "a KAB was dropped on Velyka Pysarivka hromada": a
# community named by its own unit word
_NAMED_COMMUNITY = re.compile(
    r"\b(?:at|near|in|on|hit|struck|shelled|targeted|attacked)\s+(?P<n>[A-Z][a-z][\w'’-]+"
    r"(?:\s+[A-Z][a-z][\w'’-]+)?)\s+(?:hromada|township|commune)\b")
_NOT_A_VILLAGE = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
                           "February March April May June July August September October November "
                           "December The This That".split())


# the name opening a record's address: "Jana Cabdalle", "al-Shafa", "Al-Raqw"
_ADDRESS_NAME = (r"(?<![\w'’-])(?P<n>(?:(?:al|el|an|ad|ar|as|ash|at|az)-)?[A-Z][a-z][\w'’-]+"
                 r"(?:\s+(?:(?:al|el)-)?[A-Z][a-z][\w'’-]+){0,2})")
# "Jana Cabdalle, Lower Juba, Somalia", "al-Shafa, Hajin pocket, Deir ez-Zor governorate": a
# record's address line, a name before the region (perhaps with a part of it between)
_ADDRESS = re.compile(
    _ADDRESS_NAME + r"(?:\s+(?:town|village|area|camp))?,\s+(?:(?P<mid>[^,\n|·–—]{2,30}),\s+)?"
    r"(?P<r>[^,\n|·–—(]{3,40})")


def _names_a_region(name: str) -> bool:
    """"Nangarhar", "Kherson Oblast": an address's first name that is a region or a country,
    not a village."""
    return any(p.place.kind in ("country", "admin1") for p in find_places(name))


# "al-Riyadh subdistrict, Hawija district", "al-Shafa, Hajin pocket", "al-Mansoura town,
# western Raqqa countryside": a place named before the area the town we found gives its name to
_PLACE_IN_TOWNS_AREA = re.compile(
    _ADDRESS_NAME + r"(?:\s+(?P<kind>village|town|sub-?district|area|(?P<site>market|camp)))?,\s+"
    r"(?:(?P<mid>[^,\n|·–—]{2,40}),\s+)?(?:(?:western|eastern|northern|southern|west|east|"
    r"north|south|rural)\s+)?(?P<t>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:district|"
    r"sub-?district|countryside|pocket|governorate|province)\b")


def _place_in_towns_area(loc: Location, text: str, passage: str) -> Location | None:
    for m in _PLACE_IN_TOWNS_AREA.finditer(text):
        name, town = m["n"], key(m["t"])
        if name not in passage:
            continue  # (the header of a record whose other act this is)
        if not same_spelling(loc.location or "", town) or town in key(name).split() or (
                m["mid"] and town in key(m["mid"]).split()):
            continue  # ("Al Mishlab, Raqqa, Raqqa governorate", "West Beirut": the town's part)
        if _names_a_region(name):
            continue  # ("Nangarhar, Achin district": the province)
        a1 = admin1_by_iso().get(loc.admin1_code or "")
        return replace(loc, location=f"{name} {m['site']}" if m["site"] else name,
                       geo_precision="admin1", latitude=a1.latitude if a1 else None,
                       longitude=a1.longitude if a1 else None)
    return None


# "a car bomb exploded in the Somali capital", "drones struck the capital overnight": the city
# the country's capital is (not "300 km north of the capital", "the provincial capital")
_THE_CAPITAL = re.compile(
    r"(?<!\bof\s)(?<!\bfrom\s)(?<!\bnear\s)(?<!\btowards\s)(?<!\boutside\s)"
    r"\b(?:in|on|at|across|into|over|struck|hit|targeted|targeting|attacked|rocked|shook|"
    r"pounded|shelled)\s+the\s+(?:(?P<dem>[A-Z][a-z]+)\s+)?capital(?:'s|’s|\s+city)?\b"
    r"(?!\s+(?:region|area|of)\b)")


@cache
def _capital_city(iso2: str) -> Location | None:
    """The country's capital as the gazetteer places it, once per country."""
    capital = (countries().get(iso2) or {}).get("capital")
    city = resolve(capital, prior={iso2: 1.0}) if capital else None
    if city is None or city.geo_precision != "town" or alpha2(city.country_code or "") != iso2:
        return None
    return city


def _the_capital(loc: Location, sentence: str) -> Location | None:
    iso2 = alpha2(loc.country_code or "")
    m = _THE_CAPITAL.search(sentence)
    if iso2 is None or iso2 == "PS" or m is None or (
            m["dem"] and demonyms().get(key(m["dem"])) != iso2):
        return None  # (a disputed capital; "the Tigray capital", "the Qatari capital")
    city = _capital_city(iso2)
    if city is None:
        return None
    return replace(city, confidence=loc.confidence, evidence_spans=loc.evidence_spans)


def unlisted_place(loc: Location, sentence: str, header: str = "", passage: str = "") -> Location:
    """A place the gazetteer lacks, named in the sentence that tells the act, when the
    resolver could only give a region or a country: a named site ("near the Kerem Shalom
    crossing (Southern District, Israel)") or a village placed by its unit ("shot dead by
    bandits at Kolowa in Tiaty East", "drones hit Marganets hromada"), or named in a record's
    address line before the region the resolver found ("USSOM-A112 – February 24th, 2020 –
    Jana Cabdalle, Lower Juba, Somalia"). Its coordinates stay the region's, and
    geo_precision says so. "The capital" of a country the text already gives is its city."""
    header = header[:200]  # (a record's address line, not a story's first paragraph)
    if loc.geo_precision == "town":
        for text in (sentence, header):
            if (inside := _place_in_towns_area(loc, text, passage or sentence)) is not None:
                return inside
        return loc
    if loc.geo_precision not in ("country", "admin1"):
        return loc
    if loc.country_code is not None and (site := _NAMED_SITE.search(sentence)) is not None:
        return replace(loc, location=site["n"] or site["s"])
    if loc.geo_precision == "country" and "capital" in sentence and (
            capital := _the_capital(loc, sentence)) is not None:
        return capital
    for rx in (_VILLAGE_IN_UNIT, _NAMED_COMMUNITY):
        village = rx.search(sentence)
        if village is not None and village["n"].split()[0] not in _NOT_A_VILLAGE:
            return replace(loc, location=village["n"])
    if loc.admin1 and loc.location in (None, loc.admin1):
        for m in (*_ADDRESS.finditer(sentence), *_ADDRESS.finditer(header)):
            name = m["n"]
            if name not in (passage or sentence) or name.split()[0] in _NOT_A_VILLAGE or not any(
                    p.place.kind == "admin1" and loc.admin1 in (p.place.name, p.place.admin1_iso)
                    for part in (m["mid"] or "", m["r"]) for p in find_places(part)):
                continue
            if _names_a_region(name):
                continue  # "Kherson Oblast, Ukraine": the region itself
            return replace(loc, location=name)
    return loc
