"""Perpetrators: named armed groups with their aliases, claims of responsibility, and targets.

The alias table (pipeline/data/actors.csv) maps every spelling and acronym the press uses to one
canonical name (IS, ISIS, ISIL, Daesh -> Islamic State), with the group's home country as a weak
hint for locating passages that name no place.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache, lru_cache

from unidecode import unidecode

from pipeline.extract.dates import LAID_IN_WAIT, MONTH_WORD
from pipeline.extract.text import ARABIC_ARTICLE, RESPONSE_TO
from pipeline.geo.gazetteer import data_table, key, name_index


@dataclass(frozen=True, slots=True)
class Actor:
    canonical: str
    country2: str | None


@cache
def _aliases() -> dict[str, Actor]:
    out: dict[str, Actor] = {}
    rows = [(Actor(r["canonical"], r["country"] or None), r["aliases"])
            for r in data_table("actors.csv")]
    # Explicit aliases first, in file order: a branch row ("ISWAP" -> Nigeria) listed before
    # its movement's row wins its own names, and the bare canonical name stays the movement's.
    for actor, aliases in rows:
        for alias in aliases.split("|"):
            if alias.strip():
                out.setdefault(alias.strip(), actor)
    for actor, _names in rows:
        out.setdefault(actor.canonical, actor)
    return out


def all_aliases() -> tuple[str, ...]:
    return tuple(_aliases())


def _is_acronym(alias: str) -> bool:
    """Short all-caps or mixed-case forms ("TTP", "LeT", "HuJI") match only as written: "LeT"
    read case-blind is the verb in "Let Yet Kone village"."""
    if len(alias) > 6 or " " in alias:
        return False
    return alias.replace("-", "").isupper() or sum(c.isupper() for c in alias) >= 2


@cache
def actor_pattern() -> re.Pattern[str]:
    """One regex over every alias: acronyms case-sensitive, names case-insensitive."""
    return _pattern_of(frozenset(_aliases()))


@lru_cache(maxsize=2048)
def _pattern_of(aliases: frozenset[str]) -> re.Pattern[str]:
    parts = []
    for alias in sorted(aliases, key=lambda a: (-len(a), a)):
        esc = re.escape(alias).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]?")
        esc = esc.replace("'", "['’]?")
        parts.append(f"(?-i:{esc})" if _is_acronym(alias) else esc)
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


@cache
def _alias_index() -> tuple[dict[str, frozenset[str]], tuple[str, ...]]:
    """Gate word -> the spelled-out aliases that need it; and the acronym aliases.

    A sentence is matched only against the aliases it could contain, so the regex is small
    (and cached per set): the full alternation of every alias costs tens of microseconds."""
    by_word: dict[str, set[str]] = {}
    acronyms = []
    for alias in _aliases():
        words = _GATE_WORD.findall(alias.lower())
        if _is_acronym(alias) or not words:
            acronyms.append(alias)
            continue
        rare = [w for w in words if w not in _COMMON_WORDS] or words
        for gate in {max(rare, key=len), "".join(words)}:  # "Al-Shabaab" is also "AlShabaab"
            by_word.setdefault(gate, set()).add(alias)
    return {k: frozenset(v) for k, v in by_word.items()}, tuple(acronyms)


@cache
def _lookup() -> dict[str, Actor]:
    return {_norm(k): v for k, v in _aliases().items()}


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", unidecode(s).lower().replace("'", "").replace("’", "")
                  ).strip()


_ROLE_TAIL = re.compile(r"\s+(?:forces|militants|fighters|rebels|extremists|members|militia|"
                        r"militiamen|gunmen|insurgents|movement|dissidents|terrorists)$",
                        re.IGNORECASE)


_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?P<c>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)$")


def canonical(name: str | None) -> str | None:
    """Canonical name for any known alias (used by the scorer too); the input otherwise."""
    if not name:
        return name
    base = re.sub(r"\s*\((?:suspected|claimed|alleged)\)\s*", " ", name, flags=re.I).strip()
    if _STATE_LABEL.match(base):  # "Military Forces of Nigeria (2023-)" is "Nigerian forces"
        base = _forces_of(base) or base
    bare = re.sub(r"^(?:the|suspected)\s+", "", base, flags=re.I)
    inner = re.findall(r"\(([^()]+)\)", bare)
    outer = re.sub(r"\s*\([^()]*\)", "", bare).strip()
    # "Houthi forces", "Houthi extremists (Ansar Allah)", "Basque Fatherland and Freedom (ETA)"
    role = _ROLE_TAIL.sub("", outer)
    # event-note labels: "JNIM: Group for Support of Islam and Muslims", "M23: March 23 Movement"
    label = [p.strip() for p in outer.split(":")] if ":" in outer else []
    # "Al-Nusrah Front in Lebanon", "Islamic State in Somalia": the group, where it acts
    where = re.sub(r"\s+in\s+(?:the\s+)?[A-Z][\w'’\- ]+$", "", outer)
    # "National Liberation Army of Colombia": the group, with the country it is of
    whose = _OF_COUNTRY.search(outer)
    of_where = outer[:whose.start()] if whose and state_country(whose["c"]) else outer
    for part in (base, bare, outer, role, *inner, *label, where, of_where):
        a = _lookup().get(_norm(part))
        if a:
            return a.canonical
        state = _institution_state(part)
        if state:
            return state  # "ENDF", "Tatmadaw", "US Africa Command"
    return base


_ACRONYM = re.compile(r"\b[A-Z][a-z]{0,2}[A-Z0-9]")  # ("TTP", "M23", and "LeT", "HuJI")
_GATE_WORD = re.compile(r"[a-z0-9]+")


def _gate_words() -> frozenset[str]:
    """Words one of which every spelled-out alias needs (see ``_alias_index``)."""
    return frozenset(_alias_index()[0])


# words too frequent in news to gate the alias pattern on ("Islamic State militants")
_COMMON_WORDS = frozenset("""the of and in al el is group groups militants militant fighters
forces force army party front state people national movement liberation rebels""".split())


@dataclass(frozen=True, slots=True)
class ActorMention:
    actor: Actor
    start: int
    end: int


# the whole text being read, for what one sentence cannot tell: an acronym the text spells out
# in another sentence as something else than the table's group
_DOCUMENT: ContextVar[str] = ContextVar("document", default="")


@contextmanager
def reading(text: str) -> Iterator[None]:
    """While ``text`` is extracted, the sentence-level readers may consult all of it."""
    token = _DOCUMENT.set(text)
    try:
        yield
    finally:
        _DOCUMENT.reset(token)


def find_actors(text: str, parts: list[str] | None = None) -> list[ActorMention]:
    """Named armed groups in ``text``; ``parts``: its sentences (joined by one space), whose
    matches are cached because segmentation and place resolution read them too."""
    if parts is None or " ".join(parts) != text:
        out = [ActorMention(a, s, e) for s, e, a in actor_spans(text)]
    else:
        out, offset = [], 0
        for part in parts:
            out.extend(ActorMention(a, s + offset, e + offset) for s, e, a in actor_spans(part))
            offset += len(part) + 1
    doc = _DOCUMENT.get()
    if doc and any(_is_acronym(text[m.start:m.end]) for m in out):
        out = [m for m in out if not (_is_acronym(text[m.start:m.end]) and (
            _spelt_out_elsewhere(doc, text[m.start:m.end], m.actor)
            or _bracketed_for_another(doc, text[m.start:m.end], m.actor)))]
    return out


@lru_cache(maxsize=4096)
def actor_spans(text: str) -> tuple[tuple[int, int, Actor], ...]:
    """(start, end, actor) of every alias in ``text``, cached per sentence."""
    by_word, acronyms = _alias_index()
    found: set[str] = set()
    for w in set(_GATE_WORD.findall(text.lower())):
        hit = by_word.get(w)
        if hit:
            found |= hit
    if _ACRONYM.search(text):
        found.update(a for a in acronyms if a in text)
    if not found:
        return ()  # no word of any group's name: no alias can match
    table = _lookup()
    out = []
    for m in _pattern_of(frozenset(found)).finditer(text):
        a = table.get(_norm(m.group()))
        if a is not None and not _inside_longer_name(text, m.start(), m.end()) \
                and not _defined_otherwise(text, m.start(), m.group(), a) \
                and not (m.group() == "settlers"
                         and _OTHER_PEOPLE_BEFORE.search(text, max(0, m.start() - 20), m.start())):
            out.append((m.start(), m.end(), a))
    return tuple(out)


# "a hamlet of Bengali settlers": settlers of another people than the West Bank's
_OTHER_PEOPLE_BEFORE = re.compile(r"\b(?!Israeli\b|Jewish\b)[A-Z][a-z]+(?:i|an|ese|ish|ic)\s+$")


_EXPANSION_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:(?:of|for|the|de|del|la|le|du|des|"
                               r"and|in|en|pour)\s+)*){1,8})\($")


def _defined_otherwise(text: str, start: int, alias: str, actor: Actor) -> bool:
    """"a Community Police Unit (UPC)": a text's own spelling-out of an acronym beats the
    table's (UPC is also a Central African armed group). The acronym is someone else's when the
    capitalised words before its bracket give its letters as initials and are no name of the
    table's group."""
    if not _is_acronym(alias):
        return False
    m = _EXPANSION_BEFORE.search(text, max(0, start - 120), start)
    if m is None:
        return False
    words = m.group(1).split()
    initials = sorted(w[0] for w in words if w[0].isupper())
    letters = sorted(c for c in alias if c.isalpha())
    if initials != letters:
        return False
    expansion = " ".join(words)
    return not any(_lookup().get(_norm(expansion[i.start():])) == actor
                   for i in re.finditer(r"(?:^|(?<=\s))[A-Z]", expansion))


def _spelt_out_elsewhere(text: str, alias: str, actor: Actor) -> bool:
    """"Statement of the Caspian Pipeline Consortium. … the pumping station of CPC": the text
    spells the acronym out in words of its own, not the table's group's name."""
    letters = [c for c in alias if c.isalpha()]
    if not 2 <= len(letters) <= 5 or not all(c.isupper() for c in letters):
        return False
    joiner = r"\s+(?:(?:of|for|the|and|de|du|des|la|le)\s+)*"
    words = re.search(r"\b" + joiner.join(c + r"[a-z][\w'’-]*" for c in letters) + r"\b", text)
    return words is not None and _lookup().get(_norm(words.group())) != actor


def _bracketed_for_another(text: str, alias: str, actor: Actor) -> bool:
    """"Reporters Without Borders (RSF) … RSF calls on both warring parties": the text
    gives the acronym in brackets after a name that shares no word with any of the table's
    names for its group, whatever language its letters come from (Reporters sans
    frontières), so it is that name's here. (A name spelled or translated otherwise shares
    some: "National Mozamboqueña Resistance (RENAMO)", "Al-Qa`ida in the Islamic Maghreb".)"""
    for m in re.finditer(r"\(" + re.escape(alias) + r"\)", text):
        before = _EXPANSION_BEFORE.search(text, max(0, m.start() - 120), m.start() + 1)
        if before is None:
            continue
        # (one word before the bracket is a label the acronym specifies: "the NSAG (ISWAP)",
        # "IS-Mozambique (ISCAP)")
        names = [w for w in before.group(1).split() if w not in ("The", "A", "An")]
        words = {w for w in _NAME_WORD.findall(before.group(1).lower()) if len(w) > 3}
        if len(names) > 1 and words and words.isdisjoint(_words_of(actor)):
            return True
    return False


_NAME_WORD = re.compile(r"[^\W\d_]+")


@cache
def _words_of(actor: Actor) -> frozenset[str]:
    """Every word of every name the table gives a group (its canonical name included)."""
    names = [a for a, who in _lookup().items() if who == actor] + [actor.canonical]
    return frozenset(w for n in names for w in _NAME_WORD.findall(n.lower()))


_ORG_AFTER = re.compile(r" (?:Organi[sz]ation|Front|Party|Council|Union|Army|Committee|League|"
                        r"Command)\b")


_GENERIC_NAME_START = re.compile(r"(?:National|Islamic|Revolutionary|People's|Popular|Democratic|"
                                 r"United|Liberation)\b")
_CAP_GLUED_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|Suspected|Alleged|Presumed|By|Of|In|"
                               r"On|At|And|Or|From|With|For)\b)[A-Z][\w'’-]+ $")


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """"Islamic Jihad Organization", "Irish National Liberation Army": an alias that another
    group's name begins or ends with is not that group (a generic-sounding alias glued to a
    capitalised word before it, or followed by an organisation's noun)."""
    if _ORG_AFTER.match(text, end):
        return True
    return bool(_GENERIC_NAME_START.match(text, start)
                and _CAP_GLUED_BEFORE.search(text, max(0, start - 30), start)
                and text[:start].rstrip()[-1:] not in ("", ".", ":", ";"))


