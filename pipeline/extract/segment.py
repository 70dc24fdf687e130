"""Group the sentences of an article into incidents.

Why sentence frames: one incident is usually told over several sentences (what happened, then
the toll, then the claim) while an article may report several incidents. Each violent sentence
becomes a frame; a frame opens a new incident when it says so ("another", "preceded by",
"separately"), names a different country, carries a different date, or switches between news and
recalled past; otherwise it adds detail to the incident being told. Sentences about "these
attacks" apply to every incident of the overview they follow.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import pairwise

from pipeline.extract.actors import ATTACKER_NOUNS, dyad_first_side
from pipeline.extract.dates import (
    BACKGROUND_CUE,
    EVENT_YEAR,
    MONTH_WORD,
    PERIOD_TITLE,
    SHORT_YEAR_DATE,
    WEEKDAY_WORD,
    DateMention,
    find_dates,
    is_old,
    month_number,
)
from pipeline.extract.numbers import (
    NUMBER,
    SPOKEN_CORRECTION,
    TAKEN_VERB,
    Casualties,
    find_casualties,
    parse_number,
)
from pipeline.extract.taxonomy import (
    Means,
    accident_in,
    actor_only,
    classify,
    doubt_in,
    harm_told,
    has_signal,
    interceptions_only,
    is_violent,
    names_attack,
    patrol_named,
)
from pipeline.extract.text import (
    AVENGE_WORDS,
    BULLET,
    CLOSING_TOTAL,
    FIELD_LABEL,
    GED_ROW,
    PLACE_HEADING,
    RESPONSE_TO,
    Sentence,
)
from pipeline.geo import HIT_SUBJECT, find_demonyms, find_places
from pipeline.geo.resolve import AVENGED_CLAUSE, CODED_ITEM, alpha2
from pipeline.schema import WEAPON_FAMILY

_EVENT_NOUN = (r"(?:attacks?|incidents?|blasts?|explosions?|bombings?|bombs?|shootings?|"
               r"assaults?|ambush(?:es)?|raids?|strikes?|airstrikes?|clash(?:es)?|shelling|"
               r"suicide\s+(?:attack|bombing)s?|car\s+bombs?|rocket\s+attacks?)")
_YEAR_NAMES_EVENT = re.compile(r"the\s+(?:19|20)\d\d\s+(?:[\w-]+\s+)?" + _EVENT_NOUN + r"\b",
                               re.IGNORECASE)
_EVENT_WORD = re.compile(r"\b" + _EVENT_NOUN + r"\b", re.IGNORECASE)
# ("Turkish authorities attributed the 24 July attack to the PKK": the day names it, too;
# "the Saturday evening incident occurred in Cyitabi Sector")
_ANAPHOR = re.compile(r"\b(?:the|this|that|these|both|(?:" + WEEKDAY_WORD
                      + r"|yesterday|today)['’]s)\s+(?:\d{1,2}\s+" + MONTH_WORD + r"\s+|"
                      + MONTH_WORD + r"\s+\d{1,2}\s+|" + WEEKDAY_WORD
                      + r"\s+(?=(?:morning|afternoon|evening|night)\s))?(?:\w+\s+)?"
                      + _EVENT_NOUN + r"\b",
                      re.IGNORECASE)
# "… sustained a stab wound and was transported to Édouard Herriot hospital in Lyon": where the
# wounded were taken, not where they were hurt
_TAKEN_TO_HOSPITAL = re.compile(r"\b(?:taken|transported|rushed|evacuated|airlifted|transferred|"
                                r"admitted)\s+to\b[^.;]{0,60}?\bhospital", re.IGNORECASE)
# "Sources attributed both attacks to the ADF": a closing attribution told of two acts
_BOTH_ACTS = re.compile(r"\b(?:both|all)\s+(?:\w+\s+)?(?:attacks|incidents|bombings|killings|"
                        r"raids|ambushes)\b", re.IGNORECASE)
# a crisis-mapping report's category field: "Category: Violence > Shooting; Displacement"
_CATEGORY_FIELD = re.compile(r"\s*(?:categor(?:y|ies)|tags?)\s*:[^\n>]*>", re.IGNORECASE)
# "attacked Kharkiv with Shahed drones. One drone hit a building in Shevchenkivskyi district":
# one of the munitions just told, where it fell
_ONE_OF_MUNITIONS = re.compile(r"One\s+(?:of\s+the\s+)?(?:[\w-]+\s+)?(?:drones?|missiles?|rockets?|"
                               r"shells?|bombs?|munitions?|projectiles?)\b")
# (an active deed: not "Border communities were also shelled throughout the day")
_ALSO_ACT = re.compile(r"\b(?:also|additionally)\s+(?:struck|fired|shelled|bombed|attacked|"
                       r"abducted|kidnapped|targeted|hit|launched|detonated|burned|set\s+fire)\b")
# "a second device exploded at Paddington railway station", "a second fire at a Methodist
# church": another bomb or fire, at a place the text names
_SECOND_BOMB_AT = re.compile(r"\b[Aa]\s+second\s+(?:[\w-]+\s+){0,2}?(?:(?:device|bomb|car\s+bomb|"
                            r"explosive\s+device|IED|blast|explosion)\s+(?:also\s+)?(?:exploded|"
                            r"detonated|went\s+off|was\s+detonated)|fire|blaze|arson\s+attack)"
                            r"\s+(?:at|in|near|outside)\s+(?:the\s+|an?\s+)?(?P<n>[A-Z][\w'’-]+)")
# a fight a named force joined: "FARDC troops who arrived later pursued the assailants and
# clashed with the ADF", "Around this date, FARDC and Wazalendo fighters clashed with M23"
_COUNTER_CLASH = re.compile(r"(?:(?:Around\s+this\s+date|Later|Afterwards|Subsequently),?\s+)?"
                            r"(?!The\b|These\b|Those\b)[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*"
                            r"\s+(?:troops|forces|soldiers|fighters|militiamen|militia|units|"
                            r"personnel)?\b[^.;]{0,60}?\bclashed\s+with\b")
# "… set up a false checkpoint near Ksar El Boukhari. The assailants killed 16 travellers."
_ACTOR_ANAPHOR = re.compile(r"(?:The|These|Those)\s+(?:\w+\s+)?(?:assailants|attackers|gunmen|"
                            r"militants|kidnappers|abductors|rebels|insurgents|fighters|"
                            r"perpetrators|raiders|captors)\b")
# an item led by a time of day and no day: "Incident 2: From approximately 1930 local time,"
_CLOCK_LEAD = re.compile(r"(?:[A-Z][\w ]{0,20}\d?:\s+)?(?:At|From|Around|Shortly\s+after|"
                         r"Between)\s+(?:approximately\s+|about\s+|around\s+)?\d{4}\s*(?:local\s+"
                         r"time|hrs|hours|LT)\b(?![^.;]{0,30}\b(?:on|yesterday|today)\b)")
# an anaphor that names the act as another: "the second attack", "the latter strike"
_ANOTHER_ORDINAL = re.compile(r"\b(?:second|third|fourth|latter|later|other|new)\b", re.IGNORECASE)
# a toll told with the place of its act: "more than 300 people were killed at Zoobe"
_TOLL_AT_NAME = re.compile(r"\b(?:killed|injured|wounded|dead)\s+(?:at|in)\s+(?:the\s+)?"
                           r"(?P<n>[A-Z][\w'’-]+)")
# a live page's "09:45 EET — Kyiv update: the toll … has risen to three": the town's act
_UPDATE_OF = re.compile(r"(?:\d{1,2}:\d{2}\s*(?:[A-Z]{2,4}\s*)?[—–-]\s*)?(?P<n>[A-Z][\w'’-]+)\s+"
                        r"update\s*:")
_UPDATED = re.compile(r"\bUPDATE\b|\bnow\s+(?:say|says|put|puts|stands?)\b|\brevised\b|"
                      r"\b(?:has|had)\s+(?:risen|climbed)\b")
# a monitor's accusation: "The Network accused the Rapid Support Forces of launching the
# drone", "armed men believed to belong to a Mai-Mai group"
_ACCUSED_OF = (r"\baccus(?:ed|es|ing)\s+[^.;]{2,60}?\s+of\s+(?:launching|firing|carrying\s+out|"
               r"conducting)\b|\bbelieved\s+to\s+belong\s+to\b")
# who is held responsible, in words that name no other act ("blamed M23 rebels for the
# shelling")
_RESPONSIBLE = re.compile(r"\bclaimed\s+responsibility\b|\blikely\s+to\s+have\s+been\s+"
                          r"(?:carried\s+out|conducted|perpetrated)\s+by\b|" + _ACCUSED_OF
                          + r"|\bblamed\s+[^.;]{2,60}?\s+for\s+the\s+(?:attack|strike|shelling|"
                          r"bombing|killing|shooting)\b")
# what a blame or a claim is for: "blamed for the 10/23/1983 bombing", "TAK had also claimed
# the 02/17/2016 vehicle bombing"
_BLAME_OF_DAY = re.compile(r"\s+(?:responsibility\s+)?(?:for\s+)?the\s+")
# a monitor's words about an act: "condemns the killing of", "calls on … to investigate"
_CONDEMNS = re.compile(r"\b(?:condemns?|condemned|deplores?|mourns?|calls?\s+(?:on|for)|"
                       r"express(?:es|ed)?\s+(?:\w+\s+){0,2}?(?:shock|outrage|horror|sorrow|"
                       r"dismay|grief|indignation)|"
                       r"(?:is|are)\s+(?:deeply\s+|gravely\s+)?(?:saddened|appalled|horrified|"
                       r"shocked)|must\s+(?:\w+\s+){0,3}?investigate|heartbroken|deep\s+sorrow)\b")
# the same captors or captives, told on: "The hijackers demanded …", "They surrendered …"
_CAPTORS_GO_ON = re.compile(r"(?:(?:The|These|Those)\s+(?:\w+\s+)?(?:hijackers|kidnappers|"
                            r"abductors|captors|hostage-takers|hostages|captives)|They)\b")
# "Updated toll from the state prosecutor this afternoon: 9 killed": a count, on a day of its own
_TOLL_HEAD = re.compile(r"\s*(?:the\s+)?(?:updated|revised|new|latest|final|official|provisional)?"
                        r"\s*(?:death\s+)?toll\b", re.IGNORECASE)
# "Sirens in #KiryatShmona at 13:05. … one impacted a street near the town centre."
_PLACE_ANAPHOR = re.compile(r"\bthe\s+(?:town|city|village)\b(?!\s+of\b)", re.IGNORECASE)
_FULL_DAY = re.compile(r"\b\d{1,2}\s+" + MONTH_WORD + r"\s+\d{4}\b", re.IGNORECASE)
# ("Minutes later a second bomber detonated her device": the same day, whatever act it tells)
_MINUTES_LATER = re.compile(r"(?:(?:a\s+few\s+)?minutes|moments|an\s+hour|(?:two|three|a\s+few|"
                            r"several)\s+hours|hours)\s+later\b", re.IGNORECASE)
# ("Several hours later, assailants set fire to the same school": but not "A few hours later
# Omeragic killed himself with a bomb", the attacker's end)
_HOURS_LATER = re.compile(r"(?:(?:two|three|four|a\s+few|several|some)\s+hours\s+later|"
                          r"minutes\s+(?:later|after\s+the\s+(?:attack|shooting)))\b(?![^.;]*"
                          r"\b(?:himself|herself|themselves)\b)", re.IGNORECASE)
# ("The same day, Israeli forces retaliated with an airstrike on a house in Touline")
_LATER_IN_DAY = re.compile(r"(?:later\s+)?in\s+the\s+(?:afternoon|evening)\s*,|(?:later\s+)?"
                           r"(?:on\s+)?(?:the|that)\s+same\s+(?:day|evening|night|afternoon)\s*,|"
                           r"later\s+that\s+(?:day|evening|night)\s*,", re.IGNORECASE)
# a digest's bulleted item led by its place ("- Gwoza town: Minutes later, a second bomber …")
_ITEM_LEAD = re.compile(r"[-–—•*]\s*[A-Z][^:.;]{0,60}:\s+")


def _bullet_end(text: str) -> int:
    """Where a bulleted line's words begin ("- Sake town: …")."""
    return 2 if text[:2] in ("- ", "• ", "– ") else 0


def _item_lead(text: str) -> int:
    """Where a sentence's own words begin after a digest item's place label, if it has one."""
    m = _ITEM_LEAD.match(text)
    return m.end() if m else 0


# a news report's paragraph of context, which recalls earlier acts ("The incident comes barely
# six weeks after gunmen attacked mourners at Umogidi", "The encounter follows a series of NPA
# attacks", "Wadi al-Shay … has long served as a hideout for ISIS cells")
_CONTEXT_OPENER = re.compile(
    # (weeks or months: "comes a day after the gunfight" is the same news)
    r"\b(?:comes?|came)\s+(?:barely\s+|just\s+|only\s+|less\s+than\s+|more\s+than\s+)?"
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+(?:weeks?|"
    r"months?)\s+)?after\b|\b(?:follows|followed)\s+(?:a\s+(?:series|spate|wave|string)\s+of|"
    r"(?:an?|the)\s+(?:similar|earlier|previous)\b)|\bthe\s+latest\s+in\s+a\s+(?:series|string|"
    r"spate|wave)\b|\bhas\s+long\s+(?:served|been)\s+(?:as\s+)?a\s+(?:hideout|hotbed|stronghold|"
    r"flashpoint)\b|\btensions?\s+(?:has|have)\s+been\s+high\b|\bcame\s+to\s+(?:national\s+)?"
    r"attention\b|\bha(?:s|ve)\s+(?:witnessed|seen|suffered)\s+(?:a\s+)?(?:series|spate|wave|string)"
    r"\s+of\b", re.IGNORECASE)
_CONTEXT_KEYS = re.compile(r"came |comes |follow|latest in|has long|have long|been high|attention|"
                           r"series of|spate of|wave of|string of")


def _context_opens(text: str) -> bool:
    """Whether a news report's sentence opens its context (read behind a literal key test: the
    pattern costs every sentence otherwise)."""
    low = text.lower()
    return _CONTEXT_KEYS.search(low) is not None and _CONTEXT_OPENER.search(text) is not None


# a digest's comment on its items, which recalls earlier acts to compare them
_ASSESSMENT_HEAD = re.compile(r"(?:Assessment|Background|Context|Analysis|Comment|Outlook|"
                              r"ASSESSMENT|BACKGROUND|CONTEXT|ANALYSIS|COMMENT|OUTLOOK)\s*:")
# the act a record's act answers or follows ("in response to", "in retaliation for")
_CAUSE_BEFORE = re.compile(r"\b(?:(?:in|as|was)\s+(?:a\s+)?" + RESPONSE_TO + r"|"
                           r"(?:came|comes|followed|follows)\s+(?:\w+\s+)?(?:after|days\s+after)|"
                           r"to\s+avenge|revenge\s+for)\b", re.IGNORECASE)
# an act told as before the record's own: in the pluperfect, or the start of the war it is in
# (and "the second bombing in the town in less than a week, following an explosion during a
# festival parade on 08/28/2018")
_TOLD_AS_EARLIER = re.compile(r"\bhad\s+(?!to\b)(?:also\s+|already\s+|previously\s+|earlier\s+)?"
                              r"(?:been\s+)?[a-z]+\b|\b(?:war|conflict|fighting|violence|"
                              r"offensive|hostilities|clashes)\s+(?:[\w-]+\s+){0,4}?(?:started|"
                              r"began)\b|\bfollowing\s+(?:an?|the)\b", re.IGNORECASE)
# ("The security operation ended on the evening of 12 March": a hijacking's end)
_STANDOFF_ENDED = re.compile(r"\b(?:siege|stand-?off|hostage[\s-]taking|hostage\s+crisis|"
                             r"occupation|(?:security|rescue|military)\s+operation)\s+"
                             r"(?:ended|was\s+ended|came\s+to\s+an\s+end|was\s+broken|was\s+over)"
                             r"\b", re.IGNORECASE)
# ("Russian shelling of the town on 28 February 2025 had killed 2 civilians")
_HAD_AFTER = re.compile(r",?\s+had\s+(?!to\b)(?:been\s+)?[a-z]+")
# ("exploded in the Rahimawa neighborhood": a place named, known or not)
_PLACE_WORD_AFTER_NAME = re.compile(r"\b[A-Z][\w'’-]+\s+(?:neighbou?rhood|district|quarter|area|"
                                    r"market|village|square|street|road)\b")
_SAME_PLACE = re.compile(r"\bthe\s+same\s+(?:unit|area|village|town|position|base|post|"
                         r"checkpoint|place|location|spot|road|camp|station|district|"
                         r"neighbou?rhood|school|market|mosque|church|building|compound)\b",
                         re.IGNORECASE)
# "The same day, suspected bandits shot dead two farmers": another incident, on the day of the
# one before (not "found the next day")
_SAME_DAY_WORDS = (r"(?:on\s+)?(?:later\s+)?(?:the|that)\s+same\s+(?:day|night|evening|morning|"
                   r"afternoon)|at\s+(?:(?:almost|about|nearly|roughly|around)\s+)?the\s+same\s+"
                   r"time|simultaneously(?=\s*,)|"
                   r"(?:later|earlier)\s+that\s+(?:day|night)|"

                   r"^(?:later|earlier)\s+in\s+the\s+(?:day|night)|"
                   r"(?<![\w\s])\s*Same\s+day(?=,)|"
                   # an event note's next act: "Around this date, the military shelled …"
                   r"^(?:around|on\s+or\s+around|about)\s+(?:this|the\s+same|that)\s+date(?=,)|"
                   # a hurried report's "same night in Kadou 12 killed"
                   r"^same\s+(?:day|night|evening|morning)\b")
# "khawarij of the TTP attacked the police checkpoint": a named group acted, no reference
_NAMED_ACTED = re.compile(r"\b(?:the|its)\s+(?:[a-z][\w-]*\s+)?[A-Z][\w-]*\s+[a-z]+ed\b")
# "2 events, 14 Sep 2022.", "2 events coded", "Coded as 2 events": a note telling several
_EVENTS_COUNTED = (r"\b(?:\d|two|three|four)\s+events?(?:\s+(?:coded|recorded))?\b(?=\s*[,.;:]|"
                   r"\s+(?:coded|recorded))|\bcoded\s+as\s+(?:\d|two|three|four)\s+events\b")
# "daily situation report for 14 January": the day a bulletin's items happened
_REPORT_FOR = re.compile(_EVENTS_COUNTED + r"|"
                         r"\b(?:report|update|summary|bulletin|roundup|round-up|situation)\s+"
                         r"(?:for|over|during)\s+|\bthe\s+following\s+(?:incidents|attacks|"
                         r"events)\b|"
                         # "Donetsk Oblast, 28 Feb (regional police summary, posted this
                         # morning):": a list's heading, its day before the colon
                         r"^[^.:]{0,40}?\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\b[^.:]{0,80}:\s*$",
                         re.IGNORECASE)
_ENTRY_AFTER_DATE = re.compile(r"\s*(?:[|–—:(]|-\s)|\s+[A-Z]{3,}\b")
# a local paper's dateline with its day ("SRINAGAR, Nov 20:", "GURDASPUR, JANUARY 14:")
_DATELINE_DAY = re.compile(r"[A-Z][A-Z .'’-]{2,30},\s+(?i:" + MONTH_WORD
                           + r")\.?\s+\d{1,2}\s*[:—–]")
# a report titled by its kind ("SOMALIA – Daily Security Report – 31 Oct 2022", "Flash Update")
REPORT_WORD = re.compile(r"\b(?:flash\s+update|(?:humanitarian|situation|security|weekly|daily|"
                          r"monthly|election[\s-]day|polling[\s-]day)\s+(?:situation\s+)?"
                          r"(?:update|report|overview|snapshot|bulletin|brief)|sitrep|"
                          r"situation\s+report|incident\s+log|(?:statement|report|update|"
                          r"briefing)\s+on\s+(?:the\s+)?election[\s-]day)\b", re.IGNORECASE)
_SOURCE_HEAD = re.compile(r"\s*Source\s*:\s*[^.:]{2,80},\s*\S", re.IGNORECASE)
# a day a note names by its weekday or as yesterday (not "overnight": a record's own date is
# already the night's)
_NIGHT_ONLY = re.compile(r"\bovernight\b", re.IGNORECASE)
_TOLD_DAY = re.compile(WEEKDAY_WORD + r"|(?i:yesterday)")
_THAT_TIME = re.compile(r"\bthat\s+(?:morning|day|night|afternoon|evening)\b", re.IGNORECASE)
# "three struck the centre of Vinnytsia": where the toll told next was taken, though the
# sentence names no weapon
_HIT_PLACE = re.compile(r"\b(?:struck|hit|landed\s+(?:in|on))\s+(?:the\s+)?(?:(?:centre|center|"
                        r"outskirts|heart)\s+of\s+)?[A-Z]")
# the aftermath's day, not the act's: "rescuers were still searching the rubble yesterday"
_AFTERMATH_BEFORE = re.compile(r"\b(?:were|was)\s+still\s+(?:searching|digging|looking|"
                               r"working|pulling|clearing)\b[^.;]{0,40}$")
_IMAGERY_BEFORE = re.compile(r"\b(?:imagery|images?|photos?|photographs?|pictures?|captured|"
                             r"collected|acquired|taken)\s+(?:[\w-]+\s+){0,3}?(?:from|of|on|between|dated)\s+"
                             r"(?:the\s+)?(?:morning\s+of\s+|afternoon\s+of\s+)?$|\bcomparing\s+"
                             r"(?:[\w-]+\s+){0,3}?(?:from|of|between)\s+$", re.IGNORECASE)
_AND_BETWEEN = re.compile(r"\s*(?:,|and|to|-|–)\s*(?:on\s+)?")
_BURIAL_BEFORE = re.compile(r"\b(?:laid\s+to\s+rest|buried|interred|burial|funeral\s+(?:was\s+|"
                            r"will\s+be\s+)?held)\b[^.;]{0,40}$")
# a casualty record's field: "Name: … | Date of death: 12/03/2024 | …"
_DEATH_RECORD = re.compile(r"\bDate\s+of\s+death\s*:\s*\d", re.IGNORECASE)
# a death told days after the act: "died on Thursday … of burns he suffered in Sunday's bombing"
_DIED_OF_WOUNDS = re.compile(r"\b(?:died|succumbed|passing|passed\s+away)\b[^.;]{0,120}?\b"
                             r"(?:of|from|to)\s+(?:his\s+|her\s+|their\s+|the\s+)?(?:\w+\s+)?(?:wounds|injuries|burns)\s+"
                             r"(?:\w+\s+)?(?:suffered|sustained|received|inflicted)\b",
                             re.IGNORECASE)
# a reporter's question at a briefing ("Q: There are reports of explosions in Dnipro"): another
# act than the one the briefer told, unless it points back to it ("Q: Was this attack …")
_QUESTION_LABEL = re.compile(r"^\W*(?:Q|QUESTION|JOURNALIST|REPORTER)\s*:\s")
# an interview's turns: "A: …" or the interviewer's "INTERVIEWER:"/"PRESENTER:" mark one, and
# its header gives the day recorded ("Interview recorded on 18 June 2024 in Tawila")
_ANSWER_TURN = re.compile(r"^\W*(?:(?:A|ANSWER|WITNESS|INTERVIEWEE)\b[^:\n]{0,40}|INTERVIEWER|"
                          r"PRESENTER|HOST):\s")
_INTERVIEWER_TURN = re.compile(r"^\W*(?:Q|QUESTION|INTERVIEWER|PRESENTER|HOST|REPORTER)\s*:\s")
_RECORDED_ON = re.compile(r"^\W*(?:[\w'’,-]+\s+){0,8}?(?:recorded|collected|conducted|broadcast|"
                          r"taken|given|held)\s+(?:[\w'’-]+\s+){0,5}?on\s+", re.IGNORECASE)
_TOPIC_ANNOUNCED = re.compile(r"\b(?:start|begin|open)\s+with\s+(?:an\s+update\s+on\s+)?"
                              r"(?:yesterday|today|this\s+morning|last\s+night|[A-Z]?[a-z]+day)"
                              r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:attack|operation|strike|raid|"
                              r"bombing|shooting|incident|explosion)\b", re.IGNORECASE)
_SAME_DAY = re.compile(r"\b(?:" + _SAME_DAY_WORDS + r")\b", re.IGNORECASE)
# how many days, weeks or months a note counts in words ("three days later", "came a week
# after")
_DAY_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNT_WORD = r"(?:" + "|".join(_DAY_COUNT) + r"|\d)"


def _count(word: str) -> int:
    return _DAY_COUNT.get(word.lower()) or int(word)


# "A day earlier, security forces killed three Maoists", "Hours later, gunmen shot dead a
# headman", "Earlier on Monday a roadside bomb struck": another incident, dated from the one
# told before it (days back or forward; 0 for hours or the same weekday)
_SHIFTED_DAY = re.compile(
    r"\W*(?:on\s+)?(?:(?P<n>" + _COUNT_WORD + r")\s+days?\s+(?P<dir>earlier|before|later|after)|"
    r"the\s+(?P<prev>previous|next|following)\s+day|the\s+day\s+(?P<before>before|after)\b"
    r"(?!\s+yesterday)|(?:a\s+few\s+|several\s+|some\s+)?hours\s+(?:later|earlier)|"
    r"(?:about\s+|some\s+|around\s+|less\s+than\s+|under\s+|barely\s+|within\s+)?(?:an|"
    r"half\s+an)\s+hour\s+(?:later|earlier)|within\s+(?:the\s+same\s+hour|(?:an|the)\s+hour|"
    r"minutes)\b|"
    r"(?:earlier|later)\s+on\s+" + WEEKDAY_WORD + r")\b", re.IGNORECASE)
# "killed in that raid", "claimed that assault": the event just told ("suspected that the
# bombings were …", "claimed that the strikes were retaliation for …" is no pointer)
_THAT_EVENT = re.compile(r"\b(?:in|of|during|from|after|for|claimed)\s+(?:responsibility\s+for\s+)?"
                         r"(?:that|those)\s+(?!the\s|a\s)(?:\w+\s+)?" + _EVENT_NOUN + r"\b",
                         re.IGNORECASE)
_CLAIMED_THE = re.compile(r"\bclaim(?:ed|s|ing)\s+(?:responsibility\s+for\s+)?(?:the|this|both)\s+"
                          r"(?:[\w-]+\s+)?" + _EVENT_NOUN + r"\b", re.IGNORECASE)
_FOLLOWED_CUE = re.compile(
    r"\b(?:follows?|followed|came\s+(?:(?:days|weeks|shortly|soon|just|barely)\s+)?after|"
    r"(?:was|were)\s+(?:triggered|sparked|prompted|set\s+off)\s+by|escalated\s+(?:following|"
    r"after)|(?:began|started)\s+(?:with|after))\b", re.IGNORECASE)
# the act just told as the subject of what followed: "The shelling followed …"
_THE_ACT_FOLLOWED = re.compile(r"(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|shelling|"
                               r"strikes?|airstrikes?|bombings?|ambush|raids?|explosions?|blasts?|"
                               r"assaults?|clash(?:es)?|killings?|abductions?)\s+(?=follow|came)")
_CAME_AFTER = re.compile(
    r"\W*(?:it|this|that|the\s+(?:[\w-]+\s+){0,2}?(?:attack|blast|bombing|strike|ambush|"
    r"explosion|killing|raid|incident|shelling|assault|abduction|kidnapping)s?)\s+came\s+"
    r"(?:just\s+|only\s+|barely\s+)?(?P<n>an|" + _COUNT_WORD + r")\s+"
    r"(?P<u>days?|weeks?|months?|hours?|minutes?)\s+after\b", re.IGNORECASE)
# "in the Kadhimiya district of the city": a place of its own the gazetteer may lack
_NAMED_QUARTER = re.compile(r"\b(?:in|near|at)\s+the\s+[A-Z][\w'’-]+\s+(?:district|"
                            r"neighbou?rhood|quarter|suburb|area)\b")
# "About twenty minutes later, as investigators gathered, a second device … exploded, killing
# 1": a device timed to hit those who came, another incident with its own toll
# "In a separate incident, an IED exploded near a Levies vehicle …": a note's next act, of the
# day the note has told (a record's own date dates it anyway)
_SEPARATE_INCIDENT = re.compile(r"\W*in\s+(?:a|another)\s+separate\s+(?:incident|attack|"
                                r"development|event)\b", re.IGNORECASE)
_AFTERMATH = re.compile(r"\b(?:funerals?|burials?|buried|mourners|vigils?|memorial\s+services?)\b",
                        re.IGNORECASE)
# ("The ELN on Monday claimed responsibility for Thursday's car bomb attack")
_CLAIMED_FOR = re.compile(r"\b(?:claimed|claims|claiming)\s+(?:responsibility|credit)\s+for\b",
                          re.IGNORECASE)
_TOLL_ROSE = re.compile(r"\btoll\b[^.;]{0,120}?\b(?:rose|risen|rises|climbed|increased|jumped)\b",
                        re.IGNORECASE)
_ON_DAY_LEAD = re.compile(r"\W*On\s+(?:the\s+(?:night|evening|morning|afternoon)\s+of\s+)?")
_LATER_DEVICE = re.compile(
    r"(?:^|.*?[:;]\s*)\W*(?:(?:about\s+|some\s+|around\s+|roughly\s+)?(?:\w+|an|half\s+an)\s+"
    r"(?:minutes?|hours?)\s+later|(?:shortly|soon|moments|minutes)\s+(?:afterwards|after(?:ward)?|"
    r"later)|later\s+(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)),?\s+"
    r"(?:[^.;]{0,80}?,\s+)?(?:a|the|another)\s+(?:(?:second|third|fourth)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:bomb|device|vbied|ied|explosive|car\s+bomb|bomber|blast|explosion)s?"
    r"\b", re.IGNORECASE)
_SECOND_DEVICE = re.compile(r"\ba\s+second\s+(?:car|truck|roadside|suicide|motorcycle)\s+"
                            r"(?:bomb|bomber|blast|attack)", re.IGNORECASE)
# ("Also on Monday, a drone strike on a car near Bint Jbeil killed two men")
_ALSO_DAY = re.compile(r"\s*also\s+(?:on\s+)?(?:that\s+day|the\s+same\s+day|monday|tuesday|"
                       r"wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_NEW_MARKER = re.compile(
    r"\b(?:(?:in\s+)?another\s+(?:\w+\s+)?" + _EVENT_NOUN
    + r"|in\s+an?\s+unrelated\s+(?:\w+\s+)?" + _EVENT_NOUN
    + r"|separate(?:ly)?(?!\s+(?:statement|report|interview|briefing|post|message|press|"
    r"comments?|remarks)|\s+(?:said|told|added|noted|confirmed))|elsewhere|meanwhile|"
    r"in\s+a\s+second|a\s+second\s+(?:attack|blast|bomb|bomber|explosion)|"
    # ("a second female bomber": another attacker; "a second, larger vehicle bomb": another blast
    # set against the first; but "a second car bomb" with no place of its own is the same act's)
    r"a\s+second\s+(?:[\w-]+\s+){1,2}?bomber|a\s+second,\s+(?:[\w-]+\s+){0,2}?(?:attack|blast|"
    r"bomb|explosion)|further\s+(?:south|north|east|west)|"
    r"(?:in|to)\s+the\s+(?:south|north|east|west)(?=\s*,)|in\s+a\s+second\s+"
    r"(?:attack|blast|bomb|explosion)|preceded\s+by|followed\s+by|follows?\s+(?:a|an)\b|"
    r"came\s+(?:a\s+\w+\s+)?after|in\s+other\s+(?:violence|attacks|incidents)|"
    r"in\s+a\s+related|in\s+a\s+further|earlier\s+this\s+(?:week|month)|"
    # ("At almost the same time, an explosive device … exploded in al-Shaab district")
    r"^\W*at\s+(?:almost|about|nearly|roughly|around)\s+the\s+same\s+time\b|"
    # "In the second, in the Khar area of Bajaur District, three khwarij were neutralised":
    # a statement's operations counted off
    r"in\s+the\s+(?:second|third|fourth|fifth|sixth|last|final)(?:\s+(?:operation|incident|"
    r"attack|strike|raid|encounter|engagement|case))?(?=\s*,)|"
    # "Hezbollah said it retaliated that evening by firing …", "in what local sources
    # described as retaliation, gunmen attacked …": the answer is another incident
    r"retaliated\s+(?:[\w-]+\s+){0,3}?by|in\s+what\s+(?:[\w-]+\s+){0,4}?described\s+as\s+"
    r"(?:a\s+)?retaliation|" + _SAME_DAY_WORDS
    + r")\b"
    # "Incident 2: On Wednesday morning, …": an advisory's numbered incidents
    r"|\bincident\s+(?:\d+|two|three|four|five)\s*:|(?:^|\s)\d{1,2}\)\s*(?:incident|event)\s*:"
    # "On the following day, the army fired artillery at …": a note's next act, a day on
    r"|^(?:on\s+)?the\s+(?:following|next)\s+day(?=,)"
    # a citizen's report's next act: "also in Zonkwa 2 men killed by machete", "also whole night
    # russian Grads hitting Saltivka" (not "Also killed was the driver": the same act's toll)
    r"|^also\b(?!\s*,?\s*(?:said|says|told|reported|confirmed|killed|injured|wounded|hurt|dead|"
    r"among|arrested|present|on\s+board|in\s+the\s+(?:car|vehicle|bus|house)|"
    r"(?:this|that|last|in\s+the|during\s+the)\s+(?:month|week|year|period)))",
    re.IGNORECASE,
)
# "• Shopian: Security forces killed two militants …": a brief's bulleted item, one per place
# ("(2) IED vs HTS checkpoint at Sarmada …": a record's numbered items)
# a live page's entry stamp: "13:20 EET — From our correspondent in Odesa", "Updated 16:40",
# "Posted at 11.05am", "2h ago", "Key event", "Breaking"
_LIVE_STAMP = re.compile(
    r"\s*(?:(?:Updated|Posted(?:\s+at)?|Published)\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?"
    # (a stamp set off by a dash, or by a gap as wide as a column's: "08:30  Kherson: …")
    r"(?:\s+[A-Z]{2,4})?(?=\s*(?:[—–|-]|$)|(?:\s{2,}|\t)[A-Z\d])|"
    r"\d{1,2}\s*(?:h|hrs?|m|mins?)\s+ago\b)"
    r"|\s*(?:Key\s+event|Breaking(?:\s+news)?)\s*(?::|[—–-]|$)")
def _covered_day(text: str, cov: re.Match[str], today: dt.date) -> DateMention | None:
    """The day a report's "(covering 11/03)" names: read in whichever order puts it within a
    week before the report's own day."""
    told = [d for d in find_dates(text, today) if d.precision == "day"]
    own = next((d for d in told if d.start < cov.start()), None)
    later = next((d for d in told if d.start >= cov.start("d")), None)
    if later is not None or own is None:
        return later
    a, b = (int(x) for x in re.split(r"[/.]", cov["d"])[:2]) if "/" in cov["d"] or (
        "." in cov["d"]) else (0, 0)
    for day, month in ((a, b), (b, a)):
        try:
            d = dt.date(own.date.year, month, day)
        except ValueError:
            continue
        if 0 < (own.date - d).days <= 7:
            return DateMention(d, "day", cov.start("d"), cov.end("d"), True)
    return None


# ("- Bint Jbeil (Nabatieh gov.): IDF drone strike …": its place, and the region in brackets)
_BULLET_ITEM = re.compile(r"\s*" + BULLET + r"\s*[A-Z][\w'’ .-]{1,40}(?:\s*\([^()]{1,40}\))?:|"
                          r"\s*\(\d{1,2}\)\s")
_COVERING = re.compile(r"\(covering\s+(?P<d>\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}\s+"
                       r"[A-Z][a-z]+)", re.IGNORECASE)
_RELATED_ATTACK = re.compile(
    r"\b(?:part\s+of\s+a\s+(?:multiple|coordinated|simultaneous)\s+attack|one\s+of\s+(?:two|three|"
    r"four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d+)\s+(?:related|coordinated|simultaneous|near-simultaneous|linked)\s+"
    r"(?:attacks|bombings|blasts|explosions|incidents)(?:[^.;]{0,40}?(?:on\s+this\s+date|that\s+"
    r"(?:night|day|morning|evening)))?|(?:devices|bombs)\s+also\s+exploded)[;:,]?",
    re.IGNORECASE)
_IN_RESPONSE = re.compile(r"\bin\s+(?:response|retaliation|reprisal)\b")
_THE_OTHERS = re.compile(r"\bthe\s+(?:other|remaining)\s+(?:\w+\s+)?(?:attacks|bombings|blasts|"
                         r"explosions|devices|incidents)\b|\bthe\s+others\b", re.IGNORECASE)
# a security report's item, led by its region in capitals and its district: "YOBE / Geidam: At
# approx. 1030 hrs an IED struck …", "NORTH KIVU / Goma (Mugunga, Lac Vert): …"
_AREA_ITEM = re.compile(r"\s*[A-Z][A-Z'’ .&()-]{1,40}\s*/\s*[A-Z][^:.;\n]{1,60}:\s|"
                        # ("KHARKIVSKA OBLAST – Kharkiv city: at approx. 0310hrs …")
                        r"\s*(?!(?:FLASH|UPDATE|BREAKING|URGENT|ALERT|CORRECTION|NOTE)\b)"
                        r"[A-Z][A-Z'’ .&()-]{1,40}\s[–—]\s[A-Z][^:.;\n–—\d]{1,60}:\s|"
                        # ("Nana-Mambéré / Baboua — This morning …": a log's item, its region and
                        # place, then a dash)
                        r"\s*[A-Z][\w'’ .&()-]{1,40}\s/\s[A-Z0-9][^:.;\n—–/]{1,60}\s[—–]\s")
# ("- Earlier in the day IDF artillery shelled …": a bullet that names an act of its own; not
# "- Local authorities report that 14 were killed", the toll of the item before)
_BULLET = re.compile(r"\s*" + BULLET + r"\s")
# a day's toll broken down by town, its items told after: "the Russians killed 3 residents of
# Donetsk oblast: 2 in Kostiantynivka and 1 in Pokrovsk"
_TOLL_PER_TOWN = re.compile(r":\s*\d+\s+in\s+[A-Z][\w'’-]+(?:(?:,|\s+and)\s+\d+\s+in\s+"
                            r"[A-Z][\w'’-]+)+")
_TALLY = re.compile(r"\b\d+\s+(?:attacks|strikes|times|settlements|localities|communities|"
                    r"towns(?:\s+and\s+villages)?|rounds)\b|"
                    # a coder's note of several ("… raided the camp Tue; 2 events coded. (1) …")
                    + _EVENTS_COUNTED + r"|"
                    # ("we documented three attacks on civilians in Centre-Nord")
                    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                    r"(?:attacks|strikes)\b|"
                    # ("struck four settlements in the region", "attacked border villages",
                    # "shelled the frontline communities of the district")
                    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                    r"(?:[\w-]+\s+)?(?:settlements|localities|communities|hromadas)\b|"
                    # ("carried out coordinated attacks on religious sites and police in two
                    # cities of the Republic of Dagestan", then each city's attack)
                    # ("near-simultaneous attacks in Derbent and Makhachkala")
                    r"\b(?:near-?)?(?:coordinated|simultaneous|separate)\s+attacks\b[^.;]{0,80}?"
                    r"\bin\s+(?:(?:two|three|four|five|six|several)\s+(?:cities|towns|provinces|"
                    r"districts)\b|[A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+(?=\s*[,.;]))|"
                    r"\b(?:border|frontline|"
                    r"front-line)\s+(?:villages|areas|settlements|communities|districts|"
                    r"hromadas)\b", re.IGNORECASE)
# a note's closing "Both attributed to RSF by the government": the two acts it told
_BOTH_BLAMED = r"^\W*both\s+(?:were\s+|are\s+)?(?:attributed|claimed|blamed|suspected)\b"
_PLURAL_REF = re.compile(
    r"\b(?:these|those|both|the|all\s+the|all\s+three|all\s+of\s+the)\s+(?:\w+\s+)?"
    r"(?:attacks|strikes|incidents|blasts|explosions|bombings)\b|" + _BOTH_BLAMED,
    re.IGNORECASE,
)
_HARM = re.compile(r"\b(?:killed|killing|injured|injuring|wounded|wounding|dead|died|hurt|"
                   r"casualties)\b", re.IGNORECASE)
# (not "alleged that a Coalition air strike hit …": "that" a conjunction, the act indefinite)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|that|its)\s+(?!an?\s)(?:[\w-]+\s+){0,2}$",
                              re.IGNORECASE)
