"""Rule-based incident extraction: article text in, one mention dict per incident out.

Contract (others code against it):
    extract_incidents(text, published_at, *, title=None, article_id="") -> list[dict]
Each dict has exactly ``pipeline.schema.MENTION_FIELDS``. Offline, deterministic, no model.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from pipeline.extract.actors import (
    Perpetrator,
    enemy_forces,
    find_actors,
    find_perpetrator,
    find_target,
    home_forces_act,
    reading,
)
from pipeline.extract.claims import without_relayed_claims
from pipeline.extract.dates import PERIOD_TITLE, as_date, polling_day, slash_order
from pipeline.extract.segment import (
    CAPS_WORD,
    REPORT_WORD,
    Group,
    proceedings,
    proceedings_head,
    segment,
)
from pipeline.extract.sites import one_per_site
from pipeline.extract.summary import summarise
from pipeline.extract.taxonomy import certainty, has_signal, nothing_happened, review_of_fiction
from pipeline.extract.text import Sentence, split_sentences
from pipeline.geo import find_places, key, resolve
from pipeline.geo.districts import district_in, district_location
from pipeline.geo.gazetteer import demonym_of, iso3_code
from pipeline.geo.hints import country_hints
from pipeline.geo.resolve import Location, Mention, alpha2, unlisted_place
from pipeline.schema import MENTION_FIELDS, SUB_EVENT_PARENT


def _rules_fingerprint() -> str:
    """A digest of every file the rules are made of (patterns, gazetteer code, curated tables):
    the extraction ledger re-extracts an article whenever the rules that read it change, and a
    published row names the exact rules that produced it."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for f in sorted([*(root / "extract").glob("*.py"), *(root / "geo").glob("*.py"),
                     *(root / "data").glob("*.csv")]):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:8]


EXTRACTOR_VERSION = f"0.1.0+{_rules_fingerprint()}"
EXTRACTOR = f"rules-{EXTRACTOR_VERSION}"
_MAX_EVIDENCE = 600
# a local source's home country: weak evidence of where, like a named group's home (0.6) or
# its perpetrator's (0.8), and below one place named with a locative ("in Kabul")
SOURCE_COUNTRY_WEIGHT = 0.9

__all__ = ["EXTRACTOR", "EXTRACTOR_VERSION", "extract_incidents"]


def extract_incidents(
    text: str,
    published_at: dt.date | dt.datetime | str,
    *,
    title: str | None = None,
    article_id: str = "",
    source_country: str | None = None,
) -> list[dict]:
    """Every violent incident the article reports, current or recalled, as mention dicts.

    ``source_country`` (ISO alpha-3) is a local outlet's home country. Its reports often name
    no country ("a bomb went off in the market of Mir Ali"), so it weighs as a named group's
    home does: it settles a text that names no country and chooses among a name's readings,
    but a country or a well-known town the text names outweighs it."""
    if not text or not text.strip():
        return []
    published = as_date(published_at)
    with slash_order(text, published), polling_day(text, published), reading(text):
        return _extract(text, published, title, article_id, source_country)