_CLAIM = re.compile(
    r"\bclaim(?:ed|s|ing)?\s+(?:the\s+)?(?:responsibility|credit)|\bclaimed\s+(?:the|an|a|"
    r"this|that)\s+(?:\w+\s+){0,2}(?:attack|bombing|blast|killing|assault|strike|raid|"
    r"operation|ambush|shooting)|\bclaimed\s+by\b|\bclaim\s+of\s+responsibility|"
    r"\btook\s+responsibility|\bsaid\s+(?:that\s+)?(?:it|the\s+group)\s+(?:had\s+)?"
    r"(?:carried\s+out|was\s+behind|conducted|launched|targeted)|\baccepted\s+responsibility|\bresponsibility\s+was\s+"
    r"claimed|\bowned\s+up",
    re.IGNORECASE,
)
_NO_CLAIM = re.compile(
    r"\bno\s+(?:\w+\s+){0,2}(?:group|one|organi[sz]ation|faction)\s+(?:has\s+|had\s+)?"
    r"(?:yet\s+)?(?:immediately\s+)?claim\w*|\bnot\s+(?:yet\s+)?(?:been\s+)?claimed|"
    r"\bnobody\s+(?:has\s+)?claimed|\bwithout\s+(?:a\s+)?claim|"
    # "No claim of responsibility.", "There was no immediate claim"
    r"\bno\s+(?:\w+\s+)?claims?\b",
    re.IGNORECASE,
)
_DENIAL = re.compile(r"\bden(?:ied|y|ies)\b|\brejected\s+(?:claims|responsibility)",
                     re.IGNORECASE)
_AUTHORITY_AFTER = re.compile(
    r"^,?\s+who\s+(?:took|seized|came\s+to|returned\s+to|have\s+been\s+in)\s+power\b|"
    r"^(?:['’]s)?\s+(?:-led\s+|-run\s+)?(?:(?:deputy|chief|main|official)\s+)?(?:government|"
    r"administration|authorities|officials?|rulers?|"
    r"spokesm[ae]n|spokesperson|police|interior\s+ministry|ministry|governor|commander|"
    r"security\s+forces|intelligence|regime|rule|takeover|leaders?hip)\b", re.IGNORECASE)
# a side of a standing feud, named as context, not as who acted ("a clash between X and Y" is
# an act, and its first side is coded)
_RIVALS_BEFORE = re.compile(r"\b(?:turf\s+)?(?:wars?|feuds?|disputes?|rivalr(?:y|ies)|"
                            r"struggle|vendetta)\s+(?:[^.;]{0,40}?\s+)?between\s+(?:the\s+)?"
                            r"(?:[^.;]{0,60}?\s+and\s+(?:the\s+)?)?$", re.IGNORECASE)
_LEADER_OF_BEFORE = re.compile(r"\b(?:leader|chief|head|founder|boss|kingpin)\s+of\s+"
                               r"(?:the\s+)?$", re.IGNORECASE)
_KILLED_LEADER_OF = re.compile(r"\b(?:killed|killing|targeted|targeting|assassinated)\s+"
                               r"(?:[\w'’-]+,?\s+){1,4}?(?:a\s+|the\s+)?(?:senior\s+|top\s+)?"
                               r"(?:commander|leader|chief|head|official)s?\s+of\s+(?:the\s+)?$",
                               re.IGNORECASE)
_NONE_OF = re.compile(r"\b(?:no|not\s+any|none\s+of\s+the)\s+$", re.IGNORECASE)
_POSSESSED_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+)?(?:fuel|supply|supplies|supply\s+lines|"
                              r"positions?|bases?|depots?|strongholds?|hideouts?|infrastructure|"
                              r"revenues?|arsenal|stockpiles?|capabilit(?:y|ies)|weapons\s+stores?)"
                              r"\b", re.IGNORECASE)
_ACCUSER_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:and\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?"
                            r"(?:(?:later|also|quickly|has|had)\s+)?"
                            r"(?:blamed|accused|held\s+(?:\w+\s+){1,3}?responsible)\b(?!\s+(?:it|"
                            r"itself|themselves)\b)", re.IGNORECASE)
_SOURCE_AFTER = re.compile(
    # ("Hezbollah later announced the death of one of its fighters": the group hit, mourning)
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:later|also|has|had)\s+)?(?:announced\s+the\s+deaths?\s+of|"
    r"mourned)\b"
    # ("LNA sources did not comment", "a Hamas spokesman declined to comment")
    r"|\s*(?:sources?|officials?|spokes(?:man|person|woman)|media|outlets?)\s+(?:did\s+not|"
    r"declined\s+to|could\s+not\s+be\s+reached\s+to)\s+comment\b"
    r"|\s*(?:\([^()]{1,20}\)\s*)?(?:(?:sources?|officials?|spokes(?:man|person|woman)|media|"
    r"outlets?)\s+)?(?:said|says|say|reported|stated|told|announced|counted)\b"
    r"(?![^.;]{0,60}\b(?:claim\w*|responsib\w*|(?:it|they|its\s+\w+|the\s+group)\s+(?:had\s+|"
    r"have\s+|has\s+)?(?:carried|attacked|killed|launched|targeted|struck|shot|was\s+behind|"
    r"were\s+behind|clashed|ambushed|fought|raided|repelled|stormed|downed|shot\s+down|"
    r"planted|detonated|blew\s+up|bombed|set\s+off|fired)\b))",
    re.IGNORECASE)
# "killing 40, according to local residents and the Arakan Army (AA)": who told it
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:[^.;()]{0,60}?\s+(?:and|or)\s+)?(?:the\s+)?$",
                            re.IGNORECASE)
# "…, which the IDF said the Houthis use", "the Israeli army, which said the men were Hezbollah
# members", "SAF, which denied responsibility and accused RSF": a group named inside a relative
# clause told of the target or of another actor (not of a source: "according to a military
# source, which accused AQAP" names the author)
_WHICH_BEFORE = re.compile(r",\s+which\s+(?:[^,.;]{0,50}?\s+)?(?:the\s+)?$")
_ACCUSING = re.compile(r"\b(?:accus|blam|attribut|claim)\w*", re.IGNORECASE)
_ACTOR_TAIL = re.compile(r"(?:\b(?:army|forces|military|troops|police|cartel|faction|group|"
                         r"gang|militia|regime)|\))\W{0,2}$", re.IGNORECASE)
_CLAIM_NEAR = re.compile(r"^[^.;]{0,40}?\b(?:has\s+|have\s+|had\s+|later\s+|quickly\s+)?"
                         r"(?:claimed|claims|claiming|took\s+responsibility|said\s+it|"
                         r"said\s+(?:that\s+)?the\s+group\s+(?:had\s+)?(?:carried|was\s+behind))\b"
                         # ("The Red Army Faction (RAF) and the French group Action Directe
                         # claimed joint responsibility": the first named claims too)
                         r"|^[^.;]{0,60}?\bclaimed\s+joint\b",
                         re.IGNORECASE)
_NAMED_BY_OR_LINKED = re.compile(
    r"\b(?:named|identified|mourned|claimed\s+as\s+its\s+\w+)\s+by\s+(?:the\s+)?$|"
    # "killing four men linked to the Haqqani network", "sources linked the compound to the …"
    r"\b(?:men|fighters|militants|people|members|suspects|individuals|commanders?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:linked|affiliated|belonging|loyal)\s+to\s+(?:the\s+)?$|"
    r"\blinked\s+the\s+(?:compound|house|men|victims|dead|target|site)\s+to\s+(?:the\s+)?$|"
    r"\bagainst\s+(?:[\w-]+\s+){0,5}?(?:linked|affiliated|allied|loyal)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE)
_HABITUAL = re.compile(
    r"\b(?:often|usually|typically|frequently|regularly|routinely|repeatedly|generally|"
    r"previously(?!\s+(?:unknown|" + LAID_IN_WAIT + r"))|"
    r"in\s+the\s+past)\b",
    re.IGNORECASE)
_VICTIM_OF = re.compile(
    r"(?:killed|killing|kill|wounding|injuring|attacked|attacking|targeted|"
    r"targeting|against|ambushed|"
    r"arrested|captured|struck|bombed|shelled|raided|pounded|escaping|fleeing|"
    # a headline's present tense: "Turkish jets strike PKK targets", "drones hit IS hideouts"
    r"(?:jets|warplanes|aircraft|drones|troops|forces)\s+(?:strike|hit|bomb|pound|target)|"
    r"(?:fled|fleeing|escaped|escaping|defected|rescued|freed|released)\s+from|left|leaving|"
    r"defected)\s+(?:\w+\s+){0,3}$"
    # "threw a grenade at a Taliban checkpoint", "fired on an ISIS position"
    r"|\b(?:at|on|into|near)\s+(?:a|an|the)\s+$", re.IGNORECASE)
_HARMED_BEFORE = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring|gunned\s+down|"
                            r"neutrali[sz](?:ed|ing)|eliminat(?:ed|ing))\s+"
                            r"(?:(?:at\s+least|an?|\d+|two|three|four|five|six|seven|eight|nine|ten|"
                            r"several|dozens\s+of|scores\s+of)\s+)?(?:suspected\s+)?$",
                            re.IGNORECASE)
_HARMED_MEMBER_BEFORE = re.compile(
    r"\b(?:(?:killing|killed|wounding|wounded|injuring|injured|abducting|abducted)\s+(?:what\s+"
    r"(?:it|they)\s+called\s+[\"“']?)?(?:(?:at\s+least\s+)?(?:\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|a|an|one|several)\s+)?(?:(?:senior|top|local|field|prominent)\s+)?"
    r"(?:members?|fighters?|soldiers?|commanders?|operatives?|leaders?|officials?)|(?:vehicles?|"
    r"convoys?|patrols?|positions?|bases?|checkpoints?|posts?|headquarters|offices?))\s+(?:of|"
    r"from)\s+(?:the\s+)?$",
    re.IGNORECASE)
_HELD_BY = re.compile(r"\b(?:(?:held|controlled|run|occupied|administered|governed|besieged|"
                      r"encircled|surrounded|dominated|owned|used)\s+by|"
                      # (not "Assailants belonging to the M-19 stormed": who they are)
                      r"(?<!assailants\s)(?<!attackers\s)(?<!gunmen\s)(?<!hijackers\s)"
                      r"(?<!kidnappers\s)belonging\s+to)\s+"
                      r"(?:the\s+)?$", re.IGNORECASE)
_AFTER_CLAUSE = re.compile(r"\bafter\s+(?:[\w'’-]+\s+){0,3}?(?:fire|attacks?|shelling|strikes?|"
                           r"rockets?|raids?)\s+(?:from|by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
                           re.IGNORECASE)
_FIRED_FROM = re.compile(r"\b(?:fired|launched|lobbed)\b[^.;]*\bfrom\b", re.IGNORECASE)
_MEMBER_OF_BEFORE = re.compile(r"\bmembers?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_HARMED_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:was|were)\s+(?:\w+\s+)?(?:killed|"
                           r"wounded|injured|abducted|kidnapped)\b", re.IGNORECASE)
# a group's place, hit ("the MoD said the house was a Taliban gathering point")
_GROUPS_PLACE_AFTER = re.compile(r"\s+(?:gathering\s+points?|hideouts?|safe\s+houses?|"
                                 r"training\s+camps?)\b", re.IGNORECASE)
# "2 militants (TRF) killed": the victims' group in brackets
_BRACKET_VICTIM_BEFORE = re.compile(r"\b(?:militants|fighters|members|rebels|insurgents|cadres|"
                                    r"terrorists|gunmen)\s*\(\s*$", re.IGNORECASE)
_BRACKET_VICTIM_AFTER = re.compile(r"\s*\)\s*(?:were\s+|was\s+)?(?:killed|dead|injured|wounded|"
                                   r"neutrali[sz]ed|arrested|KIA|WIA)\b", re.IGNORECASE)
_TARGET_OF = re.compile(r"\b(?:attacks?|strikes?|airstrikes?|raids?|assaults?|offensive|"
                        r"operations?|bombing|shelling)\s+(?:on|against|targeting)\s+(?:the\s+)?"
                        # ("air strikes on several Hamas positions")
                        r"(?:(?:several|multiple|two|three|four|five|a\s+number\s+of|dozens\s+of|"
                        r"various)\s+)?(?:suspected\s+)?$", re.IGNORECASE)
_STRUCK_SUSPECTED = re.compile(r"\b(?:struck|hit|targeted|targeting|bombed|shelled|pounded|"
                               r"striking|hitting)\s+(?:\w+\s+){0,3}?suspected\s+$|"
                               # "The ENDF said it hit Fano militia fighters": its target
                               r"\b(?:it|they)\s+(?:had\s+)?(?:hit|struck|targeted|bombed)\s+"
                               r"(?:the\s+)?$", re.IGNORECASE)
