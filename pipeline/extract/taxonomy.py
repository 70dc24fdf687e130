"""Which sentences report violence, and how: sub-event type and weapon from the closed taxonomy.

Why rules in priority order: a passage often names several means ("gunmen threw grenades and
opened fire"); the more specific and more lethal means decides the category, as coding manuals
(ACLED, GTD) do. Words that look violent but are not (heart attack, labour strike, missile test,
fired the coach) are excluded before anything counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.schema import SUB_EVENT_PARENT, WEAPONS

# (sub_event_type, weapon, pattern): first match wins.
_RULES: tuple[tuple[str, str, str], ...] = (
    ("suicide_bombing", "vehicle_bomb",
     r"suicide\s+(?:car|truck|vehicle|lorry)[\s-]*bomb\w*|(?:car|truck|vehicle)[\s-]borne\s+"
     r"suicide|suicide\s+VBIED|suicide\s+bomber\s+(?:in|driving|drove|rammed)\s+(?:an?\s+)?"
     r"(?:explosives?[\s-]laden\s+)?(?:car|truck|vehicle|van)"),
    ("suicide_bombing", "suicide_vest",
     r"suicide[\s-]+(?:bomb\w*|attack\w*|blast|explosion|vest|belt|attacker)|"
     r"blew\s+(?:himself|herself|themselves)\s+up|detonated\s+(?:his|her|their)\s+"
     r"(?:explosive|suicide|vest|belt|bomb)|explosive[s]?\s+(?:vest|belt)|self-detonat\w*"),
    ("drone_strike", "drone",
     r"\bdrones?\b|\bUAVs?\b|unmanned\s+aerial|quadcopter"),
    ("air_strike", "aircraft",
     r"\bair[\s-]?strikes?\b|\bairstrikes?\b|\bair\s+raids?\b|\bwarplanes?\b|\bfighter\s+jets?\b"
     r"|aerial\s+(?:bombardment|bombing|attack)|\bhelicopter\s+gunships?\b|\bjets?\s+"
     r"(?:bombed|struck|pounded|hit)|\bbombed\s+from\s+the\s+air|\bbarrel\s+bombs?\b"),
    ("missile_rocket_attack", "missile",
     r"\bmissiles?\b(?!\s+test)|\bballistic\b"),
    ("missile_rocket_attack", "rocket",
     r"\brockets?\b|\bkatyushas?\b|\bRPGs?\b|rocket[\s-]propelled|\bprojectiles?\b"),
    ("shelling_artillery", "mortar", r"\bmortars?\b"),
    ("shelling_artillery", "artillery",
     r"\bshell(?:ing|ed|s)\b|\bartillery\b|\bhowitzers?\b|\bbombard\w*"),
    ("ied_remote_explosive", "vehicle_bomb",
     r"\b(?:car|truck|vehicle|lorry|motorcycle|motorbike|van|bicycle)[\s-]+bomb\w*|\bVBIED\b|"
     r"booby[\s-]trapped\s+(?:car|vehicle|truck|motorcycle)|explosives?[\s-](?:laden|packed)\s+"
     r"(?:car|truck|vehicle|van)"),
    ("grenade", "grenade", r"\bgrenades?\b"),
    ("ied_remote_explosive", "ied",
     r"\bIEDs?\b|improvised\s+explosive|roadside\s+bomb|\blandmines?\b|\bland\s+mines?\b|"
     r"\bmine\s+(?:blast|explosion|exploded)|sticky\s+bomb|magnetic\s+bomb|remote[\s-]"
     r"(?:controlled|detonated)|booby[\s-]trap|explosive\s+device|\bbomb(?:s|ing|ings|ed|er|"
     r"ers)?\b|\bexplosives?\b|\bparcel\s+bomb|\bpipe\s+bomb|\bhit\s+a\s+mine\b"),
    ("explosion_unknown_cause", "explosive_unknown",
     r"\bexplosions?\b|\bblasts?\b|\bexploded\b|\bdetonat\w+"),
    ("abduction", "unknown",
     r"\babduct\w*|\bkidnap\w*|\btaken\s+hostage|\bhostages?\b|\bseized\s+\w+\s+(?:hostage|"
     r"captive)"),
    ("armed_clash", "firearm",
     r"\bclash(?:es|ed)?\b|\bfirefight\b|\bgun\s?battles?\b|\bexchange\s+of\s+fire|"
     r"\btraded\s+(?:gun)?fire|\bfighting\s+(?:between|broke)"),
    ("armed_assault", "firearm",
     r"\bgunm[ae]n\b|\bshot\b(?!\s+(?:down|a\s+film|to\s+fame))|\bshoot(?:ing|ings|s)?\b|"
     r"opened\s+fire|\bgunfire\b|\bgun\s+attack|\bsnipers?\b|\brifles?\b|\bAK-47|"
     r"\bkalashnikov|\bfiring\s+(?:on|at)|\bfired\s+(?:on|at|upon|shots)|\bgunshots?\b|"
     r"\bmachine[\s-]guns?\b|\bpistols?\b|\bhandguns?\b|\barmed\s+men\b|\bambush\w*|\bstorm\w*"),
    ("attack", "melee",
     r"\bstabb?\w*|\bknife\b|\bknives\b|\bmachetes?\b|\baxes?\b|\bhacked\b|\bhacking\b|"
     r"\bbehead\w*|\bbludgeon\w*|\bclubbed\b|\bswords?\b|\bbeaten\s+to\s+death|"
    r"\bchainsaw|\bhacked\s+to\s+death|\bbatter\w*\s+(?:\w+\s+){0,3}to\s+death|"
    r"\bstoned\s+to\s+death|\bwith\s+rocks\b"),
    ("attack", "incendiary",
     r"\barson\w*|\bset\s+(?:\w+\s+){0,3}(?:on\s+fire|ablaze|alight)|\bset\s+fire\s+to|"
    r"\bburn(?:ed|t)?\s+(?:\w+\s+){0,3}alive|\btorch(?:ed|ing)\b|"
     r"\bfirebomb\w*|\bmolotov|\bpetrol\s+bombs?|\bburn(?:ed|t)\s+(?:down|\w+\s+houses|"
     r"(?:\w+\s+)?(?:homes|houses|vehicles|buses|churches|schools))|\bset\s+ablaze"),
    ("attack", "unknown",
     r"\bramm(?:ed|ing)\b|\bdrove\s+(?:a|his|her)\s+(?:car|truck|van|vehicle)\s+into"),
)
_COMPILED = tuple(
    (s, w, re.compile(p, re.IGNORECASE)) for s, w, p in _RULES
)

# Generic attack words: count only with a victim or a casualty in the same sentence.
_GENERIC = re.compile(
    r"\battack(?:s|ed|ing)?\b|\bassault(?:s|ed)?\b|\braid(?:s|ed)?\b|\bmassacre\w*|"
    r"\bkilled\b|\bkilling\b|\bkills\b|\bmurder\w*|\bexecut(?:ed|es|ing|ion)\b|"
    r"\binsurgents?\b|\bmilitants?\b|\bterror(?:ist)?\s+attack|\bstruck\b|\bhit\b|"
    r"\bassassinat\w*|\bwounded\b|\bburn(?:ed|t)\s+(?:\w+\s+){0,3}alive|\bbatter\w*\s+"
    r"(?:\w+\s+){0,3}to\s+death|\blynch\w*|\bassailants?\b|\bterrorists?\b",
    re.IGNORECASE,
)
_NOT_VIOLENCE = re.compile(
    r"\bheart\s+attacks?\b|\bpanic\s+attacks?\b|\basthma\s+attacks?\b|\bcyber[\s-]?attacks?\b|"
    r"\bshark\s+attack|\bdog\s+attack|\bbomb\s+(?:threats?|scares?|hoax\w*|disposal|squad)\b|"
    r"\bmissile\s+tests?\b|\btest[\s-](?:fired|launch\w*)|\bshot\s+(?:to\s+fame|a\s+film)|"
    r"\bphoto\s*shoot|\bfilm\s+shoot|\bshooting\s+(?:star|guard|percentage|range|practice|"
    r"of\s+(?:a|the)\s+(?:film|movie|video))|\bhunger\s+strike|\bgeneral\s+strike|"
    r"\bon\s+strike\b|\bstrike\s+action\b|\bfireworks?\b|\bcrash(?:ed|es)?\b|\bcollision\b|"
    r"\bderail\w*|\bearthquake\b|\bflood\w*|\blandslide\b|\bgas\s+(?:leak|cylinder|explosion)\b|"
    r"\bboiler\b|\bindustrial\s+accident|\bcollapse[ds]?\b|\bwildfire|\bbushfire|"
    r"\bmine\s+collapse|\bcoal\s+mine|\bsmartphone|\bfirework|"
    r"\bchemical\s+plant|\bfactory\s+fire|\blightning|\b(?:fake|replica|toy|imitation)\s+"
    r"(?:pistol|gun|rifle|weapon)s?|\battacked\s+by\s+(?:a\s+|an\s+)?(?:shark|dog|bear|"
    r"crocodile|lion|elephant|bees|tiger|leopard|snake)|\boverturn\w*|\bcapsiz\w*|"
    r"\bran\s+aground|\bcollided|\bplane\s+crash|\bcrashed|\bsuicide\b(?!\s+"
    r"(?:bomb|attack|vest|belt|car|truck|blast|explosion))|\bnatural\s+causes|\bleak\b",
    re.IGNORECASE,
)
_ATTACK_WORD = re.compile(
    r"\battack\w*|\bgunm[ae]n\b|\bmilitants?\b|\bbomb(?:er|ing|ed)\b|\bsuicide\s+bomb|"
    r"\bopened\s+fire|\bambush\w*|\bshot\s+dead|\bstabbed|\bkidnapp\w*|\babduct\w*|"
    r"\bsabotage|\bterror\w*|\binsurgents?|\brebels?\b|\bairstrikes?|\bair\s+strikes?|"
    r"\bshelling|\bshelled", re.IGNORECASE)
_VICTIM = re.compile(
    r"\b(?:killed|kill|killing|dead|died|injur\w+|wound\w+|hurt|casualties|victims?|"
    r"civilians?|soldiers?|troops|police\w*|villagers?|worshippers?|pilgrims?|checkpoints?|"
    r"convoy|patrol|base|outpost|camp|villages?|militants?|gunmen|insurgents?|rebels?|"
    r"jihadists?|fighters?|hostages?|abducted|kidnapped|people|persons|man|woman|men|women|"
    r"children|child|boy|girl|members?|officers?|officials?|commander|journalists?|"
    r"refugees?|workers?|teachers?|students?|leader|chairman|judge|victims?|him|her|them|"
    r"youths?|trader|professor|priest|imam|policem[ae]n)\b",
    re.IGNORECASE,
)
_DOUBT = re.compile(
    r"\battack\s+or\s+(?:an\s+)?accident|\baccident\s+or\s+(?:an\s+)?attack|"
    r"\bwhether\s+it\s+was\s+(?:an\s+)?(?:attack|accident|sabotage)|\bcause\s+(?:of\s+the\s+"
    r"(?:blast|explosion|fire)\s+)?(?:is|was|remains)\s+(?:unknown|unclear|not\s+known|under)|"
    r"\bunder\s+investigation\b|\bconflicting\s+reports\b|\bunclear\s+(?:whether|if|what)|"
    r"\bnot\s+(?:yet\s+)?clear\s+(?:whether|if|what)|\bpossibly\s+(?:an?\s+)?accident",
    re.IGNORECASE,
)
_UNCONFIRMED = re.compile(
    r"\bunconfirmed\b|\bcould\s+not\s+(?:be\s+)?(?:independently\s+)?verif\w*|\bclaimed\s+"
    r"without\s+evidence|\ballegedly\b|\breportedly\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Means:
    sub_event_type: str
    weapon: str
    strength: int  # 2: specific means named; 1: generic attack wording
    start: int

    @property
    def event_type(self) -> str:
        return SUB_EVENT_PARENT[self.sub_event_type]


def classify(text: str) -> Means | None:
    """The most specific means of violence named in ``text`` (None when none is)."""
    accident = bool(_NOT_VIOLENCE.search(text)) and not _DOUBT.search(text)
    cleaned = _NOT_VIOLENCE.sub(" ", text) if accident else text
    if accident and not _ATTACK_WORD.search(cleaned):
        return None  # a crash, a disaster, a test: deaths here are not violence
    for sub, weapon, rx in _COMPILED:
        m = rx.search(cleaned)
        if m:
            if sub == "ied_remote_explosive" and weapon == "ied" and re.fullmatch(
                    r"explosives?", m.group(0), re.IGNORECASE):
                # "explosives" alone: a bombing of unknown device type
                return Means("ied_remote_explosive", "explosive_unknown", 2, m.start())
            return Means(sub, weapon, 2, m.start())
    m = _GENERIC.search(cleaned)
    if m and _VICTIM.search(cleaned):
        return Means("armed_assault", "unknown", 1, m.start())
    return None


def is_violent(sentence: str) -> bool:
    """A sentence that reports (or recalls) a violent act, not merely the vocabulary."""
    means = classify(sentence)
    if means is None:
        return False
    if means.strength == 2:
        return bool(_VICTIM.search(sentence)) or _has_hit(sentence) or bool(
            re.search(r"\b(?:suicide|drone|air\s?strike|rocket|missile|mortar|shell|grenade|"
                      r"explosion|blast|bomb|gunm[ae]n|opened\s+fire|IED|kidnap|abduct)\w*",
                      sentence, re.IGNORECASE))
    return True


def _has_hit(sentence: str) -> bool:
    return bool(re.search(r"\b(?:hit|struck|targeted|landed|exploded|detonated)\b", sentence,
                          re.IGNORECASE))


def certainty(text: str) -> str:
    if _DOUBT.search(text):
        return "disputed"
    return "confirmed"


def doubt_in(text: str) -> bool:
    return bool(_DOUBT.search(text))


assert all(w in WEAPONS for _, w, _ in _RULES)
assert all(s in SUB_EVENT_PARENT for s, _, _ in _RULES)