def _extract(text: str, published: dt.date, title: str | None, article_id: str,
             source_country: str | None) -> list[dict]:
    sentences = split_sentences(without_relayed_claims(text))
    groups = segment(sentences, published)
    context = f"{title}\n{text}" if title else text
    # (a parliament's record is headed by where it sat: "Debates - Wednesday, 4 October 2023 -
    # Strasbourg" places none of the acts told there)
    # (a note headed by its country's ISO code, "LBN – TRIPOLI (NORTH) – FLASH", is that
    # country's whatever namesakes its capitals hold)
    doc_prior = _iso3_heading(_first_line(text)) if "\n" in text.strip() else {}
    if not doc_prior and sentences and not proceedings(sentences):
        doc_prior = dict(_chronology_country(sentences[0].text))
    if not doc_prior and sentences and "\n" in text.strip() and (head := _first_line(text)) and (
            head not in sentences[0].text):
        # a header line the splitter set aside as no sentence ("Sderot Municipality")
        doc_prior = dict(_chronology_country(head))
    if not doc_prior and "\n" in text.strip():
        doc_prior = _region_heading(_first_line(text))
    outlet = None
    if source_country:
        home_iso3 = iso3_code(source_country)
        if home_iso3 is None:
            raise ValueError(f"source_country must be an ISO alpha-3 or alpha-2 code, "
                             f"got {source_country!r}")
        outlet = alpha2(home_iso3)
    if outlet is not None:
        doc_prior[outlet] = doc_prior.get(outlet, 0.0) + SOURCE_COUNTRY_WEIGHT
    elif len(doc_prior) == 1:
        # a digest titled by its country ("SOMALIA – DAILY SITREP") is read as that country's
        # local source: its "Mahas district" is a Somali village the gazetteer lacks, not Jordan's
        outlet = next(iter(doc_prior))
    done = [(g, _mention(g, text, context, published, article_id, doc_prior, outlet))
            for g in groups]
    if outlet is not None and not source_country and sentences and (
            _titled_update(sentences[0].text) or _note_heading(_first_line(text), outlet)):
        _keep_home(done, text, context, published, article_id, outlet)
    out = [m for _g, m in done if m is not None]
    if len(out) > 1:
        _settle_strays(done, text, context, published, article_id, doc_prior, outlet)
        _place_named_again(done)
        out = _one_per_event([m for _g, m in done if m is not None])
    out = one_per_site(out, text, _sole_overviews(done))
    if len(out) > 1 and any(not _NO_ONE_BEFORE.search(text, max(0, c.start() - 40), c.start())
                            for c in _CLAIM_FOR_ALL.finditer(text)):
        _one_claim_for_all(out)
    elif len(out) > 1 and len({(m["event_date"], m["location"]) for m in out
                               if m["mention_type"] == "current"}) == 1:
        # ("… a second device exploded in the parking lot as police gathered. The Army of God
        # later claimed responsibility for the attack": the same day and place, one attack)
        _one_claim_for_all([m for m in out if m["mention_type"] == "current"])
    if out and nothing_happened(text):
        # "reports of heavy gunfire … confirmed as celebratory fire at a wedding", "it is false
        # news, no car bomb": only an act told with its harm stands
        out = [m for m in out if m["fatalities"] or m["injured"]]
    if len(out) == 1 and ("incident" in text or "deleted" in text or "evidence" in text) and (
            _NO_EVENT_AT_ALL.search(text)):
        # "Posts claimed militants had killed some twenty villagers … officials found no
        # evidence of any attack … No incident occurred; this record has been deleted" (a
        # digest's one denied item leaves its other items standing)
        out = []
    if out and ("accident" in text or "exclu" in text or "cylinder" in text) and (
            _FOUND_ACCIDENTAL.search(text)):
        # "Police concluded that a leaking gas cylinder had ignited. Reason for exclusion:
        # accidental explosion": a blast found to be an accident is no act, whoever it killed
        # (but a bomb-makers' own device going off by accident is: "an accidental explosion
        # destroyed the house where the cell made TATP")
        out = [m for m in out if m["weapon"] not in ("explosive_unknown", "ied")]
    if len(out) == 1 and not (out[0]["fatalities"] or out[0]["injured"]) and (
            "no " in text.lower() and _NO_FORCE_USED.search(text)):
        # "RSF fighters entered the hospital and ordered staff … No shots were fired and no one
        # was hurt", "Security forces raided a clinic and arrested a doctor … No violence was
        # reported": an entry or an arrest, no attack
        out = []
    if out and any(("die" in (low := s.text.lower()) or "passed" in low or "cause" in low)
                   and _NATURAL_DEATH.search(s.text) for s in sentences[:3]):
        # an obituary of someone who died of illness or age tells a life: its war, bombs and
        # drones are of that life ("Lindqvist's best-known shot, a boy … in the rubble of a
        # shelled street"), and only an act told with its harm is news (the death opens it: a
        # list of the dead may strike off one who "died of a heart attack at home")
        out = [m for m in out if m["mention_type"] == "background"
               or m["fatalities"] or m["injured"]]
    if out and review_of_fiction(text):
        # a review tells a plot ("a shootout in a burning saloon"); only harm told at a named
        # place (a screening attacked, people killed) is an incident there, unless the review
        # says it is invented ("The fictional blast, which the film tells us killed eleven")
        out = [] if _FICTIONAL.search(text) else [
            m for m in out if m["location"] and (m["fatalities"] or m["injured"])]
    return out


_FICTIONAL = re.compile(r"\b(?:fictional|fictitious|invented|imaginary|made-up)\s+(?:[\w-]+\s+)?"
                        r"(?:blast|attack|bombing|shooting|massacre|explosion|war|raid)|"
                        r"\bnothing\s+in\s+the\s+(?:film|book|novel|series|show|play|game)\s+"
                        r"(?:depicts|is\s+based\s+on)\s+a\s+real\b", re.IGNORECASE)