# (", who have done similar attacks", ", the al Qaeda-linked alliance that has repeatedly cut")
_RELATIVE_AFTER = re.compile(r",\s+(?:who|which)\b|,\s+(?:the|a|an)\s+[^,.;]{0,60}?\b(?:that|which|"
                             r"who)\b")
# ("killing its 2 riders, both Hezbollah members", "killing both occupants, who were members
# of the SDF")
_VICTIM_APPOSED = re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\b[^.;]{0,50},"
                             r"\s+(?:(?:both|all|mostly|two|three|four|\d+)\s+(?:of\s+them\s+)?|"
                             r"who\s+(?:were|was)\s+(?:both\s+|all\s+)?(?:\w+\s+)?members\s+of\s+"
                             r"(?:the\s+)?)$", re.IGNORECASE)
_DENIED_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:has\s+|had\s+|have\s+|also\s+|later\s+|"
                           r"quickly\s+)?(?:den(?:ied|ies|y)|rejected)\b", re.IGNORECASE)
_SUSPICION = re.compile(r"\b(?:suspect\w*|blam\w*|attribut\w*|accus\w*|believed)\b",
                        re.IGNORECASE)
# "Military Forces of Nigeria (2023-)", "Police Forces of Pakistan": how event databases name
# state actors (the head of _FORCES_OF below)
_STATE_FORCES_HEAD = (r"(?:(?:Military|Police|Armed|Security|Naval|Air|Defen[cs]e|Government)\s+)?"
                      r"Forces\s+of")
_STATE_LABEL = re.compile(_STATE_FORCES_HEAD + r"\b")
_TARGET_NOUN = re.compile(r"\s*(?:(?:foot|armou?red|supply|logistics|troop|mine-resistant)\s+)?"
                          r"(?:checkpoint|base|post|patrol|convoy|vehicle|barracks|"
                          r"position|camp|outpost|truck|helicopter)s?\b", re.IGNORECASE)
_ALSO_KNOWN = re.compile(r"\b(?:known|referred\s+to)\s+(?:locally\s+|also\s+|widely\s+)?as\s+"
                         r"(?:the\s+)?$", re.IGNORECASE)
_APPOSED = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_KIND_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:faction|splinter|offshoot|affiliate|cell|wing|"
                         r"branch|franchise)\b", re.IGNORECASE)
_OPPONENT_OF = re.compile(r"\b(?:clash\w*|fight\w*|battl\w*|fire|fought)\s+(?:\w+\s+)?"
                          r"(?:with|against)\s+(?:the\s+)?(?:\w+\s+){0,2}$"
                          r"|\b(?:fighting|battling|fought|battled|engaged)\s+(?:the\s+)?$",
                          re.IGNORECASE)
_VICTIM_AFTER = re.compile(
    r"^\s+(?:[\w\-]+\s+){0,2}?(?:members?|fighters?|militants?|commanders?|rebels?|insurgents?|"
    r"leaders?|positions?|hideouts?|camps?|bases?)\s+(?:and\s+(?:\d+|an?|one|two|three)\s+[\w-]+\s+)?"
    # ("2 Hezbollah members and 1 civilian killed;": a terse note drops the auxiliary)
    r"(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:killed|wounded|injured|targeted|hit|"
    r"struck|arrested|captured|neutrali[sz]ed)\b|(?:killed|dead|wounded)\s*[;,.])",
    re.IGNORECASE)
_AVENGED_BEFORE = re.compile(r"\b" + RESPONSE_TO + r"\s+(?:an?\s+|the\s+|recent\s+)?"
                             r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_BACKER_BEFORE = re.compile(r"\b(?:backed|supported|assisted|escorted)\s+by\s+(?:the\s+)?$|"
                            r"\bwith\s+(?:the\s+)?(?:support|backing|help)\s+of\s+(?:the\s+)?$",
                            re.IGNORECASE)
_AGENT_BEFORE = re.compile(
    r"(?:by|suspected|blamed\s+on|attributed\s+to|believed\s+to\s+be|linked\s+to|"
    r"affiliated\s+(?:to|with)|members?\s+of|fighters\s+(?:of|from)|loyal\s+to|from\s+the)"
    r"\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Perpetrator:
    name: str | None
    claimed: bool
    country2: str | None


# An armed group the alias table does not know, named as the one acting: "Gran Grif gang
# members attacked", "RED-Tabara rebels attacked", "an IS-KP suicide bomber detonated",
# "Jaish al-Adl militants attacked", "Tatmadaw aircraft bombed".
_AGENT_NAME = (r"(?P<name>(?:\d+\s+)?[A-Z][\w'’\-]*(?:\s+(?:(?:al|el|ad|as|de|del|la|los|las|"
               r"of|the)\s+)?(?:(?:al|el|ad|as|an|ar)-)?[A-Z0-9][\w'’\-]*){0,5})")
_AGENT_NOUN = re.compile(
    r"(?<=\s)(?P<noun>militants?|gunm[ae]n|fighters|rebels|insurgents|gang\s+members?|gangs?|"
    r"members|militiam[ae]n|militias?|cadres|guerrillas?|jihadists?|separatists|herders|"
    r"herdsmen|troops|forces|soldiers|aircraft|warplanes|jets|drones?|snipers?|"
    r"(?:suicide\s+)?bombers?|naval\s+vessels|artillery|operatives|commandos|units?)\b")
_AGENT_VERB_AFTER = re.compile(
    r"\s+(?:[\w()'’\-]+\s+){0,4}?(?:attack\w*|ambush\w*|shot|shoot\w*|kill\w*|abduct\w*|"
    r"kidnap\w*|rustl\w*|loot\w*|fought|battled|"
    r"storm\w*|raid\w*|clash\w*|fir(?:ed|ing)|shell\w*|bomb\w*|struck|strik\w*|hit|"
    r"detonat\w*|exchang\w*|launch\w*|carr(?:ied|ying)|open(?:ed)?|set|burn\w*|torch\w*|"
    r"behead\w*|hack\w*|execut\w*|seiz\w*|target\w*|rammed|blew|massacr\w*|machine-gunn\w*|"
    r"hijack\w*)\b")
# the name right before the group noun, read backwards from it (cheaper than scanning the text)
# ("Farabundo Martí National Liberation Front (FMLN) guerrillas fired": the acronym may follow)
_AGENT_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(,;]))(?:(?:the|an?)\s+)?" + _AGENT_NAME
                                + r"(?:\s+\([A-Z][\w'’\-]{1,12}\))?\s+$")
_MEMBERS_OF = re.compile(
    r"\b(?i:militants|members|fighters|rebels|dissidents|gunmen|cadres|guerrillas|armed\s+men|"
    r"assailants|attackers)\s+"
    # ("armed men reportedly linked to Los Tiguerones stormed …")
    r"(?i:of|from|belonging\s+to|(?:reportedly\s+|allegedly\s+)?(?:linked|tied|affiliated)\s+"
    r"(?:to|with))\s+"
    r"(?:the\s+)?(?P<name>(?:\d+\s+)?[A-Z][\w'’\-]*(?:\s+(?:(?:of|the|for|al|de|del)\s+){0,2}"
    r"[A-Z0-9][\w'’\-]*){0,6}(?:\s+(?:front|column|brigade|faction|militia|cartel))?)"
    r"(?:\s+\([^()]{1,20}\))?\s+(?:attack\w*|ambush\w*|opened|shot|"
    r"kill\w*|fired|abduct\w*|kidnap\w*|detonat\w*|stormed|raided|clashed|fought|set|bombed|"
    r"burn\w*|torch\w*|hijack\w*|machine-gunn\w*|threw|planted|seized|held)")
# word-start anchored and run on lower-cased text: an IGNORECASE alternation of bare stems is
# tried at every character and cost more than the patterns it guards
_AGENT_GATE = re.compile(r"\b(?:militant|gunm[ae]n|fighters|rebels|insurgent|gang|members|militia|"
                         r"armed\s+men|assailants|attackers|"
                         r"cadres|guerrilla|jihadist|separatist|herd|troops|forces|soldiers|"
                         r"aircraft|warplane|jets|drone|sniper|bomber|suicide|vessels|artillery|"
                         r"operatives|commandos|units?\b|dissidents)")
# who a text blames ("blaming members of the Los Lobos gang", "blamed the Jaime Martínez column")
_BLAME_VERB = r"\b(?:blam(?:ed|ing|es)|attribut(?:ed|ing)\s+(?:[\w-]+\s+){0,3}?to)\s+"
_GROUP_WORDS = r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,4}"
_GROUP_KIND = r"(?:front|column|cartel|brigade|faction)"
_BLAMED_GROUP = re.compile(
    _BLAME_VERB + r"(?:it\s+on\s+|the\s+(?:attack|killings?|bombing|shooting)\s+on\s+)?"
    r"(?:members\s+of\s+)?(?:the\s+)?(?P<name>" + _GROUP_WORDS + r"(?:\s+" + _GROUP_KIND
    + r")?)\s+gang\b|" + _BLAME_VERB + r"(?:it\s+on\s+)?(?:members\s+of\s+)?(?:the\s+)?(?P<name2>"
    + _GROUP_WORDS + r"\s+" + _GROUP_KIND + r")\b")
_DAY_MONTH_TAIL = re.compile(r"\s+\d{1,2}\s+" + MONTH_WORD + r"\.?$")
_PASSIVE_BETWEEN = re.compile(r"\b(?:were|was|been|being|are|is)\b")
_PLACE_NAMED = re.compile(r"\s(?:State|Province|Region|District|County|Governorate|Oblast)$")
_MEMBERS_GATE = re.compile(r"\b(?:militants|members|fighters|rebels|dissidents|gunmen|cadres|"
                           r"guerrillas|armed\s+men|assailants|attackers)\s+(?:of|from|"
                           r"belonging\s+to|(?:reportedly\s+|allegedly\s+)?(?:linked|tied|"
                           r"affiliated)\s+(?:to|with))\s")
_NOT_AGENT = frozenset(
    "on around in at the a an after before during while when as near about some several "
    "unidentified unknown suspected armed local police security government state islamist "
    "jihadist rebel militant two three four five six seven eight nine ten dozens hundreds "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday "
    # kinds of drone, not who flew it ("an FPV drone struck a car")
    "fpv kamikaze shahed shahed-type geran lancet loitering quadcopter uav "
    # a humanitarian report's "NSAG members": a non-state armed group, no one named
    "nsag nsags nsa nsas "
    # a headline's words for the act itself: "Reported drone strike kills civilians"
    "reported alleged deadly fatal massive fresh renewed latest new twin double possible "
    "unconfirmed".split())


def named_agent(text: str) -> str | None:
    """The name an unknown armed group is given where the text says it acted."""
    name = _named_agent(text)
    # ("Fighters of the Russian Volunteer Corps 25 May clashed": the day is no part of it)
    return _DAY_MONTH_TAIL.sub("", name) if name else name


def _named_agent(text: str) -> str | None:
    low = text.lower()
    if "blam" in low or "attribut" in low:
        bg = _BLAMED_GROUP.search(text)
        if bg is not None:
            # "police said, blaming members of the Los Lobos gang", "blamed the Jaime Martínez
            # column"
            return bg.group("name") or bg.group("name2")
    if not _AGENT_GATE.search(low):
        return None  # no group noun at all: most passages
    mo = _MEMBERS_OF.search(text) if _MEMBERS_GATE.search(low) else None
    if mo is not None and not _PLACE_NAMED.search(mo.group("name")) and not (
            name_index().get(key(mo.group("name")))):
        return mo.group("name")  # (not "gunmen from Zamfara State", "attackers from Mafa")
    for nm in _AGENT_NOUN.finditer(text):
        va = _AGENT_VERB_AFTER.match(text, nm.end())
        if va is None or _PASSIVE_BETWEEN.search(va.group()):
            continue  # "7 Russian soldiers were killed": the victims
        m = _AGENT_NAME_BEFORE.search(text, max(0, nm.start() - 90), nm.start())
        if m is None or m.group("name").split()[0].lower() in ("unidentified", "unknown"):
            continue
        words = m.group("name").split()
        while words and (words[0].lower() in _NOT_AGENT or words[0].isdigit()):
            words = words[1:]
        if not words:
            continue
        name = " ".join(words)
        if _is_state_word(name, or_region=True):
            continue  # a state's or a region's forces: find_state_forces speaks for those
        return name
    return None


# The closing sentence of a database record names whoever is held responsible, known or not:
# "The Niger Delta Avengers (NDA) claimed responsibility.", "Anarchists were suspected.",
# "Sources attributed the attack to the Group of Popular Fighters."
# who carried an attack out, as records name them before saying who they were
ATTACKER_NOUNS = (r"(?:attackers|assailants|gunmen|kidnappers|abductors|perpetrators|bombers?|"
                  r"killers?|raiders|militants)")