# a sentence that says who did it: a claim, a blame, an identification, a conviction
_CLAIM_OR_CAUSE = re.compile(
    r"\bclaim\w*|\bresponsib\w*|\bblam(?:ed|es?)\b|\bsuspect(?:ed|s)?\b|\bbehind\s+the\b|"
    r"\bbelieved\s+to\s+have\s+been\b|\b(?:likely|probable|main|prime)\s+(?:perpetrator|"
    r"culprit)s?\b|"
    r"\battribut(?:ed|es?)\b|\bidentified\s+(?:the\s+)?(?:\w+\s+)?" + ATTACKER_NOUNS + r"\s+as\b|"
    r"\bspokes(?:man|woman|person)\s+for\b|"
    r"\bsaid\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?carried\s+out\b|"
    r"\b(?:said\s+(?:it|they)\s+(?:was|were)|claimed\s+to\s+be)\s+holding\b|"
    r"\bdescribed\s+(?:[\w\s]{0,30}?)as\s+members\s+of\b|\bheld\s+responsible\b|\bconvicted\b|"
    # ("the Prime Minister says the evidence points to the Islamic State group")
    r"\b(?:evidence|investigation|signs|indications)\s+points?\s+to\b|"
    # who laid the mine that went off: "Local officials said the mine was planted by Houthi
    # forces", "mines planted by the Armenian armed forces during the occupation"
    # ("the field was mined by Russian forces", "the mine was left behind by Islamic State
    # fighters", "an area that Houthi forces mined before they were pushed back")
    r"\b(?:planted|laid|left\s+behind|mined|booby-trapped)\s+by\b|\bforces\s+mined\b|"
    + _ACCUSED_OF, re.IGNORECASE)


@dataclass(slots=True)
class Frame:
    sent: Sentence
    index: int
    means: Means | None
    violent: bool
    dates: list[DateMention]
    casualties: Casualties
    countries: set[str]
    towns: set[str]
    background: bool
    new_marker: bool
    plural_ref: bool
    doubt: bool

    @property
    def placed(self) -> bool:
        return bool(self.countries or any(d.explicit for d in self.dates))

    @property
    def substantive(self) -> bool:
        return bool(self.countries or any(d.explicit for d in self.dates)
                    or self.casualties.fatalities is not None
                    or self.casualties.injured is not None)

    @property
    def tells_incident(self) -> bool:
        """A place, a date or someone hurt: "the blasts … caused no damage and no injuries"
        after a controlled detonation tells none of these, and refers back to what was told."""
        c = self.casualties
        return bool(self.countries or any(d.explicit for d in self.dates)
                    or (c.fatalities or 0) > 0 or (c.injured or 0) > 0)


@dataclass(slots=True)
class Group:
    frames: list[Frame] = field(default_factory=list)
    extra: list[Sentence] = field(default_factory=list)  # non-violent detail sentences
    date: DateMention | None = None
    background: bool = False
    overview_date: DateMention | None = None
    fatalities: int | None = None
    injured: int | None = None
    casualty_sentences: list[Sentence] = field(default_factory=list)
    doubt: bool = False
    countries: set[str] = field(default_factory=set)
    towns: set[str] = field(default_factory=set)
    overview: int = -1  # index of the overview this incident belongs to
    provisional: bool = False  # its toll so far is a first report ("Police first reported 4")
    attackers_only: bool = False  # its deaths so far are all the attackers'
    headline: bool = False  # its toll so far is a headline's, which may sum several incidents
    # a bulletin's item: the sentence that leads the list ("Russian forces carried out 78
    # attacks …", "the Russian army kept hitting the Nikopol district …") says who acted
    lead: Sentence | None = None

    @property
    def means(self) -> Means | None:
        ms = [f.means for f in self.frames if f.means is not None]
        strong = [m for m in ms if m.strength == 2]
        first = (strong or ms or [None])[0]
        if first is not None and not first.remnant and first.weapon not in (
                "drone", "aircraft", "missile") and (
                left := next((m for m in strong if m.remnant), None)) is not None:
            # "children killed by unexploded tank shell" after "Raqqa - explosive hazards": the
            # remnant that went off is the act, whatever the headline called it
            return left
        if first is not None and first.sub_event_type == "explosion_unknown_cause" and (
                not first.remnant):
            # "an explosion ripped through a minibus" then "the device had been placed inside":
            # a later, more specific means names it (unless only alleged or denied)
            for f in self.frames[1:]:
                m = f.means
                if (m is not None and m.strength == 2 and m.sub_event_type != first.sub_event_type
                        and not _HEARSAY.search(f.sent.text)):
                    return m
        return first

    @property
    def sentences(self) -> list[Sentence]:
        # (a sentence attached twice, as a label and as what an anaphor points to, is one)
        once = {s.start: s for s in [f.sent for f in self.frames] + self.extra}
        return sorted(once.values(), key=lambda s: s.start)

    def take_later_count(self, c: Casualties, sent: Sentence) -> None:
        """A count told again later (a recap, an update on air) replaces the toll when it is
        higher; a lower or missing one leaves it."""
        if c.fatalities and (self.fatalities is None or c.fatalities > self.fatalities):
            self.add_casualties(c, sent, override=True)

    def add_casualties(self, c: Casualties, sent: Sentence, override: bool = False) -> None:
        changed = False
        if self.provisional and sent not in self.casualty_sentences and _REVISION.search(
                sent.text.lower()):
            # "Police first reported 4 people killed. … the figure was later revised to 11."
            override = True
        if c.running_toll:
            override = True  # "A 6th victim died this morning": the running toll
        if c.fatalities is not None and _VERIFIED_TOLL.search(sent.text) and (
                not _PERIOD_COUNT.search(sent.text)):
            # "Authorities said seven civilians were killed … HRMMU corroborated the deaths of
            # five civilians": a monitor's own verified count is the record's
            override = True
        if c.fatalities is not None and _CODED_AS.search(sent.text):
            # "PDF claimed that 8 soldiers were killed … Fatalities coded as 3 as a conservative
            # estimate.": the coder's figure is the note's
            override = True
        if c.fatalities is not None and self.attackers_only and CLOSING_TOTAL.match(sent.text):
            # "… CRPF personnel returned fire, killing 10 militants. 10 fatalities.": a note's
            # closing total is the act's whole count, not more attackers dead
            override = True
        if (c.fatalities and self.injured and c.fatalities <= self.injured
                and not self.fatalities and _WOUNDED_DIED.match(sent.text)):
            # "An IDF soldier was critically wounded … He later succumbed to his wounds", "One of
            # them later died in hospital": the wounded who died are counted once, as dead
            self.injured -= c.fatalities
        elif (c.fatalities and self.fatalities and self.injured and c.fatalities <= self.injured
              and sent not in self.casualty_sentences and not override
              and (m := _WOUNDED_DIED.match(sent.text)) is not None
              and _OF_THE_WOUNDED.search(sent.text, 0, m.end() + 40)):
            # "… killed two and wounded three. One of the wounded later died": one more dead,
            # one fewer hurt
            self.fatalities += c.fatalities
            self.injured -= c.fatalities
            self.casualty_sentences.append(sent)
            return
        if self.headline and sent not in self.casualty_sentences and (
                c.fatalities is not None or c.injured is not None):
            # "Bandits abduct 43 in village raid; nine vigilantes killed in pursuit", then
            # "Two villagers who tried to flee were shot dead": the report beats its headline
            override = True
            self.headline = False
        if (c.fatalities and self.fatalities is not None and c.fatalities > self.fatalities
                and sent not in self.casualty_sentences
                and (_ACT_TOTAL.match(sent.text) or _AMONG_ALL.search(sent.text) or (
                    # ("mourns Abdirahman, who was killed when a car bomb exploded … Police
                    # said six people were killed and 11 wounded in the blast": the one named
                    # is among them)
                    self.fatalities == 1 and (_PEOPLE_KILLED_IN_THE_ACT.search(sent.text)
                                              or _AMONG_THEM.search(sent.text))))):
            # "Zeinab, 41, was killed with her daughters … The strike killed 32 people", "They
            # were among more than 100 residents killed": the act's whole toll after its
            # victims named
            override = True
        if (c.fatalities and self.fatalities is not None
                and c.fatalities > self.fatalities and _ATTACKERS_INCLUDED.search(sent.text)
                and (self.attackers_only or not _SERIES_TOTAL.search(sent.text))):
            # "Police shot and killed all three assailants. Eleven people, including the three
            # assailants, were killed": the total counts them already ("Two people, including the
            # assailant, were killed": the total of the one told and the attacker)
            override = True
        more_dead = more_hurt = False
        if (not override and sent not in self.casualty_sentences
                and ("also" in sent.text or " with " in sent.text or " other " in sent.text)
                and not _ALREADY_COUNTED.search(sent.text)):
            also = _ALSO_KILLED.search(sent.text) if c.fatalities and self.fatalities else None
            # (the count must be the clause's: "1 killed, 0 injured; eleven sheep also died")
            more_dead = also is not None and any(
                a <= also.start() and ";" not in sent.text[a:also.start()] for a, _b in c.spans)
            more_hurt = bool(c.injured and self.injured and _ALSO_HURT.search(sent.text))
        if more_dead or more_hurt:
            # "Ahmad, 9, was killed … His sister Lana, 6, was killed with him", "Two civilians
            # were also killed": more victims of the act, added to those told
            if more_dead:
                self.fatalities += c.fatalities
                self.attackers_only = self.attackers_only and c.attackers_only
            if more_hurt:
                self.injured += c.injured
            elif c.injured is not None and self.injured is None:
                # ("Two of the attackers were also killed, and four policemen were wounded")
                self.injured = c.injured
            self.casualty_sentences.append(sent)
            return
        if (c.fatalities and self.fatalities is not None and not override
                and sent not in self.casualty_sentences
                and (c.attackers_only or self.attackers_only)):
            # perpetrators count too (GTD/ACLED practice): "two terrorists were sent to hell
            # … Sepoy Abdul Wahab embraced shahadat" is three
            self.fatalities += c.fatalities
            self.attackers_only = False
            if c.injured is not None and self.injured is None:
                # "Two of the attackers were also killed, and four policemen were wounded"
                self.injured = c.injured
            self.casualty_sentences.append(sent)
            return
        # a count told later beats a "none" told of some people ("He and his aides escaped
        # unharmed. Seven soldiers were injured.")
        if c.fatalities is not None and (self.fatalities is None or override
                                         or (self.fatalities == 0 and c.fatalities)):
            self.fatalities = c.fatalities
            self.attackers_only = c.attackers_only
            changed = True
        if c.injured is not None and (self.injured is None or override
                                      or (self.injured == 0 and c.injured)):
            self.injured = c.injured
            changed = True
        if changed:
            self.casualty_sentences.append(sent)
            low = sent.text.lower()
            self.provisional = (any(w in low for w in _PROVISIONAL_WORDS)
                                and _PROVISIONAL.search(low) is not None
                                and _REVISION.search(low) is None)


_VERIFIED_TOLL = re.compile(r"\b(?:documented|corroborated|verified|was\s+able\s+to\s+document)\s+"
                            r"(?:the\s+)?(?:killing|deaths?|names)\s+of\b|\bwas\s+able\s+to\s+"
                            r"(?:document|verify|corroborate)\s+\d+\b", re.IGNORECASE)
# ("Between 1 and 30 April, OHCHR verified the deaths of 46 civilians across the country")
_PERIOD_COUNT = re.compile(r"\b(?:across|throughout)\s+the\s+(?:country|region)\b|"
                           r"\bbetween\s+\d{1,2}\s+and\s+\d{1,2}\b|\bcompared\s+(?:with|to)\b",
                           re.IGNORECASE)
# a total a coder shares between the note's events: "fatalities are split between this event
# and the shelling of Thar Zay"
_SPLIT_BETWEEN = re.compile(r"\bsplit\s+between\s+this\s+(?:event|incident)\s+and\b",
                            re.IGNORECASE)
# those taken, then killed: "pulled seven farmers from their homes", "The victims were shot dead"
_TAKEN_COUNT = re.compile(r"\b" + TAKEN_VERB + r"\s+(?P<n>" + NUMBER + r")\s+(?:[\w-]+\s+)?"
                          r"(?:people|persons|men|women|farmers|villagers|civilians|peasants|"
                          r"passengers|workers|residents)\b", re.IGNORECASE)
_VICTIMS_KILLED = re.compile(r"\W*(?:The|All\s+the|All)\s+(?:victims|captives|hostages)\s+were\s+"
                             r"(?:all\s+)?(?:shot\s+dead|killed|executed|beheaded|murdered)\b")
# a count a coder spread over other rows: "coded across multiple events"
_CODED_ACROSS = re.compile(r"\b(?:coded|split)\s+(?:across|between|over)\s+(?:multiple|several|"
                           r"various|other)\s+(?:\w+\s+)?events\b", re.IGNORECASE)
# a split whose shares the note gives: "Fatalities split across events: 8 and 3."
_SPLIT_GIVEN = re.compile(r"\bsplit\s+(?:across|between)\s+(?:the\s+)?(?:\w+\s+)?(?:events|"
                          r"incidents)\s*:\s*\d")
# "coded as a separate event", "(coded separately)": a note's other act, another row
_CODED_APART = re.compile(r"\bcoded\s+(?:as\s+a\s+)?separate(?:ly|\s+event)?\b|"
                          r"\bin\s+a\s+separate\s+event\b", re.IGNORECASE)
_CODED_COUNT = re.compile(r"\W*(?:fatalit(?:y|ies)|deaths?|the\s+toll)\s+(?:were\s+|was\s+|is\s+|"
                          r"are\s+)?(?:coded|split)\b", re.IGNORECASE)
_CODED_AS = re.compile(r"\b(?:fatalit(?:y|ies)|deaths?|toll)\s+(?:were\s+|was\s+|is\s+|are\s+)?"
                       r"coded\s+as\b|\bcoded\s+as\s+\d+\s+fatalit", re.IGNORECASE)
# the act itself as the subject of its toll: "The strike killed 32 people"
_ACT_TOTAL = re.compile(r"\W*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:strike|attack|bombing|blast|"
                        r"explosion|raid|shelling|assault|massacre)\s+(?:has\s+|had\s+)?(?:killed|"
                        r"left)\s")
# ("They were among more than 100 residents killed that day", "one of 59 people killed")
# ("Oleh was among three people killed in the attack": a count in words too)
_AMONG_ALL = re.compile(r"\b(?:among|one\s+of)\s+(?:the\s+)?(?:more\s+than\s+|at\s+least\s+|"
                        r"some\s+)?(?:\d|(?:" + NUMBER + r")\s+(?:[\w-]+\s+)?(?:people|persons|"
                        r"civilians|killed|dead|victims)(?=[^.;]{0,40}?\b(?:in\s+the\s+(?:attack|"
                        r"strike|shelling|bombing|blast|explosion|raid|assault|massacre)|that\s+"
                        r"day)\b))", re.IGNORECASE)
_PEOPLE_KILLED_IN_THE_ACT = re.compile(
    r"\b(?:people|persons|civilians)\s+(?:were|had\s+been)\s+killed\b[^.;]{0,40}?\bin\s+the\s+"
    r"(?:blast|attack|strike|explosion|bombing|shelling|raid)\b")