_NO_EVENT_AT_ALL = re.compile(r"\b[Nn]o\s+incident\s+(?:occurred|took\s+place|happened)\b|"
                              r"\b[Rr]ecord\s+(?:has\s+been\s+)?deleted\b|\bfound\s+no\s+"
                              r"evidence\s+(?:of\s+)?(?:any|an|that\s+an?)\s+(?:attack|incident|"
                              r"killing|massacre)")
_FOUND_ACCIDENTAL = re.compile(
    r"\b[Rr]eason\s+for\s+exclusion\s*:\s*accident|\b[Ee]xcluded\s+event\b[^\n]*\n[^\n]*\baccident|"
    r"(?<!ruled\s)(?<!out\s)\b(?:concluded|determined|established|found)\s+that\s+(?:a|an|the)\s+"
    r"(?:leaking\s+)?gas\s+(?:cylinder|leak|canister)\s+(?:had\s+)?(?:ignited|exploded|caused)\b")
_NO_FORCE_USED = re.compile(r"\bno\s+(?:shots?\s+(?:was|were)\s+fired|violence\s+(?:was|were)\s+"
                            r"(?:reported|used|recorded))\b", re.IGNORECASE)
# an obituary of a death by illness or age: "died of pneumonia", "The cause was pancreatic
# cancer", "passed away peacefully at her home"
_NATURAL_DEATH = re.compile(
    r"\b(?:died|dies|passed\s+away)\s+(?:[\w,]+\s+){0,6}?(?:of|from)\s+(?:\w+\s+){0,2}?(?:cancer|"
    r"pneumonia|complications|covid(?:-19)?|heart\s+(?:attack|failure|disease)|stroke|"
    r"illness|natural\s+causes|old\s+age|leukemia|leukaemia|dementia|alzheimer\w*)|"
    r"\b(?:died|passed\s+away)\s+(?:\w+\s+){0,3}?peacefully|\bafter\s+a\s+(?:long|short|brief)\s+"
    r"illness|\bthe\s+cause\s+(?:of\s+death\s+)?was\s+(?:\w+\s+){0,2}?(?:cancer|pneumonia|"
    r"heart\s+failure|complications|a\s+stroke)", re.IGNORECASE)
_ANOTHER_ACT = re.compile(r"\b(?:a|the)\s+(?:second|third|fourth)\s+(?:[\w-]+\s+){0,2}?(?:bomber|"
                          r"woman|man|ied|mine|"
                          r"attacker|blast|explosion|bomb|device|attack|strike|suicide)|"
                          r"\banother\s+(?:[\w-]+\s+)?(?:bomber|blast|explosion|bomb|attack|"
                          r"strike)\b|"
                          # ("Earlier the same day, a teenage girl … detonated her explosives at
                          # a checkpoint in the Molai area of Maiduguri")
                          r"^\W*(?:[A-Z][a-z]+:\s+)?(?:earlier|later)\s+(?:the\s+same\s+day|"
                          r"that\s+day)\b|"
                          r"\bin\s+a\s+separate\s+(?:incident|attack|event)\b|"
                          # ("A separate glide bomb strike on a residential area of central
                          # Kharkiv later on May 25 injured …")
                          r"\ba\s+separate\s+(?:[\w-]+\s+){0,3}?(?:strike|attack|bombing|"
                          r"explosion|blast|shelling)\b|"
                          # ("This was one of three related attacks on compounds in Riyadh")
                          r"\bone\s+of\s+(?:\w+\s+)?(?:related|coordinated|simultaneous)\s+"
                          r"attacks\b|"
                          # ("Hours later, in what local sources described as retaliation,
                          # gunmen attacked a checkpoint … of the town")
                          r"^\W*(?:hours|minutes)\s+later\b|\bin\s+(?:what\s+[^,]{0,40}\s+as\s+)?"
                          r"(?:retaliation|revenge|reprisal)\b", re.IGNORECASE)