_NAME_TOKEN = r"(?:" + ARABIC_ARTICLE + r")?[A-Z0-9À-ÖØ-Þ][\w'’\-]*"
_RECORD_NAME = (r"(?P<name>" + _NAME_TOKEN + r"(?:\s+(?:(?:of|the|for|and|al|el|wal|wa|de|del|"
                r"la|los|las|do|da|dos|das|in|ul|bin|na)\s+)*(?:h(?=[À-ÖØ-Þ]))?" + _NAME_TOKEN
                + r"){0,7}"
                r"(?:\s+\([^()]{1,40}\))?"
                r"(?:\s+(?:extremists|militants|insurgents|rebels|separatists|nationalists|"
                r"dissidents|activists|guerrillas|jihadists|front|column|bloc|brigade))?)")
_RECORD_AGENT = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\bbut\s))(?:[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?:group|"
    r"organi[sz]ation|cell)\s+"
    r"|(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,3}?(?:group|organi[sz]ation|militia|faction),\s+"
    r"|[Tt]he\s+)?" + _RECORD_NAME
    # "The Extraditables, a group linked to drug traffickers, claimed responsibility"
    # ("Doku Umarov, leader of the Caucasus Emirate, claimed …": a leader's title, bare)
    + r"(?:,\s+(?:(?:a|an|the)\s+|(?=(?:self-styled\s+)?(?:leader|head|chief|emir|commander|"
    r"founder)\s+of\s))[^,.;]{3,60},)?,?\s+(?:(?:armed|criminal|drug|militant|"
    r"insurgent|rebel|jihadist|terrorist|extremist|separatist)\s+)?(?:(?:group|militia|"
    r"movement|organi[sz]ation|network|faction|gang)\s+)?(?:(?:was|were|is|are)\s+"
    r"(?:(?:also|widely|later|reportedly|initially)\s+)?(?P<s>suspected|responsible|blamed|"
    # "IS Sahel (ISSP) is the likely perpetrator", "MS-13 was the main suspect"
    r"held\s+responsible|the\s+(?:most\s+)?(?:likely|probable|main|prime|chief|principal|"
    r"presumed|suspected)\s+(?:perpetrators?|culprits?|suspects?|authors?))|"
    r"(?:has\s+|have\s+|had\s+|later\s+)?(?P<c>(?:said\s+it\s+was|claimed\s+to\s+be)\s+holding|"
    r"claimed(?=\s*[.;]|\s*$)|claimed\s+(?:(?:joint|sole|full)\s+)?(?:responsibility|(?:the|an?)\s+"
    r"(?:[\w-]+\s+)?(?:attacks?|"
    r"assassination|bombings?|killings?|kidnapping|abduction|shooting|ambush|raid|blast|"
    r"explosion|strike|massacre|hijacking)|credit)|acknowledged\s+(?:holding|"
    r"responsibility|carrying\s+out)))\b|\battributed\s+"
    r"(?:(?:the|both|these|those|all(?:\s+the)?)\s+(?:\w+\s+)?(?:attacks?|"
    r"incidents?|bombings?|killings?|abductions?|ambush|assault|raid|explosion|blast|shooting|"
    r"kidnapping|(?:air\s*|drone\s+)?strikes?|shelling|massacre|mines?|minefields?|devices?|"
    r"ieds?)|it)\s+to\s+"
    # "to a local cell of Jamaah Ansharut Daulah", "to the Jaime Martinez front of", "to
    # members of Barrio 18"
    r"(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:cell|faction|unit|wing|branch)\s+of\s+"
    r"|(?:members|fighters|militants|elements|dissidents)\s+of\s+)?"
    r"(?:the\s+)?" + _RECORD_NAME.replace("(?P<name>", "(?P<to>")
    # ("Attributed to the ELN.", "the attack is attributed to the Tren de Aragua")
    + r"|(?:(?<=[;:]\s)|(?<=\.\s)|^|\b(?:is|was|are|were)\s+(?:being\s+)?)[Aa]ttributed\s+to\s+"
    r"(?:(?:members|fighters|militants|elements|dissidents)\s+of\s+)?(?:the\s+)?"
    + _RECORD_NAME.replace("(?P<name>", "(?P<att>")
    + r"|\bblamed\s+(?:by\s+(?:[\w-]+\s+){1,4}?)?on\s+(?:the\s+)?"
    + _RECORD_NAME.replace("(?P<name>", "(?P<on>")
    # "Police identified the assailants as members of the LTTE", "a spokesman for al-Shabaab
    # said the group had carried out the attack", "X announced that its fighters had planted"
    + r"|\b(?:identified\s+(?:the\s+)?(?:\w+\s+)?" + ATTACKER_NOUNS
    + r"\s+as\s+(?:(?:members|fighters|militants)\s+of\s+)?|(?:described|identified)\s+"
    r"(?:by\s+\w+\s+)?as\s+(?:members|fighters|militants)\s+of\s+)(?:the\s+)?"
    + _RECORD_NAME.replace("(?P<name>", "(?P<ident>")
    + r"|\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?"
    + _RECORD_NAME.replace("(?P<name>", "(?P<spoke>")
    + r"(?=\s+said\s+(?:that\s+)?(?:the\s+group|it|its\s+\w+)\s+(?:had\s+)?(?:carried|"
    r"was\s+behind|conducted|launched|attacked|planted|detonated))"
    + r"|(?:^|(?<=,\s)|(?<=[.;]\s))(?:(?:On|In)\s+[^,.;]{3,30}?\s+)?(?:[Tt]he\s+)?"
    + _RECORD_NAME.replace("(?P<name>", "(?P<ann>")
    + r"\s+(?:announced|said|stated)\b[^.;]{0,60}?\b(?:its|their)\s+(?:fighters|members|"
    r"militants|men|cadres|units)\s+(?:had\s+)?(?:planted|attacked|carried\s+out|detonated|"
    r"blew\s+up|ambushed|killed|abducted|kidnapped|launched|fired|overran|stormed|raided|"
    r"struck|shelled|captured)"
    # "gunmen of La Familia Michoacana and Los Tlacos exchanged fire"
    # ("armed men of Kuki-Chin National Front (KNF) opened fire", "the elements of the armed
    # group AAKG have made an incursion", "the artillery of the Iranian Revolutionary Guard
    # has bombarded")
    + r"|\b(?:[Gg]unmen|[Ff]ighters|[Mm]ilitants|[Mm]embers|[Cc]adres|[Ee]lements|[Aa]rmed\s+men|"
    r"[Aa]rtillery|[Dd]rones|[Aa]ircraft|[Jj]ets)\s+(?:of|from)\s+(?:the\s+)?(?:armed\s+group\s+)?"
    + _RECORD_NAME.replace("(?P<name>", "(?P<of>")
    + r"(?=(?:\s*\([^()]{1,40}\))?\s+(?:(?:has|have|had)\s+)?(?:and\b|attacked|exchanged|clashed|"
    r"opened|stormed|raided|ambushed|abducted|kidnapped|killed|shot|set|fired|detonated|planted|"
    r"threw|hurled|burned|torched|bombarded|shelled|struck|hit|made)\b)"
    # "sources suspected Ansarul Islam", "police suspect insurgents of the BRN"
    + r"|\b(?:suspected|suspect|blamed|blame)\s+(?:[a-z]+\s+(?:of|linked\s+to)\s+)?(?:the\s+)?"
    # "suspected the Sunni militant group Sipah-e-Sahaba Pakistan", "the Dagestan branch of"
    r"(?:[a-z][\w-]+\s+){0,2}?"
    r"(?:(?:[A-Z][\w-]+\s+)?(?:militant|armed|insurgent|rebel|terrorist|jihadist|extremist)\s+"
    r"(?:group|organi[sz]ation|faction|movement)\s+|[A-Z][\w-]+\s+branch\s+of\s+(?:the\s+)?)?"
    + _RECORD_NAME.replace("(?P<name>", "(?P<sus>")
    # "Police named the MS-13 as the main suspect", "armed men, presumed to be 3R fighters"
    + r"|\bnamed\s+(?:the\s+)?" + _RECORD_NAME.replace("(?P<name>", "(?P<named>")
    + r"\s+as\s+(?:the\s+)?(?:(?:main|prime|chief|principal|likely|probable)\s+)?"
    r"(?:suspects?|culprits?|perpetrators?)\b"
    + r"|\b(?:presumed|believed|thought|understood)\s+to\s+(?:be|have\s+been)\s+(?:(?:members|"
    r"fighters|militants|elements)\s+of\s+)?(?:the\s+)?"
    + _RECORD_NAME.replace("(?P<name>", "(?P<pres>")
    + r"(?=\s+(?:fighters|militants|members|elements|gunmen|rebels|militiamen|combatants)\b"
    r"|[,.;)]|$)"
    # "Suspicion fell on 3R", "had links to JAD", "belonged to Shining Path", "later
    # acknowledged holding the two men", "claimed the assassination" (but an issuer's ",
    # on behalf of the Pearl Petroleum consortium," is whom it speaks for)
    + r"|\b(?:[Ss]uspicion\s+fell\s+on|links?\s+to|belong(?:ed)?\s+to|ties\s+to|"
    r"(?<!,\s)on\s+behalf\s+of|signed\s+by|pointed\s+(?:the\s+finger\s+)?(?:at|to))\s+(?:the\s+)?"
    + _RECORD_NAME.replace("(?P<name>", "(?P<link>")
    # "a group calling itself Soldados de Franelas", "flown by the Liberation Tigers …"
    + r"|\bgroup\s+calling\s+itself\s+(?:the\s+)?" + _RECORD_NAME.replace("(?P<name>", "(?P<self>")
    + r"|\b(?:flown|carried\s+out|conducted|perpetrated|planted|laid|staged|committed|claimed|"
    r"ordered)\s+by\s+(?:(?:members|fighters|militants|elements|dissidents|gunmen)\s+of\s+)?"
    r"(?:the\s+)?" + _RECORD_NAME.replace("(?P<name>", "(?P<by>")
    # "shot dead by Clan del Golfo members", "kidnapped by members of the 400 Mawozo gang",
    # "attacked by gangs of the Viv Ansanm coalition"
    # ("abducted last Saturday by dissidents of the Dagoberto Ramos front")
    + r"|\b(?:attacked|killed|shot(?:\s+dead)?|kidnapped|abducted|ambushed|stormed|raided|"
    r"executed|beheaded|wounded|injured|targeted|seized|overrun)\s+(?:(?:on\s+|last\s+|this\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|morning|evening)\s+)?"
    r"by\s+(?:(?:members|gangs?|"
    r"gunmen|militants|fighters|elements|dissidents)\s+of\s+)?(?:the\s+)?"
    + _RECORD_NAME.replace("(?P<name>", "(?P<pby>")
    + r"(?=\s+(?:members|gang|gangs|gunmen|militants|fighters|coalition|cartel|militia|group|"
    r"rebels|insurgents)\b|[\s.,;]|$)"
    # "Fighting between the Karenni Nationalities Defense Force (KNDF) and junta troops"
    # ("a shootout between Los Shottas and Los Espartanos", "combat between dissidents of the
    # Carlos Patiño front and troops")
    + r"|\b(?:[Ff]ighting|[Cc]lash(?:es)?|[Bb]attles?|[Gg]unfights?|[Ss]hoot-?outs?|[Ff]irefights?|"
    r"[Cc]onfrontations?|[Cc]ombats?)\s+between\s+(?:(?:members|fighters|militants|dissidents)"
    r"\s+of\s+)?(?:the\s+)?"
    + _RECORD_NAME.replace("(?P<name>", "(?P<btw>") + r"\s+and\b"
    # "Members of the White Rabbits were charged"
    + r"|\b(?:[Mm]embers|[Mm]ilitants|[Ff]ighters|[Cc]adres)\s+of\s+(?:the\s+)?"
    r"(?:[a-z][\w-]*\s+){0,2}?"
    + _RECORD_NAME.replace("(?P<name>", "(?P<mem>")
    + r"\s+(?:(?:were|was|are|is)\s+(?:later\s+|subsequently\s+|also\s+)?(?:suspected|"
    r"responsible|arrested|charged|convicted|sentenced|found\s+guilty)|carried\s+(?:it|(?:the|"
    r"this)\s+\w+)\s+out|(?:had\s+)?carried\s+out\s+(?:the|this)\b)"
    # "the attackers are presumably members of Los Tiguerones"
    + r"|\b(?:are|were|was|is)\s+(?:presumably|allegedly|reportedly|probably|likely|believed\s+"
    r"to\s+be)\s+(?:members|fighters|militants|elements|dissidents)\s+of\s+(?:the\s+)?"
    + _RECORD_NAME.replace("(?P<name>", "(?P<prm>"))
_RECORD_GATE = re.compile(r"\b(?:suspect|responsib|blame|attribut|claimed|calling\s+itself|"
                          r"identified|spokes|announced|holding|described|convicted|"
                          r"(?:gunmen|fighters|militants|members|armed\s+men|artillery|drones|"
                          r"aircraft|jets|cadres|elements)\s+(?:of|from)\s|"
                          r"(?:attacked|killed|shot|dead|kidnapped|abducted|ambushed|stormed|"
                          r"raided|executed|beheaded|wounded|injured|targeted|seized|overrun)\s+by\s|"
                          r"(?:day|night|morning|evening)\s+by\s|dissidents\s+of\s|"
                          r"(?:fighting|clashes|battles?|gunfights?)\s+between|suspicion|links?\s+to|"
                          r"belong(?:ed)?\s+to|ties\s+to|acknowledged|on\s+behalf\s+of|signed\s+by|"
                          r"pointed\s+(?:the\s+finger\s+)?(?:at|to)|"
                          r"(?:flown|carried\s+out|conducted|perpetrated|planted|laid|staged|"
                          r"committed)"
                          r"\s+by\b|members\s+of|perpetrator|culprit|named\s|presumed\s+to|"
                          r"ordered\s+by|(?:clash|shoot-?outs?|firefights?|confrontations?|"
                          r"combats?)\s+between|"
                          r"(?:its|their)\s+(?:fighters|members|militants|men|cadres|units)\b|"
                          r"(?:believed|thought|understood)\s+to\s+(?:be|have)\b)")
# labels, not names: "Islamist Militants", "Armed" (a whole name of generic words is no group)
_GENERIC_AGENT = frozenset("islamist islamists jihadist jihadists armed gunmen militants "
                           "assailants attackers bandits terrorists insurgents".split())
_NOT_RECORD = frozenset("no none nobody it he she they police authorities officials sources "
                        "eu european un "
                        "government military army security this that unidentified unknown "
                        "unnamed the a an "
                        # the device, not who laid it: "returnees killed by IED left in house"
                        "ied ieds vbied uxo erw".split())


# a claimant named with the group he leads or speaks for, and a claim made in a group's name
_CLAIMANTS_GROUP = r"(?:the\s+)?(?P<group>[A-Z][\w'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'’-]*){0,5})"
_LEADER_OF = re.compile(r",\s+(?:the\s+)?(?:self-styled\s+)?(?:leader|head|chief|emir|commander|"
                        r"founder|spokes(?:man|woman|person))\s+of\s+" + _CLAIMANTS_GROUP + ",")
_ON_BEHALF = re.compile(r"\b(?:[Cc]laim(?:ed|ing|s)?|took|taking)\s+responsibility\s+"
                        r"(?:for\s+[^.;]{0,60}?\s+)?on\s+behalf\s+of\s+" + _CLAIMANTS_GROUP)


def record_agent(text: str) -> tuple[str, bool] | None:
    """(name, claimed) of the group a record holds responsible, when it names one."""
    if not _RECORD_GATE.search(text.lower()):
        return None  # most passages hold nobody responsible: skip the long pattern
    if "behalf" in text and (ob := _ON_BEHALF.search(text)) is not None:
        return ob["group"], True  # "Letters claiming responsibility on behalf of the Army of God"
    for m in _RECORD_AGENT.finditer(text):
        sentence = text[text.rfind(".", 0, m.start()) + 1:text.find(".", m.end()) % (len(text) + 1)]
        if _HABITUAL.search(sentence) or (_DENIAL.search(sentence) and (
                m.group("name") or not _SUSPICION.search(sentence))):
            continue  # "such attacks are often claimed by …", "the group denied …"
        name = next((m.group(g) for g in ("name", "to", "sus", "self", "by", "mem", "pby",
                                          "btw", "link", "ident", "spoke", "ann", "of", "att",
                                          "on", "named", "pres", "prm")
                     if m.group(g)), None)
        if not name or (name.split()[0].lower() in _NOT_RECORD and not _army_of_a_cause(name)
                        ) or _is_state_word(name) or all(
                w.lower() in _GENERIC_AGENT for w in name.split()):
            continue  # "blamed Syrian government forces": find_state_forces names states
        if m.group("of") or m.group("att") or m.group("on"):
            # the side named first, without the acronym that follows its name
            name = re.sub(r"\s*\([^()]*\)$", "", re.split(r"\s+and\s+(?=[A-Z])", name)[0])
        if (led := _LEADER_OF.match(text, m.start() + len(name)) if m.group("name") == name
                else None) is not None:
            name = led["group"]  # "Doku Umarov, the leader of the Caucasus Emirate, claimed …"
        return _DAY_MONTH_TAIL.sub("", name), bool(m.group("c") or m.group("spoke")
                                                    or m.group("ann"))
    return None


_ARMY_OF = re.compile(r"Army\s+of\s+(?:the\s+)?(?P<w>[A-Z][\w'’-]*)")


def _army_of_a_cause(name: str) -> bool:
    """"Army of God", "Army of Islam": a group named an army of a cause, not of a state."""
    m = _ARMY_OF.match(name)
    return m is not None and state_country(m["w"]) is None


def state_country(name: str) -> str | None:
    """The country a bare state name or nationality names ("Russia", "Turkish"), or None."""
    from pipeline.geo.gazetteer import demonyms, key, name_index

    k = key(name)
    if k in demonyms():
        return demonyms()[k]
    return next((p.country2 for p in name_index().get(k) or [] if p.kind == "country"), None)


def _is_state_word(name: str, *, or_region: bool = False) -> bool:
    """A nationality or a country ("Syrian", "Turkey"), or with ``or_region`` a first-level
    region ("Borno"): a name for a state's or a region's forces, not a group's."""
    if state_country(name) is not None:
        return True
    if not or_region:
        return False
    from pipeline.geo.gazetteer import key, name_index

    return any(p.kind == "admin1" for p in name_index().get(key(name)) or [])


def _claimed_in(text: str) -> bool:
    return bool(_CLAIM.search(text)) and not _NO_CLAIM.search(text) and not _DENIAL.search(text)


# An event note opens with its acting side: "On 14 May 2024, Radaa: Special Deterrence Force
# attacked …", "On 8 March 2023, Murle Ethnic Militia (South Sudan) gunmen raided …"
_NOTE_SUBJECT = re.compile(
    # a note opens with its date ("On 4 May 2023,", "In the night of 3-4 May,", "Between 8 and
    # 10 August,") or straight with a database label and its country ("Pirates (Somalia)")
    r"^(?:(?:(?:On|Around|Between|Overnight\s+on|In\s+the\s+(?:night|early\s+hours|morning|"
    r"evening|afternoon)\s+of|At\s+(?:approx\.?\s+|about\s+|around\s+)?\d{3,4}\s*(?:hrs|hours|h)?"
    r"(?:\s+(?:local|UTC|GMT))?\s+on)\s+[^,]{3,60}?,(?:\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4},)?\s+)"
    # "4 April 2022: SSPDF and SPLA-IO forces clashed"
    r"|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}:\s+"
    r"|(?=[A-Z][^,;.]{1,60}\((?:(?:[A-Z][\w'’-]+\s?){1,4}|\d{4}\s*-[^()]*)\)))"
    r"(?:an?\s+|the\s+)?"
    r"(?:(?:warplanes|fighter\s+jets|jets|aircraft|drones?|helicopters?|troops|soldiers|"
    r"artillery|forces)\s+of\s+(?:the\s+)?)?(?P<name>(?:\d+\s+)?[A-Z][^,;.]{1,90}?)"
    r"(?:\s+(?P<role>gunmen|militants|fighters|members|gang\s+members|dissidents|militiamen|rebels|"
    r"cadres|troops|soldiers|forces|(?:cattle\s+)?raiders|herders|herdsmen|youths|vigilantes|"
    r"bandits|assailants|attackers|(?:special\s+)?units|commandos|special\s+forces))?\s+"
    r"(?:\w+ly\s+)?(?:attacked|raided|ambushed|clashed|used|"
    r"shelled|fired|dropped|"
    r"abducted|kidnapped|killed|shot|bombed|stormed|detonated|carried\s+out|launched|struck|"
    r"burned|set\s+fire|stopped|opened\s+fire|exchanged|fought|looted|hacked|beheaded|overran|"
    r"hijacked|seized|beat|lynched|threw)\b")
_ROLE_END = re.compile(r"\s+(?:troops|soldiers|forces|units|officers|personnel|police|"
                       r"militia|militiamen|fighters|gunmen|members)$")
_BRACKET_LABEL_SUBJECT = re.compile(
    r"(?:On|Around|Between|Overnight\s+on)\s[^,]{3,60},\s+(?:[a-z][\w-]*\s+){0,3}(?:[A-Z][\w'’-]*\s+)?"
    # (a dataset's label, its country in brackets: not "EMC dissidents (Dagoberto Ramos front)")
    r"[a-z][\w-]*\s+\((?P<label>[A-Z][^()]{2,60}\([A-Z][\w ]+\))\)\s+(?:\w+ly\s+)?(?:attacked|"
    r"raided|ambushed|killed|abducted|shot|burned|fired|shelled|clashed|stormed)\b")
_NAME_JOINER_WORDS = frozenset("of the and al el de del la los las for wal bin ibn".split())
# (and a humanitarian report's "NSAG members", "non-state armed groups": no one named)
_NOT_SUBJECT = re.compile(r"^(?:Unidentified|Unknown|Suspected|Armed|Gunmen|Militants|Assailants|"
                          r"NSAGs?|NSAs?|Non-[Ss]tate|"
                          r"Attackers|Bandits|Men|(?:VB|PB)?IEDs?|RPGs?|UAVs?|FPVs?|Mortars?|"
                          r"Rockets?|Missiles?|Drones?|Bombs?|Explosions?|Blasts?|Landmines?|"
                          r"Mines?|Grenades?|Shells?|Airstrikes?|Explosives?)\b|\b(?:was|were|been|had|has|have)\b")


def note_subject(text: str) -> str | None:
    """The acting side named at the head of an event note, or None."""
    if " (" in text[:160] and (bl := _BRACKET_LABEL_SUBJECT.match(text)) is not None and (
            not _NOT_SUBJECT.search(bl["label"])):
        # "On 3 February 2023, armed Murle youths (Murle Ethnic Militia (South Sudan)) raided
        # …": the note's own label for those it names in words
        return bl["label"]
    m = _NOTE_SUBJECT.match(text)
    if m is None or _NOT_SUBJECT.search(m.group("name")):
        return None
    name = m.group("name").strip()
    if not re.match(r"(?:On|Around|Between|Overnight|In|At)\b|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}:",
                    text):
        # no date before it: only a label naming its country, or a state's label, will do
        label = re.search(r"\(([^()]+)\)\s*$", name)
        if not _STATE_LABEL.match(name) and (label is None or not _is_state_word(label.group(1))):
            return None
    # "Dir Clan Militia (Somalia) and Habar Gidir Clan Militia (Somalia) fought": the side
    # named first, as the notes code it
    two = re.match(r"(.+?\S)\s+and\s+(?=(?:\d+\s+)?[A-Z])", name)
    if two and not re.search(r"\b(?:of|the)$", two.group(1)):
        # ("Somali National Army (SNA) troops and Ma'awisley clan militia fought": the army)
        name = _ROLE_END.sub("", two.group(1))
    bare = re.sub(r"\([^()]*\)|:", " ", name)
    if any(w[:1].islower() and w not in _NAME_JOINER_WORDS
           and not re.match(r"(?:al|el|ad|as|an|ar|ash|ez)-[A-Z]", w) for w in bare.split()):
        return None  # "IED planted by …": not a name
    if _is_state_word(name):
        return None  # "Palestinian militants": a nationality, left to the state-forces reading
    if _STATE_LABEL.match(name):
        return _forces_of(name) or name
    if (m["role"] in ("forces", "troops", "soldiers") and re.fullmatch(r"[A-Z]{2,3}", name)
            and _country_code(name)):
        return f"{name} forces"  # "RU forces", "UA forces": a note's state code, not a group
    return name


def _country_code(code: str) -> bool:
    """Whether ``code`` is a country's ISO code ("RU", "UKR", "PAK"), as notes abbreviate."""
    from pipeline.geo.gazetteer import iso3_code

    return iso3_code(code) is not None


def _without_known_group(text: str, parts: list[str] | None,
                         states_read: bool = False) -> Perpetrator:
    """No known group acted: the group a record holds responsible, else a state's forces
    (unless ``states_read``: the caller has just looked), else a group named as it acts."""
    recorded = record_agent(text)
    if recorded is not None:
        return Perpetrator(recorded[0], recorded[1], None)
    if not states_read:
        state = find_state_forces(text, parts)
        if state is not None:
            return Perpetrator(state, False, None)
    named = named_agent(text)
    if named is None and "andit" in text and _BANDITS_ACT.search(text) is not None:
        # "bandits attacked Mayanchi village": the name north-west Nigeria's armed gangs go by
        # in every source that reports them, coded as written
        return Perpetrator("bandits", False, None)
    return Perpetrator(named, named is not None and _claimed_in(text), None)


_BANDITS_ACT = re.compile(
    r"\b(?:armed\s+|suspected\s+)?[Bb]andits\s+(?:(?:have|had|reportedly|also|later|then)\s+)?"
    r"(?:attacked|abducted|kidnapped|killed|shot|raided|stormed|invaded|ambushed|opened\s+fire|"
    r"burned|burnt|set\s+fire|rustled|looted)\b"
    r"|\b(?:attacked|abducted|kidnapped|killed|shot\s+dead|ambushed)\s+by\s+(?:armed\s+|"
    r"suspected\s+)?bandits\b")


# "Perpetrator: BRN-C (suspected).", "Suspected belligerent: US-led Coalition": a record's field
# ("Actor 1: Ma'awisley clan militia;", "SIDE_A=Cameroonian army (BIR);", "Attributed to — ADF /")
_LABELLED_AGENT = re.compile(
    r"(?:^|[.\n|;/·▸—]\s*)(?:(?:suspected\s+|alleged\s+)?(?:perpetrators?|perps?|belligerents?)|"
    r"attributed\s+to|actor(?:\s*1)?|side[\s_]*a|responsible(?:\s+party)?|claimed\s+by)"
    r"\s*(?::|=|\s[—–]\s)\s*(?P<v>[^.\n|;/·▸—]{2,80})", re.IGNORECASE)
# "Government of Sri Lanka - LTTE. Clashes …", "Dyad: JNIM vs IS.": a conflict record's two
# sides, the first of them coded as the actor (UCDP's side A)
_DYAD_NAME = (r"[A-Z][\w'’-]*(?:\s+(?:[A-Z(][\w'’()-]*|of|the|and|for|in|de|del|al|du|la|"
              r"[a-z]+\)))"
              r"{0,7}")
_DYAD = re.compile(r"^\s*(?:(?i:dyad|non-state\s+conflict|conflict|sides?)\s*:\s*)?"
                   r"(?P<v>" + _DYAD_NAME + r")\s+(?:-|–|—|vs\.?|versus)\s+" + _DYAD_NAME
                   + r"\.?\s*$")
_LABEL_QUALIFIER = re.compile(r"\s*\((?P<q>suspected|alleged|claimed|contested|unconfirmed|"
                              r"presumed|likely)\b[^()]*\)", re.IGNORECASE)
_ATTRIBUTED_TO = re.compile(
    r"\b(?:we|it|they|[A-Z]{3,})\s+(?:also\s+)?attribut(?:e|es)\s+(?:[\w-]+\s+){0,6}?to\s+(?:the\s+)?"
    r"(?P<v>[A-Z][\w'’/-]*(?:\s+(?:[A-Z][\w'’/-]*|armed|forces|army|military|air|force|"
    r"coalition|of|the)){0,5})")
_UNKNOWN_AGENT = re.compile(r"(?:unknown|none|not\s+(?:recorded|known|identified|determined|"
                            r"established|attributed)|undetermined|no\s+(?:group|one|claim)|"
                            r"unidentified|unclear|n/?a)\b", re.IGNORECASE)


def labelled_agent(text: str, parts: list[str] | None = None) -> Perpetrator | None:
    """The side a record's field names, as written (its qualifier, "(suspected)", says whether
    it was claimed); a known group's usual name when the field names one. Read per sentence
    (``parts``) where given: a field ends with its line."""
    side = dyad_first_side(parts or [text.split(". ", 1)[0]])
    if side is not None and not _is_state_word(side, or_region=True):
        return _as_labelled(side, text)
    am = _ATTRIBUTED_TO.search(text) if "ttribut" in text else None
    if am is not None:
        # "We attribute this attack to Houthi forces.", "HRMMU attributes the attack to the
        # Russian armed forces": a documenter's finding names the actor
        return _as_labelled(am.group("v"), text)
    if ":" not in text:
        return None
    m = next((m for p in (parts or [text]) if ":" in p
              for m in [_LABELLED_AGENT.search(p)] if m is not None), None)
    if m is None:
        return None
    value = m.group("v").strip()
    if _UNKNOWN_AGENT.match(value):
        return None  # "Perpetrator: unidentified gunmen; prosecutors suspect …": read on
    return _as_labelled(value, text)


def _dyad(line: str) -> re.Match[str] | None:
    """A conflict record's opening line naming its two sides ("Government of Sri Lanka -
    LTTE.")."""
    if not (" - " in line or " – " in line or " vs" in line or "versus" in line):
        return None
    letters = [c for c in line if c.isalpha()]
    if sum(c.isupper() for c in letters) >= 0.6 * len(letters) or _DYAD_NOT.search(line):
        return None
    return _DYAD.match(line)


def is_dyad(line: str) -> bool:
    return _dyad(line) is not None


def dyad_first_side(lines: list[str]) -> str | None:
    """The first side a record's opening dyad line names, or None; the line is rejoined where
    a sentence split cut it at "vs." ("Government of Algeria vs. GIA.")."""
    if not lines:
        return None
    first = lines[0]
    if first.endswith("vs.") and len(lines) > 1:
        first = f"{first} {lines[1]}"
    m = _dyad(first)
    return m.group("v") if m is not None else None


# a dash in a headline or a sports fixture is no conflict dyad
# (nor a communiqué's letterhead: "MANIPUR POLICE - PRESS NOTE")
_DYAD_NOT = re.compile(r"\b(?:\d+\s*[-–]\s*\d+|match|final|cup|league|derby|press|release|note|"
                       r"communiqu\w+|bulletin|advisory|report|update|statement|summary|alert|"
                       r"warning|notice|news|breaking|"
                       # an issuer's name and its department: "Ministry of Transport - General
                       # Authority of Civil Aviation", "Ukrzaliznytsia – passenger company"
                       r"ministry|authority|company|corporation|establishment|administration|"
                       r"utility|operator|consortium|service)\b",
                       re.IGNORECASE)


_BELONGING_TO = re.compile(r"^(?:unidentified\s+|unknown\s+)?(?:armed\s+men|gunmen|militants|"
                           r"fighters|men|attackers|assailants)\s+(?:suspected|believed|said|"
                           r"thought)\s+to\s+(?:belong\s+to|be\s+(?:from|members\s+of))\s+"
                           r"(?:the\s+)?", re.IGNORECASE)


def _as_labelled(value: str, text: str) -> Perpetrator | None:
    """A field's value as the actor: its first name ("Russian forces or Syrian regime",
    "Lashkar-e-Jhangvi, suspected by provincial police"), a bare state as its forces."""
    q = _LABEL_QUALIFIER.search(value)
    claimed = q is not None and q.group("q").lower() == "claimed"
    name = re.split(r",|;|\s+or\s+|\s+[–—]\s+", _LABEL_QUALIFIER.sub("", value))[0].strip(" ,")
    # ("armed men suspected to belong to UPDF (Democratic)": the group they belong to)
    name = _BELONGING_TO.sub("", name)
    bare = re.sub(r"\s*\([^()]*\)", "", name).strip()
    iso2 = state_country(bare) if bare else None
    if iso2 is not None:
        from pipeline.geo.gazetteer import demonym_of

        return Perpetrator(f"{demonym_of(iso2)} forces", False, None)
    known = find_actors(name)
    if known and len(name) - (known[0].end - known[0].start) < 25:
        a = known[0].actor
        return Perpetrator(a.canonical, claimed or _claimed_in(text), a.country2)
    # ("Peruvian Army (disputed; military records blame …)": a bracket the field cut open)
    name = re.sub(r"\s*\([^()]*$", "", name).strip()
    return Perpetrator(name, claimed, None) if name else None


_STATE_SUBJECT_OPENING = re.compile(
    r"(?:On\s[^,.;]{3,40},\s+)?(?:the\s+)?(?P<subj>(?:[A-Z][a-z]+|US|UK|[A-Z]{3,6})\s+(?:(?:armed|"
    r"security|air|government|military|occupation)\s+)?(?:forces|military|army|troops|"
    r"air\s+force|navy|warplanes|jets|aircraft|soldiers))\s+"
    # ("FARDC troops who arrived later pursued the assailants and clashed with the ADF")
    r"(?:who\s+[^,.;]{3,40}?\s+(?:pursued|chased|followed)\s+[^,.;]{3,30}?\s+and\s+)?"
    r"(?P<verb>conducted|carried\s+out|launched|struck|shelled|"
    r"bombed|fired|hit|raided|killed|targeted|attacked|opened\s+fire|clashed\s+with)\b")


# "The LTTE denied involvement; however, sources attributed the attack to the group": the
# group denies, and the record holds it responsible all the same
_ATTRIBUTED_ANYWAY = re.compile(r"\bhowever,?\s+[^.;]{0,40}?\b(?:attributed|blamed|held)\b"
                                r"[^.;]{0,40}?\b(?:to|on)\s+the\s+(?:group|organi[sz]ation|"
                                r"movement|rebels)\b", re.IGNORECASE)


def find_perpetrator(text: str, parts: list[str] | None = None) -> Perpetrator:
    """Who carried out or claimed the attack told in ``text``; nulls when not reported."""
    labelled = labelled_agent(text, parts)
    if labelled is not None:
        return labelled
    subject = note_subject(text)
    if subject is not None:
        known = find_actors(subject)
        if known and len(subject) - (known[0].end - known[0].start) < 25:
            a = known[0].actor
            return Perpetrator(a.canonical, _claimed_in(text), a.country2)
        if not known and find_state_forces(subject) is None:
            return Perpetrator(subject, _claimed_in(text), None)
    mentions = find_actors(text, parts)
    if mentions and (opening := _STATE_SUBJECT_OPENING.match(text)) is not None:
        # "Israeli forces conducted a drone strike on a group of militants …, killing 2
        # members of the Tulkarm Brigade (al-Quds Brigades/PIJ)": a note that opens with a
        # state's forces acting names its author first; the groups after are those hit
        state = (find_state_forces(text[:opening.end() + 60])
                 or find_state_forces(opening["subj"] + " " + text[opening.start("verb"):
                                                                  opening.end() + 60]))
        if state is not None:
            return Perpetrator(state, False, None)
    if not mentions:
        return _without_known_group(text, parts)
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]?", text)]

    def sentence_of(pos: int) -> tuple[str, int]:
        for s, e in sentences:
            if s <= pos < e:
                return text[s:e], s
        return text, 0

    best: tuple[float, ActorMention] | None = None
    claimed_any = best_hit = False
    for n, m in enumerate(mentions):
        if n and text[mentions[n - 1].end:m.start].strip() == "(" \
                and mentions[n - 1].actor.canonical == m.actor.canonical:
            continue  # "the Syrian Democratic Forces (SDF)": the name told once
        sent, sent_start = sentence_of(m.start)
        # "done by Ansar al Sunna, who have done similar attacks in the past": the habit is
        # told of the group in a relative clause; the sentence still names who did this one
        rel = _RELATIVE_AFTER.search(text, m.end, m.end + 90)
        if _HABITUAL.search(sent if rel is None else text[text.rfind(".", 0, m.start) + 1:
                                                           rel.start()]):
            continue
        if _DENIAL.search(sent) and not (_CLAIM.search(sent) and not _NO_CLAIM.search(sent)) and (
                _DENIED_AFTER.match(text, m.end) or not _SUSPICION.search(sent)) and (
                not _ATTRIBUTED_ANYWAY.search(sent)):
            # "MEND denied involvement, and the military suspected the NDV": only the one who
            # denies is out
            continue
        before = text[max(0, m.start - 60):m.start]
        after = text[m.end:m.end + 60]
        if _NONE_OF.search(before):
            continue  # "residents said no Fano fighters were in the vehicle"
        if _RIVALS_BEFORE.search(before):
            continue  # "linked the shooting to the turf war between Los Choneros and Los Lobos"
        if _LEADER_OF_BEFORE.search(before):
            continue  # "the escape of Fito, the leader of the Los Choneros gang": who he is
        if _KILLED_LEADER_OF.search(before):
            continue  # "the strike killed Ibrahim Aqil, commander of Hezbollah's Radwan Force"
        score = 1.0
        if _AUTHORITY_AFTER.match(after):
            continue  # "a Taliban government spokesman said": the authorities, not the attackers
        if _SOURCE_AFTER.match(after):
            continue  # "M23 said the strike hit homes": a source of the toll, not its author
        if _ACCUSER_AFTER.match(after):
            continue  # "Hezbollah blamed Israel": the accuser, not the author
        if "according" in before and _SOURCE_BEFORE.search(before):
            continue  # "…, according to local residents and the Arakan Army": a source
        if _ALSO_KNOWN.search(before) or (_APPOSED.search(before) and _KIND_AFTER.match(after)):
            continue  # "known locally as Al-Shabaab", "X, a FARC dissident faction": X acted
        # the claim is this actor's when it is the one claiming ("Daesh claimed", "claimed by X")
        claimed = (bool(_CLAIM.match(after.lstrip()) or _CLAIM_NEAR.match(after))
                   or bool(re.search(r"claimed\s+by\s+(?:the\s+)?$", before, re.IGNORECASE)))
        claimed = claimed and not _NO_CLAIM.search(sent)
        if claimed:
            score += 2.0
        elif "which" in before and (which := _WHICH_BEFORE.search(before)) is not None and (
                not _ACCUSING.search(which.group()) or _ACTOR_TAIL.search(
                    text, 0, m.start - len(before) + which.start()) or any(
                    o.end <= m.start - len(before) + which.start() <= o.end + 2
                    for o in mentions)):
            score -= 1.5  # (an accusation after an actor's "which" is of another actor)
        if _AFTER_CLAUSE.search(sent, 0, m.start - sent_start):
            score -= 1.0  # "Israeli forces shelled Khiam after cross-border fire from Hezbollah"
        if _HELD_BY.search(before) and not _FIRED_FROM.search(sent, 0, m.start - sent_start):
            # "Nyala, a city held by the RSF": who holds the place, not who struck (but fire
            # "from positions held by ISIL" is theirs)
            score -= 1.5
        elif _TARGET_OF.search(before) or (_STRUCK_SUSPECTED.search(before)):
            score -= 1.5  # "a drone strike on PKK positions", "struck suspected JNIM positions"
        elif _NAMED_BY_OR_LINKED.search(before):
            # "2 killed, later named by Hezbollah as its members", "strikes against fighters
            # they consider linked to the PKK": the group of those hit
            score -= 1.5
        elif _AVENGED_BEFORE.search(before):
            score -= 1.5  # "struck Hodeidah in retaliation for a Houthi drone attack"
        elif _BACKER_BEFORE.search(before):
            score -= 1.0  # "SDF units backed by US-led coalition helicopters raided": a backer
        elif _AGENT_BEFORE.search(before):
            score += 1.0
        elif _VICTIM_OF.search(before) or _OPPONENT_OF.search(before):
            score -= 0.8
        hit = False
        if not claimed and (_GROUPS_PLACE_AFTER.match(after) or (
                _BRACKET_VICTIM_BEFORE.search(before) and _BRACKET_VICTIM_AFTER.match(after))):
            # "the house was a Taliban gathering point", "2 militants (TRF) killed": the target
            score -= 1.5
            hit = True
        elif not claimed and _POSSESSED_AFTER.match(after):
            score -= 1.5  # "the strikes aimed to cut the Houthis' fuel supply": what was hit
            hit = True
        elif _VICTIM_AFTER.match(after) and not claimed:
            score -= 1.5  # "2 PKK members were killed": the victims
            hit = True
        elif _VICTIM_APPOSED.search(before):
            score -= 1.5  # "killing its 2 riders, both Hezbollah members": the victims
            hit = True
        elif not claimed and _HARMED_BEFORE.search(before):
            hit = True  # "an air strike killed 3 al-Shabaab fighters"
        elif not claimed and (_HARMED_MEMBER_BEFORE.search(before) or (
                _MEMBER_OF_BEFORE.search(before) and _HARMED_AFTER.match(after))):
            # "killing two members of the SDF", "a vehicle of the SDF", "one member of the
            # SDF was killed": the group hit
            score -= 2.0
            hit = True
        score -= 0.001 * m.start
        if best is None or score > best[0]:
            best = (score, m)
            claimed_any = claimed
            best_hit = hit
    if best is not None and best[0] < 0.5:
        state = find_state_forces(text, parts)  # the named group was the target: who struck it?
        if state is not None:
            return Perpetrator(state, False, None)
        # "prosecutors pointed to the Santa Rosa de Lima Cartel, which is fighting the CJNG":
        # the group the record blames, though the table knows only its rival
        recorded = record_agent(text)
        if recorded is not None:
            return Perpetrator(recorded[0], recorded[1], None)
    if best is None or best[0] <= 0 or (best_hit and best[0] < 0.5):
        # the only group named is the one harmed: someone else, unnamed, did it
        found = _without_known_group(text, parts, states_read=best is not None)
        if best is not None and canonical(found.name) == best[1].actor.canonical:
            return Perpetrator(None, False, None)  # ("troops killed 6 TTP militants in a raid")
        return found
    if not claimed_any and "Forces of" in text:
        # "Military Forces of Mali and Wagner Group carried out …": the state named first leads
        fm = _FORCES_OF.search(text)
        state = _forces_of(text)
        if (fm is not None and state is not None and fm.start() < best[1].start
                and best[0] < 1.5):  # not "repelled an attack by JNIM": the attacker named
            return Perpetrator(state, False, None)
    a = best[1].actor
    if not claimed_any:
        # "The group later claimed responsibility": a claim without the name repeated
        claimed_any = any(_CLAIM.search(text[s:e]) and not _NO_CLAIM.search(text[s:e])
                          and not _DENIAL.search(text[s:e]) for s, e in sentences)
    return Perpetrator(a.canonical, claimed_any, a.country2)


