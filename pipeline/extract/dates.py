"""Event dates from text, resolved against the publication day.

Why hand-written patterns rather than dateparser.search: dateparser's search is slow (tens of ms
per sentence) and too eager ("may", "march", "second"), while news uses a handful of forms. Each
pattern returns the date plus its precision; relative forms ("on Saturday", "last night") are
anchored on the publication day and never point after it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace

from dateutil.easter import easter

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_MONTH_NAMES = (r"January|February|March|April|May|June|July|August|September|October|"
                r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
# a month's name as a whole word ("Sep" is not the start of "separatists")
MONTH_WORD = r"(?:" + _MONTH_NAMES + r")\b"
# a weekday's name, in any case
WEEKDAY_WORD = r"(?i:" + "|".join(_WEEKDAYS) + r")\b"
_MON = r"(?P<mon>" + _MONTH_NAMES + r")\.?"
_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_MON_PLAIN = _MON.replace("?P<mon>", "?:")
# a report's title that names the period it covers: "Taiz city: children hit by sniper fire,
# September–November 2016", "Drone strikes in Tigray, January 2022", "Iraq: three incidents,
# January 2024", "Between February and April 2023 we documented …"
PERIOD_TITLE = re.compile(
    r"(?<!\d\s)\b(?:(?:between\s+)?" + MONTH_WORD + r"(?:\s*(?:[–-]|to|and)\s*" + MONTH_WORD
    + r")?|"
    r"\d{1,2}\s*[–-]\s*\d{1,2}\s+" + MONTH_WORD + r")\s+(?:19|20)\d\d\b(?!\s*[–-]\s*\d)"
    # (a title ends on its period; a sentence that opens on one tells of it)
    # ("Mali (Aug 2023)": or in brackets after the place)
    r"(?=\)?\s*(?:[:.]\s*)?$|\s+we\s+documented\b)",
    re.IGNORECASE)


def month_number(name: str) -> int:
    """The month a name or its abbreviation ("October", "Oct.") stands for."""
    return _MONTHS[name.lower().rstrip(".")]


# Agency notes qualify a date they only know approximately: "3 June 2024 (month of)".
_QUALIFIED = re.compile(r"\s*\((?P<p>month|week)\s+of\)", re.IGNORECASE)
# ("2016/12/18:": a record's year-first day, with slashes too)
_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)(?P<sep>[-/])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)\b")
_SLASH = re.compile(r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\b")
# "shot dead on the night of 14/03", "Toll from the 15/03 attack", "31/01 ~2200hrs gunmen
# attacked", "Overnight 02–03/03,": a day and month anywhere in a text (not a fraction, a ratio
# or "24/7")
# ("Night of 01 to 02/02:", "08.04 approx. 10:30:" with dots, two digits each, day first)
_BARE_SLASH = re.compile(r"(?<![\w/.$#:–-])(?:(?P<d0>[0-3]?\d)(?:\s?[–-]\s?|\s+(?:to|and)\s+))?"
                         r"(?:(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)|(?P<dd>[0-3]\d)\.(?P<mm>[01]\d))"
                         # (not "night of 10/11 Oct": two nights of a month written after them)
                         r"(?!\s*(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
                         r"(?![\w/%]|[.,]\d|\s*(?:of|th|rd|nd|st|hrs?|h|hours|UTC|GMT|local|"
                         r"million|billion|bn|km|kg|per|percent|mm|cm|m)\b)")
_CLOCK_AFTER = re.compile(r"\s*(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
# ("at 08.04", "until 10.12": a clock's hours and minutes)
_CLOCK_BEFORE = re.compile(r"\b(?:at|from|until|till|to|by|approx\.?|around|about|between|and)"
                           r"\s*~?\s*$|~\s*$", re.IGNORECASE)
_ZONE_BEFORE = re.compile(r"\b(?:UTC|GMT|Zulu)\s*,?\s*$")
# "26.11.2023", "26-11-2023": day first, as in European and South Asian communiqués
_DOTTED = re.compile(r"\b(?P<d>[0-3]?\d)(?P<sep>[.-])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)\b")
# "21/09/12", "08.10.18", "17-02-21", "night 24/25-09-23": a coder's day, month and two-digit
# year (which of day and month comes first is read against the record's own day)
SHORT_YEAR_DATE = re.compile(r"\b(?:(?P<d0>[0-3]?\d)/)?(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)"
                         r"(?P=sep)(?P<y>\d\d)\b(?![./-]\d)")
# a two-digit-year date is a record's own day: it lies at most this long before the record
_SHORT_YEAR_AGE = dt.timedelta(days=400)
# the three-letter months of compact military and database dates, in capitals
_MON_CAPS = "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
# "On 28SEP2022": the military's compact day-month-year ("09-Apr-2016": a database's)
_COMPACT = re.compile(r"\b(?P<d>[0-3]?\d)-?(?P<mon>" + _MON_CAPS + "|" + _MON_CAPS.title()
                      + r")-?(?P<y>(?:19|20)\d\d)\b")
# "14JUL12 | HELMAND", "31MAR15 MAGUINDANAO / DATU SALIBO:": a military log's day, month and
# two-digit year
_COMPACT_SHORT = re.compile(r"\b(?P<d>[0-3]\d)(?P<mon>" + _MON_CAPS + r")(?P<y>\d\d)\b")
# "061430ZMAR12 – Khost prov – FOB Salerno received IDF": a military date-time group (day,
# hour and minute, time zone letter, month, year); "222340Z" alone is a day of this month
_DTG = re.compile(r"\b(?P<d>[0-3]\d)(?:[0-2]\d[0-5]\d)(?P<z>[A-Z])(?:(?P<mon>" + _MON_CAPS
                  + r")(?P<y>\d\d))?\b")
# "2020-03 (day unknown)": a record that knows only the month
# "19.ix.2020", "07.x.1999": a coder's day, Roman month and year
_ROMAN_MONTHS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8,
                 "ix": 9, "x": 10, "xi": 11, "xii": 12}
_ROMAN_DATE = re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>i{1,3}|iv|v|vi{1,3}|ix|x|xi{1,2})\."
                         r"(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)
_ISO_MONTH = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])\b(?!-\d)")
# "15/04 – Al-Busayrah:", "(1) 28/11, ~10:00 – Kabul": a log line's day and month, no year
# ("– 15.08, Kupiansk:": a weekly bulletin's item, day and month with a dot)
_DAY_MONTH = re.compile(r"(?:^|(?<=^-\s)|(?<=^–\s)|(?<=^•\s)|(?<=\)\s)|(?<=\bon\s)|(?<=date:\s)|"
                        r"(?<=Date:\s))(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)(?![\d/.])"
                        r"(?=\s*(?:[,:–—(]|-\s|$|\s+(?:evening|morning|night|afternoon|at)\b))")
# "on the 26th instant", "the 3rd ultimo": officialese for a day of this month or of the last
_INSTANT = re.compile(r"\b(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<w>instant|inst|"
                      r"ultimo|ult)\b\.?", re.IGNORECASE)
_DMY = re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON
                  + r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b")
# a weekly report's item in capitals, with no year: "1. 16 OCT - approx 35nm SW of Brass"
# ("NGA/BOR/MONGUNO – 13JUN ~1300:": written together, too)
_DAY_CAPS = re.compile(r"\b(?P<d>[0-3]?\d)\s*(?P<mon>" + _MON_CAPS.replace("SEP", "SEPT?")
                       + r")\b(?!\s*\d)")
_MDY = re.compile(r"\b" + _MON + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d{3}\b)"
                  r"(?:,?\s+(?P<y>(?:19|20)\d\d))?")
_RANGE_START = re.compile(r"\b(?P<d0>\d{1,2})\s*(?:[-–]|to|and)\s*$")
# ("Incident 3 – 14 February 2022": an item's number, not the first day of a range)
_ITEM_NUMBER = re.compile(r"\b(?:incident|case|event|item|no\.?|number|part|episode)\s*$",
                          re.IGNORECASE)
_MONTH_ONLY = re.compile(
    r"\b(?P<pre>(?:back\s+)?in|since|during|of|on|last|early|late|mid|mid-|earlier\s+in|"
    r"until|through|by|from)\s+(?:early\s+|late\s+|mid-?)?" + _MON
    + r"(?:\s+(?P<y>(?:19|20)\d\d))?\b|\b" + _MON2 + r"(?:'s|’s)\s"
    # "June 1982 – Nebaj, Quiché: …": a chronology line opening on its month
    + r"|^\s*" + _MON.replace("?P<mon>", "?P<mon3>") + r"\s+(?P<y3>(?:19|20)\d\d)(?=\s*[–—-]\s)"
    # "follows a December 2024 Ukrainian drone strike": a month and year naming an act
    + r"|\b(?:an?|the)\s+" + _MON.replace("?P<mon>", "?P<mon4>") + r"\s+(?P<y4>(?:19|20)\d\d)\b"
    r"(?=\s+(?:[\w-]+\s+){0,3}?(?:strikes?|attacks?|bombings?|raids?|shelling|massacres?|"
    r"ambush|assault|explosions?|blasts?|killings?)\b)",
    re.IGNORECASE)
# "the 2014 attack", "the 2008 Mumbai attacks": a year naming an event dates that event, even
# after "since" ("nine years since the 2014 attack"), which otherwise starts no event
_EVENT_YEAR = (r"\b[Tt]he\s+(?P<y2>(?:19|20)\d\d)\s+(?:[A-Z][\w'’\-]+\s+){0,3}"
               r"(?:attacks?|bombings?|massacres?|shootings?|siege|killings?|blasts?|"
               r"explosions?|raids?|kidnappings?|abductions?|ambush|assault)\b")
EVENT_YEAR = re.compile(_EVENT_YEAR)
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_YEAR_ONLY = re.compile(r"\b(?P<pre>(?i:in|since|during|back\s+in)|of)\s+(?P<y>(?:19|20)\d\d)\b|"
                        + _EVENT_YEAR)
_WEEKDAY = re.compile(
    r"\b(?:(?:on|late|early|last|since|overnight|from)\s+)?(?P<wd>Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)(?:'s|’s)?\b(?!\s*,?\s*(?:" + _MON_PLAIN + r"|\d))"
    # "during Friday prayers", "a Sunday service": a rite named by its day, not a date
    r"(?!\s+(?:prayers?|sermons?|services?|mass|masses|school|market|worship|congregation))"
    # "a British Sunday newspaper", "the Sunday Times": a paper named by its day
    r"(?!\s+(?:newspapers?|papers?|editions?|magazines?|supplements?|tabloids?|broadsheets?|"
    r"Times|Telegraph|Express|Mirror|Post|Tribune|Observer|Independent)\b)",
    re.IGNORECASE,
)
# a coder's abbreviation, capitalised and with its stop or its part of day: "hit a checkpoint,
# Mudiyah, Tue.", "attacked … near Muqur, Sun. night" (not "The Sun." or "sat.")
_WEEKDAY_ABBR = re.compile(
    r"(?<![\w.])(?<!The\s)(?<!the\s)(?:(?:on|late|early|last|overnight)\s+)?"
    r"(?P<wd>Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?:\.|(?=\s+(?:night|morning|evening|"
    # ("Tue ~10:00, two suicide attacks", "Fri 10:00": the day, then its hour)
    r"afternoon)\b)|(?=\s+~?\s*[0-2]?\d[:h.][0-5]\d\b))(?!\s*,?\s*(?:" + _MON_PLAIN
    + r"|\d{1,2}(?:[/-]\d|\.\d\d(?![:h])|\s+[A-Z]|(?:st|nd|rd|th)\b)))")
_ABBR_DAYS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
              "sat": 5, "sun": 6}
_NAMED_DAY = re.compile(r"\b(?:Remembrance|Easter|Palm|Bloody|Black|Good|Ash|Holy|Boxing|Super|"
                        r"Cyber|Maundy|Trinity|Whit)\s+$")
# the feasts a text names its day by ("on Christmas Eve", "Palm Sunday", "on Pentecost Sunday"):
# days from Easter, or of a fixed date
_FEAST = re.compile(
    r"\b(?P<f>Christmas\s+(?:Eve|Day|morning|night)|New\s+Year['’]?s\s+(?:Eve|Day)|"
    r"Easter\s+(?:Sunday|Monday|Day|morning|Vigil)|Good\s+Friday|Palm\s+Sunday|"
    r"Holy\s+(?:Saturday|Thursday)|Maundy\s+Thursday|Ash\s+Wednesday|Pentecost(?:\s+Sunday)?|"
    r"Whit\s+(?:Sunday|Monday))(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")
_FROM_EASTER = {"easter": 0, "good friday": -2, "palm sunday": -7, "holy saturday": -1,
                "holy thursday": -3, "maundy thursday": -3, "ash wednesday": -46,
                "pentecost": 49, "whit sunday": 49, "whit monday": 50}
_FIXED_FEAST = {"christmas eve": (12, 24), "christmas": (12, 25), "new year's eve": (12, 31),
                "new year's day": (1, 1)}


def _feast_day(m: re.Match[str], published: dt.date) -> dt.date | None:
    """The feast's day in the year written, else the last one up to publication."""
    name = re.sub(r"\s+", " ", m["f"].lower()).replace("’", "'").replace("years", "year's")
    if name.startswith("easter"):
        name, extra = "easter", 1 if name.endswith("monday") else (-1 if "vigil" in name else 0)
    else:
        extra = 0
        name = name.removesuffix(" sunday") if name.startswith("pentecost") else name
        if name.startswith("christmas") and name != "christmas eve":
            name = "christmas"

    def in_year(y: int) -> dt.date:
        if name in _FIXED_FEAST:
            month, day = _FIXED_FEAST[name]
            return dt.date(y, month, day)
        return easter(y) + dt.timedelta(days=_FROM_EASTER[name] + extra)

    if m["y"]:
        return in_year(int(m["y"]))
    d = in_year(published.year)
    return d if d <= published else in_year(published.year - 1)