def _one_per_event(mentions: list[dict]) -> list[dict]:
    """A live page's later entry ("Toll rises to nine"), a "Key points" list that repeats its
    story: one act told twice in a text is one incident. As ACLED codes events, the same kind of
    act at the same named place on the same day is one event; its tolls are the highest told
    (tolls are revised upwards), and its actor the first one named."""
    kept: list[dict] = []
    for m in mentions:
        same = next((k for k in kept if m["mention_type"] == k["mention_type"] == "current"
                     and m["location"] is not None and k["location"] is not None
                     and key(m["location"]) == key(k["location"])
                     and m["country_code"] == k["country_code"]
                     and m["event_date"] == k["event_date"]
                     and m["sub_event_type"] == k["sub_event_type"]), None)
        if same is None or _ANOTHER_ACT.search(m["evidence"]):
            # ("minutes later a second woman detonated her device": told as another act)
            kept.append(m)
            continue
        for toll in ("fatalities", "injured"):
            if m[toll] is not None and (same[toll] is None or m[toll] > same[toll]):
                same[toll] = m[toll]
        if same["weapon"] in (None, "unknown") and m["weapon"] not in (None, "unknown"):
            same["weapon"] = m["weapon"]  # the act told with its weapon the second time
        if same["perpetrator"] is None and m["perpetrator"] is not None:
            same["perpetrator"] = m["perpetrator"]
            same["perpetrator_claimed"] = m["perpetrator_claimed"]
        same["summary"] = summarise(same)
    return kept


# "Doku Umarov … claimed responsibility for both attacks", "sources attributed the attacks to
# the BRN-C", "This was one of 17 related bombings targeting second homes": one claim, or one
# series, for every act the text tells
_CLAIM_FOR_ALL = re.compile(r"\b(?:claimed\s+(?:responsibility\s+for\s+)?|(?:attributed|blamed)\s+)"
                            r"(?:both|all|the\s+(?:two|three|twin)|(?:the|these)\s+(?:\w+\s+)?"
                            r"(?:attacks|bombings|incidents|blasts))\b|\bone\s+of\s+(?:\w+\s+)?"
                            r"related\s+(?:attacks|bombings|incidents)\b", re.IGNORECASE)


# ("No group has claimed responsibility for the attacks": no claim at all)
_NO_ONE_BEFORE = re.compile(r"\b(?:no|not|never|nobody|none)\b[^.;]*$|n['’]t\b[^.;]*$",
                            re.IGNORECASE)


def _one_claim_for_all(out: list[dict]) -> None:
    """The acts of a text that names one group name it for all of them."""
    named = [m for m in out if m["perpetrator"]]
    if len({m["perpetrator"] for m in named}) != 1:
        return
    for m in out:
        if m["perpetrator"] is None:
            m["perpetrator"] = named[0]["perpetrator"]
            m["perpetrator_claimed"] = named[0]["perpetrator_claimed"]
            m["summary"] = summarise(m)


def _sole_overviews(done: list[tuple[Group, dict | None]]) -> dict[int, str]:
    """The overview sentence an incident is the only detail of ("The Secretary-General condemns
    the attacks … against the villages of A and B", then "70 civilians were killed in A and 30
    in B"), by the incident's id: where its act's sites are listed."""
    told = [(g, m) for g, m in done if m is not None and g.overview >= 0 and g.lead is not None]
    per = Counter(g.overview for g, _m in told)
    return {id(m): g.lead.text for g, m in told if per[g.overview] == 1}


def _titled_update(first: str) -> bool:
    """A humanitarian update whose title opens with its country: its items are all at home."""
    return _COUNTRY_HEAD.match(first) is not None and REPORT_WORD.search(first) is not None


# a security note's capitalised heading, its country first: "MOZAMBIQUE – CABO DELGADO – PALMA
# DISTRICT", "SUDAN / KHARTOUM STATE / OMDURMAN", "PAKISTAN | KP | PESHAWAR"
_NOTE_HEADING = re.compile(r"\s*(?P<c>[A-Z][A-Z.'’ ]*[A-Z])\s*(?:[–—|/]|\s-\s)\s*[A-Z]{2}")


def _note_heading(first: str, home: str) -> bool:
    """A note headed by its country's name in capitals, then its region: its items are all at
    home, as a titled update's are."""
    hm = _NOTE_HEADING.match(first)
    return hm is not None and len(first) <= 120 and any(
        m.place.kind == "country" and m.place.country2 == home for m in find_places(hm["c"]))