_STATE_NOUN = re.compile(
    r"(?P<gov>\s+government)?(?:-led)?\s+(?:(?:air|military|coalition|armed|occupation|security|"
    r"national\s+defen[cs]e|national\s+guard)\s+)?(?:force\s+(?:\([A-Z]+\)\s+)?(?=drones?|"
    r"jets|aircraft|warplanes|helicopters?)|(?!civil\b)\(?[A-Z]{2,6}\)?\s+)?"
    # "a Russian Shahed-type drone": a model name may stand between the flag and the weapon
    r"(?:(?=[\w-]+\s+(?:drones?|missiles?|jets|aircraft|helicopters?)\b)[\w-]+\s+)?"
    r"(?P<noun>forces|"
    r"military|army|troops|warplanes|jets|aircraft|drones?|air\s+force|aviation|artillery|navy|"
    r"strikes?|"
    r"(?:guided|glide)\s+(?:aerial\s+)?bombs?|aerial\s+bombs?|"
    r"air\s*strikes?|drone\s+strikes?|missiles?|shelling|soldiers|helicopters?|border\s+guards|"
    r"gendarmes|paratroopers|marines|commandos|special\s+forces|snipers?|"
    # "the Israeli enemy targeted the pumping station": a side's own word for the other's forces
    r"enemy|occupiers)\b"
    r"(?P<rest>[^.;]{0,40})", re.IGNORECASE)
