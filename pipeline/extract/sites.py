"""One incident per site of an attack told on a list of named sites.

"The attacks against the Al Noor mosque and the Linwood Islamic Centre in Christchurch", "bomb
attacks … at the Kyadondo Rugby Club and at the Ethiopian Village restaurant", "gunmen attacked
the villages of Tchoma Bangou and Zaroumdareye": event datasets code one event per place (ACLED
codes an event per location, GTD an incident per site of a coordinated attack), so one act told
on several named sites is as many incidents. Their tolls are split as ACLED splits a toll told for
several events together: evenly, the remainder to the first, unless the text gives each site its
own ("70 civilians were killed in Tchoma Bangou and 30 in Zaroumdareye").
"""

from __future__ import annotations

import re

from pipeline.extract.numbers import NUMBER, Casualties, find_casualties, parse_number
from pipeline.extract.summary import summarise
from pipeline.geo import key, resolve
from pipeline.geo.gazetteer import admin1_by_iso
from pipeline.geo.resolve import Location, alpha2

# the sites a list may name: kinds of building or ground a single attack is aimed at
_SITE_HEAD = (r"(?:[Mm]osques?|[Cc]hurch(?:es)?|[Cc]athedral|Islamic\s+Cent(?:re|er)|"
              r"[Hh]otels?|[Cc]lub|[Rr]estaurants?|[Cc]af[eé]|[Ss]hrine|[Tt]emple|[Ss]ynagogue|"
              r"[Aa]irport|(?:metro\s+|railway\s+|train\s+|bus\s+|police\s+)?[Ss]tation|"
              r"[Mm]arket|[Ss]chool|[Uu]niversity|[Cc]ollege|[Hh]ospital|[Ss]tadium|[Mm]all|"
              r"[Tt]heat(?:re|er)|[Ee]mbassy|[Cc]onsulate)")
_BUILDING = re.compile(_SITE_HEAD + r"$")
_NAME_WORD = r"(?:St\.|[A-Z][\w'’.-]*)"
_NAME = _NAME_WORD + r"(?:\s+(?:" + _NAME_WORD + r"|of|de|al|el))*"
_PLACE = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
# a named site, with the town it lies in when the list says ("St. Sebastian's Church in Negombo")
_SITE = re.compile(r"(?:(?:at|against|on)\s+)?(?:the\s+)?(?P<site>" + _NAME + r"\s+" + _SITE_HEAD
                   + r")(?P<town>\s+in\s+" + _PLACE + r"(?:,\s+(?!(?:the\s+)?" + _NAME + r"\s+"
                   + _SITE_HEAD + r")" + _PLACE + r")*)?")
# "the Shangri-La, Cinnamon Grand and Kingsbury hotels in Colombo": names sharing one kind
_SHARED_KIND = re.compile(r"(?:the\s+)?(?P<names>" + _NAME + r"(?:\s*,\s*" + _NAME
                          + r")*,?\s+and\s+" + _NAME + r")\s+(?P<kind>hotels|churches|mosques|"
                          r"schools|markets|hospitals)(?P<town>\s+in\s+" + _PLACE + r")?")
_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
                  r"(?:(?:at|against|on)\s+)?")
# the act aimed at the list: a verb or preposition of attack just before it
_AIMED_AT = re.compile(r"\b(?:against|at|on|targeting|targeted|hit|hitting|struck|striking|"
                       r"attacked|attacking|stormed|storming|bombed|raided)\s+(?=(?:the\s+)?"
                       r"[A-Z]|St\.)")
_VILLAGES = re.compile(r"\b(?:attack\w*|raid\w*|stormed|storming|struck|hit|against|targeting|"
                       r"targeted|burn\w*|shelled)\s+(?:the\s+)?(?:neighbouring\s+|nearby\s+)?"
                       r"(?:[A-Z]\w+\s+)?(?:villages|towns|localities|hamlets|communities|"
                       r"settlements|camps)\s+of\s+"
                       r"(?P<names>" + _PLACE + r"(?:\s*,\s*" + _PLACE + r")*,?\s+and\s+" + _PLACE
                       + r")")