def _keep_home(done: list[tuple[Group, dict | None]], text: str, context: str,
               published: dt.date, article_id: str, home: str) -> None:
    """An update titled by its country ("DR Congo: Ituri – Flash Update No. 3") reports from
    there: an item read abroad only through a namesake town ("near Mambasa town" as Kenya's
    Mombasa, "near Kobé" as Japan's Kobe) is the home country's, unless its own sentences name
    the other country or one of its regions ("towards Kiryat Shmona in northern Israel")."""
    for i, (g, m) in enumerate(done):
        if m is None or m["country_code"] is None or alpha2(m["country_code"]) == home:
            continue
        there = alpha2(m["country_code"])
        passage = " ".join(s.text for s in g.sentences)
        named = [key(p.surface) == key(m["location"] or "") for p in find_places(passage)
                 if p.place.country2 == there and p.place.kind in ("country", "admin1")]
        if not all(named):
            continue
        again = _mention(g, text, context, published, article_id, {home: 12.0}, home)
        if again is not None and alpha2(again["country_code"] or "") == home and (
                # (a place named only by a namesake region abroad, "the Dar es Salaam
                # neighbourhood, Ombada (western Omdurman)", moves to a home place it names)
                again["location"] if named else (
                    again["location"] or not m["location"]
                    or district_in(m["location"], home) is None)):
            done[i] = (g, again)
        elif m["location"] and (at := district_in(m["location"], home)) is not None:
            # "MOZAMBIQUE – CABO DELGADO – PALMA DISTRICT … attacked Palma town": the home
            # district the city list lacks, whose name it reads only abroad
            done[i] = (g, _placed_at(m, at))


def _settle_strays(done: list[tuple[Group, dict | None]], text: str, context: str,
                   published: dt.date, article_id: str, doc_prior: dict[str, float],
                   outlet: str | None = None) -> None:
    """A log from Bamenda whose next item is "in Bali (Mezam division)" means Cameroon's Bali,
    not Indonesia's: when every other incident of the text lies in one country and this one's
    place has a namesake there, the namesake is read. Only the same place name may move; a
    place with no namesake there (or a country the text names) stays where it is.

    An incident whose sentences give no country at all ("Same day, Russian drones hit Marganets
    hromada (Nikopolskyi raion)", with a place the gazetteer lacks) is in that one country too:
    a note's or an update's acts are where its others are."""
    # (the placed strays first: the placeless follow the country their others settle in)
    order = [i for i, (_g, m) in enumerate(done) if m is not None and m["country_code"]]
    order += [i for i, (_g, m) in enumerate(done) if m is not None and not m["country_code"]]
    for i in order:
        g, m = done[i]
        if m is None or (m["location"] is None and m["country_code"] is not None):
            continue
        others = {o["country_code"] for j, (_g, o) in enumerate(done)
                  if j != i and o is not None and o["country_code"] is not None}
        if len(others) != 1 or m["country_code"] in others:
            continue
        home = alpha2(next(iter(others)))
        if home is None:
            continue
        prior = {**doc_prior, home: doc_prior.get(home, 0.0) + 0.6}
        again = _mention(g, text, context, published, article_id, prior, outlet)
        if again is not None and again["country_code"] in others and (
                m["country_code"] is None or (again["location"] and m["location"]
                                              and key(again["location"]) == key(m["location"]))):
            done[i] = (g, again)
        elif m["location"] and (there := district_in(m["location"], home)) is not None:
            # "Palma district, Cabo Delgado: … ambushed near Palma": a district at home the
            # city list lacks, whose name it reads only abroad
            done[i] = (g, _placed_at(m, there))


def _place_named_again(done: list[tuple[Group, dict | None]]) -> None:
    """"… attacked Belot (Kenscoff, Ouest) … The following day, gang members returned and set
    fire to houses in Belot": a place the gazetteer lacks, placed by the act before it, is
    there again when an act without a place names it."""
    before: dict | None = None  # the last act placed, in the text's order
    for g, m in done:
        if m is not None and m["location"] is not None:
            before = m
        if m is None or m["location"] is not None:
            continue
        passage = " ".join(s.text for s in g.sentences)
        if before is not None and m["country_code"] in (None, before["country_code"]) and (
                _THE_TOWN.search(passage)):
            # "On the same day, the military responded with air strikes on the town": the town
            # the act before was placed at
            m.update({k: before[k] for k in _PLACE_FIELDS})
            continue
        for _h, o in done:
            if (o is not None and o is not m and o["location"] and o["country_code"]
                    and m["country_code"] in (None, o["country_code"])
                    and re.search(r"\b(?:in|at|near|on)\s+(?:the\s+)?" + re.escape(o["location"])
                                  + r"\b", passage)):
                m.update({k: o[k] for k in _PLACE_FIELDS})
                break


