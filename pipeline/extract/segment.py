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
from dataclasses import dataclass, field

from pipeline.extract.dates import BACKGROUND_CUE, DateMention, find_dates, is_old
from pipeline.extract.numbers import Casualties, find_casualties
from pipeline.extract.taxonomy import Means, classify, doubt_in, is_violent
from pipeline.extract.text import Sentence
from pipeline.geo import find_demonyms, find_places

_NEW_MARKER = re.compile(
    r"\b(?:another|separate(?:ly)?|elsewhere|meanwhile|in\s+a\s+second|a\s+second\s+"
    r"(?:attack|blast|bomb|explosion)|preceded\s+by|followed\s+by|follows?\s+(?:a|an)\b|"
    r"came\s+(?:a\s+\w+\s+)?after|in\s+other\s+(?:violence|attacks|incidents)|"
    r"in\s+a\s+related|in\s+a\s+further)\b",
    re.IGNORECASE,
)
_PLURAL_REF = re.compile(
    r"\b(?:these|those|both|the|all\s+the|all\s+three|all\s+of\s+the)\s+(?:\w+\s+)?"
    r"(?:attacks|strikes|incidents|blasts|explosions|bombings)\b",
    re.IGNORECASE,
)
_CLAIM_OR_CAUSE = re.compile(
    r"\bclaim\w*|\bresponsib\w*|\bblamed\b|\bsuspected\b|\bbehind\s+the\b|\battributed\b",
    re.IGNORECASE)


@dataclass(slots=True)
class Frame:
    sent: Sentence
    index: int
    means: Means | None
    violent: bool
    dates: list[DateMention]
    casualties: Casualties
    countries: set[str]
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
    overview: int = -1  # index of the overview this incident belongs to

    @property
    def means(self) -> Means | None:
        ms = [f.means for f in self.frames if f.means is not None]
        strong = [m for m in ms if m.strength == 2]
        return (strong or ms or [None])[0]

    @property
    def sentences(self) -> list[Sentence]:
        return sorted([f.sent for f in self.frames] + self.extra, key=lambda s: s.start)

    def add_casualties(self, c: Casualties, sent: Sentence, override: bool = False) -> None:
        changed = False
        if c.fatalities is not None and (self.fatalities is None or override):
            self.fatalities = c.fatalities
            changed = True
        if c.injured is not None and (self.injured is None or override):
            self.injured = c.injured
            changed = True
        if changed:
            self.casualty_sentences.append(sent)


def _countries(text: str) -> set[str]:
    """Countries a sentence places its action in (strong evidence only)."""
    out: set[str] = set()
    for m in find_places(text):
        if m.place.kind in ("country", "admin1", "site") and m.weight >= 2.0:
            out.add(m.place.country2)
        elif m.place.kind == "town" and m.weight >= 2.0 and m.candidates == 1 and (
                m.place.population >= 50000):
            out.add(m.place.country2)
    for iso2, w, _s, _e in find_demonyms(text):
        if w >= 3.0:
            out.add(iso2)
    return out


_NOT_EVENT_DATE = re.compile(
    r"(?:\bsince|\buntil|\btill|\bstarted\s+in|\bbegan\s+in|\bthat\s+started|\bfrom|"
    r"\bsince\s+early|\bbefore|\bago\s+in|\bsoldiers\s+into\s+\w+\s+in)\s+(?:the\s+)?$",
    re.IGNORECASE)


def make_frame(sent: Sentence, index: int, published: dt.date, first: bool = False) -> Frame:
    text = sent.text
    means = classify(text)
    violent = is_violent(text)
    dates = [d for d in find_dates(text, published)
             if not _NOT_EVENT_DATE.search(text[max(0, d.start - 25):d.start])]
    background = bool(BACKGROUND_CUE.search(text)) or any(
        is_old(d, published) and (not first or d.start < 25) for d in dates[:1])
    return Frame(
        sent=sent, index=index, means=means, violent=violent, dates=dates,
        casualties=find_casualties(text), countries=_countries(text) if violent else set(),
        background=background, new_marker=bool(_NEW_MARKER.search(text)),
        plural_ref=bool(_PLURAL_REF.search(text)), doubt=doubt_in(text),
    )


def _date_of(frame: Frame) -> DateMention | None:
    return frame.dates[0] if frame.dates else None


def segment(sentences: list[Sentence], published: dt.date) -> list[Group]:
    groups: list[Group] = []
    current: Group | None = None
    overview: Frame | None = None
    overview_used = False
    for i, sent in enumerate(sentences):
        f = make_frame(sent, i, published, first=current is None and overview is None)
        if not f.violent:
            if current is not None and i - current.frames[-1].index <= 2:
                c = f.casualties
                if c.fatalities is not None or c.injured is not None:
                    targets = _plural_targets(groups, current) if f.plural_ref else [current]
                    for g in targets:
                        g.add_casualties(c, sent)
                    current.extra.append(sent)
                elif f.doubt:
                    current.doubt = True
                    current.extra.append(sent)
                elif _CLAIM_OR_CAUSE.search(sent.text):
                    current.extra.append(sent)
            continue
        # An overview: several countries at once, told in the plural.
        if len(f.countries) >= 2 and f.plural_ref or (
                len(f.countries) >= 2 and re.search(r"\battacks\b", sent.text, re.I)):
            if overview is not None and not overview_used:
                groups.append(_group_from(overview, None))
            overview, overview_used = f, False
            continue
        new = current is None
        if current is not None:
            d_new, d_cur = _date_of(f), current.date
            if f.background != current.background and (f.substantive or f.means is not None):
                new = f.substantive or not current.background
            elif f.new_marker and (f.substantive or f.means is not None):
                new = True
            elif f.countries and current.countries and not (f.countries & current.countries):
                new = True
            elif (d_new is not None and d_cur is not None and d_new.explicit
                  and abs((d_new.date - d_cur.date).days) > 1 and d_new.precision == "day"):
                new = True
        if new and current is not None and f.plural_ref and not f.placed:
            new = False
        if new:
            ov = overview if overview is not None and not f.background else None
            current = _group_from(f, ov)
            if ov is not None:
                overview_used = True
                current.overview = ov.index
            groups.append(current)
        else:
            assert current is not None
            current.frames.append(f)
            if current.date is None and f.dates:
                current.date = f.dates[0]
            current.countries |= f.countries
            c = f.casualties
            if f.plural_ref and not f.placed:
                for g in _plural_targets(groups, current):
                    g.add_casualties(c, sent)
            else:
                toll = re.search(r"death\s+toll", sent.text, re.I) is not None
                current.add_casualties(c, sent, override=toll)
            if f.doubt:
                current.doubt = True
    if overview is not None and not overview_used:
        groups.append(_group_from(overview, None))
    return groups


def _plural_targets(groups: list[Group], current: Group) -> list[Group]:
    """Incidents a plural reference ("these attacks") covers: the current overview's."""
    if current.overview >= 0:
        return [g for g in groups if g.overview == current.overview
                and g.background == current.background]
    return [current]


def _group_from(f: Frame, overview: Frame | None) -> Group:
    g = Group(frames=[f], background=f.background, countries=set(f.countries), doubt=f.doubt)
    g.date = f.dates[0] if f.dates else None
    if g.date is None and overview is not None and overview.dates:
        g.date = overview.dates[0]
    g.add_casualties(f.casualties, f.sent)
    return g