# an event note's two towns, each with its admin units in brackets: "shelled Nikopol (Nikopol,
# Dnipropetrovsk) and Marhanets (Marhanets, Dnipropetrovsk)", "… and the nearby village of
# Petropavlivka (Petropavlivka, Kharkiv)"
_BRACKETED = r"(?P<{0}>[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*){{0,2}})\s+\([^()]{{2,60}}\)"
_BRACKETED_PAIR = re.compile(
    r"\b(?:shelled|struck|hit|attacked|bombed|targeted|raided|shelling|striking|attacking)\s+"
    r"(?:the\s+(?:towns?|villages?|cit(?:y|ies)|settlements?)\s+of\s+)?" + _BRACKETED.format("a")
    + r"\s+and\s+(?:the\s+(?:nearby\s+|neighbouring\s+|neighboring\s+)?(?:town|village|city|"
    r"settlement)\s+of\s+)?" + _BRACKETED.format("b"))
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_EACH = re.compile(r"\beach\b|\bper\s+(?:village|site|town)\b", re.IGNORECASE)
_TOLL_AT = (r"(?P<n>" + NUMBER + r")\s+(?:[a-z]+\s+){0,3}?(?:(?:were|was)\s+)?"
            r"(?:killed|dead|died)?\s*(?:in|at|for)\s+(?:the\s+)?")
# a coder's split of one toll across the events of one act: "Fatalities split across events: 8
# in Idlib city and 3 in Sarmin", "coded as 40 and split across events: 22 at Aklaz and 18 at …"
_SPLIT_ACROSS = re.compile(r"\bsplit\s+(?:across|between)\s+(?:the\s+)?(?:\w+\s+)?(?:events|"
                           r"sites|villages|locations)\b[:,]?\s*(?P<list>[^.;]+)")
_SPLIT_SHARE = re.compile(r"\b(?:" + NUMBER + r")\s+(?:[a-z]+\s+){0,2}?(?:in|at|for)\s+"
                          r"(?:the\s+)?(?P<p>" + _PLACE + r")")


def _split_sites(text: str, evidence: str) -> list[str]:
    """The places a coder's split of the toll names, when the act's own words name each."""
    m = _SPLIT_ACROSS.search(text) if "split" in text else None
    if m is None:
        return []
    places = [s["p"] for s in _SPLIT_SHARE.finditer(m["list"])]
    return places if len(places) >= 2 and all(p in evidence for p in places) else []


# an operator's regions hit: "High-voltage substations in the Kharkiv and Dnipropetrovsk regions
# were damaged"
_REGIONS = re.compile(r"\bin\s+the\s+(?P<names>" + _PLACE + r"(?:\s*,\s*" + _PLACE
                      + r")*,?\s+and\s+" + _PLACE + r")\s+(?:regions|oblasts|provinces|"
                      r"governorates)\b[^.;]{0,40}?\b(?:were|was)\s+(?:\w+\s+)?(?:damaged|hit|"
                      r"struck|attacked|targeted|shelled)\b")


# a note's "attacked Tchoma Bangou and Zaroumadareye villages (Tondikiwindi, Ouallam)": the
# names first, their kind after
_VILLAGES_NAMED_FIRST = re.compile(
    r"\b(?:attack\w*|raid\w*|stormed|storming|struck|hit|targeting|targeted|burn\w*|shelled)\s+"
    r"(?P<names>" + _PLACE + r"(?:\s*,\s*" + _PLACE + r")*,?\s+and\s+" + _PLACE
    + r")\s+(?:villages|towns|localities|hamlets|communities|settlements)\b")
_VILLAGE_KINDS = ("villages", "towns", "localities", "hamlets", "communities", "settlements")


# "struck Bilozerka, where a woman was wounded, and Antonivka, where no casualties were
# reported": two places, each with its own clause
_WHERE_EACH = re.compile(
    r"\b(?:struck|hit|shelled|attacked|targeted|bombed|striking|shelling|hitting)\s+"
    r"(?P<a>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+where\s+[^,;.]+,\s+and\s+"
    r"(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+where\b")