# ("… killing Chechen President Akhmad Kadyrov. At least six people died, among them Kadyrov
# and the chairman of the State Council": the one named, then the whole toll with him in it)
_AMONG_THEM = re.compile(r"\b(?:died|killed|dead)\b,?\s+(?:among\s+them|including)\b",
                         re.IGNORECASE)
_ALSO_KILLED = re.compile(r"\b(?:was|were)\s+(?:also\s+killed|killed\s+(?:with|alongside)\s+"
                          r"(?:him|her|them))\b|\balso\s+died\b"
                          # ("At least nine other people … were killed", after the one named)
                          r"|\bother\s+(?:people|persons|civilians|victims)\b[^.;]{0,60}?\b"
                          r"(?:were|was)\s+killed\b")
# ("civilians were among the dead and at least 3 soldiers were also killed", "initially reported
# three dead, then said two men … were also killed": counted in the toll already)
_ALREADY_COUNTED = re.compile(r"\bamong\s+the\s+(?:dead|killed|victims|wounded|injured)\b|"
                              r"\b(?:initially|first\s+reported|originally)\b", re.IGNORECASE)
_ALSO_HURT = re.compile(r"\b(?:was|were)\s+also\s+(?:wounded|injured|hurt)\b")
_WOUNDED_DIED = re.compile(
    r"(?:(?:He|She)|(?:One|Two|Three|Four|Five|\d+)\s+of\s+(?:them|the\s+(?:wounded|injured|"
    r"victims|[a-z]+s))|(?:The|A)\s+(?:wounded|injured)\s+[a-z]+|[A-Z][\w'’-]+(?=\s+(?:later\s+|"
    r"subsequently\s+|eventually\s+)?(?:died|succumbed)\s+(?:of|to|from)\s+(?:his|her|their)\s+"
    r"(?:injuries|wounds)))\s+(?:later\s+|subsequently\s+|eventually\s+)?(?:died|succumbed)\b")
_OF_THE_WOUNDED = re.compile(r"\bof\s+the\s+(?:wounded|injured)\b|\b(?:died|succumbed)\s+"
                             r"(?:later\s+)?(?:of|to|from)\s+(?:his|her|their)\s+(?:injuries|wounds)")
# a first count, and the later one that corrects it
# (lower-case patterns for lower-cased text, read only when a cheap word test passes)
# (a wire's "FLASH — … three killed" is a first report too, its "UPDATE — …" the revision)
_PROVISIONAL_WORDS = ("initial", "first", "original", "preliminary", "provisional", "early",
                      "flash")
_PROVISIONAL = re.compile(r"\b(?:initial(?:ly)?|at\s+first|originally|preliminary|provisional|"
                          r"first\s+(?:reports?|accounts?|reported|counted|figures?|said|toll)|"
                          r"early\s+(?:\w+\s+)?(?:reports?|accounts?|figures?)|flash)\b")
_REVISION = re.compile(r"\b(?:later|subsequently|revised|final|updated?|eventually|afterwards|"
                       r"corrected|corrects|correction|bringing|raised|rose|risen|climbed|now)\b")


def _towns(text: str) -> set[str]:
    """Towns and sites a sentence says things happened in ("in Hilla", "at the base")."""
    return {m.place.name for m in find_places(text)
            if m.place.kind in ("town", "site") and m.weight >= 2.0
            and (not _NOT_HERE.search(before := text[max(0, m.start - 40):m.start])
                 or _PART_OF.search(before))}


_NOT_HERE = re.compile(r"(?:\bnear|\bfrom|\bof|\bto|km|kilomet\w+|miles)\s+"
                       r"(?:the\s+)?(?:capital\s+|city\s+of\s+)?$", re.IGNORECASE)
# ("fired on the centre of Kupiansk", "on the outskirts of Zolochiv", "shelled residential
# districts of Kharkiv City": in the town all the same)
# "Strikes also hit an industrial enterprise in Kryvyi Rih": the wave's act at another place
_ALSO_HIT = re.compile(r"\balso\s+(?:hit|struck|targeted|shelled|landed\s+(?:in|on))\b")
_PART_OF = re.compile(r"\b(?:centre|center|outskirts|edge|suburbs?|heart|streets|territory|"
                      r"vicinity|downtown|districts|neighbou?rhoods|quarters|parts)\s+of\s+$",
                      re.IGNORECASE)


# ("Also today, in Huliaipole, the Russian army attacked …", "In Grayvoron the Armed Forces
# of Ukraine dropped …")
_PLACE_LEAD = re.compile(r"(?:(?:Also|Meanwhile|Separately|Later|Earlier)(?:\s+(?:today|tonight|"
                         r"this\s+\w+|on\s+\w+))?,?\s+(?:in|at)|In|At)\s+"
                         r"(?:(?:the\s+)?(?:neighbou?ring|nearby|adjacent|adjoining)\s+)?"
                         r"(?:the\s+(?:[a-z]+\s+)?(?:town|city|village|settlement|"
                         r"district|area|region|province)\s+of\s+)?(?P<n>[A-Z][\w'’-]+"
                         r"(?:\s+[A-Z][\w'’-]+)?)(?:[^,.;]{0,50},|\s+(?=the\s+[A-Z])|"
                         # ("In Glushkovo an FPV drone attacked a car")
                         r"\s+(?=(?:a|an)\s+(?:[\w-]+\s+)?(?:drone|shell|missile|rocket|bomb|"
                         r"mortar|strike|explosion|blast|grenade|gunman|gunmen)))")


# "Novaya Tavolzhanka came under mortar fire": an update's item, the town hit its subject
_TOWN_HIT = re.compile(r"(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)" + HIT_SUBJECT.pattern)
# ("The village of Tetkino was shelled with artillery": the item's town, typed)
_TYPED_TOWN_HIT = re.compile(r"The\s+(?P<t>village|town|city|settlement|hamlet)\s+of\s+"
                             r"(?P<n>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)" + HIT_SUBJECT.pattern)
# "Huliaipole (Zaporizka oblast): Artillery shelling damaged twelve houses": an update's item
_PLACE_COLON = re.compile(r"(?!(?:Date|Time|Source|Description|Details|Summary|Note|Update|"
                          r"Background|Assessment|Location|Casualties|Impact|Incident)\b)"
                          # ("Bilopillia community: an FPV drone struck …", "1) Tank: …")
                          r"(?:\d{1,2}[.)]\s+)?(?P<n>[A-Z][\w'’-]+(?:\s+(?!LGA\b)[A-Z][\w'’-]+)?)"
                          r"(?:\s+(?P<t>city|town|village|community|district|municipality|"
                          r"hromada|LGA|area|county|sector|division|province|region|oblast))?"
                          # ("Graivoron district. The village of Kozinka came under fire": a
                          # post's item headed by its place, run on by the splitter)
                          r"\s*(?:\([^()]{1,40}\))?(?::\s|\.\s(?=[A-Z]))")


def _same_country_place(name: str, countries: set[str]) -> bool:
    """Whether ``name`` is a place of one of ``countries`` (of any, when none is known yet)."""
    places = [m.place for m in find_places(f"in {name}") if m.place.kind != "country"]
    return bool(places) and (not countries or any(p.country2 in countries for p in places))


def _countries(text: str) -> set[str]:
    """Countries a sentence places its action in (strong evidence only)."""
    out: set[str] = set()
    mentions = find_places(text)
    for m in mentions:
        strong_kind = m.place.kind in ("country", "admin1", "site")
        big_town = m.place.kind == "town" and m.candidates == 1 and m.place.population >= 50000
        # a name shared by regions of several countries ("Red Sea", "Punjab") decides nothing
        shared = len({x.place.country2 for x in mentions
                      if (x.start, x.end) == (m.start, m.end)}) > 1
        if m.weight >= 2.0 and (strong_kind or big_town) and not shared:
            out.add(m.place.country2)
    for iso2, w, _s, _e in find_demonyms(text):
        if w >= 3.0:
            out.add(iso2)
    return out


# Sentences without violence words may still add a claim, a doubt or the place of "the attack".
_DETAIL_SIGNAL = re.compile(r"claim|responsib|blame|suspect|perpetrator|culprit|accident|harmed|"
                            r"investigat|unclear|"
                            r"incident|occurred|took\s+place|happened|fatalit|casualt|injur|"
                            r"unharmed|unhurt|toll|revised|figure|martyr|shahadat|succumb|surviv|"
                            r"supreme\s+price|neutrali|sent\s+to\s+hell|\bno\s+cas\b|\bkia\b|"
                            r"\bwia\b|amputat|lost\s+(?:his|her)\s|"
                            # who laid a mine: "the mine was planted by Houthi forces"
                            r"(?:planted|laid|left\s+behind|mined)\s+by\b|forces\s+mined\b")
_VICTIM_VERB = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?(?:attacked|shot|stabbed|hacked|"
                          r"killed|wounded|injured|assaulted|ambushed|kidnapped|abducted)\b")