_RELATIVE = [  # (pattern, days back, precision, words one of which must occur)
    # ("And a week ago today, in Mangu, a further 30 people were killed": seven days back)
    (re.compile(r"\ba\s+week\s+ago\s+today\b", re.IGNORECASE), 7, "day", ("ago today",)),
    # ("overnight on 25 January": the calendar date says which night)
    # (not "the day before yesterday": two days back)
    # (a daily update's "During the past day, the occupiers struck …": the day before it;
    # a forwarded message's "ystrday", "last nite")
    # ("overnight from Thursday to Friday": the weekday says which night)
    (re.compile(r"\b(?:last\s+night|(?<!day\sbefore\s)yesterday|overnight(?!\s+(?:(?:on|of|into|"
                r"between)\s+)?(?:the\s+)?\d)(?!\s+(?:from|into|on|between)\s+(?:Mon|Tues|Wednes|"
                r"Thurs|Fri|Satur|Sun)day)|the\s+previous\s+(?:day|night)|the\s+day\s+before"
                r"(?!\s+yesterday)|(?:during|over|in)\s+the\s+(?:past|last|previous)\s+day|"
                r"ystrday|yday|last\s+nite|last\s+evening)\b", re.IGNORECASE), 1, "day",
     ("night", "yesterday", "previous day", "day before", "past day", "last day", "ystrday",
      "yday", "nite", "last evening")),
    (re.compile(r"\b(?:today|tdy|this\s+morning|this\s+afternoon|this\s+evening|tonight|"
                r"earlier\s+today|in\s+the\s+(?:last|past)\s+(?:24|twenty-four)\s+hours)\b",
                re.IGNORECASE), 0, "day",
     ("today", "tdy", "this ", "tonight", "hours")),
    (re.compile(r"\b(?:two|2)\s+days\s+ago\b|\bthe\s+day\s+before\s+yesterday\b",
                re.IGNORECASE), 2, "day", ("ago", "day before")),
    (re.compile(r"\b(?:three|3)\s+days\s+ago\b", re.IGNORECASE), 3, "day", ("ago",)),
    (re.compile(r"\blast\s+week\b|\ba\s+week\s+ago\b", re.IGNORECASE), 7, "week", ("week",)),
    # (told late in a week, the days between its Monday and yesterday: two back is their middle)
    (re.compile(r"\bearlier\s+(?:this|in\s+the)\s+week\b", re.IGNORECASE), 2, "week", ("week",)),
]
_UNITS_AGO = re.compile(r"\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"thirteen|fourteen|fifteen|[2-9]|[1-3]\d)\s+(?P<u>days|weeks)\s+ago\b",
                        re.IGNORECASE)