def _sites(sentence: str) -> list[str]:
    """The sites a sentence's act is aimed at, when it names two or more; else []."""
    if ", where " in sentence and (we := _WHERE_EACH.search(sentence)) is not None:
        return [we["a"], we["b"]]
    m = _VILLAGES.search(sentence) or (
        _VILLAGES_NAMED_FIRST.search(sentence) if any(k in sentence for k in _VILLAGE_KINDS)
        else None) or (_REGIONS.search(sentence) if " regions" in sentence
                       or " oblasts" in sentence else None)
    if m is not None:
        return [n.strip() for n in _LIST_SEP.split(m["names"]) if n.strip()]
    if "(" in sentence and (pair := _BRACKETED_PAIR.search(sentence)) is not None:
        return [pair["a"], pair["b"]]
    for aim in _AIMED_AT.finditer(sentence):
        pos = aim.end()
        if (shared := _SHARED_KIND.match(sentence, pos)) is not None:
            return _each_of_kind(shared)
        found: list[str] = []
        while (site := _SITE.match(sentence, pos)) is not None:
            found.append(site["site"] + (site["town"] or ""))
            sep = _SEP.match(sentence, site.end())
            if sep is None:
                break
            pos = sep.end()
            if (shared := _SHARED_KIND.match(sentence, pos)) is not None:
                found += _each_of_kind(shared)
                break
        if len(found) >= 2:
            return found
    return []


def _each_of_kind(shared: re.Match[str]) -> list[str]:
    """"the Grand, Royal and Lakeside hotels in Kandy" -> "Grand hotel in Kandy", …"""
    plural = shared["kind"]
    kind = plural[:-2] if plural.endswith("ches") else plural[:-1]
    town = shared["town"] or ""
    return [f"{n.strip()} {kind}{town}" for n in _LIST_SEP.split(shared["names"])]


def _split(total: int | None, n: int) -> list[int | None]:
    if total is None:
        return [None] * n
    share, rest = divmod(total, n)
    return [share + (i < rest) for i in range(n)]


def _own_tolls(text: str, names: list[str]) -> list[int] | None:
    """Each site's own toll, when the text gives every one ("70 … killed in A and 30 in B")."""
    tolls = []
    for name in names:
        m = re.search(_TOLL_AT + re.escape(name) + r"\b", text, re.IGNORECASE)
        if m is None:
            return None
        tolls.append(parse_number(m["n"]))
    return tolls if all(t is not None for t in tolls) else None


_NONE_DEAD = re.compile(r"\bno\s+(?:fatalities|deaths|casualties)\b", re.IGNORECASE)
_NONE_HURT = re.compile(r"\bno\s+(?:injuries|casualties)\b", re.IGNORECASE)


def _clause_tolls(text: str, names: list[str]) -> list[Casualties] | None:
    """Each site's own clause, when the text gives every one a clause that counts its harm:
    "In Nikopol, houses … were damaged and nobody was hurt; in Marhanets, a 68-year-old woman
    was injured"."""
    counts = []
    for name in names:
        # (the clause may run on without a comma, up to the next site's: "In Tchoma Bangou the
        # attackers killed 70 civilians, and in Zaroumadareye, about seven kilometres away,
        # they killed 30 more")
        m = re.search(r"\b[Ii]n\s+(?:the\s+(?:town|village|city)\s+of\s+)?" + re.escape(name)
                      + r",?\s+(?P<c>[^;.]+?)(?=[;.]|,?\s+and\s+in\s+|$)", text) or re.search(
            # ("Bilozerka, where a woman was wounded, and Antonivka, where no casualties …")
            r"\b" + re.escape(name) + r",\s+where\s+(?P<c>[^,;.]+)", text)
        c = find_casualties(m["c"]) if m is not None else None
        if c is None or (c.fatalities is None and c.injured is None):
            return None
        counts.append(c)
    return counts