_DAY_OF_ACT = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + _EVENT_NOUN + r"\b")
_NOT_EVENT_DATE = re.compile(
    r"(?:\bsince|\buntil|\btill|\bstarted\s+in|\bbegan\s+in|\bthat\s+started|\bfrom|"
    r"\bsince\s+early|\bbefore|\bago\s+in|\bsoldiers\s+into\s+\w+\s+in|"
    # "Reported on 18 March 2024: on 16 March, …": when it was reported, not when it happened
    r"\breported\s+on|\bpublished\s+on|\bupdated\s+on|"
    # "The death toll … rose to 12 on Wednesday": the day of the count, not of the act
    r"\b(?:rose|risen|climbed|reached|jumped|increased)\s+to\s+(?:at\s+least\s+)?[\w,]+)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE)


_WHEN_AFTER = re.compile(r",?\s+when\s+(?!(?:it|they|he|she|we)\s+(?:was|were|is|are)\b)")


# the verbs of reported speech ("police said", "the ministry announced")
_SPEECH = r"said|says|reported|confirmed|stated|announced"
# ("the ministry said its warplanes had neutralised 12 terrorists": the pluperfect of reported
# speech tells no earlier act)
_SAYS = re.compile(r"\b(?:" + _SPEECH + r"|say|told|reports|claimed|claims|according|added)\b")
_SAID_ON = re.compile(r"\b(?:" + _SPEECH + r"|told\s+\w+|read\s+(?:out\s+)?on\s+(?:national\s+|"
                      r"state\s+)?(?:television|radio|tv))\s+(?:on\s+)?$", re.IGNORECASE)
_DAY_BEFORE = re.compile(r"the\s+(?:day\s+before|previous\s+day)", re.IGNORECASE)
# the day a toll was told, after it ("On 13 February the government said 82 soldiers had been
# killed", "The state government yesterday gave an official toll of 40 dead") or before it
# ("Per a MoD communiqué released on 22 Mar, 23 soldiers were killed")
_TOLL_TOLD_AFTER = re.compile(
    r",?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:(?:said|announced|reported|confirmed|stated)\s+"
    r"(?:that\s+)?(?:the\s+(?:death\s+)?toll\b|(?:at\s+least\s+|more\s+than\s+|some\s+)?(?:\d|"
    r"(?:a\s+)?dozens?\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\w+teen|\w+ty)\b))|(?:gave|put|raised|revised|updated|released|published|lowered|"
    r"corrected)\s+(?:\w+\s+){0,3}?(?:toll|figure|count|tally)\b)", re.IGNORECASE)
# a note's item led by its country's ISO code: "ISR (x-border): 20/09 Hezbollah rocket
# barrages …", "KEN (x-border) – MANDERA:", "AZE – GANJA:"
_CODED_ITEM = re.compile(r"[^\w\n]{0,4}" + CODED_ITEM)
_GED_ROW_START = re.compile(r"\s*" + GED_ROW)
_GED_DATE_START = re.compile(r"\bdate_start\s*:\s*$")
_LEARNT_ON = re.compile(r"\b(?:emerged|surfaced|came\s+to\s+light|became\s+known|(?:was|were)\s+"
                        r"(?:first\s+|only\s+)?(?:revealed|disclosed|made\s+public))\s+"
                        r"(?:only\s+)?(?:on\s+)?$", re.IGNORECASE)
_CAMPAIGN_BEGAN = re.compile(r"\b(?:operation|offensive|campaign|ceasefire|truce|curfew|siege)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:launched|began|started|begun|declared|"
                             r"imposed)\s+(?:on\s+|in\s+)?$", re.IGNORECASE)
_FOUND_AFTER = re.compile(r",?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:concluded|found|ruled|"
                          r"determined|established|admitted|acknowledged)\s+that\b",
                          re.IGNORECASE)
_RELEASED_ON = re.compile(r"\b(?:released|issued|published|dated)\s+(?:on\s+)?$", re.IGNORECASE)
# a date read with its own preposition ("attacks since October 2017") bounds a span of time
# (a bare year keeps its reading: "the first bombing here since 2006" recalls the past)
_SPAN_LEAD = re.compile(r"(?:since|until|till|through|from)\b", re.IGNORECASE)
# (but "heavy shooting since thursday" tells the day an act going on began)
_SINCE_DAY = re.compile(r"since\s+(?:last\s+)?(?:" + WEEKDAY_WORD + r"|yesterday)\b",
                        re.IGNORECASE)
_NIGHT_BEFORE = re.compile(r"\b(?:overnight|night)\s+$", re.IGNORECASE)


# (and "some residents insist they heard a drone just before the bang": what witnesses think)
_HEARSAY = re.compile(r"\b(?:denied|deny|denies|claims?\s+that|speculat\w*|rumou?rs?|may\s+have|"
                      r"might\s+have|allegedly|unverified|insist\w*|(?:heard|saw)\s+(?:a|an)\s+"
                      r"(?:drone|plane|aircraft|jet))\b", re.IGNORECASE)
# a victim hit again and again, not a record of acts: "shot him several times"
_STRUCK_TIMES = re.compile(r"\b(?:shot|stabbed|struck|hit|beat(?:en)?|fired\s+at)\b[^.;]{0,100}$")
_GENERIC_RECORD = re.compile(
    r"\b(?:string|history|record)\s+of\s+(?:\w+\s+)?"
    r"(?:attacks|bombings|killings|assaults|strikes)\b|\b(?:has|have)\s+(?:\w+\s+)?carried\s+"
    r"out\s+(?:\w+\s+){0,3}?(?:attacks|bombings)\b|\b(?:many|several|numerous)\s+times\b|"
    r"\bhave\s+been\s+hit\s+repeatedly|\b(?:has|have|had)\s+(?:previously|repeatedly|often|"
    r"frequently|regularly|long)\s+(?:attacked|targeted|struck|bombed|raided)\b|\b(?:almost|nearly)\s+daily\b|\bevery\s+day\b|"
    r"\bfrequent\s+(?:\w+\s+)?(?:strikes|attacks|raids|shelling|bombings)\b|"
    r"\b(?:have|has)\s+(?:increased|intensified|escalated|continued|surged)\b|\bcontinue\s+to\s+hit\b|"
    # ("Kharkiv … has faced intensified Russian bombardment since …")
    r"\b(?:has|have)\s+(?:faced|endured|suffered)\s+(?:intensified|increased|heavy|constant|"
    r"repeated|regular|daily|frequent|relentless|near-daily)\b|"
    # an update's highlights: "Clashes between the ENDF and Fano militia continue in East
    # Gojjam, …", "Fighting … has now affected 15 of Rakhine's 17 townships"
    r"\bcontinues?\s+(?:in|across|throughout|unabated)\b|\b(?:has|have)\s+now\s+affected\b|"
    # "drones, which have been used extensively in conflicts in Libya": a weapon's record
    r"\b(?:have|has)\s+been\s+(?:\w+ly\s+)?used\s+(?:\w+ly\s+)?(?:in|by|against|to)\b|"
    # "a sharp rise in drone use": a trend
    r"\b(?:rise|increase|surge|spike|jump|decline|fall|drop)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:use|attacks|strikes|incidents|violence)\b|"
    r"\bin\s+recent\s+(?:weeks|months|years)\b|\b(?:over|during|in)\s+the\s+(?:past|last)\s+"
    r"(?:\w+\s+)?(?:year|years|months|decade)\b|\b(?:frequently|often|regularly|repeatedly)\s+(?:\w+\s+)?"
    r"(?:attack|target|strike|shell)\w*", re.IGNORECASE)
# "a relative who was killed last year": a date inside a relative clause dates something else
_RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|which)\s+(?:[\w'’\-]+\s+){1,8}$", re.IGNORECASE)
# "farmers who were working their fields outside Gwoza on Saturday": what they were doing when
# it happened, so the date is the event's
_CLAUSE_AT_THE_TIME = re.compile(r"\b(?:who|which)\s+(?:were|was)\s+\w+ing\b", re.IGNORECASE)


def _names_act(text: str, d: DateMention) -> bool:
    """A day in the possessive names the act ("this morning's strike", "from Thursday's
    attack"), whether the mention took the "'s" in or not."""
    return (text.startswith(("'s ", "’s ", " night's ", " night’s ", " morning's ",
                             " morning’s ", " evening's ", " evening’s "), d.end)
            or text.endswith(("'s", "’s"), d.start, d.end)
            # ("Toll from the 15/03 attack … revised": the day stands before the act it names)
            or (text.endswith("the ", max(0, d.start - 4), d.start)
                and _DAY_OF_ACT.match(text, d.end) is not None))


def _past_clause(before: str) -> bool:
    """The date closes a relative clause about someone's past ("a relative who was killed
    last year"), not the sentence's event."""
    m = _RELATIVE_CLAUSE.search(before)
    return m is not None and not _CLAUSE_AT_THE_TIME.match(before, m.start())


_AFTER_BEFORE_ACT = re.compile(r"\b(?:after|when)\s+(?:[\w-]+\s+){0,3}$")


_DIED_ON = re.compile(r"\b(?:who|whom)\s+(?:died|were\s+killed|was\s+killed)\s+(?:on\s+)?$")


def _clause_tells_act(text: str, d: DateMention, means: Means | None,
                      published: dt.date) -> bool:
    """"Residents are calling for the release of a chief who was abducted on Tuesday": the act
    itself is told in the clause, and lately, so its date is the event's."""
    if means is None or (is_old(d, published) and not _DIED_ON.search(text, 0, d.start)):
        # (an old day the clause gives its death is that death's, and so recalled: "a camera
        # operator and his producer, who died on 14 March when their vehicle was hit")
        return False
    lo = max(0, d.start - 70)
    m = _RELATIVE_CLAUSE.search(text[lo:d.start])
    # (and nothing violent is told before it: "the PKK killed a teacher, whom they had abducted
    # last week" tells the killing)
    # (or the clause's date comes first: "mourns Oleh, who was killed on Friday when Russian
    # forces shelled Kherson")
    return (m is not None and (lo + m.start() <= means.start < d.start or (
        d.end <= means.start and _THEN_TELLS_MEANS.match(text, d.end, means.start))
    ) and classify(_NAMED_DEATH.sub(" ", text[:lo + m.start()])) is None)


# "condemns the killing of journalist X, who was shot dead on Sunday": the same death, named
# before the clause tells it
_NAMED_DEATH = re.compile(r"\b(?:killing|murder|assassination|death)\s+of\b")
_THEN_TELLS_MEANS = re.compile(r"\s*(?:[\w-]+\s+){0,8}?,?\s*(?:when|as|in|after|by)\s[^.;]{0,50}$")


# an exercise, a weapons test, a parade or blasting: weapons used with no one as their target
# (lower-case patterns for lower-cased text: several times faster than IGNORECASE)
_NO_TARGET = re.compile(
    r"\b(?:(?:live[\s-]fire|military|joint|naval|air|field|command[\s-]post|annual)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:exercises?|drills?)|war\s*games?|wargam\w*|simulated\s+(?:[\w-]+\s+)"
    r"{0,2}?(?:invasion|war|conflict)|(?:weapons?|missile|rocket|flight)\s+tests?|"
    r"test[\s-](?:fir\w+|launch\w*)|flight[\s-]test\w*|sinking\s+exercises?|sinkex|"
    r"(?:successful\s+)?test\s+of\s+(?:the|a|an|its)\s+"
    r"(?:[\w-]+\s+){0,5}?missile|air\s*shows?|flypasts?|fly-?past|(?:military|victory\s+day|"
    r"national\s+day|independence\s+day)\s+parades?|avalanche\s+(?:control|mitigation)|"
    r"(?:daily|scheduled|routine|controlled)\s+blasting|blasting\s+(?:in|at)\s+the\s+(?:open\s+)?"
    r"(?:pit|mine|quarry)|blast\s+(?:times|notices?|schedules?)|quarry\s+blasting|"
    r"blasting\s+(?:permits?|licen[cs]es?|hours)|open[\s-](?:cut|pit)\s+"
    r"(?:[\w-]+\s+){0,2}mines?|training\s+(?:grounds?|areas?|ranges?)|"
    r"exercises?(?!\s+(?:restraint|caution|control|of|their|its|his|her|the|a)\b)|"
    # mine clearance and weapons handed in: "clears 80 square kilometres of mined land", "gun
    # amnesty", "completes handover of individual weapons"
    # (not the deminers attacked: "abducted four employees of a demining organization")
    # wartime ordnance found and destroyed: "an unexploded Second World War bomb", "Deminers
    # destroyed 312 explosive items"
    r"(?:second\s+world\s+war|world\s+war\s+(?:ii|two|2)|wwii|ww2)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bombs?|shells?|munitions?|devices?|ordnance)|de-?miners?\b|"
    r"production\s+blasts?|blast\s*holes?|gun\s+salutes?|"
    r"mined\s+land|de-?mining(?!\s+(?:organi[sz]ations?|agenc(?:y|ies)|ngos?|compan(?:y|ies)|"
    r"charit(?:y|ies)|group|staff|workers|employees|personnel|teams?\s+(?:was|were)\s+"
    r"(?:attacked|ambushed|abducted|kidnapped)))|mine\s+clearance|amnest(?:y|ies)|"
    r"handover\s+of\s+(?:[\w-]+\s+)?"
    r"weapons|weapons\s+handover|"
    # a launch that hit no one: "fired a ballistic missile that flew over Hokkaido"
    r"(?:missile|rocket)\s+that\s+(?:flew|passed)\s+over|outside\s+(?:japan's|its|the)\s+"
    r"exclusive\s+economic\s+zone)\b")


def _no_target_in(low: str) -> bool:
    """Weapons used on no one, told in the lower-cased text (a patrol's "area domination
    exercise" is no drill)."""
    return _NO_TARGET.search(low) is not None and not patrol_named(low)


# a text that opens on a work that depicts war (a review) or on a life told (an obituary, a
# profile): the violence in it is shown or remembered, not reported
_DEPICTION_OR_LIFE = re.compile((  # matched on lower-cased text
    r"[\"“][^\"”]{2,60}[\"”],?\s+(?:opens|follows|traces|tells|is\s+set|stars|puts|takes|"
    r"begins|recounts|explores|returns|gets|playing\s+at|now\s+showing)\b|\b(?:in|with)\s+"
    r"[\"“][^\"”]{2,60}[\"”],|"
    r"\b(?:the\s+)?(?:new|latest|debut|eight-part|six-part|\w+-part)\s+(?:\w+\s+)?(?:film|"
    r"documentary|drama|series|novel|book|memoir|play|musical|game|shooter|exhibition|"
    r"thriller)\b|"
    r"\bonline\s+(?:[\w-]+\s+){0,2}shooter\b|\bkillstreaks?\b|\bgaming\b|"
    # ("sets off a pyrotechnic charge … on the set of a Second World War drama being filmed")
    r"\bon\s+the\s+set\s+of\b|\bbeing\s+filmed\b|\bfilm\s+shoot\b|"
    # ("FILM: '1917' ★★★★★", "THEATRE: Macbeth, Royal Exchange", "TV RECAP — …", "Lecture
    # notes — HIST 214: War and Technology")
    r"^\W*(?:film|theatre|theater|tv(?:\s+recap)?|opera|concert|book)\s*(?:review)?\s*[:—–]|"
    r"\blecture\s+notes\b|"
    # ("Helldivers 2 review - spreading managed democracy", "centenary lecture series")
    r"^[^.\n]{1,60}\breview\s+[-–—]\s|\blecture\s+series\b|\bcentenary\s+lectures?\b|"
    # ("Review: 'Civil War' is a loud, hollow-eyed road movie")
    r"^(?:film\s+|movie\s+|book\s+|game\s+|theatre\s+)?review\s*:|\b(?:road|war|action|horror|"
    r"spy)\s+movie\b|"
    r"\b(?:documentary|biopic|memoir|novel|exhibition)\s+[\"“]|\bopens?\s+in\s+(?:cinemas|"
    r"theatres|theaters)\b|\baction\s+franchise\b|\bbox\s+office\b|"
    r"\b(?:has\s+died|died\s+peacefully|turns\s+(?:\d+|a\s+hundred)|(?:former|retired)\s+"
    r"(?:infantryman|soldier|marine|paratrooper|navigator|pilot|medic|radio\s+operator|"
    r"war\s+reporter|correspondent)|volunteer\s+paramedic|\d+-year-old\s+(?:volunteer|veteran))\b"
).lower())
# a sports report: its strikers, shots, blowouts and bombs from three are play (three
# different terms make a report of a game; a word set, since a long alternation of words would
# be read at every position of the text)
_SPORT_WORDS = frozenset(
    "striker goalkeeper keeper league playoff playoffs play-off play-offs innings wickets wicket "
    "batting bowling batsmen bowler bowlers twenty20 t20 olympic olympics medal medals nba nfl "
    "nhl uefa fifa points final-round putt bogey birdie tournament championship derby fixture "
    "scored goal goals quarterfinal quarter-final semifinal semi-final coach rebounds skeet "
    "opener midfielder defender premiership equaliser equalizer penalty free-kick set-piece "
    "dead-ball winger full-back centre-back touchline half-time podium silver bronze athlete "
    "athletes peloton breakaway esports headshots headshot bombsite respawn substitute "
    "substitutes promotion relegation unbeaten offside hat-trick snooker crucible frames "
    "quarterback touchdown touchdowns captain title champions threes wins arena sixes overs "
    "yards new-ball boxer boxing heavyweight middleweight welterweight bout knockout "
    "undercard milsim airsoft paintball".split())
_SPORT_PHRASES = ("man of the match", "all out", "gold medal", "the masters", "grand slam",
                  "world cup", "air rifle", "top corner", "premier league", "free kick",
                  "free throw", "the arc", "game 1", "game 2", "game 3", "game 4", "game 5",
                  "yellow jersey", "time trial", "world record", "air pistol", "team event",
                  "grand final", "prize pool", "counter-strike", "offensive line", "pass rush",
                  "high line", "el clásico", "el clasico", "set pieces", "clean sheet",
                  "extra time", "golden goal", "the net", "injury time", "stoppage time",
                  "penalty spot", "home straight", "water jump", "steeplechase", "finish line",
                  "th minute", "euro 20", "second half", "first half", "super bowl",
                  "-wicket", "top order", "last ball", "first bell", "body shots", "the ring",
                  "short ball", "reverse swing", "to win,")


# "in a 20-13 loss", "a 10-6 overnight lead": a game's score
_SCORELINE = re.compile(r"\b\d{1,3}-\d{1,3}\s+(?:(?:home|away|road|overnight|half-time|narrow)\s+)?"
                        r"(?:win|loss|defeat|victory|lead|draw|thrashing|rout)\b|"
                        # ("the Netherlands thrashed France 4-1 in Bern")
                        r"\b(?:beat|thrashed|defeated|drew\s+with|lost\s+to|edged|routed|"
                        r"crushed|downed|stunned)\s+(?:[\w-]+\s+)"
                        r"{1,3}?\d{1,2}-\d{1,2}\b")


# a science or medicine report: viruses that attack cells, "smart bomb" drugs, phages that
# bombard infections, a star that exploded (four different terms, counted like a game's)
_SCIENCE_WORDS = frozenset(
    "oncology oncologist oncologists tumour tumours tumor tumors cancer cancers chemotherapy "
    "antibody antibodies clinical patients drug drugs molecule molecules protein proteins enzyme "
    "enzymes cells cell bacteria bacterial bacteriophages phages virus viral viruses vaccine "
    "vaccines genome genes microscopy researchers laboratory astronomer astronomers galaxy "
    "galaxies telescope telescopes supernova astrophysicist astronomy infection infections "
    "immunotherapy pathogen pathogens nasa rover orbit spacecraft probe lunar mars".split())


def _words(low: str) -> set[str]:
    return set(re.findall(r"[a-z0-9-]+", low))


def _sport_terms(low: str, words: set[str]) -> int:
    """How many different sport terms a lower-cased text (and its ``words``) uses."""
    return (len(_SPORT_WORDS.intersection(words)) + sum(p in low for p in _SPORT_PHRASES)
            + (_SCORELINE.search(low) is not None))


def _sport_or_science_report(texts: list[str]) -> bool:
    """A game's report (three sport terms) or a science or medicine report (four terms)."""
    low = "\n".join(texts).lower()
    words = _words(low)
    return _sport_terms(low, words) >= 3 or len(_SCIENCE_WORDS.intersection(words)) >= 4


def _sport_item(text: str) -> bool:
    """A bulletin's sport item among its news: "Wayne Rooney fired England ahead from the
    penalty spot in the fourth minute", two sport terms in the sentence and nobody hurt."""
    low = text.lower()
    if _sport_terms(low, _words(low)) < 2:
        return False
    # (not "Suicide bombers struck crowds watching the FIFA World Cup final")
    means = classify(text)
    if means is not None and means.weapon in _BLAST_WEAPONS:
        return False
    c = find_casualties(text)
    return not (c.fatalities or c.injured)


_BLAST_WEAPONS = frozenset(("suicide_vest", "vehicle_bomb", "ied", "explosive_unknown", "aircraft",
                            "drone", "artillery", "mortar", "grenade"))


# ("Chinar Corps update:" is one operation's news, not an overview)
_OVERVIEW_HEAD = re.compile(r"^[^.:;]{0,60}\b(?:weekly|monthly|overview|roundup|round-up|"
                            r"(?:daily|weekly|monthly|situation|security|regional|country|conflict|war)\s+"
                            r"update|brief|bulletin|monitor|week\s+\d+)\b[^.:;]{0,30}:",
                            re.IGNORECASE)
_HOAX = re.compile(r"\b(?:(?:was|were|is|as)\s+(?:a\s+)?(?:staged\s+)?(?:hoax|prank)|false\s+alarm|"
                   r"hoax\s+calls?|"
                   r"swatting|"
                   # "Police later clarified that the 'encounter' was a pre-planned training
                   # exercise"
                   r"(?:was|were)\s+(?:an?\s+)?(?:pre-?planned\s+|planned\s+|scheduled\s+)?"
                   r"(?:[\w-]+\s+){0,2}?(?:training\s+exercise|mock\s+drill))\b")
_AVENGE_CUE = r"\b(?:" + AVENGE_WORDS + r")\s+for\s+(?:the|a|an|last)\s+"
_AVENGED = re.compile(_AVENGE_CUE + r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_AVENGED_AFTER = re.compile(_AVENGE_CUE, re.IGNORECASE)
# a text about remembering: "marks five years since", "35 years on", "on the eighth
# anniversary", "a remembrance gathering", "laid wreaths"
_MEMORIAL = re.compile(
    r"\b(?:anniversar(?:y|ies)|memorials?|remembrance|remembers?|commemorat\w+|wreaths?|"
    r"(?:marks?|marked|marking)\s+(?:\w+\s+){0,2}(?:years?|decades?)\s+since|"
    r"(?:\w+\s+)?years\s+on\b|years\s+ago\s+(?:today|this\s+(?:week|month))|"
    r"honou?rs?\s+(?:the\s+)?(?:\w+\s+)?victims|"
    r"in\s+memory\s+of)\b")


def _background_cue(text: str, act_start: int | None = None) -> bool:
    """A cue that the sentence recalls the past ("back in", "last year"), unless it sits in a
    relative clause about someone ("a relative … who was killed last year", "who had
    previously received threats"): that clause recalls, the sentence still reports. An
    occasion marked after the act ("bombed a concert held to mark the 62nd anniversary of the
    KIO") times the act; marked before it ("marked the anniversary of the bombing") recalls."""
    return any(not _RELATIVE_CLAUSE.search(text[max(0, m.start() - 70):m.start()])
               and not _REPORTED_SPEECH.search(text[max(0, m.start() - 50):m.start()])
               and not _TIMED_BY.search(text[max(0, m.start() - 30):m.start()])
               and not (m.group().lower().startswith("at the")
                        and _WHERE_SOMEONE_WAS.search(text, max(0, m.start() - 50), m.start()))
               and not (act_start is not None and act_start < m.start()
                        and (_OCCASION_MARKED.search(text[max(0, m.start() - 40):m.start()])
                             or (m.group().lower().startswith("commemorat")
                                 and _OCCASION_WORD.search(text, max(0, m.start() - 4),
                                                           m.start()))))
               and not (m.group().lower().startswith("had been")
                        and _BY_THE_TIME.search(text, max(0, m.start() - 160), m.start()))
               for m in BACKGROUND_CUE.finditer(text))


# "By the time the siege ended that evening, 142 students had been killed": the act's own end,
# told in the pluperfect
_BY_THE_TIME = re.compile(r"\b[Bb]y\s+(?:the\s+time|nightfall|then|the\s+end\s+of)\b[^.;]*$")


# "the minister was not in the office at the time": where someone was when the act was done
_WHERE_SOMEONE_WAS = re.compile(r"\b(?:was|were)\s+(?:not\s+)?(?:in|at|inside|present|home|"
                                r"away|there)\b[^.;]*$", re.IGNORECASE)
# "a concert held to mark the 62nd anniversary of …", "a rally celebrating the anniversary"
# "attacks … in commemoration of its 50th anniversary": the occasion the act was timed for
_OCCASION_MARKED = re.compile(r"\b(?:(?:to\s+(?:mark|celebrate|commemorate)|marking|celebrating|"
                              r"commemorating)\s+(?:the|its|their)\s+|"
                              r"in\s+commemoration\s+of\s+(?:the|its|their)\s+)(?:[\w-]+\s+){0,2}$",
                              re.IGNORECASE)
# "… in commemoration of", "… to commemorate": the cue word itself names the occasion
_OCCASION_WORD = re.compile(r"\b(?:in|to)\s+$", re.IGNORECASE)


# "Hours before the commemoration, the city came under attack again": a day's event timed by
# the remembrance, not the event remembered
_TIMED_BY = re.compile(r"\b(?:before|after|ahead\s+of|during|on\s+the\s+eve\s+of)\s+(?:the\s+)?$",
                       re.IGNORECASE)


# "Authorities initially said two people had been killed", "the minister said on Monday that 57
# people had been killed": the pluperfect of reported speech
# ("the armed forces denied that any soldiers had been killed": the claim's own day)
_REPORTED_SPEECH = re.compile(r"\b(?:" + _SPEECH + r"|claimed|claims|denied|denies|alleged|"
                              r"insisted)\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+)?(?:that\s+)?"
                              r"(?:[\w-]+\s+){0,4}$",
                              re.IGNORECASE)


# a count kept since a day, a month or an event, in the present perfect
_SINCE_START = (r"\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:last\s+)?(?:Mon|Tues|Wednes|Thurs|"
                r"Fri|Satur|Sun)day\b|(?:the\s+)?(?:start|beginning|"
                r"resumption|onset|escalation|outbreak)\s+of\b|(?:the\s+)?(?:\d{1,2}\s+)?"
                + MONTH_WORD + r"\b|(?:the\s+)?(?:19|20)\d\d\b|the\s+(?:start|beginning)\b|"
                r"then\b)")
_PRESENT_PERFECT = (r"\b(?:have|has)\s+(?:reportedly\s+|now\s+|so\s+far\s+|also\s+)?(?:been\s+)?"
                    r"(?:\w+ly\s+)?(?:killed|injured|wounded|recorded|documented|reported|"
                    r"attacked|struck|hit|verified|registered|looted|displaced|affected|damaged|"
                    r"destroyed)\b")
_CUMULATIVE = re.compile(
    _SINCE_START + r"[^.;]{0,160}?" + _PRESENT_PERFECT + "|" + _PRESENT_PERFECT
    + r"[^.;]{0,160}?" + _SINCE_START
    # "The strike brings to at least 11 the number of journalists … killed by Israeli fire in
    # Lebanon since 8 October 2023": a running count, which the act just told adds to
    + r"|\bthe\s+(?:total\s+)?number\s+of\s+[^.;]{0,80}?\b(?:killed|injured|wounded|attacked|"
    r"targeted)\b[^.;]{0,100}?" + _SINCE_START
    # "at least five journalists have been killed in the country in the past twelve months",
    # "The FLIP has registered 2 murders of journalists … so far in 2024"
    + r"|" + _PRESENT_PERFECT + r"[^.;]{0,100}?(?:\b(?:in|over|during)\s+the\s+(?:past|last)\s+"
    r"(?:[\w-]+\s+)?(?:years?|months|weeks)\b|\bso\s+far\s+(?:in|this)\b)"
    # "With 11 journalists killed since the start of the year, Afghanistan has become …"
    + r"|\bwith\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?(?:\d[\d,]*|\w+)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:killed|dead|murdered)\s+(?:so\s+far\s+)?(?:" + _SINCE_START
    + r"|this\s+year|in\s+(?:19|20)\d\d)"
    # "At least six journalists were killed in Yemen in 2015, according to CPJ research": a
    # year's count (not "… were killed in Tillaberi in 2019 when an IED …")
    + r"|\b(?:were|have\s+been)\s+killed\s+in\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+in\s+(?:19|20)\d\d\b"
    r"(?![^.;]*\b(?:when|after|as|in\s+an?|by\s+an?)\s)"
    # "Between 7 and 11 August, the Ministry of Health reported that 214 Palestinians were
    # killed": a ministry's count over several days
    + r"|\bbetween\s+\d{1,2}\s+and\s+\d{1,2}\s+" + MONTH_WORD + r"\b[^.;]{0,80}?\b(?:ministry|"
    r"moh|mophp|authorities|partners|who|ocha|unicef|monitors?)\b[^.;]{0,40}?\breport\w*",
    re.IGNORECASE)

# "Running total: … casualties recorded in Izium district since 1 January reached 23 (9 killed,
# 14 injured)", "Cumulative casualties … this year reached 61", "the number of mine victims in the
# liberated territories has exceeded 350": a monitor's tally over a period, no act's toll
_TALLY_VERB = re.compile(r"\b(?:reached|exceeded|rose\s+to|risen\s+to|stands?\s+at|stood\s+at|"
                         r"totall?(?:ed|ing)|brings?\s+(?:the\s+)?(?:total|tally|count))\b")
_TALLY_PERIOD = re.compile(r"\b(?:cumulative|running\s+total|this\s+year|to\s+date|"
                           r"year-to-date)\b|" + _SINCE_START, re.IGNORECASE)
_TALLY_NOUN = re.compile(r"\b(?:casualties|victims|deaths)\b")
_TALLY_HEAD = re.compile(r"^\W*(?:cumulative|running\s+total|year-to-date)\b")
# "At least 4,710 people were killed or injured by landmines … in 2022": a year's statistic
_YEAR_TOLL = re.compile(r"\bkilled\s+or\s+(?:injured|wounded|maimed)\b[^.;]{0,80}?\b"
                        r"(?:in|during)\s+(?:19|20)\d\d\b(?!\s*[-–/])")


# "the railway station blast killed …", "the market explosion killed …": a toll by its site
_SITE_TOLL = re.compile(r"\W*(?:and\s+)?(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?P<site>[a-z][\w-]+)\s+"
                        r"(?:blast|explosion|bombing|bomb|device|attack)\s+(?:killed|left|wounded|"
                        r"injured)\b", re.IGNORECASE)


def _tolls_by_site(sent: Sentence, groups: list[Group]) -> list[tuple[Group, Casualties]] | None:
    """Each part of a sentence that tolls one site's act, matched to the act told at that site,
    when every part finds its own."""
    out: list[tuple[Group, Casualties]] = []
    for part in sent.text.split(";"):
        m = _SITE_TOLL.match(part)
        if m is None:
            return None
        site = m["site"].lower()
        told = [g for g in groups if any(site in f.sent.text.lower() for f in g.frames)]
        c = find_casualties(part)
        if len(told) != 1 or c.fatalities is None or any(told[0] is g for g, _c in out):
            return None
        out.append((told[0], c))
    return out if len(out) >= 2 else None


def _period_tally(low: str) -> bool:
    """Whether a lower-cased sentence tallies casualties over a period ("Cumulative civilian
    casualties in the oblast since 01.01.2024: 91 (34 killed, 57 injured)" needs no verb)."""
    return ((_TALLY_VERB.search(low) is not None or _TALLY_HEAD.search(low) is not None)
            and _TALLY_PERIOD.search(low) is not None and _TALLY_NOUN.search(low) is not None
            ) or _YEAR_TOLL.search(low) is not None


def _empty_frame(sent: Sentence, index: int) -> Frame:
    return Frame(sent=sent, index=index, means=None, violent=False, dates=[],
                 casualties=Casualties(), countries=set(), towns=set(), background=False,
                 new_marker=False, plural_ref=False, doubt=False)


def _names_a_town(text: str) -> bool:
    """Whether ``text`` names a town or site (not a region that a small town elsewhere shares:
    "across Corsica")."""
    found = find_places(text)
    regions = {m.start for m in found if m.place.kind in ("admin1", "country")}
    return any(m.place.kind in ("town", "site") and m.start not in regions for m in found)


def make_frame(sent: Sentence, index: int, published: dt.date, first: bool = False,
               detail: bool = True,
               memorial: Callable[[], bool] = lambda: False,
               no_target: Callable[[str], bool] = lambda _text: False,
               opens: bool | None = None, entry_year: int | None = None,
               latest: dt.date | None = None) -> Frame:
    """What one sentence says. ``detail=False``: nobody needs the tolls, dates and cues of a
    sentence that turns out not to be violent (no incident is being told nearby), so they are
    not computed; most sentences of a news page are of that kind."""
    text = sent.text
    signal = has_signal(text)
    item_head = _item_head(text) if _YEAR.search(text) else None
    label = _LABEL_LINE.match(text) is not None or _sea_position(text)
    if not signal and not _DETAIL_SIGNAL.search(text.lower()) and not label and item_head is None:
        return _empty_frame(sent, index)
    means = classify(text, gated=True) if signal else None
    violent = means is not None and is_violent(text, means)
    if violent and _CATEGORY_FIELD.match(text):
        violent = False  # "Category: Violence > Killing": a report's filing, not an act told
    # "… the Ombudsman's Office reported around 80 people killed across Catatumbo by 21
    # January, coded across multiple events": a count the coder spread over other rows
    told_elsewhere = _CODED_ACROSS.search(text) is not None and not _SPLIT_GIVEN.search(text)
    if told_elsewhere:
        violent = False
    if violent and (_CODED_COUNT.match(text) or CLOSING_TOTAL.match(text)):
        # "Fatalities coded as 40 as reports vary …; the government claim of over 400
        # militants killed is not retained", "40 fatalities (including the 2 bombers).": a
        # coder's count of the act told, no act
        violent = False
    if not violent and not detail and not label and item_head is None:
        return _empty_frame(sent, index)
    casualties = Casualties() if told_elsewhere else find_casualties(text)
    if casualties.spans and ("retaliation" in text or "response to" in text or "revenge" in text
                             ) and (av := AVENGED_CLAUSE.search(text)) is not None and (
            av.start() > 0 and all(av.start() <= a < av.end() for a, _b in casualties.spans)):
        # "Israeli forces struck Hudaydah Port on July 20 in retaliation for the Houthi drone
        # strike on Tel Aviv, which killed one Israeli civilian": the toll of the act avenged
        casualties = find_casualties(text[:av.start()] + " " * (av.end() - av.start())
                                     + text[av.end():])
    if ("since" in (low := text.lower()) or "between" in low or " in 19" in low
            or " in 20" in low or " the past " in low or " the last " in low) and (
            _CUMULATIVE.search(text) is not None):
        # "Since 28 August, 24 Palestinians have been killed in Jenin, Tubas and Tulkarm", "In
        # Tillabéri region, 214 civilians have been killed since January": a running count
        # over weeks, neither an act nor any act's toll
        violent, casualties = False, Casualties()
    elif casualties.spans and _period_tally(low):
        violent, casualties = False, Casualties()
    no_toll = casualties.fatalities is None and casualties.injured is None
    if violent and not (casualties.fatalities or casualties.injured) and no_target(text):
        violent = False
    if violent and no_toll and any(not (gm.group().endswith("times") and _STRUCK_TIMES.search(
            text, 0, gm.start())) for gm in _GENERIC_RECORD.finditer(text)):
        # "has carried out a string of attacks on Hazaras": a record, not an event (but "shot
        # Salgado … several times" counts the shots)
        violent = False
    if violent and no_toll and means is not None and actor_only(text, means):
        violent = False  # "militants abandoned the checkpoint": an armed actor, no act told
    if means is not None and means.strength == 1 and _TOLL_HEAD.match(text):
        # "Updated toll from the state prosecutor this afternoon: 9 killed": the day of the
        # count, not of the act (but "The death toll from Friday night's attack …" names it)
        dates_told = [d for d in find_dates(text, published, latest) if _names_act(text, d)]
    else:
        dates_told = find_dates(text, published, latest)
    if dates_told:
        # "News of the massacre only emerged on 21 April", "On 09/28/2016, the Joint
        # Investigation Team concluded that the aircraft was hit by a Buk missile": the day
        # the act became known or was found out, not its own
        # (nor "as part of the military operation launched earlier this month, when a drone
        # dropped an explosive charge": the day a campaign began)
        dates_told = [d for d in dates_told
                      if not _LEARNT_ON.search(text, max(0, d.start - 45), d.start)
                      and not _FOUND_AFTER.match(text, d.end)
                      and not _CAMPAIGN_BEGAN.search(text, max(0, d.start - 60), d.start)]
    if "date_start" in text and len(dates_told) > 1:
        # a UCDP GED row: its date_start is the act's day, not its sources' days
        # ("source_article: "Reuters,2018-06-25,…" | … | date_start: 2018-06-23")
        started = [d for d in dates_told if _GED_DATE_START.search(text, max(0, d.start - 16),
                                                                    d.start)]
        dates_told = started or dates_told
    if len(dates_told) == 1 and _AFTERMATH_BEFORE.search(
            text, max(0, dates_told[0].start - 50), dates_told[0].start):
        # "The strike killed 32 people, and rescuers were still searching the rubble
        # yesterday": the day of the search, not of the act
        dates_told = []
    if dates_told and ("mage" in text or "aptured" in text or "ollected" in text
                       or "ompar" in text):
        # "Imagery from 8 April and 12 April 2024 shows fire damage across Abu Zereiga",
        # "Imagery captured on 10 August shows the aftermath of the 9 August explosions": the
        # days the pictures were taken bound the act; the act's own day, when told, is its
        # day, and else the last picture's (the end of the window)
        seen = [d for d in dates_told
                if _IMAGERY_BEFORE.search(text, max(0, d.start - 45), d.start)
                or any(o.end <= d.start and _IMAGERY_BEFORE.search(text, max(0, o.start - 45),
                                                                   o.start)
                       and _AND_BETWEEN.fullmatch(text, o.end, d.start) for o in dates_told)]
        if seen:
            own = [d for d in dates_told if d not in seen]
            dates_told = own or [max(seen, key=lambda d: d.date)]
    if dates_told and ("rest" in text or "buri" in text or "funeral" in text):
        # "He was laid to rest on Tuesday in Najaf, beside his son, who was among 300 people
        # killed in the Karrada truck bombing in July 2016": the burial's day is no act's
        dates_told = [d for d in dates_told
                      if not _BURIAL_BEFORE.search(text, max(0, d.start - 60), d.start)]
    if (wounds := _DIED_OF_WOUNDS.search(text)) is not None and any(
            d.start >= wounds.end() for d in dates_told):
        # "died in hospital on Sunday of wounds suffered in Friday's missile strike": the day of
        # the act, not of the death
        dates_told = [d for d in dates_told if d.start >= wounds.end()]
    if (spoken := SPOKEN_CORRECTION.search(text)) is not None and any(
            d.start >= spoken.end() for d in dates_told):
        # "on Monday -- sorry, it was Tuesday, not Monday --": the day the speaker corrects to
        dates_told = [d for d in dates_told if d.start >= spoken.end()
                      and not text.endswith("not ", 0, d.start)]
    if dates_told and (means is None or means.strength == 1) and (
            "toll" in text or "figure" in text):
        # "The state government yesterday gave an official toll of 40 dead", "On Saturday the
        # prosecutor revised the death toll to 305": the day a count was given, not the act's
        dates_told = [d for d in dates_told if not _TOLL_TOLD_AFTER.match(text, d.end)]
    dates = [d for d in dates_told
             if (EVENT_YEAR.match(text, d.start)
                 # ("the toll from this morning's strike": the day the act is named by)
                 or _names_act(text, d)
                 # ("high since Sept. 24, 2023, when Serb gunmen fought police": the day the
                 # clause then tells)
                 or _WHEN_AFTER.match(text, d.end) is not None
                 or not _NOT_EVENT_DATE.search(text[max(0, d.start - 25):d.start]))
             and (not _past_clause(text[max(0, d.start - 70):d.start])
                  or _clause_tells_act(text, d, means, published)
                  # ("Rudolph, who was also responsible for the 07/27/1996 bombing": the day
                  # names the act it stands before)
                  or _names_act(text, d))
             and not (d.precision != "year" and _SPAN_LEAD.match(text, d.start)
                      # ("the death toll from Thursday's attack": the day names the act)
                      and not _names_act(text, d)
                      # ("heavy shooting in Brooklyn since thursday", "burning houses since
                      # yesterday night": a citizen's report of an act going on since that day)
                      and not (_SINCE_DAY.match(text, d.start)
                               and 0 < (published - d.date).days <= 6)
                      # ("overnight from Thursday to Friday": the night begins that day)
                      and not _NIGHT_BEFORE.search(text, max(0, d.start - 20), d.start))]
    if (len(dates) > 1 and means is not None and dates[0].end <= means.start
            and _AFTER_BEFORE_ACT.search(text, dates[0].end, means.start)
            and any(d.start > means.start for d in dates)):
        # "were burying their dead yesterday after bandits invaded the village on Sunday":
        # the day of the act, not of its aftermath
        dates = [d for d in dates if d.start > means.start]
    if len(dates) > 1:
        # "The US military said on Wednesday it had carried out an air strike … on Tuesday":
        # the day of the statement yields to the day of the strike
        told = [d for d in dates if _SAID_ON.search(text, max(0, d.start - 30), d.start)]
        if told and len(told) < len(dates):
            # ("announced on Saturday that it had carried out, the day before, a drone strike":
            # the day before the statement's)
            dates = [replace(d, date=told[0].date - _ONE_DAY, explicit=True)
                     if d.start > told[0].end and _DAY_BEFORE.fullmatch(text, d.start, d.end)
                     else d for d in dates if d not in told]
    if len(dates) > 1 and (("toll" in text and _TOLL_ROSE.search(text))
                           or _AFTERMATH.search(text) or _CLAIMED_FOR.search(text)):
        # "The death toll from Thursday's attack on a convoy rose to 47 on Saturday", "Funerals
        # were held Thursday for victims of Tuesday's attack": the day the act is named by, not
        # the day the count rose or the dead were buried
        named_by = [d for d in dates if _names_act(text, d)]
        if named_by:
            dates = named_by + [d for d in dates if d not in named_by]
    if (dates and (dates[0].date == published or (
            len(dates) > 1 and 0 < (published - dates[0].date).days <= 7))
            and dates[0].start <= 60
            and _DATELINE_PREFIX.match(text, 0, dates[0].start) is not None):
        # (a monitor's release is dated a few days before it is posted: "Islamabad, 11 June
        # 2024 — Journalist … was shot dead on 10 June 2024", posted on the 14th)
        # "BAMAKO, Mali, Feb 19 (wire) – Gunmen … late on Monday", "YEMEN 24-HOUR OVERVIEW —
        # 11 March 2021 ▪ Marib: … on Wednesday evening": the dateline is the day of
        # publication; the day the sentence goes on to give is the event's (alone, it is the
        # day the wire filed, until a later sentence gives the act's)
        dates = dates[1:] if len(dates) > 1 else [replace(dates[0], explicit=False)]
    if (means is not None and len(dates) > 1 and dates[0].date == published
            and _CONDEMNS.search(text, 0, means.start)):
        # "The IFJ today expressed its shock at the death of a photographer, who was killed
        # yesterday in Sirte": the statement's day, then the death's in the clause that tells it
        told = next((d for d in dates[1:] if d.date < published
                     and _clause_tells_act(text, d, means, published)), None)
        if told is not None:
            dates = [told] + [d for d in dates if d is not told]
    if (len(dates) == 1 and means is not None and means.start < dates[0].start
            and dates[0].start - means.start > 40
            and _SAID_AFTER_ACT.search(text, max(0, dates[0].start - 90), dates[0].start)):
        # "A drone attack on the only functioning hospital … killed about 70 people, the head of
        # the WHO said Saturday. … the attack on Friday hit the emergency department": the day
        # it was said, the act's only until a later sentence gives its own
        dates = [replace(dates[0], explicit=False)]
    if dates and (" that " in text) and _SAID_ON_THAT.search(
            text, max(0, dates[0].start - 40), dates[0].start) and _THAT_AFTER.match(
            text, dates[0].end):
        # "Iran's interior minister said on Monday that at least 57 people had been killed":
        # the day a toll was said, the act's only until another sentence gives its own
        dates = [replace(dates[0], explicit=False), *dates[1:]]
    if dates and all(d.date == published for d in dates) and _PHOTO_SCENE.match(text):
        # "People inspect the crater left by an Israeli airstrike … in Tyre, 29 October 2024.
        # The Israeli army struck … on 28 October": a photo's day, the act's only until a later
        # sentence gives its own ("… 2 February 2025, a day after shelling …": the day before)
        after = _DAYS_AFTER_ACT.match(text, dates[0].end)
        dates = [replace(dates[0], date=published - dt.timedelta(days=_count(after["n"])),
                         explicit=True) if after is not None
                 else replace(dates[0], explicit=False)]
    if len(dates) > 1 and dates[0].precision == "day" and (
            _record_date(text, dates[0])
            # ("BENIN – Atacora – 28 June: Gunmen … on Monday": a header's day without its year)
            or (dates[0].start <= 60 and text.startswith(":", dates[0].end))):
        # "CAMEROON – Far North – 11 Feb 2025: A female suicide bomber … on Monday morning":
        # the header's date is the note's own; the day the note goes on to give, counted from
        # it, is the event's
        told = next((d for d in find_dates(text, dates[0].date)
                     if d.start > dates[0].end and d.precision == "day"
                     and _TOLD_DAY.search(text, d.start, d.end) is not None
                     and 0 <= (dates[0].date - d.date).days <= 7), None)
        if told is not None:
            dates = [told] + [d for d in dates[1:] if d.start != told.start]
    if (violent and index == 0 and len(text) <= 160 and PERIOD_TITLE.search(text)
            and not any(d.precision == "day" for d in dates)):
        violent = False  # "Taiz city: children hit by sniper fire, September–November 2016"
    lead = [d for d in dates if d.precision != "year"][:1] or dates[:1]
    # "04/12/2015: Assailants …", "On 12 May 2024, …" opening the text: a record's own date,
    # however long after it the record was published
    record = (index == 0 if opens is None else opens) and any(
        _opens_record(text, d, entry_year) for d in lead)
    if record and lead[0].start > 30 and memorial():
        # ("Five years since Easter Sunday: remembering Nilmini. Nilmini was 16 when a suicide
        # bomber struck … on 21 April 2019.": in a text that remembers, a day closing the
        # opening sentence is the day honoured, not a record's own)
        record = False
    # "Incident A – 18 February 2023, Dablo: armed men …": a documented item's own day, however
    # long before the report (and another item than the one before)
    item = item_head is not None and bool(dates) and dates[0].start == item_head.end() and (
        _YEAR.search(text, dates[0].start, dates[0].end) is not None)
    record = record or item
    # "… describing it as retaliation for the IRA bomb that killed ten people on 23 October":
    # the act told is the one avenged, an earlier event
    avenged = means is not None and _AVENGED.search(text, max(0, means.start - 60),
                                                    means.start) is not None
    # (in a text about a memorial or an anniversary, an old date recalls the event honoured,
    # wherever in the opening sentence it stands)
    # (a record's own date is current whatever cue its sentence holds, "02/22/2015: a device
    # detonated during a march marking the anniversary of the Maidan protests", unless the
    # sentence counts the years since: "On 26 September 1980, forty years ago today, …")
    # ("the 2014 assault": a year that names an event recalls it, wherever it stands)
    # ("… fell silent on Wednesday, exactly one year after two suicide bombers blew themselves
    # up": the act told after the years counted is the one remembered)
    if means is not None and not avenged and (ya := _YEARS_AFTER.search(text)) is not None:
        avenged = ya.end() <= means.start
    if (means is not None and not avenged and dates and ("retaliation" in text
                                                         or "revenge" in text)
            and (cue := _AVENGED_AFTER.search(text, means.start)) is not None
            and all(d.start > cue.end() for d in dates)
            and classify(text[cue.end():cue.end() + 60]) is not None):
        # "… claimed responsibility, describing the attack as retaliation for the Provisional
        # IRA bombing of a shop … on 07/14/1993": the record's attack named, then the dated act
        # it avenged
        avenged = True
    # (the occasion an act was timed for, in a record or a sentence with no day of its own:
    # "bombed a concert held to mark the 62nd anniversary", "wounded in attacks … in
    # commemoration of its 50th anniversary"; a dated act "tore through crowds marking the
    # anniversary" is as old as its day says)
    act_start = means.start if means is not None and (latest is not None or not dates) else None
    background = avenged or (_background_cue(text, act_start) and (
        not record or _YEARS_SINCE.search(text) is not None)) or (not record and any(
        is_old(d, published) and (not first or d.start < 25 or memorial() or (
            d.precision == "year" and _YEAR_NAMES_EVENT.match(text, d.start) is not None))
        for d in lead))
    # ("A few hours later Omeragic killed himself with a bomb": the same story goes on, unless
    # the sentence names a place of its own)
    # ("About an hour later a second car bomb went off near a bus station in the Kadhimiya
    # district": a second device where no place is named is the same incident's)
    # ("About twenty minutes later, as investigators gathered, a second device exploded,
    # killing 1": a device timed for those who came, with its own toll, wherever it names)
    shifted = violent and (((_SHIFTED_DAY.match(text) is not None
                             or _SECOND_DEVICE.search(text) is not None) and (any(
        m.place.kind != "country" and m.weight >= 1.0 for m in find_places(text))
        or _NAMED_QUARTER.search(text) is not None)) or (
        _LATER_DEVICE.match(text) is not None and not no_toll))
    # "The incident was part of a multiple attack; within the hour, a bomb exploded at a
    # teashop in Sai Buri district", "one of two related attacks in Cauca on this date; in
    # Caldono, FARC rebels fired on a police patrol": a record's cross-reference tells the
    # other attack of the series, another incident
    related = _RELATED_ATTACK.search(text) if violent and (
        "attack" in text or "bombings" in text or "also exploded" in text) else None
    # ("one of nine related attacks across Corsica overnight; the other attacks targeted
    # vacation homes …": the rest of the series summed up, no act of its own)
    summed_up = related is not None and _THE_OTHERS.search(text, related.end()) is not None and (
        not _names_a_town(text[related.end():]))
    if summed_up:
        dates = []  # (its "overnight" is the series' night, not another act's day)
    if related is not None and not summed_up and (
            after := classify(text[related.end():])) is not None:
        means = replace(after, start=after.start + related.end())
    else:
        related = None
    # ("… no cas. // 20NOV23 KHERSON OBL / Beryslav: RU aviation dropped …": a log's next
    # entry, led by its own date, is another incident whatever day it gives)
    entry = (index > 0 and bool(dates) and dates[0].start == 0
             and _ENTRY_AFTER_DATE.match(text, dates[0].end) is not None) or (index > 0 and item)
    return Frame(
        sent=sent, index=index, means=means, violent=violent, dates=dates,
        casualties=casualties, countries=_countries(text) if violent else set(),
        towns=_towns(text) if violent else set(),
        background=background,
        new_marker=(bool(_NEW_MARKER.search(text)) or _BULLET_ITEM.match(text) is not None
                    or (index > 0 and _GED_ROW_START.match(text) is not None)
                    or (index > 0 and (cm := _CODED_ITEM.match(text)) is not None
                        and alpha2(cm["c"]) is not None and not _ANAPHOR.search(text))
                    or _AREA_ITEM.match(text) is not None or related is not None
                    or _ALSO_DAY.match(text) is not None
                    or (_QUESTION_LABEL.match(text) is not None and not _ANAPHOR.search(text))
                    or (shifted and not summed_up) or entry or (
                        means is not None and means.strength == 2
                        and _BULLET.match(text) is not None)),
        plural_ref=bool(_PLURAL_REF.search(text)), doubt=doubt_in(text),
    )


_RECORD_LEAD = re.compile(r"^(?:(?:sometime\s+)?(?:(?:late|early|overnight)\s+(?:on|between)|on|"
                          r"around|on\s+or\s+(?:about|around)|about|in|date|between|at|"
                          r"(?:in\s+)?(?:the\s+)?day|"
                          r"(?:on\s+|in\s+|during\s+)?the\s+(?:night|morning|evening|afternoon|"
                          r"early\s+hours)"
                          r"\s+of)\s*:?\s*)?"
                          # "On the 5th of May 1995"; "Overnight on 11-12 November 1996": the
                          # first night of a range
                          r"(?:the\s+)?(?:\d{1,2}\s*[-–/]\s*)?$", re.IGNORECASE)
# "Target: military transport. On 23 April 2008, …": a record's label line before its date
_LABEL_HEAD = re.compile(r"^\s*[A-Z][\w ]{1,30}:\s*[^.:;]{1,80}\.?\s*$"
                         # "NGA – Borno State.": a note's country and region, then its date
                         r"|^\s*[A-Z][A-Za-z ]{1,20}\s+[–—-]\s+[^.:;]{1,60}\.?\s*$")
# "Helmand province, Nad Ali district, 14 March 2011.", "Mastung, Balochistan, Pakistan – 8
# September 2018.", "Pretoria (present-day Gauteng province), South Africa – 20 May 1983."
_PLACE_HEADER = re.compile(r"^(?:[^:]{0,120}:\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-ſ][\w'’.\-]*(?:\s+[\w'’.\-]+){0,4}"
                           r"(?:\s*\([^()]{1,50}\))?(?:,\s*|\s+[–—-]\s+)){1,4}"
                           r"(?:(?:the\s+)?night\s+of\s+)?(?:\d{1,2}\s*(?:to|-|–)\s*)?$")
# ("JENIN, West Bank, March 8 (agency) -": a country or region of up to three words)
# ("BENI, Democratic Republic of Congo, 17 June (Agency) —")
# ("Kabul, 21 December 2019 -", "Geneva/Kinshasa, 16 July 2019 -": a monitor's release)
_DATELINE_PREFIX = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ0-9 .,'’()&/-]*|"
                              r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’-]*(?:[ /][A-ZÀ-ÖØ-Þ][\w'’-]*){0,3},\s+)"
                              # ("Washington, D.C., August 24, 2024—")
                              r"(?:(?:[A-Z][a-z]+|of|the|and)\.?,?\s+|(?:[A-Z]\.){1,3},?\s+){0,5}"
                              r"(?:[—–-]\s*)?"
                              r"(?:\(?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?$")
_SAID_ON_THAT = re.compile(r"\b(?:" + _SPEECH + r"|told\s+(?:[\w'’-]+\s+){1,3}?)\s+"
                           r"(?:on\s+|late\s+on\s+|early\s+on\s+)?$")
_THAT_AFTER = re.compile(r"\s*(?:morning|afternoon|evening|night)?\s*,?\s+that\b")
_SAID_AFTER_ACT = re.compile(r",\s+(?:[\w'’-]+\s+){0,8}?(?:said|says|told\s+\w+|announced|reported)"
                             r"\s+(?:on\s+)?$")
# A photo's caption: a scene told in the present, "People inspect …", "Firefighters work at the
# site of …", "A view shows …", "Smoke rises after …" (after a picture desk's dateline or code)
_PHOTO_SCENE = re.compile(
    r"(?:[A-Z][A-Z .,'’-]+\s+[-–—]\s+[A-Z]+\.?\s+\d{1,2}:\s+|epa\d+\s+)?"
    r"(?:(?:A|The)\s+(?:general\s+)?view\s+of\b|(?:[\w'’,()-]+\s+){1,8}?(?:inspects?|reacts?|work|works|search|searches|gathers?|stand|"
    r"stands|walks?|look|looks|mourn|mourns|attend|attends|carry|carries|rises|shows|sit|sits|"
    r"cry|cries|lay|lays|receives?|clear|clears|remove|removes|sift|sifts|pray|prays|hold|"
    r"holds|check|checks|(?:is|are)\s+seen|(?:is|are)\s+pictured)\b)")
# a toll updated: "the toll from the Zoobe bombing now stands at 231", "The number of people
# killed has risen to forty-one", "sixty-eight people are now known to have died"
_TOLL_NOW = re.compile(r"\b(?:toll|number\s+of\s+(?:people\s+|those\s+)?(?:dead|killed|deaths|"
                       r"victims))\b[^.;]{0,80}?\b(?:has\s+risen|have\s+risen|rose|now\s+stands|"
                       r"stands\s+at|has\s+climbed|climbed|has\s+reached|is\s+now)\b|"
                       r"\b(?:are|is)\s+now\s+(?:known|confirmed|reported|said)\s+to\s+have\s+died\b",
                       re.IGNORECASE)
_CAPS_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]+")
# a bulletin's closing recap of its headlines
_RECAP = re.compile(r"\W*(?:once\s+(?:again|more)|again|to\s+recap|repeating|a\s+reminder\s+of)\b"
                    r"[^:.]{0,40}?\b(?:headlines?|main\s+news|top\s+stor(?:y|ies)|news)\b[^:.]{0,10}:",
                    re.IGNORECASE)
_DAYS_AFTER_ACT = re.compile(r"[^.;]{0,12}?\b(?P<n>" + _COUNT_WORD + r")\s+days?\s+after\b",
                             re.IGNORECASE)
_YEARS_SINCE = re.compile(r"\byears\s+(?:ago|on|since)\b", re.IGNORECASE)
# a verdict told as the day's news: "A Paris court on Wednesday sentenced …", "A federal jury in
# Pittsburgh on Wednesday recommended the death penalty for …"
_VERDICT_NEWS = re.compile(
    r"\b(?:court|jury|judge|magistrate|tribunal)\b[^.;]{0,60}?\b(?:on\s+(?:Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today)\b[^.;]{0,40}?\b(?:sentenced|"
    r"convicted|acquitted|found|recommended|ordered|jailed|upheld)\b|\b(?:sentenced|convicted|"
    r"acquitted|jailed)\b[^.;]{0,80}?\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday)\b")
_YEARS_AFTER = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                          r"twenty|thirty|forty|fifty|\d+)\s+(?:full\s+)?(?:years?|decades?|months?|"
                          r"weeks?)\s+(?:to\s+the\s+day\s+)?(?:after|since)\b|\byears?\s+ago\s+"
                          # (days only from a week on: "a day after a gunfight" is the same news)
                          r"today\b|\b(?:seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                          r"fifteen|twenty|thirty|[7-9]|\d\d)\s+days\s+(?:after|since)\b",
                          re.IGNORECASE)