_WEAPON_NOUN = re.compile(r"strike|drone|missile|shelling|warplane|jet|aircraft|aviation|artillery|"
                          r"bomb|helicopter", re.IGNORECASE)
_AGENT_LEAD = re.compile(r"(?:\bby|\bblamed|\bblaming|\baccused|\baccusing|\ban?|"
                         r"\b(?:warplanes|jets|aircraft|drones|helicopters|troops|units)\s+of|"
                         r"\battribut\w+\s+(?:[\w-]+\s+){0,3}?to)\s+(?:the\s+)?$",
                         re.IGNORECASE)
# "Israel struck …", "the Myanmar military dropped two bombs …"
_COUNTRY_AGENT = re.compile(r"\s+(?:(?:military|army|armed\s+forces|air\s+force|junta|navy)\s+)?"
                            r"(?:has\s+|had\s+)?(?:again\s+|also\s+|then\s+|later\s+)?(?:sent|launched|fired|struck|shelled|bombed|"
                            r"attacked|targeted|hit|pounded|dropped|carried\s+out|conducted)\b"
                            # "Turkey's defence ministry said its drone killed 3 PKK members"
                            # ("Turkey's Defence Ministry said on Wednesday its warplanes had
                            # 'neutralised 12 terrorists'")
                            r"|['’]s\s+(?:defen[cs]e\s+ministry|military|army|armed\s+forces)\s+"
                            r"said\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:its|it\s+had)\s+"
                            r"(?:[\w-]+\s+){0,2}?[\"“']?(?:killed|struck|hit|destroyed|targeted|"
                            r"carried\s+out|conducted|neutrali[sz]ed)\b",
                            re.IGNORECASE)
