"""Casualty counts: numbers in words or digits tied to killed / injured, summed across groups.

Conventions (documented in the codebook):
- "a dozen" = 12, "two dozen" = 24; vague plurals ("dozens", "scores", "several", "hundreds")
  are not a stated figure, so they give null rather than an invented number;
- qualified figures ("at least 56", "more than 100") keep the stated number;
- groups in one clause are summed ("four police officers and five assailants were killed" = 9);
- 0 only when the text says nobody was hurt; null when it is silent;
- counts of munitions, vehicles, buildings, distances or durations are never casualties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.extract.dates import MONTH_WORD, SHORT_YEAR_DATE
from pipeline.extract.text import ARABIC_ARTICLE

_UNITS = {
    "zero": 0, "no": 0, "one": 1, "a": 1, "an": 1, "single": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
    "couple": 2, "pair": 2,
}
_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
          "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
          "eighty|ninety")
# One number phrase: "56", "1,200", "twenty-five", "a dozen", "two dozen", "a hundred", "300 000".
NUMBER = (
    r"(?:\d{1,3}(?:[,\s]\d{3})+(?!\d)|\d+"
    r"|(?:(?:" + _WORDS + r")(?:[\s-](?:" + _WORDS + r"))?|a|an)\s+(?:dozen|hundred|thousand)"
    # ("two thousand seven hundred", "a hundred and fifty": a number said in words)
    r"(?:(?<=thousand)\s+(?:and\s+)?(?:" + _WORDS + r")(?:-(?:" + _WORDS + r"))?(?:\s+hundred)?)?"
    r"(?:(?<=hundred)\s+and\s+(?:" + _WORDS + r")(?:-(?:" + _WORDS + r"))?)?"
    r"|(?:" + _WORDS + r")(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"(?:\s+hundred(?:\s+and\s+(?:" + _WORDS + r")(?:-(?:" + _WORDS + r"))?)?)?"
    r"|a\s+couple\s+of|a\s+pair\s+of)"
)
QUALIFIER = (r"(?:(?:at\s+least|all|more\s+than|over|nearly|almost|about|around|approximately|"
             r"approx\.?|some|up\s+to|as\s+many\s+as|roughly|an\s+estimated|a\s+total\s+of|another|other|"
             r"further|an\s+additional|additional)\s+)*")
_NUM_RE = re.compile(NUMBER, re.IGNORECASE)


def parse_number(phrase: str) -> int | None:
    """Value of a number phrase in digits or English words; None when it is not one."""
    s = phrase.strip().lower().replace("-", " ")
    if not s:
        return None
    digits = s.replace(",", "").replace(" ", "")
    if digits.isdigit():
        return int(digits)
    total, current = 0, 0
    seen = False
    for w in s.split():
        if w in ("and", "of"):
            continue
        if w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif w == "dozen":
            current = max(current, 1) * 12
        elif w in _UNITS:
            current += _UNITS[w]
        else:
            return None
        seen = True
    return total + current if seen else None


@dataclass(slots=True)
class Casualties:
    fatalities: int | None = None
    injured: int | None = None
    # the deaths stated are all attackers' ("two gunmen were also killed")
    attackers_only: bool = False
    # character spans in the sentence that state them (for evidence)
    spans: tuple[tuple[int, int], ...] = ()
    # the count is a running toll that replaces earlier ones ("A 6th victim died this morning")
    running_toll: bool = False


# "The employee lost two fingers": a person hurt, named by the limb lost
_LIMB = r"(?:fingers?|toes?|legs?|arms?|hands?|eyes?|feet|foot|limbs?)"
# ("She survived; the victim lost her left foot", "He lost his right leg below the knee", "his
# right leg was amputated below the knee": a mine's survivor, one hurt)
_LOST_LIMB = re.compile(r"(?:^|[;:]\s*)(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?|(?:he|she)\s+)lost\s+"
                        r"(?:a|an|one|two|three|both|his|her)\s+(?:[\w-]+\s+)?" + _LIMB + r"\b"
                        r"|\b(?:his|her)\s+(?:left\s+|right\s+)?" + _LIMB + r"\s+(?:was|were|had"
                        r"\s+to\s+be)\s+amputated\b"
                        # ("The operator … suffered a traumatic amputation of the right foot")
                        r"|\bsuffered\s+(?:an?\s+)?(?:traumatic\s+|partial\s+)?amputation\b",
                        re.IGNORECASE)
_NOT_PEOPLE = re.compile(
    r"^\s*(?:[\w\-]+\s+)?(?:fingers|toes|limbs|rockets?|missiles?|mortars?|shells?|drones?|"
    r"bombs?|grenades?|explosives?|devices?|ieds?|mines?|vehicles?|cars?|trucks?|buses|houses?|"
    # ("1 home destroyed", but "killed 1 home guard")
    r"homes?(?!\s+guards?\b)|buildings?|"
    r"shops?|"
    r"times?|decades?|centur(?:y|ies)|years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|"
    r"kilomet(?:er|re)s?|miles?|metres?|meters?|feet|percent|per\s+cent|%|kg|kilograms?|pounds?|"
    r"dollars?|"
    r"am|pm|a\.m|p\.m|o'clock|rounds?|bullets?|"
    r"shots|attacks?|blasts?|explosions?|incidents?|cows|cattle|animals|camels|goats|sheep|"
    # a game's parts ("Nawaz killed a couple of overs with some lusty blows")
    r"overs|innings|wickets|runs|balls|points|goals|frames|laps|holes|"
    # ("his son, who was working about 50 m away, was not hurt")
    r"m(?=\s+(?:away|from|further|behind|ahead)\b)|livestock|donkeys?|horses?|buffal(?:o|oes)|"
    # ("three Frontier Corps soldiers": the unit names whose soldiers)
    r"(?:brigades?|battalions?|regiments?|division|corps|squadrons?|units?)\b(?!\s+(?:soldiers|"
    r"troops|personnel|members|officers|men|fighters|policemen|guards|recruits|rangers|"
    r"commandos|paramilitaries|jawans)\b))\b",
    re.IGNORECASE,
)
_PERP_WORDS = re.compile(
    r"\b(?:attackers?|assailants?|gunm[ae]n|militants?|bombers?|terrorists?|insurgents?|"
    r"jihadists?|perpetrators?|suspects?|hostage[\s-]takers?)\b", re.IGNORECASE)

_KILLED_ACTIVE = re.compile(
    r"\b(?:kill(?:ing|ed|s)?|left|leaving|leaves|deaths?\s+of|burn(?:ed|t|ing)|behead(?:ed|ing)|"
    r"claim(?:ing|ed|s)(?:\s+the\s+lives\s+of)?|(?:bodies|corpses)\s+of|martyrdom\s+of|"
    r"shot\s+dead|shooting\s+dead|murder(?:ing|ed)|slaughter(?:ing|ed)|"
    r"(?:hacked|stabbed|beaten|bludgeoned)\s+to\s+death|shot\s+and\s+killed|"
    r"execut(?:ing|ed)|behead(?:ing|ed)|neutrali[sz](?:ed|ing)|eliminat(?:ed|ing)|"
    r"martyr(?:ing|ed))\s+"
    # ("killed on Sunday about twenty insurgents", "killed with machetes at least eight
    # civilians", "killing with blows of machetes at least ten displaced")
    r"(?:(?:on|this|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+|"
    r"with\s+(?:blows\s+of\s+)?(?:machetes?|knives|knife|axes?|clubs|guns|rifles|"
    r"firearms|bullets)\s+)?"
    r"(?:(?:its|their|his|her)\s+)?"
    + QUALIFIER
    + r"(?P<n>" + NUMBER + r")\b(?P<tail>[^,.;]{0,60})",
    re.IGNORECASE,
)
_HURT_ACTIVE = re.compile(
    r"\b(?:injur(?:ing|ed|es)|wound(?:ing|ed|s)|hurt(?:ing)?|left|leaving|injuring|"
    r"(?:the\s+)?(?:wounding|injuring)\s+of)\s+"
    + QUALIFIER + r"(?P<n>" + NUMBER + r")\b(?P<tail>[^,.;]{0,60})",
    re.IGNORECASE,
)
_AUX = (r"(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|being|got|reportedly|"
        r"also|all|later|now|others?|more|each|both|said\s+to\s+have\s+been|reported|left|"
        r"slightly|seriously|critically|severely|lightly|badly|gravely|"
        r"confirmed|believed\s+to\s+have\s+been|\w+ed\s+and|(?:hit|struck)\s+by\s+(?:[\w-]+\s+)"
        r"{0,2}?(?:bullets?|shrapnel|fragments|debris|gunfire)\s+and)\s+){0,3}")
# where a coder's toll field ends: "7 k / 22 w (MoH)", "0 k, 4 w |"
_FIELD_END = r"(?=\s*(?:[,;/|()]|$))"
_KILL_VERB = re.compile(
    r"\b(?P<aux>" + _AUX + r")(?P<verb>killed|dead|died|die|dies|murdered|slain|slaughtered|"
    r"deceased|(?:pronounced|declared)\s+dead|"
    r"executed|beheaded|decapitated|shot\s+and\s+killed|burned\s+alive|burnt\s+alive|shot\s+dead|lost\s+their\s+lives|sacrificed\s+their\s+lives|perished|hacked\s+to\s+death|"
    # police communiqués of South Asia: "two constables embraced martyrdom"
    r"martyred|(?:embraced|attained)\s+(?:martyrdom|shahadat)|succumbed|"
    # communiqués: "two terrorists were sent to hell", "some fifteen terrorists were
    # neutralised", "2 soldiers paid the supreme price", "six VDP fell with arms in hand"
    r"sent\s+to\s+hell|neutrali[sz]ed|eliminated(?!\s+(?:from|in\s+the))|liquidated|"
    r"(?:paid|made)\s+the\s+(?:supreme|ultimate)\s+(?:price|"
    r"sacrifice)|fell\s+(?:with\s+(?:their\s+)?arms\s+in\s+hand|in\s+(?:combat|action|battle)|"
    r"on\s+the\s+field\s+of\s+hono(?:u)?r)|"
    r"kia|killed\s+in\s+action|"
    # a coder's field: "9 civ k (SOHR)", "7 k / 22 w", "0 k, 4 w"
    r"k" + _FIELD_END + r"|"
    r"burn(?:ed|t)\s+to\s+death|stabbed\s+to\s+death|beaten\s+to\s+death|"
    r"confirmed\s+dead|feared\s+dead|(?:fatally|mortally)\s+(?:wounded|injured|shot|stabbed|hurt))"
    r"\b(?!-)(?P<after>\s*\S{0,12})",  # (not "the dead-ball routines")
    re.IGNORECASE,
)
_HURT_VERB = re.compile(
    r"\b(?P<aux>" + _AUX + r")(?<!fatally\s)(?<!mortally\s)"
    r"(?P<verb>injured|wounded|hurt|injuried|hospitali[sz]ed|maimed|(?:suffered|sustained)\s+"
    # ("three others sustained bullet injuries", "splinter injuries", "burn injuries")
    r"(?:[\w-]+\s+){0,3}?(?:injuries|wounds|burns|cuts)|"
    # ("Five pedestrians were taken to hospital", "three other victims were rushed to hospital
    # for medical attention")
    r"(?:taken|rushed|transported|airlifted|evacuated)\s+to\s+(?:a\s+|the\s+)?(?:local\s+|"
    r"nearby\s+)?hospitals?(?![\w-]|\s+(?:for\s+(?:a\s+)?(?:post-mortem|autopsy)|mortuary))|"
    r"(?:taken|rushed|admitted)\s+to\s+(?:a\s+|the\s+)?hospitals?\s+with\s+(?:[\w-]+\s+)?"
    r"(?:wounds|injuries|burns)|"
    r"treated\s+for\s+(?:[\w-]+\s+){0,2}?(?:smoke\s+"
    r"inhalation|injuries|burns|wounds|gunshot\s+wounds)|"
    r"suffered\s+injuries|sustained\s+injuries|"
    # coder shorthand: "3 BIFF KIA, 2 AFP WIA", "2 civ killed, 3 inj"
    r"wia|wounded\s+in\s+action|inj|w" + _FIELD_END + r")\b(?P<after>\s*\S{0,12})",
    re.IGNORECASE,
)
_TRANSITIVE = ("killed", "murdered", "slaughtered", "executed", "beheaded", "shot dead",
               "shot and killed",
               "injured", "wounded", "hurt", "decapitated")
_NUM_IN_PRE = re.compile(r"\b" + QUALIFIER + r"(?P<n>" + NUMBER + r")\b", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s*(?:,|\)|and\s+\d+\s*,|(?:yrs?|years?)\b)")
_NAMED_BEFORE_AGE = re.compile(r"[A-Za-z],\s*$|\(\s*$")
# (matched on the lower-cased sentence: "mariam, 6," is a name and an age; "men, 34 and 40," are
# several people, already counted)
_ONE_BEFORE_AGE = re.compile(r"(?:\b(?:a|an|one|the)\s+(?:[\w-]+\s+)?(?:man|woman|boy|girl|person|"
                             r"resident|farmer|civilian|teacher|driver)|\b[a-z][\w'’-]*[a-z]"
                             r"(?<!s)(?<!men)(?<!ren))\s*(?:,|\(|of|,?\s*aged)\s*"
                             r"(?:about\s+|around\s+|some\s+)?$")
_AGE_BEFORE = re.compile(r"\b(?:aged|(?:man|woman|person|resident|victim|farmer|civilian)\s+of)"
                         r"\s+$", re.IGNORECASE)
_ACTIVE_BEFORE = re.compile(
    r"(?:kill\w*|injur\w*|wound\w*|hurt\w*|left|leaving|claim\w*|shot|shooting|"
    r"behead\w*|execut\w*|murder\w*)\s+$", re.IGNORECASE)
_LIVES_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?lives\b", re.IGNORECASE)
# (a kin word may stand before the next one named: "Hodan, 8, and her brother Abdirahman, 5")
_GLUE = re.compile(r"^[^,;:]*?(?:,\s*(?:and\s+|including\s+)?|\s+and\s+(?:the\s+|all\s+)?|"
                   r"\s+plus\s+)(?:(?:his|her|their)\s+(?:younger\s+|elder\s+|older\s+)?"
                   r"(?:brother|sister|son|daughter|wife|husband|father|mother|cousin|nephew|"
                   r"niece|uncle|aunt)\s+)?$",
                   re.IGNORECASE)
_VERBISH = re.compile(
    r"\b(?:were|was|is|are|has|have|had|said|says|told|killed|attacked|shot|fired|died|dead|"
    r"injured|wounded|hurt|kill|killing|injuring|wounding|attacking|targeting|leaving|left|"
    r"struck|hit|exploded|detonated|opened|stormed|ambushed|martyred|embraced|neutrali[sz]ed|"
    r"fell|paid|sent|kia|lost|perished|succumbed|liquidated|slain|murdered|executed)\b",
    re.IGNORECASE)


_ADDED_TO = re.compile(r"\b(?:in\s+addition\s+to|along\s+with|together\s+with|as\s+well\s+as)"
                       r"\s+(?:(?!\s+and\s)[^,;])*", re.IGNORECASE)
_INCLUDING = re.compile(
    r",\s*(?:including|among\s+them|among\s+whom|of\s+whom|mostly|mainly|most\s+of\s+them|"
    # "One militant, said to be a commander, was killed"
    r"(?:said|believed|thought|reported|identified|described)\s+(?:to\s+be|as))"
    r"\b[^,;()]*,|\s*\b(?:including|among\s+them|mostly|mainly)\s+(?:[\w'’\-]+\s+){0,6}?"
    r"(?=(?:were|was|are|is|have|has|had)\b)|\([^()]*\)", re.IGNORECASE)


_MONTH_BEFORE = re.compile(MONTH_WORD + r"\.?\s*"
                           r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?$", re.IGNORECASE)


# a dateline's day: written after its month, then a bracket or a dash
# (and "later on May 25 injured 25 more": the day before the verb, no count)
_DAY_AFTER_MONTH_LOW = re.compile(
    "(" + MONTH_WORD.lower() + r"\.?\s+)(\d{1,2}(?:st|nd|rd|th)?)(?=\s*[(—–-]|\s+(?:killed|"
    r"killing|injured|injuring|wounded|wounding)\b)")
_MONTH_AFTER = re.compile(r"\s*(?:of\s+)?" + MONTH_WORD, re.IGNORECASE)


_ONE_GROUP = re.compile(r"\s+(?:[\w-]+\s+)?(?:family|families|household|clan|tribe|community|"
                        r"crew|team|unit|village|lineage)\b", re.IGNORECASE)


_RISEN_TO = re.compile(r"\b(?:climbed|risen|rose|increased|jumped|reached|stands\s+at|"
                       r"stood\s+at)\s+(?:to\s+)?$", re.IGNORECASE)
_NAMED_GROUP = re.compile(r"\s+[\w'’-]+\s+(?:gang|cartel|faction|front|brigade|militia|"
                          r"coalition)\b", re.IGNORECASE)


def _a_claimed_toll(verb: str, tail: str) -> bool:
    """"claimed 12 soldiers were killed" reports a side's claim of a toll (the passive verb
    after it counts them); "claimed 12 lives", "claimed the lives of 12" is the toll itself."""
    v = verb.lower()
    return v.startswith("claim") and "lives of" not in v and not _LIVES_AFTER.match(tail)


_PLACE_PREP_END = re.compile(r"\b(?:at|in|on|near|from|to|into|outside|inside|by|with|of)\s*$",
                             re.IGNORECASE)


_DEAD_TOLL_IS = re.compile(r"\b(?:number|toll)\s+of\s+(?:the\s+)?(?:dead|deceased|deaths|"
                           r"fatalities|killed|martyrs)\s+(?:is|was|stands\s+at|has\s+risen\s+"
                           r"to|rose\s+to|reached)\s*$", re.IGNORECASE)


# ("volunteering since spring 2022, was killed": a season's year)
_YEAR_IN = re.compile(r"\b(?:in|since|during|until|by|from|of|early|late|mid)\s+(?:(?:the\s+)?"
                      r"(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?$", re.IGNORECASE)


def _subject_count(sentence: str, verb_start: int,
                   passive: bool = True) -> tuple[int, list[tuple[int, int]]]:
    """Sum of the people counts forming the subject just before a passive verb."""
    lo = max(0, verb_start - 160)
    # ", including two children," qualifies a total, it does not add to it (blanked before
    # the clause is cut: "One militant, said to be a commander, was killed")
    pre = _INCLUDING.sub(lambda m: " " * len(m.group()), sentence[lo:verb_start])
    cut = max((m.end() for m in re.finditer(
        r"\b(?:when|after|as|while|because|but|said|says|where|which|who|that|killing|"
        r"injuring|wounding|leaving)\b|[;:]|(?<!\bincl)(?<!\bapprox)(?<!\bvic)(?<![A-Z]\.[A-Z])\.\s|"
        # ("3 k, 0 w": a coder's toll field ends where the next begins)
        r"\b(?:k|w|kia|wia|inj)\b\s*[,/|]|"
        # ("Killed — 14 civilians / Wounded — not reported": one field, then the next)
        r"\s(?:[/|·▸—]|--)\s", pre, re.IGNORECASE)),
        default=0)
    pre = pre[cut:]
    for m in _ADDED_TO.finditer(pre):
        if _VERBISH.search(pre, 0, m.start()):
            # "Five were killed in addition to the two bombers, and 13 others were injured":
            # the phrase belongs to the verb before it, not to the subject after it
            pre = _blanked(pre, *m.span())
    nums = []
    age_run = False
    for m in _NUM_IN_PRE.finditer(pre):
        raw = m.group("n")
        tail = pre[m.end():m.end() + 30]
        if raw.lower() in ("a", "an") and not re.match(r"\s*(?:dozen|hundred)", tail):
            continue
        active = _ACTIVE_BEFORE.search(pre[:m.start()])
        if active is not None and _a_claimed_toll(active.group(0), tail):
            active = None  # "The PDF claimed 12 soldiers were killed": a claim of a toll
        if not _tail_ok(tail) or active is not None:
            continue
        if raw.lower() == "one" and re.search(r"\b(?:no|not)\s*$", pre[:m.start()], re.I):
            continue  # "no one was killed"
        if len(raw) == 4 and _YEAR_IN.search(pre, 0, m.start()) and raw[:2] in ("19", "20"):
            continue  # "In 2022, nine aid workers were killed": the year, then the count
        age = _AGE_BEFORE.search(pre, 0, m.start()) or (raw.isdigit() and (
            (_AGE_AFTER.match(tail) and _NAMED_BEFORE_AGE.search(pre, 0, m.start()))
            or (age_run and tail.lstrip().startswith(",")))) or (
            # ("her two daughters, aged six and nine, were killed": the second age)
            age_run and tail.lstrip().startswith(",") and pre.endswith("and ", 0, m.start()))
        if age:
            # "a man of about sixty was killed", "Ahmed Ali, 34, was killed", "Two men, 34 and
            # 40, were killed": an age; a single person named before it is the one counted
            age_run = True
            one = _ONE_BEFORE_AGE.search(pre, 0, m.start())
            if one is not None:
                nums.append((one.start(), m.end(), 1))
            continue
        age_run = False
        if re.match(r"\s*of\s+(?:them|whom)\b", tail, re.I):
            continue  # "Six people, two of them police officers, were killed": a subset
        if _RISEN_TO.search(pre, 0, m.start()) and re.match(r"\s*,?\s*(?:and|while)\b", tail):
            continue  # "the number killed has climbed to nine, and 23 were hurt": another toll
        if _ONE_GROUP.match(tail) and re.search(r"\bof\s+$", pre[:m.start()]):
            continue  # "Four members of one family were murdered": the family is no count
        if _NAMED_GROUP.match(tail) and re.search(r"\bthe\s+$", pre[:m.start()], re.I):
            continue  # "members of the 400 Mawozo gang were killed": a name, not a count
        if re.match(r"\s*(?:(?:reported|confirmed)\s+)?(?:fatalit|deaths?\b|dead\b|killed\b|"
                    r"martyrs?\b|deceased\b)", tail, re.I) or _DEAD_TOLL_IS.search(
                    pre, 0, m.start()):
            # ("125 martyrs and 147 wounded", "the number of deceased is 20, and 26 people
            # were injured")
            continue  # "4 fatalities, 10 injured": the dead are not among the injured
        v = parse_number(raw)
        if raw.isdigit() and _MONTH_AFTER.match(tail):
            continue  # "On 3 August 2022, …": a day of the month
        if v is not None and raw.isdigit() and 1900 <= v <= 2100 and _MONTH_BEFORE.search(
                pre[:m.start()]):
            continue  # "On 3 August 2022, a soldier was killed": a year, not a count
        if v is not None:
            nums.append((m.start(), m.end(), v))
    pairs = _PAIR_SUBJECT.search(pre)
    if pairs is not None and _PLACE_PREP_END.search(pre, 0, pairs.start()):
        pairs = None  # "… was killed at the scene and one of his bodyguards": a place, no one
    if pairs is not None and passive and not _VERBISH.search(pairs.group()) and (not nums or (
            len(nums) == 1 and nums[0][2] == 1 and nums[0][0] >= pairs.start())):
        # "The teacher, his wife and one student were killed"
        return 2 + _people_named_before(pre[:pairs.start()], after_including=True), [
            (lo + cut + pairs.start(), verb_start)]
    if not nums:
        both = re.search(r"\bboth\s+(?:(?:of\s+)?the\s+)?(?:[\w\-]+\s+){0,2}$", pre, re.I)
        if both is not None and not _VERBISH.search(both.group()):
            return 2, [(lo + cut + both.start(), verb_start)]
        return 0, []
    # the last count must run up to the verb without another verb in between
    s_last, e_last, v_last = nums[-1]
    between = pre[e_last:]
    if _VERBISH.search(re.sub(r"\b(?:were|was|have|has|had|been|are|is|being|also|all|"
                               r"reportedly|later)\b", "", between, flags=re.IGNORECASE)):
        return 0, []
    total, used = v_last, [(lo + cut + s_last, verb_start)]
    first = s_last
    # "4 civilians and the bomber were killed", "3 soldiers and both attackers were killed"
    if (extra := _AND_ONE_MORE.search(between)) is not None:
        total += 2 if extra.group("both") else 1
    for i in range(len(nums) - 2, -1, -1):
        s_i, e_i, v_i = nums[i]
        glue = pre[e_i:nums[i + 1][0]]
        if _GLUE.match(glue) and not _VERBISH.search(glue):
            total += v_i
            used.append((lo + cut + s_i, lo + cut + e_i))
            first = s_i
        else:
            break
    # "The bomber and three soldiers", "The pastor, his son and four worshippers", "She and six
    # sailors were killed": each person named before the count is one more
    total += _people_named_before(pre[:first], after_including=False)
    if "oth" in pre and _BOTH_BEFORE.search(pre, 0, first) is not None:
        total += 2  # "Both assailants and one soldier were killed"
    return total, used


_BOTH_BEFORE = re.compile(r"(?:^|[,;:(]\s*)both\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?[a-z]+s\s+and\s+$",
                          re.IGNORECASE)


def _people_named_before(pre: str, *, after_including: bool) -> int:
    """How many single people a list ending ``pre`` names ("the pastor, his son and "); a list
    after "including" names some of a total already counted unless ``after_including``."""
    ones = _ONES_BEFORE.search(pre)
    if ones is None or (not after_including and re.search(
            r"\b(?:including|incl)\.?\s*$", pre[:ones.start()], re.IGNORECASE)):
        return 0
    return len(_ONE_ITEM.findall(ones.group()))


def _passive_counts(sentence: str, verbs: re.Pattern[str]) -> tuple[int | None, list]:
    total: int | None = None
    spans: list[tuple[int, int]] = []
    for m in verbs.finditer(sentence):
        verb = re.sub(r"\s+", " ", m.group("verb").lower())
        aux = m.group("aux").strip()
        after = m.group("after").strip().lower()
        if verb in _TRANSITIVE and not aux and after and after[0].isalnum() and after.split()[
                0] not in ("in", "and", "when", "by", "after", "during", "on", "at", "while",
                           "as", "near", "outside", "since", "last", "this", "yesterday",
                           "today", "early", "late", "or", "including", "following", "inside",
                           "across", "over", "from", "per", "according"):
            continue  # active use: "gunmen killed five"
        if _NOBODY_BEFORE.search(sentence, max(0, m.start() - 12), m.start()):
            continue  # "two officers suffered minor injuries and nobody was killed"
        if verb == "dead" and not aux and sentence.endswith("shooting ", 0, m.start("verb")):
            continue  # "abducted 24 people, shooting dead a guard": the guard, read actively
        if verb == "dead" and not aux and _LEFT_BEFORE.search(sentence, 0, m.start("verb")):
            continue  # "left one officer and three gunmen dead": the list, read actively
        v, used = _subject_count(sentence, m.start(), passive=bool(aux))
        if v > 0:
            total = v if total is None else total + v
            spans.extend(used)
    return total, spans


_LEFT_BEFORE = re.compile(r"\b(?:left|leaving|leaves)\s+[^.;:]{1,80}$")
_DEATHS_FIELD = re.compile(r"\b(?:deaths|fatalities|killed|dead)\s*:")
_NOBODY_BEFORE = re.compile(r"\b(?:nobody|no\s+one|none)\s*$")
_NOUN_COUNT_DEAD = re.compile(
    r"\b(?<!no\s)" + QUALIFIER + r"(?P<n>" + NUMBER + r")\s+(?:people\s+|ppl\s+|persons\s+|"
    r"civilians\s+|"
    # "8 militants killed according to the army", "3 farmers killed, 2 injured" (note style)
    r"(?:(?:[a-z-]+\s+)?(?:soldiers|militants|fighters|rebels|policemen|officers|farmers|"
    r"villagers|passengers|insurgents|attackers|assailants|children|women|men|workers|students|"
    r"members|servicemen|civilians)\s+)?)?"
    # "41 reported fatalities", "[1 fatality]"
    r"(?:(?:reported|confirmed|recorded)\s+)?(?:dead|deaths?|fatalit(?:y|ies)|killed|bodies|"
    r"corpses|martyrs(?!\s+(?:Brigades?|Battalions?|Regiment|Square|Day|Cemetery|Memorial)))\b",
    re.IGNORECASE)
_NOUN_COUNT_HURT = re.compile(
    r"\b" + QUALIFIER + r"(?P<n>" + NUMBER + r")\s+(?:people\s+|ppl\s+|persons\s+|civilians\s+)?"
    r"(?:injured|wounded|injuries|hurt)\b", re.IGNORECASE)
# "PRCS treated 3 residents for smoke inhalation": the hurt a medical service counted
_TREATED_FOR = re.compile(
    r"\btreated\s+" + QUALIFIER + r"(?P<n>" + NUMBER + r")\s+(?:[\w-]+\s+){0,2}?for\s+"
    r"(?:[\w-]+\s+)?(?:injuries|wounds|burns|smoke\s+inhalation|shrapnel|gunshot|fractures|"
    r"shock)\b", re.IGNORECASE)
# ("25/10 explosion on a passenger bus – only the bomber died": a note's day and month, too)
_FULL_SLASH_DATE = re.compile(r"(?<=\s)\d{1,2}/\d{1,2}/(?:19|20)\d\d\b|\b\d{1,2}-y/o\b|"
                              r"(?<![\d/])[0-3]?\d/[01]?\d(?![\d/])")
# a speaker correcting himself mid-sentence ("-- sorry, let me correct this:", "-- excuse me,")
SPOKEN_CORRECTION = re.compile(r"(?:--|[—–,])\s*(?:sorry|excuse\s+me|correction|pardon\s+me)\b"
                                r"(?:,?\s*let\s+me\s+correct\s+(?:this|that|myself))?[,:]?")
_CORRECTION = re.compile(r"\b(?:initially|at\s+first|originally|early\s+(?:\w+\s+)?reports|"
                         r"first\s+(?:reports|reported|counted|accounts)|initial\s+(?:reports|"
                         r"figures|counts?))\b"
                         r"[^.;]{0,120}?(?:,\s*but\b|;\s*but\b|\bbut\s+(?=\w+\s+\w+\s+said|later)|;\s*"
                         r"by\s+the\s+(?:following|next)\s+day\b|[;,]\s*(?=(?:it|this|the\s+"
                         r"(?:death\s+)?toll|the\s+figure)\s+was\s+(?:later|subsequently)\b)|"
                         # "first reported 9 deaths; the Observatory later documented 12"
                         r";\s*(?=[^.;]{0,80}?\b(?:later|subsequently|revised)\b))")
# "… initially reported as 4 killed; it was later revised to 6", "… later documented 12": the
# figure, without its noun
_REVISED_TO = re.compile(r"\b(?:(?:revised|raised|corrected|updated|lowered)\s+(?:upwards?\s+|"
                         r"downwards?\s+)?to|(?:later|subsequently)\s+(?:documented|counted|"
                         r"recorded|confirmed|reported|gave))\s+(?P<n>" + NUMBER
                         + r")\b(?!\s+(?:injured|wounded))")
# UCDP-style estimates: "best estimate 7, low 5, high 12 deaths" counts the best estimate
_BEST_ESTIMATE = re.compile(r"\bbest(?:\s+estimate)?\s*(?:[:=]|of|is|was)?\s*(?P<n>\d+)\b")
_LOW_HIGH = re.compile(r",?\s*\(?\b(?:low|high)(?:\s+estimate)?\s*(?:[:=]|of)?\s*\d+\)?")
_TERSE_SUBSET = re.compile(r"\s+incl(?:\.|uding)?\s+\d+\s+[a-z]+(?=\s+(?:killed|dead|injured|"
                           r"wounded|hurt)\b|\s*(?:[.,;)]|$))")
# "A 5th victim, an elderly woman, died": a running toll
_NTH_VICTIM = re.compile(r"\b(?:a|the)\s+(?P<n>\d+)(?:st|nd|rd|th)\s+(?:victim|person|casualty|"
                        r"fatality|death)\b", re.IGNORECASE)
_REVISED_FROM = re.compile(
    r"\b(?:revised\s+|raised\s+|lowered\s+|corrected\s+)?(?:up(?:wards?)?|down(?:wards?)?)\s+from\s+"
    r"(?:an?\s+)?(?:initial|earlier|first|previous)?\s*(?:figure\s+of\s+|count\s+of\s+)?"
    r"\d+(?:\s+(?:injured|wounded|killed|dead|deaths))?")
# "…, raising an earlier toll of five", "An earlier count had put the dead at five": a toll the
# text replaces
_EARLIER_TOLL = re.compile(
    r"\b(?:an?|the)\s+(?:earlier|previous|initial|preliminary|first)\s+(?:death\s+)?(?:toll|"
    r"count|figure|tally)\s+(?:of|had\s+put\s+(?:the\s+(?:dead|death\s+toll|toll)|it)\s+at|"
    r"put\s+(?:the\s+(?:dead|death\s+toll|toll)|it)\s+at|was|stood\s+at|had\s+been)\s+"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\b",
    re.IGNORECASE)
_SELF_THEN_LIST = re.compile(r"\bkill(?:ing|ed)\s+(?P<self>himself|herself|themselves)\s*"
                             r"(?:,|\s+and)\s+(?P<list>[^;.]{1,160})")
_LIST_ITEM = re.compile(r"(?P<n>\w+(?:-\w+)?)\s+(?:[a-z][\w'-]*\s+){0,4}?[a-z][\w'-]*?"
                        r"(?=\s*(?:,|\s+and\s|$))")
_LIST_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_ONE_WORDS = frozenset(("a", "an", "one", "his", "her", "their", "the"))


def _selves(word: str, before: str) -> int:
    """How many attackers "killing himself / themselves" counts: one, or as many as the
    sentence named before ("Two female suicide bombers … killing themselves"), two if none."""
    if word != "themselves":
        return 1
    am = _ATTACKER_COUNT.search(before)
    return (parse_number(am.group("n")) or 2) if am else 2


def _count_list(text: str) -> tuple[int, int] | None:
    """People counted in a list ("three soldiers and a passer-by"): their sum and where the
    list ends, before a clause of its own ("and wounding 12", ", officials said")."""
    total, pos, items = 0, 0, 0
    while True:
        m = _LIST_ITEM.match(text, pos)
        if m is None:
            break
        first = m["n"]
        n = 1 if first in _ONE_WORDS else parse_number(first)
        if n is None or _VERBISH.search(m.group()):
            break
        total, pos, items = total + n, m.end(), items + 1
        sep = _LIST_SEP.match(text, pos)
        if sep is None:
            break
        pos = sep.end()
    return (total, pos) if items else None


# a coder's total: "Fatalities coded as 15 per conservative estimate", a closing "3 fatalities."
# ("70 fatalities coded.", "with 3 fatalities coded from bodies recovered", "29 fatalities coded
# (incl. attackers)")
_CODED_TOLL = re.compile(r"\bfatalit(?:y|ies)\s+(?:were\s+|was\s+|are\s+|is\s+)?coded\s+as\s+"
                         r"(?P<n>\d+)\b|\b(?P<c>\d+)\s+fatalit(?:y|ies)\s+coded\b|"
                         # ("The military claimed five BIFF members were killed; coded as 5
                         # fatalities.")
                         r"\bcoded\s+as\s+(?P<r>\d+)\s+fatalit(?:y|ies)\b|"
                         # ("… 5 soldiers killed on its side (305 killed total)")
                         r"\(\s*(?P<t>\d+)\s+(?:killed\s+|dead\s+|fatalities\s+)?(?:in\s+)?"
                         r"total\s*\)|"
                         r"(?:^|[.;]\s+)(?P<m>\d+)\s+fatalit(?:y|ies)(?:\s*[,;]\s*"
                         r"(?P<w>\d+)\s+(?:injured|wounded))?\s*(?:[.;]|$)")
_SPLIT_TOLL = re.compile(r"\bfatalities\s+(?:are|were|have\s+been)\s+split\s+(?:evenly\s+)?"
                         r"between\b"
                         r"[^.]*?(?::\s*(?P<n>\d+)\s+(?:fatalit(?:y|ies)\s+)?(?:coded\s+)?"
                         r"(?:for\s+)?each|\(\s*(?P<m>\d+)\s+each\s*\))", re.IGNORECASE)
_APPOSED_LIST = re.compile(r"\b(?:" + NUMBER.lower() + r")\s+(?:people|persons|men|women|"
                           r"civilians|soldiers|officers|policemen|victims)(?P<app>\s*,\s*(?:an?|"
                           r"the|two|three|\d+)\s(?:[^,.;]|\.(?=\w|\s[a-z])){3,80},)\s+(?=(?:were|was)\s+(?:\w+\s+)?"
                           r"(?:killed|injured|wounded|hurt|shot))")
_OF_ALL_PRESENT = re.compile(r"\bof\s+(?:the\s+)?(?:nearly\s+|about\s+|some\s+|around\s+|almost\s+|"
                             r"more\s+than\s+|over\s+)?(?:" + NUMBER.lower() + r")\s+(?:[a-z]+\s+)?"
                             r"(?:on\s+board|aboard|inside|present|in\s+the\s+\w+)\s*,")
_ONE_APPOSED = re.compile(r"\b(?:1|one)\s+(?:[a-z-]+\s+){0,2}?(?:civilian|man|woman|person|"
                          r"soldier|officer|policeman|child|boy|girl|worker|resident|farmer)"
                          r"(?P<app>,\s+an?\s+(?:(?!\band\b)[^,.;]){2,40}?)(?=\s*(?:[.;]|$))")
# a list of the dead summed up at its end ("killing A, B and two guards, four people in all")
_LIST_TOTAL = re.compile(r"\bkill(?:ing|ed)\b[^.;]{0,250}?(?:,|\s[–—-])\s*(?P<n>"
                         + NUMBER.lower() + r")\s+(?:(?:people|persons|victims|men|civilians)\s+)?"
                         r"(?:in\s+all|in\s+total|altogether)\b")
# a record's toll fields ("[killed: some 30; wounded: dozens]")
# (bracketed, as one writer keeps them; unbracketed fields are read as lists below)
_TOLL_FIELD = re.compile(r"\[(?:killed|dead|deaths)\s*[:=]\s*" + QUALIFIER.lower()
                         + r"(?P<n>" + NUMBER.lower() + r")\b[^;\]|]*")
# "2 FC men + 1 passer-by k.; 6 w.", "4 civilians k. incl. a child": a coder's abbreviations
_ABBR_TOLL = re.compile(r"(?P<list>\b\d{1,4}(?:\s+[a-z][\w'-]*){0,3}(?:\s*\+\s*\d{1,4}"
                        r"(?:\s+[a-z][\w'-]*){0,3})*)\s+(?P<kw>k|w)\.(?=[\s,;)]|$)")
_DIGITS = re.compile(r"\d+")
_THREAD_INDEX = re.compile(r"(?:^|(?<=\s))\d{1,2}/(?=\s)")
_HURT_NEXT = re.compile(r"\s+(?:(?!and\b|or\b)[\w-]+\s+){0,3}?(?:injured|wounded|hurt)\b")
_TIMES_COUNT = re.compile(r"\b(\d{1,4})x(?=[\s.,;)]|$)|(?<![\w-])x(\d{1,4})\b")
_BARE_FIGURE = re.compile(r"\s*(?:[,;.)(]|$|(?:deaths?|dead|killed|fatalities)\b)")
_DEATH_WORD = re.compile(r"\b(?:deaths?|dead|died|killed|fatalit(?:y|ies)|casualties|"
                         r"succumbed)\b")
_KILLING_HIM = re.compile(r"\bkill(?:ing|ed)\s+(?:him|her)\b(?!self)|\b(?:beat(?:en)?|hacked|"
                          r"stabbed|stoned|bludgeoned|clubbed|burned|burnt)\s+(?:him|her)\s+to\s+"
                          r"death\b", re.IGNORECASE)
_HURTING_HIM = re.compile(r"\b(?:injur|wound)(?:ing|ed)\s+(?:him|her)\b(?!self)", re.IGNORECASE)
# "killed the bomber and nine others": the one, then a count
# ("killing the mayor, Ahmad Kahil, and at least 15 other people": his name between)
_AND_N_PEOPLE = re.compile(r"(?:,\s+[^,;.]{2,40},)?\s+and\s+" + QUALIFIER + r"(?P<n>" + NUMBER
                           + r")\s+(?:[\w\-]+\s+){0,2}?"
                           r"(?:others?|people|persons|soldiers|civilians|police\w*|officers|"
                           r"guards|children|women|men|villagers|passengers|workers|customers|"
                           r"students|worshippers|shoppers|bystanders|residents|staff|conscripts|"
                           r"recruits|policemen|troops|farmers|traders|herders|pilgrims|"
                           r"parishioners|congregants|worshipers|believers|relatives|colleagues|"
                           r"companions|bodyguards|guests)\b"
                           # ("a person was killed and two others were injured")
                           r"(?!\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:\w+ly\s+)?"
                           r"(?:injured|wounded|hurt)\b)", re.IGNORECASE)
# "Safi was killed", "The ward administrator, U Kyaw Min Oo, was killed": a named person (read
# on the text as written: the capitals say it is a name)
# capitalised words that open a sentence but name no one ("Nobody was killed")
_NO_NAME = r"(?!(?:Nobody|No|None|Nothing|Neither|It|He|She|This|That|One|Everyone|Someone)\b)"
_NAMED_SUBJECT_KILLED = re.compile(
    # (a monitor's dateline dash opens one too: "Islamabad, 11 June 2024 — Journalist …")
    r"(?:(?:^|[.;:]\s+|,\s+(?:and\s+)?|\band\s+|\s[—–]\s+)" + _NO_NAME
    + r"(?:[A-ZÀ-ÖØ-Þ][\w'’\-]+\s+){0,4}[A-ZÀ-ÖØ-Þ][\w'’\-]+"
    r"(?:,\s+[^,.;]{2,100},)?"
    r"|\b(?:[Tt]he|[Aa]n?)\s+[a-z][\w\s-]{2,40}?,\s+(?:[A-Z][\w'’.\-]*\s+){0,4}[A-Z][\w'’\-]+,)"
    r"\s+(?:was\s+(?:\w+\s+)?(?:killed|shot\s+dead|murdered|assassinated)|"
    r"was\s+(?:pronounced|declared)\s+dead|died\s+(?:at\s+the\s+"
    # ("Salgado died at the scene.")
    r"scene|instantly|on\s+the\s+spot|in\s+hospital|of\s+(?:his|her)\s+(?:wounds|injuries)))\b")
# "mourns journalist Ghulam Mustafa Jamali, 52, who was shot dead on Saturday": an obituary's
# one named victim, by name and age (case-sensitive, read on the sentence as written)
# "Orellana was hit four times and was pronounced dead on arrival", "Zehri received multiple
# bullets and died on the spot", "Jumalon was rushed to the hospital but was declared dead":
# one named person, what befell him, then his death
_NAMED_SUBJECT_DIED = re.compile(
    r"(?:^|[.;:]\s+)" + _NO_NAME + r"(?:[A-ZÀ-ÖØ-Þ][\w'’\-]+\s+){0,3}[A-ZÀ-ÖØ-Þ][\w'’\-]+\s+"
    r"(?:was\s+|had\s+)?[a-z][^.;]{0,70}?\b(?:and|but)\s+(?:was\s+|had\s+been\s+)?"
    r"(?:(?:pronounced|declared|confirmed)\s+dead|died\s+(?:at\s+the\s+scene|instantly|on\s+the\s+"
    r"spot|in\s+hospital|on\s+(?:the\s+way|arrival)|later|shortly|hours|days|before|of|from))\b")
_NAMED_AGED_KILLED = re.compile(
    # ("Peter Ashworth, 58, a retired engineer who had been volunteering …, was killed")
    r"[A-ZÀ-ÖØ-Þ][\w'’\-]+[\"”]?,\s+(?:aged\s+)?\d{1,3},(?:\s+(?:an?|the)\s+[^,.;]{2,120},)?"
    r"\s+(?:who\s+)?(?:was\s+(?:\w+\s+)?"
    r"(?:killed|shot\s+dead|murdered|assassinated|gunned\s+down|beheaded)|died)\b")
# ("was hit in the chest and head and died": the one killed, not hurt)
_NOT_THEN_DIED = r"(?![^.;]{0,60}?\b(?:died|dead|killed|succumbed)\b)"
# "Photographer Mackenson Joseph, who was with him, was shot in the arm": one named person hurt
_NAMED_SUBJECT_HURT = re.compile(
    r"(?:^|[.;:]\s+|\s[—–]\s+)" + _NO_NAME
    + r"(?:[A-ZÀ-ÖØ-Þ][\w'’\-]+\s+){1,4}[A-ZÀ-ÖØ-Þ][\w'’\-]+"
    r"(?:,\s+[^,.;]{2,60},)?\s+was\s+"
    r"(?:(?:seriously|critically|severely|slightly|lightly|badly)\s+)?(?:(?:shot|hit)\s+in\s+the\s+"
    r"\w+" + _NOT_THEN_DIED + r"|wounded|injured|hurt)\b")
_ATTACKER_SHOT_DEAD = re.compile(
    r"\b(?:shot|killed)\s+the\s+(?:\w+\s+)?(?:attacker|assailant|gunman|bomber|perpetrator)"
    r"(?:\s+dead)?\b|\b(?:before|until|when)\s+(?:the\s+)?(?:police|officers|soldiers|troops|"
    r"guards|security\s+forces)\s+shot\s+(?:him|her)\s+dead\b", re.IGNORECASE)
_ATTACKERS_THEN_KILLED = re.compile(
    r"\b(?:before|until|when|after\s+which)\s+(?:(?P<b>both)|(?:the|all)\s+(?P<n>two|three|four|"
    r"five|six|\d+))\s+(?:of\s+the\s+)?(?:attackers|assailants|gunmen|militants|bombers)\s+"
    r"(?:were|had\s+been)\s+(?:shot\s+dead|killed|neutrali[sz]ed)\b", re.IGNORECASE)
_NOT_COUNTING = re.compile(r"\b(?:not\s+counting|excluding|excludes?|besides)\s+the\s+"
                           r"(?:suicide\s+|female\s+|lone\s+)?(?:bomber|attacker|assailant|"
                           r"gunman|kamikaze)\b", re.IGNORECASE)
_AMONG_TOTAL = re.compile(r"\b(?:among|one\s+of)\s+(?:the\s+)?" + QUALIFIER + r"(?P<n>" + NUMBER
                          + r")\s+(?:[\w'’-]+\s+){0,6}?(?:killed|dead|who\s+died)\b",
                          re.IGNORECASE)
# "30 people were killed, not counting the three bombers": so many more dead, and no part of any
# other count in the sentence
_NOT_COUNTING_SOME = re.compile(r",?\s*\b(?:not\s+counting|excluding|besides)\s+the\s+(?P<n>"
                                + NUMBER + r")\s+(?:suicide\s+|female\s+)?(?:bombers|attackers|"
                                r"assailants|gunmen|militants)\b", re.IGNORECASE)
# "His body was discovered three days later", "The bodies of both men were found"
_BODY_FOUND = re.compile(r"\b(?:his|her)\s+(?:\w+\s+)?body"
                         # ("His body, bearing gunshot wounds, was recovered")
                         r"(?:,\s+(?:bearing|with|riddled\s+with)\s+[^,;.]{3,50},)?\s+"
                         r"(?:was|has\s+been|had\s+been)\s+"
                         r"(?:later\s+|subsequently\s+)?(?:found|discovered|recovered)\b",
                         re.IGNORECASE)
_BOTH_BODIES = re.compile(r"\b(?:bodies|corpses)\s+of\s+both\b", re.IGNORECASE)
# "The officer was killed; no other casualties were reported": nobody else hurt
_NO_OTHER_CASUALTIES = re.compile(r"\bno\s+other\s+(?:casualties|injuries|victims)\b",
                                  re.IGNORECASE)
_TOLL = re.compile(
    r"\b(?:death\s+toll|toll|(?:the\s+)?total|the\s+figure(?!\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:injured|wounded))|number\s+of\s+(?:people\s+|those\s+|persons\s+)?"
    r"(?:killed|dead|deaths|fatalities|deceased|martyrs))(?:[\s,]+[^.;]{0,120}?)?\s+(?:rose|risen|climbed|increased|"
    r"reached|reaching|stood|"
    r"stands|is|was|of|at|to|has\s+risen\s+to|jumped)\s+(?:to\s+|at\s+)?" + QUALIFIER
    + r"(?P<n>" + NUMBER + r")\b(?!\s*(?:percent|%|per\s+cent|hours|days)|\s+(?:of\s+)?"
    # ("toll as of 4 March": the day the toll was given)
    + MONTH_WORD + r")", re.IGNORECASE)
# "Reports put the dead at 14 SAF soldiers and 22 RSF fighters": a toll given per side
_PUT_TOLL = re.compile(
    r"\bput(?:s|ting)?\s+the\s+(?:death\s+toll|toll|dead|number\s+of\s+(?:the\s+)?dead|"
    r"fatalities|deaths|figure)\s+at\s+" + QUALIFIER + r"(?P<n>" + NUMBER
    + r")\b(?:\s+(?:[\w\-]+\s+){1,3}?and\s+" + QUALIFIER + r"(?P<m>" + NUMBER + r")\b)?",
    re.IGNORECASE)
# "… stepped on a landmine and died of her injuries": one person, named by the pronoun
_DIED_OF_OWN = re.compile(r"\b(?:died\s+(?:later\s+)?(?:of|from)|succumbed\s+to)\s+(?:his|her)\s+"
                          r"(?:\w+\s+)?"
                          r"(?:injuries|wounds)\b", re.IGNORECASE)
# trades and stations a single victim is named by, read in both lists of people below
_TRADES = (r"publisher|broadcaster|writer|author|poet|singer|musician|artist|academic|"
           r"researcher|economist|entrepreneur|owner|landlord|retiree|pensioner|mechanic|"
           r"electrician|plumber|carpenter|tailor|barber|butcher|baker|hawker|herdsman|nomad|"
           r"refugee|migrant|settler|deacon|rabbi|mullah|marabout|prefect|attorney|notary|"
           r"accountant|labou?rer|attendant")
_SINGULAR_KILLED = re.compile(
    r"\b(?:kill(?:ing|ed)|shot\s+dead|shooting\s+dead|murder(?:ing|ed)|behead(?:ing|ed)|"
    r"execut(?:ing|ed)|martyr(?:ing|ed)|eliminat(?:ing|ed)|neutrali[sz](?:ing|ed)|"
    r"assassinat(?:ing|ed))\s+"
    r"(?:only\s+)?(?:a|an|the|his|her|its|their|one)\s+"
    r"(?!number|total|"
    r"dozen|couple|"
    r"few|group|family|crowd)(?:[\w\-]+\s+|\([A-Z]{2,8}\)\s+){0,5}?(?:man|woman|boy|girl|"
    # ("an off-duty Ulster Defence Regiment (UDR) soldier", "a Popular Party (PP) councilor")
    r"child|soldier|officer|policeman|policewoman|police\s+officer|civilian|pilot|driver|guard|"
    r"inspector|agent|gendarme|sheriff|"
    r"commander|official|journalist|worker|teacher|student|leader|member|judge|priest|"
    r"imam|cleric|mayor|chief|farmer|resident|trooper|fighter|passer-?by|bystander|person|"
    r"target|shepherd|boy|teenager|militiaman|tribesman|politician|lawmaker|candidate|"
    r"legislator|editor|rancher|landowner|informer|headman|volunteer|"
    r"councillor|councilor|doctor|nurse|aid\s+worker|constable|sergeant|captain|colonel|"
    r"general|lieutenant|major|security\s+guard|employee|contractor|engineer|shopkeeper|"
    r"vendor|trader|merchant|businessman|businesswoman|tourist|villager|pilgrim|worshipper|"
    r"cameraman|reporter|photographer|activist|lawyer|prosecutor|governor|senator|minister|"
    r"deputy|MP|councilman|elder|chieftain|sheikh|monk|nun|pastor|bishop|missionary|"
    r"diplomat|ambassador|peacekeeper|contractor|interpreter|translator|ranger|warden|"
    r"prisoner|inmate|detainee|hostage|herder|fisherman|motorist|cyclist|pedestrian|"
    r"policewoman|serviceman|servicewoman|marine|sailor|paramilitary|militant|gunman|"
    r"attacker|assailant|insurgent|rebel|jihadist|bomber|terrorist|operative|khariji|infant|"
    r"baby|toddler|son|daughter|"
    r"wife|husband|brother|sister|father|mother|relative|neighbour|neighbor|schoolteacher|"
    r"headteacher|headmaster|headmistress|principal|lecturer|professor|official|chairman|"
    r"chairwoman|assistant|aide|commissioner|magistrate|attach[eé]|consul|envoy|bodyguard|"
    r"chauffeur|clerk|executive|manager|director|industrialist|banker|physician|surgeon|"
    r"scientist|collaborator|informant|veteran|passenger|customer|guest|unionist|mukhtar|"
    r"youth|hunter|rider|motorcyclist|miner|porter|medic|paramedic|firefighter|patient|"
    r"midwife|pharmacist|technician|cleaner|cook|colleague|cousin|nephew|niece|uncle|aunt|"
    r"secretary|foreigner|watchman|escort|caretaker|vaccinator|magnate|" + _TRADES + r")\b",
    re.IGNORECASE,
)
# "Two residents who tried to resist were shot dead": a count, a relative clause, the toll
_COUNT_WHO_KILLED = re.compile(
    r"\b(?P<n>" + NUMBER + r")\s+(?:[\w\-]+\s+){0,2}?(?:who|that)\s+[^,.;]{3,80}?\s+(?:were\s+"
    r"(?:later\s+|also\s+)?(?:shot\s+dead|killed|executed|beheaded|hacked\s+to\s+death)|died)\b",
    re.IGNORECASE)
_COUNT_WHO_HURT = re.compile(
    r"\b(?P<n>" + NUMBER + r")\s+(?:[\w\-]+\s+){0,3}?(?:who|that)\s+[^,.;]{3,80}?\s+were\s+"
    r"(?:also\s+)?(?:(?:slightly|lightly|seriously|critically|badly|severely)\s+)?(?:injured|"
    r"wounded|hurt)\b", re.IGNORECASE)
_THROATS_CUT = re.compile(r"\b(?:cut|slit|cutting|slitting)\s+the\s+throats\s+of\s+" + QUALIFIER
                          + r"(?P<n>" + NUMBER + r")\b", re.IGNORECASE)
_ESCAPED_HURT = re.compile(r"\b(?P<n>" + NUMBER + r")\s+(?:other\s+)?(?:[\w-]+\s+)?(?:people|"
                           r"persons|passengers|civilians|villagers|workers|others)\s+escaped\s+with\s+"
                           r"(?:\w+\s+)?(?:injuries|wounds)\b", re.IGNORECASE)
_PASSIVE_ALONG = re.compile(r"\b(?:killed|died|dead)\b[^.;]{0,30}?,?\s+along\s+with\s+" + QUALIFIER
                            + r"(?P<n>" + NUMBER + r")\b", re.IGNORECASE)
_ALONG_WITH_N = re.compile(r"[^.;]{0,30}?\s+along\s+with\s+" + QUALIFIER + r"(?P<n>" + NUMBER
                           + r")\s+(?:[\w-]+\s+){0,3}?(?:members|relatives|others|people|children|"
                           r"colleagues|civilians)\b", re.IGNORECASE)
_PLUS_ATTACKER = re.compile(
    r"\b(?:in\s+addition\s+to|along\s+with|as\s+well\s+as|besides|plus)\s+(?:the|its|their)\s+"
    # "Five worshippers were killed in addition to the two bombers"
    r"(?:(?P<n>two|three|four|five|six|\d+)\s+(?:suicide\s+|female\s+)?(?:bombers|attackers|"
    r"assailants|gunmen|perpetrators)|(?:suicide\s+|female\s+|teenage\s+|lone\s+)?(?:bomber|"
    # ("killed three soldiers as well as the kamikaze": a suicide bomber, in French usage)
    r"attacker|assailant|gunman|perpetrator|kamikaze))\b", re.IGNORECASE)
# a record opening with one person killed, however long the description of who they were
_A_PERSON_KILLED = re.compile(
    r"^(?:\d{1,2}/\d{1,2}/\d{4}:\s*)?(?:A|An|One)\s+(?!(?:group|number|total|family|crowd|convoy|"
    r"bus|car|vehicle|bomb|device|truck|series|couple|few|dozen)\b)[^,.;]{0,90}?\s+was\s+"
    r"(?:shot\s+dead|killed|stabbed\s+to\s+death|beheaded|murdered|hacked\s+to\s+death)\b",
    re.IGNORECASE)
# "killing three shoppers before taking his own life": the gunman is among the dead
_THEN_SELF = re.compile(
    r"\b(?:before|then|and)\s+(?:taking|took)\s+(?:his|her)\s+own\s+life\b|\bturn(?:ed|ing)\s+"
    r"the\s+(?:gun|weapon|rifle|pistol)\s+on\s+(?:himself|herself)\b|\b(?:before|then)\s+"
    r"(?:killing|shooting)\s+(?:himself|herself)\b", re.IGNORECASE)
_AND_ONE_PERSON = re.compile(
    r"\s+and\s+(?:the|a|an|his|her|their|one\s+of\s+(?:his|her|their|the))\s+"
    r"(?:(?!(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b)[\w\-]+\s+)?"
    r"(?:passenger|driver|bodyguard|guard|son|daughter|wife|husband|brother|sister|companion|"
    r"colleague|assistant|aide|friend|escort|child|apprentice|helper|nephew|niece|cousin|teacher|"
    r"uncle|aunt|mate|conductor|co-driver|grandson|granddaughter|"
    # "killing a 55-year-old man and a 60-year-old woman"
    r"man|woman|boy|girl|teenager|civilian|resident|villager|farmer|soldier|policeman|"
    r"officer)s?\b(?<!children)"
    # ("… was killed and his wife, who was standing nearby, was injured": a new subject)
    # ("… was killed and his teenage son wounded": the hurt, told without its verb)
    r"(?!(?:,[^,.;]{0,60},)?\s+(?:(?:was|were)\s+)?(?:\w+\s+)?(?:wounded|injured|hurt|unharmed|"
    r"unhurt))", re.IGNORECASE)
# one relative, the word the kin lists below share
_RELATIVE = r"(?:wife|husband|son|daughter|brother|sister|father|mother)"
_KIN = (r"(?:" + _RELATIVE + r"|child|nephew|niece|cousin|driver|bodyguard|guard|sons|daughters|"
        r"children|brothers|sisters|bodyguards|guards)")
_KIN_LIST = re.compile(
    r"(?P<list>(?:,\s+(?:his|her|their)\s+(?:[\w-]+\s+)?" + _KIN + r")+),?\s+and\s+"
    r"(?:(?P<n>" + NUMBER + r")\s+of\s+(?:his|her|their)\s+\w+|(?:his|her|their)\s+(?:(?P<n2>"
    + NUMBER + r")\s+)?(?:[\w-]+\s+)?" + _KIN + r")\b", re.IGNORECASE)
_SINGULAR_ANY = re.compile(
    r"\b(?:shot\s+dead|shooting\s+dead|gunned\s+down|hacked\s+to\s+death|stabbed\s+to\s+death|"
    r"beheaded|beheading)\s+(?:a|an)\s+(?!number|total|dozen|couple|few|group|family|crowd|"
    r"estimated|further|additional|series)(?:[a-z][\w\-]*\s+){0,2}?[a-z][\w\-]*"
    r"(?=\s+(?:in|at|near|on|outside|inside|while|when|as|from|who|after|during)\b|\s*[,.;]|$)",
    re.IGNORECASE)
_SINGULAR_KILLED_PASSIVE = re.compile(
    # "a vigilante who tried to resist was shot dead", "hacked a writer to death"
    r"\b(?:a|an|one)\s+(?:[\w\-]+\s+){0,2}?[a-z][\w\-]*\s+who\s+[^,.;]{3,60}?\s+(?:was\s+"
    r"(?:shot\s+dead|shot\s+and\s+killed|killed|murdered|beheaded|stabbed\s+to\s+death|"
    r"hacked\s+to\s+death)|died)\b|"
    r"\b(?:hacked|stabbed|beat|beaten|bludgeoned|stoned|burned|burnt|clubbed)\s+(?:a|an)\s+"
    r"(?:[\w\-]+\s+){0,3}?to\s+death\b|"
    r"\b(?:a|an|one)\s+(?:[\w\-]+\s+){0,3}?(?:man|woman|boy|girl|child|soldier|officer|"
    r"policeman|civilian|pilot|driver|guard|commander|official|journalist|worker|member|"
    r"person|trooper|fighter|bystander|resident|farmer|teacher|student|leader|employee|"
    r"assistant|volunteer|nurse|doctor|paramedic|vaccinator|reporter|cameraman)"
    # ("a national staff member of a non-governmental organization, a logistics assistant, was
    # killed")
    r"(?:\s+of\s+(?:an?|the)\s+[^,.;]{2,50}?)?(?:,\s+(?:an?|the)\s+[^,.;]{2,40},)?\s+"
    r"(?:was|has\s+been|had\s+been|is)\s+(?:also\s+)?(?:killed|shot\s+dead|murdered|"
    r"beheaded|stabbed\s+to\s+death|hacked\s+to\s+death|executed|"
    r"(?:fatally|mortally)\s+(?:wounded|injured|shot|stabbed))\b",
    re.IGNORECASE,
)
# One person named as the subject or object of a toll ("The shepherd was killed", "injuring a
# woman and her son"): agency notes state single casualties this way.
_PERSON = (r"(?:man|woman|boy|girl|child|soldier|officer|policeman|policewoman|civilian|driver|"
           r"inspector|gendarme|"
           r"guard|commander|official|journalist|worker|teacher|student|leader|member|person|"
           r"trooper|fighter|bystander|resident|farmer|shepherd|herder|trader|merchant|villager|"
           r"passenger|pilgrim|chief|elder|priest|imam|cleric|doctor|nurse|teenager|youth|motorist|"
           r"militant|gunman|attacker|assailant|victim|local|councillor|councilor|employee|"
           r"passer-?by|watchman|tourist|foreigner|national|contractor|engineer|shopkeeper|vendor|"
           r"pastor|monk|nun|schoolteacher|principal|judge|lawyer|mayor|politician|candidate|"
           r"businessman|businesswoman|guide|interpreter|pilot|hostage|bodyguard|secretary|"
           r"neighbou?r|constable|executive|magnate|industrialist|banker|manager|director|clerk|"
           r"pupil|sailor|rider|motorcyclist|cyclist|pedestrian|fisherman|hunter|miner|labou?rer|"
           r"porter|customer|shopper|worshipper|tapper|colonel|major|captain|sergeant|lieutenant|"
           r"legislator|lawmaker|senator|activist|editor|reporter|photographer|rancher|"
           r"landowner|informer|headman|ranger|volunteer|escort|deputy|assistant|aide|chairman|"
           r"chairwoman|commissioner|headmaster|headmistress|lecturer|professor|surgeon|medic|"
           r"paramedic|firefighter|diplomat|caretaker|vaccinator|patient|midwife|pharmacist|"
           r"technician|cleaner|janitor|cook|colleague|companion|friend|partner|cousin|nephew|"
           r"niece|uncle|aunt|relative|associate|cameraman|camerawoman|peacekeeper|serviceman|"
           r"servicewoman|paratrooper|prisoner|inmate|detainee|infant|baby|toddler|schoolboy|"
           r"schoolgirl|bishop|missionary|sheikh|ambassador|consul|envoy|chauffeur|physician|"
           r"warden|militiaman|tribesman|minor(?![ \t]+(?:injur|wound|damage|burn|scratch|cut))|"
           + _TRADES + r")")
_PERSON_OR_PERP = (r"(?:" + _PERSON[3:-1] + r"|bomber|suicide\s+bomber|perpetrator|pilot|"
                   r"policemen|passengers?|children|son|daughter|wife|husband|brother|sister|"
                   r"father|mother)")
# one person in a list of the dead: "the pastor", "his son", "she", a terse note's "bomber"
_ONE_PERSON = (r"(?:\b(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w\-]*\s+)?(?:" + _PERSON[3:-1]
               + r"|bomber|suicide\s+bomber|perpetrator|" + _RELATIVE + r")|\b(?:he|she)|"
               r"(?:(?<=^)|(?<=^\s)|(?<=[;:]\s))(?:suicide\s+)?(?:bomber|attacker|gunman|"
               r"assailant))\b")
_ONES_BEFORE = re.compile(r"(?:^|(?<=[\s,(]))(?:" + _ONE_PERSON + r"(?:\s*,\s*|\s+and\s+))+$",
                          re.IGNORECASE)
_ONE_ITEM = re.compile(_ONE_PERSON, re.IGNORECASE)
_TERSE_ONE = re.compile(
    r"(?:^|[;:,]\s*|\band\s+)(?:the\s+|a\s+|an\s+|one\s+)?(?:[a-z][\w\-]*\s+)?" + _PERSON
    + r"\s+(?P<v>killed|dead|wounded|injured)(?=\s*(?:[,;.]|$|and\b))", re.IGNORECASE)
# "killed a nurse and two patients": one person named, then a count
_ONE_AND_N_KILLED = re.compile(
    r"\b(?:kill(?:ed|ing)|shot\s+dead|hacked\s+to\s+death)\s+(?:(?:a|an|one)\s+"
    r"(?:[a-z][\w\-]*\s+)?" + _PERSON + r"\s+and\s+(?P<n>" + NUMBER + r")\s+(?:other\s+)?[a-z]+"
    # "killed Hariri and 21 other people" (a name: not a number, a preposition or a pronoun)
    r"|(?!(?:" + _WORDS + r"|a|an|\d+|in|at|on|near|by|during|when|while|after|as|the|his|her|"
    # ("killed Al-Qassam Brigades' Gaza City commander Bassem Issa and at least 3 other senior
    # Hamas commanders": a name after its titles)
    r"their)\b)[a-z][\w'’\-]*(?:\s+[a-z][\w'’\-]*){0,7}?\s+and\s+" + QUALIFIER + r"(?P<m>"
    + NUMBER + r")\s+other\s+(?:[a-z]+\s+){0,2}?[a-z]+"
    # "killing him and four soldiers"
    r"|(?:him|her)\s+and\s+(?P<p>" + NUMBER + r")\s+(?:[a-z]+\s+)?[a-z]+)\b"
    r"(?!\s+(?:(?:were|was)\s+)?(?:(?!and\b)\w+\s+)?(?:wounded|injured|hurt))", re.IGNORECASE)
_PAIR_SUBJECT = re.compile(
    # ("Rahimi and one of his bodyguards were killed": a name, then one of his people)
    r"(?:^|(?<=\s))(?-i:[A-Z][\w'’\-]+)\s+and\s+one\s+of\s+(?:his|her|their)\s+"
    r"(?:[\w\-]+\s+)?[a-z][\w\-]*\s*$|"
    r"(?:^|\b)(?:the|a|an|his|her|their)\s+(?:[\w\-]+\s+){0,2}?[a-z][\w\-]*(?<!s)"
    # ("His cameraman, Zahid Ali, and a roadside fruit vendor were wounded")
    r"(?:,\s+(?-i:[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}),)?"
    r"\s+and\s+(?:(?:the|a|an|his|her|their)\s+)?(?:(?:one\s+of\s+(?:his|her|their|the)\s+"
    r"(?:[\w\-]+\s+)?[a-z][\w\-]*)|(?:[\w\-]+\s+){0,2}?[a-z][\w\-]*(?<!s))\s*$",
    re.IGNORECASE)


# "the bomber", "a police officer", "he": one person opening a clause of a toll
# (a dateline's dash opens one too: "ZAMORA, Mich.— A man died")
_ONE_SUBJECT = (r"(?:^|[;:,—–]\s*|\b(?:and|before|after|when|while|until|as|where)\s+)\s*"
                r"(?:only\s+)?"
                r"(?:one\s+of\s+the\s+(?:[\w\-]+\s+)?[a-z]+s|(?:the|a|an|one|his|her|its)\s+"
                r"(?:[\w'’\-]+\s+){0,3}?"
                + _PERSON_OR_PERP + r"|he|she)"
                # "The officer's brother, who was standing nearby, was wounded" ("A second Civil
                # Guard officer who was with him was wounded")
                r"(?:,\s+who\s+[^,;.]{3,60},|\s+who\s+(?:was|were)\s+(?:[\w'’-]+\s+){0,5}?"
                r"[\w'’-]+"
                # a police release's "A man, believed to be aged 19, was found suffering …"
                r"|,\s+(?:believed\s+to\s+be\s+|thought\s+to\s+be\s+)?(?:aged\s+)?(?:about\s+|"
                r"around\s+)?\d{1,2}(?:\s+years\s+old)?,|,\s+aged\s+in\s+(?:his|her)\s+"
                r"(?:early\s+|late\s+|mid-)?\d0s,"
                # ("His colleague, photographer Walid al-Qudsi, was wounded in the hand": a role
                # and a name in apposition)
                r"|,\s+(?:[a-z][\w-]*\s+){1,3}?[A-Z][\w'’-]*"
                r"(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]*){0,3},"
                # ("The victim, an attorney who had handled civil rights cases for the NAACP,
                # was killed"; "The regional director of the ADC was killed")
                r"|,\s+(?:an?|the)\s+[^;.]{3,140}?,|\s+of\s+(?:the|an?)\s+(?:[\w'’&-]+\s+){0,3}?"
                r"[\w'’&-]+(?:\s+\([A-Z]{2,8}\))?"
                r")?\s+"
                # "A man in his thirties was lightly hurt", "a woman walking nearby was killed"
                r"(?:(?:in\s+(?:his|her)\s+(?:early\s+|late\s+|mid-)?(?:teens|twenties|thirties|"
                r"forties|fifties|sixties|seventies|eighties)|aged\s+\d+|\(\d+\s*(?:yrs?|years)?\)|"
                r"(?:walking|standing|passing|sitting|working)(?:\s+(?:by|nearby|past))?|"
                # "the constable escorting the team was wounded", "a patient inside was hurt"
                r"[a-z]+ing\s+(?:the|a|an|his|her|their)\s+[a-z]+|inside|nearby|outside)\s+)?")
_THE_ONE_KILLED = re.compile(
    _ONE_SUBJECT + r"(?:(?:was|has\s+been|had\s+been|is)\s+(?:also\s+|later\s+|then\s+|"
    r"subsequently\s+|eventually\s+|reportedly\s+)?(?:killed|shot\s+dead|shot\s+and\s+killed|"
    r"murdered|beheaded|executed|found\s+dead|dead|martyred|"
    r"(?:pronounced|declared|confirmed)\s+dead|"
    r"(?:fatally|mortally)\s+(?:wounded|injured|"
    r"shot|stabbed)|the\s+(?:only|sole)\s+(?:fatality|death|one\s+killed|person\s+killed))|"
    r"(?:also\s+|later\s+)?(?:died|lost\s+(?:his|her)\s+life)"
    # ("The victim was struck several times and died later in hospital")
    r"|was\s+(?:shot|struck|hit|stabbed|wounded|injured)\b[^.;]{0,60}?\band\s+(?:later\s+)?died"
    # "An elderly woman who could not flee is said to have burned to death"
    r"|(?:was\s+|is\s+said\s+to\s+have\s+|reportedly\s+)?(?:burn(?:ed|t)|hacked|stabbed|beaten|"
    r"bludgeoned)\s+to\s+death)\b",
    re.IGNORECASE)
# "shot and killed Ali Hassan Abdi, a radio journalist,": one named victim
_NAMED_VICTIM = re.compile(
    r"\b(?:shot\s+and\s+killed|shot\s+dead|killed|murdered|assassinated|gunned\s+down|"
    r"(?:hacked|stabbed|beaten)\s+to\s+death|beheaded)\s+(?:[\w'’\-\.]+\s+){0,3}[\w'’\-\.]+,"
    r"\s+(?:a|an)\s+(?!number|total|dozen|couple|few|group)", re.IGNORECASE)
# "monitors confirmed at least three people with gunshot wounds", "doctors treated 12 people
# with bullet wounds": the hurt, counted by their wounds
_WITH_WOUNDS = re.compile(
    r"\b" + QUALIFIER + r"(?P<n>" + NUMBER + r")\s+(?:[\w-]+\s+){0,2}?(?:people|persons|civilians|"
    r"protesters|demonstrators|men|women|children|others|patients|victims|villagers|students|"
    r"soldiers|policemen|officers)\s+(?:(?:were|was)\s+(?:admitted|treated|hospitali[sz]ed|"
    r"brought\s+in)\s+)?with\s+(?:gunshot|bullet|stab|shrapnel|blast|burn|machete)\s+"
    r"(?:wounds|injuries)\b", re.IGNORECASE)
# a victim's title after his name, up to "and his …" (commas inside it allowed)
_APPOSITION_THEN = re.compile(r"(?:,\s+)?[^;.]{2,140}?,(?=\s+and\s+(?:his|her|their)\s)")
# "shot and killed Senator Jaime Guzman, founder of …", "killed Georges Besse as he stepped
# out of his car": a person named as the verb's object (two capitalised words at least, and not
# a people's plural: "killed US Marines in …" names no one)
# (case-sensitive, read on the sentence as written, so kept out of _lower_patterns)
# ("killing cameraman Zahid Ali and a driver": a lower-case title before the name)
# ("killed Al Mayadeen camera operator Ghassan Najjar": a newsroom's trades, after its name)
_MEDIA_TITLE = (r"(?:(?:[A-Z][\w'’-]*\s+){1,3})?(?:camera\s+operator|broadcast\s+technician|"
                r"sound\s+technician|radio\s+presenter|presenter|anchor|producer|correspondent|"
                r"photojournalist|blogger|stringer|fixer)\s+")
_NAMED_OBJECT = (
    r"\s+(?:(?:former|retired|deputy)\s+)?(?:" + _PERSON + r"\s+|(?:general|prosecutor)\s+|"
    + _MEDIA_TITLE + r")?"
    r"(?:[A-Z][\w'’\-.]*\s+){1,3}[A-Z][\w'’\-]*[a-z](?<!ans)(?<!ists)(?<!ites)"
    r"(?<!ines)(?<!is)(?<!ds)(?<!ks)(?<!ts)(?<!bs)(?<!Muslims)(?<!Hindus)(?<!Sikhs)(?<!Shias)"
    r"(?<!Jews)(?<!Copts)(?=,|\.|\s+(?:as|in|on|at|near|outside|while|when|after|and)\b)")
_NAMED_OBJECT_KILLED = re.compile(
    r"\b(?i:shot\s+and\s+killed|shot\s+dead|killed|killing|murdered|assassinated|gunned\s+down|"
    r"(?:fatally|mortally)\s+(?:wounding|injuring|shooting|stabbing)|"
    r"(?:hacked|stabbed|beaten)\s+to\s+death|beheaded)" + _NAMED_OBJECT)
# "… and driver Asif Khan": one more, by title and name
# (", as well as Al-Manar camera operator Wissam Qassem": a newsroom's name, then the trade)
_AND_TITLED_NAME = re.compile(r",?\s+(?:and|as\s+well\s+as)\s+(?:his\s+|her\s+)?"
                              r"(?:(?:[A-Z][\w'’-]*\s+){1,3})?(?:[a-z]+\s+)?(?:" + _PERSON
                              + r"|operator)\s+"
                              r"(?:[A-Z][\w'’-]+\s+)*[A-Z][\w'’-]+")
_NAMED_OBJECT_HURT = re.compile(r"\b(?<!(?i:fatally)\s)(?<!(?i:mortally)\s)(?i:wounding|injuring|"
                                r"wounded|injured)" + _NAMED_OBJECT + _NOT_THEN_DIED)
_THE_ONE_HURT = re.compile(
    _ONE_SUBJECT + r"(?:(?:was|has\s+been|had\s+been|is)\s+(?:also\s+|then\s+)?"
    r"(?:(?:shot|hit|struck)\s+and\s+)?"
    r"(?:(?:seriously|critically|severely|slightly|lightly|badly)\s+)?"
    r"(?:injured|wounded|hurt|hospitali[sz]ed)"
    # "The bus driver suffered burns", "The youth survived with leg wounds"
    r"|(?:suffered|sustained)\s+(?:an?\s+)?(?:\w+\s+){0,2}?(?:burns|wounds?|injur(?:y|ies)|cuts)"
    # "was found at the scene with gunshot wounds", "was taken to the … Hospital for treatment
    # to stab wounds"
    r"|was\s+found\s+(?:at\s+the\s+scene\s+|nearby\s+)?with\s+(?:\w+\s+){0,2}?(?:wounds?|"
    r"injur(?:y|ies))|was\s+taken\s+to\s+(?:[\w'’-]+\s+){1,5}?for\s+treatment\s+(?:to|for)\s+"
    r"(?:\w+\s+){0,2}?(?:wounds?|injur(?:y|ies)|burns)"
    # a police release's "was found suffering from stab wounds", "was taken to hospital with a
    # stab injury"
    r"|was\s+found\s+suffering\s+(?:from\s+)?(?:\w+\s+){0,2}?(?:wounds?|injur(?:y|ies)|burns)"
    r"|was\s+(?:taken|rushed|airlifted|transported)\s+to\s+(?:a\s+|the\s+)?hospital\s+with\s+"
    r"(?:an?\s+)?(?:\w+\s+){0,2}?(?:wounds?|injur(?:y|ies)|burns)|survived\s+with\s+"
    r"(?:\w+\s+)?"
    r"(?:wounds|injuries)|(?:was\s+(?:shot|hit)\s+(?:and\s+wounded\s+)?in\s+the\s+(?:leg|legs|"
    r"arm|arms|shoulder|chest|stomach|abdomen|back|hand|foot|thigh|knee)|was\s+hit\s+in\s+the\s+"
    r"(?:head|face))\b" + _NOT_THEN_DIED + r")\b", re.IGNORECASE)
# "wounding both", "killing both"
_BOTH = re.compile(r"\b(?P<v>wounding|injuring|killing)\s+both\b", re.IGNORECASE)
# "killing themselves and three worshippers": the attackers counted before, plus the victims
_SELF_AND = re.compile(r"\bkill(?:ing|ed)\s+(?P<self>themselves|himself|herself)\s+and\s+"
                       + QUALIFIER + r"(?P<n>" + NUMBER + r")\b", re.IGNORECASE)
_KILLED_SELF_ONLY = re.compile(r"\bkill(?:ing|ed)\s+(?:only\s+)?"
                               r"(?P<self>himself|herself|themselves)"
                               r"(?=\s*(?:[,.;]|$|and\s+(?:injur|wound|hurt)))", re.IGNORECASE)
_RESPONDERS_KILLED_HIM = re.compile(
    r"\b(?:soldiers|police(?:\s+officers)?|officers|troops|guards|security\s+forces)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<v>shot\s+and\s+killed|shot\s+dead|killed)\s+(?:him|her)\b",
    re.IGNORECASE)
_SHOT_HIM_DEAD = re.compile(r"\b(?:shot|gunned|stabbed|hacked|beat|bludgeoned|burned|burnt)\s+"
                            r"(?:him|her)\s+(?:dead|to\s+death)\b", re.IGNORECASE)
# people taken from where they were, whom the text may then say were killed
TAKEN_VERB = (r"(?:abduct(?:ed|ing)|kidnapp?(?:ed|ing)|dragg(?:ed|ing)|seiz(?:ed|ing)|"
              r"round(?:ed|ing)\s+up|lin(?:ed|ing)\s+up|captur(?:ed|ing)|pull(?:ed|ing)|took|"
              r"taking|forc(?:ed|ing))")
# "dragged 11 peasants from their homes … and shot them dead": the people taken are the dead
_TAKEN_THEN_SHOT = re.compile(
    r"\b" + TAKEN_VERB + r"\s+" + QUALIFIER + r"(?P<n>" + NUMBER + r")\s+[^.;]{0,120}?\b(?:and|"
    r"before|then)\s+(?:(?:they|later|then)\s+){0,2}(?:shot|gunned|hacked|stabbed|burned|burnt|"
    r"beat|bludgeoned)\s+them\s+(?:all\s+)?(?:dead|down|to\s+death)\b", re.IGNORECASE)
# "blew herself up and killed 27 others": the others are besides the bomber, who died too
_BLEW_UP_OTHERS = re.compile(
    r"\bblew\s+(?:himself|herself)\s+up\b[^.;]{0,80}?\bkill(?:ing|ed)\s+" + QUALIFIER
    + r"(?P<n>" + NUMBER + r")\s+others\b", re.IGNORECASE)
# "killing four worshippers and herself": the victims, then the attacker
_AND_SELF = re.compile(r"\bkill(?:ing|ed)\s+" + QUALIFIER + r"(?P<n>" + NUMBER + r")\s+"
                       r"(?:[\w\-]+\s+){0,3}?(?:and|as\s+well\s+as|along\s+with)\s+"
                       r"(?P<self>themselves|himself|herself)\b",
                       re.IGNORECASE)
_ATTACKER_COUNT = re.compile(r"\b(?P<n>" + NUMBER + r")\s+(?:[\w\-]+\s+){0,2}?(?:suicide\s+)?"
                             r"(?:bombers|attackers|assailants|gunmen)\b", re.IGNORECASE)
# "…, as was the assailant": one more
_AS_WAS = re.compile(r"\bas\s+(?:was|were)\s+(?:the|both)\s+(?:[\w\-]+\s+)?(?:assailants?|"
                     r"attackers?|bombers?|gunm[ae]n|perpetrators?|(?:suicide\s+)?drivers?)\b",
                     re.IGNORECASE)
# "The president was seriously wounded, as were two of his guards": the one, and those after
_ONE_HURT_AS_WERE = re.compile(r"\b(?:was|is)\s+(?:\w+ly\s+)?(?:wounded|injured|hurt),?\s+as\s+"
                               r"were\s+" + QUALIFIER + r"(?P<n>" + NUMBER + r")\s+(?:of\s+)?"
                               r"(?:his|her|the|their)?\b", re.IGNORECASE)
# "shot the driver and his fare collector dead": two named, one by one
_SHOT_PAIR_DEAD = re.compile(r"\bshot\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:and|&)\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?dead\b",
                             re.IGNORECASE)
# "Sources disagree on the number of victims: the government gave 13, the UN at least 23":
# the lowest count (ACLED's and GTD's conservative rule)
_SOURCES_DIFFER = re.compile(r"\b(?:sources|reports|accounts|estimates|figures)\s+(?:disagree|"
                             r"differ|vary|varied|conflict)\b[^.;]*", re.IGNORECASE)
# a release's "Paramedics pronounced the attacker dead at the scene": one dead
_PRONOUNCED_ONE_DEAD = re.compile(r"\bpronounced\s+(?:him|her|(?:the|a|an)\s+(?:[\w-]+\s+)?"
                                  r"[a-z]+(?<!s))\s+dead\b")
# the one person attacked lived: "The victim survived", "The victim, who was hit six times,
# survived and was hospitalized"
_VICTIM_SURVIVED = re.compile(r"^(?:he|she)\s+survived\b|\bthe\s+victim\b[^.;]{0,80}?\b(?:he|she)"
                              r"\s+survived\b|\b(?:The|the)\s+(?:sole\s+|lone\s+)?victim"
                              # ("The victim, who survived, had been accused …")
                              r"(?:,\s+who\s+[^,;.]{3,60},|,\s+who|\s+was\s+(?:\w+\s+)?(?:wounded|"
                              # ("The victim was wounded but survived.")
                              r"injured|hurt)\s+but|\s+was\s+(?:taken|rushed|airlifted|flown)\s+to\s+"
                              # ("The victim was taken to Altnagelvin Hospital and survived.")
                              r"[^,.;]{3,60}?\s+and)?\s+(?:narrowly\s+|later\s+)?survived\b"
                              r"(?!\s+(?:unhurt|unharmed|uninjured|unscathed))")
# "shot the deputy editor of a local daily in the legs": a punishment shooting wounds one
_SHOT_IN_LIMB = re.compile(r"\bshot\s+(?:an?|the|his|her|one)\s+(?:[\w'’-]+\s+){0,8}?in\s+"
                           r"(?:the|both|his|her)\s+"
                           r"(?:legs?|knees?|kneecaps?|arms?|feet|foot|hands?|shoulders?|thighs?|"
                           r"ankles?|calf|calves)\b")
# "…, as were at least nine insurgents": more dead of the same verb
_AS_WERE_N = re.compile(r"\b(?:killed|dead|died)\b[^.;]{0,60}?,\s+as\s+were\s+" + QUALIFIER
                        + r"(?P<n>" + NUMBER + r")\s+(?:[\w\-]+\s+)?(?:[a-z]+s|men|people)\b",
                        re.IGNORECASE)
_HURT_ONE = re.compile(
    # ("a terrorist armed with a knife stabbed a man in his 50s": stabbed, not to death)
    r"\b(?:injur(?:ing|ed)|wound(?:ing|ed)|stabb(?:ing|ed))\s+"
    r"(?:a|an|one|the|his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?"
    + _PERSON_OR_PERP
    + r"\b(?!\s+to\s+death)"
    r"(?P<more>\s+and\s+(?:his|her|their)\s+(?:(?P<n>two|three|four|five|\d+)\s+)?"
    r"(?:" + _RELATIVE + r"|child|children|sons|daughters)"
    r"|\s+and\s+(?:a|an|another)\s+(?:[\w\-]+\s+)?" + _PERSON + r")?",
    re.IGNORECASE)
_AND_N_MORE = re.compile(r"\s+and\s+(?:his|her|their|its)\s+(?P<n>" + NUMBER + r")\s+"
                         r"(?:\w+\s+)?(?:children|sons|daughters|relatives|brothers|sisters|"
                         r"bodyguards|guards|companions|colleagues|aides|wives)\b"
                         r"(?!\s+(?:were|was)\s+(?:\w+\s+)?(?:wounded|injured|hurt|unharmed))",
                         re.IGNORECASE)
_NONE_HURT = re.compile(
    r"\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:any\s+)?(?:(?:reported|known)\s+)?"
    r"(?:(?:damage|injuries|deaths)\s+"
    r"(?:or|and|nor)\s+)?(?:casualties|victims|cas(?!\.?\s+(?:figures|data|count|numbers|info)))\b"
    r"|\b(?:neither\s+deaths\s+nor\s+injuries|no\s+deaths\s+or\s+injuries)\b"
    r"|\bno\s+one\s+(?:else\s+)?(?:was|were|has\s+been)\s+(?:killed\s+or\s+(?:injured|hurt|"
    r"wounded)|"
    r"(?:injured|hurt|wounded)\s+or\s+killed|hurt|harmed)\b"
    r"|\bnobody\s+(?:else\s+)?(?:was|has\s+been)\s+(?:hurt|harmed)\b"
    r"|\bnone\s+(?:of\s+(?:them|the\s+\w+)\s+)?(?:was|were)\s+(?:hurt|harmed|injured)\b"
    r"|\bescaped\s+(?:without\s+(?:injury|injuries|harm)|unhurt|unharmed|uninjured)\b"
    # a ship's report: "Crew safe and unhurt.", "the crew are reported safe"
    r"|\b(?:all\s+)?crew(?<!remaining\screw)(?<!other\screw)\s+(?:(?:are|is|were|was)\s+)?"
    r"(?:(?:reported|confirmed|assessed)\s+(?:to\s+be\s+)?)?"
    r"(?:safe|unhurt|unharmed|uninjured)\b(?!\s+(?:except|but|apart))"
    r"|\bwithout\s+(?:causing\s+)?(?:any\s+)?casualties\b|\bcaus(?:ed|ing)\s+no\s+casualties\b"
    r"|\bno\s+(?:deaths|fatalities)\s+(?:or|and|nor)\s+(?:injuries|injured)\b"
    r"|\bno\s*(?:one|body|\s[a-z]+)\s+(?:(?:was|were)\s+)?(?:killed|injured|hurt|wounded)\s+"
    r"(?:or|nor)\s+(?:injured|killed|hurt|wounded)\b"
    r"|\bthere\s+were\s+no\s+(?:reported\s+)?(?:casualties|injuries\s+or\s+deaths)\b"
    # ("a grenade was thrown at the police headquarters, causing property damage only")
    r"|\b(?:property|material)\s+damage\s+only\b"
    r"|\b(?:were|was)\s+(?:later\s+|all\s+)?(?:released|freed|rescued|found)\s+(?:\w+\s+)?"
    r"(?:unharmed|unhurt)\b",
    re.IGNORECASE,
)
_ONLY_ONE_KILLED = re.compile(r"\bwas\s+the\s+only\s+(?:person|one|casualty|fatality|victim)\s+"
                              r"(?:killed|to\s+(?:die|be\s+killed)|who\s+died)\b", re.IGNORECASE)
_NONE_KILLED = re.compile(
    r"\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:deaths|fatalities|one\s+was\s+killed|"
    r"one\s+died|lives\s+were\s+lost|loss\s+of\s+life|kia)\b|\bnobody\s+(?:was\s+)?killed\b"
    r"|\bno\s+life\s+was\s+lost\b"
    # ("The victim was released alive 34 days later": a hostage's fate told, hurt or not)
    r"|\b(?:were|was)\s+(?:later\s+)?(?:released|freed)\s+alive\b"
    r"|\bnobody\s+died\b"
    r"|\bwith\s+no\s+fatalities\b|\bno\s+one\s+(?:has\s+been|was)\s+killed\b"
    r"|\bno\s+(?:other\s+)?(?:soldiers|civilians|people|persons|police\w*|officers|"
    r"peacekeepers|troops|passengers|one\s+else)\s+(?:was|were|had\s+been)\s+killed\b"
    r"|\bnone\s+(?:was|were)\s+killed\b"
    # terse notes: "2 servicemen injured, none killed", "1 civilian injured; no one killed",
    # "0 fatalities", "nobody in the town was killed or injured"
    r"|\b(?:none|no\s+one|nobody)\s+(?:killed|dead)\b|\b0\s+(?:fatalities|deaths|dead|killed|kia)\b"
    r"|\b0\s+k\b"
    r"|\b(?:nobody|no\s+one)\s+(?:in|at|on)\s+(?:the\s+)?\w+\s+(?:was|were)\s+killed\b",
    re.IGNORECASE,
)
_ALONG_WITH = re.compile(
    r"\b(?:killed|died|shot\s+dead)\s+(?:along\s+)?with\s+" + QUALIFIER + r"(?P<n>" + NUMBER
    + r")\s+(?:other|others|of\s+his|of\s+her|\w+)", re.IGNORECASE)
# "who was killed together with his wife and two sons": the victim, then the kin named
_KILLED_WITH_KIN = re.compile(
    r"\b(?:killed|died)\s+(?:together|along)\s+with\s+(?:his|her)\s+(?:wife|husband|son|daughter|"
    r"mother|father|brother|sister|child|baby)(?P<more>\s+and\s+(?:(?:his|her)\s+)?(?:(?P<n>"
    + NUMBER + r")\s+)?(?:[\w-]+\s+)?(?:sons?|daughters?|children|child|brothers?|sisters?|"
    r"relatives|grandchildren|parents))?\b", re.IGNORECASE)
# a monitor's "condemns the killing of two Palestinian journalists", "the death of Pavlo
# Hrytsenko": the dead, named or counted, as the act's object
_KILLING_OF = re.compile(
    r"\b[Tt]he\s+(?:killing|murder|assassination|death)s?\s+of\s+(?:(?P<n>" + NUMBER
    + r")\s+|(?:[a-z][\w'’-]*\s+|[A-Z][a-z]+\s+(?=[a-z])){0,4}?[A-Z][\w'’-]+"
    # ("Ahmed al-Shaibani")
    r"(?:\s+(?:" + ARABIC_ARTICLE + r")?[A-Z][\w'’-]+)+)")
_SHOT_N_DEAD = re.compile(
    r"\b(?:shot|shoot|shoots|shooting|gunned|hacked|hacking|stabbed|stabbing|beat|beaten|beating|"
    r"burned|"
    r"burnt|burning|bludgeoned|bludgeoning|stoned|stoning)\s+(?:dead\s+|down\s+)?" + QUALIFIER
    + r"(?P<n>" + NUMBER + r")\s+(?:(?:[\w\-]+\s+){0,4}?(?:dead|to\s+death))?\b", re.IGNORECASE)
_ONE_OTHER_HURT = re.compile(
    r"\ba\s+(?:second|third|fourth|fifth|sixth)\s+(?:[\w-]+\s+){0,6}?(?:was|is)\s+(?:\w+\s+)?"
    r"(?:hurt|injured|wounded)\b|"
    r"\b(?:another|the\s+other|one\s+other)\s+(?:[\w\-]+\s+){0,2}?(?:(?:was|is|has\s+been|"
    r"were)\s+)?(?:(?:seriously|critically|severely|slightly|lightly|also)\s+)?(?:injured|"
    r"wounded|hurt|(?:sustained|suffered)\s+(?:[\w-]+\s+)?(?:injuries|wounds))\b|"
    r"\b(?:injur(?:ing|ed)|wound(?:ing|ed)|maim(?:ing|ed))\s+(?:another|the\s+other|"
    r"a\s+(?:third|fourth|fifth|sixth))\b"
    r"(?!\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten))|"
    # "two were killed and a civilian driver injured": one more, told without its verb
    r"\b(?:killed|dead)\s+and\s+(?:a|an|his|her|their)\s+(?!unknown|undisclosed|unspecified|"
    r"number)(?:[\w-]+\s+){0,2}?(?!was\b|were\b)[a-z]+\s+(?:(?:seriously|"
    r"critically|slightly|lightly)\s+)?(?:injured|wounded|hurt)\b", re.IGNORECASE)
_INJURY_OF = re.compile(r"\binjur(?:y|ies)\s+(?:of|to)\s+" + QUALIFIER + r"(?P<n>" + NUMBER
                        + r")\b", re.IGNORECASE)
_NOBODY_KILLED = re.compile(r"\bkill(?:ed|ing)\s+(?:nobody|no\s+one|none)\b", re.IGNORECASE)
_NONE_INJURED = re.compile(
    r"\bno\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:injuries|(?:one|person|people|persons)"
    r"\s+(?:was|were|has\s+been|have\s+been)\s+(?:reported\s+)?(?:injured|wounded|hurt)|"
    r"injured)\b|\bno\s+one\s+else\s+(?:was|were)\s+(?:injured|wounded|hurt)\b|"
    r"\bnobody\s+(?:else\s+)?(?:was\s+)?(?:injured|wounded)\b|\bno\s+(?:[\w-]+\s+)?(?:personnel|"
    r"troops|soldiers|officers|policemen|civilians|passengers)\s+(?:was|were)\s+(?:injured|"
    r"wounded|hurt)\b|\bno\s+injuries\s+were\s+"
    r"reported|\bno\s+(?:one|body)\s+(?:was\s+)?(?:injured|hurt)|\bnone\s+(?:injured|wounded|hurt)\b|"
    r"\b(?:nobody|no\s+one)\s+(?:in|at|on)\s+(?:the\s+)?\w+\s+(?:was|were)\s+(?:killed\s+or\s+)?"
    r"(?:injured|hurt|wounded)\b|\b0\s+(?:injured|wounded|wia|w)\b",
    re.IGNORECASE,
)


# "Fatalities: 3", "Injured: 0", "Killed: 6 gendarmes, 3 attackers", "Wounded: none" in agency
# notes and database rows
# (an item is a count and up to three words, "9 FC personnel", "three traffic police
# officers", or one named person, "the gunman"; items are joined by commas, "and" or "+")
# ("at least 20 al-Shabaab fighters (militia claim) and 3 militiamen", "5–8 (sources differ)":
# a qualified count, a range (its lower bound), a bracketed note)
_LABEL_WORDS = r"(?:\s+(?!and\b)[a-z][\w-]*){0,3}(?:\s*\([^()]{0,40}\))?"
_COUNT_QUALIFIER = r"(?:at\s+least|about|around|approx\.?|some|over|more\s+than)"
_LABEL_ITEM = (r"(?:(?:(?:" + _COUNT_QUALIFIER + r"|~)\s*)?"
               r"(?:\d+(?:\s*[–-]\s*\d+)?|" + _WORDS + r")" + _LABEL_WORDS
               + r"|the\s+[a-z][\w-]*)")
# ("Outcome: killed (1), injured (0)": a casualty record's bracketed count)
_LABEL_VALUE = (r"(?:\s*(?:[:=]|\s[-–—]\s)\s*|\s*\((?=\d{1,4}\)))(?P<n>none|nil|no\s*one|"
                + _LABEL_ITEM + r"(?:\s*(?:,|\+|and)\s*" + _LABEL_ITEM + r")*)\b")
# "Killed: 3", "Army toll - killed: 11 soldiers, 3 VDP auxiliaries and 17 attackers",
# "Casualties: dead - three traffic police officers, one passing motorist and the gunman"
_LABEL_LEAD = r"(?:^|[;|,:(·▸/\n]\s*|[-–—]\s+|\.\s+)"
# ("Civilians reported killed: 6 | Civilians reported injured: 3", "Reported injured: 0")
_LABEL_HEAD = r"(?:civilians?\s+)?(?:(?:reported|confirmed)\s+)?"
_LABEL_KILLED = re.compile(_LABEL_LEAD + _LABEL_HEAD + r"(?:fatalities|deaths|killed|dead)"
                           r"(?:\s+(?:reported|alleged|confirmed))?" + _LABEL_VALUE, re.IGNORECASE)
_LABEL_HURT = re.compile(_LABEL_LEAD + _LABEL_HEAD + r"(?:injured|wounded|injuries)"
                         r"(?:\s+(?:reported|alleged|confirmed))?" + _LABEL_VALUE, re.IGNORECASE)
# "Killed/Injured: none reported", "Casualties: none": nobody either way
_LABEL_NOBODY = re.compile(_LABEL_LEAD + r"(?:casualties|killed\s*(?:/|and)\s*(?:injured|wounded)|"
                           r"dead\s*(?:/|and)\s*(?:injured|wounded))\s*:\s*(?:none|nil|zero|0)\b",
                           re.IGNORECASE)
_LABEL_SPLIT = re.compile(r"\s*(?:,|\+|\band\b)\s*")


def _label_sum(value: str) -> int:
    """The people a labelled value counts: "9 FC personnel and 4 militants" is 13, "three
    officers, one motorist and the gunman" is 5, "none" is 0."""
    total = 0
    for item in _LABEL_SPLIT.split(_QUALIFIER_WORDS.sub("", value)):
        words = item.split()
        first = words[0] if words else ""
        if first in ("none", "nil", "no") or words[1:2] == ["of"]:
            continue  # ("Killed: 5 from one family, two of them children": a subset of five)
        low = _LOW_BOUND.match(first)
        total += 1 if first == "the" else int(low.group()) if low else (parse_number(first) or 0)
    return total