_YEAR_HEADING = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)\s*:?\s*$")
# "15 August: Omagh, Co. Tyrone.", "March (day not recorded): …": a chronology entry's date
_ENTRY_LINE = re.compile(r"^\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+)\s*"
                         r"(?:\([^()]{1,40}\))?\s*:")
# "Incident record, compiled from the findings of the inquiry.": the record opens after it
_RECORD_PREAMBLE = re.compile(r"^[^.:]{0,60}\b(?:incident|event)\s+(?:record|entry)\b[^:]*$",
                              re.IGNORECASE)
_HEADER_END = re.compile(r"\s*[.:]")
_RECORD_SELF = re.compile(r"\s*(?:this\s+|the\s+)?(?:record|entry|incident|event|dataset\s+note|"
                          r"data\s+note|database\s+entry)(?:\s+date)?\s*(?::|of|for|on|covers|"
                          r"concerns|refers|relates|describes|records)\b", re.IGNORECASE)
# "The 2014 Dera Ismail Khan market bombing was a bomb attack on …": an encyclopaedia entry
_ENTRY_TITLE = re.compile(r"^The\s+(?P<y>(?:19|20)\d\d)\s+[^.]{3,90}?\b(?:attacks?|bombings?|"
                          r"massacres?|shootings?|siege|raids?|ambush|hijacking|kidnapping|"
                          r"explosions?|blasts?|assault)\s+(?:was|were)\b")
# "… in Peshawar, Pakistan on 02/14/2014.": a record may close its first sentence with its date
_RECORD_CLOSE = re.compile(r"\s+on\s+$")
_FIELD_AFTER = re.compile(r"\s*(?:[|–—:.(]|-\s|,\s+[A-Z]|$)")
_FIELD_SEPARATOR = re.compile(r"[|\]:–—]|\s[-/]\s|^\s*$")
_DAY_RANGE = re.compile(r"\d\s*(?:[–-]|to)\s*\d")
# ("edition of 06/07/2023", "Date: week of 27 November 2023": the issue's day, a week)
_NOT_FIELD_BEFORE = re.compile(r"\b(?:week\s+of|edition\s+of|as\s+of|published|issued|updated|"
                               r"posted|printed|report(?:ing)?\s+(?:date|period))\s*:?\s*$",
                               re.IGNORECASE)
_SAID = re.compile(r"\b(?:said|says|told|reported)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\s*[.;]?\s*$")
# a date that states its year: "2017", or a coder's two-digit one ("05/03/17", "02MAY12")
_YEAR = re.compile(r"(?:19|20)\d\d|" + SHORT_YEAR_DATE.pattern + r"|[A-Z]{3}\d\d\b")
# "SYR 05/03/17 Idlib gov.", "NGA BOR 02APR16 —", "IND-JK 08.10.18": a coder's country (and
# region) code before the record's date
_CODE_HEAD = re.compile(r"(?:[A-Z]{2,4}(?:-[A-Z]{1,3})?[\s|]+){1,2}")


_EVENT_OF = re.compile(r"\b" + _EVENT_NOUN + r"\s+(?:of|on)\s+$", re.IGNORECASE)


_OPERATION = re.compile(r"\b(?:operation|raid|search|cordon|patrol|offensive)\b", re.IGNORECASE)


def _operation_day(text: str, published: dt.date) -> DateMention | None:
    """"On 13 June, … security forces carried out an intelligence-based operation in Datta
    Khel. Troops and terrorists exchanged heavy fire.": the day an operation is led by is the
    day of the fighting told next."""
    if not text.startswith("On ") or not _OPERATION.search(text):
        return None
    return next((d for d in find_dates(text, published) if d.precision == "day" and d.explicit
                 and d.start <= 3), None)


def _dated_event(text: str, published: dt.date) -> DateMention | None:
    """A day date a sentence gives an event noun ("the grenade attack of 31 March 2013")."""
    if "attack" not in text and "bomb" not in text and "blast" not in text and (
            "shooting" not in text and "explosion" not in text) and _ACT_VERB.search(text) is None:
        return None
    # ("… guilty of assisting the gunmen who stormed the Westgate mall on 21 September 2013")
    return next((d for d in find_dates(text, published) if d.precision == "day"
                 and (_EVENT_OF.search(text, max(0, d.start - 40), d.start)
                      or _ACT_ON.search(text, max(0, d.start - 120), d.start))), None)


_ACT_VERB = re.compile(r"\b(?:stormed|attacked|bombed|raided|massacred|ambushed|abducted|"
                       r"kidnapped)\b")
_ACT_ON = re.compile(r"\b(?:who|which|that|when)\s+(?:[\w-]+\s+){0,3}?(?:stormed|attacked|bombed|"
                     r"killed|shot|raided|massacred|struck|ambushed|abducted|kidnapped|opened\s+"
                     r"fire)\b[^.;]{0,80}?\b(?:on|in)\s+$", re.IGNORECASE)


# "(date: 2006-10-17)", "[date: night of 21/22 Jan 2012]", "Date of event: 14 Dec 2014": a
# record's date field, wherever it stands
_DATE_FIELD = re.compile(r"(?i:\b(?:date(?:\s+of\s+(?:the\s+)?(?:event|incident|attack))?|"
                         r"event\s+date))\s*[:=]\s*")
# what a header line may hold besides its day: a time, "around", "approx."
_TIME_WORDS = re.compile(r"(?i:\b(?:around|about|approx\.?|at|c\.|local|time|hrs|h|am|pm|"
                         r"morning|evening|night|afternoon|on)\b|\d{1,2}[:.h]\d{2}|\d{4}\s*hrs)")


def _closing_date(sentences: list[Sentence], published: dt.date) -> DateMention | None:
    """The day a record's date field gives, for acts told before it with none of their own."""
    for sent in sentences:
        if "ate" not in sent.text or (m := _DATE_FIELD.search(sent.text)) is None:
            continue
        found = find_dates(sent.text[m.end():], published)
        if found and found[0].precision in ("day", "week", "month"):
            d = found[0]
            return replace(d, start=d.start + m.end(), end=d.end + m.end())
    return None


def _date_line(text: str, today: dt.date) -> DateMention | None:
    """The day of a line that holds nothing else but its time ("11/04/2023, around 08:00."),
    alone or after the place it follows ("…, Sagaing Region, Myanmar. 11/04/2023.")."""
    at = text.rfind(". ", 0, len(text) - 2) + 2 if ". " in text[:-2] else 0
    line = text[at:]
    if len(line) > 40 or not any(c.isdigit() for c in line):
        return None
    found = [d for d in find_dates(line, today) if d.precision == "day" and d.explicit]
    if len(found) != 1:
        return None
    rest = line[:found[0].start] + " " + line[found[0].end:]
    if re.sub(r"[\W_]+", "", _TIME_WORDS.sub(" ", rest)):
        return None
    return replace(found[0], start=found[0].start + at, end=found[0].end + at)


def _opens_record(text: str, d: DateMention, entry_year: int | None) -> bool:
    """The date of the sentence that opens a record is the record's own: its date field, or in
    an encyclopaedia entry a day of the title's year."""
    return _record_date(text, d) or (d.precision == "day" and d.date.year == entry_year)


def _record_date(text: str, d: DateMention) -> bool:
    """A calendar date with its year that opens the text (the date field of a record)."""
    if d.precision == "year":
        return False
    if _GED_DATE_START.search(text, max(0, d.start - 16), d.start):
        return True  # a UCDP GED row's "date_start: 2019-01-01": each row is a record
    if _YEAR.search(text, d.start, d.end) is None:
        # "August 14: Two troopers were killed …": a timeline entry, its year the page's
        return d.start == 0 and d.precision == "day" and text.startswith(":", d.end)
    if d.start <= 30 and (_RECORD_LEAD.match(text[:d.start]) is not None
                          or _CODE_HEAD.fullmatch(text, 0, d.start) is not None):
        return True
    if d.precision == "day" and _RECORD_SELF.match(text):
        # "This entry concerns an attack on Yelwata … on 19 March 2019": the record names
        # itself, then its date
        return True
    if d.start <= 160 and text.startswith((",", " ("), d.end) and _PLACE_THEN_DATE.fullmatch(
            text, 0, d.start) is not None:
        # "In Andijan, Andijan region, overnight on 12-13 May 2005, armed men stormed …", "Near
        # the town of Ndu (North-West region), before dawn on 14 February 2020, …": a record
        # that opens with its place, then its date
        return True
    if d.start <= 200 and _PLACE_HEADER.match(text[:d.start]) and _HEADER_END.match(text, d.end):
        # "Helmand province, Nad Ali district, 14 March 2011. Clashes …": place, then date
        return True
    if (d.start <= 90 and _FIELD_AFTER.match(text, d.end) and _FIELD_SEPARATOR.search(
            text, 0, d.start) and not has_signal(text[:d.start])
            and not _DAY_RANGE.search(text, d.start, d.end)  # ("14–17 May 2024": a period)
            and not _SAID.search(text, 0, d.start)
            and not _NOT_FIELD_BEFORE.search(text, 0, d.start)):
        # "Incident SYR-0617-R | 17 June 2017 | Raqqa …", "[Translated tracker] 14/02/2020 –
        # Celaya, Guanajuato.", "Nangarhar – Jalalabad – 11 June 2019.": a header's date field
        return True
    # (not after a day of the sentence's own: "A magistrate on Wednesday found two men guilty of
    # helping the gunmen who stormed the Westgate mall on 21 September 2013.")
    return (d.precision == "day" and _RECORD_CLOSE.search(text, 0, d.start) is not None
            and _SENTENCE_END.fullmatch(text, d.end) is not None
            and _NEWS_DAY.search(text, 0, d.start) is None)


_PLACE_THEN_DATE = re.compile(
    r"(?:In|Near|At|Outside|On)\s+(?:the\s+)?[^.;:]{2,120}?,\s+(?:(?:on|in|at|during|late\s+on|"
    r"early\s+on|overnight\s+on|(?:at|before|shortly\s+after)\s+dawn\s+on|around|about)\s+)?"
    r"(?:the\s+(?:morning|night|evening|afternoon|early\s+hours)\s+of\s+)?(?:\d{1,2}\s*[-–]\s*)?")
_NEWS_DAY = re.compile(r"\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
                       r"yesterday|today|this\s+week)\b")


def _event_date(dates: list[DateMention], background: bool) -> DateMention | None:
    """The date a frame puts its event on: a bare year ("in 2002") dates news only when it
    recalls the past; for current news it is context ("jailed for the 2002 bombing"). What a
    sentence recalls is its oldest date ("on Saturday … nine years since the 2014 attack")."""
    if background and dates:
        # (but "in 2016 … on the morning of March 22, 2016": the day, not its year's 1 January)
        days = {(d.date.year, d.date.month) for d in dates if d.precision == "day"}
        years = {y for y, _m in days}
        told = [d for d in dates if not (d.precision == "year" and d.date.year in years)
                and not (d.precision == "month" and (d.date.year, d.date.month) in days)]
        return min(told or dates, key=lambda d: (d.date, d.start))
    for d in dates:
        if d.precision != "year" or background:
            return d
    return None


# "Meanwhile, LNA units advancing on Ain Zara clashed with …": at the same time as the act told
_MEANWHILE = re.compile(r"\W*(?:Meanwhile|At\s+the\s+same\s+time|Simultaneously)\b")
# "Hezbollah subsequently claimed Grad rocket fire on Kiryat Shmona": the day of the act before
_SUBSEQUENTLY = re.compile(r"\b(?:subsequently|shortly\s+after(?:wards)?|soon\s+afterwards)\b",
                           re.IGNORECASE)
_RECORD_PREFIX = re.compile(r"(?P<d>[01]?\d/[0-3]?\d/(?:19|20)\d\d):\s")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_WEEKDAY_ONLY = re.compile(WEEKDAY_WORD)


def _the_weekday(d: DateMention, text: str, anchor: dt.date) -> DateMention:
    """"At about 20:30 on the Saturday", "on the Monday evening": a weekday with the article
    is the one of the story's week (the nearest to the day just told), not the last before
    publication."""
    if (d.precision != "day" or not _WEEKDAY_ONLY.fullmatch(text, d.start, d.end)
            or not _THE_BEFORE.search(text, max(0, d.start - 4), d.start)):
        return d
    shift = (d.date.weekday() - anchor.weekday() + 3) % 7 - 3
    return replace(d, date=anchor + dt.timedelta(days=shift))


def _date_of(frame: Frame) -> DateMention | None:
    return _event_date(frame.dates, frame.background)