_AGENT_VERB = re.compile(r"^\s*(?:\([A-Z]{2,8}\)\s*)?(?:said\s+(?:it|they)\s+(?:had\s+)?)?"
                         r"(?:\w+\s+){0,2}?(?:shelled|struck|hit|fired|"
                         r"launched|bombed|"
                         r"carried\s+out|carrying\s+out|conducted|conducting|used|deployed|"
                         r"clashed|ambushed|raided|stormed|targeted|attacked|killed|pounded|"
                         r"destroyed|sent|opened\s+fire|raided|dropped|engaged|repelled|repulsed|"
                         r"torched|set\s+fire|burned|burnt|executed|"
                         # "the Russian army kept hitting the Nikopol district"
                         r"(?:kept|continued)\s+(?:hitting|shelling|striking|attacking|firing))\b"
                         # "soldiers entered Babessi early on Wednesday and set fire to houses"
                         r"|^\s+(?:entered|stormed|raided|swept\s+into)\s+[^.;]{1,50}?\s+and\s+"
                         r"(?:set\s+fire|torched|burned|burnt|opened\s+fire|shot|killed|executed)\b"
                         # "Ukrainian forces and Russian forces fought": the side named first
                         r"|^\s+and\s+(?:[\w&-]+\s+){1,3}?(?:fought|clashed|battled|exchanged|"
                         r"engaged)\b",
                         re.IGNORECASE)


# "Turkish forces were believed to be responsible": a passive that blames, not one that harms
_HELD_TO_BLAME = re.compile(r"\s*(?:were|was|are|is)\s+(?:widely\s+|also\s+)?(?:believed|"
                            r"thought|suspected|said|understood)\s+to\s+(?:be\s+responsible|"
                            r"have\s+(?:carried|conducted|launched|fired))|\s*(?:were|was|are|is)\s+"
                            r"(?:widely\s+)?(?:blamed|suspected|held\s+responsible)\b"
                            # a record's closing "Russian forces were responsible."
                            r"|\s*(?:were|was)\s+(?:also\s+)?responsible\b(?!\s+for\s+"
                            r"(?:the\s+)?(?:security|protection|defen[cs]e|guarding))",
                            re.IGNORECASE)


def _adjective(iso2: str, surface: str) -> str:
    return "US" if iso2 == "US" else surface.strip()


# a state label with its country and the regime's years in brackets
_FORCES_OF = re.compile(
    r"(?<![\w-])(?<!Self-Defense )(?<!Self-Defence )" + _STATE_FORCES_HEAD + r"\s+"
    r"(?:the\s+)?(?P<c>[A-Z][\w'’\-]*(?:\s+(?:of\s+the\s+|of\s+)?[A-Z][\w'’\-]*){0,4})"
    r"(?:\s*\(\d{4}\s*-\s*(?:\d{4})?\))?")
_FORCES_AS_VICTIM = re.compile(
    r"(?:(?<!soldiers\s)(?<!troops\s)(?<!members\s)(?<!units\s)(?<!elements\s)"
    r"\b(?:of|on|against|at|targeting|with|and|escorted\s+by|carrying|transporting)\s+"
    r"(?:the\s+|an?\s+)?|\b(?:killed|killing|attacked|ambushed|targeted|wounded|injured|struck|hit|"
    r"hitting|striking)\s+(?:\w+\s+){0,3}"
    # ("an IED … exploded as a Military Forces of Mexico (2024-) patrol passed")
    r"|\b(?:exploded|detonated|went\s+off)\s+(?:as|when|under|beside|near)\s+(?:the\s+|an?\s+)?)$",
    re.IGNORECASE)
_WEAPON_OF = re.compile(r"\b(?:drones?|UAVs?|unmanned\s+aerial\s+vehicles?|missiles?|rockets?|"
                        r"aircraft|aviation|artillery|shells?|shelling|strikes?)\s+of\s+(?:the\s+)?$",
                        re.IGNORECASE)
# "a Military Forces of Mali (2021-) vehicle struck a landmine": the forces met the device
_FORCES_MET_DEVICE = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:struck|hit|ran\s+over|drove\s+over|stepped\s+on|triggered|"
    r"detonated)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:landmines?|mines?|ieds?|explosive\s+devices?|"
    r"roadside\s+bombs?|devices?)\b", re.IGNORECASE)
_UNDER_FIRE_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?came\s+under\s+(?:\w+\s+)?(?:fire|"
                               r"attack)\s+(?:from|by)\b", re.IGNORECASE)
# ("a Military Forces of Colombia (1819-) soldier was killed": one of theirs, hit)
_PASSIVE_AFTER = re.compile(r"^\s*(?:(?:soldiers?|troops|officers?|personnel|members?|"
                            r"servicem[ae]n|policem[ae]n|patrol|convoy|vehicle)\s+)?(?:were|was|"
                            r"have\s+been|has\s+been|had\s+been|are|is)\b", re.IGNORECASE)