_THE_TOWN = re.compile(r"\b(?:on|in|at|into|near|of|across)\s+the\s+(?:town|city|village)\b"
                       r"(?!\s+of\b|['’]s\s+\w+\s+of\b)")
def _placed_at(m: dict, loc: Location) -> dict:
    """The incident ``m`` moved to ``loc`` (a district at home, read as its region)."""
    return {**m, **{k: getattr(loc, k) for k in _PLACE_FIELDS}}


_PLACE_FIELDS = ("country_code", "country", "admin1", "admin1_code", "location", "latitude",
                 "longitude", "geo_precision")


def _first_line(text: str) -> str:
    """A text's first line: a post's or a record's header ("Sderot Municipality", "USSOM-A112 –
    February 24th, 2020 – Jana Cabdalle, Lower Juba, Somalia")."""
    return text.lstrip().split("\n", 1)[0]


def _evidence(text: str, sentences: list[Sentence]) -> str:
    """Shortest verbatim passage covering the sentences that carry the facts."""
    first, last = sentences[0], sentences[-1]
    if last.end - first.start <= _MAX_EVIDENCE:
        return text[first.start:last.end]
    return first.text[:_MAX_EVIDENCE]


# a title led by its country ("Ethiopia – Tigray Region Humanitarian Update (29 June 2021)")
_COUNTRY_HEAD = re.compile(r"(?P<c>[A-Z][\w.'’()-]*(?:\s+[A-Z][\w.'’()-]*){0,4})\s*(?::|\s[–—-]\s)")
_ISO3_HEAD = re.compile(r"[A-Z]{3}")
_CHRONOLOGY_TITLE = re.compile(r"\b(?:chronology|timeline)\b", re.IGNORECASE)


def _chronology_country(first: str) -> dict[str, float]:
    """"Mozambique: Cabo Delgado insurgency timeline": a chronology's title names the country
    of every entry under it ("24 March: Palma." is Mozambique's Palma, not Spain's); so does
    an advisory's capitalised heading ("UNDSS CAMEROON – SECURITY ADVISORY")."""
    if _CHRONOLOGY_TITLE.search(first):
        return _sole_country(first, lambda m: m.place.kind in ("country", "admin1")
                             and m.weight >= 1.0, 3.0)
    if len(first) <= 160 and PERIOD_TITLE.search(first):
        # "Taiz city: children hit by sniper fire, September–November 2016": a report's title
        # names where its items are
        return _sole_country(first, lambda m: m.weight >= 1.0, 3.0)
    if len(first) <= 200 and (head := _COUNTRY_HEAD.match(first)) is not None and (
            REPORT_WORD.search(first)):
        # "Mali: Flash Update – Insecurity in Gao …", "DR Congo: North Kivu – Flash Update #5":
        # a humanitarian update titled by its country reports from there (and _keep_home holds
        # its items there against namesake towns abroad)
        titled = _sole_country(head["c"], lambda m: m.place.kind == "country", 3.0)
        if titled:
            return titled
    if len(first) > 120:
        return {}
    if _ISSUER.search(first) and not has_signal(first):
        # "Khyber Pakhtunkhwa Police, daily situation report for 14 January.": the region whose
        # authority issues a bulletin is the region of its items ("in Bara" is not Sudan's)
        issued = _sole_country(first, lambda m: m.place.kind in ("country", "admin1", "town")
                               and m.weight >= 0.3, 2.0)
        if issued:
            return issued
    if not CAPS_WORD.search(first):
        return {}
    # (and a region's: "CABO DELGADO – DAILY SECURITY SUMMARY", "EASTERN DRC – DIGEST")
    return _sole_country(first, lambda m: m.place.kind in ("country", "admin1")
                         and m.surface.isupper() and (len(m.surface) > 3 or (
                             m.place.kind == "country" and " – " in first)), 2.0)


_UNIT_WORD = re.compile(r"\b(?:township|district|county|commune|municipality|province|"
                        r"governorate|region)\b", re.IGNORECASE)


def _iso3_heading(head: str) -> dict[str, float]:
    """{country: weight} for a heading that opens with its country's ISO alpha-3 code."""
    hm = _COUNTRY_HEAD.match(head) or _CODE_BAR_HEAD.match(head)
    if hm is not None and len(head) <= 120 and _ISO3_HEAD.fullmatch(hm["c"]) and (
            iso2 := alpha2(hm["c"])) is not None:
        return {iso2: 2.0}
    return {}