def segment(sentences: list[Sentence], published: dt.date) -> list[Group]:
    groups: list[Group] = []
    current: Group | None = None
    overview: Frame | None = None
    overview_used = False
    pending: list[Frame] = []
    record_date: DateMention | None = None
    numeric_record = False  # and whether it opens on the database's "MM/DD/YYYY:"
    label_date: DateMention | None = None
    lead_date: DateMention | None = None
    marker_at = -2
    entry_open = False  # a live page's time stamp opened an entry no act has been told in yet
    stamped = {i for i, sent in enumerate(sentences) if _LIVE_STAMP.match(sent.text)}
    interview = any(_ANSWER_TURN.match(sent.text) for sent in sentences[:12])
    first_stamp = min(stamped) if len(stamped) >= 2 else None
    feed_items = _feed_items(sentences)
    violent_at: set[int] = set()
    # read only when an opening sentence carries an old date (rarely)
    memorial = cache(lambda: any(_MEMORIAL.search(s.text.lower()) for s in sentences))
    harmless = cache(lambda: not any(harm_told(s.text.lower()) for s in sentences))
    overview_text = bool(sentences) and _OVERVIEW_HEAD.match(sentences[0].text) is not None
    hoax = cache(lambda: any(_HOAX.search(s.text.lower()) for s in sentences))
    # (a page's furniture, "Local | Outdoors | Weather", stands before its headline)
    headline = [s for s in sentences[:4] if "|" not in s.text and not s.text.isupper()][:1]
    opens_without_target = cache(lambda: bool(sentences) and any(
        _no_target_in(s.text.lower()) or _DEPICTION_OR_LIFE.search(s.text.lower()) is not None
        # (and the lede under a headline: "Spring Storm ends with live-fire finale. AEGVIIDU —
        # … wrapped up the annual Spring Storm exercise")
        for s in {s.start: s for s in (*sentences[:2], *headline)}.values()))

    # (a game's report hurts nobody unless it counts someone hurt: "a late header killed off
    # the game" counts no one)
    sport = cache(lambda: _sport_or_science_report([s.text for s in sentences]) and not any(
        (c := find_casualties(s.text)).fatalities or c.injured
        for s in sentences if _HARM.search(s.text)))

    shot_down = cache(lambda: interceptions_only([s.text for s in sentences]))

    def no_target(text: str) -> bool:
        """A text that opens on (or a sentence that tells of) an exercise, a weapons test, a
        parade, an air show, avalanche control or mine blasting, a film or book reviewed or a
        life recalled, or that calls itself a hoax, and hurts nobody anywhere: targets engaged
        on the range, missiles that struck their impact area, shells fired at slopes, the
        air raids of a war film and gunmen a caller made up hurt nobody."""
        return ((opens_without_target() or _no_target_in(text.lower())
                 or hoax()) and harmless()) or sport() or shot_down() or _sport_item(text)

    # the sentence that opens the record: the first, the one after a label line, or in an
    # encyclopaedia entry the first that gives a day of the title's year
    head = 1 if len(sentences) > 1 and (_LABEL_HEAD.match(sentences[0].text)
                                        or _RECORD_PREAMBLE.match(sentences[0].text)) else 0
    entry = _ENTRY_TITLE.match(sentences[0].text) if sentences else None
    entry_year = int(entry["y"]) if entry is not None else None
    if entry_year is not None:
        head = next((i for i, s in enumerate(sentences) if any(
            d.precision == "day" and d.date.year == entry_year
            for d in find_dates(s.text, published))), head)
    heading_year: int | None = None
    assessment_par = -1  # the paragraph a digest's "Assessment:" or "Background:" opens
    commentary = False  # and whether it weighs acts rather than recalls them
    area_par = -1  # the paragraph a security report's "REGION / District:" item opens
    # (a report titled by its kind lists its period's items, each of its own day)
    titled_report = bool(sentences) and REPORT_WORD.search(sentences[0].text) is not None
    written_day = False
    area_sent: Sentence | None = None  # and the sentence that opens it
    context_until = -1  # the last sentence of a news report's context a cue opens
    source_day: dt.date | None = None
    lead_sent: Sentence | None = None
    period = _period_of(sentences[0].text) if sentences else None
    sitting = {i for i, s in enumerate(sentences[:4]) if proceedings_head(s.text)}
    for i, sent in enumerate(sentences):
        if i in sitting:
            continue  # (where and when a parliament sat: no act's place or day)
        near = current is not None and i - current.frames[-1].index <= 4
        # a database record's own date is the "today" of its later sentences ("The device
        # exploded overnight" is the night before the record's date, not before publication)
        if i <= 2 and source_day is None and (dl := _DATELINE_DAY.match(sent.text)) is not None:
            # "SRINAGAR, Nov 20: Terrorists today shot dead …" in the paper of the 21st: the
            # dateline's day is the story's today
            source_day = next((d.date for d in find_dates(dl.group(), published)
                               if d.precision == "day" and 0 < (published - d.date).days <= 3),
                              None)
        next_record = (i > head and sentences[i - 1].paragraph != sent.paragraph
                       and (rec := _RECORD_PREFIX.match(sent.text)) is not None)
        if next_record:
            # "Incident ID 201307200012 / 07/20/2013: An explosives-laden vehicle …": an export's
            # next record, dated by its own prefix
            record_date = next((d for d in find_dates(sent.text, published)
                                if d.start == rec.start("d")), record_date)
            numeric_record = True
        elif i > head and _GED_ROW_START.match(sent.text):
            # a UCDP GED export's next row, dated by its own date_start
            record_date = next((d for d in find_dates(sent.text, published)
                                if _GED_DATE_START.search(sent.text, max(0, d.start - 16),
                                                          d.start)), record_date)
        today = record_date.date if record_date is not None else source_day or published
        if i == 0 and source_day is None and titled_report:
            # "AFGHANISTAN – Daily Security Report – 21 Nov 2020", sent out the next day: the
            # report's day is the "today" of its items ("air strikes yesterday" on the 20th)
            # (its first day only: "… – MON 09/05/2022 (weekend 07–08 May)" is of the 9th)
            day = next((d.date for d in find_dates(sent.text, published)
                        if d.precision == "day" and d.explicit), None)
            source_day = day if day is not None and 0 < (published - day).days <= 3 else None
            today = source_day or today
        if i == 0 and source_day is None and _RECORDED_ON.match(sent.text):
            # "Interview recorded on 18 June 2024 in Tawila. … A: Nine days ago, on the Sunday,
            # after the shell fell on our street.": the witness speaks from the day recorded
            source_day = next((d.date for d in find_dates(sent.text, published)
                               if d.precision == "day" and d.explicit
                               and 0 <= (published - d.date).days <= 60), None)
            today = source_day or today
        if i == 0 and _SOURCE_HEAD.match(sent.text):
            # "Source: AFP, 3 February 2014. Summary of source: … on Sunday": the source's day
            # is the "today" its summary speaks from
            source_day = next((d.date for d in find_dates(sent.text, published)
                               if d.precision == "day" and d.explicit), None)
        if (hm := _YEAR_HEADING.match(sent.text)) is not None and int(hm["y"]) <= published.year:
            # a chronology's year heading ("1998", then "15 August: Omagh …"): its entries'
            # days are that year's, each entry a record of its own
            heading_year = int(hm["y"])
            continue
        entry_line = heading_year is not None and _ENTRY_LINE.match(sent.text) is not None
        if heading_year is not None and (record_date is None or entry_line):
            today = min(dt.date(heading_year, 12, 31), published)
        f = make_frame(sent, i, today, first=current is None and overview is None and i <= 2,
                       detail=near, memorial=memorial, no_target=no_target,
                       opens=i == head or entry_line, entry_year=entry_year,
                       latest=published if record_date is not None else None)
        if current is not None and current.date is not None and f.dates:
            f.dates = [_the_weekday(d, sent.text, current.date.date) for d in f.dates]
        if next_record and f.violent:
            f.new_marker = True  # (a record of its own, whatever place and day it shares)
        if interview and _INTERVIEWER_TURN.match(sent.text):
            # "Q: So two people were wounded?", "Q: Your cousin told us fifteen were killed.":
            # the interviewer asks, or relays; the witness's answer tells the act and its count
            f.casualties, f.violent, f.new_marker = Casualties(), False, False
        if (f.casualties.spans and ";" in sent.text and len(groups) >= 2
                and (by_site := _tolls_by_site(sent, groups)) is not None):
            # "The railway station blast killed at least 26 …; the market explosion killed
            # four": each device's toll to the act told at its site
            for g, c in by_site:
                g.add_casualties(c, sent)
                g.extra.append(sent)
            continue
        if f.violent and groups and _RECAP.match(sent.text):
            # "Once again, the headlines: thirty people are now confirmed dead after three
            # suicide bombers attacked …": a bulletin's closing recap retells its story (its
            # latest toll included), not another act
            told = [g for g in groups if not g.background]
            same = next((g for g in told if f.towns & g.towns), told[0] if told else None)
            if same is not None:
                # (and what follows it is told of that story: "Officials suspect the Islamic
                # State group.")
                # (an undated story keeps its span: its day is looked for inside it)
                if same.date is not None:
                    same.frames.append(f)
                    current = same
                else:
                    same.extra.append(sent)
                same.take_later_count(f.casualties, sent)
                continue
        if (f.violent and any(not g.background for g in groups)
                and _TOLL_NOW.search(sent.text) and not any(
                    d.explicit and d.precision == "day" for d in f.dates)):
            # "We've just had an update: the toll from the Zoobe bombing now stands at two
            # hundred and thirty-one", "The number of people killed has risen to forty-one": a
            # new count for an act told, the one it names or the one just told
            told = [g for g in groups if not g.background]
            named = next((g for g in told if f.towns and f.towns <= g.towns), None) or next(
                (g for g in told if any(w in " ".join(s2.text for s2 in g.sentences)
                                        for w in _CAPS_NAME.findall(sent.text)[1:])), None)
            last = told[-1]
            target = named or (last if not f.towns or f.towns <= last.towns else None)
            if target is not None:
                target.extra.append(sent)
                target.take_later_count(f.casualties, sent)
                continue
        if (current is not None and f.dates and not current.background
                and _STANDOFF_ENDED.search(sent.text)):
            # "The siege ended on 10/26/2002 when special forces stormed it. At least 129
            # hostages died": the end of the act told, its toll the act's, on the act's day
            f.dates, f.new_marker = [], False
        if (record_date is not None and i > 0 and f.dates and "overnight" in sent.text.lower()
                and _NIGHT_ONLY.search(sent.text)):
            # "11/05/2002: Holeri, … Insurgents attacked the police post overnight": the
            # record's date is already the night's
            f.dates = [replace(d, date=today) if d.date == today - _ONE_DAY
                       and _NIGHT_ONLY.fullmatch(sent.text, d.start, d.end) else d
                       for d in f.dates]
        if (f.violent and f.casualties.fatalities is None and i > 0
                and _VICTIMS_KILLED.match(sent.text)
                and (taken := _TAKEN_COUNT.search(sentences[i - 1].text)) is not None):
            # "… pulled seven farmers from their homes. The victims were shot dead next to the
            # village school.": those taken are the dead
            f.casualties = replace(f.casualties, fatalities=parse_number(taken["n"]))
        if _AREA_ITEM.match(sent.text):
            area_par, area_sent = sent.paragraph, sent
        if _ASSESSMENT_HEAD.match(sent.text):
            assessment_par = sent.paragraph
            # (a "Background:" recalls acts; an "Assessment:" or a "Comment:" weighs them)
            commentary = not sent.text.lower().startswith(("background", "context"))
        elif i > 0 and _context_opens(sent.text):
            context_until = i + 1  # (the sentence and the next: paragraphs may run on)
        if (f.violent and not f.background and (sent.paragraph == assessment_par or (
                i <= context_until and not f.new_marker
                and sent.paragraph == sentences[context_until - 1].paragraph))
                and any(d.explicit for d in f.dates)):
            # "Assessment: The strike is the deadliest this year. On Thursday (23 May) missiles
            # hit a printing house …": a digest's comment recalls the acts it compares
            f.background = True
        elif (f.violent and sent.paragraph == assessment_par and commentary and not f.dates
              and f.casualties.fatalities is None and f.casualties.injured is None):
            # "Comment: This is the third ambush on the Yei–Lasu axis since mid-May.": a
            # comment counts and compares acts; it tells none
            f.violent = False
        elif (f.violent and not f.dates and current is not None and current.background
                and i - current.frames[-1].index <= 2 and not f.new_marker and memorial()):
            # "Thirty years ago today, on 19 June 1987, a car bomb … The blast killed 21": a
            # text that remembers goes on telling the event it remembers
            f.background = True
        elif (f.violent and not f.dates and current is None and _THAT_TIME.search(sent.text)
              and memorial()):
            # "… marked the 20th anniversary of the 11 March 2004 train bombings. Ten bombs
            # exploded on four trains that morning": the morning remembered
            f.background = True
        elif (f.violent and not f.dates and i > 0
              and sentences[i - 1].paragraph == sent.paragraph):
            # "… convicted over the grenade attack of 31 March 2013 in Eastleigh. The prosecution
            # proved that he threw two grenades …": the act told next is the one just dated
            named = _dated_event(sentences[i - 1].text, today) or (
                _operation_day(sentences[i - 1].text, today) if (i - 1) not in violent_at
                else None)
            if named is not None:
                f.dates = [named]
                f.background = f.background or is_old(named, today)
                f.countries |= _countries(sentences[i - 1].text)
        elif (f.violent and not f.dates and i > 0 and current is None
              and (tt := _THAT_TIME.search(sent.text)) is not None and tt.start() <= 30
              and len(days := [d for d in find_dates(sentences[i - 1].text, today)
                               if d.precision == "day" and d.explicit]) == 1):
            # "Sunday 25 February was a day of mourning … Early that morning, militants
            # attacked a mosque": the day the sentence before names
            f.dates = [replace(days[0], start=tt.start(), end=tt.end())]
            f.background = f.background or is_old(days[0], today)
        ca = _CAME_AFTER.match(sent.text) if f.violent else None
        if ca is not None and current is not None and current.date is not None:
            # "The blast came a day after al-Shabaab fighters stormed the Manda Bay base", "It
            # came a week after gunmen stormed a resort": the event it came after, recalled
            unit = ca["u"].lower().rstrip("s")
            if unit in ("hour", "minute"):
                # ("The bombing came an hour after two suicide bombers struck the departure
                # hall of Zaventem airport": another act of the same day)
                f.dates = [DateMention(current.date.date, "day", ca.start(), ca.end(), True)]
                f.new_marker = True
            else:
                back = dt.timedelta(days=_count(ca["n"]) * {"day": 1, "week": 7, "month": 30}[unit])
                f.dates = [DateMention(current.date.date - back, "day" if unit == "day" else unit,
                                       ca.start(), ca.end(), True)]
                f.background = True
            after = classify(sent.text[ca.end():])  # (not "the blast" the sentence opens with)
            if after is not None:
                f.means = replace(after, start=after.start + ca.end())
        if (f.violent and not f.background and i > 0 and f.means is not None and f.dates
                and all(d.explicit and d.date < today and (d.precision == "day" or (
                    d.precision == "month" and (d.date.year, d.date.month)
                    < (today.year, today.month))) for d in f.dates)
                and (fc := _FOLLOWED_CUE.search(sent.text, 0, f.means.start + 40)) is not None
                and (fc.start() < f.means.start
                     # ("The shelling followed an Arakan Army attack on … on or around 4 April":
                     # the act just told, then the one that set it off)
                     or ((subject := _THE_ACT_FOLLOWED.match(sent.text)) is not None
                         and fc.start() == subject.end()))
                and (current is None or (
                    current.date is not None and all(d.date < current.date.date
                                                     for d in f.dates)))):
            # "The latest attacks follow a missile strike on … on 19 May", "The violence was
            # triggered by the abduction of a merchant on 11 July", "Hostilities escalated
            # following the 5 October drone attack": the earlier act that set off those told
            f.background = True
        if f.violent and _period_statement(sent.text, today):
            # "Between 5 and 31 October, at least 70 civilians were killed in north-west
            # Syria", "During the reporting period, 12 attacks …": a period's count, no act
            f.violent = False
        if overview_text and f.violent and not any(d.precision == "day" for d in f.dates):
            # "Syria weekly: a monitor counted 214 deaths …": a weekly overview counts events;
            # only an act told on its own day is one of them
            f.violent = False
        if i == 0 and head == 1:
            # "Nangarhar – Jalalabad – 11 June 2019. A suicide bomber …": a label line's date
            # dates the record's incidents that give none
            label_date = next((d for d in find_dates(sent.text, today)
                               if _opens_record(sent.text, d, entry_year)), None)
        line_day = _date_line(sent.text, today) if record_date is None and i <= head + 2 else None
        if line_day is not None:
            # "Pazigyi village, Kanbalu township, Sagaing Region, Myanmar. 11/04/2023, around
            # 08:00. A military jet bombed …": a record's header line of its day alone
            record_date = line_day
            # ("MOZAMBIQUE – CABO DELGADO – PALMA DISTRICT / 29/03/2021 / Since Wed 24/03 …":
            # a note's line of the day it was written, whose items of the days before are news)
            written_day = line_day.date == published
        if i == head or entry_line:
            # "03/02/2018: Assailants attacked the embassy …" dates every incident of the record
            record_date = next((d for d in find_dates(sent.text, today)
                                if _opens_record(sent.text, d, entry_year)), line_day)
            numeric_record = _NUMERIC_DAY.match(sent.text) is not None
            if i == 0 and (cov := _COVERING.search(sent.text)) is not None:
                # "SITREP 12/03/2024 (covering 11/03)": the day its items happened, not its own
                record_date = _covered_day(sent.text, cov, today) or record_date
        elif (record_date is not None and f.violent and not f.background and f.dates
              and all(d.precision == "day" and (((record_date.date - d.date).days > 14
                                                 and _YEAR.search(sent.text, d.start, d.end))
                                                or (d.date < record_date.date
                                                    and (_CAUSE_BEFORE.search(sent.text, 0,
                                                                              d.start)
                                                         or _TOLD_AS_EARLIER.search(
                                                             sent.text, 0, d.start)
                                                         or _HAD_AFTER.match(sent.text, d.end)
                                                         or sent.text.endswith(
                                                             "since the ", 0, d.start)
                                                         # (a record's own numeric form: "…
                                                         # in less than a week; on 08/15/2006,
                                                         # a similar device killed one")
                                                         or (numeric_record
                                                             and _NUMERIC_DAY.search(
                                                                 sent.text, d.start, d.end))
                                                         or (not titled_report and (
                                                             (record_date.date - d.date).days > 7
                                                             or ((record_date.date
                                                                  - d.date).days > 2
                                                                 and d.start <= 15
                                                                 and not written_day))))))
                      for d in f.dates)):
            # "… following a bombing on 07/19/2001": another date in a record recalls the past
            # (and so does "came in response to the AA overrunning the outpost on 5 March",
            # however close: the earlier act that the record's act answers; and "The same front
            # had dropped explosives … on 23 April", "The war in the department started on 2
            # January near Puerto Jordan", told as before the record's day; and in a note, not a
            # report listing its period's items, an act dated more than a week before, or led by
            # a day more than two days before: "On 16 January 2020, an ADF attack near the same
            # locality killed 5 civilians")
            f.background = True
        elif (record_date is None and current is not None and current.date is not None
              and f.violent and not f.background and f.dates
              and _SAYS.search(sent.text) is None and all(
                  d.precision == "day" and d.date < current.date.date and (
                      _TOLD_AS_EARLIER.search(sent.text, 0, d.start)
                      or _HAD_AFTER.match(sent.text, d.end)) for d in f.dates)):
            # (and in any text, an act told in the pluperfect on a day before the act just
            # told: "… on 14 October 2020. The Taliban had launched an offensive on the
            # outskirts of Lashkar Gah on 11 October.")
            f.background = True
        if (f.violent and f.means is not None and (
                f.means.strength == 1 or f.means.sub_event_type == "explosion_unknown_cause"
                or f.means.weapon == "incendiary")
                and not names_attack(sent.text) and not _country_label(sent.text) and any(
                    accident_in(sentences[j].text) for j in range(max(0, i - 2), i)
                    if j not in violent_at)):
            # (a digest's item led by its country is its own story: a game's "hat-trick" in the
            # item before is no crash whose toll it tells)
            # "A bus overturned … Eleven people were killed", "… vehicles were burned": the
            # crash's toll
            f.violent = False
        if (f.violent and current is None and not f.tells_incident and f.means is not None
                and not _HARM.search(sent.text) and _DEFINITE_BEFORE.search(
                    sent.text[max(0, f.means.start - 30):f.means.start])
                and not _NAMED_ACTED.search(sent.text, max(0, f.means.start - 30))):
            f.violent = False  # "the time of the blast", with no incident told: a reference
        if i in stamped:
            entry_open = True
        if f.violent:
            violent_at.add(i)
        if not f.violent and (_SECTION_HEAD.match(sent.text) or (
                (f.new_marker or i == 0) and f.dates and len(sent.text) <= 120
                and _item_head(sent.text))):
            # "2) NORTH-WEST – Bamenda, Mezam division": an advisory's heading names the place
            # of the incident told under it ("Incident 4 – 17 February 2022 – Harib": its day
            # too, and the incident under it is another)
            pending.append(f)
            if f.new_marker:
                marker_at = i
            continue
        if not f.violent and _sea_position(sent.text):
            # "Reference the incident approx 65NM W of Hodeidah, Yemen, at 0945 UTC on 12 Jun."
            # (or a report's "Posn: …, approx 200nm ENE of Hobyo"): where and when the act told
            # next happened, or the one its title line just named
            if (current is not None and current.frames[-1].index == i - 1
                    and not current.frames[-1].sent.text.rstrip().endswith(".")):
                _attach_label(current, f, sent)
            else:
                pending.append(f)
            continue
        if not f.violent and (_LABEL_LINE.match(sent.text) or (i == 0 and (
                _RECORD_SELF.match(sent.text) or PLACE_HEADING.match(sent.text)
                or dyad_first_side([s.text for s in sentences[:2]]) is not None)) or (
                (i == head or entry_line) and record_date is not None)):
            # "Location: Kirkuk, Iraq." / "Fatalities: 3" in agency notes and database rows;
            # "Mpeketoni, Lamu County, Kenya – 15 June 2014.": a record's place and date line
            if current is not None and i - current.frames[-1].index <= 4:
                c = f.casualties
                if len(groups) > 1 and c.fatalities is not None and any(
                        g.fatalities == c.fatalities for g in groups if g is not current):
                    # "… Same day, M23 clashed …; fatalities unknown. Fatalities: 3.": the
                    # record's toll field repeats the count of an incident already told
                    current.extra.append(sent)
                else:
                    _attach_label(current, f, sent)
            else:
                pending.append(f)
            continue
        if not f.violent:
            if f.new_marker:
                marker_at = i
            opening = current is None and lead_date is None and i <= 1
            signal = opening and has_signal(sent.text)
            if signal or (opening and _REPORT_FOR.search(sent.text)):
                # "Russian forces kept up fire on border communities of Sumy region throughout
                # Monday. In Bilopillia, …": an update's opening day dates the items it lists
                lead_date = next((d for d in find_dates(sent.text, today)
                                  if d.explicit and d.precision == "day"
                                  and not is_old(d, today)
                                  and not (d.date == published and d.start <= 60)), None)
                if signal:
                    lead_sent = sent  # (and names who acted, when its items do not)
            if (current is not None and i - current.frames[-1].index > 2 and len(groups) == 1
                    and ((record_date is not None and _CLAIM_OR_CAUSE.search(sent.text))
                         or (not current.background and not f.dates
                             and _RESPONSIBLE.search(sent.text) is not None
                             # (not "The Islamic State claimed responsibility for that attack":
                             # an act recalled just before)
                             and not _THAT_EVENT.search(sent.text)))):
                # a database record tells one incident: whoever it blames at its end, however
                # many sentences of detail came between, is blamed for that incident (as an
                # alert's "Assessment: Al-Shabaab claimed responsibility" blames the one told)
                current.extra.append(sent)
            elif (current is not None and (i - current.frames[-1].index <= 2 or (
                    record_date is not None and (CLOSING_TOTAL.match(sent.text)
                                                 or _CODED_COUNT.match(sent.text))) or (
                    # ("UPDATE 2 (31/01): Rescue operations have ended. Officials … now put the
                    # death toll at 100": the act's toll, updated however far on)
                    len(groups) == 1 and not current.background and "toll" in sent.text
                    and _UPDATED.search(sent.text) is not None))
                  # ("SOMALIA: Flash floods … have killed at least 29": a digest's next item,
                  # led by its country or its feed's time, adds nothing to the item before)
                  and not (sent.paragraph != current.frames[-1].sent.paragraph
                           and (i in feed_items or _country_label(sent.text)))):
                c = f.casualties
                if c.fatalities is not None or c.injured is not None:
                    closing = CLOSING_TOTAL.search(sent.text) is not None
                    # ("Both events coded with … 6 fatalities.": the note's total, not each's)
                    targets = (_plural_targets(groups, current) if f.plural_ref and not closing
                               else [current])
                    if closing and record_date is not None and current.background and (
                            own := next((g for g in reversed(groups) if not g.background), None)
                            ) is not None:
                        # "… who had looted livestock earlier that day. 16 fatalities.": the
                        # note's total is its own act's, not the one it recalls
                        targets = [own] if own.fatalities is None or c.fatalities else []
                    if closing and record_date is not None and c.fatalities == 0 and sum(
                            not g.background for g in groups) > 1 and not any(
                            "unknown" in s2.text for s2 in sentences[:i]):
                        # "… injuring three officers. On the same night, TTP militants attacked a
                        # checkpoint …; no casualties. No fatalities.": none in any act it told
                        # (not an act coded apart; nor when the note calls any toll unknown)
                        targets = [g for g in groups if not g.background and g.fatalities is None
                                   and not any(_CODED_APART.search(s2.text)
                                               for s2 in g.sentences)]
                    elif closing and any(
                            g is not current and not g.background and g.fatalities == c.fatalities
                            for g in groups) and (current.fatalities is not None or c.fatalities):
                        # "… ambushed a patrol, killing two soldiers. Later the same day, a
                        # landmine …; no casualties reported. 2 fatalities.": the note's total is
                        # its first act's, not the last one's none
                        targets = []
                    elif record_date is not None and (
                            closing or _CODED_AS.search(sent.text)) and (
                            (first := next((g for g in groups if not g.background), None))
                            is not None and first is not current and not current.background
                            and any(_CODED_APART.search(fr.sent.text) for fr in current.frames)):
                        # "… Air strikes on the retreating column are coded as a separate event.
                        # Fatalities coded as 40 … 40 fatalities.": a note's count is its own
                        # row's, the act it opened on, not the act it codes apart (a zero
                        # there is the coder's "unknown": "fatalities unknown, coded as 0")
                        targets = [first] if first.fatalities is None and c.fatalities else []
                    for g in targets:
                        # (a note's closing total is the coder's count: "AFRICOM said 5
                        # militants were killed; residents said 2 of the dead were farmers. 5
                        # fatalities.")
                        # (but not the sum of a split the note made: "Fatalities split across
                        # events: 8 and 3. 11 fatalities.")
                        g.add_casualties(c, sent, override=closing and record_date is not None
                                         and sum(not g2.background for g2 in groups) == 1
                                         and not any(_SPLIT_GIVEN.search(s2.text)
                                                     for s2 in sentences[:i]))
                    current.extra.append(sent)
                elif f.doubt:
                    current.doubt = True
                    current.extra.append(sent)
                elif _CLAIM_OR_CAUSE.search(sent.text) and not (
                        f.means is not None and f.dates and current.date is not None
                        and all(d.precision == "day" and d.date != current.date.date
                                for d in f.dates)):
                    # ("Al-Shabaab claimed responsibility for both attacks": for each; but not
                    # "The Houthis claimed on July 21 that they had fired missiles at Eilat",
                    # a claim of another day's act)
                    # ("… A similar raid on 2 April had killed a soldier. The governor
                    # attributed the 9 May attack to the PKK.": the act of that day)
                    dated = next((g for g in groups if not g.background and g.date is not None
                                  and any(d.date == g.date.date and d.precision == "day"
                                          for d in f.dates)), None) if (
                        current.background and f.dates and _ANAPHOR.search(sent.text)) else None
                    own = next((g for g in reversed(groups) if not g.background), None) if (
                        numeric_record and current.background and not f.dates
                        and _ANAPHOR.search(sent.text)) else None
                    if own is not None:
                        # "… The attack followed a similar raid on Mavivi on 10/08/2014. Sources
                        # attributed both attacks to the ADF": a record's closing attribution is
                        # its own act's (and the one recalled too, when it says both)
                        for g in ([own, current] if _BOTH_ACTS.search(sent.text) else [own]):
                            g.extra.append(sent)
                        continue
                    for g in ([dated] if dated is not None else
                              _plural_targets(groups, current, sent.text) if (
                                  f.plural_ref or _BOTH.search(sent.text)) else [current]):
                        g.extra.append(sent)
                elif _ANAPHOR.search(sent.text) and not f.new_marker:
                    # "The attack occurred on 27 November in Zabul Province."
                    current.extra.append(sent)
                    if current.date is None:
                        current.date = _event_date(f.dates, current.background)
                    current.countries |= _countries(sent.text)
                elif (i - current.frames[-1].index == 1 and not f.new_marker
                      and _VICTIM_VERB.search(sent.text)
                      and not (_countries(sent.text) - current.countries)):
                    # "… hacked to death in northwestern Bangladesh. Rezaul Karim Siddique was
                    # attacked on his way to the university in the city of Rajshahi": the
                    # victim's story, and its place
                    current.extra.append(sent)
            continue
        # An overview: several countries at once, told in the plural (but "Al-Shabaab said it
        # carried out the bombings to punish Uganda for its troops in Somalia" claims this one);
        # a bulletin's tally ("On 21 March Russian forces carried out 78 attacks on 29
        # settlements"), whose items follow
        tally = current is None and ((f.casualties.fatalities is None
                                      and f.casualties.injured is None
                                      and _TALLY.search(sent.text) is not None)
                                     or _TOLL_PER_TOWN.search(sent.text) is not None)
        several = ((len(f.countries) >= 2 and f.plural_ref) or (
            len(f.countries) >= 2 and re.search(r"\battacks\b", sent.text, re.I))) and not (
            current is not None and _CLAIM_OR_CAUSE.search(sent.text)
            and _ANAPHOR.search(sent.text))
        if tally or several:
            if overview is not None and not overview_used:
                groups.append(_group_from(overview, None))
            overview, overview_used = f, False
            continue
        if (current is not None and not current.background and not f.new_marker
                and f.casualties.fatalities is None and f.casualties.injured is None
                and i - current.frames[-1].index <= 3 and _CLAIMED_THE.search(sent.text)):
            # "The Islamic State in the Greater Sahara claimed the ambush on Tuesday": the claim
            # of the incident told, on a day of its own
            current.extra.append(sent)
            continue
        if (current is not None and current.means is not None
                and current.means.sub_event_type == "abduction" and not current.background
                and i - current.frames[-1].index <= 2 and _CAPTIVES_BODY.match(sent.text)):
            # "Assailants abducted a contractor … His body, bearing gunshot wounds, was recovered
            # the following day": the captive's death ends the abduction told
            current.add_casualties(f.casualties, sent)
            current.extra.append(sent)
            continue
        if (period is not None and f.background and f.dates
                and _OPENS_ON_DAY.match(sent.text) is not None
                and all(period[0] <= d.date <= period[1] for d in f.dates)
                and not _background_cue(sent.text)):
            # "Attacks on health care – monthly digest, March 2019", "05/03/2019 – …": the
            # digest's month is its news, and its dated item's next sentence the item's toll
            f.background = False
        new = current is None
        item = False
        opened, entry_open = entry_open, False
        if current is not None:
            d_new, d_cur = _date_of(f), current.date
            if f.background != current.background and (f.substantive or f.means is not None):
                # ("… said four of the attackers were killed in that raid": the one just told)
                new = (f.substantive or not current.background) and not (
                    i - current.frames[-1].index == 1 and ca is None
                    and _THAT_EVENT.search(sent.text))
            else:
                # ("Meanwhile, fighting flared on the ground. Houthi fighters attacked …": the
                # marker may stand in the sentence before)
                # (a live page's entry, under its own time stamp, tells its own act unless it
                # updates the one before: no other town, no other kind of weapon)
                entry = opened and f.means is not None and (
                    # (the page's headline sums the entries up: the first entry is not its update)
                    (first_stamp is not None and current.frames[-1].index < first_stamp)
                    or (f.means.strength == 2 and (
                        bool(f.towns and not (f.towns & current.towns)) or (
                            current.means is not None and WEAPON_FAMILY.get(f.means.weapon)
                            != WEAPON_FAMILY.get(current.means.weapon)))))
                # ("Yesterday morning, troops shelled Bilozerka … In the afternoon, an enemy
                # drone …": the day's next act, unless a heading has just dated it)
                later = bool(_LATER_IN_DAY.match(sent.text)) and not pending
                # ("ECUADOR — Hitmen shot dead …", "Benin: Suspected jihadists killed …": a
                # digest's items, each led by its country)
                labelled = _country_label(sent.text) or i in feed_items
                # ("GALGADUUD / Galcad: Heavy fighting … Casualties unknown. US AFRICOM states
                # that it conducted an air strike near Galcad": a report's item goes on in its
                # paragraph, whatever its opening sentence told)
                in_item = (area_par == sent.paragraph
                           and current.frames[-1].sent.paragraph != sent.paragraph)
                marked = (f.new_marker or marker_at == i - 1 or entry or later or labelled
                          or in_item) and (f.substantive or f.means is not None)
                elsewhere = bool(f.countries and current.countries
                                 and not (f.countries & current.countries)
                                 # ("The Weather Underground claimed responsibility, stating
                                 # that the bombing was a protest against the … invasion of
                                 # Laos": the claim of the act told, and its cause)
                                 and not (f.casualties.fatalities is None
                                          and f.casualties.injured is None
                                          and _CLAIM_OR_CAUSE.search(sent.text)
                                          and _ANAPHOR.search(sent.text)))
                # ("… lost this season: in July two tractor drivers were killed" after an act
                # of 2 August: an earlier month's act, recalled)
                earlier_month = (d_new is not None and d_cur is not None and d_new.explicit
                                 and d_new.precision == "month" and d_cur.precision == "day"
                                 and not current.background
                                 and d_new.date < d_cur.date.replace(day=1))
                if earlier_month:
                    f.background = True
                # the day a toll was told, of the act just told
                told_day = bool(d_new is not None and (f.means is None or f.means.strength == 1)
                                and f.casualties.fatalities and not f.towns
                                and (_TOLL_TOLD_AFTER.match(sent.text, d_new.end)
                                     or _RELEASED_ON.search(sent.text, max(0, d_new.start - 30),
                                                            d_new.start)))
                other_day = (d_new is not None and d_cur is not None and d_new.explicit
                             and (d_new.precision == "day" or earlier_month)
                             and abs((d_new.date - d_cur.date).days) > 1
                             # ("… killed 12 civilians in a night raid, officials said on
                             # Monday. The attackers arrived late on Friday": the day it was
                             # said gives way to the act's)
                             and (d_cur.explicit or not _ACTOR_ANAPHOR.match(sent.text))
                             and not told_day)
                # "In Hilla, a sticky bomb ..." after a Baghdad bombing: another incident
                other_town = bool(
                    f.towns and current.towns and not (f.towns & current.towns)
                    and f.means is not None and (f.means.strength == 2
                                                 or _ALSO_HIT.search(sent.text) is not None)
                    and (f.casualties.fatalities is not None or f.casualties.injured is not None)
                    and not _ANAPHOR.search(sent.text)
                    and not _TAKEN_TO_HOSPITAL.search(sent.text)
                    and not (_ONE_OF_MUNITIONS.match(sent.text) and current.means is not None
                             and WEAPON_FAMILY.get(f.means.weapon)
                             == WEAPON_FAMILY.get(current.means.weapon)))
                # a daily update's list of places: "… struck Nikopol district. In Marhanets,
                # an FPV drone hit a car", "In the town of Grayvoron, a drone dropped …"
                lead = (_PLACE_LEAD.match(sent.text) or _PLACE_COLON.match(sent.text)
                        or _TOWN_HIT.match(sent.text) or _TYPED_TOWN_HIT.match(sent.text)
                        ) if f.means is not None else None
                # (a typed item, "Chikun LGA: bandits abducted …", needs no gazetteer entry)
                other_lead = bool(lead and not _ANAPHOR.search(sent.text) and lead["n"] not in
                                  " ".join(s.text for s in current.sentences)
                                  and (lead.groupdict().get("t")
                                       or _same_country_place(lead["n"], current.countries)))
                # a different means on its own day with its own toll: another incident
                cur_means = current.means
                other_means = bool(
                    f.means is not None and f.means.strength == 2 and cur_means is not None
                    and (cur_means.strength == 1 or WEAPON_FAMILY.get(f.means.weapon)
                         != WEAPON_FAMILY.get(cur_means.weapon))
                    and (f.casualties.fatalities is not None or f.casualties.injured is not None)
                    and d_new is not None and d_new.explicit and d_cur is not None
                    # (a photo's or a wire's own day is no day of another act)
                    and d_cur.explicit
                    and d_new.date != d_cur.date and not _ANAPHOR.search(sent.text))
                # "Several hours later, assailants set fire to the same school": an act of
                # another kind, told as later that day
                later_act = bool(
                    f.means is not None and f.means.strength == 2 and cur_means is not None
                    and WEAPON_FAMILY.get(f.means.weapon) != WEAPON_FAMILY.get(cur_means.weapon)
                    and _HOURS_LATER.match(sent.text, _item_lead(sent.text))
                    and not _ANAPHOR.search(sent.text, 0, f.means.start + 20))
                # "On Sunday, gunmen abducted three men …" after Saturday's gunfight: a sentence
                # led by a day of its own tells another incident, a day apart or more
                # (after its place's label, too: "Borno: on the morning of 11 May gunmen …")
                led_at = lead.end() if lead is not None and lead.re is _PLACE_COLON else 0
                # ("On the night of 7 to 8 October, shells hit a school in Ariha"; "On 9
                # October, a boy was killed … by a cluster submunition remnant": an update's
                # next item, led by its day, whatever words it tells its act in)
                led_day = bool(
                    d_new is not None and d_cur is not None and d_new.explicit
                    and d_new.precision == "day" and d_new.date != d_cur.date
                    # (not "… a drive-by shooting in Sydney's west overnight. About 1.15am today
                    # (Sunday 18 June 2023), emergency services were called": the night's day)
                    and (abs((d_new.date - d_cur.date).days) > 1
                         or (d_cur.explicit and not _night_dated(current, d_cur)))
                    and d_new.start - led_at <= (25 if led_at else 20) and f.means is not None
                    and not told_day
                    and (f.means.strength == 2 or ((_ON_DAY_LEAD.fullmatch(
                        sent.text, 0, d_new.start) is not None or (
                            d_new.start == 0 and sent.text[:3].lower() == "on ")) and (
                        f.casualties.fatalities is not None or f.casualties.injured is not None)))
                    # ("On 2 September, drone-dropped bombs struck … no group claimed the second
                    # attack": an anaphor that counts the act as another)
                    and not any(not _ANOTHER_ORDINAL.search(am.group())
                                for am in _ANAPHOR.finditer(sent.text)))
                # "ADF attacked farmers near Mavivi … FARDC troops who arrived later pursued the
                # assailants and clashed with the ADF": the fight that followed a one-sided act
                # is an act of its own, between other sides
                counter_clash = bool(
                    f.means is not None and f.means.sub_event_type == "armed_clash"
                    and cur_means is not None and cur_means.sub_event_type not in (
                        "armed_clash", "armed_assault") and _COUNTER_CLASH.match(sent.text))
                # "About three hours earlier, a second device exploded at Paddington railway
                # station", "A second vehicle bomb exploded in Madina district": another bomb,
                # at a place of its own
                sd = _SECOND_BOMB_AT.search(sent.text) if "econd" in sent.text else None
                second_device = bool(sd and sd["n"] not in " ".join(
                    s.text for s in current.sentences))
                # "LNA aircraft also struck BRSC positions in the nearby Gwarsha area", "The
                # militants also abducted at least 19 soldiers": an act of another kind, told as
                # the same side's further deed
                # (not "the attackers also burned several houses": a massacre's arson is of it)
                also_act = bool(
                    f.means is not None and f.means.strength == 2 and cur_means is not None
                    and ((f.means.weapon not in ("incendiary", "melee", "firearm", "unknown")
                          and WEAPON_FAMILY.get(f.means.weapon)
                          != WEAPON_FAMILY.get(cur_means.weapon))
                         or (f.means.sub_event_type == "abduction"
                             and cur_means.sub_event_type != "abduction"))
                    and (am := _ALSO_ACT.search(sent.text)) is not None
                    # (nor "The gunmen, who also fired a rocket and threw grenades, escaped":
                    # the same men's weapons in the act told)
                    and not sent.text[:am.start()].endswith(("were ", "was ", "who ")))
                # "The Turkish military said its jets struck 32 PKK targets in northern Iraq and
                # Syria overnight in response": the answer from the air is an act of its own
                answer = bool(
                    f.means is not None and f.means.strength == 2 and cur_means is not None
                    and f.means.weapon in ("aircraft", "drone", "missile", "artillery", "rocket")
                    and WEAPON_FAMILY.get(f.means.weapon) != WEAPON_FAMILY.get(cur_means.weapon)
                    and _IN_RESPONSE.search(sent.text) is not None)
                # "Last night 2 x 107mm rockets impacted inside the perimeter of Baghdad
                # International Airport" under a paragraph on a market's suicide bombing: a note's
                # paragraph led by its day and another kind of weapon is another item
                new_paragraph = bool(
                    f.means is not None and f.means.strength == 2 and cur_means is not None
                    and WEAPON_FAMILY.get(f.means.weapon) != WEAPON_FAMILY.get(cur_means.weapon)
                    and i > 0 and sentences[i - 1].paragraph != sent.paragraph
                    and current.frames[-1].sent.paragraph != sent.paragraph
                    and d_new is not None and d_new.start <= 25 and d_new.start < f.means.start
                    # (an act told whole, dated and counted, not a title or a record's fields)
                    and d_cur is not None and d_cur.explicit
                    and (current.fatalities is not None or current.injured is not None)
                    and not _ANAPHOR.search(sent.text))
                new = (marked or elsewhere or other_day or other_town or other_means or other_lead
                       or led_day or later_act or counter_clash or second_device or also_act
                       or answer or new_paragraph)
                if new and not marked and not other_day and (
                        f.means is not None and cur_means is not None
                        and f.means.sub_event_type == cur_means.sub_event_type == "abduction"
                        and _CAPTORS_GO_ON.match(sent.text)):
                    # "The hijackers … demanded an end to … in Chechnya. They surrendered …
                    # near Istanbul": a hostage-taking told on to its end is one act, wherever
                    # its demands and its end are told
                    new = False
                item = (other_lead or other_town) and not (marked or elsewhere or other_day)

        if (new and i == 1 and current is not None and [fr.index for fr in current.frames] == [0]
                and not f.background and _headline_then_dateline(sentences)):
            # "Jawan killed as Pakistan violates ceasefire in Keran sector. Srinagar: A soldier
            # was killed …": the story under a headline retells it, and its tolls beat the
            # headline's
            new = item = False
            current.headline = True
        if new and current is not None and f.plural_ref and not f.placed:
            new = False
        if (new and current is not None and current.background and not f.background
                and not f.new_marker and not f.dates and not f.countries and not f.towns
                and i - current.frames[-1].index == 1
                and (f.means is None or f.means.strength == 1 or (
                    # ("… most of them shot at close range": the same weapon, told again)
                    current.means is not None and WEAPON_FAMILY.get(f.means.weapon)
                    == WEAPON_FAMILY.get(current.means.weapon)))
                and current.fatalities is None and current.injured is None
                and (f.casualties.fatalities or f.casualties.injured)):
            # "On 26th March, a suicide bomber rammed his vehicle into the convoy … Five Chinese
            # nationals and their Pakistani driver were killed.": the toll of the act recalled
            current.add_casualties(f.casualties, sent)
            current.extra.append(sent)
            continue
        if (new and current is not None and current.background and not f.new_marker
                and not f.dates and not f.countries and i - current.frames[-1].index == 1
                and f.casualties.fatalities == 0 and _ANAPHOR.search(sent.text)):
            # "… a bomb near Mach damaged a passenger train, injuring two. Nobody was killed in
            # the train attack.": the toll of the act just recalled
            current.add_casualties(f.casualties, sent)
            current.extra.append(sent)
            continue
        if (new and current is not None and current.background and not f.new_marker
                and not f.background and f.casualties.fatalities is None
                and f.casualties.injured is None and _ANAPHOR.search(sent.text)):
            # "The state governor condemned Saturday's bombing …", told after a recalled
            # event: the incident already told that day, not a new one
            d_new = _date_of(f)
            told = next((g for g in reversed(groups) if not g.background and (
                d_new is None or (g.date is not None and g.date.date == d_new.date))), None)
            if told is not None:
                told.extra.append(sent)
                continue
        if new:
            if (f.background and current is not None and not current.background
                    # (its toll's sentences may stand between: "Three civilians were injured …
                    # No fatalities were reported. Hizballah claimed responsibility, saying …")
                    and i - current.frames[-1].index <= 3
                    and (cc := _CLAIM_OR_CAUSE.search(sent.text)) is not None
                    # (not "came two weeks after a car bomb attributed to the PKK killed nine
                    # in Gaziantep": the blame told of the recalled act is that act's)
                    and (f.means is None or cc.start() < f.means.start)
                    and not _THAT_EVENT.search(sent.text)
                    # (nor "The group had earlier been blamed for the 10/23/1983 suicide truck
                    # bombing …": a blame for an act of another day)
                    and not (current.date is not None and any(
                        d.precision == "day" and d.date != current.date.date
                        and _BLAME_OF_DAY.fullmatch(sent.text, cc.end(), d.start)
                        for d in f.dates))):
                # "Officials blamed the PKK, which had stepped up attacks since …": the blame
                # is for the incident being told; the recalled attacks are another mention
                current.extra.append(sent)
            ov = overview if overview is not None and not f.background else None
            previous = current
            current = _group_from(f, ov)
            current.headline = i == 0 and _is_headline(sentences)
            if ov is not None:
                current.lead = ov.sent
            elif item and previous is not None:
                current.lead = previous.lead or previous.frames[0].sent
            elif previous is None:
                current.lead = lead_sent
            if (current.date is None and previous is not None and previous.date is not None
                    and (_SAME_DAY.search(sent.text) or _LATER_DEVICE.match(sent.text)
                         or (record_date is None and _SEPARATE_INCIDENT.match(sent.text)))):
                # ("; same day, an IED struck …": dated now, so that the next entry's own day
                # tells it apart; "About an hour later a third bomber struck …" after an attack
                # recalled is recalled too)
                current.date = previous.date
                current.background = current.background or previous.background
            if (current.date is None and i > 0 and (i - 1) not in violent_at
                    and sentences[i - 1].paragraph == sent.paragraph
                    and _TOPIC_ANNOUNCED.search(sentences[i - 1].text)):
                # "I'll start with yesterday's attack. At approximately 5:50 p.m., a suicide
                # bomber …": a briefer names the act's day before telling it
                current.extra.append(sentences[i - 1])
                current.date = next((d for d in find_dates(sentences[i - 1].text, today)
                                     if d.precision == "day"), None)
            if (current.date is None and not f.towns and not f.countries
                    and (f.casualties.fatalities or f.casualties.injured)):
                # "Yesterday, Friday 22 July, terrorists attempted to penetrate the camp of
                # Kati … the attack was repelled. The provisional toll on our side is one
                # soldier killed": a toll that names neither day nor place is the act's the
                # paragraph told just before
                told = _told_before(sentences, i, violent_at)
                if told:
                    current.extra.extend(told)
                    current.date = next((d for t in told for d in find_dates(t.text, today)
                                         if d.precision == "day" and d.explicit), None)
            if area_sent is not None and area_sent.paragraph == sent.paragraph and (
                    area_sent is not sent):
                # "JENIN / Jenin camp: The IDF operation in Jenin camp, launched on 03 Jul,
                # continues. The operation opened with a drone strike …": the item's lead says
                # where, and when
                current.extra.append(area_sent)
                if current.date is None and not current.background:
                    current.date = next((d for d in find_dates(area_sent.text, today)
                                         if d.explicit and d.precision == "day"), None)
            if (i > 0 and (i - 1) not in violent_at and sentences[i - 1].paragraph
                    == sent.paragraph
                    # (not "Al-Shabaab claimed responsibility shortly after the attack began.
                    # The group has a long record …, including the attack on the Elite Hotel":
                    # the claim is the act's just told, not the one recalled)
                    and not (current.background and _CLAIM_OR_CAUSE.search(sentences[i - 1].text))
                    and ((_ANAPHOR.search(sent.text)
                                            and _EVENT_WORD.search(sentences[i - 1].text))
                                           or _ACTOR_ANAPHOR.match(sent.text)
                                           or (_PLACE_ANAPHOR.search(sent.text)
                                               and find_places(sentences[i - 1].text))
                                           or (not f.towns and not f.countries
                                               and (f.casualties.fatalities
                                                    or f.casualties.injured)
                                               and _HIT_PLACE.search(sentences[i - 1].text)
                                               and find_places(sentences[i - 1].text)))):
                # "X carried out an attack on Y. One was killed in the attack.": the sentence
                # the anaphor points back to says who and where
                current.extra.append(sentences[i - 1])
            if previous is not None and previous.frames and (
                    _SAME_PLACE.search(sent.text)
                    or (not f.towns and _LATER_DEVICE.match(sent.text) is not None
                        and _NAMED_QUARTER.search(sent.text) is None
                        and not _PLACE_WORD_AFTER_NAME.search(sent.text))):
                # "On Saturday, the dissidents attacked the same unit with drones": where the
                # act before happened (as the second device "went off nearby" twenty minutes on)
                current.extra.append(previous.frames[0].sent)
            for p in pending:  # labels written before the narrative belong to it
                _attach_label(current, p, p.sent)
            pending = []
            if ov is not None:
                overview_used = True
                current.overview = ov.index
            groups.append(current)
        else:
            assert current is not None
            at = (_TOLL_AT_NAME.search(sent.text) or _UPDATE_OF.match(sent.text)) if len(
                groups) > 1 and (f.casualties.fatalities or f.casualties.injured) else None
            told_at = next((g for g in reversed(groups) if g is not current and not g.background
                            and any(at["n"] in s.text for s in g.sentences)), None) if (
                at is not None and not any(at["n"] in s.text for s in current.sentences)) else None
            if told_at is not None:
                # "… a second vehicle bomb exploded in the Medina district. UPDATE (16/10):
                # Officials now say that more than 300 people were killed at Zoobe": the toll of
                # the act at the place it names, told before
                told_at.extra.append(sent)
                told_at.add_casualties(f.casualties, sent,
                                       override=_UPDATED.search(sent.text) is not None)
                continue
            current.frames.append(f)
            if _day_yields(current, f, sentences, published):
                current.date = _event_date(f.dates, current.background) or current.date
            current.countries |= f.countries
            if (len(current.frames) == 2 and current.frames[0].index == 0
                    and len(current.frames[0].towns) >= 2 and _headline_at(sentences, 0)):
                # "… strike hits Kyiv children's hospital; casualties in Kryvyi Rih and Dnipro":
                # a headline's towns are the whole story's; the act it leads into has its own
                current.towns = set()
            current.towns |= f.towns
            c = f.casualties
            if f.plural_ref and not f.placed:
                for g in _plural_targets(groups, current):
                    g.add_casualties(c, sent)
            else:
                # ("Police initially put the death toll at six, but …": not the toll now)
                # ("UPDATE: … now reports 45 people killed", after the one the army named)
                toll = ((re.search(r"death\s+toll", sent.text, re.I) is not None
                         or _UPDATED.search(sent.text) is not None)
                        and _PROVISIONAL.search(sent.text.lower()) is None)
                current.add_casualties(c, sent, override=toll)
            if f.doubt:
                current.doubt = True
    if overview is not None and not overview_used:
        groups.append(_group_from(overview, None))
    for g in groups:
        if not (g.fatalities and not g.background and any(
                _SPLIT_BETWEEN.search(s.text) for s in g.casualty_sentences[-1:])):
            continue
        others = [o for o in groups if o is not g and not o.background and o.fatalities]
        if len(others) == 1 and others[0].fatalities < g.fatalities:
            # "Shells also landed in Thar Zay … Four civilians were reported killed in total;
            # reported fatalities are split between this event and the shelling of Thar Zay":
            # the total less the other event's share
            g.fatalities -= others[0].fatalities
    for g in groups:
        if g.date is None and not g.background and len(g.frames) > 1:
            g.date = _date_within(sentences, g, published)
        if g.fatalities is None and not g.background and any(
                _DEATH_RECORD.search(s.text) for s in g.sentences):
            # "Name: … | Age: 34 | Date of death: 12/03/2024 | …": a casualty record is one
            # death at least, when nothing in it counts more
            g.fatalities = 1
    for prev, g in pairwise(groups):
        shifted = _SHIFTED_DAY.match(g.frames[0].sent.text)
        if (shifted is not None and not g.background and prev.date is not None
                and prev.date.precision == "day" and (g.date is None or not g.date.explicit
                                                      or g.date.date == published - _ONE_DAY)):
            # (over the day before publication that "the previous day" alone would give)
            g.date = _shifted(prev.date, shifted)
            continue
        first = g.frames[0]
        if (g.date is None and not g.background and prev.date is not None
                and (_LATER_IN_DAY.match(first.sent.text, lead := _item_lead(first.sent.text))
                     or _MINUTES_LATER.match(first.sent.text, lead)
                     # ("Incident 2: From approximately 1930 local time, Iran launched …": a
                     # clock time alone, on the day of the item before)
                     or _CLOCK_LEAD.match(first.sent.text))
                and not (
                    # (a heading just before gives the day: "Tripoli, 14 October 2019.")
                    first.index > 0 and _FULL_DAY.search(sentences[first.index - 1].text))):
            # "Yesterday morning, troops shelled Bilozerka … In the afternoon, an enemy drone
            # dropped explosives …": the next act of the day told
            g.date = prev.date
            continue
        own = g.date is not None and any(d.explicit for d in g.frames[0].dates)
        if not own and not g.background and prev.date is not None and (
                _SAME_DAY.search(g.frames[0].sent.text) or (g.date is None and (
                    _MEANWHILE.match(g.frames[0].sent.text)
                    or _SUBSEQUENTLY.search(g.frames[0].sent.text, 0, 60)
                    or _PLACE_LEAD.match(g.frames[0].sent.text)
                    or _PLACE_COLON.match(g.frames[0].sent.text,
                                          _bullet_end(g.frames[0].sent.text))))):
            # "The same day, suspected bandits shot dead two farmers"; an update's next place
            g.date = prev.date
    if (len(groups) > 1 and (len(groups[0].frames) == 1 or all(
            # ("… shot dead outside his home in Chilpancingo. Mexico City, October 19, 2023 -
            # Mexican authorities must thoroughly investigate the killing of journalist …": a
            # release's lead, which condemns the act its body tells)
            _CONDEMNS.search(f.sent.text) for f in groups[0].frames[1:]))
            and _headline_at(sentences, groups[0].frames[0].index)
            and not groups[0].background and not feed_items
            and (told := next((g for g in groups[1:] if not g.background and (
                _same_kind(g, groups[0]) or _retells(g, groups[0]))), None)) is not None):
        # "RSF drone strike kills 15 at Omdurman market", then the story: a headline on a line
        # of its own that the report below retells is no incident of its own (its counts stand
        # where the story gives none: "… condemns the killing of Haitian reporter …", then
        # "Pierre-Louis … was shot in the head")
        if told.fatalities is None and groups[0].fatalities:
            told.fatalities = groups[0].fatalities
        if told.injured is None and groups[0].injured:
            told.injured = groups[0].injured
        if told.date is None and groups[0].date is not None and groups[0].date.explicit:
            # ("… condemns the attack suffered by a press team in El Plateado on Saturday, 19
            # October", then "… when a drone dropped an explosive charge": the lead's day and
            # place are the act's)
            told.date = groups[0].date
            told.extra.extend(groups[0].sentences)
        groups = groups[1:]
    if first_stamp is not None and any(g.frames[0].index >= first_stamp for g in groups):
        # a live page's headline sums up the entries under it, which tell each act
        groups = [g for g in groups if g.frames[-1].index >= first_stamp]
    report = bool(sentences) and _periodic_report(sentences)
    if report and (day := _daily_period(sentences, published)) is not None:
        # "Reporting period: 17 Aug 0800 – 18 Aug 0800": a daily report's items are of its day
        # (those timed before the period's hour, of the next)
        for g in groups:
            if g.date is None and not g.background:
                g.date = _day_of_item(g, day)
    if report:
        # a report dates every act it tells; a sentence of its that gives no day sums up
        # ("ISIL continued to target civilians in Baghdad", "IEDs continued to cause casualties")
        groups = [g for g in groups if g.date is not None or g.background]
    undated = [g for g in groups if g.date is None and not g.background]
    if undated:
        # (the record's date field is looked for once, and only when an act needs it)
        fallback = record_date or label_date or lead_date or _closing_date(sentences, published)
        for g in undated:
            g.date = fallback
    if report:
        # "17. On 22 April, a suicide attacker detonated …" in a report of 15 June: a report's
        # numbered paragraphs tell its period's acts for the first time, weeks or months on
        # (but not an act dated before the period the report states: "Reporting period:
        # 06–07 Mar 21 … follows the 30/12/20 missile attack on Aden airport")
        begins = _period_start(sentences, published)
        for g in groups:
            if g.background and _old_only(g, published) and (
                    begins is None or g.date.date >= begins - _ONE_DAY):
                g.background = False
    if sitting:
        groups = _news_of_proceedings(groups, published)
    if period is not None:
        # "Chad – October 2024. … Boko Haram fighters 9 Oct stormed an army position": a
        # monthly entry's days are its news, however old by publication
        for g in groups:
            if (g.background and g.date is not None and period[0] <= g.date.date <= period[1]
                    and not any(_background_cue(f.sent.text) for f in g.frames)):
                g.background = False
        if period[0].month == period[1].month:
            # (a month's chronology tells each act with its day, or its part of the month:
            # "gunmen early month killed village chief near Tillia"; what it tells with neither,
            # "over 80 civilians killed in Nyala during month", sums the month up)
            kept = []
            for g in groups:
                part = None if g.background else _part_of_month(g, period[0])
                if part is not None:
                    g.date = part
                if g.background or part is not None or (
                        g.date is not None and g.date.explicit and g.date.precision == "day"):
                    kept.append(g)  # (its own day, or its item heading's: "10 September 2023 –")
            groups = kept
    if sentences and _VERDICT_NEWS.search(sentences[0].text):
        # a text whose opening news is a verdict recounts the attack it judged: an act it tells
        # with no day of its own is that attack, not one of the publication day
        for g in groups:
            if not g.background and not any(f.dates for f in g.frames):
                g.background = True
    if titled_report and source_day is not None:
        # "Interim Statement on Election Day (26.10.2024)", posted the next day: an item that
        # names no day of its own is of the report's day, not of the posting
        for g in groups:
            if g.date is None and not g.background:
                g.date = DateMention(source_day, "day", 0, 0, False)
    if sentences and _opens_on_legal_step(sentences[0].text, _frame_at(groups, 0)):
        groups = _recalled_by_the_case(groups, sentences[0].text, published)
    return groups


