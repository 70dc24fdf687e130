"""Article text into sentences, with page boilerplate (banners, captions, footers) set aside.

Sentences keep their character offsets into the original text so evidence quotes stay verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.dates import MONTH_WORD

# the marks that open a list's items ("- ", "• ", "▪ ")
BULLET = r"[-–•▪●◦■*]"
_MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Maj|Gov|Sen|Rep|St|Jr|Sr|No|Co|Corp|Inc|Ltd|"
    r"Brig|Adm|Cpl|Pvt|Prof|Rev|approx|est|vs|v|arr|" + _MONTH_ABBR + r"|a\.m|p\.m|U\.S|U\.N|U\.K|"
    r"E\.U)|\b[A-Z])\.$"
)
_DAY_THEN_MONTH_END = re.compile(r"\b\d{1,2}\s+(?:" + _MONTH_ABBR + r")\.$")
# "Kupiansk.", "Belgorod district.", "Darnytskyi district.": a place heading a post's item
_PLACE_HEAD_DOT = re.compile(r"[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2}(?:\s+(?:district|"
                             r"community|hromada|oblast|region|city|town|village|raion))?\.")
_SHORT_LAST = re.compile(r"(?<![\w.])[A-Za-z]{1,5}\.$")
# a UCDP GED row's opening: "id: 301203 | year: 2019 | type_of_violence: 3 | …"
GED_ROW = r"id\s*:\s*\d+\s*\|"
# ("… killing 12 civilians; same day, an IED struck an army vehicle": a semicolon before
# another incident's marker ends a sentence too)
_BOUNDARY = re.compile(r"[.!?][\"'”’)]*(?:\s+|(?=[A-Z][a-z]))|\n\s*\n|"
                       # (a new line opening on a capital, a digit, a quote or a list's bullet)
                       # (and a table's row opening on its id: "k4410 | Abu Ghraib | …")
                       # (and a UCDP GED row)
                       r"\n(?=\s*(?:[A-Z0-9\"“'‘•▪●◦■]|[-–*]\s|\(\d|[a-z]{1,3}\d{2,}\s*\||"
                       + GED_ROW + r"))|"
                       r"\s+//\s+|"  # ("… no cas. // 31MAR15 MAGUINDANAO / …": a log's entries)
                       # ("… 9 hurt | bkgd: 19/09/12 …": a coder's field for an older event)
                       r"\s*\|\s*(?=(?i:bkgd|background|prior\s+incident|previous\s+incident)"
                       r"\s*:)|"
                       # ("condemned the attacks … against tourists at a beach hotel in
                       # Sousse …; against worshippers at the Imam Sadiq Mosque …": one act each)
                       r";\s+(?=(?:and\s+)?against\s+)|"
                       r";\s+(?=(?:the\s+)?same\s+day,|separately,|meanwhile,|elsewhere,|"
                       r"in\s+(?:a\s+)?separate\s+incident)|"
                       # ("JNIM 3 Oct killed 12 soldiers …; army airstrikes 6-7 Oct killed dozens",
                       # "…; Israeli missile strike 22 Oct on Damascus airport killed one": a
                       # chronology's next act, with a day of its own)
                       # (not "…; by 17 July, the violence had spread")
                       r";\s+(?!(?:by|until|till|since|from|as\s+of)\b)(?=[^;.\n]{1,60}?\s\d{1,2}"
                       r"(?:\s*[-–]\s*\d{1,2})?\s+" + MONTH_WORD + r"(?!\s*\d))|"
                       # ("… killing both men inside, and an air strike on a building in Tyre on
                       # Monday killed five": a clause with an act, a place or day, and a toll of
                       # its own)
                       r",\s+(?=and\s+an?\s+(?:[\w-]+\s+){0,3}(?:air\s*strike|drone\s+strike|"
                       r"strike|bombing|bomb|blast|explosion|attack|rocket|missile|shell)s?\b"
                       r"[^.;]{0,80}?\b(?:in|near|at|on)\s+[A-Z][^.;]{0,80}?\b(?:killed|wounded|"
                       r"injured)\b)")
_BOILERPLATE = re.compile(
    r"\b(?:subscribe|subscriber|sign\s+in|log\s*in|login|cookie|newsletter|skip\s+to|"
    r"all\s+rights\s+reserved|copyright|follow\s+us|share\s+this|advertisement|"
    r"keep\s+up\s+to\s+date|click\s+here|read\s+more|related\s+articles?|getty|"
    r"photo:|image:|credit:)\b",
    re.IGNORECASE,
)


_BOILERPLATE_LOW = re.compile(_BOILERPLATE.pattern.lower())
# "Location: Kirkuk, Iraq": a labelled field of an agency note, short but not furniture
# the field names of agency notes and database rows ("Oblast: Kharkiv", "Killed: 0")
FIELD_LABEL = (r"(?:location|place|where|country|province|region|district|town|village|"
               # (a French incident sheet's "Date/heure:", "Lieu:", "Bilan:")
               r"date/heure|lieu|bilan|"
               r"oblast|settlement|locality|municipality|township|governorate|state|county|"
               r"department|commune|admin\s*1|"
               r"date|(?:event|record|incident)\s+date|date\s+of\s+(?:the\s+)?(?:incident|event|"
               r"attack)|date\s*/\s*time|time|position|when|fatalities|deaths|killed|dead|injured|"
               r"wounded|injuries|casualties|perpetrator|actors?|attribution|claimed\s+by|target|"
               r"weapon|type|event|category|(?:suspected\s+|alleged\s+)?belligerents?)")
_LABELLED = re.compile(r"^" + FIELD_LABEL + r"\s*:\s*\S|"
                       # "No casualties reported.", "Casualties unknown.": a note's toll field
                       # (a log's "No cas.", "No KIA.", "Nil CIVCAS.")
                       r"^(?:No|Zero|Nil)\s+(?:casualt|cas\b|civcas\b|kia\b|wia\b|fatalit|deaths|"
                       r"injur|one\s+(?:was\s+)?(?:hurt|"
                       r"killed|injured))|^(?:Casualties|Fatalities|Deaths|Injuries)\s+(?:unknown|"
                       r"not\s+(?:known|reported)|unreported|none)", re.IGNORECASE)


# "Al-Shabaab claimed responsibility.", "Both were killed.": short, but a fact of the record
_SHORT_FACT = re.compile(r"\b(?:claimed|responsibility|killed|injured|wounded|died|dead|"
                         r"suspected|blamed|attributed|responsible|hurt|harmed|casualties|"
                         r"fatalities|cause)\b",
                         re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    end: int
    paragraph: int


# a page's list of other stories ("Read more:", "Related coverage", "Most read"): its headlines
# are other articles' news, not this one's (a flash update's "KEY POINTS" are its own)
_RELATED_HEAD = re.compile(
    r"(?:read\s+(?:more|also|next)|catch\s+up\s+on\s+(?:our\s+)?coverage|in\s+other\s+news|trending|"
    r"related(?:\s+(?:coverage|stories|articles|news|headlines|topics|content|"
    r"reading|links))?|more\s+(?:on|from|news|stories|coverage)\b[^.:]{0,30}|see\s+also|also\s+read|"
    r"most\s+(?:read|popular|viewed|shared)|top\s+stories|recommended(?:\s+for\s+you)?|"
    r"you\s+may\s+also\s+like|te\s+recomendamos(?:\s*/\s*recommended)?|latest\s+(?:news|stories))"
    r"\s*:?", re.IGNORECASE)
_LIST_ITEM = re.compile(BULLET + r"\s|\d{1,2}[.)]\s")


_DAY_LABEL = re.compile(r"\d{1,2}\s+" + MONTH_WORD + r"\.?(?:\s+\d{4})?\s*:")
# "Celaya (Guanajuato).", "Taiz city.": an event note that opens with its place alone
PLACE_HEADING = re.compile(r"[A-Z][\w'’.\-]*(?:\s+[\w'’.\-]+){0,3}\s*\([^()]{2,60}\)\s*\.?$|"
                           r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+(?:city|town|village|"
                           r"district|province|state|camp|State|Province)\.?$")


# an event note's closing total after an act that hurt nobody is a sentence of its own: "…; no
# casualties reported. 2 fatalities." (the total is the note's, not that act's)
_NONE_TOLD = re.compile(r"\bno\s+(?:(?:reported|known)\s+)?(?:casualties|fatalities|deaths|"
                        r"injuries)\b|\bno\s+one\s+was\b|\bnobody\s+was\b", re.IGNORECASE)
# (or after another act told with a toll of its own: "In retaliation, Jaish al-Islam fired mortar
# shells at Bab Touma …, killing 1 civilian and injuring 5. 14 fatalities.", "… followed the
# drone attack on the Homs Military Academy, which killed 89 people. 11 fatalities.")
_TOLL_TOLD = re.compile(r"\b(?:in\s+retaliation|(?:the\s+)?same\s+day|separately|meanwhile|also|"
                        r"later|which|earlier)\b[^.]*\b(?:killing|killed|injuring|injured|wounding|"
                        r"wounded)\b",
                        re.IGNORECASE)
# ("… injuring two rangers. No fatalities.", "Two fatalities."; a note's closing total in words)
CLOSING_TOTAL = re.compile(r"(?<![\w-])(?:\d[\d,]*|no|zero|one|two|three|four|five|six|seven|eight|"
                           r"nine|ten|eleven|twelve)\s+fatalit(?:y|ies)\b[^.]{0,40}\.?\s*$",
                           re.IGNORECASE)


# the article that opens an Arabic name ("al-Shaibani", "ash-Shabaab"): part of the name
ARABIC_ARTICLE = r"(?:al|el|ad|as|an|ar|ash)-"
# the words that tell an act answered another: "in retaliation for", "a response to"
AVENGE_WORDS = r"retaliation|revenge|reprisal|vengeance"
RESPONSE_TO = r"(?:response|reaction|" + AVENGE_WORDS + r")\s+(?:to|for)"


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets; short caption-like lines, page furniture and the headlines of
    a page's related-stories list are dropped."""
    out: list[Sentence] = []
    related = False

    def emit(s: int, e: int, para: int) -> None:
        nonlocal related
        piece = text[s:e].strip()
        if _RELATED_HEAD.fullmatch(piece):
            related = True
            return
        if related and _LIST_ITEM.match(piece):
            return
        related = False
        _emit(out, text, s, e, para)

    para = 0
    start = 0
    for m in _BOUNDARY.finditer(text):
        piece_end = m.start() + 1 if text[m.start()] in ".!?" else m.start()
        piece = text[start:piece_end]
        if text[m.start()] in ".!?" and _ABBREV.search(piece.rstrip()) and (
                "\n\n" not in m.group()) and not _DAY_THEN_MONTH_END.search(piece):
            # ("Gen. Smith"; but "… down since 24 Mar.", a paragraph's end, ends it, and so does
            # "captives released 24 Mar. In Sokoto state, …", a day's month before a capital)
            continue
        if text[m.start()] in ".!?" and "\n" not in m.group() and re.match(
                r"\d(?!\d?[.)]\s)", text[m.end():m.end() + 3] or "x") and not (
                _DAY_LABEL.match(text, m.end()) or CLOSING_TOTAL.match(text, m.end())):
            # ("… Fatalities: 3. 2 more died" runs on; a numbered line, "3) Tank:", and a day's
            # entry, "… no casualty figures. 3 July: shells fell …", do not)
            continue
        nxt = text[m.end():m.end() + 1]
        if text[m.start()] == "." and (nxt.islower() or (
                nxt in ("—", "–", "-", "|", "/") and "\n" not in m.group()
                and text[m.end():m.end() + 2] != "//")) and (
                _SHORT_LAST.search(piece)):
            # "Ghazni prov., Sun. night; 3 soldiers killed", "CELAYA, Gto. — Six people …",
            # "Helmand / Nad Ali dist. | IED hit …": an abbreviation
            continue
        if "\n" not in m.group() and (start == 0 or "\n" in text[max(0, start - 2):start]) and (
                _PLACE_HEAD_DOT.fullmatch(piece.strip())):
            # "Kupiansk. At 14:20 the enemy dropped a guided bomb on the city.": a post's item
            # headed by its place runs on into the item's first sentence
            continue
        emit(start, piece_end, para)
        if "\n\n" in m.group() or (m.group().count("\n") and text[m.start()] not in ".!?"):
            para += 1
        start = m.end()
    emit(start, len(text), para)
    return out


def _emit(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    raw = text[start:end]
    if raw.lstrip().startswith("// "):  # a log's entry separator after a full stop
        start += raw.index("//") + 2
        raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    s, e = start + lead, start + len(raw.rstrip())
    piece = text[s:e]
    if not piece:
        return
    words = piece.split()
    if (len(words) < 4 and not re.search(r"\d", piece) and not _LABELLED.match(piece)
            and not _SHORT_FACT.search(piece) and not (not out and PLACE_HEADING.match(piece))):
        return  # headings, captions ("Digging Deeper:"), image names
    if len(words) < 25 and _BOILERPLATE_LOW.search(piece.lower()):
        return
    out.append(Sentence(piece, s, e, para))