def _one_site_tolls(text: str, names: list[str], m: dict) -> tuple[list, list] | None:
    """The act's whole toll told in a sentence that names one site only ("At one of the damaged
    substations in the Kharkiv region our colleague was injured"): that site's; the others'
    untold."""
    fat: list[int | None] = [None] * len(names)
    hurt: list[int | None] = [None] * len(names)
    for sentence in re.split(r"(?<=[.;])\s+", text):
        named = [i for i, n in enumerate(names)
                 if re.search(r"\b" + re.escape(n) + r"\b", sentence)]
        if len(named) != 1:
            continue
        c = find_casualties(sentence)
        if c.fatalities is not None and c.fatalities == m["fatalities"]:
            fat[named[0]] = c.fatalities
        if c.injured is not None and c.injured == m["injured"]:
            hurt[named[0]] = c.injured
    told = (m["fatalities"] is None or any(f is not None for f in fat)) and (
        m["injured"] is None or any(h is not None for h in hurt))
    return (fat, hurt) if told and (m["fatalities"] or m["injured"]) else None


def one_per_site(mentions: list[dict], text: str, leads: dict[int, str] | None = None
                 ) -> list[dict]:
    """Each current mention whose act is aimed at a list of named sites, as one per site.

    ``leads`` holds, by mention id, the overview sentence that told the act before its detail
    (the list is there: "condemns the attacks … against the villages of A and B")."""
    out: list[dict] = []
    for m in mentions:
        if m["mention_type"] != "current":
            out.append(m)
            continue
        sites = (_sites(m["evidence"]) or _sites((leads or {}).get(id(m), ""))
                 or _split_sites(text, m["evidence"]))
        if sites:
            # (a site the text already tells as an act of its own is that act's)
            taken = {key(o["location"]) for o in mentions if o is not m and o["location"]
                     and o["event_date"] == m["event_date"]}
            sites = [s for s in sites if key(_site_name(s)) not in taken]
        if len(sites) < 2:
            out.append(m)
            continue
        names = [_site_name(s) for s in sites]
        each = _EACH.search(m["evidence"]) is not None
        fat = _own_tolls(text, names) or ([m["fatalities"]] * len(sites) if each
                                          else _split(m["fatalities"], len(sites)))
        hurt = [m["injured"]] * len(sites) if each else _split(m["injured"], len(sites))
        if (own := _one_site_tolls(text, names, m)) is not None:
            fat, hurt = own
        if (clauses := _clause_tolls(text, names)) is not None:
            # (a count the clause leaves out is the note's closing none: "… No fatalities.")
            no_dead, no_hurt = _NONE_DEAD.search(text) is not None, _NONE_HURT.search(text)
            fat = [c.fatalities if c.fatalities is not None else (0 if no_dead else None)
                   for c in clauses]
            hurt = [c.injured if c.injured is not None else (0 if no_hurt else None)
                    for c in clauses]
        for site, name, f, h in zip(sites, names, fat, hurt, strict=True):
            one = dict(m) | _where(site, name, m) | {"fatalities": f, "injured": h}
            one["summary"] = summarise(one)
            out.append(one)
    return out


def _site_name(site: str) -> str:
    """"St. Sebastian's Church in Negombo" -> "St. Sebastian's Church"."""
    return site.split(" in ", 1)[0]


def _where(site: str, name: str, m: dict) -> dict:
    """The site's own place fields: its name, and the coordinates of the most precise place the
    gazetteer gives for it in the incident's country. A building keeps the incident's town (it
    lies there: "the Kyadondo Rugby Club" in Kampala); a village the gazetteer lacks falls back
    to the region, never to a neighbour's coordinates."""
    iso2 = alpha2(m["country_code"] or "")
    loc: Location = resolve(site, prior={iso2: 2.0} if iso2 else None)
    fields: dict = {"location": name}
    if loc.country_code == m["country_code"] and loc.geo_precision not in ("country", "admin1"):
        fields |= {"admin1": loc.admin1, "admin1_code": loc.admin1_code,
                   "latitude": loc.latitude, "longitude": loc.longitude,
                   "geo_precision": loc.geo_precision}
        if loc.location and key(loc.location) == key(name):
            fields["location"] = loc.location
    elif _BUILDING.search(name) is None and m["geo_precision"] not in ("country", "admin1"):
        region = admin1_by_iso().get(m["admin1_code"] or "")
        if region is not None and region.latitude is not None:
            fields |= {"latitude": region.latitude, "longitude": region.longitude,
                       "geo_precision": "admin1"}
        else:
            fields |= {"latitude": None, "longitude": None, "geo_precision": "country"}
    return fields


__all__ = ["one_per_site"]
