"""A synthetic news corpus, deterministic from a seed, written to JSON Lines in chunks.

Why synthetic: the bundled samples are 20 articles, and real feeds cannot be redistributed or
replayed offline. Why this shape: extraction cost depends on length, on how many sentences
look violent and on how many place names must be resolved, so the generator mixes 300-1,500
word articles, ~30% with one or more incidents (same events reported by several outlets, a
second incident "separately", background recalls of older attacks, casualties in words and in
digits, disputed explosions) and ~70% of politics/economy copy that names real towns too.

Streaming: each chunk is generated from its own seeded RNG and written straight to disk, so the
corpus is never held in memory and any chunk can be regenerated alone.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from benchmarks.places import COUNTRY_WEIGHTS, Town, actors, towns

END_DAY = date(2024, 11, 30)  # fixed, so the corpus does not depend on when it is generated
ARTICLES_PER_DAY = 250
INCIDENT_SHARE = 0.30
NEAR_COPY_SHARE = 0.04  # syndicated wire copy under another headline
EXACT_COPY_SHARE = 0.005  # the same text under another URL (dropped at ingest)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
NUMBER_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve")
OUTLETS = ("Wire Service", "Daily Monitor", "Regional Herald", "Evening Post", "News Agency",
           "Gazette", "Observer", "Tribune", "Courier", "Dispatch")

# kind -> (sub-event the extractor should find, phrases with {target})
ATTACKS: dict[str, tuple[str, ...]] = {
    "drone": ("a drone strike hit {target}", "an armed drone struck {target}",
              "explosive-laden drones slammed into {target}", "a suicide drone hit {target}"),
    "air": ("an air strike hit {target}", "warplanes bombed {target}",
            "an airstrike destroyed {target}"),
    "rocket": ("rockets slammed into {target}", "a rocket attack targeted {target}",
               "a ballistic missile struck {target}", "several Katyusha rockets landed near "
               "{target}"),
    "shelling": ("artillery shells hit {target}", "mortar rounds landed on {target}",
                 "heavy shelling struck {target}"),
    "ied": ("a roadside bomb exploded next to {target}", "an improvised explosive device "
            "struck {target}", "a landmine blast hit {target}"),
    "car_bomb": ("a car bomb exploded outside {target}", "an explosives-laden truck blew up "
                 "near {target}"),
    "suicide": ("a suicide bomber blew himself up at {target}", "a suicide attacker detonated "
                "his explosive vest at {target}"),
    "assault": ("gunmen opened fire on {target}", "armed men stormed {target}",
                "militants attacked {target} with automatic weapons"),
    "clash": ("fighting broke out between troops and militants near {target}",
              "soldiers clashed with insurgents near {target}"),
    "abduction": ("gunmen abducted several people from {target}", "armed men kidnapped "
                  "travellers near {target}"),
    "explosion": ("a powerful explosion ripped through {target}", "a blast of unknown origin "
                  "shook {target}"),
}
KIND_WEIGHTS = {"drone": 14, "air": 10, "rocket": 10, "shelling": 14, "ied": 10, "car_bomb": 5,
                "suicide": 4, "assault": 14, "clash": 8, "abduction": 4, "explosion": 7}
TARGETS = ("a military base", "an army checkpoint", "a police station", "a busy market",
           "a wedding party", "a military convoy", "a mosque", "a school", "a bus carrying "
           "workers", "a village", "an oil facility", "a power station", "a government "
           "building", "a camp for displaced people", "a hospital", "a border post")
VICTIMS = {"people": "person", "civilians": "civilian", "soldiers": "soldier",
           "police officers": "police officer", "militiamen": "militiaman",
           "workers": "worker", "children": "child", "villagers": "villager"}
SOURCES_SAID = ("officials said", "security sources said", "a local police chief said",
                "residents told reporters", "the interior ministry said", "medics said",
                "the army said in a statement", "witnesses said")

# Filler: politics, economy, society. Slots: {town}, {country}, {official}, {n}, {pct}, {month}.
FILLER = (
    "The finance ministry said on {weekday} that inflation had eased to {pct} percent in "
    "{month}, the lowest rate in more than a year.",
    "{official} told parliament that the budget for next year would raise spending on roads "
    "and schools in {town} and the surrounding districts.",
    "Talks between the government and opposition parties in {country} resumed after a pause "
    "of several weeks, with both sides saying progress had been made on electoral reform.",
    "Traders in {town} said the price of flour and cooking oil had risen by about {pct} percent "
    "since {month}, squeezing households already hit by high fuel costs.",
    "The central bank kept its main interest rate unchanged at {pct} percent, citing "
    "uncertainty over commodity prices and the exchange rate.",
    "A delegation from the International Monetary Fund is expected in {country} next month to "
    "review progress on a loan programme worth {n} million dollars.",
    "Farmers near {town} said the rains had come late this year, and that the harvest of wheat "
    "and maize would be smaller than expected.",
    "{official} opened a new water treatment plant in {town} that officials said would serve "
    "about {n},000 residents.",
    "Opposition leaders accused the ruling coalition of delaying local elections, a charge the "
    "government denied in a statement released on {weekday}.",
    "Exports of agricultural goods rose by {pct} percent in the first half of the year, "
    "according to figures published by the statistics office.",
    "Teachers in {town} went on strike over unpaid salaries, closing dozens of schools for the "
    "third week running.",
    "The health ministry reported {n} new cases of cholera in the province around {town}, and "
    "said vaccination teams had been deployed.",
    "Analysts said the new trade agreement with neighbouring states could lift growth, but "
    "warned that the benefits would take years to reach ordinary people.",
    "{official} met business leaders in {town} to discuss investment in solar power and the "
    "electricity grid, which suffers frequent outages.",
    "Parliament approved a bill on {weekday} to reform the civil service, after a debate that "
    "lasted late into the night.",
    "The local football club from {town} won the national cup for the first time in {n} years, "
    "setting off celebrations across the city.",
    "Aid agencies said funding for humanitarian programmes in {country} covered less than a "
    "third of needs this year.",
    "The airport in {town} will reopen to international flights in {month} after renovation "
    "works, the transport ministry said.",
    "Unemployment among young people remains above {pct} percent, and many graduates say they "
    "plan to look for work abroad.",
    "A court in {town} adjourned the corruption trial of a former governor until {month}, "
    "citing the absence of key witnesses.",
)
OFFICIALS = ("The prime minister", "The finance minister", "The president", "The governor",
             "The trade minister", "The energy minister", "The mayor", "A senior official")
DETAIL = (
    "Ambulances rushed the wounded to the main hospital in {town}, where doctors appealed for "
    "blood donations.",
    "Security forces sealed off the area and launched a search operation in nearby villages.",
    "Photographs shared on social media showed burned-out vehicles and damaged shopfronts.",
    "The area has seen repeated attacks in recent months, and residents say they no longer "
    "feel safe travelling at night.",
    "The government condemned the attack and promised to bring those responsible to justice.",
    "A curfew was imposed on {town} until further notice, local authorities said.",
)


@dataclass(frozen=True)
class Event:
    """One real-world incident; several articles of the same days may report it."""

    kind: str
    town: Town
    date: date
    target: str
    killed: int | None
    injured: int | None
    victims: str
    actor: str | None
    claimed: bool


@dataclass(frozen=True)
class CorpusPlan:
    """How many articles, on which days; everything else follows from the seed."""

    articles: int
    seed: int = 42
    chunk_size: int = 1000
    span_days: int | None = None  # None: as many days as ARTICLES_PER_DAY asks (at least 8)
    last_day: date = END_DAY

    @property
    def days(self) -> int:
        return self.span_days or max(8, -(-self.articles // ARTICLES_PER_DAY))

    def day(self, index: int) -> date:
        """Publication day of article `index` (articles are spread evenly over the days)."""
        return self.last_day - timedelta(days=self.days - 1 - index * self.days // self.articles)


def _rng(*parts: object) -> random.Random:
    digest = hashlib.sha256("/".join(map(str, parts)).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _count(rng: random.Random, n: int) -> str:
    """A number as news writes it: words up to twelve (sometimes), digits above."""
    if n <= 12 and rng.random() < 0.6:
        return NUMBER_WORDS[n]
    return str(n)


def event(seed: int, day: date, slot: int) -> Event:
    """The `slot`-th event of `day`: derived from (seed, day, slot) alone, so every article that
    reports it agrees on it without shared state."""
    rng = _rng(seed, "event", day.isoformat(), slot)
    country = _weighted(rng, COUNTRY_WEIGHTS)
    places = towns().get(country) or towns()["IQ"]
    town = places[min(int(rng.paretovariate(1.2)) - 1, len(places) - 1)]
    local = actors().get(country, []) + actors().get("", [])
    actor = rng.choice(local) if local and rng.random() < 0.5 else None
    killed = None if rng.random() < 0.25 else min(int(rng.paretovariate(1.1)) - 1, 300)
    injured = None if rng.random() < 0.4 else min(int(rng.paretovariate(1.0)) - 1, 900)
    return Event(kind=_weighted(rng, KIND_WEIGHTS), town=town,
                 date=day - timedelta(days=rng.choice((0, 0, 1, 1, 2))),
                 target=rng.choice(TARGETS), killed=killed, injured=injured,
                 victims=rng.choice(list(VICTIMS)), actor=actor, claimed=rng.random() < 0.4)


def _when(rng: random.Random, ev: Event, published: date) -> str:
    gap = (published - ev.date).days
    if gap == 0:
        return rng.choice(("on " + WEEKDAYS[ev.date.weekday()], "early on "
                           + WEEKDAYS[ev.date.weekday()], "this morning"))
    if gap == 1:
        return rng.choice(("yesterday", "late on " + WEEKDAYS[ev.date.weekday()], "overnight"))
    return "on " + WEEKDAYS[ev.date.weekday()]


def _casualties(rng: random.Random, ev: Event) -> str:
    if ev.killed is None and ev.injured is None:
        return rng.choice(("There was no immediate word on casualties.",
                           "It was not clear whether anyone was hurt."))
    if not ev.killed and not ev.injured:
        return "No casualties were reported."
    parts = []
    if ev.killed:
        parts.append(f"{_people(rng, ev.killed, ev.victims)} killed")
    if ev.injured:
        parts.append(f"{_people(rng, ev.injured, 'others' if parts else ev.victims)} wounded")
    text = " and ".join(parts)
    return f"{text[0].upper()}{text[1:]}, {rng.choice(SOURCES_SAID)}."


def _people(rng: random.Random, n: int, victims: str) -> str:
    """"three soldiers were", "one soldier was", "14 others were"."""
    if n == 1:
        return f"one {VICTIMS.get(victims, 'other')} was" if rng.random() < 0.7 else \
            f"a {VICTIMS.get(victims, 'person')} was"
    return f"{_count(rng, n)} {victims} were"


def _incident_paragraphs(rng: random.Random, ev: Event, published: date, lead: bool) -> list[str]:
    attack = rng.choice(ATTACKS[ev.kind]).format(target=f"{ev.target} in {ev.town.name}")
    when = _when(rng, ev, published)
    if lead:
        first = (f"{ev.town.name.upper()}, {ev.town.country} — {attack[0].upper()}{attack[1:]} "
                 f"{when}, {rng.choice(SOURCES_SAID)}.")
    else:
        first = f"Separately, {attack}, {ev.town.country}, {when}."
    paragraphs = [f"{first} {_casualties(rng, ev)}"]
    if ev.actor and ev.claimed:
        paragraphs.append(f"{ev.actor} claimed responsibility for the attack in a statement "
                          f"posted online.")
    elif ev.actor:
        paragraphs.append(f"No group has claimed responsibility, but officials blamed "
                          f"{ev.actor}.")
    if ev.kind == "explosion" and rng.random() < 0.5:
        paragraphs.append("Officials said it was not yet clear whether the blast was an attack "
                          "or an accident, and an investigation was under way.")
    if lead:
        paragraphs.append(rng.choice(DETAIL).format(town=ev.town.name))
    return paragraphs


def _background(rng: random.Random, ev: Event, seed: int) -> str:
    old = event(seed, ev.date - timedelta(days=rng.randint(40, 400)), rng.randint(0, 50))
    month = MONTHS[old.date.month - 1]
    killed = max(old.killed or 0, 2)
    return (f"Back in {month}, {_count(rng, killed)} {old.victims} were killed when "
            f"{rng.choice(ATTACKS[old.kind]).format(target=old.target)} in {old.town.name}, "
            f"one of the deadliest attacks in the area that year.")


def _filler(rng: random.Random, country: str) -> str:
    places = towns().get(country) or towns()["IQ"]
    sentences = [rng.choice(FILLER).format(
        town=rng.choice(places[:15]).name, country=places[0].country,
        official=rng.choice(OFFICIALS), n=rng.randint(2, 90), pct=rng.randint(2, 40),
        month=rng.choice(MONTHS), weekday=rng.choice(WEEKDAYS))
        for _ in range(rng.randint(2, 4))]
    return " ".join(sentences)


def article(plan: CorpusPlan, index: int) -> dict:
    """Article `index` as a JSON Lines record (`id`, `url`, `title`, `published_at`, `text`)."""
    rng = _rng(plan.seed, "article", index)
    day = plan.day(index)
    published = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(
        seconds=rng.randint(0, 86399))
    target_words = int(rng.triangular(300, 1500, 500))
    slots = max(4, int(ARTICLES_PER_DAY * INCIDENT_SHARE / 2))  # ~2 reports per event
    paragraphs: list[str] = []
    if rng.random() < INCIDENT_SHARE:
        ev = event(plan.seed, day, rng.randrange(slots))
        country = ev.town.country2
        paragraphs += _incident_paragraphs(rng, ev, day, lead=True)
        anchor = len(paragraphs)
        title = (f"{ev.kind.replace('_', ' ').title()} attack hits {ev.target.split(' ', 1)[1]} "
                 f"in {ev.town.name}")
        if rng.random() < 0.25:
            other = event(plan.seed, day, rng.randrange(slots))
            paragraphs += _incident_paragraphs(rng, other, day, lead=False)
        if rng.random() < 0.35:
            paragraphs.append(_background(rng, ev, plan.seed))
    else:
        country = _weighted(rng, COUNTRY_WEIGHTS)
        place = (towns().get(country) or towns()["IQ"])[0]
        title = f"{place.country}: {rng.choice(('economy', 'politics', 'budget', 'trade'))} " \
                f"news from {place.name}"
        anchor = 0
    words = sum(len(p.split()) for p in paragraphs)
    while words < target_words:  # filler after the incident block, or at the end
        filler = _filler(rng, country)
        paragraphs.insert(len(paragraphs) if rng.random() < 0.7 else anchor, filler)
        words += len(filler.split())
    slug = hashlib.sha1(f"{plan.seed}-{index}".encode()).hexdigest()[:10]
    outlet = rng.choice(OUTLETS)
    return {"id": f"bench-{plan.seed}-{index}", "url": f"https://bench.example/{outlet.split()[0].lower()}/"
            f"{day:%Y/%m/%d}/{slug}", "title": title, "published_at": published.isoformat(),
            "source": outlet, "text": "\n\n".join(paragraphs)}


def articles(plan: CorpusPlan, start: int, stop: int) -> Iterator[dict]:
    """Articles start..stop-1, with syndicated copies of earlier articles of the same chunk."""
    recent: list[dict] = []
    for index in range(start, stop):
        rng = _rng(plan.seed, "copy", index)
        roll = rng.random()
        if recent and roll < NEAR_COPY_SHARE + EXACT_COPY_SHARE:
            original = rng.choice(recent)
            record = dict(original, id=f"bench-{plan.seed}-{index}",
                          url=f"{original['url']}-syndicated-{index}")
            if roll < NEAR_COPY_SHARE:  # another headline and one extra line: a near copy
                record["title"] = f"UPDATE: {original['title']}"
                record["text"] = f"{original['text']}\n\n(Reporting by staff; editing by desk.)"
        else:
            record = article(plan, index)
            recent = [*recent[-50:], record]
        yield record


def write_chunks(plan: CorpusPlan, folder: Path) -> Iterator[tuple[Path, int, int]]:
    """Write the corpus as folder/chunk-NNNN/articles.jsonl, one chunk at a time; yields
    (chunk folder, articles, words) as each is written, so ingestion can follow behind."""
    for number, start in enumerate(range(0, plan.articles, plan.chunk_size)):
        stop = min(start + plan.chunk_size, plan.articles)
        chunk = folder / f"chunk-{number:04d}"
        chunk.mkdir(parents=True, exist_ok=True)
        words = 0
        with (chunk / "articles.jsonl").open("w", encoding="utf-8") as fh:
            for record in articles(plan, start, stop):
                words += len(record["text"].split())
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        yield chunk, stop - start, words