def _forces_of(text: str) -> str | None:
    """"Military Forces of Mali (2021-) carried out …" -> "Malian forces" (the acting side)."""
    if "Forces of" not in text:
        return None
    from pipeline.geo.gazetteer import demonym_of, key, name_index

    for m in _FORCES_OF.finditer(text):
        words = m.group("c").split()
        iso2 = None
        for n in range(len(words), 0, -1):  # "Burkina Faso (2022-) and VDP": longest country
            places = name_index().get(key(" ".join(words[:n]))) or []
            iso2 = next((p.country2 for p in places if p.kind == "country"), None)
            if iso2:
                break
        if iso2 is None:
            continue
        before = text[max(0, m.start() - 40):m.start()]
        if _FORCES_AS_VICTIM.search(before) and not re.search(
                r"(?<!escorted)\s+by\s+(?:the\s+)?$", before) and not _WEAPON_OF.search(before):
            continue  # (but "attacked by a drone of the Armed Forces of Ukraine": theirs)
        if _PASSIVE_AFTER.match(text[m.end():m.end() + 30]) or _FORCES_MET_DEVICE.match(
                text, m.end()) or _UNDER_FIRE_AFTER.match(text, m.end()):
            continue  # ("… soldiers came under fire from Sinaloa Cartel gunmen": the target)
        return f"{demonym_of(iso2)} forces"
    return None


# the party blamed, denying and blaming back: not the attacker the text holds to blame
_COUNTER_ACCUSED = re.compile(r"\bdenied\s+(?:[\w-]+\s+){0,3}?and\s+(?:accused|blamed)\s+"
                              r"(?:the\s+)?$", re.IGNORECASE)
# "Hezbollah blamed Israel", "accusing Rwanda": the state held to blame
_BLAMED_STATE = re.compile(r"\b(?:blamed|blames|blaming|accused|accuses|accusing)\s+(?:the\s+)?$",
                           re.IGNORECASE)


def find_state_forces(text: str, parts: list[str] | None = None) -> str | None:
    """"Russian forces shelled …", "a US drone strike …" -> "Russian forces", "US forces".

    Built on the gazetteer's (cached) nationality and country mentions, so that only the few
    words after each one are examined.
    """
    from pipeline.geo import find_demonyms, find_places

    named = _forces_of(text)
    if named is not None:
        return named

    if parts is not None and " ".join(parts) == text:
        # the passage's sentences were read already: reuse their cached place mentions
        from pipeline.geo.resolve import _places_of_parts

        places, dems = _places_of_parts(parts)
    else:
        places, dems = find_places(text), find_demonyms(text)
    for iso2, _w, start, end in dems:
        m = _STATE_NOUN.match(text, end)
        if m is None or "intercept" in text[end:m.start("noun")]:
            continue  # ("a Ukrainian NASAMS interceptor missile caused the damage": a defence)
        rest = m.group("rest")
        lead = text[max(0, start - 40):start]
        passive = re.match(r"\s*(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\b", rest,
                           re.IGNORECASE)
        by = re.search(r"\bby\s+(?:the\s+)?$", lead, re.IGNORECASE)
        blamed = passive is not None and _HELD_TO_BLAME.match(rest) is not None
        if passive and not by and not blamed:
            continue  # "three US soldiers were killed": the victims
        if _TARGET_NOUN.match(rest):
            continue  # "drove a van bomb to a British Army checkpoint": the target
        if _COUNTER_ACCUSED.search(text, max(0, start - 80), start):
            continue  # "… the M23 denied responsibility and accused the Congolese army"
        if blamed or _AGENT_LEAD.search(lead) or _WEAPON_NOUN.search(m.group("noun")) \
                or _AGENT_VERB.match(text[m.start("rest"):m.start("rest") + 100]):
            adj = _adjective(iso2, text[start:end])
            return f"{adj} government forces" if m.group("gov") else f"{adj} forces"
    for pm in places:
        if pm.place.kind == "country" and (_COUNTRY_AGENT.match(text, pm.end) or (
                _BLAMED_STATE.search(text, max(0, pm.start - 25), pm.start))):
            from pipeline.geo.gazetteer import demonym_of

            return f"{demonym_of(pm.place.country2)} forces"
    return _institution_forces(text)


# a state's forces named by its rulers, not its country: "military junta aircraft bombed",
# "junta troops raided", "regime helicopters dropped barrel bombs", "bombed by the junta"
# (the words also read by the scorer: a gold "junta" is the incident's country's forces)
RULERS = r"(?:military\s+)?(?:junta|military\s+council|regime)"
_HOME_FORCES = re.compile(
    r"(?P<by>\bby\s+)?\b(?:the\s+)?" + RULERS + r"(?:['’]s)?"
    r"(?:\s+(?P<noun>forces|troops|soldiers|army|military|aircraft|(?:fighter\s+)?jets?|"
    r"warplanes?|helicopters?|drones?|artillery|air\s*strikes?|drone\s+strikes?|shelling|shells|"
    r"navy|columns?|units?))?\b(?P<rest>[^.;]{0,60})", re.IGNORECASE)


# the country's own army acting under its plain name: "the military responded with air
# strikes on the town", "the army shelled the village" (not "the army said")
_THE_ARMY_ACTS = re.compile(r"\b[Tt]he\s+(?:military|army|armed\s+forces)\s+(?:then\s+|later\s+)?"
                            r"(?:responded|retaliated|shelled|bombed|struck|launched|carried\s+out|"
                            r"conducted|fired|hit|pounded|targeted)\b")


def home_forces_act(text: str) -> bool:
    """Whether the text's own state's forces act under their rulers' name ("junta drones
    dropped bombs") or plainly as "the military": they are then that country's forces."""
    if ("military" in text or "army" in text or "armed forces" in text) and (
            _THE_ARMY_ACTS.search(text)):
        return True
    if not re.search(RULERS, text, re.IGNORECASE):
        return False
    for m in _HOME_FORCES.finditer(text):
        noun, rest = (m.group("noun") or "").lower(), m.group("rest")
        if _PASSIVE_AFTER.match(rest) and not _HELD_TO_BLAME.match(rest):
            continue  # "three junta soldiers were killed": the victims
        if _TARGET_NOUN.match(rest) or _FORCES_AS_VICTIM.search(
                text[max(0, m.start() - 40):m.start()]):
            continue  # "clashed with junta troops", "ambushed a junta column"
        if m.group("by") or _WEAPON_NOUN.search(noun) or _AGENT_VERB.match(rest) or re.match(
                r"\s+(?:responded|retaliated|hit\s+back)\s+(?:by|with)\b", rest):
            return True  # ("the junta responded by shelling villages")
    return False


# "the enemy shelled the community", "as a result of an enemy drone attack", "enemy shelling":
# the other side in a war where each side's officials call the other "the enemy"
_ENEMY_ACTS = re.compile(
    r"\b(?:by|of)\s+the\s+enemy\b(?!\s+(?:positions?|targets?|troops|personnel|equipment))|"
    r"\benemy(?:['’]s)?\s+(?:(?:again|also|once\s+again|massively)\s+)?(?:shelled|attacked|struck|"
    r"launched|fired|dropped|hit|targeted|carried\s+out|used|shelling|attacks?|drones?|UAVs?|"
    r"missiles?|strikes?|artillery|aircraft|aviation|fire|shells|mortars?|FPVs?|(?:guided\s+)?"
    r"(?:aerial\s+)?bombs?|KABs?|rockets?|combined|massive|air\s+attack)\b", re.IGNORECASE)


@cache
def _enemies() -> dict[str, tuple[str, dt.date]]:
    return {r["country"]: (r["enemy_forces"], dt.date.fromisoformat(r["since"]))
            for r in data_table("enemies.csv")}


def enemy_forces(text: str, iso2: str, day: dt.date) -> str | None:
    """The forces "the enemy" names in a text of a country at open war, on a day of that war
    ("the enemy shelled Nikopol" in Ukraine: Russian forces), or None."""
    side = _enemies().get(iso2)
    if side is None or day < side[1] or "nemy" not in text or not _ENEMY_ACTS.search(text):
        return None
    return side[0]


# "an IDF drone fired", "SAF drone struck", "a US AFRICOM air strike", "The Somali National Army
# (SNA), backed by Danab special forces, clashed": a state's own forces named by institution
_INSTITUTION_TAIL = re.compile(r"\s*(?:\([A-Z]{2,8}\)|\([A-Z][^()]{2,60}\))?(?:,[^,.;]{1,60},)?")


def _institution_forces(text: str) -> str | None:
    from pipeline.geo.hints import institution_mentions

    for start, stop, surface in institution_mentions(text):
        state = _institution_state(surface)
        if state is None:
            continue
        end = _INSTITUTION_TAIL.match(text, stop).end()
        if _VICTIM_OF.search(text[max(0, start - 40):start]) or _FORCES_MET_DEVICE.match(
                text, end):
            continue  # "killing six Frontier Corps personnel", "a FAMa vehicle struck an IED"
        if _INSTITUTION_ACTS.match(text, end):
            return state
    return None


_INSTITUTION_ACTS = re.compile(
    r"\s*(?:(?:forces|troops|soldiers|units?|commandos|personnel|aircraft|jets|warplanes|"
    r"helicopters?|drones?|(?:artillery|mortar)(?:\s+shells?)?|shells|rockets|missiles|"
    r"naval\s+vessels|air\s*strikes?|drone\s+strikes?)(?:,[^,.;]{1,60},)?\s+"
    # "SAF soldiers from the 22nd Infantry Division clashed"
    r"(?:(?:from|of)\s+the\s+(?:[\w-]+\s+){1,4}?)?)?"
    r"(?:shelled|struck|fired|launched|bombed|carried\s+out|conducted|clashed|ambushed|raided|"
    r"stormed|targeted|attacked|killed|pounded|opened\s+fire|shot|dropped|hit|engaged|repelled|"
    r"repulsed|fought|battled)\b"
    # with an object: "one CRPF personnel killed in the blast" is a victim
    r"(?!\s*(?:in|at|on|by|and|while|when|during|after|near|as|[,.;]|$))"
    # "The IDF responded the same day with air strikes on …"
    r"|\s*responded\s+(?:[\w-]+\s+){0,4}?with\s+(?:[\w-]+\s+)?(?:air\s*strikes|strikes|shelling|"
    r"artillery|fire|raids)\b"
    # "AFRICOM said an air strike killed …": forces reporting their own strike
    r"|\s*(?:said|announced|confirmed)\s+(?:that\s+)?(?:an?|its)\s+(?:\w+\s+)?(?:air\s*strikes?|"
    r"drone\s+strikes?|strikes?|raids?)\b"
    # "AFRICOM says it carried out an air strike", "The ENDF said it hit Fano militia fighters"
    r"|\s*(?:said|says|announced|confirmed|stated)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+)?"
    r"(?:carried\s+out|conducted|struck|hit|targeted|killed|launched|bombed|shelled)\b",
    re.IGNORECASE)


def _institution_state(name: str) -> str | None:
    """"IDF" -> "Israeli forces": a state's own forces named by their institution."""
    from pipeline.geo.gazetteer import demonym_of, key
    from pipeline.geo.hints import state_institutions

    iso2 = state_institutions().get(key(name))
    return f"{demonym_of(iso2)} forces" if iso2 else None


_TARGETS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(p, re.IGNORECASE)) for label, p in (
        ("forces", r"\b(?P<who>US|U\.S\.|American|coalition|[A-Z][a-z]+i|[A-Z][a-z]+n|"
                   r"[A-Z][a-z]+ese|[A-Z][a-z]+ish)\s+(?:military\s+)?(?:forces?|troops|"
                   r"soldiers|service\s?members|personnel|military\s+bases?|bases?|"
                   r"security\s+forces?)\b"),
        ("police", r"\bpolice\w*|\bpolicem[ae]n\b|\bconstables?\b|\bcheckpoints?\b"),
        ("security forces", r"\bsoldiers?\b|\btroops\b|\barmy\b|\bsecurity\s+forces?\b|"
                            r"\bmilitary\b|\bconvoy\b|\bpatrol\b|\bmilitia\w*"),
        ("worshippers", r"\bmosque\b|\bchurch\b|\btemple\b|\bworshippers\b|\bpilgrims?\b"),
        ("government officials", r"\bofficials?\b|\bmayor\b|\bgovernor\b|\bpoliticians?\b|"
                                 r"\bcandidates?\b|\blawmakers?\b|\bcouncil\w*"),
        ("civilians", r"\bcivilians?\b|\bvillagers?\b|\bmarket\b|\bpassengers?\b|\bbus\b|"
                      r"\bschool\b|\bstudents?\b|\bchildren\b|\bpeople\b|\bresidents\b|"
                      r"\bfarmers\b|\bwedding\b|\bcrowd\b|\bshoppers\b"),
    )
)


def find_target(text: str) -> str | None:
    """A coarse label for who or what was attacked."""
    for label, rx in _TARGETS:
        m = rx.search(text)
        if not m:
            continue
        if label == "forces":
            who = m.group("who")
            if who.lower() in ("us", "u.s.", "american"):
                return "US forces"
            if who.lower() in ("islamic", "the", "local", "special", "armed"):
                continue
            return f"{who} forces"
        return label
    return None