# (a headline's "weekend attacks"; not "over the weekend", which a report may tell on the
# Monday of acts of that day, as lists of incidents do)
_WEEKEND = re.compile(r"\b(?:last\s+weekend['’]s|weekend(?:['’]s)?)\s+(?:[\w-]+\s+)?"
                      r"(?:attacks?|strikes?|bombings?|raids?|violence|fighting|clashes|shelling|"
                      r"blasts?|explosions?|shootings?)\b", re.IGNORECASE)
_THIS_MONTH = re.compile(r"\b(?:earlier|late[r]?|early)\s+this\s+month\b", re.IGNORECASE)
_LAST_MONTH = re.compile(r"\blast\s+month\b|\ba\s+month\s+ago\b", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\blast\s+year\b|\ba\s+year\s+ago\b", re.IGNORECASE)
_YEARS_AGO = re.compile(r"\b(?:\w+|\d+)\s+years\s+ago\b", re.IGNORECASE)
# what a device "previously" underwent before it went off: where it lay in wait, no recall
LAID_IN_WAIT = r"placed|planted|laid|buried|hidden|installed|concealed"
BACKGROUND_CUE = re.compile(
    r"\b(?:back\s+in|last\s+year|years?\s+ago|months\s+ago|anniversary|in\s+the\s+past,|"
    # ("Last month, gunmen killed four people at a car wash": a report's recalled act)
    r"(?<![\w,] )(?<![\w,]  )last\s+(?:month|week)(?=,)|"
    # ("Earlier this month, 8 people were shot dead at a bar in nearby Celaya")
    r"(?<![\w,] )(?<![\w,]  )earlier\s+(?:this|in\s+the)\s+month(?=,)|"
    # ("an IED previously placed on the road … was detonated": where the device lay in wait)
    r"previously(?!\s+(?:" + LAID_IN_WAIT + r"))|"
    r"earlier\s+this\s+year|recalled|remembered|commemorat\w+|since\s+then|"
    # ("Members will recall that on 17 July 2014, MH17 … was shot down", "And we remember
    # Uman, where on 28 April …")
    r"(?:will|may|might|would|we)\s+(?:recall|remember)\b|"
    # ("At the time, …" recalls; "closed at the time" tells the act's own moment)
    r"(?<![\w,] )(?<![\w,]  )at\s+the\s+time(?=,)|was\s+the\s+deadliest|had\s+been\s+killed|"
    # ("… the second deadly strike on Ganja in a week: on 11 October a missile attack had
    # killed 10 civilians": an act told in the pluperfect, before the one told)
    r"(?:attack|strike|bombing|blast|explosion|shelling|raid|ambush)\s+had\s+(?:killed|"
    r"wounded|injured|left)\b|"
    r"in\s+a\s+previous|"
    r"(?:an|the)\s+earlier\s+attack|a\s+similar\s+attack|years?\s+since|months\s+since|"
    # a coder's field for an older related event: "| bkgd: 19/09/12 village defence volunteer"
    r"(?:bkgd|background|prior\s+incident|previous\s+incident)(?=\s*:)|"
    # "Two days earlier, on 14 March, the ELN had blown up a pipeline" (but "A day earlier,
    # security forces killed three Maoists" is another incident of the news)
    r"(?:weeks?|months?)\s+earlier|"
    # ("Tensions have remained high since armed youth overran the garrison on 4 March": the act
    # that began a state of things, recalled)
    r"(?:have|has)\s+(?:remained|stayed)\s+(?:\w+\s+){1,2}since|"
    # ("Police busts terror module involved in Hari Singh High Street grenade attack")
    r"(?:module|cell|network|gang|suspects?|associates|accused)\s+(?:\w+\s+)?involved\s+in|"
    # ("… will examine whether the incident is linked to a shooting at a home on Waterloo Road
    # on Thursday night": an earlier act the one told may belong with)
    r"(?:is|was|are|were|be)\s+(?:linked|connected|related)\s+to\s+(?:a|an|the)\s+(?:\w+\s+)?"
    r"(?:shooting|attack|bombing|explosion|stabbing|blast|arson|killing|murder)|"
    r"days?\s+earlier(?=(?:(?!\bsaid\b|\badding\b)[^.;])*\bhad\s+(?:been\s+)?[a-z]+))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    date: dt.date
    precision: str  # day | week | month | year
    start: int
    end: int
    explicit: bool  # a calendar date or weekday, as opposed to "recently"-style defaults


def as_date(value: dt.date | dt.datetime | str) -> dt.date:
    """Publication date from a date, datetime or ISO string (time and zone ignored)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return dt.datetime.fromisoformat(s.replace("Z", "+00:00")).date()


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_RECORD_FOLLOW_UP = dt.timedelta(days=31)


def _yearless_day(month: int, day: int, pub: dt.date) -> dt.date | None:
    """A day and month told without a year: this year's, or last year's if that is later than
    publication (December, told in January)."""
    d = _safe(pub.year, month, day)
    return _no_future(d, pub, False) if d else None


def _no_future(d: dt.date, pub: dt.date, has_year: bool) -> dt.date:
    """A date without a year that falls after publication is last year's."""
    if not has_year and d > pub + dt.timedelta(days=1):
        # (29 February of a leap year has no day last year: the 28th stands in)
        return _safe(d.year - 1, d.month, d.day) or _safe(d.year - 1, d.month, 28) or d
    return d


_DATE_SIGNAL = re.compile(
    r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|week|month|year|ago|"
    r"tonight|hours|morning|evening|afternoon|nite|tdy|yday|eve\s+of|christmas|easter|pentecost|"
    r"new\s+year", re.IGNORECASE)


_DATE_SIGNAL_LOW = re.compile(_DATE_SIGNAL.pattern.lower())
_DIGIT = re.compile(r"\d")
_MONTH_HINT = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")


_GROUP_WORD = re.compile(r"Organi[sz]ation|Movement|Brigades?|Group")
_GROUP_NAMED_BY_DAY = re.compile(
    r"\b(?:Organi[sz]ation|Movement|Brigades?|Group)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + MONTH_WORD + r"|" + MONTH_WORD + r"\s+\d{1,2})\b|\b(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + MONTH_WORD + r"|" + MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?)(?:\s+[A-Z][a-z]+){0,2}\s+"
    # ("The 17 November Revolutionary Organization claimed responsibility")
    r"(?:Movement|Organi[sz]ation|Brigades?|Group)\b")


def find_dates(sentence: str, published: dt.date,
               latest: dt.date | None = None) -> list[DateMention]:
    """Every date expression in a sentence, resolved, in text order. ``published`` is the day
    the sentence speaks from; ``latest`` (the publication, when a record's own date is that
    day) lets a day follow it by a few weeks ("On 20 March … Three days later, on 23 March" is
    the same year; "17 November", months after, is no day of this record)."""
    # (a day written with its year may come months after the record's own: "On 07/05/2017,
    # the captors beheaded two of the hostages" taken on 11/11/2016)
    written_by = latest or published
    latest = min(written_by, published + _RECORD_FOLLOW_UP)
    if not _DATE_SIGNAL_LOW.search(sentence.lower()):
        return []
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    def add(d: dt.date | None, prec: str, s: int, e: int, explicit: bool = True) -> None:
        if d is not None and free(s, e):
            out.append(DateMention(d, prec, s, e, explicit))
            taken.append((s, e))

    low = sentence.lower()
    digits = _DIGIT.search(sentence) is not None
    months = _MONTH_HINT.search(low) is not None
    if digits and months and _GROUP_WORD.search(sentence):
        # "Revolutionary Organization 17 November", "the 19th of April Movement": a group named
        # after a day is no date
        taken.extend(m.span() for m in _GROUP_NAMED_BY_DAY.finditer(sentence))
    for m in (_ISO.finditer(sentence) if digits else ()):
        add(_safe(int(m["y"]), int(m["m"]), int(m["d"])), "day", *m.span())
    for m in (_SLASH.finditer(sentence) if digits else ()):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if b == 0 and 1 <= a <= 12:  # "05/00/2013:": a record whose day is not known
            add(_safe(y, a, 1), "month", *m.span())
            continue
        # (a record's "MM/DD/YYYY:" prefix is month first whatever the publication day)
        prefix = m.start() == 0 and sentence[m.end():m.end() + 1] == ":"
        add(_safe(y, a, b) if prefix and a <= 12 else _slash_date(y, a, b, published), "day",
            *m.span())
    for m in (_BARE_SLASH.finditer(sentence) if digits and ("/" in sentence or "." in sentence)
              else ()):
        if m["dd"]:
            if m["d0"] is None and (_CLOCK_BEFORE.search(sentence, max(0, m.start() - 10),
                                                         m.start())
                                    or _CLOCK_AFTER.match(sentence, m.end())):
                continue
            d = _yearless_day(int(m["mm"]), int(m["dd"]), published) if int(m["mm"]) else None
            if d is not None and (published - d).days > 62:
                continue
        elif (m["a"], m["b"]) in (("9", "11"), ("24", "7")) or (
                len(m["a"]) == len(m["b"]) == 1 and m["a"] < m["b"] and not m["d0"]) or (
                _ZONE_BEFORE.search(sentence, max(0, m.start() - 8), m.start())):
            # (not "a 3/4 majority": a proper fraction of single digits, nor "(2300 UTC, 02/12)
            # on Sunday 03 December": the day a time given in another zone falls on)
            continue
        else:
            d = _bare_slash(int(m["a"]), int(m["b"]), published)
            if (wd := _WEEKDAY_BEFORE.search(sentence, max(0, m.start() - 12), m.start())):
                # ("Fri 03/05 ~1130:" on a note of 5 May: the reading that is a Friday)
                d = _on_weekday(int(m["a"]), int(m["b"]), wd["wd"].lower()[:3], published) or d
        if d is not None and m["d0"] and d.day > int(m["d0"]):
            d = d.replace(day=int(m["d0"]))  # (the night of the 2nd to the 3rd: the 2nd)
        add(d, "day", *m.span())
    if (poll := _POLLING_DAY.get()) is not None:
        for m in _POLL_DAY.finditer(sentence):
            add(poll, "day", *m.span())
        for m in _EVE_OF_POLL.finditer(sentence):
            add(poll - dt.timedelta(days=1), "day", *m.span())
    for m in (_ROMAN_DATE.finditer(sentence) if digits and "." in sentence else ()):
        add(_safe(int(m["y"]), _ROMAN_MONTHS[m["m"].lower()], int(m["d"])), "day", *m.span())
    for m in (_COMPACT.finditer(sentence) if digits else ()):
        add(_safe(int(m["y"]), _MONTHS[m["mon"].lower()], int(m["d"])), "day", *m.span())
    for m in (_COMPACT_SHORT.finditer(sentence) if digits else ()):
        y = 2000 + int(m["y"])
        add(_safe(y if y <= published.year else y - 100, _MONTHS[m["mon"].lower()], int(m["d"])),
            "day", *m.span())
    for m in (_DTG.finditer(sentence) if digits else ()):
        if m["mon"]:
            y = 2000 + int(m["y"])
            add(_safe(y if y <= published.year else y - 100, _MONTHS[m["mon"].lower()],
                      int(m["d"])), "day", *m.span())
        elif m["z"] in "ZLC":  # (zulu, local, Charlie: the zones a log writes)
            d = _safe(published.year, published.month, int(m["d"]))
            if d is not None and d > published:  # (the 30th, read early next month)
                prev = published.replace(day=1) - dt.timedelta(days=1)
                d = _safe(prev.year, prev.month, int(m["d"]))
            add(d, "day", *m.span())
    for m in (_ISO_MONTH.finditer(sentence) if digits and "-" in sentence else ()):
        add(_safe(int(m["y"]), int(m["m"]), 1), "month", *m.span())
    for m in (_DAY_MONTH.finditer(sentence) if digits and ("/" in sentence or "." in sentence)
              else ()):
        add(_yearless_day(int(m["m"]), int(m["d"]), published), "day", *m.span())
    for m in (_DOTTED.finditer(sentence) if digits else ()):
        add(_safe(int(m["y"]), int(m["m"]), int(m["d"])), "day", *m.span())
    for m in (SHORT_YEAR_DATE.finditer(sentence) if digits else ()):
        add(_short_year_date(m, published), "day", m.start("d0") if m["d0"] else m.start(),
            m.end())
    for m in (_INSTANT.finditer(sentence) if digits and (" inst" in low or " ult" in low) else ()):
        month = published.replace(day=1)
        if m["w"].lower().startswith("ult"):
            month = (month - dt.timedelta(days=1)).replace(day=1)
        add(_safe(month.year, month.month, int(m["d"])), "day", *m.span())
    for m in (_DAY_CAPS.finditer(sentence) if digits and " " in sentence else ()):
        add(_yearless_day(month_number(m["mon"]), int(m["d"]), published), "day", *m.span())
    for rx in ((_DMY, _MDY) if digits and months else ()):
        for m in rx.finditer(sentence):
            y = int(m["y"]) if m["y"] else published.year
            day, start = int(m["d"]), m.start()
            if rx is _DMY and (r := _RANGE_START.search(sentence, max(0, start - 6), start)) and (
                    not _ITEM_NUMBER.search(sentence, max(0, r.start() - 12), r.start())):
                # "overnight on 11-12 November", "the night of 7 to 8 June": the first night
                day, start = int(r["d0"]), r.start()
            d = _safe(y, _MONTHS[m["mon"].lower().rstrip(".")], day)
            d = _no_future(d, latest, bool(m["y"])) if d else None
            prec, end = "day", m.end()
            q = _QUALIFIED.match(sentence, end)
            if q and d is not None:  # "Around 3 June 2024 (month of)": only the month is known
                prec, end = q["p"].lower(), q.end()
                d = d.replace(day=1) if prec == "month" else d
            add(d, prec, start, end)
    for m in (_MONTH_ONLY.finditer(sentence) if months else ()):
        mon = (m["mon"] or m["mon2"] or m["mon3"] or m["mon4"]).lower().rstrip(".")
        if mon == "may" and not m["y"] and (m["pre"] or "").lower() not in ("in", "back in",
                                                                              "since", "early",
                                                                              "late", "mid"):
            continue  # the modal verb
        if (not (m["y"] or m["y3"] or m["y4"]) and len(mon) <= 4 and not m.group().endswith(".")
                and _NAME_AFTER.match(sentence, m.end())):
            continue  # "the parish hall of Mar Gewargis", "a film by Jan Komasa": a name
        month = _MONTHS[mon]
        if m["y"] or m["y3"] or m["y4"]:
            y = int(m["y"] or m["y3"] or m["y4"])
        else:
            y = published.year if month <= published.month else published.year - 1
        add(_safe(y, month, 1), "month", *m.span())
    for m in (_FEAST.finditer(sentence) if ("christmas" in low or "easter" in low or "year" in low
                                            or "day" in low or "pentecost" in low) else ()):
        add(_feast_day(m, published), "day", *m.span())
    for m in (_WEEKDAY.finditer(sentence) if "day" in low else ()):
        if _NAMED_DAY.search(sentence, max(0, m.start("wd") - 14), m.start("wd")):
            continue  # "the Remembrance Sunday bombing", "Bloody Sunday": a day's name
        add(_weekday_before(published, _WEEKDAYS[m["wd"].lower()], m.group(0)), "day", *m.span())
    for m in (_WEEKDAY_ABBR.finditer(sentence) if any(
            a in sentence for a in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")) else ()):
        add(_weekday_before(published, _ABBR_DAYS[m["wd"].lower()], m.group(0)), "day",
            *m.span())
    for rx, days, prec, words in _RELATIVE:
        if not any(w in low for w in words):
            continue
        for m in rx.finditer(sentence):
            add(published - dt.timedelta(days=days), prec, *m.span())
    for m in (_UNITS_AGO.finditer(sentence) if " ago" in low else ()):
        # "Nine days ago, on the Sunday", "two weeks ago": a witness counting back
        from pipeline.extract.numbers import parse_number  # (numbers reads dates: lazily)

        n = parse_number(m["n"]) or 0
        week = m["u"].lower().startswith("week")
        add(published - dt.timedelta(days=n * (7 if week else 1)), "week" if week else "day",
            *m.span())
    for m in (_WEEKEND.finditer(sentence) if "weekend" in low else ()):
        # the Saturday of the last weekend up to the day told ("Brent spikes after weekend drone
        # attacks" on a Monday): a two-day span, read at week precision
        back = {5: 0, 6: 1}.get(published.weekday(), published.weekday() + 2)
        add(published - dt.timedelta(days=back), "week", *m.span())
    for m in (_THIS_MONTH.finditer(sentence) if "this month" in low else ()):
        add(published.replace(day=1), "month", *m.span())
    for m in (_LAST_MONTH.finditer(sentence) if "month" in low else ()):
        first = published.replace(day=1) - dt.timedelta(days=1)
        add(first.replace(day=1), "month", *m.span())
    for m in (_LAST_YEAR.finditer(sentence) if "year" in low else ()):
        add(dt.date(published.year - 1, 1, 1), "year", *m.span())
    for m in (_YEAR_ONLY.finditer(sentence) if digits else ()):
        y = int(m["y"] or m["y2"])
        if y < published.year:
            add(dt.date(y, 1, 1), "year", *m.span())
    for m in (_YEARS_AGO.finditer(sentence) if "years ago" in low else ()):
        add(dt.date(max(published.year - 2, 1900), 1, 1), "year", *m.span())
    if "previous" in low or "before" in low:
        # "As reported on 19 April 2019, late on the previous night a gunman fired …": the
        # report's day, then the act's the night before it
        kept, spans = [], []
        for d in out:
            if d.precision == "day" and _REPORTED_ON_BEFORE.search(sentence, 0, d.start) and (
                    pm := _PREVIOUS_AFTER.match(sentence, d.end)) is not None:
                # (read at the words that give the act's day, not after "reported on")
                kept.append(replace(d, date=d.date - dt.timedelta(days=1), start=pm.start(),
                                    end=pm.end()))
                spans.append(pm.span())
            else:
                kept.append(d)
        out = [d for d in kept if (d.start, d.end) in spans
               or not any(a <= d.start < b for a, b in spans)]
    out.sort(key=lambda d: d.start)
    if len(out) > 1:
        # "Earlier in the week, on Tuesday, the same group attacked …": the day says which
        # (but "a week ago today" is a day seven back)
        out = [d for d in out if not (d.precision == "week" and any(
            o.precision == "day" and 0 <= o.start - d.end <= 8
            and sentence[o.start:o.end].lower() != "today" for o in out))]
    return [d for d in out if (d.date <= published + dt.timedelta(days=1)
                               or (d.precision == "day" and d.date <= latest)
                               or (d.precision == "day" and d.date <= written_by
                                   and _FULL_YEAR.search(sentence, d.start, d.end) is not None))
            # ("12 killed and 8 injured (toll as of 4 March)": the day a count was given; "By
            # yesterday 79 bodies had been recovered": the day a count had reached)
            and not _AS_OF_BEFORE.search(sentence, max(0, d.start - 8), d.start)
            # (but "as shown by the April 2015 assault" names the act)
            and not (d.precision == "day" and _BY_BEFORE.search(sentence, max(0, d.start - 4),
                                                                d.start)
                     and not sentence.startswith(("'s", "’s"), d.end))]


_AS_OF_BEFORE = re.compile(r"\b[Aa]s\s+of\s+$")
_FULL_YEAR = re.compile(r"(?:19|20)\d\d")
_BY_BEFORE = re.compile(r"\b[Bb]y\s+$")
_REPORTED_ON_BEFORE = re.compile(r"\breported\s+on\s+$", re.IGNORECASE)
_PREVIOUS_AFTER = re.compile(r",?\s+(?:late\s+|early\s+)?(?:on\s+|in\s+|during\s+)?the\s+"
                             r"(?:previous\s+(?:night|day|evening|afternoon|morning)|"
                             r"(?:night|day|evening)\s+before)\b", re.IGNORECASE)


def _weekday_before(published: dt.date, weekday: int, said: str) -> dt.date:
    """The latest such weekday on or before publication ("last Tuesday" told on a Tuesday is
    a week back)."""
    back = (published.weekday() - weekday) % 7
    if said.lower().startswith("last ") and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


# the order a text writes its "05/08/2023" days in ("dmy" or "mdy"), once its other dates say
# and whether they show it (a day past the 12th, a record's "MM/DD/YYYY:" prefix) or it is
# only guessed from the first ambiguous day
_SLASH_ORDER: ContextVar[tuple[str, bool] | None] = ContextVar("slash_order", default=None)


@contextmanager
def slash_order(text: str, published: dt.date) -> Iterator[None]:
    """Read the text's ambiguous slashed days in the order its other slashed days show: a
    note that writes "05/09/2023" for the 5th of September means the 5th of August by
    "05/08/2023", however old that makes it."""
    token = _SLASH_ORDER.set(_order_of(text, published) if "/" in text else None)
    try:
        yield
    finally:
        _SLASH_ORDER.reset(token)


# the day a text's election was held, where it dates it ("Preliminary Statement on the Combined
# Elections of 20 December 2023", "Election Day Report (2 June 2024)"), so that "on polling
# day" and "on the eve of the vote" are days of their own
_POLLING_DAY: ContextVar[dt.date | None] = ContextVar("polling_day", default=None)
_ELECTION_WORD = re.compile(r"\b(?:elections?|polls?|vote|voting|polling|referendum)\b",
                            re.IGNORECASE)
_POLL_DAY = re.compile(r"\b(?:polling|election|voting|poll)[\s-]day\b(?!\s+(?:report|update|"
                       r"statement|briefing|monitoring|observation|bulletin))", re.IGNORECASE)
_EVE_OF_POLL = re.compile(r"\bthe\s+eve\s+of\s+(?:the\s+)?(?:polling|polls?|vote|voting|"
                          r"elections?|ballot)\b", re.IGNORECASE)


@contextmanager
def polling_day(text: str, published: dt.date) -> Iterator[None]:
    """Read "on polling day" and "the eve of the vote" by the day the text says its
    election was held: the day after an eve it dates ("On 20 June, the eve of polling"), else
    the first full day written within a few words of an election word on the same line (not
    a statement's own day after a dash). A text that dates no election leaves them undated."""
    day = None
    if _POLL_DAY.search(text) or "eve of" in text:
        day = next((d for m in _EVE_OF_POLL.finditer(text) if (d := _eve_dated(m, published))),
                   None)
        for m in (_ELECTION_WORD.finditer(text) if day is None else ()):
            lo, hi = _on_its_line(text, m.start(), m.end(), 40, 40)
            if "eve of" in text[lo:m.start()]:
                continue
            window = text[lo:hi]
            found = [d for d in find_dates(window, published) if d.precision == "day"
                     and d.explicit and not _DASHED_BEFORE.search(window, 0, d.start)]
            if found:
                day = found[0].date
                break
    token = _POLLING_DAY.set(day)
    try:
        yield
    finally:
        _POLLING_DAY.reset(token)


# ("Preliminary Statement on the 6th General Election - 23 June 2021": the statement's day)
_DASHED_BEFORE = re.compile(r"\s[-–—]\s*$")


def _on_its_line(text: str, start: int, end: int, before: int, after: int) -> tuple[int, int]:
    """A few characters either side of text[start:end], within its line (a heading's day is
    not the next line's)."""
    line_end = text.find("\n", end)
    return (max(text.rfind("\n", 0, start) + 1, start - before),
            end + after if line_end < 0 else min(line_end, end + after))


def _eve_dated(m: re.Match[str], published: dt.date) -> dt.date | None:
    """The polling day after an eve the text dates: "On 20 June, the eve of polling", "On
    the eve of polling (Wednesday)" (the day written just before or after the words)."""
    text = m.string
    lo, hi = _on_its_line(text, m.start(), m.end(), 30, 20)
    found = [d for d in find_dates(text[lo:hi], published) if d.precision == "day" and d.explicit]
    return found[0].date + dt.timedelta(days=1) if len(found) == 1 else None


def _order_of(text: str, published: dt.date) -> tuple[str, bool] | None:
    """A day past the 12th or a record's "MM/DD/YYYY:" prefix shows the order; only a text
    with neither is read by its first ambiguous day ("02/05/2018" above "17/05/2018" is the
    2nd of May)."""
    orders, guess, shown = set(), None, False
    for m in SHORT_YEAR_DATE.finditer(text):
        # ("09/08/22" on a note of 9 August 2022: the day it was written shows the order)
        if m["sep"] == "/" and not m["d0"]:
            a, b, y = int(m["a"]), int(m["b"]), 2000 + int(m["y"])
            if _safe(y, b, a) == published != _safe(y, a, b):
                orders.add("dmy")
            elif _safe(y, a, b) == published != _safe(y, b, a):
                orders.add("mdy")
    for m in _SLASH.finditer(text):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        if a > 12 and b <= 12:
            orders.add("dmy")
        elif b > 12 and a <= 12:
            orders.add("mdy")
        elif a != b and a <= 12 and b <= 12 and m.start() == 0 and text.startswith(":", m.end()):
            if guess is None:
                guess, shown = "mdy", True  # (a record's "MM/DD/YYYY:" prefix)
        elif a != b and _safe(y, b, a) == published:
            orders.add("dmy")  # ("UPDATE – 05/02/2023" on a note of 5 February 2023)
        elif a != b and _safe(y, a, b) == published:
            orders.add("mdy")
        elif a != b and a <= 12 and b <= 12 and guess is None:
            d = _slash_date(y, a, b, published)
            guess = "dmy" if d == _safe(y, b, a) else "mdy"
    if not orders:
        return (guess, shown) if guess else None
    return (orders.pop(), True) if len(orders) == 1 else None


def _slash_date(y: int, a: int, b: int, published: dt.date) -> dt.date | None:
    """"04/09/2021" is month first, as US records write it, unless that reading is impossible,
    lies after publication, or is stale where the day-first reading is news: a note published
    on 10 April 2021 about "09/04/2021" means the 9th of April."""
    month_first = _safe(y, a, b) if a <= 12 else None
    day_first = _safe(y, b, a) if b <= 12 and a != b else None
    if month_first is None or day_first is None:
        return month_first or day_first
    order = _SLASH_ORDER.get()
    if order is not None:
        chosen = day_first if order[0] == "dmy" else month_first
        if order[1] or (chosen - published).days <= 1:
            return chosen  # (a record tells what followed: "his body was found on 05/02/2015")

    def age(d: dt.date) -> int:
        return (published - d).days

    if age(month_first) < -1 <= age(day_first):
        return day_first
    if -1 <= age(day_first) <= 31 < age(month_first):
        return day_first
    if -1 <= age(day_first) <= 1 and age(month_first) > 7:
        return day_first  # ("02/03/2023" on a note of 2 March 2023: the note's own day)
    return month_first


def _yearless_slash(a: int, b: int, published: dt.date) -> dt.date | None:
    """The reading of "14/03" (day or month first, each read as ``_yearless_day`` reads a day
    without its year) that falls in the two months up to publication; none when neither does
    or both do. (``_DAY_MONTH`` reads a note's "14/03:" day first; this reads a day in running
    text whose order the text does not show.)"""
    near = {d for month, day in ((b, a), (a, b))
            if (d := _yearless_day(month, day, published)) is not None
            and 0 <= (published - d).days <= 62}
    return near.pop() if len(near) == 1 else None


_WEEKDAY_BEFORE = re.compile(r"\b(?P<wd>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*)\.?,?\s+$",
                             re.IGNORECASE)


def _on_weekday(a: int, b: int, wd: str, published: dt.date) -> dt.date | None:
    """The reading of "03/05" (day or month first) that falls on the weekday written before it,
    the latest within the year up to publication."""
    want = ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(wd)
    days = [d for month, day in ((b, a), (a, b)) if month <= 12
            and (d := _yearless_day(month, day, published)) is not None
            and d.weekday() == want and -1 <= (published - d).days <= 366]
    return max(days, default=None)


def _bare_slash(a: int, b: int, published: dt.date) -> dt.date | None:
    """"15/03" anywhere in a text: in the order the text's full slashed days show, within the
    year up to publication; where they show none, the one reading that falls in the two months
    up to publication (``_yearless_slash``)."""
    order = _SLASH_ORDER.get()
    if order is not None and order[1]:
        month, day = (b, a) if order[0] == "dmy" else (a, b)
        d = _yearless_day(month, day, published) if month <= 12 else None
        return d if d is not None and -1 <= (published - d).days <= 366 else None
    return _yearless_slash(a, b, published)


def _short_year_date(m: re.Match[str], published: dt.date) -> dt.date | None:
    """The reading of "05/03/17" (day or month first; with dots or dashes, day first) that lies
    closest before the record's day; none when none lies within a year or so of it ("2.10.24"
    in a version number)."""
    y = 2000 + int(m["y"])
    y = y if y <= published.year else y - 100
    a, b = int(m["a"]), int(m["b"])
    if m["d0"] and b <= 12:  # the night of the 24th to the 25th: the first night
        a = int(m["d0"])
    month_first = _safe(y, a, b) if m["sep"] == "/" else None
    readings = [d for d in (_safe(y, b, a), month_first) if d is not None
                and dt.timedelta(days=-1) <= published - d <= _SHORT_YEAR_AGE]
    return min(readings, key=lambda d: published - d, default=None)


def is_old(d: DateMention, published: dt.date) -> bool:
    """True when a date lies clearly before the news cycle of the article (a recalled event)."""
    age = (published - d.date).days
    if d.precision == "day":
        return age > 14
    if d.precision == "week":
        return age > 21
    if d.precision == "month":
        # "a clash in March" told on 6 April may be a week old: count from the month's end
        month_end = (d.date.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(
            days=1)
        return (published.year, published.month) != (d.date.year, d.date.month) and (
            published - month_end).days > 14
    return d.date.year < published.year