# ("LBN | DAILY SITREP | 21SEP24 | 0800")
_CODE_BAR_HEAD = re.compile(r"\s*(?P<c>[A-Z]{3})\s*\|")


def _region_heading(head: str) -> dict[str, float]:
    """"Kandahar - Zhari district", "Northern Shan State - Manton township", "Tripoli - southern
    suburbs: returnees hit by mines": a record headed by its region reports from there (its
    "Sangsar" is Kandahar's village, not Iran's; its "Manton" is no town in Michigan)."""
    if len(head) > 120 or head.rstrip().endswith(".") or (hm := _COUNTRY_HEAD.match(head)) is None:
        return {}
    if (coded := _iso3_heading(head)):
        # "SOM – Banadir – Mogadishu (Hodan district)", "IDN – Highland Papua – Nduga regency":
        # a security note headed by its country's ISO code (its "Medina" hospital is no
        # Saudi city, its "Paro" airstrip no town in Bhutan)
        return coded
    return _sole_country(hm["c"], lambda m: m.place.kind in ("country", "admin1"), 2.0)


def _heading_place(loc: Location, head: str, prior: dict[str, float]) -> Location:
    """"Rakhine State - Kyauktaw township", then "On 3 February two children were killed when an
    unexploded shell … exploded": the township of a record's heading, where its story names no
    place finer than the region (a headline or a report's title names no such place)."""
    hm = _COUNTRY_HEAD.match(head)
    if (hm is None or not _UNIT_WORD.search(head, hm.end()) or has_signal(head)
            or REPORT_WORD.search(head) or not _region_heading(head)):
        return loc
    headed = resolve(head, prior=prior)
    if headed.geo_precision in ("town", "site") and all(
            a >= hm.end() for a, _b in headed.evidence_spans) and headed.country_code == (
            loc.country_code or headed.country_code) and (
            loc.geo_precision == "country" or headed.admin1 == loc.admin1):
        return headed
    return loc


def _sole_country_in(text: str) -> str | None:
    """The one country ``text`` places something in ("in Lebanon"), if only one."""
    return next(iter(_sole_country(text, lambda m: m.place.kind == "country" and m.weight >= 1.5,
                                   1.0)), None)


def _sole_country(first: str, keep: Callable[[Mention], bool], weight: float) -> dict[str, float]:
    """``{country: weight}`` when the places of ``first`` that ``keep`` admits all lie in one
    country, else nothing."""
    countries = {m.place.country2 for m in find_places(first) if keep(m)}
    return {countries.pop(): weight} if len(countries) == 1 else {}


_ISSUER = re.compile(r"\b(?:Police|Administration|Command|Ministry|Governor|Government|"
                     r"Division|Brigade|Army|Armed\s+Forces|Press\s+Release|Statement|Bulletin|"
                     # a war's local posts: "Kiryat Shmona Municipality | Update 14:35",
                     # "Mateh Asher Regional Council", "head of Kharkiv OMA:",
                     # "Operational HQ of Krasnodar Krai:"
                     r"Municipality|(?:Regional\s+|City\s+|Local\s+)?Council|OMA|OVA|MVA|HQ|"
                     r"Headquarters|Mayor|"
                     r"(?:situation|daily|morning|evening)\s+(?:report|update))\b", re.IGNORECASE)