_QUALIFIER_WORDS = re.compile(r"\b" + _COUNT_QUALIFIER + r"\s+|~")
_LOW_BOUND = re.compile(r"\d+(?=\s*[–-]\s*\d)")
# (not "fighters": "one SDF fighter was killed" is as often a victim)
_ATTACKER_NOUN = (r"(?:attackers?|assailants?|gunm[ae]n|militants?|bombers?|terrorists?|"
                  r"insurgents?|maoists?|rebels?|guerrillas?|cadres?|jihadists?|bandits?)")
_ATTACKERS_COUNT = re.compile(
    r"\b(?P<n>" + NUMBER + r")\s+(?:of\s+the\s+|other\s+)?" + _ATTACKER_NOUN
    # ("All six attackers, including the driver of the car, were killed")
    + r"(?:\s*,[^,.;]{1,60},)?"
    + r"\s+(?:were|was)\s+(?:also\s+|later\s+)?(?:killed|shot\s+dead|neutrali[sz]ed|sent\s+to\s+"
    r"hell|eliminated)"
    # "troops neutralised 13 of the terrorists": the attackers, told actively
    # (and "Police officers shot and killed all three assailants")
    r"|\b(?:neutrali[sz]ed|eliminated|(?:officers|police|soldiers|troops|guards)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:shot\s+and\s+killed|shot\s+dead|killed))\s+(?:all\s+)?"
    r"(?P<m>" + NUMBER + r")\s+(?:of\s+the\s+)?" + _ATTACKER_NOUN
    # "A third officer returned fire, killing one of the assailants"
    + r"|\b(?:returned\s+fire|fired\s+back)\b[^.;]{0,30}?\bkill(?:ing|ed)\s+(?P<r>" + NUMBER
    + r")\s+(?:of\s+the\s+)?" + _ATTACKER_NOUN, re.IGNORECASE)