def _frame_at(groups: list[Group], index: int) -> Frame | None:
    """The frame of the sentence at ``index``, if a group holds it."""
    return next((f for g in groups for f in g.frames if f.index == index), None)


def _opens_on_legal_step(text: str, opening: Frame | None) -> bool:
    """Whether a text opens on a legal step (a verdict, a sentence, a charge), before any act
    its opening sentence tells."""
    step = _VERDICT_NEWS.search(text) or _LEGAL_STEP.search(text)
    return step is not None and (opening is None or opening.means is None
                                 or step.start() < opening.means.start)


def _recalled_by_the_case(groups: list[Group], opening: str, published: dt.date) -> list[Group]:
    """"Dzhokhar Tsarnaev … was formally sentenced today … for his role in the April 15, 2013,
    Boston Marathon bombings", "The Federal Prosecutor General has brought charges against …": a
    prosecutor's or a court's news is the legal step; every act it tells, undated, dated weeks
    back or told in a sentence of the legal step itself ("Three accused persons were today
    arraigned … and charged with being in possession of articles …"), is one the case recalls,
    on the act's day. What a charge names with no toll and no day of its own ("charged with
    attempting to use a weapon of mass destruction", "possessing machine gun conversion
    devices") is no act told, and is dropped."""
    kept = []
    for g in groups:
        if not g.background and (g.date is None or not any(f.dates for f in g.frames)
                                 or (published - g.date.date).days > 7
                                 or any(_LEGAL_STEP.search(f.sent.text) for f in g.frames)):
            g.background = True
            if g.fatalities is None and not g.injured and not any(
                    d.explicit and (published - d.date).days > 7
                    for f in g.frames for d in f.dates):
                continue
            if g.date is not None and (published - g.date.date).days <= 7 and (
                    old := [d for t in [*(f.sent.text for f in g.frames), opening]
                            for d in find_dates(t, published)
                            if d.explicit and (published - d.date).days > 7]):
                # ("sentenced today … for his role in the April 15, 2013, bombing": the act's
                # day, not the sentence's)
                g.date = old[0]
        kept.append(g)
    return kept