def _mention(g: Group, text: str, context: str, published: dt.date,
             article_id: str, doc_prior: dict[str, float] | None = None,
             outlet: str | None = None) -> dict | None:
    means = g.means
    if means is None:
        return None
    sents = g.sentences
    passage = " ".join(s.text for s in sents)
    parts = [s.text for s in sents]
    perp = find_perpetrator(passage, parts)
    if perp.name is None and g.lead is not None:
        # a bulletin's item names no actor: its list's lead names the state whose forces acted
        # ("Russian forces carried out 78 attacks on 29 settlements. … Krasnopillia community:
        # 14 mortar rounds fell")
        led = find_perpetrator(g.lead.text)
        if led.name is not None and led.name.endswith(" forces"):
            perp = led
    prior = country_hints(passage)
    # any group with one home country named in the passage is weak evidence of where
    # ("Al-Shabaab militants attacked a convoy"); the perpetrator's counts more
    for am in find_actors(passage, parts):
        if am.actor.country2:
            prior[am.actor.country2] = max(prior.get(am.actor.country2, 0.0), 0.6)
    if perp.country2 and not perp.name.endswith(" forces"):
        # (a state's forces strike abroad as often as at home: "Pakistani military aircraft
        # struck villages in Barmal district, Paktika")
        prior[perp.country2] = prior.get(perp.country2, 0.0) + 0.8
    for iso2, w in (doc_prior or {}).items():
        prior[iso2] = prior.get(iso2, 0.0) + w
    if g.lead is not None and g.lead not in sents and (
            led := _sole_country_in(g.lead.text)) is not None:
        # the lead that gave the act its day names the country too ("mourns Julien, who died
        # for France on Monday 15 March in Mali. Julien was killed … near Gossi, in the Gourma")
        prior[led] = prior.get(led, 0.0) + 1.0
    loc = resolve(passage, context=context, prior=prior, parts=parts, home=outlet)
    if loc.country_code is None and (home := _sole_country_in(text)) is not None:
        # "The League of Teachers in Lebanon mourns … She was gravely wounded when an Israeli
        # air strike destroyed a house in Kfar Sir": the one country the text places anything
        # in holds the village the gazetteer lacks
        loc = resolve(passage, context=context, prior={**prior, home: prior.get(home, 0.0) + 3.0},
                      parts=parts, home=outlet)
    if loc.country_code is None:
        # "killed in the Shah Wali Kot district": a district the city list lacks, where nothing
        # else in the text names a country
        loc = district_location(passage) or loc
    loc = unlisted_place(loc, g.frames[0].sent.text, _first_line(text), passage)
    if loc.geo_precision in ("country", "admin1") and loc.location in (None, loc.admin1) and (
            "\n" in text.strip()) and not proceedings_head(_first_line(text)):
        loc = _heading_place(loc, _first_line(text), prior)
    if perp.name is None and loc.country_code and home_forces_act(passage):
        iso2 = alpha2(loc.country_code)
        if iso2:
            perp = Perpetrator(f"{demonym_of(iso2)} forces", False, iso2)
    mention_type = "background" if g.background else "current"
    if perp.name is None and loc.country_code and (iso2 := alpha2(loc.country_code)) and (
            enemy := enemy_forces(passage, iso2, g.date.date if g.date else published)):
        perp = Perpetrator(enemy, False, None)
    if g.date is not None:
        event_date, precision = g.date.date, g.date.precision
    elif mention_type == "background":
        # a recalled event with no date in the text: never the publication day; its year
        # (precision "year") is the most the text allows, and confidence drops below
        event_date, precision = dt.date(published.year, 1, 1), "year"
        if event_date == published:
            event_date = dt.date(published.year - 1, 1, 1)
    else:
        event_date, precision = published, "day"
    if mention_type == "current" and event_date > published:
        event_date = published
    key_sents = sorted({g.frames[0].sent, *g.casualty_sentences}, key=lambda s: s.start)
    confidence = 0.35 + 0.15 * (means.strength == 2) + 0.35 * loc.confidence
    if g.date is not None and g.date.explicit:
        confidence += 0.05
    if mention_type == "background" and g.date is None:
        confidence -= 0.15
    if loc.country_code is None:
        confidence = min(confidence, 0.2)
    m = {
        "article_id": article_id,
        "mention_type": mention_type,
        "event_date": event_date,
        "date_precision": precision,
        "event_type": SUB_EVENT_PARENT[means.sub_event_type],
        "sub_event_type": means.sub_event_type,
        "weapon": means.weapon,
        "country_code": loc.country_code,
        "country": loc.country,
        "admin1": loc.admin1,
        "admin1_code": loc.admin1_code,
        "location": loc.location,
        "latitude": loc.latitude,
        "longitude": loc.longitude,
        "geo_precision": loc.geo_precision,
        "perpetrator": perp.name,
        "perpetrator_claimed": perp.claimed,
        "target": find_target(passage),
        "fatalities": g.fatalities,
        "injured": g.injured,
        "certainty": certainty(passage, g.doubt, text),
        "summary": "",
        "evidence": _evidence(text, key_sents),
        "extractor": EXTRACTOR,
        "confidence": round(min(max(confidence, 0.0), 1.0), 3),
    }
    m["summary"] = summarise(m)
    assert tuple(m) == MENTION_FIELDS
    return m