# (passive or intransitive only: "gunmen shot dead 3 men" is the gunmen acting)
_ATTACKERS_DIED = re.compile(
    r"\b(?:attackers?|assailants?|gunm[ae]n|militants?|bombers?|terrorists?|insurgents?|"
    r"perpetrators?|jihadists?|maoists?|rebels?|guerrillas?|cadres?)\s+(?:(?:also|later|all|"
    r"both)\s+)?(?:died|(?:were|was|had|have|"
    r"has)\s+(?:(?:also|later|all|both)\s+)?(?:been\s+)?(?:\w+\s+)?(?:killed|shot\s+dead|dead))",
    re.IGNORECASE)


_AGE = re.compile(r"^\s*-?\s*(?:years?|yrs?)[\s-]*old|^\s*-?\s*month[\s-]*old", re.IGNORECASE)


def _tail_ok(tail: str) -> bool:
    """True when the words after a number are people, not munitions, units, ages or dates."""
    return not _NOT_PEOPLE.match(tail) and not _AGE.match(tail)


_CASUALTY_SIGNAL = re.compile(
    r"fatalit|kill|assassinat|dead|died|\bdie|death|wound|injur|hurt|casualt|harm|murder|slain|"
    r"slaughter|execut|behead|decapitat|perish|lives|\blife\b|bodies|body\s+was|corpses|toll|"
    r"victim|burn|hack|stab|beat|stoned|martyr|shahadat|succumb|neutrali|eliminat|hell|supreme|throats|"
    r"ultimate|fell|kia\b|wia\b|"
    r"\binj\b|in\s+action|\bno\s+cas\b|\d\s+(?:\w+\s+)?[kw]" + _FIELD_END + r"|"
    r"shot|shoot|gunned|hospital|treated\s+for|crew\s+(?:\w+\s+){0,3}?safe|suffered|\blost\s|"
    r"damage\s+only|hit\s+in\s+the", re.IGNORECASE)