# the legal step a prosecutor's or a court's release opens on
_LEGAL_STEP = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|is|are)\s+(?:formally\s+|today\s+|also\s+)?"
    r"(?:sentenced|convicted|indicted|charged|extradited|acquitted|jailed)|sentenced\b[^;]{1,160}?"
    r"\bto\s+(?:life|death|\d+|a\s+(?:total|joint|combined)|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|thirty|forty|fifty|preventive)|pleaded\s+guilty|found\s+(?:[\w.'’-]+\s+){1,6}?guilty|"
    r"brought\s+charges|filed\s+(?:a\s+)?charge\s*sheet|delivered\s+its\s+verdict|"
    r"(?:increased|upheld|confirmed|reduced)\s+(?:[\w.'’-]+\s+){0,3}?(?:sentence|conviction)s?|"
    r"charge[sd]?\b[^;]{0,160}?\bwith\s+(?:war\s+crimes|murder|terrorism|terrorist|crimes|"
    r"conspiracy|attempt\w*|possession|being|facilitating|providing|material\s+support|"
    r"(?:\w+\s+)?counts?))\b",
    re.IGNORECASE)


_ONE_DAY = dt.timedelta(days=1)


def _shifted(anchor: DateMention, m: re.Match[str]) -> DateMention:
    """The day ``m`` ("a day earlier", "the next day", "hours later") counts from ``anchor``."""
    days = 0
    if m["n"]:
        days = _count(m["n"])
        days = -days if m["dir"].lower() in ("earlier", "before") else days
    elif m["prev"]:
        days = -1 if m["prev"].lower() == "previous" else 1
    elif m["before"]:
        days = -1 if m["before"].lower() == "before" else 1
    return DateMention(anchor.date + dt.timedelta(days=days), "day", m.start(), m.end(), True)


# an item that opens on its day: "05/03/2019 – Hays district", "• 08/08/2017, Gambo"
_OPENS_ON_DAY = re.compile(r"[-–•*\s]*\d")
_PERIOD_HEAD = re.compile(r"^[A-Z][\w’'() .&/-]{1,60}?\s+[–—-]\s+(?P<mon>" + MONTH_WORD
                          + r")\s+(?P<y>(?:19|20)\d\d)\s*$")


# an abduction's end told: "His body, bearing gunshot wounds, was recovered the following day"
_CAPTIVES_BODY = re.compile(r"\s*(?:His|Her|Their|The\s+(?:victim|hostage|captive)s?['’]?s?)\s+"
                            r"(?:\w+\s+)?bod(?:y|ies)\b")
# a total that counts the attackers already told dead: "Eleven people, including the three
# assailants, were killed"
_ATTACKERS_INCLUDED = re.compile(r"\bincluding\s+(?:the\s+|all\s+|both\s+)?(?:[\w-]+\s+)?"
                                 r"(?:attackers?|assailants?|bombers?|gunm[ae]n|militants?|"
                                 r"perpetrators?)\b", re.IGNORECASE)
# (not "In total, five people, including the assailant, were killed in the series of attacks":
# the series', not the act's)
_SERIES_TOTAL = re.compile(r"\bin\s+total\b|\bseries\b|\baltogether\b", re.IGNORECASE)
# a position at sea: "approx 65NM W of Hodeidah", "Posn: 06 04N - 051 52E"
_SEA_POSITION = re.compile(r"\b\d{1,4}\s*(?:NM|nm|Nm|nmi|nautical\s+miles?)\s+(?:[NSEW]{1,3}|"
                           r"(?:north|south|east|west)(?:-?(?:east|west))?)\s+of\s+[A-Z]|"
                           r"\bPos(?:itio)?n\s*:")


def _sea_position(text: str) -> bool:
    """Whether the text gives a position at sea (behind a substring test: most text has none)."""
    return ("NM" in text or "nm" in text or "Nm" in text or "nautical" in text
            or "Pos" in text) and _SEA_POSITION.search(text) is not None


# a database record's own numeric form of a day ("on 08/15/2006")
_NUMERIC_DAY = re.compile(r"\s*\b\d{1,2}/\d{1,2}/\d{4}\b")
# A periodic report (a Secretary-General's report, a mission's update, a panel's findings)
# opens on a numbered paragraph, or says what period it covers (or reviews a year); its acts
# can be most of a year old by publication and still be its news.
_NUMBERED_PARAGRAPH = re.compile(r"\d{1,3}\.(?:\s|$)")
_REPORTING_PERIOD = re.compile(r"\b(?:reporting\s+period|period\s+under\s+review|"
                               r"(?:19|20)\d\d\s+in\s+review|year\s+in\s+review)\b",
                               re.IGNORECASE)
_REPORT_REACH_DAYS = 366
# a daily report's period: "Reporting period: 17 Aug 0800 – 18 Aug 0800 (local)"
_PERIOD_CLOCK = re.compile(r"\b(?P<h>[0-2]\d)(?P<m>[0-5]\d)\s*(?:hrs|h|LT|local)?\s*[–—-]")
_ITEM_CLOCK = re.compile(r"\b(?:at\s+(?:approx\.?\s+|about\s+|around\s+)?|~)(?P<h>[0-2]\d)[:.]?"
                         r"(?P<m>[0-5]\d)\s*(?:hrs|h)\b", re.IGNORECASE)


def _daily_period(sentences: list[Sentence], published: dt.date
                  ) -> tuple[DateMention, int] | None:
    """The first day of a report's period of a day or two, and the hour it starts (hhmm)."""
    for s in sentences[:4]:
        if not _REPORTING_PERIOD.search(s.text):
            continue
        days = [d for d in find_dates(s.text, published) if d.precision == "day"]
        if len(days) == 2 and 0 < (days[1].date - days[0].date).days <= 1:
            clock = _PERIOD_CLOCK.search(s.text, days[0].end)
            return days[0], int(clock["h"] + clock["m"]) if clock else 0
    return None


def _period_start(sentences: list[Sentence], published: dt.date) -> dt.date | None:
    """The first day of the period a report states on one of its first lines."""
    for s in sentences[:4]:
        if _REPORTING_PERIOD.search(s.text):
            days = [d for d in find_dates(s.text, published) if d.precision == "day"]
            return days[0].date if days else None
    return None


def _day_of_item(g: Group, period: tuple[DateMention, int]) -> DateMention:
    """The period's first day, or its next for an item timed before the hour it starts."""
    first, start = period
    clock = next((c for s in g.sentences if (c := _ITEM_CLOCK.search(s.text))), None)
    if clock is not None and int(clock["h"] + clock["m"]) < start:
        return replace(first, date=first.date + _ONE_DAY)
    return first


def _old_only(g: Group, published: dt.date) -> bool:
    """Dated within a report's reach and told with no cue of recalling: if the group is
    background, it is so by its age alone."""
    return (g.date is not None and (published - g.date.date).days <= _REPORT_REACH_DAYS
            and not any(_background_cue(f.sent.text) for f in g.frames))


# a parliament's record: "House of Lords", "LOK SABHA DEBATES", "Written Answers", "Question for
# written answer E-000812/2024", "Volume 744: debated on Tuesday 30 January 2024", "THE HANSARD"
_PROCEEDINGS = re.compile(
    r"\b(?:Hansard|HANSARD|House\s+of\s+(?:Lords|Commons|Representatives)|HOUSE\s+OF\s+"
    r"(?:LORDS|COMMONS|REPRESENTATIVES)|(?:LOK|RAJYA)\s+SABHA|(?:Lok|Rajya)\s+Sabha|"
    r"D[áa]il\s+[ÉE]ireann|Seanad\s+[ÉE]ireann|NATIONAL\s+ASSEMBLY|National\s+Assembly|"
    r"Written\s+(?:Answers?|Questions?)|[Qq]uestion\s+for\s+written\s+answer|"
    r"(?:UN)?STARRED\s+QUESTION|[Pp]arliamentary\s+question|debated\s+on\s+\w+day|"
    r"OFFICIAL\s+REPORT|Official\s+Report|Standing\s+Committee\s+on|Estimates\b|"
    r"(?:Debates|DEBATES)\b(?=[^\n]{0,40}(?:\d{4}|\bParliament|\bPARLIAMENT)))")


def proceedings(sentences: list[Sentence]) -> bool:
    """A parliament's record of a sitting, told from its header."""
    return any(proceedings_head(s.text) for s in sentences[:4])


def proceedings_head(text: str) -> bool:
    """A parliament's header line: where it sat ("Debates - … - Strasbourg") is no act's place.
    (A line of its own: "gunmen burst into the chamber of the National Assembly" is news.)"""
    return any(len(line) <= 160 and _PROCEEDINGS.search(line) is not None
               for line in text.splitlines())


def _news_of_proceedings(groups: list[Group], published: dt.date) -> list[Group]:
    """A statement, a question or an answer in parliament tells the act it is about as its
    news, weeks or months after the day ("On the night of 1 April three vehicles … were
    struck", answered on 5 June); acts it recalls are older than that one ("as it condemned
    the attack on Mansila on 11 June") or told as recalled ("Members will recall …"). What it
    tells with no day and no toll is its topic ("Subject: Mass abductions of schoolchildren in
    northern Nigeria"), not an act of the sitting's day."""
    groups = [g for g in groups if g.date is not None or g.background
              or g.fatalities or g.injured]

    def news_by_age(g: Group) -> bool:
        return (g.date is not None and g.date.precision in ("day", "month")
                and _old_only(g, published))

    first = next((g for g in sorted(groups, key=lambda g: g.frames[0].index)
                  if g.date is not None and (not g.background or news_by_age(g))), None)
    for g in groups if first is not None else ():
        if g.background and news_by_age(g) and g.date.date >= first.date.date:
            g.background = False
    return groups


_PERIOD_OPENING = re.compile(
    r"(?:Between|From)\s+(?P<d1>\d{1,2})(?:\s+(?P<m1>" + MONTH_WORD + r"))?(?:,?\s+\d{4})?\s+"
    r"(?:and|to|until|through|-|–)\s+(?P<d2>\d{1,2})\s+(?P<m2>" + MONTH_WORD + r")\b"
    r"|(?P<whole>(?:During|Throughout|Over|In)\s+the\s+(?:reporting\s+period|period\s+under\s+"
    r"review|(?:(?:first|second|third|fourth|last)\s+)?(?:quarter|half)\b)|Since\s+the\s+(?:start|"
    r"beginning)\s+of\b"
    # ("In 2022, nine aid workers were killed in South Sudan": a year's count, no act told)
    r"|In\s+(?:19|20)\d\d,\s+(?:at\s+least\s+|more\s+than\s+|some\s+)?(?:\d+|[a-z]+)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:were|have\s+been)\s+(?:killed|injured|wounded|attacked|abducted)\b"
    r"(?![^.;]*\b(?:in\s+an?|when|after|by\s+an?)\s))", re.IGNORECASE)
_PERIOD_DAYS = 7


def _period_statement(text: str, today: dt.date) -> bool:
    """A sentence that opens on a period longer than a week counts what happened in it."""
    m = _PERIOD_OPENING.match(text)
    if m is None:
        return False
    if m["whole"]:
        return True
    end_month = month_number(m["m2"])
    start_month = month_number(m["m1"]) if m["m1"] else end_month
    try:
        start = dt.date(today.year, start_month, int(m["d1"]))
        end = dt.date(today.year, end_month, int(m["d2"]))
    except ValueError:
        return False
    if start > end:
        start = start.replace(year=start.year - 1)
    return (end - start).days > _PERIOD_DAYS


# a story's dateline after its headline: "Srinagar: ", "KARACHI: ", "Kalaiya (Bara): "
_BODY_DATELINE = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}(?:\s*\([^()]{1,30}\))?"
                            r"(?:,\s+[A-Z][\w'’.]+)?\s*(?::|[—–]|\s-)\s+[A-Z]")


# (a feed's label may lead a lower-case headline: "Somalia: toll rises to 12 in …")
_COUNTRY_HEAD = re.compile(r"(?P<n>[A-Z][A-Za-z'’ .-]{2,30}?)\s*(?::\s+(?=[\w'‘“\"])|\s[—–-]\s+"
                           r"(?=[A-Z\d]))")


# a news feed's line ends on its age: "… kills 8, civil defence says · 3 hours ago"
_FEED_AGE = re.compile(r"\s[·•|]\s*(?:\d{1,3}\s*(?:min|mins|minutes?|h|hrs?|hours?|days?)\s+ago|"
                       r"yesterday|just\s+now)\s*$", re.IGNORECASE)


def _feed_items(sentences: list[Sentence]) -> set[int]:
    """The first sentences of a feed's lines (two or more lines ending on their age): each line
    is a story of its own."""
    aged = {s.paragraph for s in sentences
            if ("ago" in s.text or "day" in s.text or "now" in s.text)
            and _FEED_AGE.search(s.text)}
    if len(aged) < 2:
        return set()
    return {i for i, s in enumerate(sentences) if s.paragraph in aged
            and (i == 0 or sentences[i - 1].paragraph != s.paragraph)}


def _country_label(text: str) -> bool:
    """A line led by a country's name as its label: a digest's item."""
    m = _COUNTRY_HEAD.match(text)
    return m is not None and any(p.place.kind == "country" and p.start == 0
                                 and p.end >= len(m["n"].rstrip()) for p in find_places(m["n"]))


def _same_kind(a: Group, b: Group) -> bool:
    """Two groups whose means may be one act told twice (a weak means fits any)."""
    ma, mb = a.means, b.means
    return (ma is None or mb is None or ma.strength == 1 or mb.strength == 1
            or WEAPON_FAMILY.get(ma.weapon) == WEAPON_FAMILY.get(mb.weapon)
            or ma.sub_event_type == mb.sub_event_type)


def _headline_then_dateline(sentences: list[Sentence]) -> bool:
    """A short undated first sentence, then one opening on the story's dateline, run on in one
    paragraph (a headline on a line of its own is read by ``_is_headline``)."""
    head = sentences[0].text
    return (len(sentences) > 1 and len(head.split()) <= 18
            and sentences[1].paragraph == sentences[0].paragraph
            and _BODY_DATELINE.match(sentences[1].text) is not None
            and not any(d.explicit for d in find_dates(head, dt.date.today())))


def _periodic_report(sentences: list[Sentence]) -> bool:
    return (_NUMBERED_PARAGRAPH.match(sentences[0].text) is not None
            or any(_REPORTING_PERIOD.search(s.text) for s in sentences))


def _period_of(first: str) -> tuple[dt.date, dt.date] | None:
    """The months a monthly overview's or a report's heading names ("Niger – March 2022",
    "Guerrero, January 2026", "Murzuq and Tripoli: civilian harm from air strikes,
    August–November 2019"), first to last day."""
    m = _PERIOD_HEAD.match(first)
    if m is not None:
        months, year = [m["mon"]], int(m["y"])
    elif len(first) <= 160 and (p := PERIOD_TITLE.search(first)):
        months = _MONTH_NAME.findall(p.group())
        year = int(p.group()[-4:])
    else:
        return None
    start = dt.date(year, month_number(months[0]), 1)
    last = dt.date(year, month_number(months[-1]), 1)
    end = (last + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    return (start, end) if start <= end else None


_MONTH_NAME = re.compile(MONTH_WORD, re.IGNORECASE)
_PART_OF_MONTH = re.compile(r"\b(?:(?P<p>early|mid|late)[\s-]month|(?P<q>start|beginning|end)\s+"
                            r"of\s+(?:the\s+)?month)\b", re.IGNORECASE)


def _part_of_month(g: Group, first: dt.date) -> DateMention | None:
    """A monthly chronology's act told with its part of the month and no day of its own
    ("gunmen early month killed village chief near Tillia"): early month on the 5th, mid-month
    the 15th, late month the 25th, each to a week."""
    if any(d.explicit and d.precision == "day" for f in g.frames for d in f.dates):
        return None
    for f in g.frames:
        if (pm := _PART_OF_MONTH.search(f.sent.text)) is not None:
            part = (pm["p"] or pm["q"]).lower()
            day = {"early": 5, "start": 5, "beginning": 5, "mid": 15}.get(part, 25)
            return DateMention(first.replace(day=day), "week", pm.start(), pm.end(), True)
    return None


def _date_within(sentences: list[Sentence], g: Group, published: dt.date) -> DateMention | None:
    """"Subject: IED blast under PS Tarrem. On the 3rd instant, a joint party left Tarrem camp
    … At 0945 hrs a pressure IED was triggered.": a day told between the sentences of one
    incident, in a sentence that is not itself violent, dates it."""
    first, last = g.frames[0].index, g.frames[-1].index
    days = [d for sent in sentences[first + 1:last] for d in find_dates(sent.text, published)
            if d.precision == "day" and d.explicit and not is_old(d, published)]
    # (a release's own date line, "13 October 2019 | Metropolitan Police Service", stands
    # before the day its story tells: "Police were called at about 9.40pm on Saturday")
    return next((d for d in days if d.date != published), days[0] if days else None)


# the day a documented item is headed with ("14 February 2022", "16 to 17 March 2024")
_ITEM_DAY = r"\d{1,2}\s+(?:to\s+\d{1,2}\s+)?" + MONTH_WORD + r"\.?\s+(?:19|20)\d\d"
# a documented item's heading, up to its own dated day: "Incident 3 – 14 February 2022 – Marib
# city", "Case 1 – 3 August 2014, Sinjar town.", "1. 3 September 2023 – near Dembecha",
# "Murzuq, 4 August 2019.", "Kajuru LGA, Kaduna State – night of 16 to 17 March 2024"
_DATED_ITEM = re.compile(
    r"\s*(?:" + BULLET + r"\s*|\d{1,2}[.)]\s+|\(\d{1,2}\)\s*)?"
    r"(?:(?:Incident|Case|Event|Attack|Strike|Episode|Item)\s+(?:\d{1,3}|[A-Z])\s*[–—:.-]\s*)?"
    # (not a page's own date line: "Wednesday, 16 August 2023", "Updated 14:32, 3 March 2024")
    r"(?:(?!" + WEEKDAY_WORD + r"\b|Updated|Posted|Published|Issued|Last\b|Date\b)"
    r"[A-Z][^.:;\d]{1,60}?\s*[,–—-]\s*)?(?:(?:the\s+)?night\s+of\s+)?"
    r"(?=" + _ITEM_DAY + r")")
# ("10 September 2023 – Mayo, southern Khartoum. Around midday, …": a date first, then a place;
# not a byline's "20 May 2024, updated 09:41")
_DATE_THEN_PLACE = re.compile(_ITEM_DAY + r"\s*[–—,-]\s*(?:near\s+|outside\s+)?"
                              r"(?:(?:al|el|ad|as|an|ar|ash|az)-)?[A-Z]")


def _item_head(text: str) -> re.Match[str] | None:
    """The heading of a documented item, up to its day (None if the text opens otherwise)."""
    m = _DATED_ITEM.match(text)
    if m is None or (m.end() == 0 and _DATE_THEN_PLACE.match(text) is None) or (
            CAPS_WORD.search(text, 0, m.end())):
        return None  # (nor a bulletin's masthead, "NW SYRIA – DAILY INCIDENT SUMMARY, 8 Sept")
    return m


CAPS_WORD = re.compile(r"\b[A-Z]{4,}\b")


_SECTION_HEAD = re.compile(r"\s*(?:\d{1,2}[.)]|\(\d{1,2}\))\s+[A-Z][A-Z -]{2,30}\s+[–—-]\s+"
                           r"[A-Z][^.:;]{2,60}\.?\s*$")
_LABEL_LINE = re.compile(r"^\s*" + FIELD_LABEL + r"\s*[:=]", re.IGNORECASE)


def _attach_label(g: Group, f: Frame, sent: Sentence) -> None:
    g.extra.append(sent)
    if g.date is None or not g.date.explicit:
        d = _event_date(f.dates, g.background)
        if d is not None:
            g.date = d
    g.countries |= _countries(sent.text)
    c = f.casualties
    if c.fatalities is not None or c.injured is not None:
        g.add_casualties(c, sent, override=True)


def _plural_targets(groups: list[Group], current: Group, text: str = "") -> list[Group]:
    """Incidents a plural reference ("these attacks") covers: the current overview's, or the
    last two told ("claimed responsibility for both attacks")."""
    if current.overview >= 0:
        return [g for g in groups if g.overview == current.overview
                and g.background == current.background]
    if _BOTH.search(text):
        return [g for g in groups[-2:] if g.background == current.background]
    return [current]


_BOTH = re.compile(r"\bboth\s+(?:\w+\s+)?(?:attacks|strikes|incidents|blasts|explosions|"
                   r"bombings)\b|" + _BOTH_BLAMED, re.IGNORECASE)


def _retells(g: Group, headline: Group) -> bool:
    """A story's group that retells its headline in the headline's words, whatever means each
    reads ("Settlers torch homes and cars in … Umm Safa" over "settlers set fire to homes and
    cars in … Umm Safa")."""
    if g.towns & headline.towns:
        return True
    words = set(re.findall(r"[a-z]{4,}", headline.frames[0].sent.text.lower()))
    told = set(re.findall(r"[a-z]{4,}", g.frames[0].sent.text.lower()))
    return len(words) >= 4 and len(words & told) * 2 >= len(words)


def _day_yields(g: Group, f: Frame, sentences: list[Sentence], published: dt.date) -> bool:
    """Whether the day of the group's act gives way to the day a frame joining it tells: none
    yet, or an undated default ("KYIV, March 3 (Meridian) - … The drone hit the block in the
    early hours of Saturday"); a release's title, dated the day it was issued ("Gardaí
    investigating shooting incident, Finglas - 21/11/2022", then "… last night, Sunday 20th
    November"); a night the next day's hour names ("… a drive-by shooting overnight. About
    1.15am today (Sunday 18 June 2023)"); a report's sending time ("Date: 12/04/2023 09:00",
    then "… bombed the crowd yesterday morning")."""
    d0 = g.date
    if d0 is None:
        return True
    days = [d for d in f.dates if d.explicit and d.precision == "day"]
    if not d0.explicit and days:
        return True
    if (d0.date == published and g.frames[0].index == 0 and len(g.frames) == 2
            and _is_headline(sentences) and any(d.date < published for d in days)):
        return True
    if _night_dated(g, d0) and any(abs((d.date - d0.date).days) == 1
                                   and _CALENDAR_DAY.search(f.sent.text, d.start, d.end)
                                   for d in days):
        return True
    return d0.date == published and not any(fr.dates for fr in g.frames[:-1]) and any(
        d.precision == "day" and 0 < (published - d.date).days <= 3 for d in f.dates)


# a day named by the calendar or the week ("Sunday 18 June 2023"), not "this morning"
_CALENDAR_DAY = re.compile(r"\d|\b" + WEEKDAY_WORD + r"\b", re.IGNORECASE)


def _night_dated(g: Group, d: DateMention) -> bool:
    """Whether the group's day was read from a night ("overnight", "last night"), which the
    next day's early hours may equally date."""
    told = [f.sent.text[m.start:m.end].lower() for f in g.frames for m in f.dates
            if m.date == d.date]
    return bool(told) and all("night" in t for t in told)


# a release's heading lines: who issues it, its kind, its place and day
_RELEASE_FURNITURE = re.compile(
    r"\b(?i:press\s+(?:release|statement)|news\s+release|media\s+release|statement|prosecutor\w*|"
    r"police|ministry|command|gendarmerie|service|office)\b|^[A-Z][a-z]+,\s+\d{1,2}\s+[A-Z][a-z]+"
    r"\s+\d{4}$")


_TITLE_FIELD = re.compile(r"\s*(?:Title|Headline|Subject)\s*:")


def _headline_at(sentences: list[Sentence], k: int) -> bool:
    """A headline, first or under a release's furniture ("PRESS RELEASE - National Anti-
    Terrorism Prosecutor's Office", "Paris, 9 February 2024", then "Knife attack on municipal
    police officers in Villeurbanne"): a line of its own among the first four, no closing
    stop."""
    if k == 0:
        return _is_headline(sentences)
    if k <= 3 and _TITLE_FIELD.match(sentences[k].text) and _unstopped(sentences[k].text):
        return True  # "Report #640 / Title: IDP site at mission Alindao attacked"
    return (k <= 3 and k + 1 < len(sentences)
            and all(_RELEASE_FURNITURE.search(s.text) for s in sentences[:k])
            and sentences[k + 1].paragraph != sentences[k].paragraph
            and sentences[k - 1].paragraph != sentences[k].paragraph
            and len(sentences[k].text) <= 160 and _unstopped(sentences[k].text))


def _is_headline(sentences: list[Sentence]) -> bool:
    """A news page's first line: no closing stop, a paragraph of its own, a report below."""
    return (len(sentences) > 1 and sentences[1].paragraph != sentences[0].paragraph
            and _unstopped(sentences[0].text)
            and sentences[0].text.count(" | ") < 3)  # (an export's row is no headline)


def _unstopped(line: str) -> bool:
    """A line with no closing stop (quotes and brackets aside): a headline's, not a sentence's."""
    return not line.rstrip("\"'”’)").endswith((".", "!", "?"))


def _told_before(sentences: list[Sentence], i: int, violent_at: set[int]) -> list[Sentence]:
    """The sentences just before sentence ``i`` in its paragraph that tell an act no frame took
    up ("… attempted to penetrate the camp of Kati …. The attack was repelled."), when one of
    them names the act; else []."""
    out: list[Sentence] = []
    for j in range(i - 1, max(-1, i - 3), -1):
        if j in violent_at or sentences[j].paragraph != sentences[i].paragraph:
            break
        out.append(sentences[j])
    return out[::-1] if any(_EVENT_WORD.search(t.text) for t in out) else []


def _group_from(f: Frame, overview: Frame | None) -> Group:
    g = Group(frames=[f], background=f.background, countries=set(f.countries),
              towns=set(f.towns), doubt=f.doubt)
    g.date = _event_date(f.dates, f.background)
    if g.date is None and overview is not None:
        g.date = _event_date(overview.dates, overview.background)
    g.add_casualties(f.casualties, f.sent)
    return g