_CASUALTY_SIGNAL_LOW = re.compile(_CASUALTY_SIGNAL.pattern.lower())


def _lowered(text: str) -> str:
    """Lower-case with offsets kept (a few characters grow when lower-cased: keep those)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# after "killing 5 soldiers": "and 2 civilians", ", 3 police and 1 child", "and the driver"
_MORE_COUNT_BODY = (
    r"(?P<sep>\s*,\s*(?:and\s+)?|\s+and\s+)(?:"
    + QUALIFIER + r"(?P<n>" + NUMBER + r")|(?P<one>the|a|an|one|their|his|her)\s+"
    r"(?:[a-z][\w\-]*\s+)?"
    + _PERSON_OR_PERP + r"|(?P<both>both)\s+(?:[a-z][\w\-]*\s+)?[a-z]+s)\b"
    # ("six people, the bomber included": among them, not besides)
    r"(?!\s+(?:[a-z]+\s+)?(?:were|was|are|is|have|has|had|other|others|more|of\s+them|of\s+whom|"
    r"included)\b)"
    # ("killing three people, the director of the festival said": who tells, not who died)
    r"(?!(?:\s+[\w'’-]+)?(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?\s+(?:said|"
    r"says|told|added|"
    r"reported|confirmed|stated)\b)")
_MORE_COUNT = re.compile(r"(?P<head>(?:\s+[a-z][\w'’\-]*){1,3}?)" + _MORE_COUNT_BODY)
# after an item that ends on its noun ("one soldier, a civilian and a child"): no head
_MORE_AFTER_ITEM = re.compile(r"(?P<head>)" + _MORE_COUNT_BODY)


_AND_ONE_MORE = re.compile(
    r"\band\s+(?:(?:the|a|an|one)\s+(?:[a-z][\w\-]*\s+)?" + _PERSON_OR_PERP
    # ("Three peacekeepers and the driver of the vehicle died")
    + r"(?:\s+of\s+the\s+[a-z]+)?|(?P<both>both)\s+(?:[a-z][\w\-]*\s+)?[a-z]+s)\s*$",
    re.IGNORECASE)


_HOW_BADLY = re.compile(r"\s+(?:seriously|critically|severely|gravely|badly|slightly|lightly|"
                        r"fatally|mortally)\b", re.IGNORECASE)


_TELLERS_END = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:said|says|told|reported)\b")
_ALL_PEOPLE_HEAD = re.compile(r"\s+(?:people|persons|individuals)", re.IGNORECASE)
_CIVILIANS_HEAD = re.compile(r"\s+(?:civilians|residents|villagers)", re.IGNORECASE)
_WHO_THEY_WERE = re.compile(r"\s*,\s*(?:an?|one|two|three)\s+(?:[\w-]+\s+)?(?:woman|man|women|men|"
                            r"child|children|boy|girl|boys|girls)\b", re.IGNORECASE)


def _more_counts(sentence: str, pos: int) -> tuple[int, int]:
    """People counted after the first count of an active toll; (their sum, where they end)."""
    total = 0
    pattern = _MORE_COUNT
    while True:
        m = pattern.match(sentence, pos)
        if m is None or _VERBISH.search(m.group("head")) or re.search(
                r"\b(?:in|at|near|on|of|from|to|with|by|while|when|after)\b", m.group("head")):
            if total and _TELLERS_END.match(sentence, pos):
                return 0, pos  # "killing eight, a militia leader and an official said"
            return total, pos
        if m.group("sep").strip() == "," and (_ALL_PEOPLE_HEAD.fullmatch(m.group("head")) or (
                _CIVILIANS_HEAD.fullmatch(m.group("head"))
                and _WHO_THEY_WERE.match(sentence, m.start("sep")))):
            # "killing two people, a man and his son", "killing 2 civilians, a woman and a
            # man": the same two
            return total, pos
        if m.group("n"):
            v = parse_number(m.group("n"))
            if v is None or not _tail_ok(sentence[m.end():m.end() + 30]) or (
                    _HOW_BADLY.match(sentence, m.end("n"))):
                # ("wounding 4 soldiers, one seriously": one of the four, how badly)
                return total, pos
            total += v
        elif m.group("both") and "and" not in m.group("sep"):
            return total, pos  # "killing its 2 riders, both Hezbollah members": the same two
        else:
            total += 2 if m.group("both") else 1
        pattern = _MORE_COUNT if m.group("n") else _MORE_AFTER_ITEM
        pos = m.end()


# "between 6 and 9 dead", "8 to 10 civilians", "three or four people": the lower bound counts
# (as ACLED codes it), written in place of the range so that offsets still hold
_RANGE = re.compile(r"\bbetween\s+(?P<a>" + NUMBER + r")\s+and\s+(?P<b>" + NUMBER + r")\b"
                    r"(?!\s*(?:am|pm|a\.m|p\.m|o['’]clock|h\b|hours|km|kilomet|miles|metres|meters|"
                    r"years|months|weeks|days|minutes|" + MONTH_WORD + r"))|"
                    # ("3-5 Security Belt fighters killed", "ANDSF losses at 5-10 killed")
                    r"\b(?P<c>" + NUMBER + r")(?:\s+(?:to|or)\s+|\s*[-–]\s*)(?P<d>" + NUMBER
                    + r")\b"
                    r"(?=\s+(?:[a-z][\w-]*\s+){0,2}?(?:people|persons|civilians|soldiers|men|women|"
                    r"children|villagers|fighters|"
                    r"militants|police\w*|officers|others|combatants|residents|killed|dead|injured|"
                    r"wounded|were|died)\b)", re.IGNORECASE)


def _lower_bound(m: re.Match[str]) -> str:
    a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
    lo, hi = parse_number(a), parse_number(b)
    if lo is None or hi is None or hi <= lo or a.lower() in ("a", "an"):
        return m.group(0)
    return a + " " * (len(m.group(0)) - len(a))


_ROW_TOLLS = re.compile(r"(?:^|[|;])\s*(?P<k>\d{1,5})(?:\s*\(\+(?P<kp>\d{1,3})\))?\s*[|;]\s*"
                        r"(?P<w>\d{1,5})\s*[|;]")
_SEX_AGE = re.compile(r"\s\((?:[mfMF]|male|female|man|woman),\s*\d{1,3}\)")
_ROW_FIELD_KILLED = re.compile(r"\|\s*(?:killed|dead|deaths)\s+(?P<n>\d{1,5})\b")
_ROW_FIELD_HURT = re.compile(r"\|\s*(?:injured|wounded)\s+(?P<n>\d{1,5})\b")
_YEARISH = re.compile(r"(?:19|20)\d\d")
_PLUS_ATTACKERS = re.compile(r"\b(?P<n>\d+)\s*(?P<b>\(\+(?P<p>\d{1,3})\))")


def _blanked(text: str, a: int, b: int) -> str:
    """The text with ``text[a:b]`` set aside as spaces, so that every offset still holds."""
    return text[:a] + " " * (b - a) + text[b:]


def _corrected(early: Casualties, later: Casualties, shift: int) -> Casualties:
    """The counts of a sentence whose later figures (told from ``shift`` on) correct its
    earlier ones: each later count replaces its earlier one."""
    return Casualties(later.fatalities if later.fatalities is not None else early.fatalities,
                      later.injured if later.injured is not None else early.injured,
                      later.attackers_only, tuple((a + shift, b + shift) for a, b in later.spans))


_SUPERSEDED = re.compile(
    # ("58 civilians KIA (previous note: 33 KIA)": the figure a note gave before)
    r"\((?:earlier|previously|initially|originally|previous\s+(?:note|report|update|sitrep|"
    r"figures?|toll)\b)[^()]*\)"
    r"|,?\s*\b(?:up|down)\s+from\s+(?:an?\s+)?(?:(?:initial|earlier|previous|first)\s+)?"
    r"(?:(?:figure|toll|count|estimate)\s+)?(?:of\s+)?"
    r"(?:(?:around|about|some|at\s+least)\s+)?\d[\d,]*"
    r"|(?<=\bpeople\skilled,)\s+[^,;.]{3,80}(?=,\s+and\b)", re.IGNORECASE)


_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# a figure, then the same spelt out digit by digit ("forty-one, four-one", "that's fourteen,
# one-four"): on its own, both are the echo; after a count, only the spelling is
_SPOKEN_ECHO = re.compile(
    r"(?:^\W*(?:that['’]s\s+)?" + NUMBER + r"\s*[,.]\s+|(?<=[\w)])\s*[,.]\s+)(?:that['’]s\s+)?"
    + _DIGIT_WORD + r"(?:-" + _DIGIT_WORD + r")+\b\s*,?", re.IGNORECASE)


_OTHER_ESTIMATE = re.compile(
    r"[;,]\s+(?:while\s+|but\s+|although\s+)?(?:(?:other|some|several|unofficial)\s+(?:[\w-]+\s+)?"
    r"(?:sources|reports|accounts|estimates|media)|(?:local\s+)?(?:leaders|residents|witnesses|"
    r"activists)\s+(?:later\s+)?put\s+the\s+(?:death\s+)?toll)\b")


def find_casualties(sentence: str) -> Casualties:
    """Killed and injured stated in one sentence (None where the sentence is silent).

    Matching runs on the lower-cased sentence with case-sensitive patterns (compiled from
    lower-cased sources at import), which is several times faster than IGNORECASE.
    """
    if ", " in sentence and "(" in sentence and (who := _SEX_AGE.search(sentence)) is not None:
        # "the driver (m, 54) was injured": a security note's sex and age of the one named
        return find_casualties(_blanked(sentence, *who.span()))
    if "-" in sentence and (echo := _SPOKEN_ECHO.search(_lowered(sentence))) is not None:
        # "Seventy-three, seven-three, and about three thousand seven hundred wounded": a
        # figure said again and spelt out digit by digit on air is no count of its own
        return find_casualties(_blanked(sentence, *echo.span()))
    low = _lowered(sentence)
    if ("sources" in low or "put the" in low or "reports" in low) and (
            other := _OTHER_ESTIMATE.search(low)) is not None and _KILL_VERB.search(
            low, 0, other.start()):
        # "At least 98 people were killed …; other sources put the death toll at more than
        # 300": the record's count, and another's estimate beside it
        return find_casualties(_blanked(sentence, other.start(), len(sentence)))
    among = _AMONG_TOTAL.search(low) if "among" in low or "one of" in low else None
    if among is not None and (total := parse_number(among["n"])):
        # "They were among more than 100 residents killed that day", "one of 59 people killed
        # in the attack": a victim's story that gives the act's whole toll
        c = find_casualties(_blanked(sentence, *among.span()))
        return replace(c, fatalities=max(c.fatalities or 0, total))
    some = _NOT_COUNTING_SOME.search(low) if (
        "counting" in low or "excluding" in low or "besides" in low) else None
    if some is not None:
        more = parse_number(some["n"])
        c = find_casualties(_blanked(sentence, *some.span()))
        if c.fatalities and more:
            return replace(c, fatalities=c.fatalities + more)
    if ("earlier" in low or "up from" in low or "down from" in low or "previous" in low
            or "initially" in low or "people killed, " in low):
        # "four killed and 50 injured (earlier reported: three killed, 42 injured)", "revised
        # the death toll to 132 civilians, up from an initial figure of around 100", "26 people
        # killed, 25 tourists and a local pony operator, and at least 17 injured": figures
        # replaced, or those killed told again by who they were
        blanked = _SUPERSEDED.sub(lambda m: " " * len(m.group()), sentence)
        if blanked != sentence:
            return find_casualties(blanked)
    original = sentence
    # ("No-one was injured": "no one", the same length, so every offset holds)
    sentence = low.replace("no-one", "no one")
    if sentence.count("|") >= 3 or sentence.count(";") >= 3:
        row = _ROW_TOLLS.search(sentence)
        if row is not None and not any(_YEARISH.fullmatch(row[g]) for g in ("k", "w")):
            # "12 June 2015 | Kukawa, Borno State | Armed assault | 37 | 15 | Boko Haram | …": a
            # table row's dead and injured columns, the attackers' deaths in brackets added
            return Casualties(int(row["k"]) + int(row["kp"] or 0), int(row["w"]), False,
                              (row.span(),))
        if (fk := _ROW_FIELD_KILLED.search(sentence)) is not None:
            # "k4411 | Baquba | Bodies of two men found … | killed 2": the row's own toll field
            # ("killed 7–9": the lower figure), its hurt field beside it
            fw = _ROW_FIELD_HURT.search(sentence)
            return Casualties(int(fk["n"]), int(fw["n"]) if fw else None, False,
                              (fk.span(),) + ((fw.span(),) if fw else ()))
    if not _CASUALTY_SIGNAL_LOW.search(sentence) and " k." not in sentence and (
            " w." not in sentence):
        return Casualties()
    plus = _PLUS_ATTACKERS.search(sentence) if "(+" in sentence else None
    if plus is not None:
        # "Toll: 11 (+1) killed": the victims, then the attackers who died, as databases write
        # it; both count
        a, b = plus.span("b")
        rest = find_casualties(_blanked(sentence, a, b))
        if rest.fatalities == int(plus["n"]):
            return Casualties(rest.fatalities + int(plus["p"]), rest.injured,
                              rest.attackers_only, rest.spans)
        return rest
    if _DAY_AFTER_MONTH_LOW.search(sentence):
        # "PEMBA, June 10 (agency) - Gunmen killed four": a dateline's day is no count
        sentence = _DAY_AFTER_MONTH_LOW.sub(lambda m: m.group(1) + " " * len(m.group(2)),
                                            sentence)
    if (" disagree" in sentence or " differ" in sentence or " vary" in sentence
            or " varied" in sentence or " conflict" in sentence) and (
            sd := _SOURCES_DIFFER.search(sentence)) is not None and not (
            "coded" in sentence and _CODED_TOLL.search(sentence)):
        # (but "Fatalities coded as 86 as reports vary between 79 and over 100": the coder's)
        counts = [v for m in _NUM_RE.finditer(sentence, sd.start(), sd.end())
                  if (v := parse_number(m.group())) is not None]
        if counts and "wound" not in sd.group() and "injur" not in sd.group():
            a, b = sd.span()
            rest = find_casualties(_blanked(sentence, a, b))
            return Casualties(min(counts), rest.injured, False, (sd.span(), *rest.spans))
    if "/" in sentence and _FULL_SLASH_DATE.search(sentence):
        # "… on 05/08/2022 killed PIJ commander …": a day written with its year is no count (nor
        # "a 5-y/o girl" a count of five)
        sentence = _FULL_SLASH_DATE.sub(lambda m: " " * len(m.group()), sentence)
    if SHORT_YEAR_DATE.search(sentence):
        # "bkgd: 19/09/12 village defence volunteer shot dead": a coder's date is no count
        sentence = SHORT_YEAR_DATE.sub(lambda m: " " * len(m.group()), sentence)
    if "from" in sentence and _REVISED_FROM.search(sentence) is not None:
        # "4 injured (revised up from initial 2 injured)": the first figure, replaced
        sentence = _REVISED_FROM.sub(lambda m: " " * len(m.group()), sentence)
    if ("earlier" in sentence or "previous" in sentence or "initial" in sentence
            or "preliminary" in sentence or "first" in sentence) and (
            _EARLIER_TOLL.search(sentence) is not None):
        sentence = _EARLIER_TOLL.sub(lambda m: " " * len(m.group()), sentence)
    if "x" in sentence and _TIMES_COUNT.search(sentence):
        # "1x KIA, 2x WIA", "5x ANP KIA", "x31 killed, x87 injured": a military log's
        # multiplier sign is no letter
        sentence = _TIMES_COUNT.sub(lambda m: m.group(1) + " " if m.group(1) else
                                    " " + m.group(2), sentence)
    if "/ " in sentence:  # "2/ 3 soldiers KIA": a thread's post number is no count
        sentence = _THREAD_INDEX.sub(lambda m: " " * len(m.group()), sentence)
    if ", " in sentence and (app := _APPOSED_LIST.search(sentence)) is not None:
        # "Two people, a U.S. airman and an American civilian employee, were killed": who they
        # were, between the count and its verb
        a, b = app.span("app")
        sentence = _blanked(sentence, a, b)
    if "of " in sentence and (of := _OF_ALL_PRESENT.search(sentence)) is not None:
        # "Of nearly 900 people on board, 116 were killed": those present, not those hit
        a, b = of.span()
        sentence = _blanked(sentence, a, b)
    if ", a" in sentence and (one := _ONE_APPOSED.search(sentence)) is not None:
        # "killing 1 civilian, a factory worker.": who the one was, not a second victim
        a, b = one.span("app")
        sentence = _blanked(sentence, a, b)
    if "incl" in sentence:  # "4 civilians incl. 2 children killed": a subset of the four
        sentence = _TERSE_SUBSET.sub(lambda m: " " * len(m.group()), sentence)
    if ("between" in sentence or " or " in sentence or " to " in sentence or "-" in sentence
            or "–" in sentence):
        sentence = _RANGE.sub(_lower_bound, sentence)
    best = _BEST_ESTIMATE.search(sentence) if "best" in sentence else None
    if best is not None and "type_of_violence" in sentence and "deaths_" in sentence:
        # a UCDP GED row ("deaths_civilians: 157 | … | best: 157 | high: 160 | low: 134"):
        # its best estimate is the toll, the parts and the range are not added
        return Casualties(int(best.group("n")), None, False, (best.span(),))
    if best is not None and _DEATH_WORD.search(sentence):
        sentence = _LOW_HIGH.sub(lambda m: " " * len(m.group(0)), sentence)
        if _BARE_FIGURE.match(sentence, best.end()):
            # "best estimate 7, low 5, high 12 deaths": the figure stands without its noun
            rest = find_casualties(_blanked(sentence, *best.span()))
            return Casualties(int(best.group("n")), rest.injured, False,
                              (best.span(), *rest.spans))
    selfm = _SELF_THEN_LIST.search(sentence) if "sel" in sentence else None
    if selfm is not None and (listed := _count_list(selfm["list"])):
        # "killing himself, three soldiers and a passer-by": the bomber and those he killed
        n, end = listed
        a, b = selfm.start(), selfm.start("list") + end
        rest = find_casualties(_blanked(sentence, a, b))
        return Casualties(_selves(selfm["self"], sentence[:a]) + n, rest.injured, False,
                          ((a, b), *rest.spans))
    split = _SPLIT_TOLL.search(sentence) if "split" in sentence else None
    if split is not None:
        # "Reported fatalities are split between the three villages: 47 fatalities coded for
        # each": the coder's share of this incident replaces the toll reported for all
        return Casualties(int(split["n"] or split["m"]), None, False, (split.span(),),
                          running_toll=True)
    coded = _CODED_TOLL.search(sentence) if "fatalit" in sentence or "total)" in sentence else None
    if coded is not None:
        # "… shot dead 3 civilians and set houses alight. 3 fatalities.", "Fatalities coded as 8
        # per conservative estimate; civil society groups reported 12": the coder's own total
        # is the toll, whatever the description counts besides
        a, b = coded.span()
        rest = find_casualties(_blanked(sentence, a, b))
        return Casualties(int(coded["n"] or coded["c"] or coded["r"] or coded["t"] or coded["m"]),
                          int(coded["w"]) if coded["w"] else rest.injured, False,
                          (coded.span(), *rest.spans))
    field = _TOLL_FIELD.search(sentence) if "[" in sentence else None
    if field is not None and (n := parse_number(field["n"])) is not None:
        # "[killed: 7, bomber incl.; wounded: 19]", "Tally [killed: 19 - 11 police + 8
        # insurgents …]": a record's toll field, its breakdown no further count
        a, b = field.span()
        rest = find_casualties(_blanked(sentence, a, b))
        return Casualties(n, rest.injured, False, (field.span(), *rest.spans))
    total = _LIST_TOTAL.search(sentence) if (
        " in all" in sentence or " in total" in sentence or "altogether" in sentence) else None
    if total is not None and (n := parse_number(total["n"])) is not None:
        # "killing the prime minister, the speaker, two deputy speakers and a minister, eight
        # people in all": the writer's own sum of the list before it
        a, b = total.span()
        rest = find_casualties(_blanked(sentence, a, b))
        return Casualties(n, rest.injured, False, (total.span(), *rest.spans))
    abbr = list(_ABBR_TOLL.finditer(sentence)) if (" k." in sentence or " w." in sentence) else []
    if abbr:
        # "2 FC men + 1 passer-by k.; 6 w.": a coder's "k." and "w." after the counts summed
        sums = {"k": None, "w": None}
        for m in abbr:
            sums[m["kw"]] = (sums[m["kw"]] or 0) + sum(int(x) for x in _DIGITS.findall(m["list"]))
        rest = find_casualties(_ABBR_TOLL.sub(lambda m: " " * len(m.group()), sentence))
        return Casualties(sums["k"] if sums["k"] is not None else rest.fatalities,
                          sums["w"] if sums["w"] is not None else rest.injured, False,
                          tuple(m.span() for m in abbr) + rest.spans)
    spoken = SPOKEN_CORRECTION.search(sentence)
    if spoken is not None:
        # "All ten attackers were killed -- sorry, let me correct this: nine were killed", "125
        # martyrs -- excuse me, … the latest figure: 131 martyrs": the speaker's second figure
        # replaces the first
        later = find_casualties(sentence[spoken.end():])
        if later.fatalities is not None or later.injured is not None:
            return _corrected(find_casualties(sentence[:spoken.start()]), later, spoken.end())
    cm = _CORRECTION.search(sentence)
    if cm is not None:
        # "Police initially reported four dead, but … nine people had died": the later figure
        # corrects the first, it does not add to it
        later = find_casualties(sentence[cm.end():])
        revised = _REVISED_TO.search(sentence, cm.end())
        if later.fatalities is None and revised is not None:
            early = find_casualties(sentence[:cm.end()])
            n = parse_number(revised.group("n"))
            # ("Deaths: initially reported as 18; revised to 24": the field says what it counts)
            if n is not None and (early.fatalities is not None or _DEATHS_FIELD.search(
                    sentence, 0, cm.start() + 1)):
                n += 1 if _NOT_COUNTING.search(sentence, revised.end()) else 0
                return Casualties(n, early.injured, False, (revised.span(),))
        if later.fatalities is not None:
            return _corrected(find_casualties(sentence[:cm.end()]), later, cm.end())
    fat: int | None = None
    inj: int | None = None
    spans: list[tuple[int, int]] = []
    if _NONE_HURT.search(sentence):
        m = _NONE_HURT.search(sentence)
        assert m is not None
        fat, inj = 0, 0
        spans.append(m.span())
    m = _NONE_KILLED.search(sentence)
    if m:
        fat = 0
        spans.append(m.span())
    m = _NONE_INJURED.search(sentence)
    if m:
        inj = 0
        if fat is None:
            fat = 0  # nobody hurt: nobody killed either, unless a toll says otherwise
        spans.append(m.span())

    def add(cur: int | None, v: int) -> int:
        return v if cur in (None, 0) else cur + v

    fat_pass, used = _passive_counts(sentence, _KILL_VERB)
    inj_pass, used_h = _passive_counts(sentence, _HURT_VERB)
    used = used + used_h
    fat_act, inj_act = None, None
    pos = 0
    while (m := _KILLED_ACTIVE.search(sentence, pos)) is not None:
        # a toll not taken reads on from its number ("burned approx 40 houses and beheaded
        # 3x CIV"); a toll taken, from its end
        pos = m.end("n")
        if not _tail_ok(m.group("tail")) or any(a <= m.start("n") < b for a, b in used):
            continue
        if _HURT_NEXT.match(m.group("tail")):
            continue  # "1 child killed four family members injured": the next count's verb
        if m.group(0).lower().startswith(("left", "leaving")) and not re.search(
                r"\b(?:dead|killed)\b", m.group("tail"), re.IGNORECASE):
            continue
        if _a_claimed_toll(m.group(0), m.group("tail")):
            continue  # "claimed 12 lives", not "claimed 12 soldiers were killed"
        v = parse_number(m.group("n"))
        if v is None or (m.group("n").lower() in ("a", "an")):
            continue
        if m.group(0).lower().startswith(("burn", "behead")) and not re.search(
                r"\b(?:alive|to\s+death|people|civilians|civs?|inhabitants|residents|men|women|"
                r"children|villagers|"
                r"persons|soldiers|captives|hostages|workers|farmers|fishermen|traders|herders|"
                r"guards|policemen|officers|teachers|students|boys|girls)\b", m.group("tail"),
                re.I):
            continue
        more, end = _more_counts(sentence, m.end("n"))
        fat_act = add(fat_act, v + more)
        used.append((m.start(), end))
        pos = m.end()
    for m in _HURT_ACTIVE.finditer(sentence):
        if not _tail_ok(m.group("tail")) or any(a <= m.start("n") < b for a, b in used):
            continue
        # ("leaving one volunteer with bullet injuries")
        if m.group(0).lower().startswith(("left", "leaving")) and not re.search(
                r"\b(?:injured|wounded|hurt)\b|^\s+(?:[\w-]+\s+){0,2}?with\s+(?:[\w-]+\s+)?(?:injuries|"
                r"wounds|burns)\b", m.group("tail"), re.IGNORECASE):
            continue
        if re.match(r"(?:left|leaving)\b", m.group(0), re.IGNORECASE) and re.search(
                r"\b(?:dead|killed)\b", m.group("tail"), re.IGNORECASE):
            continue
        v = parse_number(m.group("n"))
        if v is None or (m.group("n").lower() in ("a", "an")):
            continue
        more, end = _more_counts(sentence, m.end("n"))
        inj_act = add(inj_act, v + more)
        used.append((m.start(), end))
    def noun_counts(pattern: re.Pattern[str], cur: int | None) -> int | None:
        """Add "N dead" / "N wounded" counts not already taken by another pattern."""
        for m in pattern.finditer(sentence):
            if any(a <= m.start("n") < b for a, b in used):
                continue
            v = parse_number(m.group("n"))
            if v and m.group("n").isdigit() and 1900 <= v <= 2100 and _MONTH_BEFORE.search(
                    sentence[:m.start("n")]):
                continue  # "on 12 October 2024 killed 15 civilians": a year, not a toll
            if v:
                cur = add(cur, v)
                used.append(m.span())
        return cur

    fat_act = noun_counts(_NOUN_COUNT_DEAD, fat_act)
    inj_act = noun_counts(_NOUN_COUNT_HURT, inj_act)
    if "treated" in sentence:
        inj_act = noun_counts(_TREATED_FOR, inj_act)
    if not fat_act and (sp := _SHOT_PAIR_DEAD.search(sentence)) is not None:
        fat_act = 2
        used.append(sp.span())
    for m in _SHOT_N_DEAD.finditer(sentence):
        v = parse_number(m.group("n"))
        head = m.group(0).lower()
        if not (head.startswith(("shot dead", "shoot dead", "shoots dead", "gunned down"))
                or re.search(r"(?:dead|to\s+death)$", head)):
            continue
        if v and not any(a <= m.start("n") < b for a, b in used):
            fat_act = add(fat_act, v)
            used.append(m.span())
    m = _ALONG_WITH.search(sentence)
    if m and not fat_pass and not fat_act:
        v = parse_number(m.group("n"))
        if v:
            fat_act = v + 1
            used.append(m.span())
    if _NOBODY_KILLED.search(sentence) and not fat_pass and not fat_act:
        fat = 0
    kills = [v for v in (fat_pass, fat_act) if v]
    if kills:
        fat = sum(kills)
        for m in _THE_ONE_KILLED.finditer(sentence):
            if not any(a < m.end() and m.start() < b for a, b in used):
                fat += 1  # "… and the assailant was shot and killed": one more, uncounted
                used.append(m.span())
    else:
        m = (_SINGULAR_KILLED.search(sentence) or _SINGULAR_KILLED_PASSIVE.search(sentence)
             or _THE_ONE_KILLED.search(sentence) or _SINGULAR_ANY.search(sentence)
             or _NAMED_VICTIM.search(sentence) or _NAMED_OBJECT_KILLED.search(original)
             or _DIED_OF_OWN.search(sentence)
             or _KILLING_HIM.search(sentence) or _NAMED_SUBJECT_KILLED.search(original)
             or _NAMED_AGED_KILLED.search(original) or _NAMED_SUBJECT_DIED.search(original))
        if m and not re.search(r"\bkilling\s+and\s+(?:injuring|wounding)", sentence, re.I):
            fat = 1
            used.append(m.span())
            if (kin := _KIN_LIST.match(sentence, m.end())) is not None:
                # "killed the leader, his wife and two of his sons"
                fat += kin.group("list").count(",") + (
                    parse_number(kin.group("n") or kin.group("n2") or "one") or 1)
            elif m.re is _NAMED_OBJECT_KILLED and (named := _AND_TITLED_NAME.match(original,
                                                                                  m.end())):
                # "killed camera operator Ghassan Najjar and broadcast technician Mohammad Reda,
                # as well as camera operator Wissam Qassem": each one named after the first
                while named is not None:
                    fat += 1
                    named = _AND_TITLED_NAME.match(original, named.end())
            elif _AND_ONE_PERSON.match(sentence, m.end()) or (
                    m.re in (_NAMED_VICTIM, _NAMED_OBJECT_KILLED)
                    and (ap := _APPOSITION_THEN.match(sentence, m.end())) is not None
                    and _AND_ONE_PERSON.match(sentence, ap.end())):
                # ("killing Lieutenant General Igor Kirillov, head of the protection troops,
                # and his assistant": the one named, his title, and one of his people)
                fat += 1  # "shooting dead the driver and a passenger"
            elif m.re in (_SINGULAR_KILLED, _NAMED_OBJECT_KILLED) and (
                    np := _AND_N_PEOPLE.match(sentence, m.end())):
                # ("killing Father Siméon Yampa, 34, and five parishioners")
                # "killed the bomber and nine others" (the verb's objects, not a passive
                # subject followed by the injured: "a man was killed and three were injured")
                fat += parse_number(np.group("n")) or 0
            more = _AND_N_MORE.match(sentence, m.end())
            if more:  # "killing a woman and her two children"
                v = parse_number(more.group("n"))
                if v:
                    fat += v
            elif (al := _ALONG_WITH_N.match(sentence, m.end())) is not None:
                # "Yousef, 29, who was killed on Monday along with four members of his family"
                fat += parse_number(al.group("n")) or 0
    if not inj_pass and not inj_act:
        m = _INJURY_OF.search(sentence) or _WITH_WOUNDS.search(sentence)
        if m:
            inj_act = parse_number(m.group("n"))
        elif (oh := _ONE_HURT_AS_WERE.search(sentence)) is not None:
            inj_act = 1 + (parse_number(oh.group("n")) or 0)
        elif _ONE_OTHER_HURT.search(sentence) or _THE_ONE_HURT.search(sentence) or (
                _HURTING_HIM.search(sentence)) or _NAMED_SUBJECT_HURT.search(original) or (
                fat is None and " in " in sentence and _SHOT_IN_LIMB.search(sentence)):
            inj_act = 1
        elif (no := _NAMED_OBJECT_HURT.search(original)) is not None:
            # "wounding cameraman Zahid Ali and a driver"
            inj_act = 1 + (_AND_ONE_PERSON.match(sentence, no.end()) is not None
                           or _AND_TITLED_NAME.match(original, no.end()) is not None)
        elif (hm := _HURT_ONE.search(sentence)) is not None:
            more = (parse_number(hm.group("n")) or 0) if hm.group("n") else 1
            inj_act = 1 + (more if hm.group("more") else 0)
            if not hm.group("more") and (np := _AND_N_PEOPLE.match(sentence, hm.end())):
                inj_act += parse_number(np.group("n")) or 0  # "wounding a guard and two customers"
    if (bm := _BOTH.search(sentence)) is not None:
        if bm.group("v").startswith("kill") and not fat_pass and not fat_act and fat is None:
            fat = 2
        elif not bm.group("v").startswith("kill") and not inj_pass and not inj_act:
            inj_act = 2
    hurts = [v for v in (inj_pass, inj_act) if v]
    if hurts:
        inj = sum(hurts)
    elif inj is None and "escaped with" in sentence and (
            ew := _ESCAPED_HURT.search(sentence)) is not None:
        inj = parse_number(ew.group("n"))  # "Four other passengers escaped with injuries"
        used.append(ew.span())
    elif inj is None and (" who " in sentence or " that " in sentence) and (
            hw := _COUNT_WHO_HURT.search(sentence)) is not None:
        # "Two railway maintenance workers who were inspecting the track nearby were slightly
        # injured": a count, a relative clause, the hurt
        inj = parse_number(hw.group("n"))
        used.append(hw.span())
    if ("lost" in sentence or "amputat" in sentence) and (
            lm := _LOST_LIMB.search(sentence)) is not None and not any(
            a <= lm.start() for a, _b in used):
        # "The employee lost two fingers and two of his colleagues suffered minor injuries":
        # one more hurt, named before the others counted
        inj = (inj or 0) + 1
    him = " him" in sentence or " her" in sentence
    # "killing themselves and three worshippers", "killing four worshippers and herself"
    if (sm := _SELF_AND.search(sentence) or _AND_SELF.search(sentence)) is not None:
        fat = (parse_number(sm.group("n")) or 0) + _selves(sm.group("self"),
                                                           sentence[:sm.start()])
    elif fat and (fat_act or fat_pass) and _THEN_SELF.search(sentence):
        fat += 1
    elif fat is None and "sel" in sentence and (
            km := _KILLED_SELF_ONLY.search(sentence)) is not None:
        # "detonated his vest, killing himself and injuring two guards"
        fat = _selves(km.group("self"), sentence[:km.start()])
        used.append(km.span())
    elif fat is None and him and (hm := _SHOT_HIM_DEAD.search(sentence)) is not None:
        fat = 1  # "stormed the home of a mukhtar and shot him dead"
        used.append(hm.span())
    elif fat is None and " them " in sentence and (
            tm := _TAKEN_THEN_SHOT.search(sentence)) is not None:
        fat = parse_number(tm.group("n"))
        used.append(tm.span())
    elif fat is None and (cm := _COUNT_WHO_KILLED.search(sentence)) is not None:
        fat = parse_number(cm.group("n"))
        used.append(cm.span())
    elif (bm := _BLEW_UP_OTHERS.search(sentence)) is not None and fat == parse_number(
            bm.group("n")):
        fat += 1
    if fat is None and "throats" in sentence and (
            tm := _THROATS_CUT.search(sentence)) is not None:
        fat = parse_number(tm.group("n"))  # "cut the throats of 14 of them"
        used.append(tm.span())
    if him and (rm := _RESPONDERS_KILLED_HIM.search(sentence)) is not None and not any(
            a <= rm.start("v") < b for a, b in used):
        # "stabbed two women to death before soldiers on patrol shot and killed him": the
        # attacker, besides those he killed
        fat = (fat or 0) + 1
        used.append(rm.span())
    for tm in (_TERSE_ONE.finditer(sentence) if fat is None or inj is None else ()):
        # "driver killed, passenger wounded", "… two rebels dead and a soldier wounded"
        if tm.group("v") in ("killed", "dead") and fat is None:
            fat = 1
        elif tm.group("v") in ("wounded", "injured") and inj is None:
            inj = 1
    if fat in (None, 1) and (om := _ONE_AND_N_KILLED.search(sentence)) is not None:
        fat = 1 + (parse_number(om.group("n") or om.group("m") or om.group("p")) or 0)
    if fat and _AS_WAS.search(sentence):
        fat += 1  # "Five people were killed, as was the assailant"
    elif fat and fat_pass and (aw := _AS_WERE_N.search(sentence)) is not None:
        # "Fourteen policemen were killed in the fighting, as were at least nine insurgents"
        fat += parse_number(aw.group("n")) or 0
    elif fat_pass and not fat_act and (pm := _PASSIVE_ALONG.search(sentence)) is not None:
        fat += parse_number(pm.group("n")) or 0  # "6 soldiers died, along with 1 PDF fighter"
    elif fat and (fat_pass or fat_act) and (am2 := _ATTACKERS_THEN_KILLED.search(sentence)):
        # "killing two officers before both attackers were shot dead"
        fat += 2 if am2.group("b") else (parse_number(am2.group("n")) or 0)
    elif fat and (fat_pass or fat_act) and _ATTACKER_SHOT_DEAD.search(sentence):
        fat += 1  # "Two civilians were killed … before a police officer shot the attacker dead"
    elif fat and (pa := _PLUS_ATTACKER.search(sentence)) is not None and not (
            pa.group("n") and any(a <= pa.start("n") < b for a, b in used)):
        # "Five civilians were killed along with the bomber" (but the subject may have counted
        # them already: "Besides the three bombers, thirty people died" is 33)
        fat += parse_number(pa.group("n") or "one") or 1
    elif fat is None and (sm := _ONLY_ONE_KILLED.search(sentence)) is not None:
        fat = 1  # "The bomber was the only person killed"
        used.append(sm.span())
    elif fat is None and (sm := _A_PERSON_KILLED.search(sentence)) is not None:
        fat = 1  # "An Irish national employed by a contractor was shot dead"
        used.append(sm.span())
    if fat is None and "with" in sentence and (km := _KILLED_WITH_KIN.search(sentence)):
        fat = 2 + ((parse_number(km.group("n")) or 1) if km.group("more") else 0)
        used.append(km.span())
    if fat is None and "of " in sentence and (km := _KILLING_OF.search(original)) is not None:
        fat = parse_number(km.group("n")) if km.group("n") else 1
        used.append(km.span())
    if fat is None and "pronounced" in sentence and _PRONOUNCED_ONE_DEAD.search(sentence):
        fat = 1  # "MDA paramedics pronounced the terrorist dead at the scene"
    if fat is None and "surviv" in sentence and _VICTIM_SURVIVED.search(sentence):
        # "The victim, who was hit six times, survived": one hurt, nobody killed
        fat, inj = 0, 1 if inj is None else inj
    # tolls stated as such; when a toll is updated in the sentence ("early reports put the
    # toll at three, … bringing the total to five dead") the last one stands
    tolls = [(m.start(), m, False) for m in _TOLL.finditer(sentence)]
    tolls += [(m.start(), m, True) for m in _PUT_TOLL.finditer(sentence)]
    for _pos, m, per_side in sorted(tolls, key=lambda t: t[0]):
        v = parse_number(m.group("n"))
        if v is not None:
            fat = v + ((parse_number(m.group("m")) or 0) if per_side and m.group("m") else 0)
            used.append(m.span())
    if fat and _NOT_COUNTING.search(sentence) and (tolls or not _PLUS_ATTACKER.search(sentence)):
        fat += 1  # "seven officers dead, not counting the bomber", "this toll excludes the bomber"
    if fat is None and (bm := _BOTH_BODIES.search(sentence) or _BODY_FOUND.search(sentence)):
        fat = 2 if bm.re is _BOTH_BODIES else 1
        used.append(bm.span())
    if inj is None and fat and _NO_OTHER_CASUALTIES.search(sentence):
        inj = 0
    elif inj is None and fat is None and _NO_OTHER_CASUALTIES.match(sentence.lstrip()):
        # "… killing 1 member of the community police. No other casualties reported.", "… one
        # assailant was wounded and detained. No other casualties were reported.": none more,
        # killed or hurt, than those told
        fat = inj = 0
    killed_field = _LABEL_KILLED.search(sentence)
    if killed_field:
        fat = _label_sum(killed_field.group("n"))
        spans.append(killed_field.span())
    m = _NTH_VICTIM.search(sentence) if "th " in sentence or "rd " in sentence else None
    running = m is not None and _DEATH_WORD.search(sentence) is not None
    if running:
        fat = int(m.group("n"))  # "A 6th victim died this morning": the toll is now six
        spans.append(m.span())
    hurt_field = _LABEL_HURT.search(sentence)
    if hurt_field:
        inj = _label_sum(hurt_field.group("n"))
        spans.append(hurt_field.span())
    m = _LABEL_NOBODY.search(sentence) if ":" in sentence else None
    if m:
        # (a field that says nobody beats a count read from free text: "Victims: 2 UPDF
        # activists | Killed/Injured: none reported" were abducted, not killed)
        if not killed_field:
            fat = 0
        if not hurt_field:
            inj = 0
        spans.append(m.span())
    spans.extend(used)
    attackers = False
    am = _ATTACKERS_COUNT.search(sentence)
    if am and fat:
        attackers = parse_number(am.group("n") or am.group("m") or am.group("r")) == fat
    elif fat and _ATTACKERS_DIED.search(sentence):
        attackers = not re.search(
            r"\b(?:civilians?|people|soldiers?|police\w*|officers?|villagers?|children|"
            r"women|guards?|troops|persons?|members|workers?|worshippers|patrons|residents|"
            r"passengers|pupils|students|customers|shoppers|pilgrims|mourners)\b", sentence,
            re.IGNORECASE)
    return Casualties(fat, inj, attackers, tuple(spans), running)


def first_number(text: str) -> int | None:
    m = _NUM_RE.search(_lowered(text))
    return parse_number(m.group()) if m else None


def _lower_patterns() -> None:
    """Recompile this module's IGNORECASE patterns for lower-cased input."""
    for name, value in list(globals().items()):
        if isinstance(value, re.Pattern) and value.flags & re.IGNORECASE:
            src = value.pattern.replace(r"\S", r"[^\s]")
            globals()[name] = re.compile(src.lower().replace("(?p<", "(?P<"))


_lower_patterns()
